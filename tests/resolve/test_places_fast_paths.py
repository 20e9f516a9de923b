"""The speed-ups of place recognition give exactly what the plain computations give.

Each shortcut (pre-filters on cue words, cached per-name facts, per-document distance and
coherence memos, bisection over NER spans, the batch haversine) is checked against the direct
computation it replaces, so a later change to the data or the code cannot make them drift apart.
"""
from __future__ import annotations

import random

import pytest

from rasd.gazetteer.cues import PlaceCues, _short_clitic_forms
from rasd.geo import haversine_from, haversine_km, with_cos
from rasd.model import Article, Doc
from rasd.resolve.places import Geocoder, _SpanSet, _phrase_start
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize

TEXT = ("قتل ثلاثة مدنيين بريف حلب الشمالي، وقصفت الطائرات بلدتي الفوعة وكفريا ومدينة إدلب. "
        "وفي العراق سيطرت القوات على قضاء سنجار قرب الموصل، بينما شهدت الرمادي والفلوجة اشتباكات. "
        "وقال مسؤول في الرياض إن الملك عبد العزيز زار جدة ومكة المكرمة والمدينة المنورة. "
        "واستهدفت غارة حي المعلا والتواهي وكريتر في عدن، وسقطت قذائف على «ميدي» وحرض.")


def _doc(text: str) -> Doc:
    return Doc(Article(id="t", text=text), tuple(tokenize(text)), tuple(split_sentences(text)))


def _summary(cands) -> list[tuple]:
    return [(c.start_tok, c.end_tok, c.match.key, c.accepted, c.evidence,
             [(round(s, 12), e.id) for s, e in c.ranked]) for c in cands]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder.load()


def test_haversine_from_is_bit_identical() -> None:
    rnd = random.Random(7)
    pts = [(rnd.uniform(-90, 90), rnd.uniform(-180, 180)) for _ in range(300)]
    pts += [(36.2, 37.16), (36.2, 37.16), (0.0, 0.0), (90.0, 0.0), (-90.0, 180.0)]
    prepared = with_cos(pts)
    for lat, lon in pts[:60]:
        assert haversine_from(lat, lon, prepared) == [haversine_km(lat, lon, a, b) for a, b in pts]


def test_span_set_matches_direct_overlap_test() -> None:
    rnd = random.Random(3)
    for _ in range(200):
        spans = [(s, s + rnd.randint(1, 30)) for s in (rnd.randint(0, 200) for _ in range(rnd.randint(0, 8)))]
        overlaps = _SpanSet(spans)
        for _ in range(20):
            a = rnd.randint(0, 230)
            b = a + rnd.randint(1, 25)
            assert overlaps(a, b) == any(s < b and a < e for s, e in spans)


def test_cue_prefilters_are_necessary_conditions() -> None:
    """Every trigger phrase ends in ``ends`` and every directional adjective starts in
    ``after_firsts``: the early exits of cue_before/after_len never hide a cue."""
    cues = PlaceCues.load()
    assert cues.ends and all(k[-1] in cues.ends for k in cues.before)
    assert cues.after_firsts and all(k[0] in cues.after_firsts for k in cues.after)
    toks = tokenize("قتل ثلاثة بريف حلب الشمالي وفي محافظة إدلب")
    i = next(k for k, t in enumerate(toks) if t.text == "حلب")
    hit = cues.cue_before(toks, i)
    assert hit is not None and hit.cue.words == "ريف"
    assert cues.after_len(toks, i + 1) == 1
    assert cues.cue_before(toks, 1) is None           # «ثلاثة» follows no trigger
    assert _short_clitic_forms("بحي") == ("حي",)


def _cue_before_unfiltered(cues: PlaceCues, tokens, i: int, floor: int = 0):
    """``cue_before`` without its early exit (the loop it had before)."""
    while i - 1 > floor and not tokens[i - 1].is_word and tokens[i - 1].text in "«»\"“”„'‘’":
        i -= 1
    for n in range(min(cues.max_before, i - floor), 0, -1):
        if all(tokens[j].is_word for j in range(i - n, i)):
            hit = cues._match(tokens, i - n, i)
            if hit is not None:
                return hit[0], i - n, hit[1]
    return None


