"""The data model: small frozen dataclasses shared by every stage.

Why frozen dataclasses: stages hand objects to later stages and must never mutate what an
earlier stage produced; typed records keep keys from drifting (the failure of dict outputs).
Every span is a pair of character offsets ``[start, end)`` into the *original* article text,
never into a normalised copy, so evidence can always be highlighted in what the user gave.

``to_dict()`` on ``Event`` (and on the records it contains) yields exactly the JSON of
CONTRACT.md; extra fields are only ever added, never renamed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple, Optional


@dataclass(frozen=True, slots=True)
class Span:
    """A character range ``[start, end)`` into the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def text(self, source: str) -> str:
        return source[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return min(self.end, other.end) > max(self.start, other.start)

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Article:
    """One input record of CONTRACT.md. ``text`` is untouched: offsets refer to it."""

    id: str
    text: str
    published: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        """Validate a decoded JSON object; raise ``ValueError`` with a clear reason."""
        if not isinstance(d, dict):
            raise ValueError("record is not a JSON object")
        if "id" not in d or d["id"] is None or d["id"] == "":
            raise ValueError("record has no 'id'")
        if "text" not in d:
            raise ValueError("record has no 'text'")
        if not isinstance(d["text"], str):
            raise ValueError("'text' is not a string")
        opt = {}
        for k in ("published", "source", "url", "title"):
            v = d.get(k)
            opt[k] = None if v is None else str(v)
        return cls(id=str(d["id"]), text=d["text"], **opt)


class Token(NamedTuple):
    """A word-level token with its clitic analysis.

    ``start``/``end`` cover the whole orthographic word in the original text; ``stem_start``/
    ``stem_end`` cover the part left after proclitics (و ف ب ك ل ال س) and enclitic pronouns
    are split off. ``norm`` is the normalised form of the whole word, ``stem`` of the stem.
    ``forms`` lists the lookup keys a lexicon matcher should try, most literal first.

    Why a named tuple (immutable like the frozen dataclasses here, with the same fields,
    equality and hash): an article has hundreds of tokens, and a tuple subclass can be built
    from columns of values in C (``rasd.text.tokenize``) instead of one Python step per token;
    its fields read as fast as slots.
    """

    start: int
    end: int
    text: str
    norm: str
    stem: str
    stem_start: int
    stem_end: int
    prefixes: tuple[str, ...] = ()
    suffix: str = ""
    forms: tuple[str, ...] = ()
    is_word: bool = True


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...] = ()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Mention:
    """Something recognised in the text: an actor, a place, a trigger, a date, a number.

    ``kind`` says which; ``key`` is the lexicon/knowledge-base id it matched (if any);
    ``value`` carries the resolved payload (an ``Actor``, a ``Place``, a ``DateValue``, an int...).
    """

    kind: str
    start: int
    end: int
    text: str
    key: Optional[str] = None
    value: Any = None
    token_start: int = -1
    token_end: int = -1
    score: float = 1.0

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor. ``name`` is ACLED-style English; ``name_ar`` the surface form."""

    name: str
    name_ar: Optional[str] = None
    id: Optional[str] = None
    category: Optional[str] = None   # ACLED inter code family: state, rebel, militia, civilians ...
    country: Optional[str] = None
    plover_sector: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "name_ar": self.name_ar}
        if self.id:
            d["id"] = self.id
        if self.category:
            d["category"] = self.category
        if self.country:
            d["country"] = self.country
        return d


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place. ``geo_precision``: 1 the place itself, 2 near/countryside, 3 region."""

    name: str
    name_ar: Optional[str]
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    geo_precision: int = 1
    admin1: Optional[str] = None
    geonames_id: Optional[int] = None
    place_id: Optional[str] = None
    feature: Optional[str] = None       # neighbourhood, locality, county, region, country ...
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "name_ar": self.name_ar,
            "country": self.country,
            "admin1": self.admin1,
            "lat": None if self.lat is None else round(self.lat, 5),
            "lon": None if self.lon is None else round(self.lon, 5),
            "geo_precision": self.geo_precision,
            "geonames_id": self.geonames_id,
        }


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: ISO day plus CONTRACT's ``time_precision`` (1 day, 2 week/range, 3 month)."""

    date: str
    precision: int = 1


@dataclass(frozen=True, slots=True)
class Event:
    event_type: str
    sub_event_type: str
    evidence: Span
    date: Optional[str] = None
    time_precision: Optional[int] = None
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    location: Optional[Place] = None
    fatalities: Optional[int] = None
    notes: str = ""
    plover: Optional[str] = None
    modality: str = "asserted"
    attribution: Optional[str] = None
    trigger: Optional[Span] = None
    confidence: float = 0.5
    extra: tuple[tuple[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date,
            "time_precision": self.time_precision,
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "location": self.location.to_dict() if self.location else None,
            "fatalities": self.fatalities,
            "evidence": self.evidence.to_dict(),
            "notes": self.notes,
            "plover": self.plover,
            "modality": self.modality,
            "attribution": self.attribution,
            "confidence": round(self.confidence, 3),
        }
        if self.trigger is not None:
            d["trigger"] = self.trigger.to_dict()
        for k, v in self.extra:
            d[k] = v
        return d


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """The output record for one article (one JSON line of CONTRACT.md)."""

    id: str
    events: tuple[Event, ...] = ()
    error: Optional[str] = None
    framing: Optional[dict[str, Any]] = None
    plover_events: tuple[dict[str, Any], ...] = ()   # PLOVER verbal events: not ACLED events

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "events": [e.to_dict() for e in self.events]}
        if self.error is not None:
            d["error"] = self.error
        if self.framing:
            d["framing"] = self.framing
        if self.plover_events:
            d["plover_events"] = list(self.plover_events)
        return d


@dataclass(frozen=True, slots=True)
class Doc:
    """An article after the text layer: its tokens and sentences over the untouched text.

    Recognisers and resolvers take a ``Doc`` and return ``Mention`` lists; they never change it.
    ``country_hint`` is the ISO code of the article's main country once known (or ``None``).
    """

    article: Article
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_of(self, offset: int) -> Optional[Sentence]:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None
