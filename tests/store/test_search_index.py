"""The search index must see words exactly as rasd's tokenizer does (it re-implements the word
scan for speed); this guards against drift when the text layer changes."""
from __future__ import annotations

from rasd.store.search import index_body, query_terms
from rasd.text.tokenize import tokenize

SAMPLES = [
    "قالَ الجيشُ السوريّ إنّ وحداته استعادت السيطرة على ٣ قرى و12 موقعاً قرب حلب، فيما قُتل 7.5 مدنيين.",
    "وبالإرهابيين وللجيش فالمدينة سيقاتلون — «داعش» (ISIS) ـــ كتب: 2016/12/08.",
    "ﻻ  ـاللـه  أ‌ب ٢٠١٦ ۱۲",
]


def test_index_holds_exactly_the_tokenizer_forms():
    for text in SAMPLES:
        want = {f for t in tokenize(text) if t.is_word for f in t.forms if f}
        assert set(index_body(text).split()) == want


def test_query_terms_are_the_most_literal_forms():
    assert query_terms("الجَيْشُ  وحلب ٣") == ["جيش", "وحلب", "3"]
    assert query_terms("... ، !") == []
