"""How the outlet frames each side: the words it uses for each actor.

Why: the same group is «الثوار» in one outlet and «الإرهابيين» in another; fact-checkers and
researchers want to see that at a glance. For each canonical actor the article mentions,
this lists the surface forms used and flags the loaded ones (``data/framing.yaml``), plus the
loaded words the article uses for its dead («شهداء» vs «قتلى»).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, Optional, Sequence

from rasd.events.lexicon import Lexicon
from rasd.model import Doc, Mention
from rasd.recognize.matcher import PhraseMatcher
from rasd.text.normalize import load_yaml_data


@lru_cache(maxsize=1)
def _framing_matcher() -> PhraseMatcher[str]:
    raw = load_yaml_data("framing.yaml")
    m: PhraseMatcher[str] = PhraseMatcher()
    for label, terms in raw["labels"].items():
        for t in terms:
            m.add(t, label)
    return m


def describe_framing(doc: Doc, actors: Sequence[Mention], lex: Optional[Lexicon] = None) -> Optional[dict[str, Any]]:
    """``{"actors": {name: {"forms": {surface: n}, "labels": [...]}}, "labels": {label: n}}``."""
    matcher = _framing_matcher()
    hits = matcher.find(list(doc.tokens))
    label_counts: Counter[str] = Counter()
    label_spans: list[tuple[int, int, str]] = []
    for h in hits:
        for v in h.values:
            label_counts[v] += 1
            label_spans.append((h.start, h.end, v))
    by_actor: dict[str, dict[str, Any]] = defaultdict(lambda: {"forms": Counter(), "labels": set()})
    for a in actors:
        name = getattr(a.value, "name", None)
        if not name:
            continue
        entry = by_actor[name]
        entry["forms"][a.text] += 1
        for s, e, lab in label_spans:
            if s < a.end and a.start < e:
                entry["labels"].add(lab)
    if not by_actor and not label_counts:
        return None
    return {
        "actors": {k: {"forms": dict(v["forms"]), "labels": sorted(v["labels"])} for k, v in by_actor.items()},
        "labels": dict(label_counts),
    }
