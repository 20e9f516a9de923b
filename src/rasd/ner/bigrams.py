"""The CRF's word-bigram weight rows of a whole batch of sentences in a few array operations.

Why: the CRF has a ``bg-=a|b`` and a ``bg+=a|b`` feature for some pairs of neighbouring folded
words (3,000 pairs in the shipped model). Finding them token pair by token pair (format both
strings, look them up, remember the pair) was a Python step per token, a tenth of the CRF's
time. Here every folded word that is the left half of a known pair gets a number, likewise the
right halves; a word's two numbers are found once, when the word is first seen; a batch's pairs
are then ``left * n_right + right`` codes found in a sorted array by one ``np.searchsorted``.

Exact: a pair of words gets a row exactly when its formatted string is one of the model's
attributes. A string ``a|b`` whose halves hold ``|`` themselves is registered under every
split, so every pair of words that formats to it finds it.
"""
from __future__ import annotations

from typing import Callable, Mapping

import numpy as np


class BigramRows:
    """Row numbers of the ``bg-`` / ``bg+`` attributes of a CRF, by pairs of folded words."""

    def __init__(self, attr_rows: Mapping[str, int]):
        """``attr_rows``: attribute string -> its weight row (only ``bg-=``/``bg+=`` are read)."""
        pairs: dict[tuple[str, str], list[int]] = {}
        for attr, row in attr_rows.items():
            side = 0 if attr.startswith("bg-=") else 1 if attr.startswith("bg+=") else -1
            if side < 0:
                continue
            value = attr[4:]
            at = value.find("|")
            while at >= 0:
                pairs.setdefault((value[:at], value[at + 1:]), [0, 0])[side] = row
                at = value.find("|", at + 1)
        self.left: dict[str, int] = {}
        self.right: dict[str, int] = {}
        for a, b in pairs:
            self.left.setdefault(a, len(self.left))
            self.right.setdefault(b, len(self.right))
        self._n_right = max(1, len(self.right))
        codes = np.array([self.left[a] * self._n_right + self.right[b] for a, b in pairs],
                         dtype=np.int64)
        order = np.argsort(codes, kind="stable")
        self._codes = codes[order]
        rows = np.array(list(pairs.values()), dtype=np.intp).reshape(-1, 2)
        # a sentinel past the end: codes not found point there, to row 0 (all zeros)
        self._rows = np.vstack([rows[order], np.zeros((1, 2), dtype=np.intp)])

    def sides(self, norm: str) -> tuple[int, int]:
        """The word's number as the left and as the right half of a pair (-1: none)."""
        return self.left.get(norm, -1), self.right.get(norm, -1)

    def rows(self, left: np.ndarray, right: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``bg-`` and ``bg+`` rows (0 where the model has none) of the pairs whose left word
        has number ``left`` and right word ``right`` (arrays of one shape; -1 = no number),
        where ``valid``."""
        ok = valid & (left >= 0) & (right >= 0)
        code = np.where(ok, left.astype(np.int64) * self._n_right + right, -1)
        pos = np.searchsorted(self._codes, code)
        pos[pos >= len(self._codes)] = len(self._codes)
        hit = ok & (pos < len(self._codes))
        hit[hit] = self._codes[pos[hit]] == code[hit]
        pos[~hit] = len(self._codes)
        found = self._rows[pos]
        return found[..., 0], found[..., 1]


def reference_rows(lit: Callable[[str, int], int], a: str, b: str) -> tuple[int, int]:
    """The rows the per-pair lookup gave (``NerTagger`` before): the reference of ``rows``."""
    return lit(f"bg-={a}|{b}", 0), lit(f"bg+={a}|{b}", 0)
