"""Actor mentions: dictionary names, titled people, generic agents ("Russian officials"),
and pronouns or descriptions ("it", "its foreign minister") resolved within the article."""
import dataclasses
from dataclasses import dataclass
from typing import Optional

from ..dictionary import ActorDictionary, ActorEntry
from ..nlp import Parse
from ..records import Entity, Span
from .events import LEADING_SUFFIXES, SHORT_TEXT_SENTENCES  # a text this short is a sentence given to be coded

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "gen", "sen", "rep", "gov", "lt",
              "col", "capt", "maj", "sgt", "adm", "prof", "rev", "sheikh", "imam", "pope", "king", "queen",
              "prince", "princess", "emir", "president", "premier", "chancellor", "minister", "judge", "justice",
              "ambassador", "envoy", "general", "senator", "representative", "secretary", "governor", "mayor"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
# what one party answers another's for: "rejected its offer" is someone else's offer
ANSWERED_NOUNS = {"offer", "proposal", "demand", "request", "claim", "accusation", "allegation", "call", "ultimatum",
                  "invitation", "charge", "assertion", "overture", "plan", "appeal"}
GROUP_PRONOUNS = {"they", "them", "their"}
# the headline and first sentence say what the story is about: their country names count double
# ("Pakistan ... train attack" before many mentions of Afghanistan-based militants); dev: 3 same, 5 worse
LEDE_WEIGHT = 2
# countries whose names are written surname first in English-language news
SURNAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "HUN", "SGP"}
BODY_NOUNS = {"bloc", "alliance", "union", "grouping", "coalition", "organization", "organisation"}
HOME_SHARE = 0.5  # the story's main country: at least half of its country mentions (dev: 0.35 same, 0.65 worse)
WEAPON_NOUNS = {"missile", "system", "weapon", "launcher", "rocket", "drone", "warhead", "jet", "battery", "interceptor"}
NON_ACTOR_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE", "WORK_OF_ART",
                    "LAW", "EVENT", "PRODUCT"}


@dataclass
class Mention:
    start: int  # first token
    end: int  # end token (exclusive)
    head: int  # the token that carries the mention's role in the parse
    entity: Entity
    owner: Optional[int] = None  # a possessive pronoun to resolve later ("its" in "its foreign minister")


DIPLOMAT_TITLES = {"ambassador", "envoy", "representative", "delegate", "diplomat", "mission"}


def _span(p: Parse, start: int, end: int) -> Span:
    return Span(p.span_text(start, end), p.idx[start], p.end_char(end - 1))


def _entity(p: Parse, start: int, end: int, entry: ActorEntry, date: Optional[str], text: Optional[str] = None) -> Entity:
    role = entry.role_on(date)
    return Entity(text=text or p.span_text(start, end), name=entry.name, country=entry.country, sector=entry.sector,
                  kind=entry.kind, span=_span(p, start, end), actor_id=entry.key,
                  role=role.get("title") if role else None)


def _near_words(p: Parse, start: int, end: int, radius: int = 3) -> set:
    lo, hi = max(0, start - radius), min(len(p.words), end + radius)
    return {p.lemma[i] for i in range(lo, hi)} | {p.words[i].lower() for i in range(lo, hi)}


def _country_from_modifiers(p: Parse, d: ActorDictionary, tokens, by_token: dict, place_country=None) -> Optional[str]:
    for i in tokens:
        if p.dep[i] in ("amod", "compound", "nmod", "poss") or p.pos[i] in ("ADJ", "PROPN"):
            word = p.words[i]
            if word.lower().endswith(LEADING_SUFFIXES):  # "U.S.-led coalition": the leader's
                word = word.rsplit("-", 1)[0]
                entry = d.lookup(word)
                code = d.country_of_adjective(word) or (entry.country if entry is not None and entry.kind == "country" else None)
                if code:
                    return code
            code = d.country_of_adjective(word)
            if code:
                return code
            m = by_token.get(i)
            if m is not None and m.entity.country:
                return m.entity.country
            entry = d.lookup(p.words[i])
            if entry is not None and entry.kind == "country":
                return entry.country
            if place_country is not None and p.pos[i] == "PROPN" and p.words[i][:1].isupper():
                code = place_country(p.words[i])  # "Balochistan Chief Minister": a region names the country
                if code:
                    return code
    return None


LINKING_VERBS = {"link", "tie", "affiliate", "connect", "associate", "align", "allied"}
INFORMATION_AGENTS = {"intelligence"}  # an agent noun that is also what agents gather
BASED_VERBS = {"base", "operate", "station", "headquarter", "hide", "shelter", "active"}
# words that say a group is not of the place it is in
OUTSIDERS = {"foreign", "western", "international", "visiting", "exiled", "expatriate", "overseas", "global",
             "multinational", "outside", "european", "arab", "african", "asian", "un", "u.n.", "nato", "eu"}
KOREAS = {"PRK", "KOR"}
KOREAN_HALVES = {"North": "PRK", "South": "KOR"}  # "the North", "the South" once a Korea is named

