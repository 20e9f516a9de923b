"""``rasd.text.starts.positions`` replaces, in every scan for the tokens that may start a
phrase, the chain ``compress(range(n), map(not_, map(words.isdisjoint, forms)))``: it must pick
exactly the same indices, for every word set, whole articles and slices, and stay right when a
matcher gains phrases after its masks were computed."""
from __future__ import annotations

import json
from itertools import compress
from operator import not_
from pathlib import Path

from rasd.recognize.matcher import build_matcher
from rasd.text import starts
from rasd.text.tokenize import tokenize

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo" / "articles.jsonl"


def _chain(tokens, words, start=0, stop=None):
    """The scan before the shared masks."""
    stop = len(tokens) if stop is None else min(stop, len(tokens))
    test = (words.keys() if isinstance(words, dict) else words).isdisjoint
    return [i for i in compress(range(start, stop), map(not_, map(test, (t.forms for t in tokens[start:stop]))))]


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in DEMO.read_text(encoding="utf-8").splitlines()[:8]]
    return texts + ["قصف على ريف حلب الشمالي ودير الزور، وفي 12 بلدة قرب مدينة الموصل وبالجيش السوري."]


def test_positions_equal_the_chain_for_several_sets() -> None:
    sets = [frozenset({"حلب", "موصل", "جيش"}), {"في": 1, "علي": 2, "قرب": 3}, frozenset({"12", "،"}),
            frozenset(), frozenset({"بلده", "مدينه", "ريف", "قصف"})]
    for text in _texts():
        toks = tokenize(text)
        for _ in range(2):           # the second pass reads the remembered masks
            for words in sets:
                assert list(starts.positions(toks, words)) == _chain(toks, words)
                assert list(starts.positions(toks, words, 3, 20)) == _chain(toks, words, 3, 20)
                assert list(starts.positions(tuple(toks), words.keys() if isinstance(words, dict) else words)) \
                    == _chain(toks, words)
                assert list(starts.positions(toks[5:9], words)) == _chain(toks[5:9], words)


def test_a_matcher_that_grows_is_seen_at_once() -> None:
    m = build_matcher([("حلب", "aleppo")])
    toks = tokenize("قصف الجيش مواقع في حلب والموصل وريف حلب " * 10)
    assert [x.values[0] for x in m.find(toks)] == ["aleppo"] * 20
    m.add("الموصل", "mosul")
    assert list(starts.positions(toks, m._root.children)) == _chain(toks, m._root.children)
    assert [x.values[0] for x in m.find(toks)].count("mosul") == 10


def test_many_sets_reset_the_registry() -> None:
    toks = tokenize(_texts()[0])
    for k in range(starts._MAX_SETS + 5):
        words = frozenset({toks[k % len(toks)].forms[0]})
        assert list(starts.positions(toks, words)) == _chain(toks, words)
    assert len(starts._REGISTRY.sets) <= starts._MAX_SETS


def test_empty_and_out_of_range() -> None:
    toks = tokenize("في حلب")
    assert list(starts.positions([], frozenset({"حلب"}))) == []
    assert list(starts.positions(toks, frozenset({"حلب"}), 2, 9)) == []
    assert list(starts.positions(toks, frozenset({"حلب"}), 0, 99)) == [1]


def test_registered_sets_stay_few_in_the_pipeline() -> None:
    """Every scan of the pipeline passes a collection that lives as long as its lexicon: the
    registry must not grow (nor forget its masks) from one article to the next."""
    from rasd.pipeline import Pipeline, PipelineOptions
    from rasd.model import Article
    pipe = Pipeline(PipelineOptions(use_ner=False))
    texts = _texts()
    starts.forget()
    pipe.extract(Article(id="a", text=texts[0], published="2016-01-01"))
    registered = len(starts._REGISTRY.sets)
    assert registered
    for k, text in enumerate(texts[1:]):
        pipe.extract(Article(id=str(k), text=text, published="2016-01-01"))
    assert len(starts._REGISTRY.sets) == registered
    assert starts._REGISTRY.masks


