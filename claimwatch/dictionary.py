"""The actor dictionary: countries, capitals and seats of power, office holders, organizations,
armed groups, weapon systems and generic agents, loaded from versioned YAML files."""
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .resources import data_file, extra_files, read_yaml, version_tag

ACTOR_FILES = ("actors/countries.v1.yaml", "actors/organizations.v1.yaml", "actors/armed_groups.v1.yaml",
               "actors/people.v1.yaml", "actors/weapons.v1.yaml", "actors/companies.v1.yaml")
AGENT_FILE = "actors/agents.v1.yaml"


@dataclass(frozen=True)
class ActorEntry:
    key: str
    name: str
    kind: str
    country: Optional[str]
    sector: Optional[str]
    roles: tuple = ()
    context: tuple = ()  # words one of which must stand near an ambiguous alias ("Patriot" + "missile")
    weapon_class: Optional[str] = None

    def role_on(self, date: Optional[str]) -> Optional[dict]:
        """The office held on `date` (ISO), else the latest one."""
        if not self.roles:
            return None
        if date:
            day = date[:10]
            for role in self.roles:
                start, end = str(role.get("start") or "0000"), str(role.get("end") or "9999")
                if start <= day <= end:
                    return role
        return self.roles[0]


@dataclass
class ActorDictionary:
    surfaces: dict = field(default_factory=dict)  # exact surface string -> ActorEntry
    adjectives: dict = field(default_factory=dict)  # "Russian" -> "RUS"
    countries: dict = field(default_factory=dict)  # code -> ActorEntry of the country itself
    agents: dict = field(default_factory=dict)  # head lemma -> [(modifiers frozenset, sector, kind)]
    agent_countries: dict = field(default_factory=dict)  # head lemma -> [(modifiers frozenset, country)]
    versions: dict = field(default_factory=dict)
    places: list = field(default_factory=list)  # extra places from user files
    alliances: list = field(default_factory=list)
    transnational: set = field(default_factory=set)  # keys of groups active in several countries

    def add(self, surface: str, entry: ActorEntry) -> None:
        surface = (surface or "").strip()
        if surface.lower().startswith("the "):
            surface = surface[4:]
        if surface and surface not in self.surfaces:  # first file wins; users override by listing first
            self.surfaces[surface] = entry

    def lookup(self, surface: str) -> Optional[ActorEntry]:
        s = surface.strip()
        if s.lower().startswith("the "):
            s = s[4:]
        s = s.replace("\u2019", "'")
        if s.endswith("'s"):
            s = s[:-2]
        elif s.endswith("s'"):  # "Guterres'"
            s = s[:-1]
        return self.surfaces.get(s)

    def country_of_adjective(self, word: str) -> Optional[str]:
        return self.adjectives.get(word) or self.adjectives.get(word.capitalize())

    def agent(self, head_lemma: str, modifiers: set) -> Optional[tuple]:
        """(sector, kind) of a generic role noun, preferring the entry whose modifiers all appear."""
        best = _most_specific(self.agents.get(head_lemma.lower(), ()), modifiers)
        return (best[1], best[2]) if best else None

    def agent_country(self, head_lemma: str, modifiers: set) -> Optional[str]:
        """The country a role noun implies by itself ("Republican Representative": USA), if any."""
        best = _most_specific(self.agent_countries.get(head_lemma.lower(), ()), modifiers)
        return best[1] if best else None


def _most_specific(rows, modifiers: set) -> Optional[tuple]:
    """The row (modifiers, ...) whose modifiers all appear, the one with the most of them (first wins ties)."""
    best = None
    for row in rows:
        if row[0] <= modifiers and (best is None or len(row[0]) > len(best[0])):
            best = row
    return best


def _add_country(d: ActorDictionary, c: dict) -> None:
    code = c["code"]
    entry = ActorEntry(f"country:{code}", c["name"], "country", code, "GOV")
    d.countries.setdefault(code, entry)
    for s in [c["name"], *(c.get("aliases") or [])]:
        d.add(s, entry)
    adjectives = c.get("adjectives") or []
    for adj in adjectives:
        d.adjectives.setdefault(adj, code)
        if " " in adj:  # "North Korean", "Equatorial Guinean": matched as a whole, never word by word
            d.add(adj, entry)
    for s in c.get("people") or []:
        if s not in adjectives:  # "Chinese", "Swiss": the adjective reading is the common one
            d.add(s, ActorEntry(f"people:{code}", s, "group", code, None))
    if c.get("capital"):
        cap = ActorEntry(f"capital:{code}", c["capital"], "country", code, "GOV")
        for s in [c["capital"], *(c.get("capital_aliases") or [])]:
            d.add(s, cap)
    for seat in c.get("seats") or []:
        name, sector = (seat, "GOV") if isinstance(seat, str) else (seat["name"], seat.get("sector", "GOV"))
        d.add(name, ActorEntry(f"seat:{code}:{name}", name, "organization", code, sector))


def _add_entry(d: ActorDictionary, e: dict) -> None:
    kind = e.get("kind") or "organization"
    entry = ActorEntry(f"{kind}:{e['name']}", e["name"], kind, e.get("country"), e.get("sector"),
                       tuple(e.get("roles") or ()), tuple(e.get("context") or ()), e.get("class"))
    for s in [e["name"], *(e.get("aliases") or [])]:
        d.add(str(s), entry)
    if e.get("transnational"):  # "Islamic State": coded as the country it acts in, where a sentence says
        d.transnational.add(entry.key)
    for adj in e.get("adjectives") or ():  # "European leaders": an organisation's adjective codes its members
        if e.get("country"):
            d.adjectives.setdefault(adj, e["country"])


def _load_into(d: ActorDictionary, doc: dict, fallback_name: str) -> None:
    d.versions[version_tag(doc, fallback_name)] = True
    for c in doc.get("countries") or []:
        _add_country(d, c)
    for e in doc.get("entries") or []:
        if "code" in e and "kind" not in e:
            _add_country(d, e)
        elif "head" in e:
            mods = frozenset(m.lower() for m in e.get("modifiers") or ())
            d.agents.setdefault(e["head"].lower(), []).append((mods, e.get("sector"), e.get("kind", "group")))
            if e.get("country"):
                d.agent_countries.setdefault(e["head"].lower(), []).append((mods, e["country"]))
        else:
            _add_entry(d, e)
    d.places.extend(doc.get("places") or [])
    d.alliances.extend(doc.get("alliances") or [])


@lru_cache(maxsize=8)
def load_dictionary(extra: tuple = ()) -> ActorDictionary:
    """The packaged dictionaries, with user files first so their entries win."""
    d = ActorDictionary()
    for path in extra_files(extra):
        _load_into(d, read_yaml(path), path)
    for rel in ACTOR_FILES + (AGENT_FILE,):
        path = data_file(rel)
        if path.exists():
            _load_into(d, read_yaml(str(path)), rel)
    _add_pycountry_fallbacks(d)
    return d


def _add_pycountry_fallbacks(d: ActorDictionary) -> None:
    import pycountry
    for c in pycountry.countries:
        if c.alpha_3 not in d.countries:
            name = getattr(c, "common_name", None) or c.name
            _add_country(d, {"code": c.alpha_3, "name": name})