def test_cue_before_same_as_unfiltered_scan() -> None:
    cues = PlaceCues.load()
    toks = tokenize(TEXT + " وبحي الميدان وقرب «مديرية ميدي» ومنطقة جنوب السودان")
    found = 0
    for i in range(len(toks) + 1):
        for floor in (0, max(0, i - 2)):
            got = cues.cue_before(toks, i, floor)
            want = _cue_before_unfiltered(cues, toks, i, floor)
            assert (None if got is None else (got.cue, got.token_start, got.form)) == want
            found += got is not None
    assert found >= 10


def test_analyse_is_the_same_with_cold_and_warm_caches(geo: Geocoder) -> None:
    doc = _doc(TEXT)
    fresh = Geocoder(geo.gaz, geo.cues)               # empty per-name caches
    first = _summary(fresh.analyse(doc))
    assert first == _summary(fresh.analyse(doc))      # warm caches
    assert first == _summary(geo.analyse(doc))
    accepted = {c[2] for c in first if c[3]}
    assert {"حلب", "ادلب", "موصل"} <= accepted


def test_ner_overlap_uses_the_spans(geo: Geocoder) -> None:
    from rasd.model import Mention

    doc = _doc(TEXT)
    i = TEXT.index("حرض")
    ner = [Mention(kind="LOC", start=i, end=i + 3, text="حرض")]
    cands = geo.analyse(doc, ner)
    assert [c.match.key for c in cands if c.ner] == ["حرض"]


def test_phrase_start_skips_stripped_clitics() -> None:
    toks = tokenize("وبريف حلب")
    assert _phrase_start(toks[0], "ريف") == 2
    assert _phrase_start(toks[0], "غير") == toks[0].start


def test_dedupe_same_as_all_pairs(geo: Geocoder) -> None:
    """The latitude pre-test of ``_dedupe`` only skips pairs that are surely 3 km apart."""
    from rasd.resolve.places import _dedupe

    def plain(indices):
        e = geo.gaz.entries
        kept: list[int] = []
        for i in sorted(indices, key=lambda k: (-e[k].population, e[k].geonames_id is None, e[k].id)):
            if any(e[j].feature == e[i].feature and
                   haversine_km(e[i].lat, e[i].lon, e[j].lat, e[j].lon) < 3 for j in kept):
                continue
            kept.append(i)
        return kept

    busiest = sorted(geo.gaz.by_key.values(), key=len, reverse=True)[:40]
    assert max(len(x) for x in busiest) > 20
    for indices in busiest:
        assert _dedupe(geo.gaz, indices) == plain(indices)


def test_name_facts_give_what_the_per_candidate_tests_gave(geo: Geocoder) -> None:
    """``analyse`` reads a name's readings, core and word-list tests once per name
    (``Geocoder._name_facts``, branch ``speed5``): each candidate's core, readings and
    hopelessness are what the tests per candidate give, on the demo and annotated articles."""
    import json
    from pathlib import Path

    cues = geo.cues
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [TEXT] + [json.loads(ln)["text"] for name in ("demo", "dev2", "dev3")
                      for ln in (data / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:10]
                      if ln.strip()]
    hopeless = hopeful = 0
    for text in texts:
        prev = None
        for c in geo.analyse(_doc(text)):
            key = c.match.key
            inner = cues.cue_inside(key)
            core = " ".join(key.split(" ")[inner[1]:]) if inner is not None else key
            kept = geo._readings(tuple(c.match.entries))[0]
            if c.inner and any(key in e.keys for e in kept
                               if e.feature in ("poi", "neighbourhood", "county", "region", "country")):
                core = key
            level = cues.ambiguous.get(core)
            # a "trigger"-level name may also follow a hopeful candidate with «و» (a list)
            listed = level == "trigger" and prev is not None and "و" in c.prefix and not prev.hopeless \
                and prev.end_tok == c.match.token_start
            explicit = bool(c.cues) or c.ner or c.coordinated or listed
            frequent = cues.common.get(core, 0) >= 1000 and not c.article
            demonym = core in cues.demonyms and not c.cues
            plain = c.titled or frequent or demonym or core.startswith("عبد ") or core in cues.titles or (
                not explicit and (level == "trigger" or (level is None and core in cues.common)))
            assert (c.core, c.hopeless, c.entries) == (core, plain, list(kept))
            hopeless += plain
            hopeful += not plain
            prev = c
    assert hopeless > 100 and hopeful > 100


