"""The one place that knows the order of stages.

readers → text (tokens, sentences) → recognise (dates, numbers, NER) → resolve (places,
actors) → events (frames, coding, modality) → ExtractionResult. The CLI, the store, the Dask
runner and the API all call ``Pipeline.extract``; none keeps a copy of this order.

Bad input never raises out of ``extract``: it becomes an ``ExtractionResult`` with an
``error`` and no events, so a batch always goes on.
"""
from __future__ import annotations

import bisect
import gc
import math
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Iterable, Iterator, Optional

from rasd.model import Article, Doc, ExtractionResult, Mention, Sentence
from rasd.recognize.matcher import Match
from rasd.text.segment import split_sentences
from rasd.text.starts import positions
from rasd.text.tokenize import tokenize

MAX_TEXT_CHARS = 1_000_000
# runs, not single characters: counting letters as the summed length of the runs gives the same
# count with one match per word instead of one per letter (a list of every letter of the text)
_LETTER = re.compile(r"[^\W\d_]+")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """Flat switches for the stages (kept small on purpose: one entry point, flat options)."""

    use_ner: bool = True
    # NER names with a lower mean tag confidence are not passed to the resolvers: the shipped CRF
    # (ANERcorp test F1 69) adds noise below it (dev F1 0.618 with every name, 0.627 at 0.7,
    # 0.630 with no NER at all; recall is highest at 0.7)
    ner_min_score: float = 0.7
    # "strong": run the NER model only on sentences that hold a strong event trigger (the names
    # it adds matter as event arguments; most news sentences have none, and tagging is the
    # costliest stage); "events": sentences with any trigger, weak ones too («قتل», «انسحب»);
    # "all": every sentence. "strong" gave the same scores as "events" on dev, dev2, dev3 and
    # held-out, 4 fewer of 1,461 events on SaudiNewsNet 1-5,000 (12 articles changed, mostly
    # junk either way), and a 13-15% cheaper NER stage, 65 MB less peak memory
    # (bench/README.md, 2026-12-07 afternoon)
    ner_scope: str = "strong"
    # drop events with no actor, and events in a country that is neither the article's main
    # country, nor named in it, nor an event actor's own (rasd/events/support.py says why)
    require_support: bool = True
    max_chars: int = MAX_TEXT_CHARS
    min_arabic_share: float = 0.2


