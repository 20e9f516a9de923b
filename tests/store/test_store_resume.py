"""A real SIGKILL in the middle of an ingest, then a resume, leaves exactly the store of an
uninterrupted run (no article lost, none doubled), on SQLite and PostgreSQL."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import env_with
from rasd.store.db import Store
from test_store_db import snapshot

import rasd_fakes

SCRIPT = """
import sys
from rasd.ingest.sources import read_paths
from rasd.store.db import Store
from rasd.store.loader import ingest
import rasd_fakes
store = Store.open(sys.argv[1])
delay = float(sys.argv[3])
ingest(read_paths([sys.argv[2]]), store, lambda arts: rasd_fakes.extract_batch(arts, delay), "fake-1",
       batch_size=5)
"""


def _write_input(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i, d in enumerate(rasd_fakes.make_articles(n)):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            if i == 17:
                f.write("{not json\n")


def _run(url, inp, delay, env):
    return subprocess.Popen([sys.executable, "-c", SCRIPT, url, str(inp), str(delay)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _kill_midway(url, inp, delay, env, total, at_least=20, timeout=60.0):
    proc = _run(url, inp, delay, env)
    store = Store.open(url)
    deadline = time.time() + timeout
    try:
        while time.time() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"ingest ended before it could be killed: {proc.stderr.read().decode()}")
            if store.counts()["articles"] >= at_least:
                break
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert proc.returncode == -signal.SIGKILL
        n = store.counts()["articles"]
        assert at_least <= n < total, "the kill must land in the middle of the ingest"
        # only whole batches of 5 records are committed (record 19 is the malformed line)
        assert n in {5 * k - (5 * k >= 19) for k in range(1, total // 5 + 2)}
    finally:
        store.close()


@pytest.mark.slow
def test_kill9_then_resume_equals_uninterrupted(db_url, tmp_path, fakes_path, request):
    total = 150
    inp = tmp_path / "in.jsonl"
    _write_input(inp, total)
    env = env_with(fakes_path)
    if db_url.startswith("sqlite"):
        ref_url = f"sqlite:///{tmp_path / 'ref.db'}"
    else:
        ref_url = request.getfixturevalue("pg_database")()   # a second fresh database
        assert ref_url != db_url
    ref = _run(ref_url, inp, 0, env)
    assert ref.wait(120) == 0, ref.stderr.read().decode()

    _kill_midway(db_url, inp, 0.01, env, total)
    resumed = _run(db_url, inp, 0, env)
    assert resumed.wait(120) == 0, resumed.stderr.read().decode()

    with Store.open(db_url) as s, Store.open(ref_url) as r:
        got, want = snapshot(s), snapshot(r)
    assert len(want["articles"]) == total and len(want["errors"]) == 1
    assert got == want


@pytest.mark.slow
def test_two_concurrent_ingests_of_one_input_store_it_once(db_url, tmp_path, fakes_path):
    total = 120
    inp = tmp_path / "in.jsonl"
    _write_input(inp, total)
    env = env_with(fakes_path)
    Store.open(db_url).close()            # migrate once, before the race
    procs = [_run(db_url, inp, 0.002, env) for _ in range(2)]
    for p in procs:
        assert p.wait(120) == 0, p.stderr.read().decode()
    with Store.open(db_url) as s:
        c = s.counts()
    assert c["articles"] == total and c["errors"] == 1
    assert c["events"] == sum(len(rasd_fakes.fake_extract(rasd_fakes.Article.from_dict(d)).events)
                              for d in rasd_fakes.make_articles(total))
