"""Browser fixtures: ``rasd serve`` in a subprocess on a free loopback port, and Debian's chromium
driven by Playwright (never a downloaded browser). Tests skip, with the reason, only when
chromium is absent; a missing Python dependency (playwright, fastapi, uvicorn) is a failure."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
import api_sample  # noqa: E402

CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(args: list[str], tmp: Path):
    """Run ``rasd serve ARGS`` and wait for /api/health; returns (process, base URL)."""
    import httpx

    port = free_port()
    log = open(tmp / f"serve-{port}.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli", "serve", *args, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"rasd serve exited: {(tmp / f'serve-{port}.log').read_text()}")
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("rasd serve did not answer within 30 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def server(browser, tmp_path_factory):
    """The dashboard over the JSON Lines sample (with framing)."""
    tmp = tmp_path_factory.mktemp("web")
    a, e = api_sample.write_jsonl(tmp)
    proc, base = start_server(["--articles", a, "--events", e, "--no-ner"], tmp)
    yield base
    stop_server(proc)


@pytest.fixture(scope="session")
def many_server(browser, tmp_path_factory):
    """120 events over 60 copies of one article, dated across two months, to page through."""
    import json

    tmp = tmp_path_factory.mktemp("webmany")
    art, res = api_sample.sample()[0]
    a, e = tmp / "articles.jsonl", tmp / "events.jsonl"
    with open(a, "w", encoding="utf-8") as fa, open(e, "w", encoding="utf-8") as fe:
        for i in range(60):
            aid = f"copy-{i:02d}"
            fa.write(json.dumps({"id": aid, "text": art.text, "published": art.published}, ensure_ascii=False) + "\n")
            out = res.to_dict()
            out["id"] = aid
            for ev in out["events"]:
                ev["date"] = f"2016-{11 + i // 30}-{1 + i % 30:02d}"
            fe.write(json.dumps(out, ensure_ascii=False) + "\n")
    proc, base = start_server(["--articles", str(a), "--events", str(e), "--no-extract"], tmp)
    yield base
    stop_server(proc)


@pytest.fixture(scope="session")
def store_server(browser, tmp_path_factory):
    """The dashboard over a SQLite store holding the same sample."""
    tmp = tmp_path_factory.mktemp("webdb")
    url = f"sqlite:///{tmp / 'rasd.db'}"
    api_sample.write_store(url)
    proc, base = start_server(["--db", url, "--no-extract"], tmp)
    yield base
    stop_server(proc)


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.skip(f"no chromium at {CHROMIUM} (install the Debian package 'chromium')")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:   # chromium is here, so the browser tests must run: a missing dep is a failure
        pytest.fail("chromium is installed but the Python package 'playwright' is not "
                    "(pip install playwright; never 'playwright install': the Debian chromium is used)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page; console errors, page errors and dialogs are recorded on it."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="en-US")
    p = ctx.new_page()
    p.errors = []
    p.dialogs = []
    p.on("console", lambda m: p.errors.append(m.text) if m.type == "error" else None)
    p.on("pageerror", lambda exc: p.errors.append(str(exc)))

    def on_dialog(d):
        p.dialogs.append(d.message)
        d.dismiss()
    p.on("dialog", on_dialog)
    yield p
    ctx.close()


@pytest.fixture
def shots(tmp_path):
    """Where screenshots go: $RASD_SCREENSHOTS if set (to look at them), else the test's tmp dir."""
    d = Path(os.environ.get("RASD_SCREENSHOTS", tmp_path))
    d.mkdir(parents=True, exist_ok=True)
    return d
