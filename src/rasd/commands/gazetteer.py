"""``rasd gazetteer build --sources DIR``: (re)build the shipped gazetteer file.

Why a command and not a script: users with the full GeoNames dumps (allCountries +
alternateNamesV2) can build a bigger gazetteer the same way the shipped one was built.
"""
from __future__ import annotations

import argparse
import sys
import time


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gazetteer", help="build or inspect the offline gazetteer")
    gsub = p.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    b = gsub.add_parser("build", help="build rasd/data/gazetteer.tsv.gz from WOF/GeoNames files",
                        description="Read wof_XX.tsv and geonames_cities500_arabic.tsv from --sources "
                                    "(and/or allCountries.txt + alternateNamesV2.txt from --geonames), "
                                    "merge them with rasd's province and neighbourhood layers and write "
                                    "a gzip TSV (default: the file shipped in the package).")
    b.add_argument("--sources", help="folder with wof_XX.tsv and geonames_cities500_arabic.tsv")
    b.add_argument("--geonames", help="folder with the full GeoNames dumps (allCountries.txt, "
                                      "alternateNamesV2.txt, optional admin1CodesASCII.txt)")
    b.add_argument("-o", "--output", help="output file (default: rasd/data/gazetteer.tsv.gz)")
    b.add_argument("--no-layers", action="store_true",
                   help="leave out rasd's province and neighbourhood layers")
    b.set_defaults(func=run_build)
    c = gsub.add_parser("common-words", help="derive places/common_words.tsv from a news corpus",
                        description="List one-word gazetteer names that a news corpus uses as ordinary "
                                    "words (rarely after a locative cue); the recogniser then needs a "
                                    "trigger word before them.")
    c.add_argument("--corpus", required=True, help="JSON Lines (optionally .gz) articles with a 'text' field")
    c.add_argument("-o", "--output", required=True, help="output TSV (e.g. src/rasd/data/places/common_words.tsv)")
    c.add_argument("--step", type=int, default=3, help="read every STEP-th article (default 3)")
    c.set_defaults(func=run_common_words)
    q = gsub.add_parser("lookup", help="print the gazetteer candidates for an Arabic name")
    q.add_argument("name")
    q.set_defaults(func=run_lookup)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def run_build(args: argparse.Namespace) -> int:
    from rasd.gazetteer.build import build

    if not args.sources and not args.geonames:
        print("rasd gazetteer build: give --sources DIR and/or --geonames DIR", file=sys.stderr)
        return 2
    t = time.perf_counter()
    try:
        path, n = build(args.sources or "", output=args.output, geonames_dir=args.geonames,
                        with_layers=not args.no_layers)
    except (FileNotFoundError, NotADirectoryError) as exc:
        print(f"rasd gazetteer build: missing input: {exc}", file=sys.stderr)
        return 2
    print(f"rasd gazetteer build: {n} places written to {path} in {time.perf_counter() - t:.1f} s",
          file=sys.stderr)
    return 0


def run_common_words(args: argparse.Namespace) -> int:
    from rasd.gazetteer.common_words import run

    n = run(args.corpus, args.output, step=args.step)
    print(f"rasd gazetteer common-words: {n} words written to {args.output}", file=sys.stderr)
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    from rasd.gazetteer.lookup import Gazetteer

    gz = Gazetteer.load()
    for e in gz.lookup(args.name):
        print(f"{e.id}\t{e.name}\t{e.country}\t{e.admin1 or ''}\t{e.feature}\t{e.lat:.5f}\t{e.lon:.5f}"
              f"\tpop={e.population}\t{'|'.join(e.names_ar)}")
    return 0
