"""``Pipeline.extract_many`` tags a chunk's event sentences together: each article's result
must be the one ``Pipeline.extract`` gives it, errors included and kept in place."""
import json
from pathlib import Path

from rasd.model import Article
from rasd.pipeline import Pipeline

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo" / "articles.jsonl"


def _articles() -> list[Article]:
    arts = [Article.from_dict(json.loads(line)) for line in DEMO.read_text(encoding="utf-8").splitlines()
            if line.strip()][:12]
    arts.insert(3, Article("empty", " ", "2015-07-27"))
    arts.insert(7, Article("latin", "This text is not Arabic at all.", "2015-07-27"))
    arts.append(Article("no-trigger", "افتتح الوزير معرضا للكتاب في الرياض.", "2015-07-27"))
    return arts


def test_chunks_give_each_article_its_own_result():
    pipe = Pipeline()
    arts = _articles()
    one_by_one = [pipe.extract(a).to_dict() for a in arts]
    assert sum(len(r["events"]) for r in one_by_one) > 0
    for chunk in (1, 5, 64):
        assert [r.to_dict() for r in pipe.extract_many(arts, chunk=chunk)] == one_by_one


class _FailsOn:
    """A tagger that raises for one document (a bug in the NER model on odd input)."""

    def __init__(self, real, bad_text: str):
        self.real, self.bad = real, bad_text

    def entities(self, doc):
        if self.bad in doc.text:
            raise ValueError("boom")
        return self.real.entities(doc)

    def entities_many(self, docs):
        return [self.entities(d) for d in docs]


def test_an_ner_error_stays_with_its_article():
    pipe = Pipeline()
    arts = _articles()
    bad = next(a for a in arts if pipe.ner_view(pipe.make_doc(a)) is not None
               and a.id not in ("empty", "latin"))
    pipe.ner = _FailsOn(pipe.ner, bad.text)
    got = list(pipe.extract_many(arts, chunk=8))
    assert [r.id for r in got] == [a.id for a in arts]
    for a, r in zip(arts, got):
        if a is bad:
            assert r.error == "internal error: ValueError: boom"
        else:
            assert r.to_dict() == pipe.extract(a).to_dict()