def parse_published(value: Optional[str]) -> Optional[date]:
    """The publication day from an ISO date or datetime string (None when absent or unreadable)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def check_text(text: str, opts: PipelineOptions) -> Optional[str]:
    """Why ``text`` cannot be processed, or None when it can."""
    if not text or not text.strip():
        return "empty text"
    if len(text) > opts.max_chars:
        return f"text too long: {len(text)} characters (limit {opts.max_chars})"
    if "\x00" in text:
        return "text contains NUL bytes (binary data?)"
    if _arabic_enough(text, opts.min_arabic_share):
        return None
    letters = sum(map(len, _LETTER.findall(text)))
    arabic = sum(map(len, _ARABIC.findall(text)))
    if letters == 0 or arabic / max(letters, 1) < opts.min_arabic_share:
        return "text is not Arabic (too few Arabic letters)"
    return None


def _arabic_enough(text: str, share: float) -> bool:
    """True only when ``check_text``'s letter counts would pass ``text``: it has a letter, and
    the Arabic characters of its first part alone are at least ``share`` of all its characters.

    Why: counting every letter and every Arabic character of an article (two ``findall`` over
    all of it) was about 2% of the pipeline's time, and nearly every article is mostly Arabic.
    The Arabic characters of a prefix are at most all of them and the letters at most all
    characters, so the exact ratio is then at least ``share`` (compared in integers, with
    ``share`` as the exact fraction it is); the float quotient of the full test, correctly
    rounded, is then not below ``share`` either. When this cannot tell, the full count decides
    (``tests/test_check_text_counts.py``)."""
    n = len(text)
    if not math.isfinite(share) or _LETTER.search(text) is None:
        return False
    p, q = share.as_integer_ratio()
    # the prefix an article about 80% Arabic needs, with room to spare (whole short texts)
    cut = min(n, 2 * n * p // q + 256)
    arabic = sum(map(len, _ARABIC.findall(text, 0, cut)))
    return arabic * q >= p * n


class Pipeline:
    """Load every model and lexicon once; then ``extract`` articles one by one or in batches."""

    def __init__(self, options: Optional[PipelineOptions] = None) -> None:
        from rasd.events.engine import EventEngine
        from rasd.recognize.ner import NerTagger
        from rasd.resolve.actors import ActorResolver
        from rasd.resolve.places import Geocoder

        self.options = options or PipelineOptions()
        collect_garbage_less_often()
        self.geocoder = Geocoder.load()
        self.actors = ActorResolver.load()
        self.ner = NerTagger.load() if self.options.use_ner else None
        self.engine = EventEngine.load()

    def make_doc(self, article: Article) -> Doc:
        tokens = tuple(tokenize(article.text))
        sentences = tuple(split_sentences(article.text))
        return Doc(article=article, tokens=tokens, sentences=sentences)

    def extract(self, article: Article) -> ExtractionResult:
        problem = check_text(article.text, self.options)
        if problem:
            return ExtractionResult(id=article.id, error=problem)
        try:
            return self._extract(article)
        except Exception as exc:  # a bug must not stop a batch; it is reported per record
            return _internal_error(article, exc)

    def _extract(self, article: Article) -> ExtractionResult:
        doc = self.make_doc(article)
        triggers = self.trigger_matches(doc) if self.ner else None
        view = self.ner_view(doc, triggers) if self.ner else None
        mentions = self.ner.entities(view) if self.ner and view is not None else []
        return self._after_ner(article, doc, mentions, triggers)

    def trigger_matches(self, doc: Doc) -> list[Match]:
        """The event-trigger matches of ``doc``: found once per article, then read both by
        ``ner_view`` (which sentences the NER model tags) and by the event engine."""
        return self.engine.lex.triggers.find(doc.tokens)

    def may_frame(self, doc: Doc, triggers: list[Match]) -> bool:
        """Can the event engine build a frame (an event) in ``doc``? False only when it has no
        trigger match and no token that may head a split trigger («أطلق ... النار»,
        ``Lexicon.gapped``): ``FrameBuilder.build`` reads a sentence's places, dates and
        quantities only after finding a trigger in it, so it then returns no frame whatever
        they are.

        Why: 54% of SaudiNewsNet articles have no trigger. Their output is the framing (from the
        actors) and the PLOVER verbal events (their own matcher, the modality cues and the
        actors), which read neither dates, nor quantities, nor places; ``_after_ner`` then skips
        the dates and numbers stages, and finds the places only if the actors ask for the main
        country (``ActorResolver.find_actors(country_of=)``: about half of these articles name
        no actor whose reading depends on it). Same output (``tests/test_pipeline_early_out.py``)."""
        if triggers:
            return True
        gapped = self.engine.lex.gapped
        return bool(gapped) and next(positions(doc.tokens, gapped), None) is not None

    def _after_ner(self, article: Article, doc: Doc, mentions: list[Mention],
                   triggers: Optional[list[Match]] = None) -> ExtractionResult:
        """Every stage after the NER model, given its names (``mentions``, unfiltered) and,
        when already found, the trigger matches (``trigger_matches``)."""
        from rasd.events.support import supported
        from rasd.recognize.dates import find_dates
        from rasd.text.numbers import find_quantities

        published = parse_published(article.published)
        ner = [m for m in mentions if m.score >= self.options.ner_min_score]
        if triggers is None:
            triggers = self.trigger_matches(doc)
        if not self.may_frame(doc, triggers):
            # no frame can form: dates, numbers and places would only feed frames, and the
            # places only give the actors the main country when a reading asks for it
            def country_of() -> Optional[str]:
                return self.geocoder.main_country(doc, self.geocoder.find_places(doc, ner=ner))
            actors = self.actors.find_actors(doc, ner=ner, country_of=country_of)
            found = self.engine.extract(doc, published=published, actors=actors, triggers=triggers)
            return ExtractionResult(id=article.id, events=(), framing=found.framing,
                                    plover_events=found.verbal)
        places = self.geocoder.find_places(doc, ner=ner)
        country = self.geocoder.main_country(doc, places)
        actors = self.actors.find_actors(doc, country=country, ner=ner)
        dates = find_dates(article.text, published)
        quantities = find_quantities(article.text, doc.tokens, within=self._frame_sentences(doc, triggers))
        found = self.engine.extract(doc, published=published, places=places,
                                    actors=actors, dates=dates, quantities=quantities,
                                    country=country, triggers=triggers)
        events = supported(found.events, places, country) if self.options.require_support else found.events
        return ExtractionResult(id=article.id, events=tuple(events), framing=found.framing,
                                plover_events=found.verbal)

    def _frame_sentences(self, doc: Doc, triggers: list[Match]) -> list[tuple[int, int]]:
        """The token ranges of the sentences where ``FrameBuilder`` can build a frame: those
        holding a trigger match or the head of a split trigger («أطلق ... النار»). Frames read
        quantities (casualty and people counts) only inside their own sentence, so the numbers
        stage reads only these (about a quarter of an article's tokens)."""
        marks = {m.start for m in triggers}
        gapped = self.engine.lex.gapped
        if gapped:
            marks.update(doc.tokens[i].start for i in positions(doc.tokens, gapped))
        sentences = _sentences_holding(doc, marks)
        if not sentences:
            return []
        starts = [t.start for t in doc.tokens]
        return [(bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)) for s in sentences]

    def ner_view(self, doc: Doc, triggers: Optional[list[Match]] = None) -> Optional[Doc]:
        """The document as the NER model sees it: only its sentences with a strong event
        trigger when ``ner_scope`` is "strong", with any trigger when it is "events" (offsets and
        tokens unchanged); None when none has one.
        ``triggers``: ``trigger_matches(doc)`` when the caller has them (found here otherwise)."""
        if self.options.ner_scope == "all":
            return doc
        if triggers is None:
            triggers = self.trigger_matches(doc)
        if self.options.ner_scope == "strong":
            types = self.engine.lex.types
            triggers = [m for m in triggers if any(types[v].strong for v in m.values)]
        keep = _sentences_holding(doc, {m.start for m in triggers})
        return replace(doc, sentences=tuple(keep)) if keep else None

    def extract_many(self, articles: Iterable[Article], chunk: int = 32) -> Iterator[ExtractionResult]:
        """``extract`` of each article, in input order, ``chunk`` articles at a time.

        Why chunks: the NER model's cost is mostly per time step of its loops (a BiLSTM step,
        a Viterbi step), whatever the number of sentences that step carries; one article's
        event sentences are a handful, so the NER model tags the event sentences of all the
        chunk's articles together (``NerTagger.entities_many``). Each article's result is the
        one ``extract`` gives it (the same stages on the same inputs; a sentence's scores do
        not depend on the sentences beside it, up to float32 rounding of the BLAS products,
        which ``bench/README.md`` checked leaves every output byte-identical). An error stays
        with its article."""
        if not self.ner or chunk <= 1:
            for a in articles:
                yield self.extract(a)
            return
        buf: list[Article] = []
        for a in articles:
            buf.append(a)
            if len(buf) >= chunk:
                yield from self._extract_chunk(buf)
                buf = []
        if buf:
            yield from self._extract_chunk(buf)

    def _extract_chunk(self, articles: list[Article]) -> list[ExtractionResult]:
        assert self.ner is not None
        ready: list[Any] = []  # per article: its result already, or (article, doc, view, triggers)
        for a in articles:
            problem = check_text(a.text, self.options)
            if problem:
                ready.append(ExtractionResult(id=a.id, error=problem))
                continue
            try:
                doc = self.make_doc(a)
                triggers = self.trigger_matches(doc)
                ready.append((a, doc, self.ner_view(doc, triggers), triggers))
            except Exception as exc:
                ready.append(_internal_error(a, exc))
        views = [r[2] for r in ready if isinstance(r, tuple) and r[2] is not None]
        try:
            tagged: Optional[Iterator[list[Mention]]] = iter(self.ner.entities_many(views))
        except Exception:  # tag each article alone below, so an error stays with its article
            tagged = None
        out: list[ExtractionResult] = []
        for r in ready:
            if isinstance(r, ExtractionResult):
                out.append(r)
                continue
            a, doc, view, triggers = r
            try:
                if view is None:
                    mentions: list[Mention] = []
                elif tagged is not None:
                    mentions = next(tagged)
                else:
                    mentions = self.ner.entities(view)
                out.append(self._after_ner(a, doc, mentions, triggers))
            except Exception as exc:
                out.append(_internal_error(a, exc))
        return out


