"""Clean plain text: normalise whitespace and drop page furniture lines ("Also read", "0 Comments")."""
import hashlib
import re
import unicodedata

# A line that opens with one of these is navigation or promotion, not story.
_FURNITURE_HEAD = re.compile(
    r"^\s*(also read|read more|read also|related( stories| articles| news)?|recommended|see also|more from|"
    r"you may also like|you might also like|trending( now)?|most read|advertisement|sponsored|"
    r"share( this)?( article| story)?|subscribe|sign up|follow us|click here|newsletter|"
    r"comments?|leave a comment|post a comment|tags?|filed under|copyright|all rights reserved)\b(?P<after>.?)",
    re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\s*(©|\(c\)\s*\d{4})")
_COMMENT_COUNT = re.compile(r"^\s*\d+\s+comments?\s*$", re.IGNORECASE)
_SHARE_BAR = re.compile(r"^\s*((share|tweet|email|print|facebook|twitter|x|whatsapp|linkedin|telegram)\s*[|·•]?\s*){2,}$",
                        re.IGNORECASE)
_BULLET = re.compile(r"^\s*([-–—•*·]|\d+[.)])\s+")


def normalise(text: str) -> str:
    """Unicode NFC, unified newlines, no control characters, no trailing spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def _is_headline_like(line: str) -> bool:
    """A short line without sentence punctuation at the end: a link title, not prose."""
    return len(line) < 160 and not line.rstrip().endswith((".", "!", "?", '"', "”", ":"))


def drop_furniture(text: str) -> str:
    """Remove navigation, related-link lists, share bars and comment counters, keeping story lines."""
    kept, in_list = [], False
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            in_list = False
            kept.append("")
            continue
        head = _FURNITURE_HEAD.match(stripped)
        # "Share prices rose." is a story line: furniture heads end the line or open a label or list
        furniture_head = head is not None and len(stripped) < 200 and (
            head.group("after") in ("", ":", "|", "-", "»", ">") or _is_headline_like(stripped))
        if furniture_head or _COMMENT_COUNT.match(stripped) or _SHARE_BAR.match(stripped) or _COPYRIGHT.match(stripped):
            in_list = True  # link lists follow such headers
            continue
        if in_list and _BULLET.match(stripped) and _is_headline_like(stripped):
            continue
        in_list = False
        kept.append(line)
    return split_dateline(re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip())


_DATELINE = re.compile(r"^([A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .]+)?(?:\s*\([^)]{1,40}\))?)\s+[-—–]+\s+(?=[A-Z“\"])")


def split_dateline(text: str) -> str:
    """"KYIV, Ukraine (AP) — Officials said ..." keeps its dateline on a line of its own, so the
    place is not read as part of the first sentence's subject."""
    return "\n".join(_DATELINE.sub(r"\1\n", line, count=1) for line in text.split("\n"))


def content_hash(text: str) -> str:
    """Hash of the text with case and spacing folded, so re-saved copies hash alike."""
    folded = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()
