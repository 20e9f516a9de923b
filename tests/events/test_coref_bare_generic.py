"""Coreference: an event that only a bare definite generic word ever tells is no event.

Why: «نوط المعركة» (the battle medal), «مناطق القتال» (the fighting zones), «لم تسلم من
الاقتتال»: a definite generic word refers to an act the reader knows; when the article tells no
such act, and the word brings no day and no dead of its own, it names a war or a kind of act.
"""
import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(PipelineOptions(use_ner=False))


def _types(pipe, text):
    return [e.sub_event_type for e in pipe.extract(Article("x", text, "2015-08-10")).events]


def test_a_bare_generic_word_alone_is_no_event(pipe):
    assert _types(pipe, "زار قائد القوات البرية المصابين في مستشفى القوات المسلحة بمحافظة خميس مشيط، حيث "
                        "التقى المصابين وهنأهم بعيد الفطر المبارك، وقلدهم نوط الشرف ونوط المعركة، بمشاركة "
                        "أسرهم.") == []


def test_with_its_own_day_it_is_an_event(pipe):
    assert _types(pipe, "دارت المعارك أمس الأحد في مدينة تعز بين المقاومة الشعبية والحوثيين.") == ["Armed clash"]


def test_with_its_own_dead_it_is_an_event(pipe):
    assert _types(pipe, "أسفرت المواجهات بين المقاومة الشعبية والحوثيين في مدينة تعز عن مقتل خمسة من "
                        "الحوثيين.") == ["Armed clash"]


def test_a_fight_breaking_out_again_is_told(pipe):
    assert _types(pipe, "وتحدث المرصد عن تجدد الاشتباكات بين قوات النظام وفصائل المعارضة في مدينة درعا.") \
        == ["Armed clash"]
