"""Derive the list of gazetteer names that are, in running news text, ordinary words.

Why: 87,000 place names include thousands of villages called «علي», «مجلس», «الحزم» or «حيث»;
matched blindly they flood every article with false places. A name that is a real place in news
is usually governed by a locative cue («في», «ب», «من», «إلى», «بلدة», «مدينة» ...); a name that
is an ordinary word seldom is. Over a news corpus, a one-word name that is frequent and rarely
governed by such a cue is listed as a common word: the recogniser then accepts it only after an
explicit trigger word («بلدة الحزم»). Populous places (≥ ``min_population``), countries and
provinces are never listed here (their homographs are handled in ``places/ambiguous.txt``).

The shipped list was derived once from the SaudiNewsNet corpus (2015) with
``rasd gazetteer common-words --corpus saudinewsnet.jsonl.gz``; the list holds only words, no text.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter
from typing import Iterable, Iterator, Optional

from rasd.gazetteer.lookup import Gazetteer
from rasd.recognize.matcher import phrase_keys
from rasd.text.tokenize import lookup_key, tokenize

LOCATIVE = ("في", "ب", "من", "الى", "إلى", "نحو", "قرب", "داخل")
# Arabic-speaking countries and Israel/Palestine: where a populous place name is a real name
HOME = frozenset({"SY", "IQ", "YE", "LY", "LB", "PS", "SA", "IL", "EG", "JO", "KW", "BH", "QA", "AE",
                  "OM", "SD", "DZ", "TN", "MA", "MR", "SO", "DJ"})


def _articles(path: str, limit: Optional[int], step: int) -> Iterator[str]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
        for n, line in enumerate(f):
            if n % step:
                continue
            if limit is not None and n // step >= limit:
                break
            yield json.loads(line).get("text") or ""


def derive(texts: Iterable[str], gaz: Gazetteer, trigger_words: Iterable[str], min_count: int = 4,
           max_locative_share: float = 0.35, min_population: int = 50_000,
           home: frozenset[str] = HOME) -> list[tuple[str, int, float]]:
    """(key, count, locative share) for one-word names that behave as common words. A populous
    namesake only protects a word when it lies in ``home`` (Baneh in Iran does not make «بن» a
    place name in Arabic news)."""
    cues = {k for w in list(LOCATIVE) + list(trigger_words) for k in [" ".join(phrase_keys(w))] if k}
    from rasd.gazetteer.cues import PlaceCues
    pc = PlaceCues.load()
    adjectives = set(pc.demonyms) | {" ".join(k) for k in pc.after}
    total: Counter[str] = Counter()
    located: Counter[str] = Counter()
    for text in texts:
        toks = [t for t in tokenize(text) if t.is_word]
        for i, t in enumerate(toks):
            for rank, f in enumerate(t.forms):
                if f not in gaz.by_key:
                    continue
                total[f] += 1
                prev = lookup_key(toks[i - 1].norm) if i else ""
                stripped = rank > 0 and f != lookup_key(t.norm)
                clitic = stripped and t.norm[:1] == "ب"
                # «الفوعة وكفريا»: a name coordinated with a preceding name shares its cue
                coordinated = stripped and t.norm[:1] == "و" and i > 0 and any(
                    g in gaz.by_key for g in toks[i - 1].forms)
                # «في إطار الاتفاق», «إلى جانب»: a bare noun before a definite one is in construct
                # state (an idiom), not a place after a preposition
                has_article = t.norm[: len(t.norm) - len(f)].endswith("ال")
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                construct = not has_article and nxt is not None and nxt.norm.startswith("ال") \
                    and not any(x in adjectives for x in nxt.forms[:2])   # «قندهار الأفغانية»
                if construct:
                    pass
                elif clitic or coordinated or prev in cues or (i and toks[i - 1].norm in cues):
                    located[f] += 1
                break
    capitals = [(e.lat, e.lon) for e in (gaz.get(f"ctry:{cc}") for cc in _country_codes(gaz)) if e is not None]

    def is_capital(e) -> bool:
        return e.feature == "locality" and any(abs(e.lat - a) < 0.1 and abs(e.lon - b) < 0.1 for a, b in capitals)

    out = []
    for key, n in total.items():
        if n < min_count:
            continue
        share = located[key] / n
        # a populous place protects its name only if the corpus also uses it as a place now and
        # then (Hama, Aden); «الجديد» (the new) or «البيان» (the statement) are listed anyway
        strong = any((gaz.entries[i].population >= min_population and gaz.entries[i].country in home
                      and share >= 0.2)
                     or gaz.entries[i].population >= 1_000_000 or is_capital(gaz.entries[i])
                     or gaz.entries[i].feature in ("country", "region") for i in gaz.by_key[key])
        if not strong and share <= max_locative_share:
            out.append((key, n, share))
    out.sort(key=lambda x: (-x[1], x[0]))
    return out


def _country_codes(gaz: Gazetteer) -> list[str]:
    return [pid[5:] for pid in gaz.by_id if pid.startswith("ctry:")]


def write_list(path: str, rows: list[tuple[str, int, float]], source: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("# One-word gazetteer names that behave as ordinary words in news text: the place\n"
                "# recogniser accepts them only after an explicit trigger word («بلدة», «حي» ...).\n"
                f"# Derived by `rasd gazetteer common-words` from {source}: frequent names governed by a\n"
                "# locative cue (not in construct state: «في إطار الاتفاق») in at most 35% of their occurrences, excluding places with population >= 50,000 in Arab countries\n"
                "# (if at least 20% of their uses are locative), >= 1,000,000 anywhere, and national capitals.\n"
                "# Source: corpus word counts (see above). Licence: MIT (rasd); words only. Columns: key (normalised lookup key), count, locative share.\n")
        for key, n, share in rows:
            f.write(f"{key}\t{n}\t{share:.2f}\n")


def run(corpus: str, output: str, limit: Optional[int] = None, step: int = 3) -> int:
    from rasd.gazetteer.build import load_triggers, trigger_words

    gaz = Gazetteer.load()
    rows = derive(_articles(corpus, limit, step), gaz, trigger_words(load_triggers()))
    write_list(output, rows, corpus.rsplit("/", 1)[-1])
    return len(rows)
