"""Multi-pattern phrase matching over clitic-aware tokens, in one pass.

Why a token trie: rasd's lexicons (actors, places, triggers, framing terms) hold tens of
thousands of phrases; one regex per entry would be slow and would not understand clitics.
Every entry is keyed by its tokens' ``lookup_key`` (normalised, article removed); every text
token offers its ``forms`` (unsplit first, then with و/ف/ب/ك/ل/س stripped). At each position
the trie is walked with those forms and the longest phrase wins; ties prefer the reading that
split fewer clitics, so a name is never cut into clitic + rest when the name itself is known.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, Iterable, Iterator, TypeVar

from rasd.model import Token
from rasd.text.tokenize import tokenize, lookup_key
from rasd.text.normalize import norm_key

V = TypeVar("V")


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """Lookup keys of a lexicon phrase: its word tokens' normalised, article-free forms."""
    return tuple(lookup_key(t.norm) for t in tokenize(phrase) if t.is_word or t.norm.isdigit())


@dataclass(slots=True)
class _Node(Generic[V]):
    children: dict[str, "_Node[V]"] = field(default_factory=dict)
    values: list[V] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    """``values`` matched tokens ``[token_start, token_end)``; ``splits`` counts clitic splits used."""

    token_start: int
    token_end: int
    start: int
    end: int
    values: tuple[V, ...]
    splits: int
    keys: tuple[str, ...]


class PhraseMatcher(Generic[V]):
    """A trie of phrases → values. Build once per process; ``find`` is linear in the text."""

    def __init__(self) -> None:
        self._root: _Node[V] = _Node()
        self.size = 0

    def add(self, phrase: str, value: V) -> None:
        keys = phrase_keys(phrase)
        if keys:
            self.add_keys(keys, value)

    def add_keys(self, keys: Iterable[str], value: V) -> None:
        node = self._root
        for k in keys:
            node = node.children.setdefault(k, _Node())
        if value not in node.values:
            node.values.append(value)
            self.size += 1

    def __contains__(self, phrase: str) -> bool:
        node = self._root
        for k in phrase_keys(phrase):
            node = node.children.get(k)
            if node is None:
                return False
        return bool(node.values)

    def _walk(self, tokens: list[Token], i: int) -> Iterator[tuple[int, int, _Node[V], tuple[str, ...]]]:
        """Yield (end_token, splits, node, keys) for every phrase starting at token i."""
        stack: list[tuple[int, int, _Node[V], tuple[str, ...]]] = [(i, 0, self._root, ())]
        while stack:
            j, splits, node, keys = stack.pop()
            if j > i and node.values:
                yield j, splits, node, keys
            if j >= len(tokens):
                continue
            tok = tokens[j]
            forms = tok.forms if j == i else tok.forms[:2]
            for rank, f in enumerate(forms):
                child = node.children.get(f)
                if child is not None:
                    stack.append((j + 1, splits + (1 if rank > 1 else 0), child, keys + (f,)))

    def find(self, tokens: list[Token], overlapping: bool = False) -> list[Match[V]]:
        """Matches in ``tokens``: longest first, then fewest clitic splits; non-overlapping
        unless ``overlapping``."""
        out: list[Match[V]] = []
        i = 0
        n = len(tokens)
        while i < n:
            best = None
            for j, splits, node, keys in self._walk(tokens, i):
                cand = (j - i, -splits)
                if best is None or cand > best[0]:
                    best = (cand, j, splits, node, keys)
                if overlapping:
                    out.append(Match(i, j, tokens[i].start, tokens[j - 1].end, tuple(node.values), splits, keys))
            if best is not None and not overlapping:
                _, j, splits, node, keys = best
                out.append(Match(i, j, tokens[i].start, tokens[j - 1].end, tuple(node.values), splits, keys))
                i = j
            else:
                i += 1
        return out


def build_matcher(entries: Iterable[tuple[str, Any]]) -> PhraseMatcher[Any]:
    m: PhraseMatcher[Any] = PhraseMatcher()
    for phrase, value in entries:
        m.add(phrase, value)
    return m


__all__ = ["PhraseMatcher", "Match", "build_matcher", "phrase_keys", "norm_key"]
