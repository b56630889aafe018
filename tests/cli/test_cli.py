"""claimwatch.cli.main: help texts, ingest, events/actors output formats, extract of a corpus."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from claimwatch.cli.main import cli
from claimwatch.cli.output import ACTOR_COLUMNS, EVENT_COLUMNS
from claimwatch.ingest.clean import content_hash
from claimwatch.records import Article, DateValue, Entity, Event, Extraction, Place, Span
from claimwatch.store import open_store

ARTICLE_1 = """Valdorian army shells border village
Valdoria's army said on Monday it shelled positions near the border village of Tarnow after a night of drone attacks.
A military spokesman said the strikes destroyed two ammunition depots and a command post.
Officials in Ostrenia said four civilians were wounded and accused Valdoria of targeting homes.
The Valdorian defence ministry denied hitting residential areas.
"""

ARTICLE_2 = """Ministers meet in Geneva for ceasefire talks
The foreign ministers of Valdoria and Ostrenia met in Geneva on Tuesday for the first talks since the fighting began.
A mediator said both sides agreed to exchange prisoners before the end of the month.
Ostrenia's foreign minister said the talks were useful but warned that no ceasefire had been agreed.
"""


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner, *args, **kw):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False, **kw)


# ---- help --------------------------------------------------------------------------------------

COMMANDS = ["ingest", "extract", "events", "actors", "demo", "bench"]


def test_cli_has_the_documented_commands():
    assert set(COMMANDS) <= set(cli.commands)


@pytest.mark.parametrize("command", sorted(set(cli.commands) | set(COMMANDS)))
def test_cli_command_help_has_example(runner, command):
    result = invoke(runner, command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"claimwatch {command}" in result.output


def test_cli_group_help_has_example(runner):
    result = invoke(runner, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
    for command in COMMANDS:
        assert command in result.output


# ---- events / actors on a hand-filled store (no model) ----------------------------------------

def _entity(name, code, start):
    return Entity(text=name, name=name, country=code, sector="MIL", kind="country", span=Span(name, start, start + len(name)))


@pytest.fixture
def filled_db(tmp_path):
    """A SQLite store with one article, two events and three entity mentions, built by hand."""
    path = tmp_path / "filled.db"
    text = "Valdoria shells Tarnow\nValdoria's army shelled Tarnow on Monday. Ostrenia accused Valdoria."
    aid = "hand-1"
    xva, xos = _entity("Valdoria", "XVA", 0), _entity("Ostrenia", "XOS", 60)
    tarnow = Place(text="Tarnow", name="Tarnow", country="XOS", admin1=None, lat=50.0, lon=20.0, geonameid=None,
                   span=Span("Tarnow", 40, 46))

    def ev(eid, etype, actor, recipient, day, reality):
        return Event(id=eid, article_id=aid, type=etype, mode=None, contexts=(), actor=(actor,),
                     recipient=(recipient,), location=tarnow, date=DateValue(day, "on Monday", "day"),
                     trigger=Span("shelled", 33, 40), sentence=Span("Valdoria's army shelled Tarnow on Monday.", 23, 64),
                     intensity=-9.0, reality=reality)
    x = Extraction(
        article=Article(id=aid, text=text, title="Valdoria shells Tarnow", published="2031-04-08",
                        content_hash=content_hash(text)),
        entities=(xva, xos, _entity("Valdoria", "XVA", 80)), places=(tarnow,),
        events=(ev("e1", "ASSAULT", xva, xos, "2031-04-07", "asserted"),
                ev("e2", "ACCUSE", xos, xva, "2031-04-08", "attributed")))
    store = open_store(str(path))
    assert store.add_extraction(x)
    store.close()
    return path


def parse(fmt: str, output: str):
    if fmt == "json":
        return json.loads(output)
    if fmt == "jsonl":
        return [json.loads(line) for line in output.splitlines() if line.strip()]
    if fmt == "csv":
        return list(csv.reader(io.StringIO(output)))
    return output


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_cli_events_formats(runner, filled_db, fmt):
    result = invoke(runner, "events", "--db", filled_db, "--format", fmt)
    assert result.exit_code == 0, result.output
    out = parse(fmt, result.output)
    if fmt in ("json", "jsonl"):
        assert all(isinstance(r, dict) and "type" in r for r in out)
        assert [r["type"] for r in out] == ["ASSAULT", "ACCUSE"]
    elif fmt == "csv":
        assert out[0] == [h for h, _ in EVENT_COLUMNS]
        assert [row[1] for row in out[1:]] == ["ASSAULT", "ACCUSE"]
        assert out[1][3] == "XVA" and out[1][4] == "XOS"
    else:
        assert "ASSAULT" in out and "ACCUSE" in out and "Tarnow" in out


@pytest.mark.parametrize("args, expected", [
    (["--actor", "XVA"], ["ASSAULT"]),
    (["--recipient", "XVA"], ["ACCUSE"]),
    (["--type", "accuse"], ["ACCUSE"]),
    (["--reality", "attributed"], ["ACCUSE"]),
    (["--since", "2031-04-08"], ["ACCUSE"]),
    (["--until", "2031-04-07"], ["ASSAULT"]),
    (["--place", "Tarn", "--limit", "1"], ["ASSAULT"]),
    (["--actor", "NOBODY"], []),
])
def test_cli_events_filters(runner, filled_db, args, expected):
    result = invoke(runner, "events", "--db", filled_db, "--format", "jsonl", *args)
    assert result.exit_code == 0
    assert [r["type"] for r in parse("jsonl", result.output)] == expected


def test_cli_events_empty_table_says_nothing_found(runner, tmp_path):
    result = invoke(runner, "events", "--db", tmp_path / "empty.db")
    assert result.exit_code == 0
    assert "nothing found" in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_cli_actors_formats(runner, filled_db, fmt):
    result = invoke(runner, "actors", "--db", filled_db, "--format", fmt)
    assert result.exit_code == 0, result.output
    out = parse(fmt, result.output)
    if fmt in ("json", "jsonl"):
        assert [(r["name"], r["mentions"], r["articles"]) for r in out] == [("Valdoria", 2, 1), ("Ostrenia", 1, 1)]
    elif fmt == "csv":
        assert out[0] == [h for h, _ in ACTOR_COLUMNS]
        assert [row[0] for row in out[1:]] == ["Valdoria", "Ostrenia"]
        assert out[1][4:] == ["2", "1"]
    else:
        assert "Valdoria" in out and "Ostrenia" in out


def test_cli_bad_db_url_is_an_error(runner):
    result = runner.invoke(cli, ["events", "--db", "mysql://x"])
    assert result.exit_code == 2
    assert "E011" in result.stderr


# ---- ingest (loads the model) ------------------------------------------------------------------

@pytest.fixture
def news_folder(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "01-shelling.txt").write_text(ARTICLE_1, encoding="utf-8")
    (folder / "02-talks.txt").write_text(ARTICLE_2, encoding="utf-8")
    (folder / "03-empty.txt").write_bytes(b"")
    (folder / "04-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return folder


@pytest.mark.model
def test_cli_ingest_stores_good_articles_and_lists_failures(runner, news_folder, tmp_path):
    db = tmp_path / "ingest.db"
    result = invoke(runner, "ingest", news_folder, "--db", db, "--workers", "1")
    assert result.exit_code == 1, result.output
    assert "2 added" in result.stdout
    assert "2 failed" in result.stdout
    assert "E001" in result.stderr and "03-empty.txt" in result.stderr
    assert "E002" in result.stderr and "04-binary.txt" in result.stderr
    store = open_store(str(db))
    try:
        assert sorted(a["id"] for a in store.articles()) == ["01-shelling", "02-talks"]
        assert sorted(a["title"] for a in store.articles()) == [
            "Ministers meet in Geneva for ceasefire talks", "Valdorian army shells border village"]
        (run,) = store.runs()
        assert (run["n_added"], run["n_failed"]) == (2, 2)
    finally:
        store.close()

    again = invoke(runner, "ingest", news_folder, "--db", db, "--workers", "1")
    assert again.exit_code == 1
    assert "0 added" in again.stdout
    assert "2 already stored" in again.stdout
    store = open_store(str(db))
    try:
        assert store.counts()["articles"] == 2
        assert len(store.runs()) == 2
    finally:
        store.close()


@pytest.mark.model
def test_cli_ingest_only_good_articles_exits_zero(runner, tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLE_2, encoding="utf-8")
    result = invoke(runner, "ingest", tmp_path / "one.txt", "--db", tmp_path / "ok.db", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout
    assert "failed:" not in result.stderr


# ---- extract (loads the model) -----------------------------------------------------------------

def corpus_lines(ids):
    texts = [ARTICLE_1, ARTICLE_2, ARTICLE_1.replace("Tarnow", "Kelm").replace("four", "six")]
    return [json.dumps({"id": i, "published": "2031-04-08", "text": t}) for i, t in zip(ids, texts)]


@pytest.mark.model
def test_cli_extract_jsonl_keeps_input_order(runner, tmp_path):
    path = tmp_path / "corpus.jsonl"
    ids = ["zeta-3", "alpha-1", "mid-2"]
    path.write_text("\n".join(corpus_lines(ids)) + "\n", encoding="utf-8")
    result = invoke(runner, "extract", path, "--format", "jsonl", "--workers", "1")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    assert [r["article"]["id"] for r in records] == ids
    for r in records:
        assert {"entities", "places", "events", "claims"} <= set(r)
        assert r["article"]["text"].startswith(r["article"]["title"] + "\n")


@pytest.mark.model
def test_cli_extract_jsonl_malformed_line_gives_error_in_its_slot(runner, tmp_path):
    path = tmp_path / "corpus.jsonl"
    good = corpus_lines(["first", "unused", "third"])
    path.write_text("\n".join([good[0], '{"id": "second", "text": "cut off', good[2]]) + "\n", encoding="utf-8")
    result = invoke(runner, "extract", path, "--format", "jsonl", "--workers", "1")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    assert records[0]["article"]["id"] == "first"
    assert records[1]["article"] is None
    assert records[1]["error"]["code"] == "E005"
    assert records[1]["error"]["source"].endswith(":2")
    assert records[2]["article"]["id"] == "third"
    assert "E005" in result.stderr


@pytest.mark.model
def test_cli_extract_single_text_prints_one_json_record(runner, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE_1, encoding="utf-8")
    result = invoke(runner, "extract", path, "--workers", "1")
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout)
    assert rec["article"]["id"] == "story"
    assert rec["article"]["title"] == "Valdorian army shells border village"
    assert {"entities", "places", "events", "claims"} <= set(rec)


@pytest.mark.model
def test_cli_extract_only_failures_exits_one(runner, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = invoke(runner, "extract", path, "--format", "jsonl", "--workers", "1")
    assert result.exit_code == 1
    (rec,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert rec["error"]["code"] == "E001"


@pytest.mark.model
def test_cli_export_claimreview_and_ledger(tmp_path):
    import json as _json
    from click.testing import CliRunner
    from claimwatch.cli.main import cli
    from claimwatch.resources import data_file
    db = str(tmp_path / "demo.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(data_file("examples/articles.jsonl")), "--db", db, "--workers", "1",
                                 "--extra", str(data_file("examples/actors.yaml"))])
    assert result.exit_code == 0, result.output
    out = tmp_path / "cr.json"
    result = runner.invoke(cli, ["export", "--db", db, "--format", "claimreview", "-o", str(out)])
    assert result.exit_code == 0, result.output
    reviews = _json.loads(out.read_text())
    assert reviews and all(r["@type"] == "ClaimReview" and r["itemReviewed"]["author"] for r in reviews)
    assert any(r["reviewRating"]["alternateName"].startswith("Confirmed") for r in reviews)
    assert all(r["itemReviewed"]["firstAppearance"]["datePublished"] <= a.get("datePublished", "9")
               for r in reviews for a in r["itemReviewed"]["appearance"])
    result = runner.invoke(cli, ["export", "--db", db, "--what", "ledger", "--format", "jsonl"])
    props = [_json.loads(line) for line in result.output.splitlines()]
    assert props and {"status", "claimants", "deniers", "reasons", "reports"} <= set(props[0])
    copies = [p for p in props if p["copies"]]
    assert copies and any(p["reports"] < len(p["articles"]) for p in copies)  # a wire copy beside its original counts once


def test_cli_every_command_is_in_the_readme():
    from pathlib import Path
    from claimwatch.cli.main import cli
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    missing = [name for name in cli.commands if f"claimwatch {name}" not in readme]
    assert not missing


def test_cli_a_bad_extension_file_is_a_clean_error(tmp_path):
    import subprocess
    import sys
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: t\nversion: 1\nverbs:\n  pummel: [{type: ASSAULTT}]\n")
    done = subprocess.run([sys.executable, "-c", "from claimwatch.cli.main import main; main()", "extract", "-"],
                          input="Russia attacked Kyiv.", capture_output=True, text=True,
                          env={**__import__("os").environ, "CLAIMWATCH_EXTRA": str(bad)}, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "E014" in done.stderr and "pummel" in done.stderr and str(bad) in done.stderr
