"""``rasd ingest`` and ``rasd events`` end to end in subprocesses, with the real pipeline:
default database, idempotency, mixed folders, exit codes, kill -9 and resume, the Dask engine."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from rasd.store.db import Store
from test_store_db import snapshot

import rasd_fakes


def rasd(*args, cwd=None, timeout=180):
    return subprocess.run([sys.executable, "-m", "rasd.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


def write_jsonl(path, n, start=0):
    with open(path, "w", encoding="utf-8") as f:
        for d in rasd_fakes.make_articles(n, start):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def test_default_db_in_cwd_and_second_ingest_changes_nothing(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", 12)
    r = rasd("ingest", "a.jsonl", "--quiet", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "12 articles stored" in r.stderr and (tmp_path / "rasd.db").exists()
    with Store.open(f"sqlite:///{tmp_path / 'rasd.db'}") as s:
        before = snapshot(s)
    r = rasd("ingest", "a.jsonl", cwd=tmp_path)
    assert r.returncode == 0 and "0 articles stored, 12 unchanged, 0 events" in r.stderr
    with Store.open(f"sqlite:///{tmp_path / 'rasd.db'}") as s:
        assert snapshot(s) == before


def test_mixed_folder_and_errors(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    write_jsonl(d / "a.jsonl", 3)
    (d / "sub" / "note.txt").write_text("قصفت الطائرات مواقع في ريف حلب الشمالي صباح اليوم.", encoding="utf-8")
    (d / "b.csv").write_text("id,text\nc1,اشتباكات عنيفة في حي جوبر بدمشق.\nc2,\n", encoding="utf-8")
    (d / "junk.bin").write_bytes(b"\x00\x01")
    (d / "bad.jsonl").write_text('{"id": "q", "text": 5}\n', encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    r = rasd("ingest", str(d), "--db", db, "--quiet", "--published", "2016-12-08")
    assert r.returncode == 0, r.stderr
    with Store.open(db) as s:
        c = s.counts()
    assert c["articles"] == 5 and c["errors"] == 3


def test_bad_arguments_exit_2(tmp_path, capsys):
    from rasd.cli import main

    db = f"sqlite:///{tmp_path}/x.db"
    assert main(["ingest", str(tmp_path / "missing.jsonl"), "--db", db]) == 2
    assert main(["ingest", str(tmp_path), "--db", "mysql://nope/x"]) == 2
    assert main(["events", "--db", db, "--format", "parquet"]) == 2
    assert main(["events", "--db", db, "--km", "3"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["events", "--db", db, "--since", "last week"])
    assert exc.value.code == 2
    capsys.readouterr()
    assert main(["events", "--db", db, "--near", "Nowhereville-xyz"]) == 2
    assert "unknown place" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_cli_kill_then_resume_equals_uninterrupted(tmp_path, sig):
    write_jsonl(tmp_path / "in.jsonl", 1500)
    ref = f"sqlite:///{tmp_path / 'ref.db'}"
    url = f"sqlite:///{tmp_path / 'run.db'}"
    args = ["ingest", str(tmp_path / "in.jsonl"), "--batch-size", "10", "--quiet", "--no-ner"]
    assert rasd(*args, "--db", ref).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli", *args, "--db", url],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    n = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            with Store.open(url) as s:
                n = s.counts()["articles"]
        except Exception:
            n = 0
        if n >= 50:
            break
        time.sleep(0.05)
    proc.send_signal(sig)
    proc.wait(30)
    with Store.open(url) as s:
        n = s.counts()["articles"]
    # kill -9 dies at once; Ctrl-C rolls the open batch back and exits 130
    assert proc.returncode == (-signal.SIGKILL if sig == signal.SIGKILL else 130)
    assert 50 <= n < 1500 and n % 10 == 0
    r = rasd(*args, "--db", url)
    assert r.returncode == 0 and f"{1500 - n} articles stored, {n} unchanged" in r.stderr
    with Store.open(url) as s, Store.open(ref) as t:
        assert snapshot(s) == snapshot(t)


@pytest.mark.service
@pytest.mark.slow
def test_dask_engine_stores_what_the_local_engine_stores(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", 40)
    local, dask = f"sqlite:///{tmp_path / 'l.db'}", f"sqlite:///{tmp_path / 'd.db'}"
    assert rasd("ingest", str(tmp_path / "in.jsonl"), "--db", local, "--quiet").returncode == 0
    r = rasd("ingest", str(tmp_path / "in.jsonl"), "--db", dask, "--quiet", "--engine", "dask",
             "--workers", "2", "--batch-size", "15")
    assert r.returncode == 0, r.stderr
    with Store.open(local) as a, Store.open(dask) as b:
        assert snapshot(a) == snapshot(b)
