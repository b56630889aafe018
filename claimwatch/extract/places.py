"""Places: gazetteer lookups for place names, "X region"/"X province" phrases, and the
dictionary's own places; each with coordinates and country."""
from typing import Optional

from ..gazetteer import REGION_WORDS, Gazetteer
from ..nlp import Parse
from ..records import Place, Span

PLACE_LABELS = {"GPE", "LOC", "FAC"}
LOCATIVE_PREPS = {"in", "inside", "near", "at", "across", "into", "outside", "around", "throughout", "within",
                  "from", "on", "over", "toward", "towards", "along"}
NAME_PARTICLES = {"de", "del", "da", "do", "dos", "das", "di", "la", "el"}  # "Santiago de Cuba", "Rio de Janeiro"
# where a name the model took for a person or body can only be a place ("hit sites in Bahawalpur")
MISNAMED_PREPS = {"in", "near", "outside", "around", "inside"}


def _place(p: Parse, start: int, end: int, entry) -> Place:
    text = p.span_text(start, end)
    return Place(text=text, name=entry.name, country=entry.country, admin1=entry.admin1, lat=entry.lat,
                 lon=entry.lon, geonameid=entry.geonameid, span=Span(text, p.idx[start], p.end_char(end - 1)),
                 feature=entry.feature)


def _region_phrase(p: Parse, start: int, end: int) -> Optional[int]:
    """End token of "<name> region|oblast|province", when the name is followed by such a word."""
    if end < len(p.words) and p.lemma[end] in REGION_WORDS:
        return end + 1
    return None


def _misnamed_place(p: Parse, start: int, end: int, label: str, ent_id: str) -> bool:
    """A name the model took for a person or body where only a place fits: "hit sites in Bahawalpur
    and Muridke", "left the outskirts of Bint Jbeil" (the gazetteer then decides)."""
    if label not in ("PERSON", "ORG") or ent_id:
        return False
    head = p.span_head(start, end)
    while p.dep[head] == "conj" and p.head[head] != head:
        head = p.head[head]
    prep = p.head[head]
    if p.dep[head] != "pobj":
        return False
    if p.lemma[prep] in MISNAMED_PREPS:
        return True
    # "the outskirts of Bint Jbeil", "the town of Kfar Kila"
    return p.lemma[prep] == "of" and p.lemma[p.head[prep]] in ("outskirts", "town", "city", "village", "edge",
                                                                "center", "centre", "suburb", "suburbs")


def _joined_names(p: Parse, g: Gazetteer) -> list:
    """Two names joined by a particle that the model split ("Santiago de Cuba", "Rio de Janeiro"), when
    the gazetteer knows the whole: (start, end, entry)."""
    out, ents = [], sorted(p.ents)
    for (s1, e1, _, _), (s2, e2, _, _) in zip(ents, ents[1:]):
        if s2 == e1 + 1 and p.words[e1].lower() in NAME_PARTICLES:
            entry = g.lookup(p.span_text(s1, e2))
            if entry is not None:
                out.append((s1, e2, entry))
    return out


def find_places(p: Parse, g: Gazetteer) -> list:
    """(start token, end token, Place) for each place mention, in text order."""
    found, taken = [], set()
    for start, end, entry in _joined_names(p, g):
        found.append((start, end, _place(p, start, end, entry)))
        taken.update(range(start, end))
    for start, end, label, ent_id in p.ents:
        if start in taken:
            continue
        region_end = _region_phrase(p, start, end)
        if region_end:
            phrase = p.span_text(start, region_end)
            entry = g.lookup(phrase) or g.lookup(p.span_text(start, end), region=True)
            if entry is not None:
                found.append((start, region_end, _place(p, start, region_end, entry)))
                taken.update(range(start, region_end))
                continue
        if label not in PLACE_LABELS and not (ent_id.startswith("place:") or ent_id.startswith(("country:", "capital:"))) \
                and not _misnamed_place(p, start, end, label, ent_id):
            continue
        entry = g.lookup(p.span_text(start, end))
        if entry is None:
            continue
        found.append((start, end, _place(p, start, end, entry)))
        taken.update(range(start, end))
    # Proper nouns before a region word that NER missed or mislabelled ("the Novgorod region").
    for i, lemma in enumerate(p.lemma):
        if lemma in REGION_WORDS and i > 0 and p.pos[i - 1] == "PROPN" and (i - 1) not in taken:
            start = i - 1
            while start > 0 and p.pos[start - 1] == "PROPN" and (start - 1) not in taken:
                start -= 1
            entry = g.lookup(p.span_text(start, i + 1)) or g.lookup(p.span_text(start, i), region=True)
            if entry is not None:
                found.append((start, i + 1, _place(p, start, i + 1, entry)))
                taken.update(range(start, i + 1))
    found.sort(key=lambda x: x[0])
    return found
