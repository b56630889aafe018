"""Shared fixtures: the shared/ folder, a SQLite store in tmp_path, the PostgreSQL test URL."""
import os
from pathlib import Path

import pytest

from claimwatch.store import open_store


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared/ folder (CLAIMWATCH_SHARED, else ../shared beside the repository)."""
    path = Path(os.environ.get("CLAIMWATCH_SHARED") or Path(__file__).resolve().parents[2] / "shared")
    if not path.is_dir():
        pytest.skip(f"shared folder not found at {path} (set CLAIMWATCH_SHARED)")
    return path


@pytest.fixture
def tmp_store(tmp_path):
    """A migrated Store on a fresh SQLite file."""
    store = open_store(str(tmp_path / "claimwatch.db"))
    yield store
    store.close()


@pytest.fixture
def pg_url() -> str:
    """The PostgreSQL URL of CLAIMWATCH_TEST_PG (a database the tests may wipe)."""
    url = os.environ.get("CLAIMWATCH_TEST_PG")
    if not url:
        pytest.skip("CLAIMWATCH_TEST_PG is not set")
    return url
