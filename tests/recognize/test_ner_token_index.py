"""``NerTagger._mentions`` finds a name's first and last tokens in the article by bisection over
the token starts (``_token_index``, branch ``speed5``) instead of a dictionary built from every
token: the same index, or the same "missing", for every span."""
from __future__ import annotations

import json
from pathlib import Path

from rasd.model import Token
from rasd.recognize.ner import _START, _token_index
from rasd.text.tokenize import tokenize

DATA = Path(__file__).resolve().parents[2] / "data"


def test_token_index_equals_the_dictionary_of_spans() -> None:
    texts = [json.loads(ln)["text"] for name in ("demo", "dev2")
             for ln in (DATA / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:8]
             if ln.strip()]
    checked = missing = 0
    for text in texts:
        tokens = tokenize(text)
        index = {(t.start, t.end): i for i, t in enumerate(tokens)}
        starts = list(map(_START, tokens))
        # the article's own tokens, tokens of a part re-read with offsets, and spans that
        # start or end inside a token or cover two
        probes = list(tokens) + tokenize(text, 5, len(text) // 2)
        probes += [t._replace(end=t.end - 1) for t in tokens[:50] if t.end - t.start > 1]
        probes += [t._replace(start=t.start + 1) for t in tokens[:50] if t.end - t.start > 1]
        probes += [a._replace(end=b.end) for a, b in zip(tokens[:50], tokens[1:51])]
        probes += [tokens[-1]._replace(start=len(text) + 3, end=len(text) + 5)]
        for tok in probes:
            for default in (-1, -2):
                want = index.get((tok.start, tok.end), default)
                assert _token_index(tokens, starts, tok, default) == want
                missing += want == default
                checked += 1
    assert checked > 5000 and missing > 500
    assert isinstance(tokens[0], Token)
