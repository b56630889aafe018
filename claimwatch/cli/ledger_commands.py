"""The claim-ledger commands: claims, ledger, ledger show, export."""
import json
import sys
from pathlib import Path

import click

from .main import _fail, _store, cli, db_option, extra_option, format_option
from .output import ACTOR_COLUMNS, CLAIM_COLUMNS, EVENT_COLUMNS, PROPOSITION_COLUMNS, claimant, codes, emit


@cli.command()
@db_option
@click.option("--claimant", help="Claimant code (RUS) or part of its name.")
@click.option("--stance", type=click.Choice(["assert", "deny", "question"]))
@click.option("--article", help="Article id.")
@click.option("--limit", type=int, default=None)
@format_option
def claims(db, claimant, stance, article, limit, fmt):
    """List stored claims: who says what, with stance, certainty and evidence.

    \b
    Example:
        claimwatch claims --claimant RUS --stance assert
    """
    emit(_store(db).claims(claimant=claimant, stance=stance, article=article, limit=limit), fmt, CLAIM_COLUMNS,
         title="claims")


def _propositions(store, extra, **records):
    from ..jobs import ledger as build
    return build(store, extra, **records)


@cli.group(invoke_without_command=True)
@db_option
@click.option("--actor", help="Actor or recipient code.")
@click.option("--status", type=click.Choice(["confirmed", "corroborated", "unverified", "disputed", "retracted"]))
@click.option("--type", "etype", help="PLOVER event type.")
@click.option("--since", help="Events on or after YYYY-MM-DD.")
@click.option("--claimed", is_flag=True, help="Only propositions that someone claims or denies.")
@extra_option
@format_option
@click.pass_context
def ledger(ctx, db, actor, status, etype, since, claimed, extra, fmt):
    """The claim ledger: propositions across articles, with claimants, deniers, evidence and status.

    \b
    Example:
        claimwatch ledger --status disputed
        claimwatch ledger show 3f2a9c1b0d4e5f60
    """
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db, "extra": extra}
        return
    rows = _propositions(_store(db), extra)
    if actor:
        rows = [r for r in rows if any(e.get("country") == actor.upper() for e in r["actor"] + r["recipient"])]
    if status:
        rows = [r for r in rows if r["status"] == status]
    if etype:
        rows = [r for r in rows if r["type"] == etype.upper()]
    if since:
        rows = [r for r in rows if ((r.get("date") or {}).get("value") or "") >= since]
    if claimed:
        rows = [r for r in rows if r["claimants"] or r["deniers"]]
    emit(rows, fmt, PROPOSITION_COLUMNS, title="ledger")


@ledger.command("show")
@click.argument("proposition_id")
@click.pass_obj
def ledger_show(obj, proposition_id):
    """One proposition with every sentence that asserts, denies or bears on it.

    \b
    Example:
        claimwatch ledger show 3f2a9c1b0d4e5f60
    """
    obj = obj or {}
    store = _store(obj.get("db"))
    events, claim_rows, meta = store.events(), store.claims(), store.article_meta()
    rows = [r for r in _propositions(store, obj.get("extra", ()), events=events, claims=claim_rows, articles=meta)
            if r["id"].startswith(proposition_id)]
    if not rows:
        _fail(f"no proposition {proposition_id}; list them with `claimwatch ledger`", 1)
    r = rows[0]
    click.echo(f"{r['id']}  {r['type']} {r.get('mode') or ''}  actor {codes(r['actor'])}  "
               f"recipient {codes(r['recipient'])}  place {(r.get('location') or {}).get('name')}")
    click.echo(f"status: {r['status']}{' (unsupported)' if r['unsupported'] else ''}; " + "; ".join(r["reasons"]))
    claims = {c["id"]: c for c in claim_rows}
    for cid in r["claim_ids"]:
        c = claims.get(cid)
        if not c:
            continue
        m = meta.get(c["article_id"], {})
        click.echo(f"- [{c['stance']}] {claimant(c['claimant'])} via '{c['cue']['text']}' "
                   f"({m.get('outlet') or '?'}, {(m.get('published') or '')[:10]}): {c['content']['text'][:160]}")
        for e in c.get("evidence") or []:
            click.echo(f"    evidence {e['kind']} ({e['effect']}): {e['span']['text'][:140]}")
    for ev in events:
        if ev["id"] in r["event_ids"]:
            m = meta.get(ev["article_id"], {})
            click.echo(f"- event {ev['type']} [{ev['reality']}] ({m.get('outlet') or '?'}, "
                       f"{(m.get('published') or '')[:10]}): {ev['sentence']['text'][:160]}")


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "claimreview"]), default="jsonl", show_default=True)
@click.option("--what", type=click.Choice(["events", "claims", "ledger", "actors"]), default="events", show_default=True,
              help="Records to export (claimreview always exports the ledger).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None, help="File (default: stdout).")
@extra_option
def export(db, fmt, what, output, extra):
    """Export the store: events (PLOVER JSONL), claims, ledger propositions or actors, as JSONL or
    CSV; or the ledger as schema.org ClaimReview JSON-LD.

    \b
    Example:
        claimwatch export --what events --format jsonl -o events.jsonl
        claimwatch export --format claimreview -o claimreview.json
    """
    store = _store(db)
    if fmt == "claimreview":
        from ..report.claimreview import claim_review
        claim_rows, meta = store.claims(), store.article_meta()
        claims = {c["id"]: c for c in claim_rows}
        rows = [claim_review(p, claims, meta) for p in _propositions(store, extra, claims=claim_rows, articles=meta)
                if p["claimants"]]
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        rows = {"events": store.events, "claims": store.claims, "actors": store.actors,
                "ledger": lambda: _propositions(store, extra)}[what]()
        columns = {"events": EVENT_COLUMNS, "claims": CLAIM_COLUMNS, "ledger": PROPOSITION_COLUMNS,
                   "actors": ACTOR_COLUMNS}[what]
        import contextlib
        import io
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            emit(rows, fmt, columns)
        text = buf.getvalue()
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(rows)} {what if fmt != 'claimreview' else 'claim reviews'} to {output}", err=True)
    else:
        sys.stdout.write(text)