#: CPython's default is 700: a young-generation collection every 700 container allocations.
GC_THRESHOLD = 100_000


def collect_garbage_less_often(threshold: int = GC_THRESHOLD) -> None:
    """Raise the cyclic garbage collector's first threshold to ``threshold`` (never lower it).

    Why: a pipeline holds a few hundred thousand long-lived container objects (gazetteer and
    knowledge-base indexes, lexicons, per-word caches), and every article allocates thousands
    of short-lived ones (tokens, candidates, matches). With the default threshold a full
    collection, which traverses every long-lived object (about 190 ms), ran every ~50 articles:
    15-20% of the CPU time of ``rasd extract`` (1,000 SaudiNewsNet articles: 3.7 s of full
    collections in 24 s; 0.9 s of collections in all at 20,000). At 100,000 (2026-12-07, with
    NER, 1,000 articles) the young collections run 11 times instead of 70 and, since most of an
    article's objects are freed before the next one, cost less in all: 0.5 s of collections
    instead of 0.8 s, and no full collection in those articles. Almost nothing here forms
    reference cycles (they are freed by reference counting as before), so memory does not grow;
    results cannot change. Process-wide, and only ever raised, so a caller's own higher setting
    stays."""
    first, *rest = gc.get_threshold()
    if first and first < threshold:
        gc.set_threshold(threshold, *rest)


def _sentences_holding(doc: Doc, marks: Iterable[int]) -> list[Sentence]:
    """The sentences of ``doc`` (in order) inside which one of the character offsets ``marks``
    falls."""
    starts = sorted(marks)
    out = []
    for s in doc.sentences:
        i = bisect.bisect_left(starts, s.start)
        if i < len(starts) and starts[i] < s.end:
            out.append(s)
    return out


def _internal_error(article: Article, exc: Exception) -> ExtractionResult:
    """A bug must not stop a batch; it is reported per record."""
    return ExtractionResult(id=article.id, error=f"internal error: {type(exc).__name__}: {exc}")


_default: Optional[Pipeline] = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def extract(text: str, published: Optional[str] = None, id: str = "text", **meta: Any) -> ExtractionResult:
    """Library entry point: ``rasd.extract("...", published="2016-12-09")``."""
    return default_pipeline().extract(Article(id=id, text=text, published=published, **meta))
