"""``rasd events --db URL [filters] --format csv|jsonl|geojson|parquet [-o FILE]``: query the
store and export the matching events (ACLED column names in CSV, GeoJSON and Parquet)."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from rasd.store.db import DEFAULT_URL


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="query stored events and export them (CSV, JSONL, GeoJSON, Parquet)",
                       description="Export the events of the store that match every filter given.")
    p.add_argument("--db", default=DEFAULT_URL, help=f"database URL (default {DEFAULT_URL})")
    p.add_argument("--country", help="ISO 3166 alpha-2 code (SY) or ACLED country name (Syria)")
    p.add_argument("--type", dest="event_type", help="event_type or sub_event_type (e.g. Battles)")
    p.add_argument("--since", type=_day, help="first event date, YYYY-MM-DD")
    p.add_argument("--until", type=_day, help="last event date, YYYY-MM-DD")
    p.add_argument("--actor", help="actor: part of its English name, or its Arabic name")
    p.add_argument("--near", metavar="PLACE", help='place name (Arabic or English) or "lat,lon"')
    p.add_argument("--km", type=float, default=25.0, help="radius for --near in km (default 25)")
    p.add_argument("--search", metavar="WORDS",
                   help="Arabic words that must all occur in the article (diacritics, hamza and clitics ignored)")
    p.add_argument("--limit", type=int, help="at most this many events")
    p.add_argument("--format", choices=("csv", "jsonl", "geojson", "parquet"),
                   help="output format (default: from the -o extension, else csv)")
    p.add_argument("-o", "--output", default="-", help="output file, or - for stdout (default)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rasd.export.columns import country_code
    from rasd.export.writers import write_events
    from rasd.store.db import Store
    from rasd.store.query import EventFilter, iter_events, resolve_point

    if args.format is None:
        ext = os.path.splitext(args.output)[1].lower().lstrip(".")
        args.format = {"json": "geojson", "ndjson": "jsonl"}.get(ext, ext)
        if args.format not in ("csv", "jsonl", "geojson", "parquet"):
            args.format = "csv"
    if args.format == "parquet" and args.output == "-":
        print("rasd events: --format parquet needs -o FILE", file=sys.stderr)
        return 2
    if args.near is None and args.km != 25.0:
        print("rasd events: --km needs --near", file=sys.stderr)
        return 2
    try:
        store = Store.open(args.db)
    except Exception as exc:
        print(f"rasd events: cannot open database {args.db}: {exc}", file=sys.stderr)
        return 2
    try:
        near = None
        if args.near:
            near = resolve_point(args.near, store)
            if near is None:
                print(f"rasd events: unknown place {args.near!r} (give \"lat,lon\")", file=sys.stderr)
                return 2
        flt = EventFilter(country=country_code(args.country) if args.country else None,
                          event_type=args.event_type, since=args.since, until=args.until,
                          actor=args.actor, near=near, km=args.km, search=args.search, limit=args.limit)
        rows = iter_events(store, flt)
        if args.output == "-":
            n = write_events(rows, args.format, stream=sys.stdout)
        else:
            n = write_events(rows, args.format, path=args.output)
    finally:
        store.close()
    print(f"rasd events: {n} events", file=sys.stderr)
    return 0
