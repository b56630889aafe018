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
    # a meeting in Quandor with Russia: Russia is the visitor, so the actor (annotation guide)
    assert consult and {a.country for a in consult[0].actor} == {"RUS"}
    assert {r.country for r in consult[0].recipient} == {"XQA"}
    assert "test.extension.v2" in claimwatch.load_pipeline([str(path)]).versions()["dictionaries"]


def test_extending_evidence_rules_with_a_cue_file_of_only_evidence(tmp_path):
    import claimwatch
    path = tmp_path / "cues.yaml"
    path.write_text("name: my.cues\nversion: 1\nevidence:\n  withheld: ['had no immediate comment']\n"
                    "  source_nouns:\n    document: [ledger]\n")
    text = ("Iran said Israeli jets struck a depot near Tabriz on Monday. Israel had no immediate comment. "
            "A leaked ledger shows the depot held fuel.")
    kinds = lambda x: {e.kind for c in x.claims for e in c.evidence}  # noqa: E731
    assert not kinds(claimwatch.extract(text, published="2025-03-14")) & {"withheld", "document"}
    assert {"withheld", "document"} <= kinds(claimwatch.extract(text, published="2025-03-14", extra=[str(path)]))


def test_extending_judgements_with_a_file_of_only_evaluations(tmp_path):
    import claimwatch
    path = tmp_path / "judge.yaml"
    path.write_text("name: my.judgements\nversion: 1\nevaluations:\n  ACCUSE:\n    judged: [draconian]\n"
                    "    named: ['witch hunt']\n")
    texts = ["\"The new law is draconian,\" Canadian Foreign Minister Melanie Joly said of the Chinese measure.",
             "\"This is a witch hunt,\" Israeli Prime Minister Benjamin Netanyahu said of the court."]
    for text in texts:
        plain = claimwatch.extract(text, published="2025-03-14").events
        extended = claimwatch.extract(text, published="2025-03-14", extra=[str(path)]).events
        assert not plain and [e.type for e in extended] == ["ACCUSE"]


@pytest.mark.parametrize("sense,message", [
    ('[{type: ASSAULTT, cameo: "190"}]', "verb 'pummel' names type 'ASSAULTT', which is not a PLOVER type"),
    ('[{type: ASSAULT, mode: airstrike}]', "verb 'pummel' gives ASSAULT the mode 'airstrike', which is not one of its modes"),
])
def test_extending_a_sense_with_an_unknown_type_or_mode_is_an_error_naming_it(tmp_path, sense, message):
    from claimwatch.extract.lexicon import load_lexicon
    path = tmp_path / "bad.yaml"
    path.write_text(f"name: test.bad\nversion: 1\nverbs:\n  pummel: {sense}\n")
    with pytest.raises(ValueError) as err:
        load_lexicon((str(path),))
    assert message in str(err.value) and str(path) in str(err.value)