def test_word_reading_is_the_three_readings_of_the_word() -> None:
    """``_extend`` reads a name's first word with one memo (``_word_reading``, branch
    ``speed5``): the phrase start, the stripped clitics and the article as computed before."""
    from rasd.resolve.places import _phrase_offset, _stripped_prefix, _word_reading

    toks = tokenize(TEXT + " وللموصل والحلب ولحلب كسرت بالرقة الفوعة وكفريا «ميدي» للجيش")
    n = 0
    for t in toks:
        for form in set(t.forms) | {t.norm, t.norm[2:], "ال" + t.norm[1:], "حلب", "موصل"}:
            prefix = _stripped_prefix(t.norm, form)
            article = t.norm[len(_stripped_prefix(t.norm, form)):].startswith("ال") \
                or (t.norm.startswith("لل") and "ل" == _stripped_prefix(t.norm, form))
            got = _word_reading(t.text, t.norm, form)
            assert got == (_phrase_offset(t.text, t.norm, form), prefix, article)
            assert t.start + got[0] == _phrase_start(t, form)
            n += got[2]
    assert n > 10


def _extend_with_constructor(geo: Geocoder, tokens, m, floor):
    """``Geocoder._extend`` as it was: the dataclass constructor, then the fields set one by one."""
    from rasd.gazetteer.lookup import NameMatch
    from rasd.gazetteer.cues import CueMatch
    from rasd.resolve.places import _Cand, _stripped_prefix, _word_reading
    start_tok = m.token_start
    cues = []
    _, words, inner, merged, core = geo._key_facts(m)
    if inner is not None:
        cues.append(CueMatch(inner[0], m.token_start, m.token_start + inner[1], words[0]))
        m = NameMatch(m.token_start, m.token_end, m.start, m.end, m.key, m.splits, merged)
    while len(cues) < 3:
        cm = geo.cues.cue_before(tokens, start_tok, floor)
        if cm is None:
            break
        cues.insert(0, cm)
        start_tok = cm.token_start
    end_tok = m.token_end + geo.cues.after_len(tokens, m.token_end)
    first = tokens[start_tok]
    if not cues:
        offset, prefix, article = _word_reading(first.text, first.norm, words[0])
        c = _Cand(match=m, start_tok=start_tok, end_tok=end_tok, start=first.start + offset,
                  end=tokens[end_tok - 1].end, cues=cues, prefix=prefix)
    else:
        form = cues[0].form
        c = _Cand(match=m, start_tok=start_tok, end_tok=end_tok, start=_phrase_start(first, form),
                  end=tokens[end_tok - 1].end, cues=cues, prefix=_stripped_prefix(first.norm, form))
        skip = inner[1] if inner is not None else 0
        name_tok = tokens[min(m.token_start + skip, m.token_end - 1)]
        article = _word_reading(name_tok.text, name_tok.norm, words[min(skip, len(words) - 1)])[2]
    c.article = article
    before = start_tok - 1
    c.core = core
    c.inner = inner is not None
    c.titled = not cues and before >= 0 and tokens[before].is_word and \
        not geo.cues.titles.isdisjoint(tokens[before].forms[:2])
    c.weak_word = before >= 0 and tokens[before].is_word and \
        not geo.cues.weak.isdisjoint(tokens[before].forms[:2])
    c.weak = c.weak_word or "ب" in c.prefix
    nxt = tokens[end_tok] if end_tok < len(tokens) else None
    c.genitive = bool(nxt is not None and nxt.is_word and nxt.norm.startswith("ال")
                      and end_tok == m.token_end and " " not in m.key)
    return c


