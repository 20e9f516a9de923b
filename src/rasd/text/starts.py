"""Which tokens of an article offer a word of some word set: one test per token for all sets.

Why: about ten steps of the pipeline look for the tokens that may start a phrase of their own
lexicon (the event triggers, the framing and modality cues, the actors, the gazetteer's first
words, the place triggers, demonyms ...), each with one set test per token over all of an
article's tokens. Here each distinct ``forms`` tuple is tested once per process against every
word set in use, and remembered as a bit mask; an article's masks are looked up once and shared
by every step that scans the same tokens, and a scan is then one integer ``and`` per token.

``positions(tokens, words)`` gives exactly the indices of
``compress(range(n), map(not_, map(words.isdisjoint, forms)))``
(``tests/text/test_starts.py``). Word sets are registered on first use by identity; the word
sets of rasd only ever grow (lexicons and matchers are built before use, a matcher may gain
phrases), and a set whose size changed since its masks were computed clears every mask.
"""
from __future__ import annotations

import threading
from collections.abc import Collection, KeysView, Mapping
from itertools import compress, islice, repeat
from operator import and_, attrgetter, not_
from typing import Iterator, Optional, Sequence

from rasd.model import Token

_FORMS = attrgetter("forms")
#: distinct ``forms`` tuples remembered (a bound, not a tuning knob: emptied when full)
_MAX_FORMS = 1 << 17
#: registered word sets; beyond this many (tests build many small matchers) all are forgotten
_MAX_SETS = 48
#: sequences shorter than this (a few tokens of a name, re-scanned by the actor resolver) are
#: not remembered, so they never push an article's masks out of the memo
_MIN_SHARED = 32
#: token sequences remembered: more than the articles of a chunk (``Pipeline.extract_many``
#: finds the trigger matches of 32 articles before the other stages read them)
_RECENT = 80


