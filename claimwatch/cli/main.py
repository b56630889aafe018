"""claimwatch: the command group. Each command is a thin wrapper over a library function."""
import json
import sys
from pathlib import Path

import click

from .output import ACTOR_COLUMNS, EVENT_COLUMNS, FORMATS, emit

DB_HELP = "Store: a SQLite path or a postgresql:// URL (default: $CLAIMWATCH_DB or ./claimwatch.db)."
db_option = click.option("--db", envvar="CLAIMWATCH_DB", default=None, help=DB_HELP)
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                             help="Output format.")
extra_option = click.option("--extra", multiple=True, type=click.Path(exists=True, dir_okay=False),
                            help="A YAML file extending the actor dictionary or lexicons (repeatable).")


def _fail(message: str, code: int = 2):
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def _store(db):
    from ..errors import ClaimwatchError
    from ..store import open_store
    try:
        return open_store(db)
    except ClaimwatchError as err:
        _fail(str(err))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimwatch")
def cli():
    """Read news about conflicts and crises; keep a checkable record of events and claims.

    \b
    Example:
        claimwatch demo
        claimwatch ingest news/ && claimwatch events --actor RUS --type ASSAULT
    """


def _progress_bar(total_hint: str):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    return Progress(TextColumn(total_hint), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    transient=True, console=__import__("rich.console").console.Console(stderr=True))


dask_option = click.option("--dask", "dask_address", envvar="CLAIMWATCH_DASK", default=None,
                           help="Run extraction on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'.")


def _run_ingest(inputs, db, workers, extra, max_mb, command, dask_address=None):
    from ..jobs import ingest
    store = _store(db)
    with _progress_bar("extracting") as bar:
        task = bar.add_task("extract", total=None)

        def step(done, total):
            bar.update(task, completed=done, total=total)
        report = ingest(inputs, store, workers=workers, extra=extra, max_mb=max_mb, command=command, progress=step,
                        dask=dask_address)
    return store, report


