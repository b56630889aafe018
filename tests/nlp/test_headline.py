"""Title Case headlines are put in sentence case for the parser, names kept (no model)."""
import pytest

from claimwatch.nlp.headline import is_title_case, sentence_case_headline

PLAIN = {"sanction", "open", "trial", "bombing", "send", "raise", "question", "criticize", "protest", "hold", "talk"}


@pytest.mark.parametrize("text,expected", [
    ("US Sanction of Former Albanian PM Sends Message\nbody", "US sanction of Former Albanian PM sends Message\nbody"),
    ("Trial Opens in 2004 Bombing of French Base\nbody", "Trial opens in 2004 bombing of French Base\nbody"),
    ("Turkey Criticizes Israel over Palestinian Protests\nbody", "Turkey criticizes Israel over Palestinian protests\nbody"),
    # an irregular past form is its lemma's word
    ("Ethiopia and Eritrea Held Talks in Asmara\nbody", "Ethiopia and Eritrea held talks in Asmara\nbody"),
])
def test_headline_in_title_case_is_put_in_sentence_case(text, expected):
    out = sentence_case_headline(text, PLAIN)
    assert out == expected and len(out) == len(text)


def test_headline_names_and_sentence_case_lines_are_left_alone():
    assert sentence_case_headline("Afghanistan denies link to train attack\nbody", PLAIN) == \
        "Afghanistan denies link to train attack\nbody"
    assert sentence_case_headline("Protest Sanction Trial Opens Today\nx", PLAIN, names={"Protest"}).startswith("Protest sanction")
    assert not is_title_case("Only three Words")


def test_headline_multi_word_names_keep_their_capitals():
    from claimwatch.nlp.headline import name_pairs
    pairs = name_pairs({"White House", "Security Council"})
    out = sentence_case_headline("Trump Hosts Leaders at White House Amid Security Council Talks\nx",
                                 {"host", "house", "council", "talk"}, pairs=pairs)
    assert out.startswith("Trump hosts Leaders at White House amid Security Council talks")


def test_headline_words_the_story_writes_in_lower_case_are_ordinary_words():
    text = "Operation Against Militants Continues in Forest\nTroops pushed deeper into the forest on Monday."
    out = sentence_case_headline(text, PLAIN)
    assert out.endswith("in forest\nTroops pushed deeper into the forest on Monday.") and len(out) == len(text)
    # the name stays a name when the story never writes the word in lower case
    text = "Operation Against Militants Continues in Forest\nTroops reached Forest, a town near Brussels."
    assert "in Forest\n" in sentence_case_headline(text, PLAIN)


@pytest.mark.parametrize("line, title", [
    ("The Netherlands returned 119 Benin Bronzes to Nigeria at a ceremony in Lagos on Saturday.", False),
    ("Thailand President Visits Oslo As Part of Multi-country Tour", True),
    ("All sides in Aruba Conflict Agree to Implement Ceasefire", True),
    ("Trial Opens in 2004 Bombing of French Base in Ivory Coast", True),
])
def test_headline_a_sentence_full_of_names_is_no_title_case_headline(line, title):
    # a sentence that writes two longer ordinary words in lower case is a sentence, whatever its names
    assert is_title_case(line) is title
