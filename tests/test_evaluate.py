"""Gold-file plumbing of claimwatch.evaluate (no model)."""
import pytest

from claimwatch.evaluate import align, gold_kind


def test_align_follows_dropped_characters():
    raw, clean = "Kyiv  said\n\nno", "Kyiv said no"
    m = align(raw, clean)
    assert clean[m[raw.index("said")]:m[raw.index("said") + 4]] == "said"
    assert m[len(raw)] == len(clean)


def test_align_survives_rewritten_characters():
    # the cleaner turns an em-dash dateline into a line of its own: a rewrite, not only a drop
    raw = "Title\nMARANCHON, SPAIN \u2014 The air was cold. A report also finds growth."
    clean = "Title\nMARANCHON, SPAIN\nThe air was cold. A report also finds growth."
    m = align(raw, clean)
    start, end = raw.index("A report"), raw.index("growth") + len("growth")
    assert clean[m[start]:m[end]] == "A report also finds growth"


@pytest.mark.parametrize("row,kind", [
    ({"cue": {}}, "claims"), ({"trigger": {}}, "events"), ({"kind": "document"}, "evidence"), ({"kind": None}, "evidence"),
])
def test_gold_kind_from_fields(row, kind):
    assert gold_kind([row]) == kind


def test_gold_kind_unknown_rows_are_refused_with_a_hint():
    with pytest.raises(ValueError, match="docs/accuracy.md"):
        gold_kind([{"text": "x"}])
