"""Link: claims and events across articles into ledger propositions with a status."""
from .ledger import build_ledger, load_alliances

__all__ = ["build_ledger", "load_alliances"]
