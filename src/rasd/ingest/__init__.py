"""Readers: JSON Lines, .txt, HTML, RSS/Atom, CSV and WARC, all yielding CONTRACT.md's
``Article`` (or a ``BadRecord`` with the reason), wrapped in a ``Record`` with its origin."""
from rasd.ingest.base import Record, make_article, stable_id
from rasd.ingest.jsonl import BadRecord, parse_line, read_jsonl, read_text
from rasd.ingest.sources import ReadOptions, read_file, read_paths

__all__ = ["BadRecord", "ReadOptions", "Record", "make_article", "parse_line", "read_file",
           "read_jsonl", "read_paths", "read_text", "stable_id"]
