"""The event engine: recognised mentions in, coded ``Event`` records out.

Order: frames (trigger + arguments, per clause) → coreference (one event per distinct type,
place, day, actors) → coding (final ACLED pair, PLOVER, English notes). The lexicons load once
per process in ``EventEngine.load()``.
"""
from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple, Optional, Sequence

from rasd.events.coding import make_notes
from rasd.events.coref import merge
from rasd.events.framing import describe_framing
from rasd.events.frames import FrameBuilder
from rasd.events.lexicon import Lexicon, load_lexicon
from rasd.model import Doc, Event, Mention, Span
from rasd.recognize.matcher import Match
from rasd.text.numbers import Quantity


class EngineResult(NamedTuple):
    events: list[Event]
    framing: Optional[dict[str, Any]]
    verbal: tuple[dict[str, Any], ...] = ()


class EventEngine:
    _instance: Optional["EventEngine"] = None

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    @classmethod
    def load(cls) -> "EventEngine":
        if cls._instance is None:
            cls._instance = cls(load_lexicon())
        return cls._instance

    def extract(self, doc: Doc, published: Optional[date] = None, places: Sequence[Mention] = (),
                actors: Sequence[Mention] = (), dates: Sequence[Mention] = (),
                quantities: Sequence[Quantity] = (), country: Optional[str] = None,
                triggers: Optional[Sequence[Match]] = None) -> EngineResult:
        """``triggers``: the trigger matches of ``doc.tokens`` (``self.lex.triggers.find``) when
        the caller already found them; found here otherwise."""
        builder = FrameBuilder(self.lex, doc, published, places, actors, dates, quantities, country,
                               triggers=triggers)
        frames = merge(builder.build())
        events: list[Event] = []
        for f in frames:
            et, st = f.pair
            day = f.date.date if f.date else None
            events.append(Event(
                event_type=et, sub_event_type=st, evidence=f.evidence,
                date=day, time_precision=f.date.precision if f.date else None,
                actor1=f.actor1, actor2=f.actor2, location=f.place, fatalities=f.fatalities,
                notes=make_notes(st, day, f.actor1, f.actor2, f.place, f.fatalities),
                plover=f.ttype.plover or None, modality=f.modality, attribution=f.attribution,
                trigger=f.trigger, confidence=f.confidence,
            ))
        framing = describe_framing(doc, actors, self.lex)
        return EngineResult(events, framing, tuple(builder.verbal_events()))
