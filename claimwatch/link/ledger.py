"""The claim ledger: events asserting the same thing (same type, compatible actors, recipient and
place, nearby dates) form one Proposition, with its claimants, deniers, evidence and a status.

Status rule (DESIGN.md), first that holds wins:
  retracted    a claimant later denies what it asserted
  confirmed    independent confirmation, or evidence from a party independent of both sides
  disputed     asserted by one party and denied by another
  corroborated asserted by two or more sources not on the same side
  unverified   otherwise (only interested parties, no independent evidence)
`unsupported` flags claims whose claimant gave no evidence, withheld it, or whose expected traces are absent.
"""
import hashlib
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional

from ..resources import data_file, extra_files, read_yaml

WINDOW_DAYS = 7
UNSUPPORTING = {"none_provided", "withheld", "absence"}


@lru_cache(maxsize=4)
def load_alliances(extra: tuple = ()) -> tuple:
    groups = []
    for path in list(extra_files(extra)) + [str(data_file("alliances.v1.yaml"))]:
        groups += [frozenset(g) for g in read_yaml(path).get("alliances") or []]
    return tuple(groups)


def _codes(entities) -> frozenset:
    # a stand-in for an unnamed party (implied by the event's place) links no reports together
    return frozenset(e.get("country") for e in entities or ()
                     if isinstance(e, dict) and e.get("country") and not e.get("implied_by"))


def _day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


class Sides:
    def __init__(self, alliances):
        self.alliances = alliances

    def same_side(self, a: str, b: str) -> bool:
        return a == b or any(a in g and b in g for g in self.alliances)

    def interested(self, code: Optional[str], parties: frozenset) -> bool:
        return code is None or any(self.same_side(code, p) for p in parties)


INFERRED_PLACE = ("story", "previous")  # places no words of the event's sentence give


def _interested_provider(e: dict, sides: "Sides", parties: frozenset) -> bool:
    code = (e.get("provided_by") or {}).get("country")
    return code is not None and sides.interested(code, parties)


def _compatible(prop: dict, ev: dict) -> bool:
    if prop["type"] != ev["type"]:
        return False
    a, r = _codes(ev["actor"]), _codes(ev["recipient"])
    if a and prop["actor_codes"] and not a & prop["actor_codes"]:
        return False
    if r and prop["recipient_codes"] and not r & prop["recipient_codes"]:
        return False
    loc = (ev.get("location") or {}).get("country")
    if loc and prop["location_country"] and loc != prop["location_country"]:
        return False
    # a shared place links reports only when both sentences name it (not the story's default place)
    place = ev.get("location") or {}
    same_place = ev.get("location_from") not in INFERRED_PLACE and bool(place.get("name")) and place.get("name") in prop["sentence_places"]
    if not (a & prop["actor_codes"] or r & prop["recipient_codes"] or same_place):
        return False  # something must be shared beyond the type: a party, or the place
    d, first = _day((ev.get("date") or {}).get("value")), prop["first_day"]
    return not (d and first and abs((d - first).days) > WINDOW_DAYS)


def build_ledger(events: Iterable[dict], claims: Iterable[dict], articles: dict, alliances=()) -> list:
    """Propositions from stored event and claim records; `articles` maps id -> {outlet, published}."""
    claims = {c["id"]: c for c in claims}
    by_event: dict = {}
    for c in claims.values():
        for eid in c.get("event_ids") or ():
            by_event.setdefault(eid, []).append(c)
    props: list = []
    # in the order reports arrived, so a proposition keeps its first event (and its id) as more come
    order = lambda e: (articles.get(e["article_id"], {}).get("published") or "", e["article_id"],
                       (e.get("trigger") or {}).get("start", 0))
    for ev in sorted(events, key=order):
        prop = next((p for p in props if _compatible(p, ev)), None)
        if prop is None:
            prop = {"type": ev["type"], "mode": ev.get("mode"), "actor_codes": frozenset(), "recipient_codes": frozenset(),
                    "location_country": None, "location": None, "first_day": _day((ev.get("date") or {}).get("value")),
                    "events": [], "actor": [], "recipient": [], "places": [], "story_places": [],
                    "sentence_places": set()}
            props.append(prop)
        prop["events"].append(ev)
        prop["actor_codes"] |= _codes(ev["actor"])
        prop["recipient_codes"] |= _codes(ev["recipient"])
        if ev.get("location"):
            story = ev.get("location_from") in INFERRED_PLACE
            (prop["story_places"] if story else prop["places"]).append(ev["location"])
            if not story:
                prop["sentence_places"].add(ev["location"].get("name"))
            prop["location"] = _main_place(prop["places"] or prop["story_places"])  # named places first
            prop["location_country"] = prop["location"].get("country")
        prop["mode"] = prop["mode"] or ev.get("mode")
        for key in ("actor", "recipient"):
            names = {e.get("name") for e in prop[key]}
            # stand-ins for unnamed parties are the events' business, not a party to the proposition
            prop[key] += [e for e in ev[key] if e.get("name") not in names and not e.get("implied_by")]
    sides = Sides(alliances)
    return [_finish(p, claims, by_event, articles, sides) for p in props]


