"""Walk the inputs (files, folders, JSONL corpora, RSS/Atom feeds, URLs, stdin) and yield Articles.

A bad input never stops the walk: it is yielded as a Failure with a coded reason."""
import json
import os
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..errors import E002, E003, E004, E005, E006, E009, E010, E012, ClaimwatchError
from ..records import Article
from .article import make_article

DEFAULT_MAX_MB = 10.0
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SKIP_NAMES = {".DS_Store", "Thumbs.db"}
# Inside a folder only these are read (a file named on the command line is always read).
ARTICLE_SUFFIXES = {"", ".txt", ".text"} | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | {".json"}


@dataclass(frozen=True)
class Failure:
    source: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.code} {self.message}"


Item = Union[Article, Failure]


def decode(data: bytes, max_mb: float = DEFAULT_MAX_MB) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else a confident guess; binary and huge input refused."""
    if not data.strip():
        return ""
    size_mb = len(data) / 1e6
    if size_mb > max_mb:
        raise ClaimwatchError("E003", E003.format(size_mb=size_mb, limit_mb=max_mb))
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0 and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ClaimwatchError("E002", E002.format(offset=nul))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        first_error = err
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8",):
        raise ClaimwatchError("E004", E004.format(detail=f"invalid UTF-8 at byte {first_error.start}"))
    return str(best)


def _sniff_kind(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    head = text.lstrip()[:500].lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES or (head.startswith("<?xml") and ("<rss" in text[:2000].lower() or "<feed" in text[:2000].lower())) \
            or head.startswith(("<rss", "<feed")):
        return "feed"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".json" or (head.startswith("{") and ('"text"' in text[:5000] or '"html"' in text[:5000])):
        return "jsonl"
    return "text"


def _from_record(obj: dict, where: str, line_no: int, outlet_default=None) -> Item:
    if not isinstance(obj, dict):
        return Failure(where, "E006", E006.format(line=line_no))
    content = obj.get("text") if obj.get("text") else obj.get("html")
    if not isinstance(content, str) or not content.strip():
        return Failure(where, "E006", E006.format(line=line_no))
    try:
        return make_article(content, id=obj.get("id", f"{Path(where).stem}-{line_no}"), title=obj.get("title"),
                            published=obj.get("published") or obj.get("date"), url=obj.get("url"),
                            outlet=obj.get("outlet") or outlet_default, html=not obj.get("text"),
                            source=f"{where}:{line_no}")
    except ClaimwatchError as err:
        return Failure(f"{where}:{line_no} (id {obj.get('id')})", err.code, err.message)


def iter_jsonl(text: str, where: str) -> Iterator[Item]:
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(f"{where}:{line_no}", "E005", E005.format(line=line_no, detail=err.msg))
            continue
        yield _from_record(obj, where, line_no)


def iter_feed(text: str, where: str) -> Iterator[Item]:
    import feedparser
    feed = feedparser.parse(text)
    if not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "no entries"))
        yield Failure(where, "E009", E009.format(detail=reason[:200]))
        return
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        content = ""
        if entry.get("content"):
            content = entry.content[0].get("value", "")
        content = content or entry.get("summary", "")
        obj = {"id": entry.get("id") or entry.get("link") or f"{Path(where).stem}-{n}", "html": f"<html><body><article><p>{content}</p></article></body></html>" if content else "",
               "title": entry.get("title"), "published": entry.get("published") or entry.get("updated"),
               "url": entry.get("link"), "outlet": outlet}
        yield _from_record(obj, where, n)


def iter_file(path: Path, max_mb: float = DEFAULT_MAX_MB) -> Iterator[Item]:
    where = str(path)
    try:
        data = path.read_bytes() if where != "-" else sys.stdin.buffer.read()
        text = decode(data, max_mb)
    except ClaimwatchError as err:
        yield Failure(where, err.code, err.message)
        return
    except OSError as err:
        yield Failure(where, "E010", E010.format(path=where, detail=err.strerror or err))
        return
    if not text.strip():
        yield Failure(where, "E001", "empty file: there is no text to read")
        return
    kind = _sniff_kind(path, text)
    if kind == "jsonl":
        yield from iter_jsonl(text, where)
    elif kind == "feed":
        yield from iter_feed(text, where)
    else:
        try:
            yield make_article(text, id=path.stem if where != "-" else None, html=(kind == "html") or None, source=where)
        except ClaimwatchError as err:
            yield Failure(where, err.code, err.message)


def iter_url(url: str, max_mb: float = DEFAULT_MAX_MB) -> Iterator[Item]:
    try:
        req = urllib.request.Request(url, headers={"User-Agent": "claimwatch/0.1"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            data = resp.read(int(max_mb * 1e6) + 1)
        text = decode(data, max_mb)
        yield make_article(text, url=url, html=True, source=url)
    except ClaimwatchError as err:
        yield Failure(url, err.code, err.message)
    except Exception as err:  # network errors of every kind: report, go on
        yield Failure(url, "E010", E010.format(path=url, detail=err))


def iter_articles(inputs: Iterable[str], max_mb: float = DEFAULT_MAX_MB) -> Iterator[Item]:
    """Every article of every input, in order; folders are walked recursively in name order."""
    for raw in inputs:
        if raw.startswith(("http://", "https://")):
            yield from iter_url(raw, max_mb)
            continue
        path = Path(raw)
        if raw == "-":
            yield from iter_file(path, max_mb)
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name in SKIP_NAMES or Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
                        continue
                    yield from iter_file(Path(root) / name, max_mb)
        elif path.exists():
            yield from iter_file(path, max_mb)
        else:
            yield Failure(raw, "E012", E012.format(path=raw))
