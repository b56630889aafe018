"""Dates: the publication date plus explicit and relative expressions ("on Monday", "last week",
"a day after", "in March", "March 14, 2025") turned into calendar dates with a precision."""
import re
from datetime import date, datetime, timedelta
from typing import Optional

from ..records import DateValue

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_PATTERNS = [
    ("mdy", re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("weekday", re.compile(r"\b(?:(last|this|next|on)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("relday", re.compile(r"\b(yesterday|today|tonight|tomorrow)\b", re.I)),
    ("ndays", re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(day|week|month|year)s?\s+(earlier|before|ago|after|later|prior)\b", re.I)),
    ("last", re.compile(r"\b(last|this|next|past)\s+(week|month|year|weekend)\b", re.I)),
    ("month", re.compile(rf"\b(?:in|since|during|until|by|early|late|mid-?)\s+{_MON}(?:\s+(\d{{4}}))?\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|until|by)\s+((?:19|20)\d{2})\b", re.I)),
    # "the 2004 bombing", "the 2015 nuclear deal": a year naming the event it stands before
    ("year", re.compile(r"(?:(?<=\bthe )|(?<=\ba )|(?<=\bits )|(?<=\btheir )|(?<=\bhis )|(?<=\bher ))"
                        r"((?:19|20)\d{2})(?=\s+[a-z])")),
]


def parse_published(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _before(ref: date, month: int, day: int = 1, year: Optional[int] = None) -> date:
    """The month/day on or before the reference date, when the year is not written."""
    y = year or ref.year
    try:
        d = date(y, month, day)
    except ValueError:
        d = date(y, month, 1)
    if year is None and d > ref + timedelta(days=7):
        d = d.replace(year=y - 1)
    return d


def _resolve(kind: str, m: re.Match, ref: date) -> Optional[DateValue]:
    t = m.group(0)
    if kind == "mdy":
        return DateValue(_before(ref, MONTHS[m.group(1).lower().rstrip(".")[:4].rstrip("t") if m.group(1).lower().startswith("sept") else m.group(1).lower()[:3]], int(m.group(2)), int(m.group(3)) if m.group(3) else None).isoformat(), t, "day")
    if kind == "dmy":
        return DateValue(_before(ref, MONTHS[m.group(2).lower()[:3]], int(m.group(1)), int(m.group(3)) if m.group(3) else None).isoformat(), t, "day")
    if kind == "iso":
        try:
            return DateValue(date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat(), t, "day")
        except ValueError:
            return None
    if kind == "weekday":
        which, wd = (m.group(1) or "").lower(), WEEKDAYS[m.group(2).lower()]
        delta = (ref.weekday() - wd) % 7
        d = ref + timedelta(days=(7 - delta) % 7 or 7) if which == "next" else ref - timedelta(days=delta)
        if which == "last" and delta == 0:
            d = ref - timedelta(days=7)
        return DateValue(d.isoformat(), t, "day")
    if kind == "relday":
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group(1).lower()]
        return DateValue((ref + timedelta(days=shift)).isoformat(), t, "day")
    if kind == "ndays":
        n = NUMBERS.get(m.group(1).lower()) or int(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
        unit = m.group(2).lower()
        if m.group(3).lower() in ("after", "later") and unit in ("month", "year"):
            return None  # "14 years after the Arab Spring": an anniversary, not the event's date
        days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        return DateValue((ref - timedelta(days=days)).isoformat(), t, unit if unit != "day" else "day")
    if kind == "last":
        which, unit = m.group(1).lower(), m.group(2).lower()
        sign = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "month":
            y, mo = ref.year, ref.month + sign
            y, mo = (y - 1, 12) if mo < 1 else (y + 1, 1) if mo > 12 else (y, mo)
            return DateValue(f"{y:04d}-{mo:02d}", t, "month")
        if unit == "year":
            return DateValue(f"{ref.year + sign:04d}", t, "year")
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * sign)  # weeks start on Monday
        return DateValue(monday.isoformat(), t, "week")
    if kind == "month":
        mon = MONTHS[m.group(1).lower().rstrip(".")[:3]]
        year = int(m.group(2)) if m.group(2) else None
        return DateValue(_before(ref, mon, 1, year).isoformat()[:7], t, "month")
    if kind == "year":
        return DateValue(m.group(1), t, "year")
    return None


def find_dates(text: str, published: Optional[str]) -> list:
    """(start char, end char, DateValue) of every date expression in `text`, in order."""
    ref = parse_published(published)
    if ref is None:
        return []
    out, taken = [], []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind in ("mdy", "month") and m.group(1) == "may":
                continue  # the verb "may", not the month (which is written May)
            value = _resolve(kind, m, ref)
            if value is not None:
                out.append((m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    out.sort(key=lambda x: x[0])
    return out


def publication_date(published: Optional[str]) -> DateValue:
    ref = parse_published(published)
    return DateValue(ref.isoformat() if ref else None, None, "day" if ref else "unknown")
