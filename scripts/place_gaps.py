"""Mine a news corpus for place names rasd does not resolve: the gazetteer's gaps.

Why: the gazetteer (Who's On First + GeoNames + rasd's layers) misses places Arabic news names
often («الشدادي», «الوهط», «ميناء رأس عيسى»), and evaluation sentences are too few to find them
without fitting them. A word right after a place-class word («مدينة», «بلدة», «مطار», «سد» ...) is
a place name in most news sentences; the ones rasd's own geocoder does not turn into a place,
counted over a whole corpus, are the gaps worth filling first (frequency is the evidence).

For every word that follows a place-class trigger (the ``before`` groups of
``places/triggers.yaml`` that name a kind of place, plus the few class words below that rasd does
not use as triggers), the script runs rasd's ``Geocoder`` (without the NER model) on the article
and files the occurrence as

* ``covered``: inside a place mention the geocoder accepted;
* ``rejected``: a gazetteer name starts there, but the geocoder did not accept it (a common word,
  an ambiguous name, no evidence);
* ``unknown``: no gazetteer name starts there.

It prints the coverage (covered / all) and the most frequent uncovered names with their usual
two-word continuation (so «رأس» after «ميناء» shows «رأس عيسى»), and, with ``--blocked``, the
names of ``common_words.tsv`` that are towns of at least ``--min-pop`` people in the focus
countries (blocked unless a trigger word precedes them).

usage: PYTHONPATH=src python scripts/place_gaps.py [--corpus PATH] [--limit N] [--min-count 3]
                                                   [--top 150] [--blocked] [--json OUT]
Only counts and names are printed, no article text.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet.jsonl.gz"

# trigger words of places/triggers.yaml that announce a kind of place (not a direction, a road,
# a front or a vicinity: «شمال البلاد», «طريق طويل», «جبهة النصرة», «قرب الحدود»)
CLASS_WORDS = ("حي", "أحياء", "حارة", "الحي", "ضاحية", "بلدة", "بلدتي", "بلدات", "قرية", "قريتي", "قرى",
               "مدينة", "مدينتي", "مخيم", "مركز مدينة", "وسط مدينة", "ناحية", "قضاء", "مديرية", "مديريتي",
               "مديريات", "منطقة", "مناطق", "بلدية", "مدن", "ميناء", "مطار", "قاعدة", "معسكر", "سجن",
               "مصفاة", "منفذ", "معبر", "جبل", "جبال", "محافظة", "محافظتي", "ولاية", "إقليم", "ريف")
# class words rasd does not (yet) treat as triggers, detected here directly
EXTRA_WORDS = ("سد", "مرفأ", "حقل")
# words that follow a class word without being a name («منطقة التي», «مدينة في»)
STOP = {"التي", "الذي", "اللذين", "اللتين", "الذين", "في", "من", "على", "الى", "إلى", "عن", "مع", "او", "أو",
        "ثم", "قد", "لم", "لن", "كان", "كانت", "هذه", "هذا", "ذلك", "تلك", "كل", "بعض", "عدة", "اخرى", "أخرى",
        "واحدة", "بين", "حيث", "عند", "منذ", "خلال", "بعد", "قبل", "ضد", "لدى", "وهي", "وهو", "هي", "هو",
        "ان", "أن", "إن", "لا", "ما", "التابعة", "الواقعة", "المجاورة", "القريبة", "نفسها", "ذاتها", "عربية"}


def articles(path: str, limit: int | None, step: int):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % step:
                continue
            if limit is not None and n // step >= limit:
                break
            yield json.loads(line)


def mine(path: str, limit: int | None = None, step: int = 1) -> dict:
    from rasd.gazetteer.cues import PlaceCues
    from rasd.gazetteer.lookup import Gazetteer
    from rasd.model import Article, Doc
    from rasd.recognize.matcher import phrase_keys
    from rasd.resolve.places import Geocoder
    from rasd.text.tokenize import tokenize

    geo = Geocoder.load()
    gaz: Gazetteer = geo.gaz
    cues: PlaceCues = geo.cues
    class_cues = {" ".join(phrase_keys(w)) for w in CLASS_WORDS}
    extra = {" ".join(phrase_keys(w)) for w in EXTRA_WORDS}
    stop = {" ".join(phrase_keys(w)) for w in STOP} | set(cues.generic) | set(cues.demonyms)
    status: Counter = Counter()
    gaps: dict[str, Counter] = defaultdict(Counter)        # key → status counts
    surface: dict[str, Counter] = defaultdict(Counter)
    follow: dict[str, Counter] = defaultdict(Counter)      # key → next word's surface
    after: dict[str, Counter] = defaultdict(Counter)       # key → class word before it
    docs: dict[str, set] = defaultdict(set)
    accepted: Counter = Counter()                          # "name key → place id" of every accepted mention
    n_docs = 0
    for rec in articles(path, limit, step):
        text = rec.get("text") or ""
        n_docs += 1
        toks = tuple(tokenize(text))
        doc = Doc(article=Article(id=rec.get("id", ""), text=text), tokens=toks, sentences=())
        places = geo.find_places(doc)
        covered = set()
        for m in places:
            covered.update(range(m.token_start, m.token_end))
            accepted[f"{' '.join(phrase_keys(m.text))}\t{m.key}"] += 1
        for j in range(1, len(toks)):
            t = toks[j]
            if not t.is_word or t.forms[0] in stop or len(t.forms[0]) < 2:
                continue
            prev = toks[j - 1]
            cue_word = None
            if prev.is_word and not extra.isdisjoint(prev.forms[:2]):
                cue_word = next(f for f in prev.forms[:2] if f in extra)
            else:
                cm = cues.cue_before(toks, j)
                if cm is not None:
                    cw = " ".join(phrase_keys(cm.cue.words))
                    if cw in class_cues:
                        cue_word = cw
            if cue_word is None:
                continue
            if j in covered:
                st = "covered"
            elif any(m.token_start == j for m in gaz.find(toks, j, min(j + 5, len(toks)))):
                st = "rejected"
            else:
                st = "unknown"
            status[st] += 1
            if st == "covered":
                continue
            key = t.forms[0]
            gaps[key][st] += 1
            surface[key][t.text] += 1
            after[key][cue_word] += 1
            docs[key].add(n_docs)
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            follow[key][nxt.text if nxt is not None and nxt.is_word else "·"] += 1
    rows = []
    for key, c in gaps.items():
        n = sum(c.values())
        rows.append({"key": key, "count": n, "docs": len(docs[key]), "unknown": c["unknown"],
                     "rejected": c["rejected"], "surface": surface[key].most_common(1)[0][0],
                     "next": follow[key].most_common(3), "after": after[key].most_common(3)})
    rows.sort(key=lambda r: (-r["count"], r["key"]))
    return {"articles": n_docs, "status": dict(status), "gaps": rows, "accepted": dict(accepted.most_common())}


def blocked(min_pop: int, focus: tuple[str, ...]) -> list[dict]:
    """Names of common_words.tsv (and of ambiguous.tsv) that are towns of ``min_pop``+ people in
    ``focus`` countries, with the level they are read at: "common" (blocked unless a trigger word
    precedes them), "trigger" or "context" (after a locative preposition in an article about
    their country)."""
    from importlib import resources

    from rasd.gazetteer.cues import PlaceCues
    from rasd.gazetteer.lookup import Gazetteer

    gaz = Gazetteer.load()
    cues = PlaceCues.load()
    out = []
    common_rows = {}
    for line in resources.files("rasd.data").joinpath("places/common_words.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            p = line.split("\t")
            common_rows[p[0]] = int(p[1]) if len(p) > 1 and p[1].isdigit() else 1
    for key in sorted(set(common_rows) | set(cues.ambiguous)):
        n = common_rows.get(key, 0)
        big = [gaz.entries[i] for i in gaz.by_key.get(key, ())
               if gaz.entries[i].population >= min_pop and gaz.entries[i].country in focus]
        if big:
            e = max(big, key=lambda e: e.population)
            out.append({"key": key, "corpus_count": n, "place": e.name, "country": e.country,
                        "population": e.population,
                        "level": cues.ambiguous.get(key, "common" if key in cues.common else "-")})
    out.sort(key=lambda r: -r["population"])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=None, help="read at most N articles")
    ap.add_argument("--step", type=int, default=1, help="read every K-th article")
    ap.add_argument("--min-count", type=int, default=3, help="list gaps seen at least this often")
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--blocked", action="store_true", help="also list common words that are towns")
    ap.add_argument("--min-pop", type=int, default=20_000)
    ap.add_argument("--focus", default="SY,IQ,YE,LY,LB,PS")
    ap.add_argument("--json", help="write the full result here")
    args = ap.parse_args(argv)

    t0 = time.time()
    res = mine(args.corpus, args.limit, args.step)
    st = res["status"]
    total = sum(st.values()) or 1
    frequent = [r for r in res["gaps"] if r["count"] >= args.min_count]
    print(f"{res['articles']} articles, {total} names after a place-class word ({time.time() - t0:.0f}s)")
    print(f"coverage: covered {st.get('covered', 0)} ({st.get('covered', 0) / total:.1%}), "
          f"rejected {st.get('rejected', 0)}, unknown {st.get('unknown', 0)}; "
          f"{len(frequent)} uncovered names seen >= {args.min_count} times "
          f"({sum(r['count'] for r in frequent)} occurrences)")
    print("\n| count | docs | unknown | rejected | name | next words | after |")
    print("|---:|---:|---:|---:|---|---|---|")
    for r in frequent[:args.top]:
        nxt = ", ".join(f"{w} {n}" for w, n in r["next"])
        aft = ", ".join(f"{w} {n}" for w, n in r["after"])
        print(f"| {r['count']} | {r['docs']} | {r['unknown']} | {r['rejected']} | {r['surface']} | {nxt} | {aft} |")
    if args.blocked:
        rows = blocked(args.min_pop, tuple(args.focus.split(",")))
        levels = Counter(r["level"] for r in rows)
        print(f"\ncommon_words.tsv / ambiguous.tsv names that are towns of >= {args.min_pop:,} people in {args.focus}: "
              f"{len(rows)} ({', '.join(f'{k} {v}' for k, v in sorted(levels.items()))})")
        print("| key | corpus count | place | country | population | level |")
        print("|---|---:|---|---|---:|---|")
        for r in rows:
            print(f"| {r['key']} | {r['corpus_count']} | {r['place']} | {r['country']} | {r['population']} | {r['level']} |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(res, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())
