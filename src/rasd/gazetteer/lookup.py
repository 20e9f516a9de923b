"""Load the shipped gazetteer once per process and find candidate places for token spans.

Why an index of key tuples (not a ``PhraseMatcher`` trie of node objects): 87,000 places with
~200,000 keys would mean a million small objects to build at every start; a dict from the
first key to the set of full key tuples loads in a fraction of a second and matches in one
pass over the tokens, trying each token's clitic-stripped ``forms`` exactly like the matcher.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import IO, Iterable, Optional, Sequence

from rasd.gazetteer.records import GazEntry, entry_from_fields, read_lines
from rasd.geo import haversine_km
from rasd.model import Token
from rasd.recognize.matcher import phrase_keys
from rasd.text.starts import positions
from rasd.records import slot_builder


class _LazyEntries(Sequence[GazEntry]):
    """A read-only list of entries parsed from their TSV lines on first access."""

    __slots__ = ("_rows", "_cache")

    def __init__(self, rows: list[str]) -> None:
        self._rows = rows
        self._cache: dict[int, GazEntry] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self._rows)))]
        e = self._cache.get(i)
        if e is None:
            e = self._cache[i] = entry_from_fields(self._rows[i].split("\t"))
        return e


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Gazetteer names found at tokens ``[token_start, token_end)``.

    ``splits`` counts clitics stripped to match (0 when the words matched as written);
    ``entries`` are the indices of every place with this name."""

    token_start: int
    token_end: int
    start: int
    end: int
    key: str
    splits: int
    entries: tuple[int, ...]


# a positional constructor of ``NameMatch`` that sets its slots directly (``rasd.records``)
_new_match = slot_builder(NameMatch, ("token_start", "token_end", "start", "end", "key", "splits", "entries"))


def _ORDER(m: NameMatch) -> tuple[int, int, int]:
    """``find``'s order: by start, longest first, then fewest clitic splits."""
    return m.token_start, -(m.token_end - m.token_start), m.splits


