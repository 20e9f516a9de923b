"""Helpers to run the event engine on a sentence with injected places and actors.

Why injected: the engine's logic (frames, modality, casualties, coreference) is tested apart
from the gazetteer and the actor knowledge base, as Mordecai injects its services in tests.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

import pytest

from rasd.events.engine import EventEngine
from rasd.model import Actor, Article, DateValue, Doc, Mention, Place
from rasd.text.numbers import find_quantities
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize

PLACES = {
    "حلب": Place("Aleppo", None, "SY", 36.2, 37.16, 1, "Aleppo", feature="locality"),
    "حلب الجديدة": Place("New Aleppo", None, "SY", 36.20, 37.10, 1, "Aleppo", feature="neighbourhood"),
    "الشيخ مقصود": Place("Sheikh Maqsoud", None, "SY", 36.23, 37.16, 1, "Aleppo", feature="neighbourhood"),
    "صنعاء": Place("Sanaa", None, "YE", 15.35, 44.2, 1, "Sanaa", feature="locality"),
    "تعز": Place("Taiz", None, "YE", 13.58, 44.02, 1, "Taiz", feature="locality"),
    "الرمادي": Place("Ramadi", None, "IQ", 33.42, 43.3, 1, "Anbar", feature="locality"),
    "بغداد": Place("Baghdad", None, "IQ", 33.34, 44.4, 1, "Baghdad", feature="locality"),
    "اليمن": Place("Yemen", None, "YE", 15.5, 47.5, 3, None, feature="country"),
    "الجراف": Place("Al-Jiraf", None, "YE", 15.40, 44.20, 1, "Sanaa", feature="neighbourhood"),
    "محافظة الجوف": Place("Al Jawf", None, "YE", 16.16, 44.78, 3, "Al Jawf", feature="region"),
    # a village the gazetteer gives no province, 85 km from Al Jawf's seat
    "الروضة": Place("Ar Rawdah", None, "YE", 15.40, 44.90, 1, None, feature="locality"),
    # a namesake far from Baghdad, as a gazetteer might misread «حي النشوة» in Baghdad
    "النشوة": Place("An Nashwah", None, "IQ", 30.82, 47.60, 1, "Basra", feature="locality"),
}
ACTORS = {
    "التحالف": Actor("Saudi-led Coalition", None, "coalition", "external", None),
    "الحوثيين": Actor("Houthis (Ansar Allah)", None, "houthis", "rebels", "YE"),
    "الجيش العراقي": Actor("Military Forces of Iraq", None, "mil-iq", "state forces", "IQ", "MIL"),
    "داعش": Actor("Islamic State (IS)", None, "is", "rebels", None),
    "مدنيين": Actor("Civilians (Yemen)", None, "civ", "civilians", "YE"),
}


def _find_all(text: str, table: dict, kind: str) -> list[Mention]:
    out = []
    taken = []
    for surface in sorted(table, key=len, reverse=True):
        i = text.find(surface)
        while i >= 0:
            if not any(s <= i < e for s, e in taken):
                out.append(Mention(kind, i, i + len(surface), surface, value=table[surface]))
                taken.append((i, i + len(surface)))
            i = text.find(surface, i + 1)
    return sorted(out, key=lambda m: m.start)


@pytest.fixture(scope="session")
def engine() -> EventEngine:
    return EventEngine.load()


@pytest.fixture
def run(engine):
    def _run(text: str, published: Optional[str] = "2016-12-09", dates: Optional[list] = None,
             country: Optional[str] = None):
        art = Article("t", text, published)
        doc = Doc(art, tuple(tokenize(text)), tuple(split_sentences(text)))
        pub = date.fromisoformat(published) if published else None
        date_mentions = []
        for surface, iso, prec in dates or []:
            i = text.find(surface)
            date_mentions.append(Mention("date", i, i + len(surface), surface, value=DateValue(iso, prec)))
        events = engine.extract(doc, published=pub, places=_find_all(text, PLACES, "place"),
                                   actors=_find_all(text, ACTORS, "actor"), dates=date_mentions,
                                   quantities=find_quantities(text, doc.tokens), country=country).events
        return events
    return _run
