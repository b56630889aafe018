"""Evidence mentions and the claims they bear on, on sentences written for these tests (real model)."""
import pytest

pytestmark = [pytest.mark.model]

CLAIM = "Iran said Israeli jets struck a depot near Tabriz on Monday. "


def evidence(text):
    import claimwatch
    x = claimwatch.extract(CLAIM + text, published="2025-03-14", id="t", outlet="Test Wire")
    return [(e.kind, e.span.text, e) for c in x.claims for e in c.evidence]


@pytest.mark.parametrize("text,kind", [
    ("A United Nations report said the depot held fuel.", "document"),
    ("The strike was carried out at night, according to court documents.", "document"),
    ("Analysts cited satellite data showing fresh craters.", "document"),
    ("Israel's military did not respond to requests for comment.", "withheld"),
    ("Witnesses said they heard three blasts.", "testimony"),
    ("The Red Cross confirmed that the depot was destroyed.", "independent_confirmation"),
    ("Officials gave the toll without sharing details.", "none_provided"),
    ("Ship-tracking data showing the tanker low in the water was published on Tuesday.", "document"),
    ("Iran's defense ministry has assessed that the jets came from Iraqi airspace.", "document"),
    ("Reza Ahmadi, a local resident, told reporters he saw two jets over the depot.", "testimony"),
    ("The pilot was identified using DNA found at the crash site.", "document"),
    ("Doctors Without Borders said its teams have seen evidence of the strike at the depot.", "independent_confirmation"),
    ("An Israeli officer made the admission in testimony at a trial in Tel Aviv.", "testimony"),
    ("As reported by the International Atomic Energy Agency, the depot stored enriched uranium.", "document"),
    ("The jets flew in from Iraq, based on flight records.", "document"),
    ("The raid was planned for weeks, documents obtained by the Associated Press show.", "document"),
    ("Iran's claim rests on documents obtained by the Associated Press.", "document"),
    ("An Iranian rights group published a report on the strike on Tuesday.", "document"),
    ("Israel's military could not be reached for comment.", "withheld"),
    ("Israel's military refused to comment.", "withheld"),
    ("Tehran made the claim without offering evidence.", "none_provided"),
    ("The Test Wire could not verify the claim.", "authenticity_questioned"),
    ("Israel's lawyer said the evidence was circumstantial.", "authenticity_questioned"),
    ("Experts have cast doubt on the photos of the depot.", "authenticity_questioned"),
    ("A survivor recounted how the roof of the depot fell in.", "testimony"),
    ("An internal memo seen by the Test Wire said the depot held fuel.", "document"),
    ("An indictment unsealed on Tuesday names the two pilots.", "document"),
    # finding verbs the small model tags as nouns after a noun phrase, and more source nouns
    ("Figures from the Iranian customs office show fuel exports fell after the strike.", "document"),
    ("The agency's quarterly report on regional security estimates that the depot held 40 tanks of fuel.", "document"),
    ("Port logs show the depot was emptied a week before the strike.", "document"),
    ("The provincial health office's tally put the dead at nine.", "document"),
    ("Government statistics showed fuel prices in Tabriz doubled.", "document"),
    ("The Red Crescent's survey counted 40 damaged homes.", "document"),
    ("A guard at the depot said he saw two jets circle before the blast.", "testimony"),
    ("Israel's military refused to answer questions about the strike.", "withheld"),
    ("Iran gave a toll without saying how many of the dead were soldiers.", "none_provided"),
    ("The depot's workers have not been seen since the strike.", "absence"),
    ("Israel said the documents cited by Iran were forgeries.", "authenticity_questioned"),
])
def test_evidence_kinds(text, kind):
    found = evidence(text)
    assert kind in [k for k, _, _ in found], found


def test_evidence_news_reports_are_claims_not_documents():
    assert "document" not in [k for k, _, _ in evidence("News reports said the depot held fuel.")]


def test_evidence_names_its_provider_and_effect():
    (kind, span, item), = [f for f in evidence("The Red Cross confirmed that the depot was destroyed.")
                           if f[0] == "independent_confirmation"]
    assert item.provided_by is not None and item.provided_by.name.endswith("Red Cross")
    assert item.effect == "supports" and "confirmed" in span


def test_evidence_a_future_determination_is_not_evidence():
    assert "independent_confirmation" not in [k for k, _, _ in evidence("An inquiry will determine what happened.")]


def test_evidence_an_outlet_or_government_reporting_is_no_document():
    found = evidence("Agence France-Presse reported that the depot burned for hours. "
                     "Pakistani authorities reported two more strikes. The European Commission reported new fighting.")
    assert "document" not in {kind for kind, _, _ in found}


def test_evidence_a_third_party_disproving_a_claim_undermines_it():
    found = evidence("Historians exposed the claim as a fraud.")
    assert [(kind, e.effect) for kind, _, e in found] == [("independent_confirmation", "undermines")]


def test_evidence_a_duty_to_verify_is_not_a_verification():
    assert "independent_confirmation" not in {k for k, _, _ in evidence("Investigators will have to determine who fired.")}


