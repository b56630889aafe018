"""claimwatch.extract.dates: date expressions resolved against the publication date."""
from datetime import date

import pytest

from claimwatch.extract.dates import find_dates, parse_published, publication_date
from claimwatch.records import DateValue

PUB = "2025-03-12T09:30:00Z"  # a Wednesday


def one_date(text: str, published: str = PUB) -> DateValue:
    found = find_dates(text, published)
    assert len(found) == 1, found
    start, end, value = found[0]
    assert text[start:end] == value.text
    return value


@pytest.mark.parametrize("text, expected", [
    ("The army said on Monday it shelled the town.", "2025-03-10"),
    ("Drones struck the port on Sunday, officials said.", "2025-03-09"),
    ("On Tuesday troops moved to the border.", "2025-03-11"),
    ("On Thursday troops moved to the border.", "2025-03-06"),
    ("The ministry said on Wednesday the talks had failed.", "2025-03-12"),  # the publication day itself
    ("Officials met last Wednesday in Geneva.", "2025-03-05"),
])
def test_find_dates_weekday_before_publication(text, expected):
    value = one_date(text)
    assert value.value == expected
    assert value.precision == "day"
    assert date.fromisoformat(value.value).weekday() == date.fromisoformat(expected).weekday()
    assert date.fromisoformat(value.value) <= date(2025, 3, 12)


def test_find_dates_next_weekday_is_after_publication():
    value = one_date("Ministers will meet next Friday in Vienna.")
    assert value.value == "2025-03-14"


@pytest.mark.parametrize("word, expected", [
    ("yesterday", "2025-03-11"),
    ("today", "2025-03-12"),
    ("tomorrow", "2025-03-13"),
])
def test_find_dates_relative_day(word, expected):
    value = one_date(f"Russian forces shelled Kharkiv {word}, the governor said.")
    assert (value.value, value.text, value.precision) == (expected, word, "day")


@pytest.mark.parametrize("text, expected, precision", [
    ("Talks were held last week in Istanbul.", "2025-03-03", "week"),  # a week is given by its Monday
    ("The law passed last year.", "2024", "year"),
    ("The offensive began last month.", "2025-02", "month"),
])
def test_find_dates_last_week_precision(text, expected, precision):
    value = one_date(text)
    assert value.precision == precision
    assert value.value.startswith(expected)


@pytest.mark.parametrize("published, text, expected", [
    (PUB, "The offensive began in March.", "2025-03"),
    (PUB, "The offensive began in February.", "2025-02"),
    (PUB, "The offensive began in April.", "2024-04"),
    (PUB, "Shelling has continued since December.", "2024-12"),
    ("2025-12-30", "The offensive began in March.", "2025-03"),
    ("2025-01-02", "The offensive began in March.", "2024-03"),
    (PUB, "The offensive began in March 2023.", "2023-03"),
])
def test_find_dates_month_is_most_recent_not_after_publication(published, text, expected):
    value = one_date(text, published)
    assert value.precision == "month"
    assert value.value == expected
    assert value.value <= published[:7]


@pytest.mark.parametrize("text, expected", [
    ("It happened on March 14, 2025, officials said.", "2025-03-14"),
    ("The strike on March 4 killed three people.", "2025-03-04"),
    ("The convoy left on 3 March 2025 for the border.", "2025-03-03"),
    ("The ceasefire of Sept. 3, 2024 collapsed.", "2024-09-03"),
    ("Fighting resumed on December 20 after a lull.", "2024-12-20"),  # no year: the last December 20
    ("The report dated 2025-02-01 was leaked.", "2025-02-01"),
])
def test_find_dates_explicit_day(text, expected):
    value = one_date(text)
    assert (value.value, value.precision) == (expected, "day")


@pytest.mark.parametrize("text", ["The strike happened on May 5.", "On May 5, troops crossed the river."])
def test_find_dates_may_day_before_punctuation(text):
    value = one_date(text, "2025-06-12")
    assert (value.value, value.precision) == ("2025-05-05", "day")


@pytest.mark.parametrize("text, days", [
    ("A day after the strike, officials met in the capital.", 1),
    ("Two days after the attack, the ministry issued a statement.", 2),
    ("Three days later, talks resumed.", 3),
])
def test_find_dates_days_after(text, days):
    value = one_date(text)
    assert value.precision == "day"
    resolved = date.fromisoformat(value.value)
    # The anchor event is unknown; the resolver places it `days` from the publication date, never after it.
    assert (date(2025, 3, 12) - resolved).days == days


def test_find_dates_days_ago():
    value = one_date("Two days ago the army said it had withdrawn.")
    assert (value.value, value.precision) == ("2025-03-10", "day")


@pytest.mark.parametrize("text, expected", [
    ("The war began in 2022.", "2022"),
    ("Sanctions have been in force since 2014.", "2014"),
    ("A trial opened over the 2004 bombing of a French base.", "2004"),
])
def test_find_dates_year(text, expected):
    value = one_date(text)
    assert (value.value, value.precision) == (expected, "year")


def test_find_dates_several_in_order_without_overlap():
    text = "On Monday the army said it had shelled the town on March 4, 2025; talks were held last week."
    found = find_dates(text, PUB)
    assert [v.text for _, _, v in found] == ["On Monday", "March 4, 2025", "last week"]
    assert [s for s, _, _ in found] == sorted(s for s, _, _ in found)
    for (s1, e1, _), (s2, _, _) in zip(found, found[1:]):
        assert e1 <= s2


@pytest.mark.parametrize("published", [None, "", "garbage", "not a date at all"])
def test_find_dates_without_publication_date_is_empty(published):
    assert find_dates("The army said on Monday it shelled the town yesterday.", published) == []


def test_find_dates_text_without_dates_is_empty():
    assert find_dates("The army said it shelled the town.", PUB) == []


@pytest.mark.parametrize("value, expected", [
    ("2025-03-12T09:30:00Z", date(2025, 3, 12)),
    ("2025-03-12T23:59:59+02:00", date(2025, 3, 12)),
    ("2025-03-12", date(2025, 3, 12)),
    ("Tue, 11 Mar 2025 08:00:00 GMT", date(2025, 3, 11)),
    ("Wed, 02 Apr 2031 09:15:00 +0000", date(2031, 4, 2)),
    ("Published 2025-03-12 by the wire", date(2025, 3, 12)),
])
def test_parse_published_formats(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", [None, "", "garbage", "yesterday", "32/13/2025"])
def test_parse_published_garbage_is_none(value):
    assert parse_published(value) is None


@pytest.mark.parametrize("value, expected", [
    ("2025-03-12T09:30:00Z", DateValue("2025-03-12", None, "day")),
    ("garbage", DateValue(None, None, "unknown")),
    (None, DateValue(None, None, "unknown")),
])
def test_publication_date_value_and_precision(value, expected):
    assert publication_date(value) == expected
