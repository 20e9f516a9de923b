"""Sentence splitting over the original text (first version; see tests/text for behaviour).

Why not split on every full stop: Arabic news writes decimals (3.5), abbreviations (د.),
quotes «…» and often no punctuation at all; a sentence must keep offsets into the original.
"""
from __future__ import annotations

import re

from rasd.model import Sentence
from rasd.text.tokenize import tokenize

_BOUNDARY = re.compile(r"(?<!\d)[.!?؟۔](?!\d)[»\"”')\]]*\s+|\n+")


def split_sentences(text: str, with_tokens: bool = False) -> list[Sentence]:
    """Split ``text`` into sentences; each keeps ``[start, end)`` offsets into ``text``."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        _add(text, start, end, out, with_tokens)
        start = end
    _add(text, start, len(text), out, with_tokens)
    return out


def _add(text: str, start: int, end: int, out: list[Sentence], with_tokens: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        toks = tuple(tokenize(text, start, end)) if with_tokens else ()
        out.append(Sentence(start, end, toks))
