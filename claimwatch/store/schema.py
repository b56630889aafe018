"""The schema, as SQLAlchemy Core tables, and its migrations (one list, applied in order)."""
from sqlalchemy import (JSON, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text,
                        text)

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, primary_key=True),
                       Column("applied_at", String(40)))

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(40)), Column("finished_at", String(40)),
    Column("command", Text), Column("versions", JSON),
    Column("n_seen", Integer, default=0), Column("n_added", Integer, default=0),
    Column("n_skipped", Integer, default=0), Column("n_failed", Integer, default=0),
)

articles = Table(
    "articles", metadata,
    Column("id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text), Column("outlet", Text), Column("title", Text), Column("published", String(40)),
    Column("language", String(8)), Column("text", Text, nullable=False), Column("source", Text),
    Column("run_id", Integer, ForeignKey("runs.id")), Column("ingested_at", String(40)),
    Column("minhash", LargeBinary), Column("duplicate_of", String(200)),  # added by migration 2
)

entities = Table(
    "entities", metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("text", Text), Column("name", Text), Column("country", String(16)), Column("sector", String(16)),
    Column("kind", String(16)), Column("start", Integer), Column("end", Integer), Column("actor_id", Text),
    Column("role", Text),
)
Index("ix_entities_name", entities.c.name)
Index("ix_entities_country", entities.c.country)

places = Table(
    "places", metadata,
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("text", Text), Column("name", Text), Column("country", String(16)), Column("admin1", Text),
    Column("lat", Float), Column("lon", Float), Column("geonameid", Integer), Column("feature", String(16)),
    Column("start", Integer), Column("end", Integer),
)

events = Table(
    "events", metadata,
    Column("id", String(32), primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False), Column("mode", String(32)), Column("quad", String(32)),
    Column("cameo", String(8)),
    Column("actor_codes", Text), Column("recipient_codes", Text),  # " RUS BLR ": filterable in any SQL
    Column("actor_names", Text), Column("recipient_names", Text),
    Column("location_name", Text), Column("location_country", String(16)),
    Column("date", String(10)), Column("date_precision", String(12)),
    Column("intensity", Float), Column("reality", String(16)), Column("claim_id", String(32)),
    Column("record", JSON, nullable=False),
)
Index("ix_events_type", events.c.type)
Index("ix_events_date", events.c.date)
Index("ix_events_article", events.c.article_id)

claims = Table(
    "claims", metadata,
    Column("id", String(32), primary_key=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("claimant_name", Text), Column("claimant_country", String(16)), Column("stance", String(12)),
    Column("certainty", String(12)), Column("record", JSON, nullable=False),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id")), Column("source", Text), Column("code", String(8)),
    Column("message", Text),
)


def _v1(conn) -> None:
    metadata.create_all(conn)  # a new store gets today's tables; migrations below skip what exists


def _v2(conn) -> None:
    """Near-duplicate detection: each article's MinHash signature and the article it copies."""
    from sqlalchemy import inspect
    have = {c["name"] for c in inspect(conn).get_columns("articles")}
    blob = "BYTEA" if conn.dialect.name == "postgresql" else "BLOB"
    if "minhash" not in have:
        conn.execute(text(f"ALTER TABLE articles ADD COLUMN minhash {blob}"))
    if "duplicate_of" not in have:
        conn.execute(text("ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR(200)"))


# Each migration takes a connection inside a transaction; append, never edit, once released.
MIGRATIONS = [(1, _v1), (2, _v2)]
SCHEMA_VERSION = MIGRATIONS[-1][0]
