"""The ledger's grouping and status rule, on hand-built event and claim records (no model)."""
import pytest

from claimwatch.link import build_ledger

ALLIES = (frozenset({"RUS", "BLR"}),)


def ent(code, name=None):
    return {"text": name or code, "name": name or code, "country": code, "sector": "GOV", "kind": "country",
            "span": {"text": name or code, "start": 0, "end": 3}}


def event(eid, art, etype="ASSAULT", actor=("UKR",), recipient=("RUS",), day="2025-12-29", place=None, claim=None):
    return {"id": eid, "article_id": art, "type": etype, "mode": None, "actor": [ent(a) for a in actor],
            "recipient": [ent(r) for r in recipient], "location": place, "date": {"value": day, "precision": "day"},
            "claim_id": claim, "reality": "attributed"}


def claim(cid, art, who, stance="assert", events=(), evidence=()):
    claimant = {"outlet": who} if who.startswith("outlet:") else ent(who)
    return {"id": cid, "article_id": art, "claimant": claimant, "stance": stance, "certainty": "certain",
            "event_ids": list(events), "evidence": list(evidence), "cue": {"text": "said", "start": 0, "end": 4},
            "content": {"text": "x", "start": 5, "end": 6}}


def evidence(kind, effect="undermines", by=None):
    return {"kind": kind, "effect": effect, "provided_by": ent(by) if by else None, "span": {"text": kind, "start": 0, "end": 1}}


ARTS = {"a1": {"outlet": "Wire", "published": "2025-12-29"}, "a2": {"outlet": "Paper", "published": "2025-12-30"},
        "a3": {"outlet": "Daily", "published": "2025-12-31"}, "a4": {"outlet": "Post", "published": "2026-01-02"}}


def one(events, claims):
    props = build_ledger(events, claims, ARTS, ALLIES)
    assert len(props) == 1
    return props[0]


@pytest.mark.parametrize("claimants,status", [(["RUS"], "unverified"), (["RUS", "BLR"], "unverified"),
                                              (["RUS", "FRA"], "corroborated")])
def test_ledger_status_by_sides(claimants, status):
    evs = [event(f"e{n}", f"a{n + 1}", claim=f"c{n}") for n in range(len(claimants))]
    cls = [claim(f"c{n}", f"a{n + 1}", who, events=[f"e{n}"]) for n, who in enumerate(claimants)]
    assert one(evs, cls)["status"] == status


def test_ledger_denial_makes_disputed_and_unsupported():
    evs = [event("e1", "a1", claim="c1")]
    cls = [claim("c1", "a1", "RUS", events=["e1"], evidence=[evidence("none_provided"), evidence("absence")]),
           claim("c2", "a2", "UKR", stance="deny", events=["e1"])]
    p = one(evs, cls)
    assert p["status"] == "disputed" and p["unsupported"] is True
    assert [d["country"] for d in p["deniers"]] == ["UKR"]
    assert any("denied by UKR" in r for r in p["reasons"]) and "no evidence provided" in p["reasons"]


def test_ledger_independent_confirmation_wins_over_denial():
    evs = [event("e1", "a1", claim="c1"), event("e3", "a3", claim="c3")]
    cls = [claim("c1", "a1", "RUS", events=["e1"]), claim("c2", "a2", "UKR", stance="deny", events=["e1"]),
           claim("c3", "a3", "UN", events=["e3"], evidence=[evidence("independent_confirmation", "supports")])]
    p = one(evs, cls)
    assert p["status"] == "confirmed"
    assert any("denied by UKR" in r for r in p["reasons"])


@pytest.mark.parametrize("kind,by,status", [
    ("footage", "BLR", "unverified"),  # evidence from an ally does not confirm
    # the attacker "confirming" its own strike is its claim again, not an independent check
    ("independent_confirmation", "RUS", "unverified"),
    ("image", "CHE", "confirmed"),  # evidence from a neutral party confirms
])
def test_ledger_evidence_confirms_only_from_outside_the_dispute(kind, by, status):
    evs = [event("e1", "a1", claim="c1")]
    cls = [claim("c1", "a1", "RUS", events=["e1"], evidence=[evidence(kind, "supports", by=by)])]
    assert one(evs, cls)["status"] == status


def test_ledger_claimant_withdrawing_is_retracted():
    evs = [event("e1", "a1", claim="c1")]
    cls = [claim("c1", "a1", "RUS", events=["e1"]), claim("c2", "a4", "RUS", stance="deny", events=["e1"])]
    assert one(evs, cls)["status"] == "retracted"


@pytest.mark.parametrize("other,merged", [
    (dict(), True),
    (dict(day="2026-01-20"), False),  # weeks apart: another incident
    (dict(etype="ACCUSE"), False),
    (dict(actor=("POL",)), False),
    (dict(place={"name": "Kyiv", "country": "UKR"}), False),
])
def test_ledger_groups_compatible_events(other, merged):
    first = event("e1", "a1", place={"name": "Novgorod Oblast", "country": "RUS"})
    second = event("e2", "a2", **other)
    props = build_ledger([first, second], [], ARTS, ALLIES)
    assert (len(props) == 1) == merged


def test_ledger_outlet_claims_are_not_claimants():
    evs = [event("e1", "a1", claim="c1")]
    p = one(evs, [claim("c1", "a1", "outlet:Wire", events=["e1"])])
    assert p["claimants"] == [] and p["status"] == "unverified" and p["outlets"] == ["Wire"]


def test_ledger_records_sources_and_dates():
    evs = [event("e1", "a1", claim="c1"), event("e2", "a3", claim="c2")]
    p = one(evs, [claim("c1", "a1", "RUS", events=["e1"]), claim("c2", "a3", "FRA", events=["e2"])])
    assert p["articles"] == ["a1", "a3"] and p["outlets"] == ["Daily", "Wire"]
    assert p["first_seen"] == "2025-12-29" and p["last_seen"] == "2025-12-31"
    assert sorted(p["claim_ids"]) == ["c1", "c2"] and p["event_ids"] == ["e1", "e2"]


def test_ledger_parties_implied_by_the_place_link_nothing():
    # two arrests in one country by unnamed authorities are not, for that alone, one report
    def arrest(eid, art):
        ev = event(eid, art, etype="COERCE", actor=(), recipient=())
        ev["actor"] = [dict(ent("ZWE"), implied_by="location")]
        return ev
    props = build_ledger([arrest("e1", "a1"), arrest("e2", "a2")], [], ARTS, ALLIES)
    assert len(props) == 2
    assert all(p["actor"] == [] for p in props)  # nor are they listed as its parties
