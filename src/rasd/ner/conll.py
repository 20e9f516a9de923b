"""CoNLL-style token-per-line files: ``token TAG`` (or ``token``), blank line between sentences.

Why a reader of our own: ANERcorp separates with a space, WikiFANE with a tab, AQMAR with a
space, and ``rasd tag`` must also accept untagged input and give back exactly the input's
sentence breaks. A sentence is a list of ``(token, tag)`` pairs; ``tag`` is ``None`` when the
line had no tag.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, TextIO

Sentence = list[tuple[str, Optional[str]]]


def parse_line(line: str) -> tuple[str, Optional[str]] | None:
    """``(token, tag)`` for one line, ``None`` for a blank line.

    The tag is the last whitespace-separated field when there are two or more fields; a line
    with a single field is an untagged token.
    """
    s = line.rstrip("\r\n")
    if not s.strip():
        return None
    parts = s.split()
    if len(parts) == 1:
        return parts[0], None
    return parts[0], parts[-1]


def read_conll(lines: Iterable[str]) -> Iterator[Sentence]:
    """Sentences of ``(token, tag)``; consecutive blank lines never produce empty sentences."""
    cur: Sentence = []
    for line in lines:
        item = parse_line(line)
        if item is None:
            if cur:
                yield cur
                cur = []
        else:
            cur.append(item)
    if cur:
        yield cur


def read_conll_file(path: str) -> list[Sentence]:
    with open(path, encoding="utf-8-sig") as f:
        return list(read_conll(f))


def write_tagged(out: TextIO, sentences: Iterable[tuple[list[str], list[str]]]) -> None:
    """Write ``token<TAB>tag`` lines with a blank line after each sentence."""
    for words, tags in sentences:
        for w, t in zip(words, tags):
            out.write(f"{w}\t{t}\n")
        out.write("\n")
