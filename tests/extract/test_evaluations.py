"""Events of judgement ("inhumane", "deeply concerned") on sentences written for these tests (real model)."""
import pytest

pytestmark = [pytest.mark.model]


def extraction(text, published="2025-03-14"):
    import claimwatch
    return claimwatch.extract(text, published=published, id="t")


def judgements(text):
    return [e for e in extraction(text).events if e.type == "ACCUSE"]


def codes(entities):
    return {e.country for e in entities if e.country}


@pytest.mark.parametrize("text,word,actor,recipient", [
    ("Australia said China's naval drills were provocative and irresponsible.", "provocative and irresponsible", "AUS", "CHN"),
    ("The United States is deeply concerned about Iran's missile program, Secretary of State Marco Rubio said.",
     "concerned", "USA", "IRN"),
    ("\"We are deeply troubled by Russia's decision,\" the French foreign ministry said in a statement.", "troubled", "FRA", "RUS"),
    ("Japanese Prime Minister Shigeru Ishiba described the Chinese move as unacceptable.", "unacceptable", "JPN", "CHN"),
])
def test_evaluations_a_judgement_is_an_accusation_by_the_speaker(text, word, actor, recipient):
    found = judgements(text)
    assert [e.trigger.text for e in found] == [word]
    ev = found[0]
    assert actor in codes(ev.actor) and recipient in codes(ev.recipient)
    assert ev.reality == "asserted"


def test_evaluations_the_claim_lists_its_judgement():
    x = extraction("\"This is unacceptable,\" Canadian Foreign Minister Melanie Joly said of the tariffs.")
    ev = judgements(x.article.text)[0]
    claim = next(c for c in x.claims if c.id == ev.claim_id)
    assert ev.id in claim.event_ids and codes(ev.actor) == {"CAN"}


@pytest.mark.parametrize("text", [
    "It was a chilling message for the country's journalists in Harare.",  # the reporter's own word
    "Officials said the countries concerned must hold talks in Geneva.",  # "the countries concerned": no feeling
    "Rubio said the move was not unacceptable to Washington.",  # negated
    "Illegal fishing by Chinese boats continued, Philippine officials said.",  # attributive, and not listed
])
def test_evaluations_no_judgement(text):
    assert judgements(text) == []


def test_evaluations_one_judgement_per_sentence_and_speaker():
    found = judgements("\"This is unacceptable; it is an unacceptable situation,\" Turkish adviser Mesut Casin "
                       "said of Israel's raids.")
    assert len(found) == 1


def test_evaluations_not_coded_twice_where_the_trigger_lexicon_codes_the_word():
    x = extraction("Germany condemned the attack on Kyiv as unacceptable.")
    starts = [e.trigger.start for e in x.events if e.type == "ACCUSE"]
    assert len(starts) == len(set(starts))
