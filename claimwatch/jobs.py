"""Jobs that run the whole flow: ingest inputs into a store (the CLI's `ingest` and `demo`)."""
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from .api import extract_many, load_pipeline
from .ingest import Failure, iter_articles
from .ingest.sources import DEFAULT_MAX_MB
from .link.duplicates import DuplicateIndex, signatures
from .store import Store


@dataclass
class IngestReport:
    seen: int = 0
    added: int = 0
    skipped: int = 0  # already in the store, or twice in this input
    failures: list = field(default_factory=list)
    run_id: Optional[int] = None
    events: int = 0
    copies: int = 0  # near-duplicates of stored articles (wire copies)


def ingest(inputs: Iterable[str], store: Store, *, workers: Optional[int] = None, extra: Iterable[str] = (),
           max_mb: float = DEFAULT_MAX_MB, command: str = "ingest",
           progress: Optional[Callable[[int, int], None]] = None, dask: Optional[str] = None) -> IngestReport:
    """Read every input, extract what is new and write it; bad inputs are collected, never fatal."""
    return ingest_items(iter_articles(inputs, max_mb=max_mb), store, workers=workers, extra=extra, command=command,
                        progress=progress, dask=dask)


def ingest_items(items: Iterable, store: Store, *, workers: Optional[int] = None, extra: Iterable[str] = (),
                 command: str = "ingest", progress: Optional[Callable[[int, int], None]] = None,
                 dask: Optional[str] = None) -> IngestReport:
    """Extract and store Articles (Failures among them are recorded as such)."""
    report = IngestReport()
    known = store.known_hashes()
    todo = []
    for item in items:
        report.seen += 1
        if isinstance(item, Failure):
            report.failures.append(item)
        elif item.content_hash in known:
            report.skipped += 1
        else:
            known.add(item.content_hash)
            todo.append(item)
    pipeline = load_pipeline(extra)
    report.run_id = store.start_run(command, pipeline.versions())
    copies = DuplicateIndex(store.signatures()) if todo else None
    done = 0
    for article, result in zip(todo, extract_many(todo, workers=workers, extra=extra, dask=dask)):
        done += 1
        if isinstance(result, Exception):
            report.failures.append(Failure(article.source or article.id, "E100",
                                           f"extraction failed: {type(result).__name__}: {result}"))
        else:
            sig = signatures([article.text])[0]
            original = copies.original_of(sig)
            try:
                added = store.add_extraction(result, report.run_id, minhash=sig, duplicate_of=original)
            except Exception as err:  # one bad write is rolled back and reported; the run goes on
                report.failures.append(Failure(article.source or article.id, "E101",
                                               f"could not store: {type(err).__name__}: {str(err)[:200]}"))
                continue
            if added:
                report.added += 1
                report.events += len(result.events)
                report.copies += original is not None
                copies.add(store.article_id_for(article.content_hash), sig)
            else:
                report.skipped += 1
        if progress:
            progress(done, len(todo))
    store.finish_run(report.run_id, report.seen, report.added, report.skipped, report.failures)
    return report


def ledger(store: Store, extra: Iterable[str] = (), events: Optional[list] = None, claims: Optional[list] = None,
           articles: Optional[dict] = None) -> list:
    """The propositions of everything in the store, with alliances from the packaged file, the
    user files of earlier runs and `extra`. Callers that already read the events, claims or
    article metadata pass them in, so the store is read once."""
    from .link import build_ledger, load_alliances
    files = tuple(dict.fromkeys(list(store.extra_files()) + list(extra or ())))
    return build_ledger(store.events() if events is None else events, store.claims() if claims is None else claims,
                        store.article_meta() if articles is None else articles, load_alliances(files))
