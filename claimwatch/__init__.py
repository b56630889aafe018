"""claimwatch: news about conflicts and crises in, a checkable record of events and claims out.

    >>> import claimwatch
    >>> result = claimwatch.extract("Russia accused Ukraine of a drone attack on Monday.",
    ...                             published="2025-12-30")
    >>> [e.type for e in result.events]
    ['ACCUSE', 'ASSAULT']
"""
# Imported eagerly: the subpackage `claimwatch.extract` would otherwise shadow the function.
from .api import extract, extract_many, load_pipeline
from .records import Article, Claim, DateValue, Entity, Event, Evidence, Extraction, Place, Span

__version__ = "0.1.0"

__all__ = ["extract", "extract_many", "load_pipeline", "Article", "Claim", "DateValue", "Entity",
           "Event", "Evidence", "Extraction", "Place", "Span", "__version__"]
