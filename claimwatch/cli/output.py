"""Print lists of records as a table, JSON, JSON lines or CSV."""
import csv
import json
import sys

FORMATS = ("table", "json", "jsonl", "csv")


def _flat(value) -> str:
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("text") or value.get("value") or json.dumps(value, ensure_ascii=False))
    return "" if value is None else str(value)


def emit(rows: list, fmt: str, columns: list, title: str = "") -> None:
    """rows: dicts; columns: (header, key or function) pairs used for table and csv."""
    out = sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow([h for h, _ in columns])
        for r in rows:
            w.writerow([_flat(k(r) if callable(k) else r.get(k)) for _, k in columns])
    else:
        from rich.console import Console
        from rich.table import Table
        table = Table(title=title or None, show_lines=False)
        for h, _ in columns:
            table.add_column(h, overflow="fold")
        for r in rows:
            table.add_row(*[_flat(k(r) if callable(k) else r.get(k)) for _, k in columns])
        Console(width=160).print(table)
        if not rows:
            print("(nothing found)")


def codes(entities) -> str:
    return " ".join(sorted({e.get("country") or e.get("name") for e in entities or [] if e}))


EVENT_COLUMNS = [
    ("date", lambda r: (r.get("date") or {}).get("value")),
    ("type", "type"), ("mode", "mode"),
    ("actor", lambda r: codes(r.get("actor"))),
    ("recipient", lambda r: codes(r.get("recipient"))),
    ("place", lambda r: (r.get("location") or {}).get("name")),
    ("reality", "reality"),
    ("trigger", lambda r: (r.get("trigger") or {}).get("text")),
    ("article", "article_id"),
]
ACTOR_COLUMNS = [("name", "name"), ("country", "country"), ("sector", "sector"), ("kind", "kind"),
                 ("mentions", "mentions"), ("articles", "articles")]


def claimant(c) -> str:
    c = c or {}
    if "outlet" in c:
        return f"outlet: {c['outlet']}"
    return f"{c.get('name')} ({c.get('country')})" if c.get("country") else str(c.get("name"))


CLAIM_COLUMNS = [
    ("claimant", lambda r: claimant(r.get("claimant"))), ("cue", lambda r: (r.get("cue") or {}).get("text")),
    ("stance", "stance"), ("certainty", "certainty"),
    ("content", lambda r: ((r.get("content") or {}).get("text") or "")[:70]),
    ("evidence", lambda r: " ".join(e["kind"] for e in r.get("evidence") or [])), ("article", "article_id"),
]
PROPOSITION_COLUMNS = [
    ("id", "id"), ("type", "type"), ("actor", lambda r: codes(r.get("actor"))),
    ("recipient", lambda r: codes(r.get("recipient"))), ("place", lambda r: (r.get("location") or {}).get("name")),
    ("status", lambda r: r["status"] + (" (unsupported)" if r.get("unsupported") else "")),
    ("claimants", lambda r: " ".join(sorted({c.get("country") or c.get("name") or "" for c in r.get("claimants")}))),
    ("deniers", lambda r: " ".join(sorted({c.get("country") or c.get("name") or "" for c in r.get("deniers")}))),
    ("articles", lambda r: len(r.get("articles") or [])), ("reasons", lambda r: "; ".join(r.get("reasons") or [])),
]
