"""The NER model runs only where its names can become event arguments (ner_scope "strong", the
default, or "events")."""
from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions


class _CountingTagger:
    def __init__(self, real):
        self.real = real
        self.seen = []

    def entities(self, doc):
        self.seen.append([doc.text[s.start:s.end] for s in doc.sentences])
        return self.real.entities(doc)


def test_ner_sees_only_sentences_with_triggers():
    pipe = Pipeline(PipelineOptions(ner_scope="events"))
    pipe.ner = _CountingTagger(pipe.ner)
    text = "افتتح الوزير معرضا للكتاب في الرياض. وقتل خمسة أشخاص في غارة جوية على صنعاء."
    res = pipe.extract(Article("x", text, "2015-07-27"))
    assert res.events
    assert pipe.ner.seen == [["وقتل خمسة أشخاص في غارة جوية على صنعاء."]]


def test_no_trigger_no_tagging_and_all_scope_tags_everything():
    pipe = Pipeline(PipelineOptions(ner_scope="events"))
    pipe.ner = _CountingTagger(pipe.ner)
    pipe.extract(Article("x", "افتتح الوزير معرضا للكتاب في الرياض.", "2015-07-27"))
    assert pipe.ner.seen == []
    pipe = Pipeline(PipelineOptions(ner_scope="all"))
    pipe.ner = _CountingTagger(pipe.ner)
    pipe.extract(Article("x", "افتتح الوزير معرضا للكتاب في الرياض. وقتل خمسة أشخاص في صنعاء.", "2015-07-27"))
    assert len(pipe.ner.seen[0]) == 2


def test_the_default_tags_only_sentences_with_a_strong_trigger():
    pipe = Pipeline()
    assert pipe.options.ner_scope == "strong"
    pipe.ner = _CountingTagger(pipe.ner)
    # «قتل» alone is a weak trigger; «غارة جوية» a strong one
    text = "وقتل خمسة أشخاص في مدينة تعز. وقتل ثلاثة آخرون في غارة جوية على صنعاء."
    pipe.extract(Article("x", text, "2015-07-27"))
    assert pipe.ner.seen == [["وقتل ثلاثة آخرون في غارة جوية على صنعاء."]]
    pipe = Pipeline(PipelineOptions(ner_scope="events"))
    pipe.ner = _CountingTagger(pipe.ner)
    pipe.extract(Article("x", text, "2015-07-27"))
    assert len(pipe.ner.seen[0]) == 2
