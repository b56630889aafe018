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
    # words of law and danger judge only after a judging verb; "as" before the word
    ("Russia's foreign ministry called the American sanctions illegal.", "illegal", "RUS", "USA"),
    ("China described the Japanese deployment as dangerous.", "dangerous", "CHN", "JPN"),
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
    "It is illegal to cross the border without a visa, Kenyan officials said.",  # no judging verb
    # a feeling denied
    "There is no reason to be concerned about Russia's ties with North Korea, the ambassador said.",
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


@pytest.mark.parametrize("text,etype,trigger,actor,recipient", [
    ("\"Washington needs to act,\" Turkish adviser Mesut Casin said.", "REQUEST", "needs", "TUR", "USA"),
    ("Turkey's foreign minister said Israel must stop the raids in Gaza.", "REQUEST", "must stop", "TUR", "ISR"),
    ("\"That should never have happened,\" Canadian Prime Minister Mark Carney said of the tariffs.",
     "ACCUSE", "should never have happened", "CAN", None),
    # a failing said of another party is an allegation against it
    ("Pakistan's foreign ministry said Kabul was failing to rein in the separatists.", "ACCUSE", "failing", "PAK", "AFG"),
])
def test_evaluations_an_obligation_said_of_another_is_a_demand(text, etype, trigger, actor, recipient):
    found = [e for e in extraction(text).events if e.type == etype]
    assert [e.trigger.text for e in found] == [trigger]
    assert actor in codes(found[0].actor) and (recipient is None or recipient in codes(found[0].recipient))


def test_evaluations_what_a_demand_asks_for_is_not_an_event():
    types = {e.type for e in extraction("Turkey's foreign minister said Israel must stop the raids in Gaza.").events}
    assert types == {"REQUEST"}


@pytest.mark.parametrize("text", [
    "Pakistan said it must act against the militants.",  # its own resolve
    "The rebels must leave the city by Friday.",  # the reporter's own words
    "\"People should allow the court process to work,\" the lawyer said.",  # of no one we can code
    "The French ambassador said Gbagbo must have given the order.",  # a guess about the past
    "Pakistan said it had failed to stop the attack.",  # its own failing
    "The talks failed to produce a deal.",  # the reporter's own words
])
def test_evaluations_no_demand(text):
    assert not [e for e in extraction(text).events if e.type in ("REQUEST", "ACCUSE")]


def test_evaluations_concern_for_a_victim_is_no_accusation():
    assert judgements("\"We're extremely worried for his health,\" British lawyer Caoilfhionn Gallagher said.") == []


@pytest.mark.parametrize("text,etype,recipient", [
    ("Afghanistan's Ministry of Foreign Affairs called Pakistan's assertions \"baseless\" in a statement.", "REJECT", "PAK"),
    ("\"This is completely false,\" Russian Ambassador Vassily Nebenzia told the council.", "REJECT", None),
    ("\"This is an absolutely baseless case,\" Guatemalan President Bernardo Arevalo said.", "ACCUSE", None),
])
def test_evaluations_a_denial_word_rejects_a_claim_and_accuses_anything_else(text, etype, recipient):
    found = [e for e in extraction(text).events if e.type in ("REJECT", "ACCUSE")]
    assert [e.type for e in found] == [etype]
    assert recipient is None or recipient in codes(found[0].recipient)


@pytest.mark.parametrize("text,word,actor,recipient", [
    ("Its foreign minister urged other countries not to react to what he called Russian manipulation.",
     "manipulation", None, "RUS"),
    ("Kyiv called the Russian attack a war crime.", "war crime", "UKR", "RUS"),
])
def test_evaluations_a_noun_that_names_a_wrong(text, word, actor, recipient):
    found = [e for e in judgements(text) if e.trigger.text == word]
    assert found and recipient in codes(found[0].recipient) and (actor is None or actor in codes(found[0].actor))


def test_evaluations_a_named_wrong_needs_to_be_said_of_something():
    assert judgements("Human rights violations continued in Myanmar, the U.N. said.") == []


@pytest.mark.parametrize("text,recipient", [
    ("\"President Trump is right,\" Ukrainian President Volodymyr Zelenskyy said.", "USA"),
    ("\"We are grateful to the United States,\" the Philippine foreign minister said.", "USA"),
])
def test_evaluations_approval_of_another_is_support(text, recipient):
    found = [e for e in extraction(text).events if e.type == "SUPPORT"]
    assert found and recipient in codes(found[0].recipient)


def test_evaluations_self_approval_is_no_support():
    assert not [e for e in extraction("\"We are absolutely right,\" Dodik said.").events if e.type == "SUPPORT"]


def test_evaluations_allegedly_is_an_allegation_by_the_clause_subject():
    text = ("In December, Somalia announced it was cutting ties with Kenya for allegedly meddling in its "
            "internal political affairs.")
    found = [e for e in extraction(text).events if e.type == "ACCUSE"]
    assert [(e.trigger.text, e.mode) for e in found] == [("allegedly", "allege")] and codes(found[0].actor) == {"SOM"}


@pytest.mark.parametrize("text,etype", [
    ("\"We will send more aid to Gaza,\" Egypt's foreign minister said.", "AGREE"),
    ("\"We will attack Israeli ships,\" Houthi spokesman Yahya Saree said.", "THREATEN"),
    # force the speaker's country would or could use; a sanction promised on a condition
    ("Turkish President Recep Tayyip Erdogan said Turkey could launch a new military operation in Syria.", "THREATEN"),
    ("\"If Europe keeps its whiskey tariff, I will impose a 200% tariff on French wine,\" Trump said.", "THREATEN"),
    # a measure the speaker's side could take against another is held over it
    ("Slovakia could suspend all relations with the Czech Republic, Prime Minister Robert Fico said.", "THREATEN"),
])
def test_evaluations_a_speakers_own_future_act_is_a_promise_or_a_threat(text, etype):
    found = extraction(text).events
    assert [e.type for e in found] == [etype] and found[0].reality == "asserted"