class _Registry:
    __slots__ = ("sets", "tests", "sizes", "bits", "masks", "kept", "recent", "word_bits")

    def __init__(self) -> None:
        self.sets: list[object] = []                 # the registered collections (kept alive)
        self.tests: list = []                        # their ``isdisjoint``
        self.sizes: list[int] = []                   # their sizes when registered
        self.bits: dict[int, int] = {}               # id(collection) -> bit
        # id(forms) -> bit mask over the sets. Keyed by identity: a word's ``forms`` tuple is one
        # object shared by all its tokens (the tokenizer's cache), and an int key costs no
        # tuple hashing; ``kept`` holds each keyed tuple alive, so an id is never reused for
        # another tuple while its mask is known (equal tuples of other objects get their own)
        self.masks: dict[int, int] = {}
        self.kept: list[tuple[str, ...]] = []
        # the token sequences scanned last (``_RECENT``: a chunk of articles is read stage by
        # stage, each stage over all its articles), by (id of the first token, length):
        # (first, middle, last token, masks); the tokens held keep their ids unique
        self.recent: dict[tuple[int, int], tuple[Token, Token, Token, list[int]]] = {}
        # word -> the bits of the registered sets that hold it: a new ``forms`` tuple's mask is
        # then one lookup per form (about three) instead of one ``isdisjoint`` per set (ten in
        # the pipeline), 1-2 microseconds less for each of an article's ~40 new words. Made
        # from the sets' contents at registration, and again whenever a size check finds a set
        # changed (``bit``), which is also when the masks made from it are dropped
        self.word_bits: dict[str, int] = {}

    def forget_masks(self) -> None:
        self.masks.clear()
        self.kept.clear()
        self.recent.clear()

    def bit(self, words: object) -> int:
        k = self.bits.get(id(words))
        if k is not None:
            if len(words) != self.sizes[k]:          # type: ignore[arg-type]
                self.sizes[k] = len(words)           # type: ignore[arg-type]
                self.forget_masks()
                self.index_words()
            return 1 << k
        if len(self.sets) >= _MAX_SETS:
            self.__init__()                          # type: ignore[misc]
        k = len(self.sets)
        self.sets.append(words)
        self.tests.append(words.keys().isdisjoint if isinstance(words, Mapping)  # type: ignore[attr-defined]
                          else words.isdisjoint)     # type: ignore[attr-defined]
        self.sizes.append(len(words))                # type: ignore[arg-type]
        self.bits[id(words)] = k
        self.forget_masks()                          # the known masks lack the new bit
        bits = self.word_bits
        for w in words:                              # type: ignore[attr-defined]
            bits[w] = bits.get(w, 0) | (1 << k)
        return 1 << k

    def index_words(self) -> None:
        """``word_bits`` made afresh from every registered set's current contents."""
        bits: dict[str, int] = {}
        for k, words in enumerate(self.sets):
            for w in words:                          # type: ignore[attr-defined]
                bits[w] = bits.get(w, 0) | (1 << k)
        self.word_bits = bits

    def mask(self, forms: tuple[str, ...]) -> int:
        """Bit k set when one of ``forms`` is in set k: ``not test_k(forms)`` for each
        registered set's ``isdisjoint`` (``tests/text/test_starts.py``), read from
        ``word_bits``."""
        m = 0
        get = self.word_bits.get
        for f in forms:
            m |= get(f, 0)
        if len(self.masks) >= _MAX_FORMS:
            self.masks.clear()
            self.kept.clear()
        self.masks[id(forms)] = m
        self.kept.append(forms)
        return m

    def article_masks(self, tokens: Sequence[Token]) -> list[int]:
        n = len(tokens)
        first, mid, last = tokens[0], tokens[n // 2], tokens[-1]
        known = self.recent.get((id(first), n))
        if known is not None and known[0] is first and known[1] is mid and known[2] is last:
            return known[3]
        forms = list(map(_FORMS, tokens))
        masks = list(map(self.masks.get, map(id, forms)))
        if None in masks:
            for i, m in enumerate(masks):
                if m is None:
                    known = self.masks.get(id(forms[i]))
                    masks[i] = self.mask(forms[i]) if known is None else known
        self.remember(tokens, masks)                 # type: ignore[arg-type]
        return masks                                 # type: ignore[return-value]

    def remember(self, tokens: Sequence[Token], masks: list[int]) -> None:
        n = len(tokens)
        if n >= _MIN_SHARED:
            if len(self.recent) >= _RECENT:
                del self.recent[next(iter(self.recent))]        # the oldest
            self.recent[id(tokens[0]), n] = (tokens[0], tokens[n // 2], tokens[-1], masks)


_REGISTRY = _Registry()
#: rasd's stages are not re-entrant (the API server runs one extraction at a time), but a
#: registry shared by threads must never pair a bit with masks of another registration
_LOCK = threading.Lock()


def positions(tokens: Sequence[Token], words: Collection[str], start: int = 0,
              stop: Optional[int] = None) -> Iterator[int]:
    """Indices ``i`` in ``[start, stop)`` of the tokens with a form in ``words`` (a set, a
    frozenset or a dict that lives as long as the lexicon it belongs to; or a dict's keys,
    tested without the shared masks), in order."""
    stop = len(tokens) if stop is None else min(stop, len(tokens))
    if start >= stop:
        return iter(())
    if isinstance(words, KeysView) or len(tokens) < _MIN_SHARED:
        # a dict's keys: registered by the identity of the collection, and a view (like its
        # ``mapping`` proxy) is a new object at every call, so these are tested directly; and
        # a few tokens (a name re-read by the actor resolver) cost less tested than looked up
        test = words.keys().isdisjoint if isinstance(words, Mapping) else words.isdisjoint  # type: ignore[attr-defined]
        return compress(range(start, stop), map(not_, map(test, map(_FORMS, islice(tokens, start, stop)))))
    reg = _REGISTRY
    with _LOCK:     # a set's bit and the masks it indexes, from one state of the registry
        bit = reg.bit(words)
        masks = reg.article_masks(tokens)
    return compress(range(start, stop), map(and_, islice(masks, start, stop), repeat(bit)))


def share(part: Sequence[Token], tokens: Sequence[Token], idx: Sequence[int]) -> None:
    """Remember the masks of ``part``, which is ``[tokens[i] for i in idx]``, as picked from
    those of ``tokens`` (the article's, usually known already) instead of looked up again.

    Why: the actor resolver's matcher reads the article without quotes and brackets; without
    this its scan would look up the masks of every token a second time (0.1-0.2 ms an article)."""
    if not part:
        return
    with _LOCK:
        masks = _REGISTRY.article_masks(tokens)
        _REGISTRY.remember(part, list(map(masks.__getitem__, idx)))


def forget() -> None:
    """Forget every registered word set and mask (tests)."""
    with _LOCK:
        _REGISTRY.__init__()                         # type: ignore[misc]


__all__ = ["positions", "share", "forget"]
