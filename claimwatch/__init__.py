"""claimwatch: news about conflicts and crises in, a checkable record of events and claims out.

    >>> import claimwatch
    >>> result = claimwatch.extract("Russia accused Ukraine of a drone attack on Monday.",
    ...                             published="2025-12-30")
    >>> [e.type for e in result.events]
    ['ACCUSE', 'ASSAULT']
"""
from .records import Article, Claim, DateValue, Entity, Event, Evidence, Extraction, Place, Span

__version__ = "0.1.0"


def __getattr__(name):
    # The pipeline pulls in spaCy: import it only when asked, so `claimwatch --help` stays fast.
    if name in ("extract", "extract_many", "load_pipeline"):
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module 'claimwatch' has no attribute {name!r}")

__all__ = ["extract", "extract_many", "load_pipeline", "Article", "Claim", "DateValue", "Entity",
           "Event", "Evidence", "Extraction", "Place", "Span", "__version__"]
