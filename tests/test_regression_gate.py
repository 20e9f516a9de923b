"""The development-set gate (as trafilatura's eval gate): extraction on the pinned demo set must
not drop below the floors recorded in tests/regression_floor.json. Raise a floor when rasd
improves; lowering one is a decision to write in the commit message, never a silent edit."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from rasd.evaluate import evaluate, load_events
from rasd.model import Article
from rasd.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo"
FLOOR = json.loads((Path(__file__).parent / "regression_floor.json").read_text())


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pinned_set_unchanged():
    assert _sha(DEMO / "articles.jsonl") == FLOOR["sha256"]["articles.jsonl"]
    assert _sha(DEMO / "gold.jsonl") == FLOOR["sha256"]["gold.jsonl"]


@pytest.fixture(scope="module")
def summary():
    pipe = Pipeline()
    pred = {}
    for line in (DEMO / "articles.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            r = pipe.extract(Article.from_dict(json.loads(line)))
            pred[r.id] = r.to_dict()["events"]
    return evaluate(load_events(str(DEMO / "gold.jsonl")), pred).summary()


@pytest.mark.parametrize("measure", sorted(FLOOR["floors"]))
def test_floor(summary, measure):
    value = summary[measure] or 0.0
    assert value >= FLOOR["floors"][measure], f"{measure} fell to {value} (floor {FLOOR['floors'][measure]}); summary: {summary}"
