"""The benchmark corpus, read the same way by every benchmark in bench/.

Default: ../shared/data/corpus/saudinewsnet.jsonl.gz (30,610 SaudiNewsNet articles, rasd's input
format; CC BY-NC-SA 4.0), beside the checkout as the development machines have it. Every script
takes another path as an argument.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet.jsonl.gz"


def read_records(path: Path | str, n: int) -> Iterator[dict]:
    """The first ``n`` JSON records of a JSON Lines file (gzip or plain)."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        count = 0
        for line in f:
            if count >= n:
                break
            if line.strip():
                count += 1
                yield json.loads(line)
