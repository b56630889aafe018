"""Ingest: files, folders, feeds, JSONL corpora and URLs in; clean Article records out."""
from .article import make_article
from .sources import Failure, iter_articles

__all__ = ["make_article", "iter_articles", "Failure"]
