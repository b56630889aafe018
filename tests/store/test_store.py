"""claimwatch.store: migrations, one-transaction writes and queries, on SQLite and PostgreSQL."""
import os

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from claimwatch.errors import ClaimwatchError
from claimwatch.ingest.clean import content_hash
from claimwatch.records import Article, Claim, DateValue, Entity, Event, Extraction, Place, Span
from claimwatch.store import open_store, schema
from claimwatch.store.db import store_url


# ---- hand-built records (no model) -------------------------------------------------------------

def article(aid: str, text: str, published: str = "2025-03-12") -> Article:
    return Article(id=aid, text=text, title=text.split("\n")[0], url=f"https://example.org/{aid}",
                   outlet="Example Wire", published=published, content_hash=content_hash(text), source="test")


def entity(name: str, country, start: int = 0, kind: str = "country", sector=None) -> Entity:
    return Entity(text=name, name=name, country=country, sector=sector, kind=kind,
                  span=Span(name, start, start + len(name)))


def place(name: str, country: str) -> Place:
    return Place(text=name, name=name, country=country, admin1=None, lat=50.0, lon=36.2, geonameid=706483,
                 span=Span(name, 10, 10 + len(name)))


def event(eid: str, aid: str, etype: str, actor, recipient=(), location=None, day="2025-03-10",
          reality="asserted") -> Event:
    return Event(id=eid, article_id=aid, type=etype, mode=None, contexts=(), actor=tuple(actor),
                 recipient=tuple(recipient), location=location, date=DateValue(day, "on Monday", "day"),
                 trigger=Span("shelled", 20, 27), sentence=Span("Russia shelled Kharkiv.", 0, 23),
                 intensity=-9.0, reality=reality)


RUS, UKR, POL = entity("Russia", "RUS"), entity("Ukraine", "UKR", 30), entity("Poland", "POL", 50)
TEXT_A = "Russia shells Kharkiv\nRussia shelled Kharkiv on Monday. Ukraine said Russia hit a school."
TEXT_B = "Poland protests\nPoland protested on Tuesday after Russia sent drones over its border."


def extraction_a(aid: str = "art-a") -> Extraction:
    kharkiv = place("Kharkiv", "UKR")
    return Extraction(
        article=article(aid, TEXT_A),
        entities=(RUS, UKR, entity("Russia", "RUS", 60)),
        places=(kharkiv,),
        events=(event("ev-a1", aid, "ASSAULT", [RUS], [UKR], kharkiv, "2025-03-10"),
                event("ev-a2", aid, "ACCUSE", [UKR], [RUS], None, "2025-03-11", reality="attributed")),
        claims=(Claim(id="cl-a1", article_id=aid, claimant=UKR, cue=Span("said", 40, 44),
                      content=Span("Russia hit a school", 45, 64), event_ids=("ev-a1",), stance="assert",
                      certainty="certain"),),
    )


def extraction_b(aid: str = "art-b") -> Extraction:
    return Extraction(
        article=article(aid, TEXT_B, "2025-02-02"),
        entities=(POL, entity("Russia", "RUS", 40)),
        places=(place("Warsaw", "POL"),),
        events=(event("ev-b1", aid, "PROTEST", [POL], [RUS], place("Warsaw", "POL"), "2025-02-01"),
                event("ev-b2", aid, "ASSAULT", [RUS], [POL], None, "2025-01-31", reality="denied")),
    )


# ---- fixtures ----------------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(str(tmp_path / "store.db"))
    else:
        s = open_store(request.getfixturevalue("pg_url"))
        schema.metadata.drop_all(s.engine)
        s.migrate()
    yield s
    s.close()


@pytest.fixture
def filled(store):
    assert store.add_extraction(extraction_a())
    assert store.add_extraction(extraction_b())
    return store


def version_rows(store) -> list:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(select(schema.schema_version.c.version))]


# ---- migrations --------------------------------------------------------------------------------

def test_store_migrate_is_idempotent(store):
    assert store.migrate() == schema.SCHEMA_VERSION
    assert store.migrate() == schema.SCHEMA_VERSION
    assert sorted(version_rows(store)) == [v for v, _ in schema.MIGRATIONS]
    assert store.counts() == {"articles": 0, "entities": 0, "places": 0, "events": 0, "claims": 0}


def test_store_reopen_keeps_data_and_versions(tmp_path):
    path = str(tmp_path / "again.db")
    first = open_store(path)
    first.add_extraction(extraction_a())
    first.close()
    second = open_store(path)
    try:
        assert second.counts()["articles"] == 1
        assert sorted(version_rows(second)) == [v for v, _ in schema.MIGRATIONS]
    finally:
        second.close()


def test_tmp_store_is_sqlite_and_empty(tmp_store):
    assert tmp_store.dialect == "sqlite"
    assert tmp_store.counts()["articles"] == 0


