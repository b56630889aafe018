"""claimwatch.ingest.clean: furniture lines dropped, story lines kept, stable hashes, normalised text."""
import pytest

from claimwatch.ingest.clean import content_hash, drop_furniture, normalise

STORY_1 = "Russian forces shelled the town of Kupiansk overnight, the regional governor said on Monday."
STORY_2 = "Two civilians were killed and five wounded in the attack, according to local officials."
STORY_DASH = "- The army said the strike destroyed a fuel depot and damaged three nearby homes."


@pytest.mark.parametrize("furniture", [
    "Also Read:- Ukraine says drones hit refinery in Ryazan\n- Kremlin denies talks with Kyiv\n- NATO ministers meet in Brussels",
    "Also read: Ceasefire talks stall in Geneva",
    "Read More: Drone attack on Odesa port",
    "Read more\n• Who controls Pokrovsk now\n• Maps of the front line",
    "0 Comments",
    "12 comments",
    "Share | Tweet | Email",
    "Facebook Twitter WhatsApp",
    "Share this article",
    "Advertisement",
    "Related Stories\n1. Talks in Istanbul end without a deal\n2) Prisoner swap delayed again",
    "Tags: Ukraine, Russia, war",
    "Subscribe to our newsletter",
])
def test_drop_furniture_removes_furniture_between_story_lines(furniture):
    text = f"{STORY_1}\n{furniture}\n{STORY_2}"
    out = drop_furniture(text)
    assert out.splitlines() == [STORY_1, STORY_2]


def test_drop_furniture_removes_headline_list_after_also_read():
    text = ("Also Read:- Ukraine says drones hit refinery in Ryazan\n"
            "- Kremlin denies talks with Kyiv\n"
            "- NATO ministers meet in Brussels\n"
            "\n"
            f"{STORY_1}")
    out = drop_furniture(text)
    assert out == STORY_1
    for word in ("Ryazan", "Kremlin", "Brussels", "Also Read"):
        assert word not in out


def test_drop_furniture_keeps_dash_story_line_after_blank_line():
    text = ("Also Read:- Ukraine says drones hit refinery in Ryazan\n"
            "- Kremlin denies talks with Kyiv\n"
            "\n"
            f"{STORY_DASH}\n"
            f"{STORY_2}")
    out = drop_furniture(text)
    assert out.splitlines() == [STORY_DASH, STORY_2]


def test_drop_furniture_keeps_full_sentence_bullet_inside_list():
    # A bullet that is a full sentence (ends with a period) is prose, even right after a link header.
    text = f"Read more: Frontline updates\n{STORY_DASH}\n{STORY_2}"
    assert drop_furniture(text).splitlines() == [STORY_DASH, STORY_2]


@pytest.mark.parametrize("story", [
    STORY_1,
    STORY_DASH,
    "Officials said the attack began at dawn and lasted three hours.",
    "- Ceasefire holds in the north",  # a bullet headline with no furniture header before it is kept
    "Commentators in Moscow said the strike was a warning to Kyiv.",
    "Sharing intelligence with allies is a priority, the minister said.",
    "Readings from the seismic station showed three blasts.",
])
def test_drop_furniture_keeps_story_lines(story):
    text = f"{STORY_1}\n\n{story}\n{STORY_2}"
    out = drop_furniture(text)
    assert story in out.splitlines()
    assert out.splitlines()[0] == STORY_1 and out.splitlines()[-1] == STORY_2


@pytest.mark.parametrize("story", [
    "Share prices of defence companies rose sharply after the attack, traders said.",
    "Comments by the foreign minister angered officials in Kyiv, diplomats said.",
    "Related talks in Geneva collapsed on Friday without a statement.",
    "Recommended evacuation orders were issued for three villages near the border.",
])
def test_drop_furniture_keeps_story_sentence_starting_with_furniture_word(story):
    assert drop_furniture(f"{STORY_1}\n{story}") == f"{STORY_1}\n{story}"


def test_drop_furniture_removes_copyright_sign_line():
    assert drop_furniture(f"{STORY_1}\n© 2025 Example News") == STORY_1


def test_drop_furniture_collapses_blank_runs_and_strips():
    text = f"\n\n{STORY_1}\n0 Comments\n\n\n\n{STORY_2}\n\n"
    assert drop_furniture(text) == f"{STORY_1}\n\n{STORY_2}"


@pytest.mark.parametrize("variant", [
    STORY_1.upper(),
    STORY_1.lower(),
    "  " + STORY_1.replace(" ", "   ") + "\n\n",
    STORY_1.replace(" ", "\n"),
    STORY_1.replace(" ", "\t"),
])
def test_content_hash_stable_under_whitespace_and_case(variant):
    assert content_hash(variant) == content_hash(STORY_1)


@pytest.mark.parametrize("other", [
    STORY_2,
    STORY_1.replace("Monday", "Tuesday"),
    STORY_1 + " More.",
    STORY_1.replace(" ", ""),
])
def test_content_hash_differs_for_different_text(other):
    assert content_hash(other) != content_hash(STORY_1)


def test_content_hash_is_sha256_hex():
    h = content_hash(STORY_1)
    assert len(h) == 64 and int(h, 16) >= 0


@pytest.mark.parametrize("raw, expected", [
    ("Kyiv\x00 said", "Kyiv said"),
    ("a\x07b\x1bc", "abc"),
    ("zero\u200bwidth", "zerowidth"),
    ("line one\r\nline two\rline three", "line one\nline two\nline three"),
    ("non\u00a0breaking   space\t\ttab  ", "non breaking space tab"),
    ("Cafe\u0301", "Caf\u00e9"),  # NFC
    ("keeps\nnewlines", "keeps\nnewlines"),
])
def test_normalise_removes_control_chars(raw, expected):
    assert normalise(raw) == expected


def test_normalise_leaves_no_control_characters():
    import unicodedata
    raw = "".join(chr(c) for c in range(0, 0x20)) + "text" + "".join(chr(c) for c in range(0x7f, 0xa0))
    out = normalise(raw)
    assert all(ch == "\n" or unicodedata.category(ch)[0] != "C" for ch in out)
    assert "text" in out
