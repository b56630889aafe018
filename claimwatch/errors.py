"""Coded error messages: what went wrong and what to do about it."""


class ClaimwatchError(Exception):
    """An error with a code and a message meant for the user."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


E001 = "empty input: there is no text to read"
E002 = "binary data, not text (a NUL byte at offset {offset}); give a text, HTML, JSONL or feed file"
E003 = "input is {size_mb:.1f} MB, over the {limit_mb:.0f} MB limit for one article; raise it with --max-mb"
E004 = "cannot decode the bytes as text ({detail}); save the file as UTF-8"
E005 = "line {line}: not valid JSON ({detail})"
E006 = "line {line}: a JSON article needs a 'text' or 'html' field"
E007 = "language '{lang}' is not supported: claimwatch reads English; skipped"
E008 = "no article text found in the HTML page (only page furniture)"
E009 = "malformed feed: {detail}"
E010 = "cannot read {path}: {detail}"
E011 = "unknown store URL '{url}': give a file path or a postgresql:// URL"
E012 = "no such path: {path}"
E013 = "too little text to be an article ({n} words)"
E014 = "{detail}; fix the file or leave it out of CLAIMWATCH_EXTRA / --extra"


class DataFileError(ClaimwatchError, ValueError):
    """A user's dictionary or lexicon file that cannot be used as it is (E014)."""

    def __init__(self, detail: str):
        super().__init__("E014", E014.format(detail=detail))
