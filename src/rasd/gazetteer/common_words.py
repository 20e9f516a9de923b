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

from rasd.gazetteer.cues import ARAB_LEAGUE
from rasd.gazetteer.lookup import Gazetteer
from rasd.recognize.matcher import phrase_keys
from rasd.text.tokenize import lookup_key, tokenize

LOCATIVE = ("في", "ب", "من", "الى", "إلى", "نحو", "قرب", "داخل")
# Arabic-speaking countries and Israel/Palestine: where a populous place name is a real name
HOME = ARAB_LEAGUE | {"IL"}
# the countries rasd's conflict news is about: a town of MIN_TOWN people there keeps its name
# readable (level "context") even when the corpus mostly uses the word otherwise
FOCUS_TOWNS = frozenset({"SY", "IQ", "YE", "LY", "LB", "PS"})
MIN_TOWN = 20_000


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
           home: frozenset[str] = HOME, min_town: int = MIN_TOWN,
           focus: frozenset[str] = FOCUS_TOWNS) -> list[tuple[str, int, float, str]]:
    """(key, count, locative share, level) for one-word names that behave as common words. A
    populous namesake only protects a word when it lies in ``home`` (Baneh in Iran does not make
    «بن» a place name in Arabic news). ``level`` is "context" when the name is also a town of at
    least ``min_town`` people in a ``focus`` country (Zuwara, Afrin, Hajin), else empty."""
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
        entries = [gaz.entries[i] for i in gaz.by_key[key]]
        # a populous place or a province protects its name only if the corpus also uses it as a
        # place now and then (Hama, Aden); «الجديد» (the new), «البيان» (the statement), «وأن»
        # (and that: Turkey's Van province) or «الداخلية» (the interior) are listed anyway
        strong = any((e.population >= min_population and e.country in home and share >= 0.2)
                     or (e.feature == "region" and share >= 0.2)
                     or e.population >= 1_000_000 or is_capital(e) or e.feature == "country"
                     for e in entries)
        if not strong and share <= max_locative_share:
            # a town of the conflict countries is not blocked outright: it is read after a
            # locative preposition in an article about its country («في زوارة»), as the
            # "context" level of ambiguous.tsv does (homographs such as «قاسم», «جميل» are set
            # to "trigger" there by hand)
            town = any(e.population >= min_town and e.country in focus for e in entries)
            out.append((key, n, share, "context" if town else ""))
    out.sort(key=lambda x: (-x[1], x[0]))
    return out


def _country_codes(gaz: Gazetteer) -> list[str]:
    return [pid[5:] for pid in gaz.by_id if pid.startswith("ctry:")]


def write_list(path: str, rows: list[tuple[str, int, float, str]], source: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("# One-word gazetteer names that behave as ordinary words in news text: the place\n"
                "# recogniser accepts them only after an explicit trigger word («بلدة», «حي» ...).\n"
                f"# Derived by `rasd gazetteer common-words` from {source}: frequent names governed by a\n"
                "# locative cue (not in construct state: «في إطار الاتفاق») in at most 35% of their occurrences, excluding places with population >= 50,000 in Arab countries\n"
                "# and provinces (if at least 20% of their uses are locative), >= 1,000,000 anywhere, national capitals and countries.\n"
                f"# Level \"context\" (4th column): also a town of >= {MIN_TOWN:,} people in {' '.join(sorted(FOCUS_TOWNS))}; read like ambiguous.tsv's\n"
                "# \"context\" level (after a locative preposition in an article about its country), not blocked.\n"
                "# Source: corpus word counts (see above). Licence: MIT (rasd); words only. Columns: key (normalised lookup key), count, locative share, level.\n")
        for key, n, share, level in rows:
            f.write(f"{key}\t{n}\t{share:.2f}" + (f"\t{level}" if level else "") + "\n")


def run(corpus: str, output: str, limit: Optional[int] = None, step: int = 3) -> int:
    from rasd.gazetteer.build import load_triggers, trigger_words

    gaz = Gazetteer.load()
    rows = derive(_articles(corpus, limit, step), gaz, trigger_words(load_triggers()))
    write_list(output, rows, corpus.rsplit("/", 1)[-1])
    return len(rows)
