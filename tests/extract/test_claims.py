"""Attribution, stance, certainty and evidence on sentences written for these tests (real model)."""
import pytest

pytestmark = [pytest.mark.model]


def extract(text):
    import claimwatch
    return claimwatch.extract(text, published="2025-03-14", id="t", outlet="Test Wire")


def claimant_code(c):
    return c.claimant.get("outlet") if isinstance(c.claimant, dict) else c.claimant.country


@pytest.mark.parametrize("text,cue,code,stance", [
    ("The Kremlin said Ukraine had attacked a fuel depot.", "said", "RUS", "assert"),
    ("According to Kyiv, Russian troops shelled the city.", "According to", "UKR", "assert"),
    ("Iran denied that it had supplied the drones.", "denied", "IRN", "deny"),
    ("Israel's claim that Hamas fired the rocket was disputed.", "claim", "ISR", "assert"),
    ("Ukraine's foreign minister described the report as fabricated.", "described", "UKR", "deny"),
    ("Belarusian President Alexander Lukashenko has said that troops will be deployed.", "has said", "BLR", "assert"),
    # a that-clause the parser hung on a noun, rulings, phrasal cues, vows, concerns voiced
    ("Trump claimed without evidence that the election in the United States was stolen.", "claimed", "USA", "assert"),
    ("A Kenyan judge ruled that the deployment was unconstitutional.", "ruled", "KEN", "assert"),
    ("The Chinese ambassador pointed out that the bill had broad support.", "pointed out", "CHN", "assert"),
    ("Netanyahu vowed that Hamas would be destroyed.", "vowed", "ISR", "assert"),
    ("Several German lawmakers raised concerns that the plan would raise costs.", "raised concerns", "DEU", "assert"),
    # asides inside the reported clause, quoted-as, more cue verbs with a that-clause
    ("The ceasefire, Ukrainian officials said on Monday, has largely held.", "said", "UKR", "assert"),
    ("Russian troops, the Kremlin added, had withdrawn from the town.", "added", "RUS", "assert"),
    ("As the Iranian foreign minister put it, the deal is dead.", "put", "IRN", "assert"),
    ("The Israeli prime minister was quoted as saying that the war would end soon.", "quoted as saying", "ISR", "assert"),
    ("Kenyan opposition leaders charge that the election was rigged.", "charge", "KEN", "assert"),
])
def test_claims_cue_claimant_stance(text, cue, code, stance):
    claims = [c for c in extract(text).claims if c.cue.text == cue]
    assert claims, [c.cue.text for c in extract(text).claims]
    assert claimant_code(claims[0]) == code and claims[0].stance == stance


@pytest.mark.parametrize("text", [
    "Pakistan expects the Afghan government to uphold its responsibilities.",  # a request, not a claim
    "As he put the phone down, the blast hit the building.",  # a time, not an attribution
    "Prosecutors charged the former minister with fraud.",  # an accusation with no clause
    "The Kenyan spokesman declined to say whether the president would attend.",  # nothing is said
])
def test_claims_not_attributions(text):
    assert not extract(text).claims, [(c.cue.text, c.content.text) for c in extract(text).claims]


def test_claims_cited_as_saying_is_the_cited_sources_claim():
    claims = extract("The newspaper cited unnamed Russian officials as saying the plan had been shelved.").claims
    assert len(claims) == 1 and claims[0].claimant.country == "RUS" and claims[0].content.text.startswith("the plan")


def test_claims_aside_takes_the_clause_around_it():
    c = [c for c in extract("The plan, the spokesman said, will be announced next month.").claims][0]
    assert c.cue.text == "said" and c.content.text.startswith("The plan") and c.content.text.rstrip(".").endswith("next month")


def test_claims_unresolved_claimant_is_kept_with_its_words():
    c = [c for c in extract("Many analysts believe the strike was a warning.").claims if c.cue.text == "believe"][0]
    assert c.claimant.text == "Many analysts" and c.claimant.country is None


def test_claims_link_events_and_mark_them_attributed():
    x = extract("The Kremlin accused Ukraine of launching a drone attack on Moscow.")
    c = [c for c in x.claims if c.cue.text == "accused"][0]
    assault = [e for e in x.events if e.type == "ASSAULT"][0]
    assert assault.id in c.event_ids and assault.claim_id == c.id and assault.reality == "attributed"


@pytest.mark.parametrize("text,certainty", [
    ("If the deployment is real, the missiles could reach Berlin.", "conditional"),
    ("Troops were seen at what appeared to be a military base.", "possible"),
])
def test_claims_outlet_hedges(text, certainty):
    claims = extract(text).claims
    assert any(isinstance(c.claimant, dict) and c.certainty == certainty for c in claims)