class Gazetteer:
    """The place records plus an index from lookup keys to record indices."""

    _instance: Optional["Gazetteer"] = None

    def __init__(self, entries: Sequence[GazEntry]) -> None:
        self.entries: Sequence[GazEntry] = list(entries)
        self._index([(e.id, e.keys) for e in self.entries])

    def _index(self, id_keys: Iterable[tuple[str, Sequence[str]]]) -> None:
        self.by_key: dict[str, tuple[int, ...]] = {}
        self.by_id: dict[str, int] = {}
        self._first: dict[str, int] = {}    # first word → longest phrase length (in words)
        by_key: dict[str, list[int]] = {}
        # every inner word prefix of a name of three words or more («جبل الشيخ»
        # of «جبل الشيخ بدر»): a search path that is neither a name nor one of these
        # can never reach a name, so ``_extend`` drops it
        self._inner: set[str] = set()
        inner = self._inner
        # the first two words of every name of two words or more («جبل الشيخ»): ``find`` tests
        # a first word's possible second words here before it starts a search (most first
        # words are ordinary words that begin a few long names, and the next word rarely fits)
        self._pairs: set[str] = set()
        pairs = self._pairs
        first = self._first
        for i, (pid, keys) in enumerate(id_keys):
            self.by_id[pid] = i
            for k in keys:
                if not k:
                    continue
                lst = by_key.get(k)
                if lst is None:
                    by_key[k] = [i]
                    w0, _, rest = k.partition(" ")
                    n = rest.count(" ") + 2 if rest else 1
                    if first.get(w0, 0) < n:
                        first[w0] = n
                    if n >= 2:
                        pairs.add(f"{w0} {rest.partition(' ')[0]}")
                    if n >= 3:
                        cut = k.rfind(" ")
                        while cut > len(w0):
                            inner.add(k[:cut])
                            cut = k.rfind(" ", 0, cut)
                elif lst[-1] != i:
                    lst.append(i)
        # tuples of ints are untracked by the cyclic garbage collector; 150,000 lists were
        # traversed by every full collection for the life of the process
        self.by_key = {k: tuple(v) for k, v in by_key.items()}  # type: ignore[misc]
        # ``forms`` → ``_starts_for(forms)`` (``find``)
        self._starts: dict[tuple[str, ...], tuple[tuple[str, int, int, tuple[int, ...]], ...]] = {}

    @classmethod
    def from_stream(cls, stream: IO[bytes]) -> "Gazetteer":
        """Fast path: rows stay split strings and become ``GazEntry`` objects only when asked
        for (a search touches a few hundred of 87,000), so loading is one pass over the file."""
        lines = read_lines(stream)
        lazy = _LazyEntries(lines)
        if stale_keys(lazy):
            return cls(rekey_if_stale([lazy[i] for i in range(len(lazy))]))
        self = cls.__new__(cls)
        self.entries = lazy
        self._index((ln[:ln.find("\t")], ln[ln.rfind("\t") + 1:].split("|")) for ln in lines)
        return self

    @classmethod
    def from_file(cls, path: str) -> "Gazetteer":
        with open(path, "rb") as f:
            return cls.from_stream(f)

    @classmethod
    def load(cls) -> "Gazetteer":
        """The packaged gazetteer, loaded once per process."""
        if cls._instance is None:
            with resources.files("rasd.data").joinpath("gazetteer.tsv.gz").open("rb") as f:
                cls._instance = cls.from_stream(f)
        return cls._instance

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, place_id: str) -> Optional[GazEntry]:
        i = self.by_id.get(place_id)
        return None if i is None else self.entries[i]

    def get_geonames(self, geonames_id: int) -> Optional[GazEntry]:
        """The place carrying GeoNames id ``geonames_id`` (merged WOF records included)."""
        if not hasattr(self, "_by_gid"):
            self._by_gid = {}
            for i in range(len(self.entries)):
                gid = self.entries[i].geonames_id
                if gid is not None:
                    self._by_gid.setdefault(gid, i)
        i = self._by_gid.get(geonames_id)
        return None if i is None else self.entries[i]

    def lookup(self, name: str) -> list[GazEntry]:
        """Places whose name (normalised, clitic- and article-insensitive) is ``name``."""
        key = " ".join(phrase_keys(name))
        return [self.entries[i] for i in self.by_key.get(key, ())]

    def find(self, tokens: Sequence[Token], start: int = 0, end: Optional[int] = None) -> list[NameMatch]:
        """Every gazetteer name in ``tokens[start:end]``, overlapping, longest first per start.

        The first word of a name may carry proclitics (و ف ب ل ك); later words are tried as
        written or without the article only (the matcher's convention)."""
        end = len(tokens) if end is None else end
        out: list[NameMatch] = []
        starts_of = self._starts
        pairs = self._pairs
        # most tokens start no name: the positions that may are picked in C, from bit masks
        # shared with the article's other scans (``rasd.text.starts``; no Python step per token)
        maybe = positions(tokens, self._first, start, end)
        for i in maybe:
            tok = tokens[i]
            if not tok.is_word:
                continue
            starts = starts_of.get(tok.forms)
            if starts is None:
                starts = self._starts_for(tok.forms)
            n0 = len(out)
            alone = i + 1 >= end or not tokens[i + 1].is_word       # no longer name can start here
            for f, splits, maxlen, hit in starts:
                # ``_extend``'s one-word case, inline (most hits): also when the next word is
                # no second word of a name starting with ``f`` (``_extend`` would try exactly
                # these two forms of it, against the same names)
                if maxlen == 1 or alone or (f"{f} {tokens[i + 1].forms[0]}" not in pairs and (
                        len(tokens[i + 1].forms) < 2 or f"{f} {tokens[i + 1].forms[1]}" not in pairs)):
                    if hit:
                        out.append(_new_match(i, i + 1, tok.start, tok.end, f, splits, hit))
                    continue
                self._extend(tokens, i, end, f, splits, maxlen, out)
            if len(out) - n0 > 1:
                # matches come out by start already: only a start's own matches need ordering
                # (a stable sort of each group equals the stable sort of the whole list)
                out[n0:] = sorted(out[n0:], key=_ORDER)
        return out

    def _starts_for(self, forms: tuple[str, ...]) -> tuple[tuple[str, int, int, tuple[int, ...]], ...]:
        """``(form, splits, longest name in words, places named by the form alone)`` for each of
        a token's ``forms`` that starts a name, in order: what ``find`` looked up per form at
        every occurrence, remembered per ``forms`` tuple (the index never changes after
        loading). Bounded: emptied when full."""
        first, by_key = self._first, self.by_key
        starts = tuple((f, 1 if rank > 1 else 0, first[f], by_key.get(f, ()))
                       for rank, f in enumerate(forms) if first.get(f))
        if len(self._starts) >= _MAX_STARTS:
            self._starts.clear()
        self._starts[forms] = starts
        return starts

    def _extend(self, tokens: Sequence[Token], i: int, end: int, first: str, splits: int,
                maxlen: int, out: list[NameMatch]) -> None:
        if maxlen == 1 or i + 1 >= end or not tokens[i + 1].is_word:
            # one-word names only (most first words): no search over the following words
            hit = self.by_key.get(first)
            if hit:
                tok = tokens[i]
                out.append(_new_match(i, i + 1, tok.start, tok.end, first, splits, tuple(hit)))
            return
        paths: list[tuple[str, int]] = [(first, i + 1)]
        while paths:
            key, j = paths.pop()
            hit = self.by_key.get(key)
            if hit:
                out.append(_new_match(i, j, tokens[i].start, tokens[j - 1].end, key, splits, tuple(hit)))
            if j >= end or j - i >= maxlen or not tokens[j].is_word:
                continue
            for f in tokens[j].forms[:2]:
                longer = f"{key} {f}"
                if longer in self.by_key or longer in self._inner:
                    paths.append((longer, j + 1))



