"""Store: SQLite by default, PostgreSQL by URL; all SQL of claimwatch lives here."""
from .db import Store, open_store

__all__ = ["Store", "open_store"]