# ---- writes ------------------------------------------------------------------------------------

def test_store_add_extraction_writes_once(store):
    x = extraction_a()
    assert store.add_extraction(x) is True
    assert store.counts() == {"articles": 1, "entities": 3, "places": 1, "events": 2, "claims": 1}
    assert store.has_article(x.article.content_hash)
    assert store.add_extraction(x) is False
    assert store.counts() == {"articles": 1, "entities": 3, "places": 1, "events": 2, "claims": 1}


def test_store_add_extraction_same_text_other_id_is_not_stored(store):
    assert store.add_extraction(extraction_a("art-a"))
    x = extraction_a("copy-of-a")
    assert store.add_extraction(Extraction(x.article, (), (), ())) is False
    assert [a["id"] for a in store.articles()] == ["art-a"]


def test_store_add_extraction_id_clash_with_other_text_gets_new_id(store):
    assert store.add_extraction(extraction_a("same-id"))
    other = article("same-id", TEXT_B)
    assert store.add_extraction(Extraction(other, (), (), ())) is True
    ids = sorted(a["id"] for a in store.articles())
    assert ids == ["same-id", f"same-id-{other.content_hash[:8]}"]


def test_store_add_extraction_id_clash_keeps_events_of_both(store):
    from claimwatch.extract.events import event_id
    first, second = article("story", TEXT_A), article("story", TEXT_A.replace("Monday", "Sunday"))
    for a in (first, second):
        ev = event(event_id(a.content_hash, "ASSAULT", 22), a.id, "ASSAULT", [RUS], [UKR])
        assert store.add_extraction(Extraction(a, (RUS,), (), (ev,))) is True
    assert store.counts()["events"] == 2


def test_store_add_extraction_keeps_record_round_trip(filled):
    ev = filled.events(article="art-a", type="ASSAULT")
    assert len(ev) == 1
    rec = ev[0]
    assert rec["id"] == "ev-a1" and rec["article_id"] == "art-a"
    assert [e["name"] for e in rec["actor"]] == ["Russia"]
    assert rec["location"]["name"] == "Kharkiv"
    assert rec["date"] == {"value": "2025-03-10", "text": "on Monday", "precision": "day"}


@pytest.mark.parametrize("breaker", ["duplicate_event_id", "event_id_of_stored_article", "duplicate_claim_id"])
def test_store_failing_write_rolls_back(filled, breaker):
    before = filled.counts()
    base = extraction_a("art-c")
    text = "Ukraine strikes depot\nUkraine said it struck a fuel depot in Belgorod on Tuesday."
    art = article("art-c", text)
    e1 = event("ev-c1", "art-c", "ASSAULT", [UKR], [RUS])
    if breaker == "duplicate_event_id":
        x = Extraction(art, base.entities, base.places, (e1, event("ev-c1", "art-c", "ACCUSE", [RUS], [UKR])))
    elif breaker == "event_id_of_stored_article":
        x = Extraction(art, base.entities, base.places, (e1, event("ev-a1", "art-c", "ACCUSE", [RUS], [UKR])))
    else:
        claim = base.claims[0]
        x = Extraction(art, base.entities, base.places, (e1,), (claim, claim))
    with pytest.raises(IntegrityError):
        filled.add_extraction(x)
    assert filled.counts() == before
    assert not filled.has_article(art.content_hash)
    assert "art-c" not in {a["id"] for a in filled.articles()}
    # the store is still usable afterwards
    assert filled.add_extraction(Extraction(art, (), (), (e1,))) is True
    assert filled.counts()["articles"] == before["articles"] + 1


# ---- queries -----------------------------------------------------------------------------------

def event_ids(rows) -> list:
    return sorted(r["id"] for r in rows)


@pytest.mark.parametrize("filters, expected", [
    ({}, ["ev-a1", "ev-a2", "ev-b1", "ev-b2"]),
    ({"actor": "RUS"}, ["ev-a1", "ev-b2"]),
    ({"actor": "rus"}, ["ev-a1", "ev-b2"]),
    ({"actor": "Russia"}, ["ev-a1", "ev-b2"]),
    ({"actor": "POL"}, ["ev-b1"]),
    ({"recipient": "UKR"}, ["ev-a1"]),
    ({"recipient": "RUS"}, ["ev-a2", "ev-b1"]),
    ({"actor": "RUS", "recipient": "POL"}, ["ev-b2"]),
    ({"type": "ASSAULT"}, ["ev-a1", "ev-b2"]),
    ({"type": "protest"}, ["ev-b1"]),
    ({"place": "Kharkiv"}, ["ev-a1"]),
    ({"place": "khar"}, ["ev-a1"]),
    ({"place": "POL"}, ["ev-b1"]),
    ({"since": "2025-03-01"}, ["ev-a1", "ev-a2"]),
    ({"until": "2025-02-01"}, ["ev-b1", "ev-b2"]),
    ({"since": "2025-02-01", "until": "2025-03-10"}, ["ev-a1", "ev-b1"]),
    ({"reality": "attributed"}, ["ev-a2"]),
    ({"reality": "denied"}, ["ev-b2"]),
    ({"reality": "hypothetical"}, []),
    ({"article": "art-b"}, ["ev-b1", "ev-b2"]),
    ({"actor": "XYZ"}, []),
    ({"type": "AID"}, []),
])
def test_store_events_filters(filled, filters, expected):
    assert event_ids(filled.events(**filters)) == expected


