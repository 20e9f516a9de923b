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
from typing import Any, Generic, Iterable, Optional, TypeVar

from rasd.model import Token
from rasd.text.starts import positions
from rasd.text.tokenize import tokenize, lookup_key
from rasd.text.normalize import norm_key
from rasd.records import slot_builder

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


# a positional constructor of ``Match`` that sets its slots directly (``rasd.records``)
_new_match = slot_builder(Match, ("token_start", "token_end", "start", "end", "values", "splits", "keys"))


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

    def _walk(self, tokens: list[Token], i: int) -> list[tuple[int, int, _Node[V], tuple[str, ...]]]:
        """(end_token, splits, node, keys) for every phrase starting at token i.

        The first token may match in any of its forms (unsplit first, then clitic-stripped,
        each split counted); later tokens of a phrase only in their first two forms (the
        word, or the word without its article), since clitics attach to a phrase's head."""
        out: list[tuple[int, int, _Node[V], tuple[str, ...]]] = []
        root = self._root.children
        n = len(tokens)
        for rank, f in enumerate(tokens[i].forms):
            node = root.get(f)
            if node is None:
                continue
            splits = 1 if rank > 1 else 0
            keys: tuple[str, ...] = (f,)
            j = i + 1
            if node.values:
                out.append((j, splits, node, keys))
            while node.children and j < n:
                nxt = None
                for f2 in tokens[j].forms[:2]:
                    nxt = node.children.get(f2)
                    if nxt is not None:
                        keys = keys + (f2,)
                        break
                if nxt is None:
                    break
                node = nxt
                j += 1
                if node.values:
                    out.append((j, splits, node, keys))
        return out

    def find(self, tokens: list[Token], overlapping: bool = False) -> list[Match[V]]:
        """Matches in ``tokens``: longest first, then fewest clitic splits; non-overlapping
        unless ``overlapping``."""
        if overlapping:
            return self._find_overlapping(tokens)
        out: list[Match[V]] = []
        root = self._root.children
        n = len(tokens)
        # most tokens start no phrase: the positions that may are picked in C, from bit masks
        # shared with the article's other scans (``rasd.text.starts``; no Python step per token)
        maybe = positions(tokens, root)
        i = 0  # tokens before i are inside the last match
        for k in maybe:
            if k < i:
                continue
            # ``_walk`` inline, keeping only the best phrase (no list of every phrase, no tuple
            # per phrase): within one form's walk a later phrase is longer with the same splits,
            # so only its last phrase can beat the best so far, which a longer phrase, or one as
            # long with fewer splits, does (``_walk``'s order and tie-breaks: the first stays)
            best_end = 0
            best_splits = 0
            best_node: Optional[_Node[V]] = None
            best_keys: tuple[str, ...] = ()
            for rank, f in enumerate(tokens[k].forms):
                node = root.get(f)
                if node is None:
                    continue
                keys: tuple[str, ...] = (f,)
                j = k + 1
                last = node if node.values else None
                last_end, last_keys = j, keys
                while node.children and j < n:
                    forms = tokens[j].forms
                    children = node.children
                    nxt = children.get(forms[0])
                    if nxt is not None:
                        keys = keys + (forms[0],)
                    elif len(forms) > 1:
                        nxt = children.get(forms[1])
                        if nxt is None:
                            break
                        keys = keys + (forms[1],)
                    else:
                        break
                    node = nxt
                    j += 1
                    if node.values:
                        last, last_end, last_keys = node, j, keys
                if last is None:
                    continue
                splits = 1 if rank > 1 else 0
                if best_node is None or last_end > best_end or (last_end == best_end and splits < best_splits):
                    best_end, best_splits, best_node, best_keys = last_end, splits, last, last_keys
            if best_node is not None:
                out.append(_new_match(k, best_end, tokens[k].start, tokens[best_end - 1].end,
                                      tuple(best_node.values), best_splits, best_keys))
                i = best_end
        return out

    def _find_overlapping(self, tokens: list[Token]) -> list[Match[V]]:
        """Every phrase at every position, in ``_walk``'s order."""
        out: list[Match[V]] = []
        for k in positions(tokens, self._root.children):
            for j, splits, node, keys in self._walk(tokens, k):
                out.append(_new_match(k, j, tokens[k].start, tokens[j - 1].end, tuple(node.values), splits, keys))
        return out


def build_matcher(entries: Iterable[tuple[str, Any]]) -> PhraseMatcher[Any]:
    m: PhraseMatcher[Any] = PhraseMatcher()
    for phrase, value in entries:
        m.add(phrase, value)
    return m


__all__ = ["PhraseMatcher", "Match", "build_matcher", "phrase_keys", "norm_key"]
