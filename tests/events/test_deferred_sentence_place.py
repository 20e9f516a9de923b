"""A sentence without a trigger hands its places to the next sentence unpicked, and the next
sentence picks their most specific one (``FrameBuilder._most_specific``) only in a clause that
needs it (branch ``speed5``): the same results as picking it right after each sentence."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.events.frames import FrameBuilder
from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions

DATA = Path(__file__).resolve().parents[2] / "data"
EXTRA = [
    "سيطرت قوات النظام على بلدة مورك في ريف حماة. وقتل ثلاثة مدنيين بقصف جوي.",
    "وصل وفد إلى مدينة تعز اليوم. واندلعت اشتباكات عنيفة أسفرت عن مقتل خمسة مسلحين.",
    "زار الوزير الرياض وجدة.\nوانفجرت عبوة ناسفة صباح اليوم.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(PipelineOptions(use_ner=False))


def test_deferred_place_gives_what_the_place_picked_at_once_gives(pipe: Pipeline, monkeypatch) -> None:
    articles = [Article(id=f"x{k}", text=t, published="2016-03-13") for k, t in enumerate(EXTRA)]
    for name in ("demo", "dev2", "dev3"):
        for ln in (DATA / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:25]:
            if ln.strip():
                r = json.loads(ln)
                articles.append(Article(id=r["id"], text=r["text"], published=r.get("published")))
    picked = []
    original = FrameBuilder._most_specific

    def counting(self, places):
        picked.append(len(places))
        return original(self, places)

    monkeypatch.setattr(FrameBuilder, "_most_specific", counting)
    lazy = [pipe.extract(a).to_dict() for a in articles]
    deferred_calls = len(picked)

    plain = FrameBuilder._sentence_frames

    def at_once(self, sent, lo, hi, last_place, last_date):
        frames, place, day = plain(self, sent, lo, hi, last_place, last_date)
        if type(place) is list:
            place = self._most_specific(place)
        return frames, place, day

    monkeypatch.setattr(FrameBuilder, "_sentence_frames", at_once)
    picked.clear()
    assert [pipe.extract(a).to_dict() for a in articles] == lazy
    assert deferred_calls < len(picked)                  # picks were saved ...
    assert sum(len(x["events"]) for x in lazy) > 20      # ... on articles with events
