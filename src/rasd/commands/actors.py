"""``rasd actors``: curate the actor knowledge base.

``rasd actors coverage FILE.jsonl``  the most frequent actor-like phrases that did not resolve;
``rasd actors import DIR -o FILE``   regenerate the UniversalPETRARCH roles table;
``rasd actors check``                validate the packaged knowledge base;
``rasd actors find TEXT``            show the actors found in a text (for curators).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from typing import IO, Iterator


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actors", help="actor knowledge base: coverage, import, check, find",
                       description="Curate rasd's actor knowledge base.")
    asub = p.add_subparsers(dest="actors_command", metavar="ACTION")

    c = asub.add_parser("coverage", help="most frequent actor-like phrases that did not resolve")
    c.add_argument("input", help="articles as JSON Lines (.jsonl or .jsonl.gz)")
    c.add_argument("--n", type=int, default=0, help="read at most N articles (0 = all)")
    c.add_argument("--top", type=int, default=50, help="how many phrases to list")
    c.add_argument("--ner", action="store_true", help="also count PERS/ORG entities of the NER model")
    c.add_argument("--no-geo", action="store_true",
                   help="skip the geocoder: no article country (bare «الشرطة», «الجيش» then stay unresolved)")
    c.add_argument("--json", action="store_true", help="machine-readable output")
    c.set_defaults(func=run_coverage)

    i = asub.add_parser("import", help="import UniversalPETRARCH's Arabic actor dictionary as dated roles")
    i.add_argument("source", help="directory holding actor_dict_ar_v4.txt")
    i.add_argument("-o", "--output", default="-", help="output TSV (default stdout); the packaged "
                   "table is src/rasd/data/actors_petrarch.tsv")
    i.set_defaults(func=run_import)

    k = asub.add_parser("check", help="validate the knowledge base (exit 1 on problems)")
    k.set_defaults(func=run_check)

    f = asub.add_parser("find", help="actors found in TEXT")
    f.add_argument("text")
    f.add_argument("--country", help="article country (ISO2)")
    f.add_argument("--published", help="publication date (YYYY-MM-DD)")
    f.set_defaults(func=run_find)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _open(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")


def _articles(path: str, n: int) -> Iterator:
    from rasd.ingest.jsonl import read_jsonl
    from rasd.model import Article
    with _open(path) as f:
        for k, rec in enumerate(read_jsonl(f)):
            if n and k >= n:
                break
            if isinstance(rec, Article):
                yield rec


def _doc(article):
    from rasd.model import Doc
    from rasd.text.segment import split_sentences
    from rasd.text.tokenize import tokenize
    return Doc(article, tuple(tokenize(article.text)), tuple(split_sentences(article.text)))


def run_coverage(args: argparse.Namespace) -> int:
    from rasd.kb.coverage import CoverageReport, default_finder, update
    from rasd.resolve.actors import ActorResolver

    resolver = ActorResolver.load()
    finder = default_finder()
    tagger = None
    if args.ner:
        from rasd.recognize.ner import NerTagger
        tagger = NerTagger.load()
    geo = None
    if not args.no_geo:
        from rasd.resolve.places import Geocoder
        geo = Geocoder.load()
    report = CoverageReport()
    try:
        for art in _articles(args.input, args.n):
            doc = _doc(art)
            ner = tagger.entities(doc) if tagger else []
            # the article's country as the pipeline gives it, so generic agents can be typed
            country = geo.main_country(doc, geo.find_places(doc, ner=ner)) if geo else None
            mentions = resolver.find_actors(doc, country=country, ner=())
            update(report, doc, finder.find(doc, ner), mentions)
    except OSError as exc:
        print(f"rasd actors coverage: cannot read {args.input}: {exc}", file=sys.stderr)
        return 2
    top = report.top(args.top)
    if args.json:
        print(json.dumps({"articles": report.articles, "candidates": report.candidates,
                          "resolved": report.resolved, "share_resolved": round(report.share, 4),
                          "actor_mentions": report.mentions,
                          "unresolved": [{"phrase": p, "count": c} for p, c in top]}, ensure_ascii=False))
    else:
        print(f"{report.articles} articles, {report.mentions} actor mentions; "
              f"{report.resolved}/{report.candidates} actor-like phrases resolved ({report.share:.1%})")
        for phrase, count in top:
            print(f"{count:6d}  {phrase}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from rasd.kb import default_kb
    from rasd.kb.petrarch import import_directory

    iso3 = {c.iso3: c.iso2 for c in default_kb().countries.values()}
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        n = import_directory(args.source, out, iso3)
    except OSError as exc:
        print(f"rasd actors import: {exc}", file=sys.stderr)
        return 2
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"rasd actors import: {n} dated roles", file=sys.stderr)
    return 0


def run_check(args: argparse.Namespace) -> int:
    from rasd.kb import default_kb, validate

    kb = default_kb()
    problems = validate(kb)
    for p in problems:
        print(p)
    print(f"{len(kb.actors)} actors, {len(kb.agents)} generic agents, {len(kb.persons)} people; "
          f"{len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


def run_find(args: argparse.Namespace) -> int:
    from rasd.model import Article
    from rasd.resolve.actors import ActorResolver

    doc = _doc(Article("text", args.text, args.published))
    for m in ActorResolver.load().find_actors(doc, country=args.country):
        print(f"{m.start}-{m.end}\t{m.text}\t{m.value.name}\t{m.key or ''}\t{m.score:.2f}")
    return 0
