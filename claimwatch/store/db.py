"""The Store: connections, migrations, writes (one transaction per article) and query functions."""
import json
import os
import re
from datetime import datetime, timezone
from typing import Iterable, Optional

from sqlalchemy import create_engine, event, func, inspect, or_, select

from ..errors import E011, ClaimwatchError
from ..records import Extraction, to_dict
from . import schema as S

DEFAULT_DB = "claimwatch.db"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def store_url(db: Optional[str]) -> str:
    """A path or URL (or CLAIMWATCH_DB, or ./claimwatch.db) as an SQLAlchemy URL."""
    db = db or os.environ.get("CLAIMWATCH_DB") or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if db.startswith(("postgresql+", "sqlite:")):
        return db
    if "://" in db:
        raise ClaimwatchError("E011", E011.format(url=db))
    return f"sqlite:///{os.path.abspath(db)}"


def _codes(entities) -> str:
    codes = sorted({e.country for e in entities if e.country})
    return f" {' '.join(codes)} " if codes else ""


class Store:
    def __init__(self, url: str):
        self.url = url
        self.engine = create_engine(url, future=True)
        if url.startswith("sqlite"):
            @event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_conn, _):
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA busy_timeout=10000")
                cur.close()
        self.migrate()

    @property
    def display_url(self) -> str:
        """The URL without its password, or the SQLite file path."""
        if self.url.startswith("sqlite:///"):
            return self.url[len("sqlite:///"):]
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ---- schema ---------------------------------------------------------------------------
    def migrate(self) -> int:
        with self.engine.begin() as conn:
            have = 0
            if inspect(conn).has_table("schema_version"):
                have = conn.execute(select(func.max(S.schema_version.c.version))).scalar() or 0
            for version, step in S.MIGRATIONS:
                if version > have:
                    step(conn)
                    conn.execute(S.schema_version.insert().values(version=version, applied_at=_now()))
        return S.SCHEMA_VERSION

    # ---- runs -----------------------------------------------------------------------------
    def start_run(self, command: str, versions: dict) -> int:
        with self.engine.begin() as conn:
            res = conn.execute(S.runs.insert().values(started_at=_now(), command=command, versions=versions))
            return res.inserted_primary_key[0]

    def finish_run(self, run_id: int, seen: int, added: int, skipped: int, failed: Iterable) -> None:
        failed = list(failed)
        with self.engine.begin() as conn:
            conn.execute(S.runs.update().where(S.runs.c.id == run_id).values(
                finished_at=_now(), n_seen=seen, n_added=added, n_skipped=skipped, n_failed=len(failed)))
            if failed:
                conn.execute(S.failures.insert(), [{"run_id": run_id, "source": f.source, "code": f.code,
                                                    "message": f.message} for f in failed])

    # ---- writes ---------------------------------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(S.articles.c.id).where(S.articles.c.content_hash == content_hash)).first() is not None

    def known_hashes(self) -> set:
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(select(S.articles.c.content_hash))}

    def _free_id(self, conn, article_id: str, content_hash: str) -> str:
        row = conn.execute(select(S.articles.c.content_hash).where(S.articles.c.id == article_id)).first()
        return article_id if row is None else f"{article_id}-{content_hash[:8]}"

    def add_extraction(self, x: Extraction, run_id: Optional[int] = None, minhash: Optional[bytes] = None,
                       duplicate_of: Optional[str] = None) -> bool:
        """Write one article and all it yielded in one transaction; False when already stored."""
        a = x.article
        with self.engine.begin() as conn:
            if conn.execute(select(S.articles.c.id).where(S.articles.c.content_hash == a.content_hash)).first():
                return False
            aid = self._free_id(conn, a.id, a.content_hash)
            conn.execute(S.articles.insert().values(
                id=aid, content_hash=a.content_hash, url=a.url, outlet=a.outlet, title=a.title,
                published=a.published, language=a.language, text=a.text, source=a.source, run_id=run_id,
                ingested_at=_now(), minhash=minhash, duplicate_of=duplicate_of))
            if x.entities:
                conn.execute(S.entities.insert(), [
                    {"article_id": aid, "seq": n, "text": e.text, "name": e.name, "country": e.country,
                     "sector": e.sector, "kind": e.kind, "start": e.span.start, "end": e.span.end,
                     "actor_id": e.actor_id, "role": e.role} for n, e in enumerate(x.entities)])
            if x.places:
                conn.execute(S.places.insert(), [
                    {"article_id": aid, "seq": n, "text": p.text, "name": p.name, "country": p.country,
                     "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid,
                     "feature": p.feature, "start": p.span.start, "end": p.span.end}
                    for n, p in enumerate(x.places)])
            if x.events:
                rows = []
                for ev in x.events:
                    rec = to_dict(ev)
                    rec["article_id"] = aid
                    rows.append({
                        "id": ev.id, "article_id": aid, "type": ev.type, "mode": ev.mode, "quad": ev.quad,
                        "cameo": ev.cameo, "actor_codes": _codes(ev.actor), "recipient_codes": _codes(ev.recipient),
                        "actor_names": "|".join(e.name for e in ev.actor),
                        "recipient_names": "|".join(e.name for e in ev.recipient),
                        "location_name": ev.location.name if ev.location else None,
                        "location_country": ev.location.country if ev.location else None,
                        "date": (ev.date.value or "")[:10] or None, "date_precision": ev.date.precision,
                        "intensity": ev.intensity, "reality": ev.reality, "claim_id": ev.claim_id, "record": rec})
                conn.execute(S.events.insert(), rows)
            if x.claims:
                conn.execute(S.claims.insert(), [{
                    "id": c.id, "article_id": aid,
                    "claimant_name": c.claimant.name if hasattr(c.claimant, "name") else str(c.claimant.get("outlet")),
                    "claimant_country": getattr(c.claimant, "country", None), "stance": c.stance,
                    "certainty": c.certainty, "record": dict(to_dict(c), article_id=aid)} for c in x.claims])
        return True

    # ---- queries --------------------------------------------------------------------------
    def events(self, actor: Optional[str] = None, recipient: Optional[str] = None, type: Optional[str] = None,
               place: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
               article: Optional[str] = None, reality: Optional[str] = None, limit: Optional[int] = None) -> list:
        """Event records matching every filter given; actor/recipient match a code or a name part."""
        t = S.events
        q = select(t.c.record).order_by(t.c.date, t.c.article_id, t.c.id)
        for value, codes, names in ((actor, t.c.actor_codes, t.c.actor_names),
                                    (recipient, t.c.recipient_codes, t.c.recipient_names)):
            if value and re.fullmatch(r"[A-Z]{2,6}", value):  # a code: RUS, NATO
                q = q.where(codes.like(f"% {value} %"))
            elif value:
                q = q.where(names.ilike(f"%{value}%"))
        if type:
            q = q.where(t.c.type == type.upper())
        if place:
            q = q.where(or_(t.c.location_name.ilike(f"%{place}%"), t.c.location_country == place.upper()))
        if since:
            q = q.where(t.c.date >= since)
        if until:
            q = q.where(t.c.date <= until)
        if article:
            q = q.where(t.c.article_id == article)
        if reality:
            q = q.where(t.c.reality == reality)
        return self._records(q, limit)

    def actors(self, name: Optional[str] = None, country: Optional[str] = None, sector: Optional[str] = None,
               kind: Optional[str] = None, limit: Optional[int] = None) -> list:
        """Actors by how often they are mentioned, with the number of articles mentioning them."""
        t = S.entities
        q = (select(t.c.name, t.c.country, t.c.sector, t.c.kind, func.count().label("mentions"),
                    func.count(func.distinct(t.c.article_id)).label("articles"))
             .group_by(t.c.name, t.c.country, t.c.sector, t.c.kind)
             .order_by(func.count().desc(), t.c.name))
        if name:
            q = q.where(t.c.name.ilike(f"%{name}%"))
        if country:
            q = q.where(t.c.country == country.upper())
        if sector:
            q = q.where(t.c.sector == sector.upper())
        if kind:
            q = q.where(t.c.kind == kind)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def claims(self, claimant: Optional[str] = None, stance: Optional[str] = None, article: Optional[str] = None,
               limit: Optional[int] = None) -> list:
        """Claim records; claimant matches a code or part of the claimant's name."""
        t = S.claims
        q = select(t.c.record).order_by(t.c.article_id, t.c.id)
        if claimant and re.fullmatch(r"[A-Z]{2,6}", claimant):
            q = q.where(t.c.claimant_country == claimant)
        elif claimant:
            q = q.where(t.c.claimant_name.ilike(f"%{claimant}%"))
        if stance:
            q = q.where(t.c.stance == stance)
        if article:
            q = q.where(t.c.article_id == article)
        return self._records(q, limit)

    def _records(self, q, limit: Optional[int]) -> list:
        """The JSON record column of a query's rows, at most `limit` of them."""
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [_json(r[0]) for r in conn.execute(q)]

    def article_meta(self) -> dict:
        """id -> {outlet, published, title, url, duplicate_of} for every stored article."""
        t = S.articles
        with self.engine.connect() as conn:
            return {r.id: {"outlet": r.outlet, "published": r.published, "title": r.title, "url": r.url,
                           "duplicate_of": r.duplicate_of}
                    for r in conn.execute(select(t.c.id, t.c.outlet, t.c.published, t.c.title, t.c.url,
                                                 t.c.duplicate_of))}

    def signatures(self) -> list:
        """(article id, MinHash signature) of stored articles, for near-duplicate detection."""
        t = S.articles
        with self.engine.connect() as conn:
            return [(r.id, r.minhash) for r in conn.execute(select(t.c.id, t.c.minhash).where(t.c.minhash.isnot(None)))]

    def article_id_for(self, content_hash: str) -> Optional[str]:
        with self.engine.connect() as conn:
            return conn.execute(select(S.articles.c.id).where(S.articles.c.content_hash == content_hash)).scalar()

    def extra_files(self) -> tuple:
        """User dictionary files named by earlier runs (their alliances apply to the ledger)."""
        files = []
        for run in self.runs():
            versions = _json(run.get("versions")) or {}
            files += [f for f in versions.get("extra") or () if f not in files]
        return tuple(f for f in files if os.path.exists(f))

    def articles(self, limit: Optional[int] = None) -> list:
        t = S.articles
        q = select(t.c.id, t.c.title, t.c.outlet, t.c.published, t.c.url, t.c.content_hash).order_by(t.c.published, t.c.id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def counts(self) -> dict:
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar()
                    for name, table in (("articles", S.articles), ("entities", S.entities),
                                        ("places", S.places), ("events", S.events), ("claims", S.claims))}

    def runs(self) -> list:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(S.runs).order_by(S.runs.c.id))]

    def close(self) -> None:
        self.engine.dispose()


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def open_store(db: Optional[str] = None) -> Store:
    return Store(store_url(db))