def test_claims_evidence_kinds_and_targets():
    text = ("The Kremlin accused Ukraine of attacking a residence with drones. However, no evidence was provided. "
            "Officials said no proof would be shown. Residents reported hearing no explosions.")
    x = extract(text)
    accusation = [c for c in x.claims if c.cue.text == "accused"][0]
    kinds = {e.kind for e in accusation.evidence}
    assert {"none_provided", "withheld", "absence"} <= kinds
    assert all(e.effect == "undermines" and e.bears_on == accusation.id for e in accusation.evidence)


def test_claims_footage_released_by_a_party_supports_its_claim():
    text = ("According to Moscow, the missiles have been deployed in Belarus. "
            "Footage released by Russia's defence ministry showed missile launchers in a forest.")
    x = extract(text)
    items = [e for c in x.claims for e in c.evidence if e.kind == "footage"]
    assert items and items[0].provided_by.country == "RUS" and items[0].effect == "supports"


def test_claims_quote_over_two_sentences_keeps_the_speaker():
    x = extract("The minister said the army would respond. “We will not allow this. "
                "Our soldiers are ready to defend every village.” Officials gave no details.")
    quoted = [c for c in x.claims if c.content.text.startswith("We will not allow this")]
    assert quoted and quoted[0].claimant.text == "The minister"
    assert quoted[0].content.text.endswith("every village.")


def test_claims_quote_with_the_speaker_after_a_dash():
    x = extract("“The border is closed to all traffic tonight” — Defence Minister Ali Reza.")
    c = [c for c in x.claims if c.cue.text == "—"]
    assert c and "Reza" in c[0].claimant.text and c[0].claimant.sector == "MIL"


def test_claims_ruling_a_country_is_no_claim():
    assert not extract("The military has ruled Myanmar since 2021.").claims


@pytest.mark.parametrize("text,claimant,content", [
    # the parser makes both the named thing and the name oprd, or hangs the thing on the adjective
    ("Afghanistan's foreign ministry called Pakistan's assertions \"baseless\" on Thursday.", "ministry", "assertions"),
    ("Zamora called the ruling arbitrary.", "Zamora", "the ruling arbitrary"),
])
def test_claims_calling_something_a_name_is_a_claim_however_parsed(text, claimant, content):
    import claimwatch
    claims = [c for c in claimwatch.extract(text, published="2025-03-14", id="t").claims if c.cue.text == "called"]
    assert claims and claimant in claims[0].claimant.text and content in claims[0].content.text, claims


def test_claims_a_given_name_taken_for_a_verb_is_no_cue():
    import claimwatch
    text = "Sayed Ahmad Noori, the district governor of Ghazni, told VOA that the army had shelled the village."
    claims = claimwatch.extract(text, published="2025-03-14", id="t").claims
    assert [c.cue.text for c in claims] == ["told"] and "Sayed Ahmad Noori" in claims[0].claimant.text, claims


@pytest.mark.parametrize("text,claimant,cue", [
    ("European leaders are worried Russia may not stop at Ukraine.", "European leaders", "are worried"),
    ("Kenyan officials are confident that the ceasefire will hold.", "Kenyan officials", "are confident"),
])
def test_claims_a_view_held_with_its_clause_is_a_claim(text, claimant, cue):
    import claimwatch
    claims = claimwatch.extract(text, published="2025-03-14", id="t").claims
    assert claims and claims[0].claimant.text == claimant and claims[0].cue.text == cue, claims


def test_claims_a_view_no_one_holds_is_no_claim():
    import claimwatch
    assert not claimwatch.extract("It is certain that the talks will fail.", published="2025-03-14", id="t").claims


@pytest.mark.parametrize("text,cue,content", [
    ("Rubio credited Britain and France for playing a constructive role in the talks.", "credited", "Britain and France"),
    ("U.N. investigators have identified the commander as a member of the group's leadership.", "have identified", "as a member"),
])
def test_claims_crediting_and_identifying_as_are_claims(text, cue, content):
    import claimwatch
    claims = claimwatch.extract(text, published="2025-03-14", id="t").claims
    assert claims and claims[0].cue.text == cue and content in claims[0].content.text, claims


def test_claims_identifying_someone_without_as_is_no_claim():
    import claimwatch
    assert not claimwatch.extract("Kenyan police identified the suspect on Monday.", published="2025-03-14", id="t").claims


@pytest.mark.parametrize("text", [
    "The campaign has yet to find any traces of the rebel commander in Puntland.",
    "It is important to emphasize that the situation in Kenya could get worse.",
])
def test_claims_speech_meant_in_an_infinitive_is_no_claim(text):
    import claimwatch
    assert not [c for c in claimwatch.extract(text, published="2025-03-14", id="t").claims
                if not isinstance(c.claimant, dict)]