def test_store_events_ordered_by_date_and_limited(filled):
    assert [r["id"] for r in filled.events()] == ["ev-b2", "ev-b1", "ev-a1", "ev-a2"]
    assert [r["id"] for r in filled.events(limit=2)] == ["ev-b2", "ev-b1"]


def test_store_events_actor_code_does_not_match_name_substring(filled):
    blr = entity("Belarus", "BLR")
    text = "Belarus moves troops\nBelarus moved troops to the border on Monday, the ministry said."
    filled.add_extraction(Extraction(article("art-blr", text), (blr,), (),
                                     (event("ev-blr", "art-blr", "MOBILIZE", [blr]),)))
    assert event_ids(filled.events(actor="RUS")) == ["ev-a1", "ev-b2"]
    assert event_ids(filled.events(actor="BLR")) == ["ev-blr"]


def test_store_actors_counts_mentions_and_articles(filled):
    rows = filled.actors()
    got = {(r["name"], r["country"]): (r["mentions"], r["articles"]) for r in rows}
    assert got == {("Russia", "RUS"): (3, 2), ("Ukraine", "UKR"): (1, 1), ("Poland", "POL"): (1, 1)}
    assert rows[0]["name"] == "Russia"
    assert [r["mentions"] for r in rows] == sorted((r["mentions"] for r in rows), reverse=True)


@pytest.mark.parametrize("filters, expected", [
    ({"country": "pol"}, ["Poland"]),
    ({"name": "rai"}, ["Ukraine"]),
    ({"kind": "country", "limit": 1}, ["Russia"]),
    ({"kind": "person"}, []),
])
def test_store_actors_filters(filled, filters, expected):
    assert [r["name"] for r in filled.actors(**filters)] == expected


def test_store_runs_record_failures(store):
    from claimwatch.ingest.sources import Failure
    run = store.start_run("ingest x", {"model": "none"})
    store.finish_run(run, seen=3, added=1, skipped=1, failed=[Failure("x.txt", "E001", "empty")])
    (row,) = store.runs()
    assert (row["n_seen"], row["n_added"], row["n_skipped"], row["n_failed"]) == (3, 1, 1, 1)
    assert row["finished_at"] and row["versions"] == {"model": "none"}
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.failures)).scalar() == 1


# ---- store_url ---------------------------------------------------------------------------------

@pytest.mark.parametrize("given, expected", [
    ("news.db", "sqlite:///" + os.path.abspath("news.db")),
    ("/data/cw/news.db", "sqlite:////data/cw/news.db"),
    ("sqlite:///x.db", "sqlite:///x.db"),
    ("postgresql://u:p@db:5432/cw", "postgresql+psycopg://u:p@db:5432/cw"),
    ("postgres://u:p@db/cw", "postgresql+psycopg://u:p@db/cw"),
    ("postgresql+psycopg://u@db/cw", "postgresql+psycopg://u@db/cw"),
])
def test_store_url_forms(given, expected):
    assert store_url(given) == expected


def test_store_url_default_from_env(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMWATCH_DB", str(tmp_path / "env.db"))
    assert store_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.delenv("CLAIMWATCH_DB")
    monkeypatch.chdir(tmp_path)
    assert store_url(None) == f"sqlite:///{tmp_path / 'claimwatch.db'}"


@pytest.mark.parametrize("bad", ["mysql://x", "mongodb://host/db", "http://example.org/db"])
def test_store_url_unknown_scheme_is_E011(bad):
    with pytest.raises(ClaimwatchError) as err:
        store_url(bad)
    assert err.value.code == "E011"
    assert bad in err.value.message


def test_store_migration_two_adds_columns_to_an_old_store(tmp_path):
    import sqlite3
    from claimwatch.store import open_store
    path = tmp_path / "old.db"
    open_store(str(path)).close()
    con = sqlite3.connect(path)  # make it look like a store from before migration 2
    con.execute("ALTER TABLE articles DROP COLUMN minhash")
    con.execute("ALTER TABLE articles DROP COLUMN duplicate_of")
    con.execute("DELETE FROM schema_version WHERE version = 2")
    con.commit()
    con.close()
    store = open_store(str(path))
    cols = {r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(articles)")}
    assert {"minhash", "duplicate_of"} <= cols
    assert store.migrate() == 2
