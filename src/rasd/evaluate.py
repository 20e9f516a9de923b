"""Scoring rasd output against gold annotations, with the reasons behind the numbers.

The matching rules are those of the project's evaluation script (CONTRACT.md, ANNOTATION.md):
an event is found when a predicted event of a compatible ACLED event type lies within 25 km of
the gold place (or the gold event has no place) and, where both carry a date, within 2 days;
one-to-one per article, best pairs first; optional gold events neither count as missed nor
make their matches false. rasd's own implementation so that the repo stands alone, and so it
can also list per-type figures and every missed and spurious event with its evidence.
A test checks it gives the same figures as the reference script on sample files.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from rasd.geo import km

MATCH_KM = 25.0
MATCH_DAYS = 2
EXACT_KM = 5.0
_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def _norm_ar(s: Optional[str]) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = _DIACRITICS.sub("", s)
    s = re.sub("[إأآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in s.split())


def _norm_en(s: Optional[str]) -> set[str]:
    s = re.sub(r"\(.*?\)", " ", (s or "").lower())
    s = re.sub(r"[^a-z0-9 ]", " ", s)
    return {w for w in s.split() if w not in {"the", "of", "and", "forces", "force"}}


def _point(ev: dict) -> Optional[tuple[float, float]]:
    loc = ev.get("location") or {}
    try:
        return float(loc["lat"]), float(loc["lon"])
    except (KeyError, TypeError, ValueError):
        return None


def _day(ev: dict) -> Optional[date]:
    try:
        return date.fromisoformat(str(ev.get("date"))[:10])
    except ValueError:
        return None


def _types(ev: dict) -> list[tuple]:
    return [(ev.get("event_type"), ev.get("sub_event_type"))] + [tuple(t) for t in ev.get("alt_types", [])]


def _compatible(p: dict, g: dict) -> Optional[float]:
    gtypes = _types(g)
    if p.get("event_type") not in {t[0] for t in gtypes}:
        return None
    gp, pp = _point(g), _point(p)
    dist = 0.0
    if gp is not None:
        if pp is None:
            return None
        dist = km(gp, pp)
        if dist > MATCH_KM:
            return None
    gd, pd = _day(g), _day(p)
    if gd and pd and abs((gd - pd).days) > MATCH_DAYS:
        return None
    score = 10.0 - dist / MATCH_KM
    if (p.get("event_type"), p.get("sub_event_type")) in gtypes:
        score += 5
    ge, pe = g.get("evidence") or {}, p.get("evidence") or {}
    if ge and pe and min(ge.get("end", 0), pe.get("end", 0)) > max(ge.get("start", 0), pe.get("start", 0)):
        score += 2
    return score


def actor_ok(p: Optional[dict], g: Optional[dict]) -> bool:
    pa, ga = p or {}, g or {}
    en = [_norm_en(x) for x in [ga.get("name")] + ga.get("aliases", []) if x and re.search("[A-Za-z]", x)]
    ar = [_norm_ar(x) for x in [ga.get("name_ar")] + ga.get("aliases", []) if x and re.search("[\u0600-\u06ff]", x)]
    pn, pr = _norm_en(pa.get("name")), _norm_ar(pa.get("name_ar"))
    if any(pn and e and len(pn & e) / len(pn | e) >= 0.5 for e in en):
        return True
    return any(pr and a and (pr in a or a in pr) for a in ar)


@dataclass
class Report:
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    per_type: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    missed: list[tuple[str, dict]] = field(default_factory=list)
    spurious: list[tuple[str, dict]] = field(default_factory=list)
    matched: list[tuple[str, dict, dict]] = field(default_factory=list)
    missing_articles: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        c = self.counts
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        _, _, sf = prf(c["strict_tp"], c["fp"] + c["tp"] - c["strict_tp"], c["fn"] + c["tp"] - c["strict_tp"])
        ratio = lambda a, b: round(c[a] / c[b], 3) if c[b] else None  # noqa: E731
        out = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "strict_f1": round(sf, 3),
               "actor1_acc": ratio("actor_ok", "actor_n"), "date_acc": ratio("date_ok", "date_n"),
               "loc_acc_5km": ratio("loc_ok", "loc_n"), "fatalities_acc": ratio("fat_ok", "fat_n"),
               "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
        if self.missing_articles:
            out["articles_missing_in_output"] = len(self.missing_articles)
        return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_events(path: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                out[str(rec["id"])] = rec.get("events") or []
    return out


def evaluate(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> Report:
    rep = Report()
    c = rep.counts
    for doc_id, gevs in gold.items():
        pevs = pred.get(doc_id, [])
        if doc_id not in pred:
            rep.missing_articles.append(doc_id)
        pairs = sorted(((s, i, j) for i, p in enumerate(pevs) for j, g in enumerate(gevs)
                        if (s := _compatible(p, g)) is not None), reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for s, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = pevs[i], gevs[j]
            if g.get("optional"):
                continue
            c["tp"] += 1
            rep.matched.append((doc_id, p, g))
            et = g.get("event_type")
            rep.per_type[et]["tp"] += 1
            if (p.get("event_type"), p.get("sub_event_type")) in _types(g):
                c["sub_ok"] += 1
                c["strict_tp"] += 1
            if g.get("actor1"):
                c["actor_n"] += 1
                c["actor_ok"] += actor_ok(p.get("actor1"), g["actor1"])
            if _day(g):
                c["date_n"] += 1
                c["date_ok"] += _day(p) == _day(g)
            if _point(g) and (g.get("location") or {}).get("geo_precision", 1) == 1:
                c["loc_n"] += 1
                c["loc_ok"] += bool(_point(p)) and km(_point(p), _point(g)) <= EXACT_KM  # type: ignore[arg-type]
            if g.get("fatalities") is not None:
                c["fat_n"] += 1
                c["fat_ok"] += p.get("fatalities") == g["fatalities"]
        for i, p in enumerate(pevs):
            if i not in used_p:
                c["fp"] += 1
                rep.per_type[p.get("event_type")]["fp"] += 1
                rep.spurious.append((doc_id, p))
        for j, g in enumerate(gevs):
            if j not in used_g and not g.get("optional"):
                c["fn"] += 1
                rep.per_type[g.get("event_type")]["fn"] += 1
                rep.missed.append((doc_id, g))
    return rep


def _event_line(ev: dict, texts: dict[str, str], doc_id: str) -> str:
    loc = ev.get("location") or {}
    a1 = (ev.get("actor1") or {}).get("name")
    ev_span = ev.get("evidence") or {}
    snippet = ""
    if doc_id in texts and ev_span:
        snippet = texts[doc_id][ev_span.get("start", 0):ev_span.get("end", 0)].replace("\n", " ")
        if len(snippet) > 160:
            snippet = snippet[:157] + "..."
    return (f"- `{doc_id}` {ev.get('event_type')} / {ev.get('sub_event_type')} | {ev.get('date')} | "
            f"{loc.get('name')} ({loc.get('lat')}, {loc.get('lon')}) | actor1: {a1} | "
            f"fatalities: {ev.get('fatalities')}\n  > {snippet}")


def render_report(rep: Report, texts: Optional[dict[str, str]] = None) -> str:
    texts = texts or {}
    s = rep.summary()
    lines = ["# rasd evaluation", "", "| measure | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in s.items()]
    lines += ["", "## Per event type", "", "| event_type | tp | fp | fn | precision | recall | f1 |", "|---|---|---|---|---|---|---|"]
    for et, d in sorted(rep.per_type.items(), key=lambda x: str(x[0])):
        p, r, f = prf(d["tp"], d["fp"], d["fn"])
        lines.append(f"| {et} | {d['tp']} | {d['fp']} | {d['fn']} | {p:.3f} | {r:.3f} | {f:.3f} |")
    lines += ["", f"## Missed gold events ({len(rep.missed)})", ""]
    lines += [_event_line(g, texts, d) for d, g in rep.missed]
    lines += ["", f"## Spurious predicted events ({len(rep.spurious)})", ""]
    lines += [_event_line(p, texts, d) for d, p in rep.spurious]
    return "\n".join(lines) + "\n"
