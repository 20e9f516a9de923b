#!/usr/bin/env python3
"""Write articles.jsonl: the corpus lines (byte-for-byte) of the ids in picks.txt, in that order.

usage: python3 data/dev2/make_articles.py [CORPUS]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, DATA)
from _annotation import make_articles  # noqa: E402

make_articles(HERE, sys.argv[1] if len(sys.argv) > 1 else os.path.join(DATA, "..", "..", "shared", "data", "corpus",
                                                                     "saudinewsnet.jsonl.gz"))
