"""The frozen records every stage hands to the next (the contract of DESIGN.md)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Optional, Union


def to_dict(record: Any) -> Any:
    """Plain JSON-ready form of a record, a list of records or a scalar."""
    if dataclasses.is_dataclass(record):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)
                if not f.metadata.get("internal")}
    if isinstance(record, (list, tuple)):
        return [to_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None  # ISO date or datetime, as given
    language: str = "en"
    content_hash: str = ""
    source: Optional[str] = None  # the file or feed it came from


@dataclass(frozen=True)
class Entity:
    text: str
    name: str
    country: Optional[str]
    sector: Optional[str]
    kind: str
    span: Span
    actor_id: Optional[str] = None  # key in the actor dictionary, when it came from there
    role: Optional[str] = None  # office held on the article's date, for people
    # "location" when no words name this party: the event's country stands in for an unnamed actor
    # ("three journalists were arrested" in a Zimbabwe story); its span is the place mention
    implied_by: Optional[str] = None


@dataclass(frozen=True)
class Place:
    text: str
    name: str
    country: Optional[str]
    admin1: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    geonameid: Optional[int]
    span: Span
    feature: str = "city"  # country | admin1 | city | region


@dataclass(frozen=True)
class DateValue:
    value: Optional[str]  # ISO date
    text: Optional[str]  # the words it came from, None when it is the publication date
    precision: str  # day | week | month | year | unknown


@dataclass(frozen=True)
class Event:
    id: str
    article_id: str
    type: str
    mode: Optional[str]
    contexts: tuple
    actor: tuple  # of Entity
    recipient: tuple  # of Entity
    location: Optional[Place]
    date: DateValue
    trigger: Span
    sentence: Span
    intensity: float
    reality: str
    claim_id: Optional[str] = None
    quad: Optional[str] = None
    cameo: Optional[str] = None
    location_from: Optional[str] = None  # "sentence", "story" (the story's dominant place) or "previous"
    refers_to: Optional[str] = None  # id of the earlier event a definite mention ("the attack") names


@dataclass(frozen=True)
class Evidence:
    kind: str
    span: Span
    provided_by: Optional[Entity]
    bears_on: Optional[str]
    effect: str


@dataclass(frozen=True)
class Claim:
    id: str
    article_id: str
    claimant: Union[Entity, dict]
    cue: Span
    content: Span
    event_ids: tuple
    stance: str
    certainty: str
    evidence: tuple = field(default_factory=tuple)


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""
    article: Article
    entities: tuple
    places: tuple
    events: tuple
    claims: tuple = ()

    def to_dict(self) -> dict:
        return to_dict(self)


EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
REALITIES = ("asserted", "attributed", "denied", "hypothetical", "planned", "negated")