def _print_report(report, store) -> None:
    click.echo(f"read {report.seen} item(s): {report.added} added ({report.copies} near-duplicates of stored "
               f"stories), {report.skipped} already stored, {len(report.failures)} failed; {report.events} events extracted")
    counts = store.counts()
    click.echo("store now holds " + ", ".join(f"{v} {k}" for k, v in counts.items()) + f" ({store.display_url})")
    if report.failures:
        click.echo("failed:", err=True)
        for f in report.failures:
            click.echo(f"  {f}", err=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--workers", type=int, default=None, help="Processes for extraction (default: all cores).")
@click.option("--max-mb", type=float, default=10.0, show_default=True, help="Largest single article to read.")
@extra_option
@dask_option
def ingest(inputs, db, workers, max_mb, extra, dask_address):
    """Read files, folders, JSONL corpora, RSS/Atom feeds or URLs into the store.

    Articles already stored (same content hash) are skipped. Bad inputs are listed at the end;
    the exit code is 1 when any failed.

    \b
    Example:
        claimwatch ingest articles/ feed.xml corpus.jsonl --db news.db
    """
    store, report = _run_ingest(inputs, db, workers, extra, max_mb, "ingest " + " ".join(inputs), dask_address)
    _print_report(report, store)
    sys.exit(1 if report.failures else 0)


@cli.command()
@click.argument("input", type=str)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@click.option("--workers", type=int, default=None, help="Processes for a corpus (default: all cores).")
@click.option("--max-mb", type=float, default=10.0, show_default=True)
@extra_option
@dask_option
def extract(input, fmt, workers, max_mb, extra, dask_address):
    """Extract entities, places, events and claims without a store; print records as JSON.

    INPUT is a text, HTML or feed file, a JSONL corpus (one article a line), or - for stdin.
    With --format jsonl a corpus gives one line per input article, in input order.

    \b
    Example:
        claimwatch extract article.txt
        claimwatch extract corpus.jsonl --format jsonl > records.jsonl
    """
    from ..api import extract_many
    from ..ingest import Failure, iter_articles
    items = list(iter_articles([input], max_mb=max_mb))
    articles = [i for i in items if not isinstance(i, Failure)]
    results = iter(extract_many(articles, workers=workers, extra=extra, dask=dask_address)) if articles else iter(())
    records, failed = [], 0
    for item in items:
        if isinstance(item, Failure):
            failed += 1
            click.echo(f"skipped {item}", err=True)
            rec = {"article": None, "error": {"source": item.source, "code": item.code, "message": item.message}}
        else:
            res = next(results)
            if isinstance(res, Exception):
                failed += 1
                rec = {"article": {"id": item.id}, "error": {"code": "E100", "message": str(res)}}
            else:
                rec = res.to_dict()
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            records.append(rec)
    if fmt == "json":
        ok = [r for r in records if r.get("article")]
        if len(records) == 1 and ok:
            json.dump(ok[0], sys.stdout, ensure_ascii=False, indent=2)
        else:
            json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if failed and failed == len(items):
        sys.exit(1)


@cli.command()
@db_option
@click.option("--actor", help="Actor code (RUS) or part of a name.")
@click.option("--recipient", help="Recipient code or part of a name.")
@click.option("--type", "etype", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--place", help="Place name part or country code of the location.")
@click.option("--since", help="First date, YYYY-MM-DD.")
@click.option("--until", help="Last date, YYYY-MM-DD.")
@click.option("--reality", type=click.Choice(["asserted", "attributed", "denied", "hypothetical", "planned", "negated"]))
@click.option("--limit", type=int, default=None)
@format_option
def events(db, actor, recipient, etype, place, since, until, reality, limit, fmt):
    """List stored events.

    \b
    Example:
        claimwatch events --actor RUS --recipient UKR --type ASSAULT --since 2025-01-01 --format csv
    """
    rows = _store(db).events(actor=actor, recipient=recipient, type=etype, place=place, since=since, until=until,
                             reality=reality, limit=limit)
    emit(rows, fmt, EVENT_COLUMNS, title="events")


@cli.command()
@db_option
@click.option("--name", help="Part of the actor's name.")
@click.option("--country", help="Country or IGO code.")
@click.option("--sector", help="PLOVER sector, e.g. GOV, MIL.")
@click.option("--kind", type=click.Choice(["person", "organization", "country", "group", "weapon", "other"]))
@click.option("--limit", type=int, default=None)
@format_option
def actors(db, name, country, sector, kind, limit, fmt):
    """List the actors mentioned in stored articles, most mentioned first.

    \b
    Example:
        claimwatch actors --country RUS --kind person
    """
    rows = _store(db).actors(name=name, country=country, sector=sector, kind=kind, limit=limit)
    emit(rows, fmt, ACTOR_COLUMNS, title="actors")


@cli.command()
@db_option
@click.option("--workers", type=int, default=None)
def demo(db, workers):
    """Process the bundled example articles (fiction written for claimwatch) into the store, one
    day at a time, showing how the status of each claim moves as reports arrive.

    \b
    Example:
        claimwatch demo && claimwatch ledger --claimed
    """
    from ..ingest import Failure, iter_articles
    from ..jobs import ingest_items, ledger
    from ..resources import data_file
    folder = data_file("examples")
    extra = (str(folder / "actors.yaml"),)
    items = list(iter_articles([str(folder / "articles.jsonl")]))
    articles = sorted((a for a in items if not isinstance(a, Failure)), key=lambda a: a.published or "")
    store = _store(db)
    click.echo(f"claimwatch demo: {len(articles)} fictional reports (see claimwatch/data/examples/README.md)")
    before, failures, added = {}, [], 0
    for article in articles:
        report = ingest_items([article], store, workers=1, extra=extra, command="demo")
        failures += report.failures
        added += report.added
        now = {p["id"]: p for p in ledger(store, extra) if p["claimants"] or p["deniers"]}
        click.echo(f"\n{(article.published or '')[:10]}  {article.outlet}: {article.title}")
        for pid, p in now.items():
            old = before.get(pid)
            if old is None or old["status"] != p["status"] or old["unsupported"] != p["unsupported"]:
                was = f"{old['status']} -> " if old else "new: "
                who = f"{' '.join(sorted({e.get('country') or '?' for e in p['actor']}))}"
                whom = f"{' '.join(sorted({e.get('country') or '?' for e in p['recipient']}))}"
                place = (p.get("location") or {}).get("name")
                click.echo(f"  {was}{p['status']}{' (unsupported)' if p['unsupported'] else ''}  {p['type']} "
                           f"{who or '-'} -> {whom or '-'}{' at ' + place if place else ''}  [{'; '.join(p['reasons'])}]")
        before = now
    counts = store.counts()
    click.echo("\nstore now holds " + ", ".join(f"{v} {k}" for k, v in counts.items()) + f" ({store.display_url})")
    click.echo("next: claimwatch ledger --claimed | claimwatch events --type ASSAULT | claimwatch claims --stance deny")
    for f in failures:
        click.echo(f"  failed: {f}", err=True)
    sys.exit(1 if failures else 0)


@cli.command()
@click.argument("corpus", required=False)
@click.option("--repeat", type=int, default=4, show_default=True, help="Times the corpus is repeated.")
@click.option("--workers", type=int, default=2, show_default=True)
@click.option("--limit", type=int, default=None, help="Use only the first N stories.")
def bench(corpus, repeat, workers, limit):
    """Stories per second and peak memory of extract, beside spaCy's full pipeline on the same texts.

    CORPUS is a JSONL file (default: ../shared/data/voa/voa_stories.jsonl when present).

    \b
    Example:
        claimwatch bench --repeat 4 --workers 2
    """
    from ..bench import default_corpus, run_bench
    corpus = corpus or default_corpus()
    if not corpus or not Path(corpus).exists():
        _fail("no corpus: give a JSONL file (the VOA stories live in ../shared/data/voa/)")
    result = run_bench(corpus, repeat=repeat, workers=workers, limit=limit)
    click.echo(json.dumps(result, indent=2))


@cli.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False), default=None,
              help="JSONL stories the gold refers to (default: the VOA stories in ../shared/data).")
@click.option("--split", default=None, help="Only gold items of this split (dev, test).")
@click.option("--workers", type=int, default=None)
def evaluate(gold, corpus, split, workers):
    """Score claimwatch against a gold file of events or claims (format: docs/annotation.md).

    Prints precision, recall and F1 per field as JSON.

    \b
    Example:
        claimwatch evaluate benchmarks/gold/events.jsonl --split test
    """
    from ..bench import default_corpus
    from ..evaluate import evaluate as run
    corpus = corpus or default_corpus()
    if not corpus:
        _fail("no corpus: name the JSONL stories the gold refers to with --corpus")
    try:
        result = run(gold, corpus, split=split, workers=workers)
    except (ValueError, KeyError) as err:
        _fail(f"cannot score {gold}: {err}")
    click.echo(json.dumps(result, indent=2))


from . import ledger_commands  # noqa: E402,F401  (registers claims, ledger, export on the group)


def main():
    from ..errors import DataFileError
    try:
        cli(prog_name="claimwatch")
    except DataFileError as err:  # a user's extension file: say which entry, no traceback
        _fail(str(err))


if __name__ == "__main__":
    main()
