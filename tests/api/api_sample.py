"""A small hand-made sample for the API and dashboard tests: articles, extraction results and
both sources over them (a SQLite store and JSON Lines files), so every test runs the same data
through both implementations. Imported by tests/api and tests/web."""
from __future__ import annotations

import json
from pathlib import Path

from rasd.model import Actor, Article, Event, ExtractionResult, Place, Span

# Astral characters first (offsets count code points, JavaScript strings count UTF-16 units),
# then markup, event handlers and bidi controls that must all show as plain text.
HOSTILE_TEXT = ('🔥𝐀 خبر عاجل <script>window.__pwned = 1; document.title = "pwned"</script> '
                '<img src=x onerror="window.__pwned = 2"> '
                'قصفت \u202eطائرات\u202c مجهولة قرية الدير \u2066يوم\u2069 الأحد </mark><b>غامق</b>.')


def _ev(text: str, evidence: str, trigger: str, **kw) -> Event:
    s = text.index(evidence)
    t = text.index(trigger, s)
    return Event(evidence=Span(s, s + len(evidence)), trigger=Span(t, t + len(trigger)), **kw)


def sample() -> list[tuple[Article, ExtractionResult]]:
    aleppo = Place("Aleppo", "حلب", "SY", 36.20124, 37.16117, 1, admin1="Aleppo", geonames_id=170063)
    mosul = Place("Mosul", "الموصل", "IQ", 36.335, 43.11889, 1, admin1="Nineveh")
    sanaa = Place("Sanaa", "صنعاء", "YE", 15.35452, 44.20646, 1, admin1="Amanat al Asimah")
    army = Actor("Military Forces of Syria", "الجيش السوري", category="state", country="SY")
    rebels = Actor("Unidentified Armed Group (Syria)", "الإرهابيون", category="rebel", country="SY")
    civ = Actor("Civilians (Syria)", "المدنيين", category="civilians", country="SY")
    iraq_army = Actor("Military Forces of Iraq", "القوات العراقية", category="state", country="IQ")
    isis = Actor("Islamic State (Iraq)", "داعش", category="rebel", country="IQ")

    t1 = ("قصفت الطائرات الحربية أحياء في مدينة حلب يوم الخميس. وقتل خمسة مدنيين في القصف. "
          "وقال مصدر إن الجيش السوري اشتبك مع الإرهابيين في حلب الجديدة.")
    e1a = _ev(t1, "قصفت الطائرات الحربية أحياء في مدينة حلب يوم الخميس. وقتل خمسة مدنيين في القصف.",
              "قصفت", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              date="2016-12-08", time_precision=1, actor2=civ, location=aleppo, fatalities=5,
              notes="Air strike on Aleppo; 5 civilians killed.")
    e1b = _ev(t1, "وقال مصدر إن الجيش السوري اشتبك مع الإرهابيين في حلب الجديدة.", "اشتبك",
              event_type="Battles", sub_event_type="Armed clash", date="2016-12-08", time_precision=1,
              actor1=army, actor2=rebels, location=aleppo, fatalities=None)
    r1 = ExtractionResult("sy-1", (e1a, e1b), framing={
        "actors": {"Unidentified Armed Group (Syria)": {"forms": {"الإرهابيين": 1}, "labels": ["terrorist"]},
                   "Military Forces of Syria": {"forms": {"الجيش السوري": 1}, "labels": []}},
        "labels": {"terrorist": 1}})

    t2 = "اندلعت اشتباكات عنيفة بين القوات العراقية وتنظيم داعش في الموصل أسفرت عن مقتل 12 مسلحا."
    e2 = _ev(t2, t2, "اشتباكات", event_type="Battles", sub_event_type="Armed clash", date="2016-12-10",
             time_precision=1, actor1=iraq_army, actor2=isis, location=mosul, fatalities=12)
    r2 = ExtractionResult("iq-1", (e2,))

    t3 = "تظاهر آلاف اليمنيين في صنعاء احتجاجا على الغارات. وفي خبر آخر انفجرت عبوة ناسفة دون إصابات."
    e3a = _ev(t3, "تظاهر آلاف اليمنيين في صنعاء احتجاجا على الغارات.", "تظاهر", event_type="Protests",
              sub_event_type="Peaceful protest", date="2016-12-11", time_precision=1, location=sanaa,
              fatalities=0)
    e3b = _ev(t3, "وفي خبر آخر انفجرت عبوة ناسفة دون إصابات.", "انفجرت",
              event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
              date=None, fatalities=0)
    r3 = ExtractionResult("ye-1", (e3a, e3b))

    t4 = HOSTILE_TEXT
    e4 = _ev(t4, t4[t4.index("قصفت"):], "قصفت", event_type="Explosions/Remote violence",
             sub_event_type="Air/drone strike", date="2016-12-09", time_precision=1,
             actor1=Actor("Unidentified <b>Military</b> Forces", "<img src=y onerror=\"window.__pwned=3\">"),
             location=Place("Al <script>Deir</script>", "الدير", "SY", 35.33, 40.14, 1), fatalities=None)
    r4 = ExtractionResult("xss-1", (e4,))

    arts = [
        Article("sy-1", t1, "2016-12-09", "Alwaght", "https://example.org/sy-1", "قصف على حلب"),
        Article("iq-1", t2, "2016-12-10", "Rudaw", "https://example.org/iq-1", "معارك الموصل"),
        Article("ye-1", t3, "2016-12-11", "Saba", None, "مظاهرة في صنعاء"),
        Article("xss-1", t4, "2016-12-09", "<b>Evil</b> Outlet", "javascript:alert(1)",
                "<script>alert(1)</script>"),
    ]
    return list(zip(arts, [r1, r2, r3, r4]))


def write_jsonl(dirpath: Path) -> tuple[str, str]:
    a, e = dirpath / "articles.jsonl", dirpath / "events.jsonl"
    with open(a, "w", encoding="utf-8") as fa, open(e, "w", encoding="utf-8") as fe:
        for art, res in sample():
            fa.write(json.dumps({"id": art.id, "text": art.text, "published": art.published,
                                 "source": art.source, "url": art.url, "title": art.title},
                                ensure_ascii=False) + "\n")
            fe.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
        fe.write('{"id": "bad-1", "events": [], "error": "text is not Arabic"}\n')
        fe.write("not json\n")
    return str(a), str(e)


def write_store(url: str) -> None:
    from rasd.store.db import Processed, Store

    with Store.open(url) as store:
        store.write_batch([Processed(a, r) for a, r in sample()], extractor="test")