#: bound of ``Gazetteer._starts`` (distinct ``forms`` tuples of tokens that start a name:
#: 18,600 for the first 3,000 SaudiNewsNet articles, about 3 MB)
_MAX_STARTS = 1 << 15


def stale_keys(entries: Sequence[GazEntry], probes: int = 300) -> bool:
    """True when the stored lookup keys no longer match what the current text layer computes
    (the normaliser or tokeniser changed since ``rasd gazetteer build``): checked on a spread
    sample of entries, so the check costs milliseconds."""
    step = max(1, len(entries) // probes)
    sample = entries[::step]
    # a handful of names differ by design: a generic first name the builder leaves out
    # («المدينة» of Medina, «القرية») or a key variant it adds («القضاء» → «قضا»); a change of the
    # text layer shows in many names at once
    wrong = sum(1 for e in sample for name, key in zip(e.names_ar[:1], e.keys[:1])
                if " ".join(phrase_keys(name)) != key)
    return wrong > len(sample) // 100


def rekey_if_stale(entries: list[GazEntry]) -> list[GazEntry]:
    """Recompute every entry's keys when they are stale (slow, a few seconds, with a warning:
    rebuilding the file with ``rasd gazetteer build`` makes loading fast again)."""
    if not stale_keys(entries):
        return entries
    import warnings
    from dataclasses import replace

    from rasd.gazetteer.build import compute_keys, load_triggers, trigger_words

    warnings.warn("gazetteer keys are stale for the current normaliser: recomputing them "
                  "(run `rasd gazetteer build` to refresh the shipped file)", RuntimeWarning)
    triggers = load_triggers()
    prefixes = list(triggers.get("admin_prefixes") or [])
    generic = {" ".join(phrase_keys(w)) for w in trigger_words(triggers)}
    return [replace(e, keys=compute_keys(e.names_ar, prefixes, generic)) for e in entries]


__all__ = ["Gazetteer", "NameMatch", "haversine_km"]
