"""Build one Article record from text or HTML and what is known about it."""
from typing import Optional

from ..errors import E001, E007, E008, E013, ClaimwatchError
from ..records import Article
from .clean import content_hash, drop_furniture, normalise
from .html import html_to_text, looks_like_html
from .language import detect_language

MIN_WORDS = 3


def _split_title(text: str) -> tuple[Optional[str], str]:
    """A first line that reads like a headline (short, no final full stop) is the title."""
    first, _, rest = text.partition("\n")
    if rest.strip() and 0 < len(first) < 200 and not first.rstrip().endswith((".", ":")):
        return first.strip(), rest
    return None, text


def make_article(content: str, *, id: Optional[str] = None, title: Optional[str] = None,
                 published: Optional[str] = None, url: Optional[str] = None, outlet: Optional[str] = None,
                 html: Optional[bool] = None, source: Optional[str] = None,
                 check_language: bool = True) -> Article:
    """Clean `content` (text or HTML) into an Article whose `text` is title + body.

    Raises ClaimwatchError for empty, furniture-only or non-English input."""
    if content is None or not content.strip():
        raise ClaimwatchError("E001", E001)
    if html or (html is None and looks_like_html(content)):
        body, meta = html_to_text(content, url=url)
        if not body.strip():
            raise ClaimwatchError("E008", E008)
        title = title or meta.get("title")
        published = published or meta.get("published")
        outlet = outlet or meta.get("outlet")
        url = url or meta.get("url")
        body = drop_furniture(normalise(body))
    else:
        body = drop_furniture(normalise(content))
        if title is None:
            title, body = _split_title(body)
            body = body.strip()
    title = normalise(title).replace("\n", " ").strip() if title else None
    if title and body.startswith(title):
        body = body[len(title):].lstrip()
    text = f"{title}\n{body}" if title else body
    n_words = len(text.split())
    if n_words < MIN_WORDS:
        raise ClaimwatchError("E013", E013.format(n=n_words))
    lang = detect_language(body or text)
    if check_language and lang != "en":
        raise ClaimwatchError("E007", E007.format(lang=lang))
    digest = content_hash(text)
    return Article(id=str(id) if id is not None else digest[:16], text=text, title=title, url=url,
                   outlet=outlet, published=str(published) if published else None, language=lang,
                   content_hash=digest, source=source)
