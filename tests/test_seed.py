"""The seed article (../shared/examples/seed) through the real pipeline, checked against its
hand annotation with the same rules as ../shared/tools/check_expected.py."""
import re
import unicodedata
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed"
pytestmark = [pytest.mark.model]


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def codes(entities):
    if entities is None:
        return set()
    if isinstance(entities, dict):
        entities = [entities]
    return {str(e.get("country")).upper() for e in entities if e and e.get("country")}


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("../shared/examples/seed is absent")
    expected = yaml.safe_load((SEED / "expected.yaml").read_text())
    import claimwatch
    text = (SEED / expected["article"]).read_text(encoding="utf-8")
    return expected, claimwatch.extract(text, id="seed").to_dict()


def _entity_ok(want, rec):
    pool = list(rec["entities"]) + [a for ev in rec["events"] for a in ev["actor"] + ev["recipient"]]
    w = norm(want["text"])
    for e in pool:
        t = norm(e["text"])
        if len(t) < 3 or not (w in t or t in w):
            continue
        if want.get("country") and want["country"] not in codes(e):
            continue
        if want.get("sector") and (e.get("sector") or "").upper() != want["sector"]:
            continue
        if want.get("kind") in ("person", "weapon") and e.get("kind") != want["kind"]:
            continue
        return True
    return False


def _event_ok(want, rec):
    for ev in rec["events"]:
        if ev["type"] != want["type"] or (want.get("mode") and ev["mode"] != want["mode"]):
            continue
        if want.get("actor") and want["actor"] not in codes(ev["actor"]):
            continue
        if want.get("recipient") and want["recipient"] not in codes(ev["recipient"]):
            continue
        if want.get("actor_or_recipient") and not set(want["actor_or_recipient"]) <= codes(ev["actor"]) | codes(ev["recipient"]):
            continue
        if want.get("location_country") and want["location_country"] not in codes(ev.get("location")):
            continue
        if want.get("reality") and ev["reality"] != want["reality"]:
            continue
        if norm(want["where"])[:24] in norm(ev["sentence"]["text"]):
            return True
    return False


def test_seed_must_entities(seed):
    expected, rec = seed
    missed = [w["text"] for w in expected["entities"]["must"] if not _entity_ok(w, rec)]
    assert not missed


def test_seed_must_places(seed):
    expected, rec = seed
    pool = rec["places"] + [ev["location"] for ev in rec["events"] if ev["location"]]
    missed = [w["text"] for w in expected["places"]["must"]
              if not any(norm(w["text"]) in norm(p["text"]) or norm(p["text"]) in norm(w["text"])
                         for p in pool if w["country"] in codes(p))]
    assert not missed


def test_seed_must_events(seed):
    expected, rec = seed
    missed = [w["where"] for w in expected["events"]["must"] if not _event_ok(w, rec)]
    assert not missed


def test_seed_nothing_from_boilerplate(seed):
    expected, rec = seed
    furniture = [norm(line) for line in expected["boilerplate"]]
    assert not any(line in norm(rec["article"]["text"]) for line in furniture if len(line) > 12)
    texts = [e["text"] for e in rec["entities"] + rec["places"]] + [ev["sentence"]["text"] for ev in rec["events"]]
    body = norm(rec["article"]["text"])
    assert all(norm(t) in body for t in texts)


def test_seed_offsets_index_clean_text(seed):
    _, rec = seed
    text = rec["article"]["text"]
    for item in rec["entities"] + rec["places"]:
        assert text[item["span"]["start"]:item["span"]["end"]] == item["span"]["text"]
    for ev in rec["events"]:
        for key in ("trigger", "sentence"):
            assert text[ev[key]["start"]:ev[key]["end"]] == ev[key]["text"]
