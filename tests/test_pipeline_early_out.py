"""The pipeline's early outs (branch ``speed4``) give exactly what the plain computations give.

``Pipeline.may_frame`` says no frame can form in an article (no trigger, no head of a split
trigger); ``_after_ner`` then skips the dates and numbers stages, gives the engine no places,
and finds the places only when an actor's reading asks for the main country
(``ActorResolver.find_actors(country_of=)``).
Checked here against the full computation on the demo and annotated articles (most have
triggers), on each of their sentences read alone (many have none) and on hand-written texts,
so a later change to the engine that makes frames out of something else fails here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.model import Article, ExtractionResult
from rasd.pipeline import Pipeline, PipelineOptions, parse_published

DATA = Path(__file__).resolve().parents[1] / "data"
EXTRA = [
    "أطلق مسلحون مجهولون النار على دورية في حلب أمس الأحد، وقتل ثلاثة.",          # split trigger only
    "هدد الرئيس الأمريكي باراك أوباما روسيا بعقوبات جديدة في واشنطن يوم 12 مارس.",  # PLOVER verb, no event
    "قال الجيش العراقي إن الحكومة ستناقش الموازنة، واتهم المسلحين بالتطرف.",        # country-typed agents
    "افتتح أمير منطقة الرياض معرض الكتاب بحضور 300 ألف زائر في 2016.",
]


def _texts() -> list[tuple[str, str | None]]:
    out = []
    for name in ("demo", "dev2", "dev3"):
        for ln in (DATA / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:12]:
            if ln.strip():
                r = json.loads(ln)
                out.append((r["text"], r.get("published")))
                # its sentences alone: most hold no trigger
                out += [(s, r.get("published")) for s in r["text"].split(".")[:6] if len(s) > 40]
    return out + [(t, "2016-03-13") for t in EXTRA]


def _plain(pipe: Pipeline, art: Article) -> ExtractionResult:
    """``Pipeline._after_ner`` without the early out (no NER names)."""
    from rasd.events.support import supported
    from rasd.recognize.dates import find_dates
    from rasd.text.numbers import find_quantities

    doc = pipe.make_doc(art)
    published = parse_published(art.published)
    places = pipe.geocoder.find_places(doc)
    country = pipe.geocoder.main_country(doc, places)
    actors = pipe.actors.find_actors(doc, country=country)
    found = pipe.engine.extract(doc, published=published, places=places, actors=actors,
                                dates=find_dates(art.text, published),
                                quantities=find_quantities(art.text, doc.tokens), country=country)
    return ExtractionResult(id=art.id, events=tuple(supported(found.events, places, country)),
                            framing=found.framing, plover_events=found.verbal)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(PipelineOptions(use_ner=False))


def test_after_ner_with_early_outs_equals_the_plain_computation(pipe: Pipeline) -> None:
    framed = unframed = verbal = 0
    for k, (text, published) in enumerate(_texts()):
        art = Article(id=f"t{k}", text=text, published=published)
        doc = pipe.make_doc(art)
        got = pipe._after_ner(art, doc, [])
        assert got.to_dict() == _plain(pipe, art).to_dict()
        if pipe.may_frame(doc, pipe.trigger_matches(doc)):
            framed += 1
        else:
            unframed += 1
            verbal += bool(got.plover_events)
            assert not got.events
    assert framed > 10 and unframed > 10 and verbal > 0     # both paths exercised


def test_may_frame_is_false_only_without_any_trigger_of_the_frame_builder(pipe: Pipeline) -> None:
    from rasd.events.frames import FrameBuilder

    for text, published in _texts():
        doc = pipe.make_doc(Article(id="t", text=text, published=published))
        if not pipe.may_frame(doc, pipe.trigger_matches(doc)):
            b = FrameBuilder(pipe.engine.lex, doc, parse_published(published), (), (), (), (), None)
            assert b.trigger_matches == [] and b.build() == []


def test_find_actors_with_a_deferred_country_equals_the_country_given(pipe: Pipeline) -> None:
    asked = skipped = 0
    for text, published in _texts():
        doc = pipe.make_doc(Article(id="t", text=text, published=published))
        country = pipe.geocoder.main_country(doc, pipe.geocoder.find_places(doc))
        calls = []

        def country_of() -> str | None:
            calls.append(1)
            return country
        assert pipe.actors.find_actors(doc, country_of=country_of) == pipe.actors.find_actors(doc, country=country)
        assert len(calls) <= 1
        asked += len(calls)
        skipped += not calls
        # no main country: inferred from the actors, as with country=None
        assert pipe.actors.find_actors(doc, country_of=lambda: None) == pipe.actors.find_actors(doc)
    assert asked > 10 and skipped > 10