def test_new_cand_sets_every_field_as_the_constructor() -> None:
    """``_new_cand`` builds candidates without the dataclass constructor: it must set every
    field of ``_Cand`` (a field added later and not set there fails here) to what the
    constructor gives."""
    from dataclasses import fields
    from rasd.gazetteer.lookup import NameMatch
    from rasd.resolve.places import _Cand, _new_cand
    m = NameMatch(3, 4, 10, 14, "حلب", 1, (5, 6))
    args = dict(match=m, start_tok=2, end_tok=5, start=9, end=20, cues=[], prefix="وب", article=True,
                core="حلب", inner=True, titled=False, weak_word=True, weak=True, genitive=True)
    fast = _new_cand(*args.values())
    slow = _Cand(**args)
    assert fast == slow
    for f in fields(_Cand):
        assert getattr(fast, f.name) == getattr(slow, f.name), f.name
    other = _new_cand(*args.values())
    assert other.ranked is not fast.ranked and other.entries is not fast.entries and other.points is not fast.points


def test_extend_gives_the_constructor_built_candidates(geo: Geocoder) -> None:
    """Every candidate ``_extend`` builds (cue words before, directional adjectives after,
    titles, locative words, genitives, inner triggers) equals the former construction."""
    text = TEXT + (" وسيطرت على محافظة حلب وريف دمشق الغربي ومدينة زنجبار، وزار الملك سلمان "
                   "البحرين والمنطقة الشرقية، في حلب الجديدة ومن بغداد إلى قضاء تلعفر جنوب السودان.")
    tokens = list(_doc(text).tokens)
    n = 0
    seen = set()
    for floor in (0, 5):
        for m in geo.gaz.find(tokens):
            if m.token_start < floor or not geo._usable(tokens, m):
                continue
            c = geo._extend(tokens, m, floor)
            assert c == _extend_with_constructor(geo, tokens, m, floor)
            seen.update(k for k in ("cues", "titled", "weak", "weak_word", "genitive", "inner", "article")
                        if getattr(c, k))
            seen.update(["after"] if c.end_tok > c.match.token_end else [])
            n += 1
    assert n > 40
    assert seen == {"cues", "titled", "weak", "weak_word", "genitive", "inner", "article", "after"}


def test_analyse_skips_only_a_second_pass_that_changes_nothing(geo: Geocoder) -> None:
    """Without anchors ``analyse`` runs one pass: every candidate (readings, scores, evidence,
    decision) must equal the two-pass computation's, with and without anchors."""
    from rasd.model import Mention
    texts = [TEXT,
             "أعلنت السعودية ومصر والأردن عن اتفاق جديد، وقال مسؤول في الوزارة إن القرار نهائي.",
             "وصل الوفد إلى المنامة قادما من الكويت، ثم زار الدوحة ومسقط في جولة خليجية.",
             "شهدت مناطق العيص وبدر والقنفذة أمطارا غزيرة، وأغلقت الطرق المؤدية إلى الحي الشرقي.",
             "قالت وزارة الداخلية إن رجال الأمن ضبطوا المتهم في حي السلامة بعد بلاغ من المواطنين."]
    kinds = set()
    for text in texts:
        doc = _doc(text)
        ners = [(), [Mention(kind="LOC", start=m.start, end=m.end, text=text[m.start:m.end], score=0.9)
                     for m in geo.gaz.find(list(doc.tokens))[:6]]]
        for ner in ners:
            ref = geo.analyse(doc, ner, second_pass_always=True)
            second = []                 # did the shortcut run the second pass (anchors fixed)?
            rank = geo._rank

            def counting_rank(c, ctx, exclude, rank=rank, second=second):
                second.append(exclude is not None)
                return rank(c, ctx, exclude)
            geo._rank = counting_rank
            try:
                got = geo.analyse(doc, ner)
            finally:
                del geo._rank
            anchored = any(second)
            assert got == ref
            kinds.add((anchored, any(not c.hopeless for c in got), any(c.accepted for c in got)))
    assert (False, True, True) in kinds and (True, True, True) in kinds
