"""The `claimwatch` command line: thin commands over the library and the store."""
from .main import cli

__all__ = ["cli"]
