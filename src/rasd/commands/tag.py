"""``rasd tag --conll FILE``: BIO-tag a token-per-line file with the shipped NER model.

Input: one token per line (``token TAG`` or just ``token``; any gold tag is ignored), blank
lines between sentences. Output: ``token<TAB>predicted-tag`` for every input token in the same
order, with the input's sentence breaks, so the output lines up with the input for scoring.
"""
from __future__ import annotations

import argparse
import sys
from typing import IO, Iterator


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tag", help="named-entity BIO tags for a CoNLL token-per-line file",
                       description="Read one token per line (`token TAG` or `token`; blank lines "
                                   "separate sentences) and write `token<TAB>tag` lines with the "
                                   "same sentence breaks.")
    p.add_argument("--conll", required=True, metavar="FILE", help="input file, or - for stdin")
    p.add_argument("-o", "--output", default="-", help="output file or - for stdout (default)")
    p.add_argument("--model", help="model directory (default: the one shipped with rasd)")
    p.set_defaults(func=run)


def _blocks(lines: Iterator[str]) -> Iterator[tuple[list[str], int]]:
    """``(tokens, blank_lines_after)`` per sentence, keeping every blank line of the input."""
    from rasd.ner.conll import parse_line

    tokens: list[str] = []
    for line in lines:
        item = parse_line(line)
        if item is None:
            yield tokens, 1
            tokens = []
        else:
            tokens.append(item[0])
    if tokens:
        yield tokens, 0


_CHUNK = 512  # sentences tagged together: batched decoding is several times faster


def _write(out: IO[str], chunk: list[tuple[list[str], int]], tagger) -> int:
    tags = tagger.tag_many([tokens for tokens, _ in chunk])
    for (tokens, blanks), ts in zip(chunk, tags):
        for w, t in zip(tokens, ts):
            out.write(f"{w}\t{t}\n")
        out.write("\n" * blanks)
    return sum(len(tokens) for tokens, _ in chunk)


def run(args: argparse.Namespace) -> int:
    from rasd.recognize.ner import NerTagger

    tagger = NerTagger.from_dir(args.model) if args.model else NerTagger.load()
    if not tagger.available:
        print("rasd tag: no NER model found; every tag will be O", file=sys.stderr)
    try:
        src: IO[str] = sys.stdin if args.conll == "-" else open(args.conll, encoding="utf-8-sig")
    except OSError as exc:
        print(f"rasd tag: cannot read {args.conll}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    out: IO[str] = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    n = 0
    try:
        chunk: list[tuple[list[str], int]] = []
        for block in _blocks(iter(src)):
            chunk.append(block)
            if len(chunk) >= _CHUNK:
                n += _write(out, chunk, tagger)
                chunk = []
        n += _write(out, chunk, tagger)
    finally:
        if src is not sys.stdin:
            src.close()
        if out is not sys.stdout:
            out.close()
    print(f"rasd tag: {n} tokens", file=sys.stderr)
    return 0