def _main_place(places: list) -> dict:
    """The place most events name, preferring places inside a country ("Belarus" over "Europe")."""
    counts: dict = {}
    for pl in places:
        counts[pl.get("country")] = counts.get(pl.get("country"), 0) + 1
    best = max(counts, key=lambda c: (c is not None, counts[c]))
    return next(pl for pl in places if pl.get("country") == best)


def _party(claimant) -> Optional[str]:
    return claimant.get("country") if isinstance(claimant, dict) else None


def _finish(p: dict, claims: dict, by_event: dict, articles: dict, sides: Sides) -> dict:
    related = {}
    for ev in p["events"]:
        for c in by_event.get(ev["id"], []):
            related[c["id"]] = c
        if ev.get("claim_id") in claims:
            related[ev["claim_id"]] = claims[ev["claim_id"]]
    asserting = [c for c in related.values() if c["stance"] == "assert" and "outlet" not in c["claimant"]]
    denying = [c for c in related.values() if c["stance"] == "deny" and "outlet" not in c["claimant"]]
    evidence = [e for c in related.values() for e in c.get("evidence") or ()]
    parties = p["actor_codes"] | p["recipient_codes"]
    claimants = _unique([c["claimant"] for c in asserting])
    deniers = _unique([c["claimant"] for c in denying])
    reasons = []
    claimant_codes = {_party(c) for c in claimants} - {None}
    denier_codes = {_party(c) for c in deniers} - {None}
    retracted = claimant_codes & denier_codes and all(
        _later(c, a, articles) for c in denying for a in asserting if _party(c) == _party(a))
    # evidence counts as independent when a party outside the dispute provides it; a confirmation
    # with no named provider ("was independently verified") counts, one by an interested party does not
    independent = [e for e in evidence if e["effect"] == "supports" and (
        (e["kind"] == "independent_confirmation" and not _interested_provider(e, sides, parties))
        or (e.get("provided_by") and not sides.interested((e["provided_by"] or {}).get("country"), parties)))]
    sources = sorted(claimant_codes)
    unaligned = any(not sides.same_side(a, b) for a in sources for b in sources if a < b)
    unsupported = any(e["kind"] in UNSUPPORTING for e in evidence)
    if retracted:
        status = "retracted"
        reasons.append("withdrawn by " + ", ".join(sorted(claimant_codes & denier_codes)))
    elif independent:
        status = "confirmed"
        reasons.append("independent evidence: " + ", ".join(sorted({e["kind"] for e in independent})))
    elif deniers:
        status = "disputed"
    elif unaligned:
        status = "corroborated"
        reasons.append("asserted by sources on different sides: " + ", ".join(sources))
    else:
        status = "unverified"
        reasons.append("asserted only by interested parties: " + ", ".join(sources) if sources
                       else "reported without an independent source")
    if deniers:
        reasons.append("denied by " + ", ".join(sorted(denier_codes) or [d.get("name", "?") for d in deniers]))
    kinds = [e["kind"] for e in evidence]
    for kind, words in (("none_provided", "no evidence provided"), ("withheld", "evidence withheld"),
                        ("absence", "expected traces absent"), ("authenticity_questioned", "authenticity questioned")):
        if kind in kinds:
            reasons.append(words)
    arts = sorted({ev["article_id"] for ev in p["events"]})
    # a wire copy and its original are one report
    reports = sorted({articles.get(a, {}).get("duplicate_of") or a for a in arts})
    seen = sorted(filter(None, (articles.get(a, {}).get("published") for a in arts)))
    first_event = p["events"][0]
    return {
        "id": hashlib.sha1(f"prop|{first_event['id']}".encode()).hexdigest()[:16],
        "type": p["type"], "mode": p["mode"], "actor": p["actor"], "recipient": p["recipient"],
        "location": p["location"], "date": (first_event.get("date") or {}),
        "claimants": claimants, "deniers": deniers, "evidence": evidence,
        "claim_ids": sorted(related), "event_ids": [ev["id"] for ev in p["events"]], "articles": arts, "reports": len(reports),
        "copies": [a for a in arts if articles.get(a, {}).get("duplicate_of")],
        "outlets": sorted({articles.get(a, {}).get("outlet") for a in arts} - {None}),
        "first_seen": seen[0] if seen else None, "last_seen": seen[-1] if seen else None,
        "status": status, "unsupported": bool(unsupported), "reasons": reasons,
    }


def _later(deny: dict, assert_: dict, articles: dict) -> bool:
    d = articles.get(deny["article_id"], {}).get("published") or ""
    a = articles.get(assert_["article_id"], {}).get("published") or ""
    return d > a


def _unique(entities: list) -> list:
    out, seen = [], set()
    for e in entities:
        key = (e.get("country"), e.get("name"))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
