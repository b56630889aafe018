"""Ledger propositions as schema.org ClaimReview JSON-LD (the format fact-checkers publish)."""

RATINGS = {
    "confirmed": "Confirmed by independent evidence",
    "corroborated": "Corroborated by sources on different sides",
    "unverified": "Unverified: asserted only by interested parties",
    "disputed": "Disputed",
    "retracted": "Retracted by its claimant",
}


def _party(entity: dict) -> dict:
    kind = "Person" if entity.get("kind") == "person" else "Organization"
    out = {"@type": kind, "name": entity.get("name") or entity.get("text")}
    if entity.get("country"):
        out["nationality" if kind == "Person" else "areaServed"] = entity["country"]
    return out


def claim_review(prop: dict, claims: dict, articles: dict) -> dict:
    """One ClaimReview for a proposition; `claims` maps id -> claim record, `articles` id -> meta."""
    asserting = [claims[c] for c in prop["claim_ids"] if c in claims and claims[c]["stance"] == "assert"]
    first = asserting[0] if asserting else None
    claimed = (first or {}).get("content", {}).get("text") or \
        f"{prop['type']} by {', '.join(e.get('name', '?') for e in prop['actor']) or 'unknown'}"
    appearances = []
    for aid in prop["articles"]:
        meta = articles.get(aid, {})
        work = {"@type": "CreativeWork", "identifier": aid}
        if meta.get("url"):
            work["url"] = meta["url"]
        if meta.get("published"):
            work["datePublished"] = meta["published"]
        if meta.get("outlet"):
            work["publisher"] = {"@type": "Organization", "name": meta["outlet"]}
        appearances.append(work)
    appearances.sort(key=lambda w: w.get("datePublished") or "")
    rating = RATINGS[prop["status"]] + (" (unsupported)" if prop.get("unsupported") else "")
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": prop["id"],
        "claimReviewed": claimed,
        "author": {"@type": "Organization", "name": "claimwatch (automated ledger)"},
        "datePublished": prop.get("last_seen"),
        "itemReviewed": {
            "@type": "Claim",
            "author": [_party(c) for c in prop["claimants"]],
            "appearance": appearances,
            "firstAppearance": appearances[0] if appearances else None,
        },
        "reviewRating": {"@type": "Rating", "alternateName": rating, "ratingExplanation": "; ".join(prop["reasons"])},
    }