class ActorFinder:
    """Finds the actor mentions of one parsed article, in text order."""

    def __init__(self, p: Parse, d: ActorDictionary, date: Optional[str], place_country=None, place_spans=frozenset()):
        self.p, self.d, self.date, self.place_country = p, d, date, place_country
        self.place_spans = place_spans
        self.by_key = {e.key: e for e in d.surfaces.values()}
        self.mentions: list = []
        self.by_token: dict = {}
        self._last_country: dict = {}

    def run(self) -> list:
        self._named()
        self._operated_weapons()
        self._owned_bodies()
        self._untagged_surnames()
        self._weapon_references()
        self._body_references()
        self._korean_halves()
        self._agents()
        self._later_full_names()
        self._appositions()
        self._descriptions()
        self._home_country(owned=False)
        self._pronouns()
        self._home_country(owned=True)  # "his forces" whose "his" found no one
        self.mentions.sort(key=lambda m: m.start)
        return self.mentions

    def _add(self, m: Mention) -> None:
        if m.head in self.by_token:
            return
        self.mentions.append(m)
        for i in range(m.start, m.end):  # a named actor inside a description keeps its own tokens
            self.by_token.setdefault(i, m)
        self.by_token[m.head] = m

    def _named(self) -> None:
        unknown = self._known_names()
        for start, end, label, head in unknown:  # after the known ones, so titles and appositions can use them
            if (start, end) in self.place_spans:
                continue  # "hit sites in Bahawalpur": a place the model took for a name
            # the tagger calls a lone surname an organization now and then: "Balkhi" after "Abdul Qahar Balkhi"
            if label == "PERSON" or (end - start == 1 and self._earlier_person(start, end) is not None):
                self._add(Mention(start, end, head, self._unknown_person(start, end, head)))
            else:
                self._add(Mention(start, end, head, self._unknown_org(start, end)))

    def _owned_bodies(self) -> None:
        """"Pakistan's Foreign Office": a national body the dictionary gives one country by its generic
        name (the UK's Foreign Office) belongs to the country that owns it in the text."""
        p = self.p
        for m in self.mentions:
            e = m.entity
            if e.kind != "organization" or not e.country or len(e.country) != 3 or len(e.name.split()) < 2:
                continue
            owners = [self.by_token[k] for k in p.children(m.head) if p.dep[k] == "poss" and k in self.by_token]
            owner = owners[0].entity if owners else None
            if owner is not None and owner.kind == "country" and owner.country and owner.country != e.country:
                m.entity = dataclasses.replace(e, country=owner.country, actor_id=None)

    def _other_full_name(self, i: int, entry) -> bool:
        """An earlier full name in the article ends with this surname but is not the dictionary's person."""
        p = self.p
        word = p.words[i]
        for start, end, label, _ in p.ents:
            if start >= i:
                break
            if label == "PERSON" and end - start > 1 and p.words[end - 1] == word:
                # the first full name with this surname is whom it means later ("Sali Berisha ... his
                # daughter Argita Berisha ... Berisha said"): news introduce their subject first
                full = p.span_text(start, end)
                return not (full.lower() == entry.name.lower() or self.d.lookup(full) is entry)
        return any(p.words[j] == word and self._first_name_before(j, entry) for j in range(i))

    def _first_name_before(self, i: int, entry) -> bool:
        """A capitalised given name right before a known surname that is not the known person's."""
        p = self.p
        if i == 0 or p.pos[i - 1] != "PROPN" or not p.words[i - 1][:1].isupper() or p.sent[i - 1] != p.sent[i]:
            return False
        prev = p.words[i - 1]
        if prev.rstrip(".").lower() in HONORIFICS or self.d.agent(p.lemma[i - 1], set()) is not None \
                or self.d.country_of_adjective(prev):
            return False  # "Mr. Trump", "President Trump", "Israeli Bennett": a title, not a given name
        if (i - 1) in self.by_token or any(s <= i - 1 < e for s, e, _, _ in p.ents if (s, e) != (i, i + 1)):
            return False  # part of another name
        full = f"{p.words[i - 1]} {p.words[i]}"
        return full.lower() != entry.name.lower() and self.d.lookup(full) is not entry \
            and not entry.name.lower().startswith(p.words[i - 1].lower())

    def _untagged_surnames(self) -> None:
        """A surname the tagger missed ("Kirkwood said") after the full name it belongs to."""
        p = self.p
        for i, w in enumerate(p.words):
            if p.pos[i] != "PROPN" or i in self.by_token or not w[:1].isupper():
                continue
            if (i > 0 and p.pos[i - 1] == "PROPN") or (i + 1 < len(p.words) and p.pos[i + 1] == "PROPN"):
                continue  # part of a longer name the tagger did not take
            earlier = self._earlier_person(i, i + 1)
            if earlier is not None:
                self._add(Mention(i, i + 1, i, Entity(w, earlier.name, earlier.country, earlier.sector, "person",
                                                      _span(p, i, i + 1), actor_id=earlier.actor_id, role=earlier.role)))

    def _later_full_names(self) -> None:
        """"Casin" after "adviser Mesut Casin", a full name found only with the titles: the same person."""
        for m in self.mentions:
            e = m.entity
            if e.kind != "person" or e.actor_id is not None or m.end - m.start != 1:
                continue
            earlier = self._earlier_person(m.start, m.end)
            if earlier is not None and earlier.name != e.name:
                m.entity = Entity(e.text, earlier.name, earlier.country, earlier.sector, "person", e.span,
                                  actor_id=earlier.actor_id, role=earlier.role)

    def _earlier_person(self, start: int, end: int) -> Optional[Entity]:
        """"Russell" after "Catherine Russell": the same person, with what we know of her."""
        last = self.p.words[end - 1]
        earlier = list(reversed([m for m in self.mentions if m.start < start and m.entity.kind == "person"]))
        for m in earlier:
            if m.end - m.start > end - start and self.p.words[m.end - 1] == last:
                return m.entity
        if end - start == 1:  # "Fu" after "Fu Cong": names written surname first (Chinese, Korean, Vietnamese)
            for m in earlier:
                if m.end - m.start in (2, 3) and self.p.words[m.start] == last and m.entity.country in SURNAME_FIRST:
                    return m.entity
        return None

    def _known_names(self) -> list:
        p, d = self.p, self.d
        unknown = []
        for start, end, label, ent_id in p.ents:
            if label in NON_ACTOR_LABELS:
                continue
            if label == "PERSON" and any(ch.isdigit() for ch in p.span_text(start, end)):
                continue  # "COVID-19" tagged as a person: names have no digits
            text = p.span_text(start, end)
            entry = self.by_key.get(ent_id) if ent_id else None
            if entry is None:
                entry = d.lookup(text)
            if entry is not None and entry.kind == "person" and end - start == 1:
                if self._first_name_before(start, entry):
                    # "Richard Bennett" where the dictionary knows only Naftali Bennett: a person of its own
                    unknown.append((start - 1, end, "PERSON", self.p.span_head(start - 1, end)))
                    continue
                if self._other_full_name(start, entry):
                    entry = None  # "Bennett" after "Richard Bennett" is not the Naftali Bennett of the dictionary
            if entry is None and label == "PERSON" and end - start > 1:
                entry = d.lookup(p.words[end - 1])  # a known surname inside a longer name
                if entry is not None and entry.kind != "person":
                    entry = None
            if entry is not None and entry.key.startswith("capital:") and any(
                    ps <= start and end <= pe and (ps, pe) != (start, end) for ps, pe in self.place_spans):
                continue  # "Santiago" in "Santiago de Cuba": part of a longer place name, not Chile's capital
            head = self.p.span_head(start, end)
            longer = self._longer_name(start, end) if entry is not None and entry.kind == "organization" else None
            if longer is not None:
                # "the Nigeria Labour Congress", "the World Uyghur Congress" are not the US Congress
                first, absorbed = longer
                unknown = [u for u in unknown if (u[0], u[1]) != absorbed]
                unknown.append((first, end, "ORG", head))
                continue
            if entry is not None:
                if entry.context and not (set(entry.context) & _near_words(p, start, end)):
                    continue  # an ambiguous weapon alias ("Patriot") without its context words
                self._add(Mention(start, end, head, _entity(p, start, end, entry, self.date)))
            elif label in ("PERSON", "ORG"):
                unknown.append((start, end, label, head))
        return unknown

    def _longer_name(self, start: int, end: int) -> Optional[tuple]:
        """(first token, span of the unknown name it takes in) when a one-word dictionary name ends a longer
        proper name ("the Nigeria Labour Congress"), with the unknown name the model found before it."""
        p = self.p
        if end - start != 1 or start == 0 or p.pos[start - 1] != "PROPN" or p.head[start - 1] != start \
                or p.dep[start - 1] != "compound":
            return None
        before = next(((s, e, i) for s, e, _, i in p.ents if s <= start - 1 < e), None)
        if before is not None and before[2]:
            return None  # a dictionary name before it is a name of its own
        first = before[0] if before is not None else start - 1
        while first > 0 and p.pos[first - 1] == "PROPN" and p.head[first - 1] in range(first, end):
            first -= 1
        while p.pos[first] == "DET":
            first += 1
        return first, (before[0], before[1]) if before is not None else None

    def _body_references(self) -> None:
        """"the bloc", "the alliance" after a named intergovernmental body stand for that body
        ("called on the Concord of Northern States ... and urged the bloc to send monitors")."""
        p = self.p

        def refers(i: int) -> bool:
            # the tagger may call "bloc" PROPN; "a trade bloc", "NATO's alliance" are descriptions
            return p.words[i].lower() in BODY_NOUNS and p.pos[i] in ("NOUN", "PROPN") and p.words[i].islower() \
                and not any(p.dep[k] in ("compound", "amod", "poss") for k in p.children(i))
        self._references(lambda e: e.kind == "organization" and e.sector == "IGO", refers, ("the", "this"))

    def _korean_halves(self) -> None:
        """"the North" and "the South" in a story that names either Korea stand for North and South
        Korea ("South Korea accused the North of launching a cyberattack")."""
        p, d = self.p, self.d
        if not any(m.entity.country in KOREAS for m in self.mentions):
            return
        for i in range(len(p.words)):
            code = KOREAN_HALVES.get(p.words[i])
            if code is None or i in self.by_token or code not in d.countries:
                continue
            if i + 1 < len(p.words) and p.pos[i + 1] == "PROPN":
                continue  # "the North Atlantic", "the South China Sea"
            if i == 0 or p.lemma[i - 1] != "the":
                continue
            c = d.countries[code]
            self._add(Mention(i - 1, i + 1, i, Entity(p.span_text(i - 1, i + 1), c.name, code, None, "country",
                                                      _span(p, i - 1, i + 1), actor_id=c.key)))

    def _operated_weapons(self) -> None:
        """"Thai F-16 fighter jets bombed ...": a nationality before a named weapon says whose forces use
        it; the dictionary's country is only its maker's ("Russian-made" stays the maker)."""
        p, d = self.p, self.d
        for m in self.mentions:
            if m.entity.kind != "weapon" or m.start == 0:
                continue
            k = m.start - 1
            if p.head[k] not in range(m.start, m.end) or p.dep[k] not in ("amod", "compound", "nmod"):
                continue
            code = d.country_of_adjective(p.words[k])
            if code and code != m.entity.country:
                m.entity = dataclasses.replace(m.entity, country=code)  # as _owned_bodies does

    def _weapon_references(self) -> None:
        """"the missiles", "these systems" after a named weapon stand for that weapon."""
        p = self.p
        self._references(lambda e: e.kind == "weapon", lambda i: p.lemma[i] in WEAPON_NOUNS and p.pos[i] == "NOUN",
                         ("the", "these", "those", "this"))

    def _references(self, antecedent, refers, determiners) -> None:
        """A definite noun that `refers` stands for the latest mention before it whose entity is an
        `antecedent`: a new mention with that entity, spanning the determiner and the noun."""
        p = self.p
        last = None
        for i in range(len(p.words)):
            m = self.by_token.get(i)
            if m is not None and antecedent(m.entity):
                last = m
                continue
            if last is None or i in self.by_token or not refers(i):
                continue
            dets = [k for k in p.children(i) if p.dep[k] == "det" and p.lemma[k] in determiners]
            if not dets:
                continue
            start = min(dets)
            e = last.entity
            self._add(Mention(start, i + 1, i, Entity(p.span_text(start, i + 1), e.name, e.country, e.sector, e.kind,
                                                      _span(p, start, i + 1), actor_id=e.actor_id)))

    def _unknown_person(self, start: int, end: int, head: int) -> Entity:
        """A person not in the dictionary: the same as an earlier fuller mention ("Russell"), else
        country and sector from a title ("Iraqi Prime Minister X") or an apposition ("X, a doctor,")."""
        p, d = self.p, self.d
        earlier = self._earlier_person(start, end)
        if earlier is not None:
            return Entity(p.span_text(start, end), earlier.name, earlier.country, earlier.sector, "person",
                          _span(p, start, end), actor_id=earlier.actor_id, role=earlier.role)
        mods = [k for k in p.children(head) if k < start or p.dep[k] == "appos"]
        before = self._words_before(start)
        title_tokens = sorted({j for k in mods for j in p.subtree(k)} | set(before))
        # another person's words are not this person's title ("Minister A and Health Minister B")
        title_tokens = [j for j in title_tokens if j not in self.by_token or self.by_token[j].entity.kind != "person"]
        titles = [p.lemma[j] for j in title_tokens]  # in text order, so the result is the same every run
        igo = next((self.by_token[j].entity.country for j in title_tokens if j in self.by_token
                    and self.by_token[j].entity.sector == "IGO" and self.by_token[j].entity.country), None)
        # "U.N. Resident Coordinator for Myanmar X" works for the UN, not for Myanmar; but a national
        # diplomat at the UN ("British Deputy U.N. Ambassador X") speaks for the nation
        nation = _country_from_modifiers(p, d, [j for j in title_tokens if not (
            j in self.by_token and self.by_token[j].entity.sector == "IGO")], self.by_token, self.place_country)
        if igo and nation and DIPLOMAT_TITLES & set(titles):
            igo = None
        country = igo or _country_from_modifiers(p, d, title_tokens, self.by_token, self.place_country)
        sector = None
        lowered = {t.lower() for t in titles}
        for t in reversed(titles):  # the title nearest the name
            found = d.agent(t, lowered)
            if found:
                sector = found[0]
                country = country or d.agent_country(t, lowered)  # "Republican Representative X"
                break
        if igo:
            sector = "IGO"
        return Entity(p.span_text(start, end), p.span_text(start, end), country, sector, "person",
                      _span(p, start, end))

    def _unknown_org(self, start: int, end: int) -> Entity:
        p, d = self.p, self.d
        words = {p.lemma[i] for i in range(start, end)}
        # "Afghanistan's Ministry of Foreign Affairs": the possessor outside the name is its country
        head = self.p.span_head(start, end)
        owners = [j for k in p.children(head) if p.dep[k] == "poss" and k < start for j in p.subtree(k)]
        # "the Supreme Court of Pakistan", "the Central Bank of Comoros": a country named after "of"
        # (the tagger's name stops before the country the dictionary knows)
        owners += [j for k in list(range(start, end)) + list(p.children(head)) if p.lemma[k] == "of"
                   and p.dep[k] == "prep" for j in p.children(k) if p.dep[j] == "pobj" and j >= end]
        country = _country_from_modifiers(p, d, list(range(start, end)) + owners, self.by_token, self.place_country)
        sector = kind = None
        for i in range(end - 1, start - 1, -1):
            found = d.agent(p.lemma[i], words)
            if found:
                sector, kind = found
                break
        return Entity(p.span_text(start, end), p.span_text(start, end), country, sector, "organization",
                      _span(p, start, end))

    def _agents(self) -> None:
        """Role nouns and groups: "Russia's defence ministry", "Ukrainian officials", "local residents"."""
        p, d = self.p, self.d
        for i, lemma in enumerate(p.lemma):
            if p.pos[i] not in ("NOUN", "PROPN") or i in self.by_token or lemma not in d.agents:
                continue
            if lemma in INFORMATION_AGENTS and p.dep[i] == "dobj":
                continue  # "began sharing intelligence with Japan": what is shared, not the services
            if p.dep[i] == "compound":  # "defence" in "defence ministry": the head noun decides
                h = p.head[i]
                if h > i and h not in self.by_token and all(p.pos[j] == "PROPN" and p.words[j][:1].isupper()
                                                             for j in range(i + 1, h + 1)):
                    # a name NER missed after a title: "adviser Mesut Casin"
                    self._add(Mention(i + 1, h + 1, h, self._unknown_person(i + 1, h + 1, h)))
                continue
            kids = [k for k in p.children(i) if k < i and p.dep[k] in ("amod", "compound", "poss", "det", "nmod", "nummod")]
            start = min([i] + [min(p.subtree(k)) for k in kids])
            mods = {p.lemma[j] for j in range(start, i)} | {p.words[j].lower() for j in range(start, i)}
            mods |= {w.rsplit("-", 1)[1] for w in mods if "-" in w}  # "U.S.-led" is led
            found = d.agent(lemma, mods)
            if not found:
                continue
            sector, kind = found
            country = None
            owner = None
            for k in kids:
                if p.dep[k] == "poss":
                    owner = k
            scope = [j for k in kids for j in p.subtree(k)]
            country = _country_from_modifiers(p, d, scope, self.by_token, self.place_country) or \
                (self._country_before(owner) if owner is not None and self._the_country(owner) else None)
            for k in p.children(i):  # "the foreign minister of Ukraine", "diplomats from the Group of Seven"
                if p.dep[k] == "prep" and p.lemma[k] in ("of", "from"):
                    for j in p.children(k):
                        # "hackers from Russia's GRU military intelligence agency": the agency's owner
                        owners = [o for o in p.children(j) if p.dep[o] in ("poss", "compound", "nmod")]
                        for o in [j] + owners:
                            m = self.by_token.get(o)
                            if m is not None and m.entity.country and m.entity.kind in ("country", "organization"):
                                country = country or m.entity.country
            abroad = mods & OUTSIDERS or any(j in self.by_token and self.by_token[j].entity.kind == "organization"
                                             for j in scope)  # "U.N. officials in Kabul", "Western diplomats in Beijing"
            country = country or self._linked_to(i) or (None if abroad else self._located_in(i)) or \
                d.agent_country(lemma, mods)  # "Republican lawmakers"
            if country is None and any(p.lemma[k] in ("the", "this", "these", "those") for k in kids):
                country = self._last_country.get(lemma)  # "the officials" after "Iraqi officials"
            if country is not None:
                self._last_country[lemma] = country
            if kind == "person" and p.tag[i] in ("NNS", "NNPS"):
                kind = "group"
            ent = Entity(p.span_text(start, i + 1), p.span_text(start, i + 1), country, sector, kind or "group",
                         _span(p, start, i + 1))
            self._add(Mention(start, i + 1, i, ent, owner))

    def _the_country(self, k: int) -> bool:
        """"the country's armed forces", "the nation's army": a country named before stands behind it."""
        p = self.p
        return p.lemma[k] in ("country", "nation") and any(p.lemma[j] == "the" for j in p.children(k) if p.dep[j] == "det")

    def _country_before(self, k: int) -> Optional[str]:
        """The country of the latest country mention before token k: "France will hand over its bases in
        Senegal to the country's armed forces" (Senegal's)."""
        before = [m for m in self.mentions if m.start < k and m.entity.kind == "country" and m.entity.country]
        return max(before, key=lambda m: m.start).entity.country if before else None

    def _linked_to(self, i: int) -> Optional[str]:
        """"companies linked to Iran", "groups affiliated with al-Qaida": a group tied to a state or body
        by a participle is that party's."""
        p = self.p
        for c in p.children(i):
            if p.dep[c] != "acl" or p.lemma[c] not in LINKING_VERBS | {"work"}:
                continue
            for k in p.children(c):
                # "hackers working for Russia's GRU": whom they work for
                if p.dep[k] == "prep" and p.lemma[k] in (("for",) if p.lemma[c] == "work" else ("to", "with")):
                    for j in p.children(k):
                        # the body may not be found yet ("Russia's GRU agency"): then its owner's
                        for t in [j] + [o for o in p.children(j) if p.dep[o] in ("poss", "nmod", "compound")]:
                            m = self.by_token.get(t)
                            if m is not None and m.entity.country and m.entity.kind in ("country", "organization"):
                                return m.entity.country
        return None

    def _located_in(self, i: int) -> Optional[str]:
        """"a senior commander in Ethiopia", "protesters in Karachi": a group or official described by
        where they are, with nothing else giving a country, is of that place's country."""
        p = self.p
        if any(p.dep[k] == "poss" and (p.lemma[k] == "its" or (k in self.by_token and self.by_token[k].entity.kind == "country"))
               for k in p.children(i)):
            return None  # "its remaining soldiers in Chad", "France's troops in Mali": whose, not where
        for k in p.children(i):
            if p.dep[k] != "prep" or p.lemma[k] not in ("in", "inside"):
                continue
            for j in p.children(k):
                m = self.by_token.get(j)
                if m is not None:
                    return m.entity.country if m.entity.kind == "country" else None
                if self.place_country is not None and p.pos[j] == "PROPN":
                    return self.place_country(self._place_name(j))
                owner = [self.by_token[k] for k in p.children(j) if p.dep[k] == "poss" and k in self.by_token]
                if owner and owner[0].entity.kind == "country":
                    return owner[0].entity.country  # "security services in Iraq's Kurdistan region"
        # "militants based in Afghanistan", "groups operating in the Sahel": where a participle puts them
        for c in p.children(i):
            if p.dep[c] == "acl" and p.lemma[c] in BASED_VERBS:
                found = self._located_in(c)
                if found:
                    return found
        return None

    def _place_name(self, j: int) -> str:
        """The whole name the tagger found around token j ("Santiago de Cuba", not "Santiago")."""
        p = self.p
        n = p.ent_of[j]
        if n < 0:
            return p.words[j]
        start, end = p.ents[n][:2]
        return p.span_text(start, end)

    def _appositions(self) -> None:
        """"Pakistan's military spokesman, Lieutenant General X": X takes the description's country
        and sector (descriptions are found after names, so this runs once both are known)."""
        p = self.p
        for m in self.mentions:
            e = m.entity
            if e.kind != "person" or e.actor_id is not None or e.country is not None or p.dep[m.head] != "appos":
                continue
            described = self.by_token.get(p.head[m.head])
            if described is not None and described is not m and described.entity.country:
                m.entity = Entity(e.text, e.name, described.entity.country, described.entity.sector or e.sector,
                                  "person", e.span, role=e.role)

    def _descriptions(self) -> None:
        """A person of unknown nationality described anywhere in the story with a country: "Berisha
        has been Albania's dominant political figure", "Lai is a Hong Kong publisher", "his term as
        prime minister of Albania". Every mention of that name takes it."""
        p, d = self.p, self.d
        found: dict = {}
        for m in self.mentions:
            e = m.entity
            if e.kind != "person" or e.country is not None or e.actor_id is not None or e.name in found:
                continue
            h = p.head[m.head]
            described = []
            if p.dep[m.head] == "nsubj" and p.lemma[h] == "be":
                described = self.kids_of(h, "attr")  # "Berisha has been Albania's ... figure"
            elif p.dep[m.head] == "poss" and p.lemma[h] == "term":
                described = [o for q in self.kids_of(h, "prep") if p.lemma[q] == "as" for o in self.kids_of(q, "pobj")]
            for a in described:
                tokens = [j for j in p.subtree(a) if j <= a] + \
                         [o for q in self.kids_of(a, "prep") if p.lemma[q] == "of" for o in self.kids_of(q, "pobj")]
                code = _country_from_modifiers(p, d, tokens, self.by_token)
                if code and code in d.countries:
                    found[e.name] = code
                    break
        if not found:
            return
        for m in self.mentions:
            e = m.entity
            if e.kind == "person" and e.country is None and e.actor_id is None and e.name in found:
                m.entity = Entity(e.text, e.name, found[e.name], e.sector, e.kind, e.span, role=e.role)

    def kids_of(self, i: int, dep: str) -> list:
        return [k for k in self.p.children(i) if self.p.dep[k] == dep]

    def _armed_antecedent(self, m: Mention) -> Optional[str]:
        """"Al-Shabab fighters ... the militants launched an assault": fighters named by a definite
        generic noun are the armed group last named before them, and of its country."""
        p, e = self.p, m.entity
        if e.sector != "REB" or e.kind != "group" or not any(
                p.dep[k] == "det" and p.lemma[k] in ("the", "these", "those") for k in p.children(m.head)):
            return None
        named = [o for o in self.mentions if o.start < m.start and o.entity.actor_id and o.entity.sector == "REB"
                 and o.entity.country and o.entity.country in self.d.countries]
        return max(named, key=lambda o: o.start).entity.country if named else None

    def _home_country(self, owned: bool) -> None:
        """Officials with a title but no country ("the military spokesperson", "Lieutenant General X"),
        other described groups ("journalists", "militants", "local residents") and named people of
        unknown nationality belong to the institution's country when it was named earlier with one;
        else, by default, to the country the story is mostly about, when one clearly dominates."""
        counts: dict = {}
        short = len(self.p.sents) <= SHORT_TEXT_SENTENCES
        for m in self.mentions:
            # in a sentence given alone, "a Russian court" names the country as well as "Russia" does
            if m.entity.country and (m.entity.kind == "country" or (short and m.entity.country in self.d.countries)):
                w = LEDE_WEIGHT if self.p.sent[m.head] <= 1 else 1
                counts[m.entity.country] = counts.get(m.entity.country, 0) + w
        total = sum(counts.values())
        home = None
        # a sentence or two given alone ("A Russian court sentenced opposition politician X"): one country
        # named is the home of the people it does not place elsewhere
        if total >= (1 if short else 3):
            home, n = max(counts.items(), key=lambda kv: kv[1])
            if n / total < HOME_SHARE:
                home = None
        known: dict = {}  # a person's country, once one mention of them has it
        for m in sorted(self.mentions, key=lambda m: m.start):
            e = m.entity
            named_person = e.kind == "person" and self.p.pos[m.head] == "PROPN"  # "Mhlanga", a journalist
            # a mention owned by a pronoun ("his forces") waits for the pronoun: Netanyahu's, not the story's
            if e.country is None and e.actor_id is None and (e.sector is not None or named_person) \
                    and (m.owner is None) != owned:
                code = self._armed_antecedent(m) or known.get(e.name) or self._institution_country(m) or \
                    (None if self._international(m) else home)
                if code:
                    m.entity = e = Entity(e.text, e.name, code, e.sector, e.kind, e.span, role=e.role)
            if e.kind == "person" and e.country:
                known.setdefault(e.name, e.country)

    def _international(self, m: Mention) -> bool:
        """Described as international, or as working for a body of no country ("international rights
        groups", "X, who leads his international legal team", "X, a director at Human Rights Watch"):
        not of the story's country (annotation guide: international NGOs have no code)."""
        p = self.p
        described = set(range(m.start, m.end))
        for k in p.children(m.head):
            if p.dep[k] in ("appos", "relcl", "prep", "acl", "amod", "compound"):
                described.update(p.subtree(k))
        if any(p.lemma[j] == "international" for j in described):
            return True
        if m.entity.kind == "group" and any(p.lemma[k] in ("foreign", "western") for k in p.children(m.head)
                                            if p.dep[k] == "amod"):
            return True  # "Western diplomats", "foreign fighters": from outside, of no one country we know
        return any(j in self.by_token and self.by_token[j] is not m and self.by_token[j].entity.sector == "NGO"
                   and self.by_token[j].entity.country is None and self.by_token[j].entity.kind == "organization"
                   for j in described)

    def _words_before(self, start: int, until_mention_other_than: Optional[Mention] = None) -> list:
        """The title right before a name: back to punctuation, a verb or the sentence start, at most 6
        words (and, given a mention, back to any other mention)."""
        p = self.p
        out = []
        for j in range(start - 1, max(-1, start - 7), -1):
            if p.pos[j] in ("PUNCT", "VERB", "AUX") or p.sent[j] != p.sent[start]:
                break
            if until_mention_other_than is not None and j in self.by_token \
                    and self.by_token[j] is not until_mention_other_than:
                break
            out.append(j)
        return out

    def _institution_country(self, m: Mention) -> Optional[str]:
        """"foreign ministry spokesperson Balkhi" after "Afghanistan's Ministry of Foreign Affairs": an
        institution named without its country is the one last named with it."""
        p = self.p
        title = self._words_before(m.start, until_mention_other_than=m)
        words = {p.words[j].lower() for j in title + list(range(m.start, m.end)) if p.pos[j] in ("NOUN", "PROPN")}
        for o in sorted(self.mentions, key=lambda o: -o.start):
            if o.start >= m.start or not o.entity.country or o.entity.kind not in ("organization", "group"):
                continue
            if o.entity.kind == "group" and p.pos[o.head] != "NOUN":
                continue
            if p.words[o.head].lower() in words:
                return o.entity.country
        return None

    def _antecedent(self, i: int, want: str) -> Optional[Entity]:
        """The entity a pronoun at token i stands for: a subject of its sentence first, then the nearest
        (for a possessive "its", the nearest country or body its sentence names)."""
        p = self.p
        sent = p.sent[i]

        def fits(m: Mention) -> bool:
            k = m.entity.kind
            if want == "person":
                return k == "person"
            if want == "thing":
                return k in ("country", "organization") and m.entity.country is not None
            return k == "group" and m.entity.country is not None  # "they": officials, militants; countries are "it"

        before = [m for m in self.mentions if m.head < i and fits(m)]
        # "Kenya asked it to delay": a pronoun object is not its own verb's subject (that would be "itself")
        verb = p.head[i] if p.dep[i] in ("dobj", "dative") else p.head[p.head[i]] if p.dep[i] == "pobj" else None
        if verb is not None and p.words[i].lower() not in ("its", "his", "her", "their"):
            before = [m for m in before if not (p.head[m.head] == verb and p.dep[m.head] in ("nsubj", "nsubjpass"))]
        if not before:
            return None
        same = [m for m in before if p.sent[m.head] == sent and p.dep[m.head] in ("nsubj", "nsubjpass")]
        if want == "thing" and p.words[i].lower() == "its":
            # "it violates Thailand's treaty obligations and its own law": a possessive "its" is the
            # nearest country or body its sentence names (dev: actor 0.771 -> 0.777)
            named = [m for m in before if p.sent[m.head] == sent and p.pos[m.head] != "PRON"]
            answerer = self._answerer(i)
            if answerer is not None:  # "Tehran rejected its offer": one answers someone else's offer
                named = [m for m in named if m.entity.country != answerer.entity.country] or \
                    [m for m in before if m.entity.country != answerer.entity.country and p.pos[m.head] != "PRON"][-1:]
            # "said much remains to be done on a Ukraine ceasefire deal, signaling its reluctance": a
            # name modifying another noun is seldom what "its" stands for
            heads = [m for m in named if p.dep[m.head] not in ("compound", "amod")]
            named = heads or named
            if named:
                return self._subject_over_object(i, named[-1], before) or named[-1].entity
        if same:
            return same[-1].entity
        prev = [m for m in before if p.sent[m.head] == sent - 1 and p.dep[m.head] in ("nsubj", "nsubjpass")]
        if prev and not [m for m in before if p.sent[m.head] == sent]:
            return prev[-1].entity
        return before[-1].entity

    def _answerer(self, i: int) -> Optional[Mention]:
        """The subject that answers a proposal or claim "its" owns ("Tehran rejected its offer", "Beijing
        dismissed its accusations"): whose the offer is, is someone else's."""
        p = self.p
        noun = p.head[i]
        if p.dep[i] != "poss" or p.lemma[noun] not in ANSWERED_NOUNS or p.dep[noun] != "dobj":
            return None
        subject = [self.by_token[k] for k in p.children(p.head[noun]) if p.dep[k] == "nsubj" and k in self.by_token]
        return subject[0] if subject and subject[0].entity.country else None

    def _subject_over_object(self, i: int, nearest: Mention, before: list) -> Optional[Entity]:
        """"The Commerce Department added Chinese companies to its blacklist": an "its" in a phrase of the
        verb whose object is the nearest name belongs to the verb's subject, not to its object."""
        p = self.p
        j = p.head[i]
        while p.dep[j] in ("pobj", "prep", "conj", "dobj") and p.pos[j] != "VERB" and p.head[j] != j:
            j = p.head[j]
        h = nearest.head
        if p.dep[h] == "pobj" and p.lemma[p.head[h]] == "of":
            h = p.head[p.head[h]]  # "dozens of Chinese companies"
        if p.pos[j] != "VERB" or p.dep[h] != "dobj" or p.head[h] != j:
            return None  # not the verb's object ("Thailand's obligations and its own law": the possessor owns)
        subject = [m for m in before if p.head[m.head] == j and p.dep[m.head] == "nsubj" and p.pos[m.head] != "PRON"]
        return subject[-1].entity if subject else None

    def _pronouns(self) -> None:
        p = self.p
        pending = []
        for i, w in enumerate(p.words):
            lw = w.lower()
            if p.pos[i] != "PRON" and p.tag[i] not in ("PRP", "PRP$"):
                continue
            want = "person" if lw in PERSON_PRONOUNS else "thing" if lw in THING_PRONOUNS else \
                "group" if lw in GROUP_PRONOUNS else None
            if want is None:
                continue
            pending.append((i, want))
        owned = {m.owner: m for m in self.mentions if m.owner is not None}
        for i, want in pending:  # in text order, so resolved pronouns become antecedents in turn
            ante = self._antecedent(i, want)
            if ante is None:
                continue
            if i in owned:  # "its foreign minister": the role belongs to the antecedent's country
                m = owned[i]
                e = m.entity
                m.entity = Entity(e.text, f"{ante.name} {e.name.split(' ', 1)[-1]}" if e.name.lower().startswith(("its", "his", "her", "their")) else e.name,
                                  e.country or ante.country, e.sector, e.kind, e.span)
                continue
            if i in self.by_token:
                continue
            ent = Entity(p.words[i], ante.name, ante.country, ante.sector, ante.kind, _span(p, i, i + 1),
                         actor_id=ante.actor_id, role=ante.role)
            m = Mention(i, i + 1, i, ent)
            self.mentions.append(m)
            self.by_token[i] = m
            self.mentions.sort(key=lambda m: m.start)


    def describe(self, tokens) -> tuple:
        """(country, sector) of a phrase naming no known actor, from its words
        ("Indian foreign ministry spokesperson Randhir Jaiswal" -> IND, GOV)."""
        p = self.p
        tokens = list(tokens)
        country = _country_from_modifiers(p, self.d, tokens, self.by_token, self.place_country)
        words = {p.lemma[t] for t in tokens}
        sector = None
        for t in reversed(tokens):
            found = self.d.agent(p.lemma[t], words)
            if found:
                sector = found[0]
                break
        return country, sector


def find_actors(p: Parse, d: ActorDictionary, date: Optional[str], place_country=None, places=()) -> tuple:
    """(mentions in text order, token -> mention, describe: tokens -> (country, sector)). `places`
    (find_places) keeps names that are places from becoming unknown people or bodies."""
    finder = ActorFinder(p, d, date, place_country, {(s, e) for s, e, _ in places})
    mentions = finder.run()
    return mentions, finder.by_token, finder.describe
