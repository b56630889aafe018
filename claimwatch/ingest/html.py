"""HTML pages to clean story text with trafilatura (comments, navigation and link lists left out)."""
from typing import Optional

import trafilatura


def html_to_text(html: str, url: Optional[str] = None) -> tuple[str, dict]:
    """The story text of a page and its metadata (title, date, outlet); text is '' when none."""
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               include_links=False, include_images=False, favor_precision=True,
                               deduplicate=False)  # its cache is process-wide: repeats came back empty or ""
    meta = {}
    try:
        md = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # metadata is a bonus: a page without it still has text
        md = None
    if md is not None:
        meta = {"title": md.title, "published": md.date, "outlet": md.sitename, "url": md.url}
    return text, {k: v for k, v in meta.items() if v}


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or ("<p>" in head and "</p>" in head)