def test_evaluations_someone_elses_future_act_stays_what_it_is():
    found = extraction("Russia will send troops to Belarus, the Kremlin said.").events
    assert [e.type for e in found] == ["MOBILIZE"]


def test_evaluations_claims_list_only_events_that_exist():
    x = extraction("Turkey's foreign minister said Israel must stop the raids in Gaza.")
    ids = {e.id for e in x.events}
    assert all(set(c.event_ids) <= ids for c in x.claims)


@pytest.mark.parametrize("text,recipient", [
    ("\"I'm very encouraged the parties have reached an agreement,\" U.S. Senator Lindsey Graham said.", None),
    ("\"I'm very proud of Secretary Rubio,\" U.S. Senator Lindsey Graham said.", "USA"),
])
def test_evaluations_approval_of_an_act_or_a_person(text, recipient):
    found = [e for e in extraction(text).events if e.type == "SUPPORT"]
    assert found and (recipient is None or recipient in codes(found[0].recipient))


def test_evaluations_delight_at_ones_own_state_is_no_support():
    assert not [e for e in extraction("\"I am delighted to be out,\" Mech Dara said.").events if e.type == "SUPPORT"]


def test_evaluations_i_and_we_in_a_claim_are_its_claimant():
    x = extraction("\"So I appeal to my Chinese colleague to use his influence with Pyongyang,\" U.S. Deputy "
                   "Ambassador Robert Wood told the council in New York.", published="2024-06-28")
    ev = [e for e in x.events if e.type == "REQUEST"]
    assert ev and {a.country for a in ev[0].actor if not a.implied_by} == {"USA"}


def test_evaluations_a_failing_is_alleged():
    found = [e for e in extraction("Pakistan's foreign ministry said Kabul was failing to rein in the separatists.").events
             if e.type == "ACCUSE"]
    assert [e.mode for e in found] == ["allege"]


def test_evaluations_a_conditional_retreat_or_a_country_meeting_is_no_promise():
    found = extraction("Russia's foreign minister said Russia would withdraw its troops if Ukraine asked.").events
    assert "AGREE" not in [e.type for e in found]
    found = extraction("Chinese envoy Fu Cong said China will convene a meeting with Iran and Russia on Friday.").events
    assert "CONSULT" in [e.type for e in found] and "AGREE" not in [e.type for e in found]


@pytest.mark.parametrize("text,actor,recipient", [
    # a named wrong someone is said to have committed accuses them, in the plural too
    ("Ukraine said Russian forces had committed war crimes in Bucha.", "UKR", "RUS"),
    ("Amnesty International said Israeli forces had committed violations in Gaza.", None, "ISR"),
    # warning of another party's conduct (annotation guide: ACCUSE/disapprove)
    ("Kenya warned of Ethiopian aggression on the border.", "KEN", "ETH"),
])
def test_evaluations_named_wrongs_committed_and_warnings_of_others_accuse(text, actor, recipient):
    ev = judgements(text)
    assert ev and (actor is None or actor in codes(ev[0].actor)), ev
    assert recipient is None or recipient in codes(ev[0].recipient), ev


@pytest.mark.parametrize("text,recipient", [
    # harm a speaker says its side would do on a condition is a threat against whoever must meet it
    ("China said it would take resolute countermeasures if Washington sold arms to Taiwan.", "USA"),
    ("Russia said it would cut gas supplies to Moldova unless it paid its debts.", "MDA"),
])
def test_evaluations_conditional_harm_announced_for_ones_side_is_a_threat(text, recipient):
    ev = [e for e in extraction(text).events if e.type == "THREATEN"]
    assert ev and recipient in codes(ev[0].recipient), extraction(text).events


def test_evaluations_an_unconditional_announced_sanction_stays_a_sanction():
    types = {e.type for e in extraction("Russia announced it would cease gas deliveries to Moldova.").events}
    assert "SANCTION" in types and "THREATEN" not in types


def test_evaluations_a_bodys_own_conditional_measure_is_a_threat():
    text = ("The European Union would impose new sanctions on Belarus if it did not free the prisoners, "
            "EU foreign policy chief Kaja Kallas said.")
    found = [e for e in extraction(text).events if e.trigger.text.startswith("impose")]
    assert [e.type for e in found] == ["THREATEN"] and codes(found[0].actor) == {"EU"}, found


@pytest.mark.parametrize("text, word, actor", [
    ("\"We urge the Pakistani side to focus on its own problems instead of such irresponsible remarks,\" the Taliban "
     "foreign ministry spokesperson said.", "irresponsible", "AFG"),
    ("\"His unjust detention must end,\" Britain's foreign secretary said of the jailed publisher.", "unjust", "GBR"),
])
def test_evaluations_a_judging_word_before_an_act_judges_it(text, word, actor):
    ev = [e for e in judgements(text) if e.trigger.text == word]
    assert ev and codes(ev[0].actor) == {actor}, judgements(text)


def test_evaluations_the_reporters_own_attributive_word_is_no_judgement():
    assert not [e for e in judgements("The journalist's unjust detention began in 2020.") if e.trigger.text == "unjust"]
