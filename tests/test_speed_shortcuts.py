"""The speed-ups of 2026-12-07 (branch ``speed2``) give exactly what the plain computations give.

Each shortcut is checked against the loop or the call it replaced, on the demo articles and on
hand-written sentences that exercise it, so a later change to the data cannot make them drift.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.model import Article, Doc
from rasd.pipeline import Pipeline, PipelineOptions, parse_published
from rasd.resolve.places import Geocoder, _positions_with
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo" / "articles.jsonl"
EXTRA = [
    "قتل ثلاثة مدنيين بريف حلب الشمالي، وقصفت الطائرات بلدتي الفوعة وكفريا ومدينة إدلب.",
    "وصل الوفد إلى العاصمة الصومالية وزار العاصمة العراقية بغداد، وقال السوريون والعراقيون إن مدن الرقة ودير الزور آمنة.",
    "أطلق مسلحون مجهولون النار على دورية، وفتح عناصر من الحزب النار عليه في علي الغربي.",
]


def _texts() -> list[str]:
    lines = [ln for ln in DEMO.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return [json.loads(ln)["text"] for ln in lines[:10]] + EXTRA


def _doc(text: str) -> Doc:
    return Doc(Article(id="t", text=text), tuple(tokenize(text)), tuple(split_sentences(text)))


def test_positions_with_equals_a_loop_over_every_token() -> None:
    words = [frozenset({"عاصمه"}), frozenset({"مدن", "بلدتي"}), Geocoder.load().cues.demonyms.keys(), {"حلب"}]
    for text in _texts():
        toks = tokenize(text)
        for w in words:
            assert list(_positions_with(toks, w)) == [i for i, t in enumerate(toks) if not w.isdisjoint(t.forms)]
            stop = len(toks) - 1
            assert list(_positions_with(toks, w, stop=stop)) == \
                [i for i, t in enumerate(toks[:stop]) if not w.isdisjoint(t.forms)]


def test_hopeless_candidates_are_never_ranked_nor_accepted() -> None:
    geo = Geocoder.load()
    for text in _texts():
        cands = geo.analyse(_doc(text))
        for c in cands:
            if c.hopeless:
                assert c.ranked == [] and not c.accepted


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(PipelineOptions(use_ner=False))


def _plain_gapped(b) -> list[tuple]:
    """``FrameBuilder._gapped_matches`` as the loop over every token it was."""
    from rasd.events.frames import _CLAUSE_PUNCT

    covered = {i for m in b.trigger_matches for i in range(m.token_start, m.token_end)}
    out = []
    toks = b.tokens
    for i, t in enumerate(toks):
        if i in covered or not t.is_word:
            continue
        hit = next((b.lex.gapped[f] for f in t.forms[:2] if f in b.lex.gapped), None)
        if hit is None:
            continue
        tails, tid = hit
        for j in range(i + 1, min(i + 2 + b._GAP, len(toks))):
            if toks[j].norm in _CLAUSE_PUNCT:
                break
            if any(f in tails for f in toks[j].forms[:2]):
                out.append((i, i + 1, t.start, t.end, (tid,), 0, (t.forms[0],), j))
                break
    return out


def test_gapped_heads_found_by_prefilter_equal_a_plain_loop(pipe: Pipeline) -> None:
    from rasd.events.frames import FrameBuilder

    seen = 0
    for text in _texts():
        b = FrameBuilder(pipe.engine.lex, _doc(text), None, (), (), (), (), None)
        heads = {h for h, _ in b._gapped_spans}       # the split phrases' heads, found in __init__
        b.trigger_matches = [m for m in b.trigger_matches if m.token_start not in heads]
        b._gapped_spans = []
        got = [(m.token_start, m.token_end, m.start, m.end, m.values, m.splits, m.keys, j)
               for m, (_, j) in zip(b._gapped_matches(), b._gapped_spans)]
        assert got == _plain_gapped(b)
        seen += len(got)
    assert seen > 0


def test_engine_given_the_trigger_matches_equals_engine_finding_them(pipe: Pipeline) -> None:
    for text in _texts():
        art = Article(id="t", text=text, published="2016-12-09")
        doc = pipe.make_doc(art)
        places = pipe.geocoder.find_places(doc)
        country = pipe.geocoder.main_country(doc, places)
        actors = pipe.actors.find_actors(doc, country=country)
        kw = dict(published=parse_published(art.published), places=places, actors=actors, country=country)
        found = pipe.engine.extract(doc, **kw)
        given = pipe.engine.extract(doc, **kw, triggers=pipe.trigger_matches(doc))
        assert [e.to_dict() for e in given.events] == [e.to_dict() for e in found.events]
        assert given.framing == found.framing and given.verbal == found.verbal
        assert pipe.ner_view(doc, pipe.trigger_matches(doc)) == pipe.ner_view(doc)


def test_name_match_builder_equals_the_dataclass_constructor() -> None:
    from rasd.gazetteer.lookup import NameMatch, _new_match

    assert _new_match is not NameMatch          # the fast path is in use
    args = (3, 5, 10, 22, "دير الزور", 1, (7, 9))
    fast, plain = _new_match(*args), NameMatch(*args)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    with pytest.raises(AttributeError):
        fast.key = "x"                           # still frozen


def test_quantities_read_only_in_frame_sentences_equal_the_whole_texts_there(pipe: Pipeline) -> None:
    """``find_quantities(..., within=)`` gives exactly the whole text's quantities that start in
    the sentences where a frame can be built (the only ones the frames read), and the frames
    built from either list are the same."""
    from rasd.recognize.dates import find_dates
    from rasd.text.numbers import find_quantities

    kept = dropped = events = 0
    for text in _texts() + ["قتل 5 أشخاص في بغداد. وبلغ عدد سكان المدينة ثلاثة ملايين نسمة. وأطلق مسلحون النار على "
                            "دورية فقتلوا اثنين."]:
        doc = _doc(text)
        triggers = pipe.trigger_matches(doc)
        ranges = pipe._frame_sentences(doc, triggers)
        full = find_quantities(text, doc.tokens)
        inside = [q for q in full if any(lo <= q.token_start < hi for lo, hi in ranges)]
        assert find_quantities(text, doc.tokens, within=ranges) == inside
        kept += len(inside)
        dropped += len(full) - len(inside)
        places = pipe.geocoder.find_places(doc)
        country = pipe.geocoder.main_country(doc, places)
        args = dict(published=parse_published("2015-07-22"), places=places, country=country, triggers=triggers,
                    actors=pipe.actors.find_actors(doc, country=country), dates=find_dates(text, None))
        engine_full = pipe.engine.extract(doc, quantities=full, **args)
        engine_some = pipe.engine.extract(doc, quantities=inside, **args)
        assert engine_full.events == engine_some.events
        events += len(engine_full.events)
    assert kept > 0 and dropped > 0 and events > 0