def test_evidence_seeing_reports_or_sharing_intelligence_is_no_document():
    found = evidence("Officials said they saw reports of the strike. Iraq shared intelligence with Iran.")
    assert "document" not in {kind for kind, _, _ in found}


def test_evidence_an_agreement_not_reached_is_not_a_request_for_comment():
    found = evidence("An agreement on the depot could not be reached.")
    assert "withheld" not in {kind for kind, _, _ in found}


def test_evidence_a_person_telling_what_they_saw_is_testimony():
    import claimwatch
    text = ("Kenya said Ethiopian troops attacked a border post on Monday. "
            "She told VOA she visited the five prisoners the day after the others were deported.")
    kinds = [e.kind for c in claimwatch.extract(text, published="2025-03-14", id="t").claims for e in c.evidence]
    assert "testimony" in kinds, kinds


def test_evidence_reports_one_saw_are_no_testimony():
    import claimwatch
    text = ("Kenya said Ethiopian troops attacked a border post on Monday. "
            "\"We saw reports of his escape from prison,\" the spokesperson told VOA.")
    kinds = [e.kind for c in claimwatch.extract(text, published="2025-03-14", id="t").claims for e in c.evidence]
    assert "testimony" not in kinds, kinds


@pytest.mark.parametrize("text, kind", [
    ("Relatives who found the bodies said the men had their hands tied.", "testimony"),
    ("Residents who were in the town at the time said the jets flew low over the depot.", "testimony"),
    ("The jets flew in from Iraq, said Hamid Rezaei, a farmer who survived the strike.", "testimony"),
    ("A dossier compiled by a Tehran law firm lists fourteen people killed at the depot.", "document"),
    ("The final report of the inquiry attributed the blast to a stray missile.", "document"),
    ("Israeli officials declined to share the intelligence behind the strike.", "withheld"),
    ("Asked how many people were at the depot, military officials would not say.", "withheld"),
    ("Without citing any sources, Iran's Tasnim news agency said the jets came from Iraq.", "none_provided"),
    ("Neither account could be independently verified.", "authenticity_questioned"),
])
def test_evidence_witnesses_by_presence_documents_and_withheld_answers(text, kind):
    assert kind in [k for k, _, _ in evidence(text)], evidence(text)


@pytest.mark.parametrize("text", [
    "Iran's U.N. ambassador said in a letter to the Security Council that the strike violated the U.N. Charter.",
    "Qatar's foreign ministry confirmed on Tuesday that it would host talks between the two sides next week.",
    "Iranian officials who spoke to reporters said the strike was an act of war.",
    # a "figure" who is a person is no statistic
    "The army said it killed 20 militants. A senior opposition figure said the dead were civilians.",
])
def test_evidence_a_letter_a_plan_confirmed_or_an_official_speaking_is_no_evidence(text):
    assert evidence(text) == [], evidence(text)


@pytest.mark.parametrize("text, kind", [
    ("Kazakhstan's energy ministry said oil output fell in March because of maintenance, an explanation backed by "
     "production data that the operator filed with regulators.", "document"),
    ("Kosovo police said Serb gunmen opened fire first, a version supported by drone footage.", "footage"),
    ("Ukraine's military said its drones destroyed a Russian ammunition depot, pointing to satellite pictures of "
     "a large crater at the site.", "image"),
    ("Azerbaijan's Defense Ministry said its forces destroyed an artillery position. In a video the ministry released "
     "Tuesday, a munition is seen slamming into a gun emplacement.", "footage"),
    ("Rio police said the man pointed a pistol at officers. The police account was disputed by a witness who said "
     "the man had his hands raised.", "testimony"),
    ("Myanmar's junta said the blast was caused by a bomb planted by rebels. According to a doctor who treated the "
     "wounded, most had shrapnel injuries from an aerial bomb.", "testimony"),
    ("Yemen's government said the Houthis had detained 11 U.N. staff members, an account corroborated by the U.N. "
     "resident coordinator's office.", "independent_confirmation"),
    ("Sudan's irrigation ministry said Ethiopia had begun filling the reservoir. Sentinel-2 imagery released by the "
     "European Space Agency shows its surface grew by a fifth.", "image"),
    ("Bolivia's president said the former army commander planned the coup, without presenting any documentation.",
     "none_provided"),
    ("Pakistan's army said all 23 people killed were militants. It has yet to release the names of the dead.",
     "withheld"),
    ("The Houthis said a missile struck a U.S. carrier. Independent verification was not possible.",
     "authenticity_questioned"),
    ("Egypt said aid was flowing into Gaza. Not a single truck had crossed by Wednesday evening.", "absence"),
    ("Police said 12 people died in the clashes. At least 40 people were killed, according to a Reuters count.",
     "document"),  # a tally, as the guide's "figures"
])
def test_evidence_backed_by_pointed_to_released_in_and_more_phrases(text, kind):
    assert kind in [k for k, _, _ in evidence(text)], evidence(text)


def test_evidence_a_protester_voicing_a_view_is_no_testimony():
    assert evidence("Protesters said they want the interior minister to resign.") == []
