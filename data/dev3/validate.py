#!/usr/bin/env python3
"""Checks of the dev3 set (data/_annotation.py's ``validate``): usage: validate.py [DEV_ARTICLES] [HELDOUT_ARTICLES]; no article may be a held-out or dev2 one."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, DATA)
from _annotation import validate  # noqa: E402

dev = sys.argv[1] if len(sys.argv) > 1 else os.path.join(DATA, "..", "..", "shared", "data", "dev", "articles.jsonl")
heldout = sys.argv[2] if len(sys.argv) > 2 else os.path.join(DATA, "heldout", "articles.jsonl")
validate(HERE, dev, [heldout, os.path.join(DATA, "dev2", "articles.jsonl")])
