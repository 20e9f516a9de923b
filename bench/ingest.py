"""Benchmark: ingest + extract a corpus into SQLite and PostgreSQL, and time a filtered export.

    python bench/ingest.py [--corpus ../shared/data/corpus/saudinewsnet.jsonl.gz] [--limit N]
                           [--engines sqlite,postgresql] [--skip-ingest] [--json out.json]

Ingest runs ``rasd ingest`` in a child process (what a user runs) and reports wall time,
articles per second, the child's peak RSS and the database size. PostgreSQL is a throwaway
server from scripts/start_postgres.sh with fsync on (RASD_PG_FSYNC=on), so numbers are honest.
The query benchmark synthesises 40,000 events (10,000 of which match the filter) in a fresh
database of each engine and times ``iter_events`` + CSV writing of the 10,000 matches.
The event engine grows over time: always report these numbers with their date.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.export.writers import write_events  # noqa: E402
from rasd.model import Actor, Article, Event, ExtractionResult, Place, Span  # noqa: E402
from rasd.store.db import Processed, Store  # noqa: E402
from rasd.store.query import EventFilter, iter_events  # noqa: E402


def start_pg() -> tuple[str, str]:
    env = dict(os.environ, RASD_PG_FSYNC="on")
    out = subprocess.run(["bash", str(ROOT / "scripts/start_postgres.sh"), "start"], env=env,
                         capture_output=True, text=True, check=True).stdout
    info = dict(line.split("=", 1) for line in out.split())
    return info["PGURL"], info["PGDIR"]


def stop_pg(pgdir: str) -> None:
    subprocess.run(["bash", str(ROOT / "scripts/start_postgres.sh"), "stop", pgdir], check=False)


def db_size(url: str) -> int:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1]
        return sum(os.path.getsize(p) for p in (path, path + "-wal", path + "-shm") if os.path.exists(p))
    import sqlalchemy as sa

    with Store.open(url) as s, s.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT pg_database_size(current_database())")).scalar())


def run_ingest(corpus: str, url: str, extra: list[str]) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli", "ingest", corpus, "--db", url, "--quiet", *extra],
                            stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"rasd ingest failed: {err}")
    with Store.open(url) as s:
        counts = s.counts()
    return {"wall_s": round(wall, 1), "articles": counts["articles"], "events": counts["events"],
            "errors": counts["errors"], "articles_per_s": round(counts["articles"] / wall, 1),
            "peak_rss_mib": round(usage.ru_maxrss / 1024, 1), "db_mib": round(db_size(url) / 2**20, 1),
            "summary": err.strip().splitlines()[-1] if err.strip() else ""}


def synthesise(store: Store, n_articles: int = 10_000, per_article: int = 4, seed: int = 7) -> None:
    """40,000 events: exactly a quarter (all of article i's events when i % 4 == 0... see below)
    match country=SY, type=Explosions/Remote violence, 2016-01-01..2016-12-31."""
    rnd = random.Random(seed)
    places = [Place("Aleppo", "حلب", "SY", 36.2, 37.13, 1, "Aleppo", 170063),
              Place("Mosul", "الموصل", "IQ", 36.34, 43.12, 1, "Nineveh", 99072),
              Place("Sanaa", "صنعاء", "YE", 15.35, 44.21, 1, "Amanat al Asimah", 71137),
              Place("Idlib", "إدلب", "SY", 35.93, 36.63, 1, "Idlib", 169389)]
    army = Actor("Military Forces of Syria", "الجيش السوري", id="sy-army", category="state", country="SY")
    text = "قصفت قوات النظام حي الشعار في حلب فقتلت ثلاثة مدنيين وأصابت آخرين. " * 6
    batch = []
    for i in range(n_articles):
        evs = []
        for j in range(per_article):
            k = i * per_article + j
            match = k % 4 == 0
            place = places[0] if match else places[1 + k % 3]
            etype = ("Explosions/Remote violence", "Shelling/artillery/missile attack") if match or k % 2 else \
                ("Battles", "Armed clash")
            day = date(2016, 1, 1) + timedelta(days=rnd.randrange(366)) if match else \
                date(2015, 1, 1) + timedelta(days=rnd.randrange(365))
            evs.append(Event(etype[0], etype[1], Span(0, 60), day.isoformat(), 1, army, None, place,
                             rnd.randrange(10), "synthetic", "ASSAULT"))
        art = Article(f"syn-{i:06d}", text, "2016-12-31", "Synthetic", f"https://example.org/{i}")
        batch.append(Processed(art, ExtractionResult(art.id, tuple(evs))))
        if len(batch) == 1000:
            store.write_batch(batch, extractor="synthetic")
            batch = []
    if batch:
        store.write_batch(batch, extractor="synthetic")


def time_query(url: str, repeats: int = 5) -> dict:
    flt = EventFilter(country="SY", event_type="Explosions/Remote violence",
                      since=date(2016, 1, 1), until=date(2016, 12, 31))
    with Store.open(url) as s:
        if s.counts()["events"] == 0:
            t0 = time.perf_counter()
            synthesise(s)
            load = time.perf_counter() - t0
        else:
            load = None
        times, n = [], 0
        for _ in range(repeats):
            t0 = time.perf_counter()
            n = write_events(iter_events(s, flt), "csv", stream=io.StringIO())
            times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_search = write_events(iter_events(s, EventFilter(search="قوات النظام", near=(36.2, 37.1), km=30,
                                                           since=date(2016, 6, 1))), "csv", stream=io.StringIO())
        t_search = time.perf_counter() - t0
        total = s.counts()["events"]
    return {"events_in_db": total, "matching": n, "median_s": round(statistics.median(times), 3),
            "min_s": round(min(times), 3), "search_near_since_s": round(t_search, 3),
            "search_near_since_events": n_search, "synthesis_s": None if load is None else round(load, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/data/corpus/saudinewsnet.jsonl.gz"))
    ap.add_argument("--limit", type=int, help="only the first N articles of the corpus")
    ap.add_argument("--engines", default="sqlite,postgresql")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--ingest-args", default="", help="extra arguments for rasd ingest")
    ap.add_argument("--json", help="write the results here too")
    args = ap.parse_args()
    engines = args.engines.split(",")
    tmp = tempfile.mkdtemp(prefix="rasd-bench.")
    corpus = args.corpus
    if args.limit:
        import gzip
        import itertools

        corpus = os.path.join(tmp, "corpus.jsonl")
        with gzip.open(args.corpus, "rb") as f, open(corpus, "wb") as o:
            o.writelines(itertools.islice(f, args.limit))
    results = {"date": datetime.now(timezone.utc).isoformat(timespec="minutes"), "corpus": args.corpus,
               "limit": args.limit, "cpus": os.cpu_count(), "ingest": {}, "query": {}}
    pg = None
    try:
        for engine in engines:
            if engine == "sqlite":
                ingest_url = f"sqlite:///{tmp}/ingest.db"
                query_url = f"sqlite:///{tmp}/query.db"
            else:
                pg = pg or start_pg()
                base = pg[0].rsplit("/", 1)[0]
                import sqlalchemy as sa

                from rasd.store.db import engine_url
                admin = sa.create_engine(engine_url(pg[0]), isolation_level="AUTOCOMMIT")
                with admin.connect() as conn:
                    for name in ("bench_ingest", "bench_query"):
                        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
                        conn.execute(sa.text(f"CREATE DATABASE {name}"))
                admin.dispose()
                ingest_url, query_url = base + "/bench_ingest", base + "/bench_query"
            if not args.skip_ingest:
                r = run_ingest(corpus, ingest_url, args.ingest_args.split())
                results["ingest"][engine] = r
                print(f"[{engine}] ingest: {json.dumps(r, ensure_ascii=False)}", flush=True)
            q = time_query(query_url)
            results["query"][engine] = q
            print(f"[{engine}] query: {json.dumps(q)}", flush=True)
    finally:
        if pg:
            stop_pg(pg[1])
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
