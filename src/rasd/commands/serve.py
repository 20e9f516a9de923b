"""``rasd serve``: the REST API and the dashboard, over the store or over JSON Lines files.

``rasd serve --db sqlite:///rasd.db`` reads what ``rasd ingest`` stored;
``rasd serve --articles A.jsonl --events E.jsonl`` reads an article file and its ``rasd extract``
output directly, with no database. Binds to 127.0.0.1 by default: the dashboard has no login, so
exposing it on a network is an explicit choice (``--host 0.0.0.0``).
"""
from __future__ import annotations

import argparse
import sys

from rasd.store.db import DEFAULT_URL


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the REST API and the web dashboard",
                       description="Serve the events of a store (--db) or of JSON Lines files "
                                   "(--articles and --events) as a REST API (/api/...) and a "
                                   "dashboard (/).")
    p.add_argument("--db", help=f"database URL (default {DEFAULT_URL} when no JSON Lines are given)")
    p.add_argument("--articles", metavar="A.jsonl", help="articles (CONTRACT.md input)")
    p.add_argument("--events", metavar="E.jsonl", help="rasd extract output for those articles")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--recompute-framing", action="store_true",
                   help="with --db: compute the framing of an opened article that has none stored "
                        "(databases ingested before framing was stored; loads the extraction models)")
    p.add_argument("--no-extract", action="store_true",
                   help="switch off 'Analyse a text' (POST /api/extract), which loads the extraction models on first use")
    p.add_argument("--no-ner", action="store_true", help="extract (and recompute framing) without the NER model")
    p.set_defaults(func=run)


def open_source(args: argparse.Namespace, pipeline=None):
    """(source, kind) from the arguments; raises ``ValueError`` with a clear message.
    ``pipeline`` (a ``LazyPipeline``) recomputes missing framing when asked to."""
    from rasd.api.source import JsonlSource, StoreSource

    if args.articles or args.events:
        if args.db:
            raise ValueError("give either --db or --articles/--events, not both")
        if not (args.articles and args.events):
            raise ValueError("--articles and --events go together")
        return JsonlSource.open(args.articles, args.events), "jsonl"
    framing = None
    if getattr(args, "recompute_framing", False):
        from rasd.api.extract import LazyPipeline
        framing = (pipeline or LazyPipeline(use_ner=not args.no_ner)).framing
    return StoreSource.open(args.db or DEFAULT_URL, framing_fn=framing), "store"


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from rasd.api.app import create_app
    except ImportError as exc:
        print(f"rasd serve: needs FastAPI and uvicorn ({exc}); pip install fastapi uvicorn",
              file=sys.stderr)
        return 2
    from rasd.api.extract import LazyPipeline

    pipeline = LazyPipeline(use_ner=not args.no_ner)
    try:
        source, kind = open_source(args, pipeline)
    except (OSError, ValueError) as exc:
        print(f"rasd serve: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bad database URL surfaces as a driver/SQLAlchemy error
        print(f"rasd serve: cannot open {args.db}: {exc}", file=sys.stderr)
        return 2
    if kind == "store" and source.stats().articles == 0:
        print("rasd serve: the store is empty; fill it with: rasd ingest ARTICLES.jsonl --db "
              f"{args.db or DEFAULT_URL}", file=sys.stderr)
    print(f"rasd serve: http://{args.host}:{args.port}/  (API at /api, schema at /openapi.json)",
          file=sys.stderr)
    try:
        app = create_app(source, kind=kind, extractor=None if args.no_extract else pipeline.extract)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    finally:
        source.close()
    return 0
