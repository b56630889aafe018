"""Versioned data files (dictionaries, lexicons, ontologies) loaded by name, extendable by the user.

A user adds entries with YAML files in the same format, named in CLAIMWATCH_EXTRA (paths joined by
os.pathsep) or passed to `load_pipeline(extra=[...])`; their `name`/`version` are recorded per run."""
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml

DATA = Path(__file__).parent / "data"
try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader


@lru_cache(maxsize=None)
def read_yaml(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=_Loader) or {}
    if not isinstance(doc, dict):
        raise ValueError(f"{path}: a claimwatch data file is a YAML mapping with name, version and entries")
    return doc


def data_file(relative: str) -> Path:
    return DATA / relative


def extra_files(extra: Iterable[str] = ()) -> tuple:
    env = os.environ.get("CLAIMWATCH_EXTRA", "")
    files = [p for p in env.split(os.pathsep) if p] + list(extra or ())
    return tuple(str(Path(p).resolve()) for p in files)


def version_tag(doc: dict, fallback: str) -> str:
    return f"{doc.get('name', fallback)}.v{doc.get('version', 1)}"