def test_equal_forms_of_other_objects() -> None:
    """Masks are remembered per ``forms`` object: tokens whose equal forms are other tuple
    objects (another tokenizer cache, hand-made tokens) get the same answers."""
    from rasd.model import Token
    from rasd.text import tokenize as tk
    words = frozenset({"حلب", "موصل"})
    a = tokenize("قصف حلب والموصل " * 12)
    tk.clear_cache()
    b = tokenize("قصف حلب والموصل " * 12)
    assert a[1].forms == b[1].forms and a[1].forms is not b[1].forms
    c = [Token(t.start, t.end, t.text, t.norm, t.stem, t.stem_start, t.stem_end, t.prefixes, t.suffix,
               tuple(list(t.forms)), t.is_word) for t in a]
    for toks in (a, b, c, a):
        assert list(starts.positions(toks, words)) == _chain(toks, words)


def test_shared_part_equals_its_own_scan() -> None:
    """``share`` remembers a token subsequence's masks from the article's: scans of the part
    give the chain's answer, before and after the article's own masks are known."""
    words = [frozenset({"حلب", "موصل", "جيش"}), frozenset({"«", "قصف"})]
    for text in _texts():
        toks = tokenize(text + " «قصف» (الجيش) في حلب" * 8)
        idx = [i for i, t in enumerate(toks) if t.is_word]
        part = [toks[i] for i in idx]
        for _ in range(2):
            starts.share(part, toks, idx)
            for w in words:
                assert list(starts.positions(part, w)) == _chain(part, w)
                assert list(starts.positions(toks, w)) == _chain(toks, w)
    starts.share([], [], [])


def _mask_by_tests(reg, forms) -> int:
    """A mask as computed before ``word_bits``: one ``isdisjoint`` per registered set."""
    m = 0
    for k, test in enumerate(reg.tests):
        if not test(forms):
            m |= 1 << k
    return m


def test_word_bits_give_the_isdisjoint_masks() -> None:
    """``_Registry.mask`` reads the sets' words from ``word_bits``: every mask the pipeline
    makes, and the mask of any forms, must be the per-set ``isdisjoint`` answer."""
    from rasd.pipeline import Pipeline, PipelineOptions
    from rasd.model import Article
    pipe = Pipeline(PipelineOptions(use_ner=False))
    starts.forget()
    for k, text in enumerate(_texts()):
        pipe.extract(Article(id=str(k), text=text, published="2016-01-01"))
    reg = starts._REGISTRY
    assert len(reg.sets) >= 5 and len(reg.kept) > 100
    for forms in reg.kept:
        assert reg.masks[id(forms)] == _mask_by_tests(reg, forms)
    for forms in [(), ("حلب",), ("والموصل", "موصل"), ("xyz", "في", "قتل")]:
        assert reg.mask(forms) == _mask_by_tests(reg, forms)


def test_word_bits_follow_a_set_that_grows_between_scans() -> None:
    """A matcher gains phrases while other sets are scanned: its scan still sees them."""
    m = build_matcher([("حلب", "aleppo")])
    other = frozenset({"قصف", "ريف"})
    toks = tokenize("قصف الجيش مواقع في حلب والموصل وريف حلب " * 10)
    assert list(starts.positions(toks, m._root.children)) == _chain(toks, m._root.children)
    m.add("الموصل", "mosul")
    m.add("مواقع", "sites")
    assert list(starts.positions(toks, other)) == _chain(toks, other)      # masks made now
    assert list(starts.positions(toks, m._root.children)) == _chain(toks, m._root.children)
    assert list(starts.positions(toks, other)) == _chain(toks, other)
    reg = starts._REGISTRY
    for forms in reg.kept:
        assert reg.masks[id(forms)] == _mask_by_tests(reg, forms)
