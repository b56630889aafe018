"""Users extend the dictionaries and lexicons with a YAML file of their own, without code."""
import pytest

pytestmark = [pytest.mark.model]

EXTRA = """
name: test.extension
version: 2
countries:
  - {code: XQA, name: Quandor, adjectives: [Quandorian], people: [Quandorians], capital: Velmont, seats: [Amber Hall]}
entries:
  - {name: Ilse Varga, aliases: [Varga], kind: person, country: XQA, sector: GOV,
     roles: [{title: Foreign Minister, start: 2030-01-01, end: null}]}
places:
  - {name: Tarn Gap, country: XQA, lat: -44.0, lon: -20.0, kind: town}
verbs:
  parley: [{type: CONSULT, cameo: "040"}]
"""


def test_extending_with_a_user_file(tmp_path):
    import claimwatch
    path = tmp_path / "mine.yaml"
    path.write_text(EXTRA)
    x = claimwatch.extract("Quandorian Foreign Minister Ilse Varga will parley with Russia in Tarn Gap on Monday. "
                           "Varga said Amber Hall wants calm.", published="2031-05-02", extra=[str(path)])
    people = [e for e in x.entities if e.name == "Ilse Varga"]
    assert people and people[0].country == "XQA" and people[0].role == "Foreign Minister"
    assert any(e.text == "Amber Hall" and e.country == "XQA" for e in x.entities)
    assert any(p.name == "Tarn Gap" and p.country == "XQA" for p in x.places)
    consult = [e for e in x.events if e.type == "CONSULT"]
    assert consult and {a.country for a in consult[0].actor} == {"XQA"}
    assert "test.extension.v2" in claimwatch.load_pipeline([str(path)]).versions()["dictionaries"]
