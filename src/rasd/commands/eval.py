"""``rasd eval GOLD.jsonl PRED.jsonl``: the evaluation figures, per-type table, missed/spurious lists."""
from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score extracted events against gold annotations",
                       description="Same figures as the project's score.py (CONTRACT.md matching rules), "
                                   "plus a per-type table and every missed and spurious event with its evidence.")
    p.add_argument("gold")
    p.add_argument("pred")
    p.add_argument("--articles", help="the input articles (JSON Lines) to quote evidence text from")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.add_argument("--report", help="write the full Markdown report (per type, missed, spurious) here")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rasd.evaluate import evaluate, load_events, render_report

    gold, pred = load_events(args.gold), load_events(args.pred)
    rep = evaluate(gold, pred)
    texts: dict[str, str] = {}
    arts = args.articles or _guess_articles(args.gold)
    if arts:
        try:
            with open(arts, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        r = json.loads(line)
                        texts[str(r.get("id"))] = r.get("text") or ""
        except (OSError, ValueError):
            texts = {}
    s = rep.summary()
    if args.json:
        print(json.dumps(s))
    else:
        for k, v in s.items():
            print(f"{k:28s} {v}")
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(render_report(rep, texts))
        print(f"report: {args.report}", file=sys.stderr)
    elif not args.json:
        print()
        print(render_report(rep, texts).split("## Missed")[0].split("## Per event type")[1].strip())
    return 0


def _guess_articles(gold_path: str):
    import os
    cand = os.path.join(os.path.dirname(gold_path), "articles.jsonl")
    return cand if os.path.exists(cand) else None
