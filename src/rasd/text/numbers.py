"""Numbers in Arabic text: digits in three scripts, number words, duals, vague quantities.

STUB: the text-layer work replaces this with the full recogniser; the interface is fixed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from rasd.model import Token


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in the text.

    ``value`` is the number to report (see the conventions in this module's docstring for vague
    quantities); ``low``/``high`` bound it; ``approximate`` is True for «نحو», «أكثر من»,
    «عشرات» and the like. ``start``/``end`` cover the whole expression in the original text,
    ``token_start``/``token_end`` the tokens it spans; ``noun_token`` is the index of the counted
    noun when the number is a dual or a number word fused with its noun (else -1).
    """

    start: int
    end: int
    value: int
    low: int
    high: int
    approximate: bool = False
    token_start: int = -1
    token_end: int = -1
    noun_token: int = -1


def find_quantities(text: str, tokens: Sequence[Token]) -> list[Quantity]:
    """All quantities in ``tokens`` (tokens of ``text``), left to right, non-overlapping."""
    out: list[Quantity] = []
    for i, t in enumerate(tokens):
        if t.norm.isdigit():
            v = int(t.norm)
            out.append(Quantity(t.start, t.end, v, v, v, False, i, i + 1))
    return out
