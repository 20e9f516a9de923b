"""The ingest progress display: a tqdm bar with stored/events/errors on a terminal, periodic
plain lines otherwise, nothing with --quiet."""
from __future__ import annotations

import io
import sys

from rasd.commands.ingest import _Progress
from rasd.store.loader import IngestStats


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _feed(progress, batches=10):
    s = IngestStats()
    for i in range(batches):
        s.read += 5
        s.stored += 4
        s.events += 3
        s.errors += 1
        s.batches += 1
        progress(s)
    progress.close()


def test_bar_on_a_terminal(monkeypatch):
    err = _Tty()
    monkeypatch.setattr(sys, "stderr", err)
    _feed(_Progress(quiet=False))
    last = err.getvalue().rstrip().split("\r")[-1]
    assert "50 records" in last and "events=30" in last and "errors=10" in last and "stored=40" in last


def test_plain_lines_when_piped_and_silence_when_quiet(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    _feed(_Progress(quiet=False), batches=20)
    assert err.getvalue().splitlines() == [
        "rasd ingest: 50 read, 40 stored, 0 skipped, 30 events, 10 errors",
        "rasd ingest: 100 read, 80 stored, 0 skipped, 60 events, 20 errors"]
    err.truncate(0)
    err.seek(0)
    _feed(_Progress(quiet=True))
    assert err.getvalue() == ""
