"""Coverage of the actor knowledge base on a corpus: what looks like an actor but did not resolve.

Why: a curator needs the next aliases to add ranked by how often they occur, not a guess.
Actor-like phrases are (a) a head noun that opens a group's name («قوات ...», «تنظيم ...»,
«حركة ...») with up to two following words, stopping at prepositions and relatives, and (b)
PERS/ORG entities from the NER model when one is given. A phrase counts as resolved when an
actor mention overlaps its head or the word after it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from rasd.model import Doc, Mention
from rasd.recognize.matcher import phrase_keys
from rasd.text.normalize import norm_key

MAX_TAIL = 2


@dataclass(frozen=True, slots=True)
class Candidate:
    """An actor-like phrase: character span, the key it is counted under, where it came from."""

    start: int
    end: int
    text: str
    key: str
    source: str     # "head" or the NER kind


@dataclass
class CoverageReport:
    articles: int = 0
    candidates: int = 0
    resolved: int = 0
    mentions: int = 0
    unresolved: Counter = field(default_factory=Counter)
    surfaces: dict = field(default_factory=lambda: defaultdict(Counter))

    @property
    def share(self) -> float:
        return self.resolved / self.candidates if self.candidates else 0.0

    def top(self, n: int = 50) -> list[tuple[str, int]]:
        """Most frequent unresolved phrases, each shown in its most frequent spelling."""
        return [(self.surfaces[k].most_common(1)[0][0], c) for k, c in self.unresolved.most_common(n)]


class CandidateFinder:
    def __init__(self, heads: Iterable[str], stops: Iterable[str]) -> None:
        self.heads: dict[tuple[str, ...], int] = {}
        for h in heads:
            keys = phrase_keys(h)
            if keys:
                self.heads[keys] = len(keys)
        self.first = {k[0] for k in self.heads}
        self.stops = {k for s in stops for k in phrase_keys(s)} | {norm_key(s) for s in stops}

    def find(self, doc: Doc, ner: Sequence[Mention] = ()) -> list[Candidate]:
        toks = doc.tokens
        out: list[Candidate] = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            hit, head = 0, ()
            if t.is_word and any(f in self.first for f in t.forms):
                for keys, size in self.heads.items():
                    if size > hit and i + size <= n and all(
                            keys[j] in (toks[i].forms if j == 0 else toks[i + j].forms[:2]) for j in range(size)):
                        hit, head = size, keys
            if not hit:
                i += 1
                continue
            j = i + hit
            tail = 0
            while j < n and tail < MAX_TAIL and toks[j].is_word and not (set(toks[j].forms[:2]) & self.stops):
                j += 1
                tail += 1
            if tail:
                text = doc.text[toks[i].start:toks[j - 1].end]
                key = " ".join(head + tuple(toks[k].forms[0] for k in range(i + hit, j)))
                out.append(Candidate(toks[i].start, toks[j - 1].end, text, key, "head"))
            i = j
        for m in ner:
            if m.kind in ("ORG", "PERS", "PER"):
                text = doc.text[m.start:m.end]
                out.append(Candidate(m.start, m.end, text, " ".join(phrase_keys(text)), m.kind))
        return out


def resolved_by(c: Candidate, doc: Doc, mentions: Sequence[Mention]) -> bool:
    """True when an actor mention overlaps the candidate's first two words."""
    lim = c.end
    words = [t for t in doc.tokens if c.start <= t.start < c.end]
    if len(words) > 1:
        lim = words[1].end
    return any(min(lim, m.end) > max(c.start, m.start) for m in mentions)


def update(report: CoverageReport, doc: Doc, candidates: Sequence[Candidate],
           mentions: Sequence[Mention]) -> None:
    report.articles += 1
    report.mentions += len(mentions)
    for c in candidates:
        report.candidates += 1
        if resolved_by(c, doc, mentions):
            report.resolved += 1
        else:
            report.unresolved[c.key] += 1
            report.surfaces[c.key][c.text] += 1


def default_finder(kb_raw: Optional[dict] = None) -> CandidateFinder:
    """The finder configured by ``coverage_heads``/``coverage_stops`` of ``agents.yaml``."""
    import yaml
    from importlib import resources
    raw = kb_raw or yaml.safe_load(resources.files("rasd.data").joinpath("agents.yaml").read_text("utf-8"))
    return CandidateFinder(raw.get("coverage_heads") or (), raw.get("coverage_stops") or ())
