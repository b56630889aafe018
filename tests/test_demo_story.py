"""The bundled fictional story, ingested one article at a time: a proposition's status moves
from unverified to disputed to confirmed, with the reasons that produced each status."""
import json

import pytest

pytestmark = [pytest.mark.model]


def test_demo_story_status_moves_as_articles_arrive(tmp_path):
    from claimwatch.jobs import ingest, ledger
    from claimwatch.resources import data_file
    from claimwatch.store import open_store
    articles = [json.loads(line) for line in data_file("examples/articles.jsonl").open(encoding="utf-8")]
    assert len(articles) >= 4
    extra = (str(data_file("examples/actors.yaml")),)
    store = open_store(str(tmp_path / "demo.db"))
    history = []
    for a in sorted(articles, key=lambda a: a["published"]):
        path = tmp_path / f"{a['id']}.jsonl"
        path.write_text(json.dumps(a) + "\n")
        report = ingest([str(path)], store, workers=1, extra=extra)
        assert not report.failures
        shelling = [p for p in ledger(store) if p["type"] == "ASSAULT"
                    and any(e.get("country") == "XOS" for e in p["actor"]) and p["claimants"]]
        history.append({p["status"] for p in shelling})
    first_disputed = next(n for n, s in enumerate(history) if "disputed" in s)
    first_confirmed = next(n for n, s in enumerate(history) if "confirmed" in s)
    assert history[0] == {"unverified"}
    assert 0 < first_disputed < first_confirmed
    confirmed = [p for p in ledger(store) if p["status"] == "confirmed" and p["type"] == "ASSAULT"][0]
    assert any(r.startswith("independent evidence") for r in confirmed["reasons"])
    assert any(d.get("country") == "XOS" for d in confirmed["deniers"])
    assert len(confirmed["outlets"]) >= 2
