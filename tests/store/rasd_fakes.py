"""Deterministic stand-ins for the event engine, so store tests do not depend on how many
events today's engine finds. ``fake_extract`` reads markers written into synthetic articles:
every sentence with «قصف» becomes a shelling event, with the place and actor named in it."""
from __future__ import annotations

import re
import time
from typing import Optional

from rasd.model import Actor, Article, Event, ExtractionResult, Place, Span

PLACES = {
    "حلب": Place("Aleppo", "حلب", "SY", 36.2021, 37.1343, 1, admin1="Aleppo", geonames_id=170063),
    "إدلب": Place("Idlib", "إدلب", "SY", 35.9306, 36.6339, 1, admin1="Idlib", geonames_id=169389),
    "الموصل": Place("Mosul", "الموصل", "IQ", 36.335, 43.1189, 1, admin1="Nineveh", geonames_id=99072),
    "صنعاء": Place("Sanaa", "صنعاء", "YE", 15.3547, 44.2066, 1, admin1="Amanat al Asimah", geonames_id=71137),
}
ACTORS = {
    "الجيش السوري": Actor("Military Forces of Syria", "الجيش السوري", id="sy-army", category="state", country="SY"),
    "تنظيم داعش": Actor("Islamic State (Syria)", "تنظيم داعش", id="isis", category="rebel"),
}


def fake_extract(article: Article, delay: float = 0.0) -> ExtractionResult:
    if delay:
        time.sleep(delay)
    if "خطأ" in article.text:
        return ExtractionResult(id=article.id, error="text is not Arabic (too few Arabic letters)")
    events = []
    for m in re.finditer(r"[^.]+\.?", article.text):
        sent = m.group()
        if "قصف" not in sent:
            continue
        place: Optional[Place] = next((p for k, p in PLACES.items() if k in sent), None)
        actor: Optional[Actor] = next((a for k, a in ACTORS.items() if k in sent), None)
        killed = re.search(r"(\d+) قتلى", sent)
        events.append(Event(
            event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
            evidence=Span(m.start(), m.end()), date=(article.published or "")[:10] or None, time_precision=1,
            actor1=actor, actor2=Actor("Civilians (Syria)", None, category="civilians"),
            location=place, fatalities=int(killed.group(1)) if killed else None,
            notes="shelling", plover="ASSAULT"))
    return ExtractionResult(id=article.id, events=tuple(events))


def extract_batch(articles, delay: float = 0.0):
    return [fake_extract(a, delay) for a in articles]


def make_articles(n: int, start: int = 0) -> list[dict]:
    """``n`` synthetic article records of CONTRACT.md (ids art-00000 ...)."""
    towns = list(PLACES)
    actors = list(ACTORS)
    out = []
    for i in range(start, start + n):
        town = towns[i % len(towns)]
        actor = actors[i % len(actors)]
        day = 1 + i % 28
        text = (f"أفادت مصادر محلية بأن {actor} نفذ قصفا على مدينة {town} أوقع {i % 7} قتلى. "
                f"وقال شهود إن الأهالي غادروا المنطقة رقم {i}.")
        if i % 3 == 0:
            text += f" وتجدد القصف على أطراف {towns[(i + 1) % len(towns)]} مساء."
        out.append({"id": f"art-{i:05d}", "text": text, "published": f"2016-12-{day:02d}",
                    "source": "Synthetic", "url": f"https://example.org/news/{i}"})
    return out
