"""The Python API: `extract` one article, `extract_many` a stream of them on several processes."""
import multiprocessing as mp
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .dictionary import load_dictionary
from .extract.actors import find_actors
from .extract.claims import find_claims
from .extract.dates import find_dates, publication_date
from .extract.evaluations import find_evaluations
from .extract.events import find_events
from .extract.lexicon import load_lexicon
from .extract.places import find_places
from .gazetteer import load_gazetteer
from .ingest import make_article
from .nlp import load_nlp, parse_docs
from .nlp.headline import name_pairs, sentence_case_headline
from .records import Article, Extraction


GENERIC_PLACE_WORDS = {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                       "capital", "coast", "coastal", "lake", "lakes", "upper", "lower", "greater", "national", "federal",
                       "island", "islands", "mountain", "valley", "river", "delta", "highland", "highlands", "border",
                       "region", "state", "city", "district", "province", "north-east", "north-west", "south-east",
                       "south-west", "northeast", "northwest", "southeast", "southwest", "midlands", "interior"}


@dataclass
class Pipeline:
    """The loaded model, dictionaries and lexicons; build once with `load_pipeline()`."""
    nlp: object
    dictionary: object
    gazetteer: object
    lexicon: object
    extra: tuple = ()

    def versions(self) -> dict:
        meta = self.nlp.meta
        return {"model": f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
                "dictionaries": sorted(self.dictionary.versions), "gazetteer": sorted(self.gazetteer.versions),
                "lexicons": sorted(self.lexicon.versions), "extra": list(self.extra)}

    def run(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Extraction]:
        articles = list(articles) if not isinstance(articles, list) else articles
        texts = (a.text for a in articles)
        for article, parse in zip(articles, parse_docs(self.nlp, texts, batch_size, prepare=self.prepare_text,
                                                       verbs=self.lexicon.headline_verbs)):
            yield self.extract_parsed(article, parse)

    def prepare_text(self, text: str) -> str:
        """The text the parser sees: a Title Case headline put in sentence case (same length)."""
        names, pairs = self._names
        return sentence_case_headline(text, self.lexicon.plain_words, names, pairs)

    @cached_property
    def _names(self) -> tuple:
        """Dictionary names and nationality words, and the word pairs of multi-word names."""
        names = frozenset(self.dictionary.surfaces) | frozenset(self.dictionary.adjectives)
        return names, name_pairs(names)

    def place_country(self, word: str):
        """Country of a region or city name used as a modifier ("Balochistan", "Zamfara")."""
        if word.lower() in GENERIC_PLACE_WORDS or len(word) < 4:
            return None  # "Central" is a region of Uganda, but far more often just a word
        entry = self.gazetteer.admin1.get(word) or self.gazetteer.aliases.get(word)
        if entry is None:
            city = self.gazetteer.cities.get(word)  # by its own name only: "Soul" is also a spelling of Seoul
            entry = city if city is not None and city.population >= 100000 and city.name == word else None
        return entry.country if entry is not None else None

    def extract_parsed(self, article: Article, parse) -> Extraction:
        places = find_places(parse, self.gazetteer)
        mentions, by_token, describe = find_actors(parse, self.dictionary, article.published, self.place_country, places)
        dates = find_dates(article.text, article.published)
        events = find_events(parse, article, mentions, by_token, places, dates, publication_date(article.published),
                             self.lexicon, self.dictionary)
        claims, events = find_claims(parse, article, mentions, by_token, events, self.lexicon, describe)
        events, claims = find_evaluations(parse, article, mentions, by_token, places, dates,
                                          publication_date(article.published), self.lexicon, self.dictionary,
                                          events, claims)
        return Extraction(article=article, entities=tuple(m.entity for m in mentions),
                          places=tuple(pl for _, _, pl in places), events=tuple(events), claims=tuple(claims))


_PIPELINES: dict = {}


def load_pipeline(extra: Iterable[str] = ()) -> Pipeline:
    """Load (once per process) the spaCy model, actor dictionary, gazetteer and lexicons.

    `extra` names user YAML files that extend the dictionaries and lexicons."""
    key = tuple(str(Path(e).resolve()) for e in extra or ())
    if key not in _PIPELINES:
        d = load_dictionary(key)
        g = load_gazetteer(key)
        g.add_country_names({s: e.country for s, e in d.surfaces.items() if e.kind == "country" and e.key.startswith("country:")})
        _PIPELINES[key] = Pipeline(load_nlp(key), d, g, load_lexicon(key), key)
    return _PIPELINES[key]


def extract(text_or_html: str, *, title: Optional[str] = None, published: Optional[str] = None,
            url: Optional[str] = None, outlet: Optional[str] = None, id: Optional[str] = None,
            extra: Iterable[str] = ()) -> Extraction:
    """Entities, places, events and claims of one article given as text or HTML.

    >>> r = extract("Russia accused Ukraine of a drone attack.", published="2025-12-30")
    """
    article = make_article(text_or_html, id=id, title=title, published=published, url=url, outlet=outlet)
    return next(load_pipeline(extra).run([article]))


# ---- many articles, several processes ----------------------------------------------------------
_WORKER: dict = {}


def _work(chunk: list) -> list:
    pipeline = _WORKER["pipeline"]
    out = []
    for article in chunk:
        try:
            out.append(next(pipeline.run([article])))
        except Exception as err:  # one article must not sink a batch: report it in its slot
            out.append(err)
    return out


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_many(articles: Iterable[Article], workers: Optional[int] = None, chunk_size: int = 4,
                 extra: Iterable[str] = (), dask: Optional[str] = None) -> Iterator[Union[Extraction, Exception]]:
    """Extractions of many Articles, in input order, on `workers` processes (default: all cores),
    or on a Dask cluster when `dask` names a scheduler address (or "local").

    The pipeline is loaded once in this process and shared with forked workers."""
    dask = dask or os.environ.get("CLAIMWATCH_DASK")
    if dask:
        from .cluster import extract_on_dask
        yield from extract_on_dask(articles, dask, extra=tuple(extra or ()), workers=workers)
        return
    pipeline = load_pipeline(extra)
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        for chunk in _chunks(articles, chunk_size):
            _WORKER["pipeline"] = pipeline
            yield from _work(chunk)
        return
    _WORKER["pipeline"] = pipeline
    ctx = mp.get_context("fork")
    with ctx.Pool(workers) as pool:
        for results in pool.imap(_work, _chunks(articles, chunk_size)):
            yield from results
