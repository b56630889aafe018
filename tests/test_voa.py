"""All VOA stories (../shared/data/voa) go through extract and ingest without a crash; conflict and
diplomacy stories yield events, off-topic ones few or none."""
import json
from pathlib import Path

import pytest

VOA = Path(__file__).resolve().parents[2] / "shared" / "data" / "voa" / "voa_stories.jsonl"
pytestmark = [pytest.mark.model]
OFF_TOPIC = ("Archaeologists", "diabetes", "Medical Tourism", "Dog Meat", "Education Lags")
CONFLICT = ("attack", "ceasefire", "militants", "kill", "sanction", "talks", "bombing", "threatens", "hijack")


@pytest.fixture(scope="module")
def stories():
    if not VOA.exists():
        pytest.skip("../shared/data/voa is absent")
    return [json.loads(line) for line in VOA.open(encoding="utf-8")]


@pytest.fixture(scope="module")
def results(stories):
    from claimwatch.api import extract_many
    from claimwatch.ingest import make_article
    articles = [make_article(s["text"], id=s["id"], title=s["title"], published=s["published"], url=s["url"],
                             outlet="VOA") for s in stories]
    return dict(zip([s["id"] for s in stories], extract_many(articles, workers=2)))


def test_voa_every_story_extracts(stories, results):
    errors = {k: v for k, v in results.items() if isinstance(v, Exception)}
    assert len(results) == len(stories) and not errors


def test_voa_conflict_stories_yield_events(stories, results):
    conflict = [s["id"] for s in stories if any(w in s["title"].lower() for w in CONFLICT)]
    with_events = [k for k in conflict if results[k].events]
    assert len(conflict) >= 10
    assert len(with_events) / len(conflict) >= 0.9


def test_voa_off_topic_stories_yield_few_events(stories, results):
    off = [s["id"] for s in stories if any(w.lower() in s["title"].lower() for w in OFF_TOPIC)]
    assert len(off) >= 4
    assert sum(len(results[k].events) for k in off) <= 3 * len(off)


def test_voa_events_are_well_formed(results):
    from claimwatch.records import EVENT_TYPES, REALITIES
    for x in results.values():
        for ev in x.events:
            assert ev.type in EVENT_TYPES and ev.reality in REALITIES
            assert -10 <= ev.intensity <= 10
            assert x.article.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
            assert ev.actor or ev.recipient or ev.location


def test_voa_ingest_twice_adds_nothing(stories, tmp_path):
    from claimwatch.jobs import ingest
    from claimwatch.store import open_store
    corpus = tmp_path / "voa.jsonl"
    corpus.write_text("".join(json.dumps({k: s[k] for k in ("id", "title", "text", "published", "url")}) + "\n"
                              for s in stories[:12]))
    store = open_store(str(tmp_path / "voa.db"))
    first = ingest([str(corpus)], store, workers=2)
    second = ingest([str(corpus)], store, workers=2)
    assert first.added == 12 and not first.failures
    assert second.added == 0 and second.skipped == 12
    assert store.counts()["articles"] == 12


def test_voa_claims_and_events_point_only_at_each_other(results):
    for x in results.values():
        events, claims = {e.id for e in x.events}, {c.id for c in x.claims}
        assert len(events) == len(x.events)  # ids are unique within an article
        assert all(set(c.event_ids) <= events for c in x.claims)
        assert all(e.claim_id is None or e.claim_id in claims for e in x.events)
        assert all(e.refers_to is None or e.refers_to in events for e in x.events)