def test_claims_speech_that_goes_on_is_a_claim():
    import claimwatch
    claims = claimwatch.extract("Kenya continued to insist that its troops had not crossed the border.",
                                published="2025-03-14", id="t").claims
    assert claims and claims[0].cue.text.endswith("insist"), claims


@pytest.mark.parametrize("text,cues", [
    # a second cue the parser hung inside the first one's clause belongs to the same speaker
    ("The Kenyan minister said the talks had failed and added that new sanctions were coming.",
     [("The Kenyan minister", "said", "the talks had failed"), ("The Kenyan minister", "added", "that new sanctions were coming")]),
    ("Ukraine's army said the strike killed 12 people, calling it a war crime.",
     [("Ukraine's army", "said", "the strike killed 12 people"), ("Ukraine's army", "calling", "it a war crime")]),
    # the name in quotes, parsed as a second object
    ('The White House said the story was false, calling it "fake news."',
     [("White House", "said", "the story was false"), ("White House", "calling", 'it "fake news')]),
])
def test_claims_a_second_cue_inside_the_first_clause_is_the_same_speakers(text, cues):
    got = [(c.claimant.span.text, c.cue.text, c.content.text) for c in extract(text).claims]
    assert got == cues, got


@pytest.mark.parametrize("text,claimant,cue", [
    # the speaker the parser hung as an apposition on the phrase before the verb
    ("In an interview with Al Jazeera, Sudan's army chief said the war would end soon.", "Sudan's army chief", "said"),
    ("Kenyan farmers worry that the new tariffs will ruin them.", "Kenyan farmers", "worry"),
    ("U.S. intelligence agencies have assessed that Russia will not attack before spring.", "U.S. intelligence agencies",
     "have assessed"),
    ("The Pentagon's assessment that the strikes set back Iran's program has been disputed.", "Pentagon", "assessment"),
])
def test_claims_apposed_speakers_worries_assessments_and_held_views(text, claimant, cue):
    got = [(c.claimant.span.text, c.cue.text) for c in extract(text).claims if not isinstance(c.claimant, dict)]
    assert (claimant, cue) in got, got


def test_claims_according_to_a_schedule_is_no_claim():
    assert not extract("The withdrawal from the base in Niger proceeded according to schedule.").claims


def test_claims_a_second_cue_joined_to_an_apposition_speakers_cue_is_theirs():
    import claimwatch
    x = claimwatch.extract("In an interview with Al Jazeera, Sudan's army chief said the war would end only with the "
                           "defeat of the Rapid Support Forces, and insisted that his forces had not targeted civilians.",
                           published="2025-03-14", id="t")
    got = [(c.claimant.text, c.cue.text) for c in x.claims]
    assert got == [("Sudan's army chief", "said"), ("Sudan's army chief", "insisted")], got


def test_claims_a_participle_the_parser_hung_on_its_subject_still_speaks():
    import claimwatch
    x = claimwatch.extract("Russia's foreign intelligence service alleged on Monday that Britain was training "
                           "Ukrainian saboteurs.", published="2025-03-14", id="t")
    got = [(c.claimant.text, c.cue.text) for c in x.claims]
    assert got == [("Russia's foreign intelligence service", "alleged")], got


def test_claims_an_accusation_rejected_in_the_passive_is_the_agents_denial():
    # guide: anaphoric objects of claim verbs are claims ("a charge New Delhi rejected"), the passive too
    claims = extract("The fraud allegations were rejected by the electoral commission on Friday.").claims
    assert [(c.claimant.span.text, c.content.text, c.stance) for c in claims] == \
        [("the electoral commission", "The fraud allegations", "deny")], claims


@pytest.mark.parametrize("text, cue", [
    ("Witnesses reported hearing at least four explosions near the airport before dawn.", "reported"),
    ("The minister admitted taking the money.", "admitted"),
])
def test_claims_a_gerund_is_the_clause_of_reporting_and_admitting(text, cue):
    assert [c.cue.text for c in extract(text).claims] == [cue]


@pytest.mark.parametrize("text, claims", [
    ("China claims nearly all of the South China Sea, including waters near the Philippines.", []),  # territory
    ("Morocco claims Western Sahara.", []),
    ("The Islamic State group claimed responsibility for the attack.", ["claimed"]),
])
def test_claims_a_territorial_claim_is_no_claim(text, claims):
    assert [c.cue.text for c in extract(text).claims] == claims


def test_claims_a_figure_another_source_disputes_is_its_denial():
    claims = extract("The mayor said violent crime had fallen 12 percent last year, a figure the police union "
                     "disputed.").claims
    assert [(c.claimant.span.text, c.cue.text, c.stance) for c in claims] == \
        [("The mayor", "said", "assert"), ("the police union", "disputed", "deny")], claims
