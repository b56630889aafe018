"""NLP: one spaCy parse per article, handed on as plain Parse records (no spaCy objects leave here)."""
from .parse import Parse, parse_docs
from .pipeline import load_nlp

__all__ = ["Parse", "parse_docs", "load_nlp"]
