"""``rasd ingest PATH... [--db URL]``: read articles, extract events, store both.

Safe to repeat and to interrupt: see ``rasd.store.loader``. Progress (articles, events,
errors) goes to stderr; the summary line too, so stdout stays clean for scripts.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
from functools import lru_cache
from importlib import resources

from rasd.store.db import DEFAULT_URL


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="read articles (JSONL, txt, HTML, RSS/Atom, CSV, WARC) into the event store",
                       description="Extract events from every article under PATH and store articles, "
                                   "events and errors. Ingesting twice changes nothing; an interrupted "
                                   "ingest resumes where it stopped.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)")
    p.add_argument("--db", default=DEFAULT_URL,
                   help=f"database URL: sqlite:///FILE or postgresql://USER@HOST/DB (default {DEFAULT_URL})")
    p.add_argument("--format", choices=("jsonl", "txt", "html", "feed", "csv", "warc"),
                   help="force the input format (default: from the extension or the content)")
    p.add_argument("--text-column", default="text", help="CSV column holding the article text (default: text)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for records that have none (.txt files, pages without a date)")
    p.add_argument("--batch-size", type=int,
                   help="records per transaction (default 200; 2000 with --engine dask, whose tasks cost more)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="extract in this process (local) or on a Dask cluster (dask)")
    p.add_argument("--workers", type=int, default=2, help="Dask worker processes for --engine dask")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (instead of a local cluster)")
    p.add_argument("--no-ner", action="store_true", help="skip the statistical NER model")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


@lru_cache(maxsize=1)
def data_fingerprint() -> str:
    """Short hash of the shipped knowledge files, so new lexicons mean re-extraction."""
    h = hashlib.sha256()
    root = resources.files("rasd.data")
    for dirpath, dirs, files in os.walk(str(root)):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".py", ".pyc")) or name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            h.update(os.path.relpath(path, str(root)).encode())
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
    return h.hexdigest()[:10]


def extractor_version(use_ner: bool) -> str:
    """What produced the stored events: rasd's version, its data files, its options."""
    import rasd

    return f"rasd-{rasd.__version__}+{data_fingerprint()}{'' if use_ner else '-noner'}"


class _Progress:
    """A tqdm bar on stderr (a plain line per batch when stderr is not a terminal)."""

    def __init__(self, quiet: bool) -> None:
        self.bar = None
        self.quiet = quiet
        if not quiet and sys.stderr.isatty():
            import shutil

            from tqdm import tqdm

            width = shutil.get_terminal_size((100, 24)).columns or 100
            self.bar = tqdm(unit=" records", file=sys.stderr, ncols=min(width, 160), mininterval=0.5)
        self.last = 0

    def __call__(self, s) -> None:
        if self.bar is not None:
            self.bar.update(s.read - self.last)
            self.bar.set_postfix(stored=s.stored, skipped=s.skipped, events=s.events, errors=s.errors)
        elif not self.quiet and s.batches % 10 == 0:
            print(f"rasd ingest: {s.read} read, {s.stored} stored, {s.skipped} skipped, "
                  f"{s.events} events, {s.errors} errors", file=sys.stderr, flush=True)
        self.last = s.read

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run(args: argparse.Namespace) -> int:
    from rasd.ingest.sources import ReadOptions, read_paths
    from rasd.store.db import Store
    from rasd.store.loader import ingest

    missing = [p for p in args.paths if not os.path.exists(p)]
    if missing:
        print(f"rasd ingest: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.batch_size is None:
        args.batch_size = 2000 if args.engine == "dask" else 200
    if args.batch_size < 1:
        print("rasd ingest: --batch-size must be at least 1", file=sys.stderr)
        return 2
    use_ner = not args.no_ner
    try:
        store = Store.open(args.db)
    except Exception as exc:
        print(f"rasd ingest: cannot open database {args.db}: {exc}", file=sys.stderr)
        return 2
    client = None
    if args.engine == "dask":
        from rasd.distributed import DaskExtractor, local_client

        if args.scheduler:
            from dask.distributed import Client

            client = Client(args.scheduler)
        else:
            client = local_client(args.workers)
        extract_batch = DaskExtractor(client, use_ner=use_ner)
    else:
        from rasd.pipeline import Pipeline, PipelineOptions

        pipeline = Pipeline(PipelineOptions(use_ner=use_ner))
        extract_batch = lambda arts: [pipeline.extract(a) for a in arts]  # noqa: E731
    progress = _Progress(args.quiet)
    opts = ReadOptions(text_column=args.text_column, published=args.published, format=args.format)
    try:
        stats = ingest(read_paths(args.paths, opts), store, extract_batch, extractor_version(use_ner),
                       batch_size=args.batch_size, on_batch=progress)
    except KeyboardInterrupt:
        progress.close()
        print("rasd ingest: interrupted; committed batches are kept, run the same command to resume",
              file=sys.stderr)
        return 130
    finally:
        progress.close()
        store.close()
        if client is not None:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None and not args.scheduler:
                cluster.close()
    print(f"rasd ingest: {stats.read} records read, {stats.stored} articles stored, "
          f"{stats.skipped} unchanged, {stats.events} events, {stats.errors} errors", file=sys.stderr)
    return 0
