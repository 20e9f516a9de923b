"""The document-level NER pass decodes again only the sentences whose emissions the document's
votes changed (``NerTagger._decode_document`` hands the others' first paths to ``_decode_all``
as ``known``, branch ``speed5``): the same tags, marginals and mentions as decoding every
sentence twice."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.model import Article, Doc
from rasd.recognize.ner import NerTagger
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    t = NerTagger.load()
    if not t.available or t.consistency is None:
        pytest.skip("no NER model with a document-level pass")
    return t


def _docs() -> list[Doc]:
    out = []
    for name in ("demo", "dev2", "dev3"):
        for ln in (DATA / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:12]:
            if ln.strip():
                text = json.loads(ln)["text"]
                out.append(Doc(Article(id="t", text=text), tuple(tokenize(text)),
                               tuple(split_sentences(text, with_tokens=True))))
    return out


def test_known_paths_give_what_decoding_every_sentence_gives(tagger: NerTagger, monkeypatch) -> None:
    docs = _docs()
    seen: list[tuple[int, int]] = []
    plain_decode_all = NerTagger._decode_all

    def counting(self, sentences, with_marginals, scorer=None, by_index=False, known=None):
        if known is not None:
            seen.append((len(known), len(sentences)))
        return plain_decode_all(self, sentences, with_marginals, scorer, by_index, known)

    monkeypatch.setattr(NerTagger, "_decode_all", counting)
    fast = [[(m.kind, m.start, m.end, m.token_start, m.token_end, m.score) for m in ms] for ms in tagger.entities_many(docs)]
    fast_tags = tagger.tag_many([[t.text for t in s.tokens] for d in docs[:6] for s in d.sentences],
                                document=True)
    kept = sum(k for k, _ in seen)
    total = sum(n for _, n in seen)
    assert 0 < kept < total             # both kinds of sentence: votes changed some, not all

    def every_sentence(self, sentences, with_marginals, scorer=None, by_index=False, known=None):
        return plain_decode_all(self, sentences, with_marginals, scorer, by_index, None)

    monkeypatch.setattr(NerTagger, "_decode_all", every_sentence)
    assert [[(m.kind, m.start, m.end, m.token_start, m.token_end, m.score) for m in ms] for ms in tagger.entities_many(docs)] == fast
    assert tagger.tag_many([[t.text for t in s.tokens] for d in docs[:6] for s in d.sentences],
                           document=True) == fast_tags
    assert sum(len(ms) for ms in fast) > 50
