"""Loading the trigger and cue lexicons (``data/triggers.yaml``, ``data/cues.yaml``) once.

Why one loader: the lexicons are data; the frame code only asks "which trigger types start
here" and "is there a negation cue before token i". Both questions are answered by phrase
matchers built here once per process, so per-article work is one pass per matcher.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from rasd.recognize.matcher import PhraseMatcher, phrase_keys
from rasd.text.normalize import load_yaml_data

EVENT_TYPES: frozenset[tuple[str, str]] = frozenset({
    ("Battles", "Armed clash"), ("Battles", "Government regains territory"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Explosions/Remote violence", "Chemical weapon"), ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Suicide bomb"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Explosions/Remote violence", "Grenade"),
    ("Violence against civilians", "Sexual violence"), ("Violence against civilians", "Attack"),
    ("Violence against civilians", "Abduction/forced disappearance"),
    ("Protests", "Peaceful protest"), ("Protests", "Protest with intervention"),
    ("Protests", "Excessive force against protesters"),
    ("Riots", "Violent demonstration"), ("Riots", "Mob violence"),
    ("Strategic developments", "Agreement"), ("Strategic developments", "Arrests"),
    ("Strategic developments", "Change to group/activity"),
    ("Strategic developments", "Disrupted weapons use"),
    ("Strategic developments", "Headquarters or base established"),
    ("Strategic developments", "Looting/property destruction"),
    ("Strategic developments", "Non-violent transfer of territory"), ("Strategic developments", "Other"),
})


@dataclass(frozen=True, slots=True)
class TriggerType:
    """One entry of ``triggers.yaml``: what a trigger word means and how strongly."""

    id: str
    acled: tuple[str, str]
    plover: str
    strong: bool
    priority: int
    acled_nonstate: Optional[tuple[str, str]] = None
    acled_civilians: Optional[tuple[str, str]] = None
    overrides: tuple[str, ...] = ()
    generic: frozenset[tuple[str, ...]] = frozenset()
    inherit: bool = False     # takes the type of a weapon trigger elsewhere in the sentence
    requires_override: bool = False   # fires only when a type it overrides is in the clause
    needs: str = ""           # what the act needs: place | people | counted | weapon | property | armed, "+"-joined


@dataclass(frozen=True, slots=True)
class Lexicon:
    types: dict[str, TriggerType]
    triggers: PhraseMatcher[str]            # phrase -> TriggerType.id
    plover_only: PhraseMatcher[str]         # phrase -> PLOVER code
    cues: PhraseMatcher[str]                # phrase -> "group:name" (e.g. "modality:negation")
    modality_window: int
    # split phrases: head word -> (tail keys, type id); «أطلق مسلحون النار» has its subject between
    gapped: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    # one-word trigger terms that are perfect verbs: listed with a conjugated sibling
    # (سيطر/سيطرت/سيطروا), which a verbal noun or a noun never has (see perfect_verbs)
    verbs: frozenset[str] = frozenset()
    # one-word trigger keys that are an act only without the article («جلد», not «الجلد»)
    indefinite_only: frozenset[str] = frozenset()
    # one-word cue keys that are that cue only without the article («طوال», throughout: «الطوال»
    # is «the long» or a town)
    cue_indefinite_only: frozenset[str] = frozenset()
    # place words that, under the article and alone, name the place last named with them
    # («قاعدة العند» ... «القاعدة»): article-free keys
    anaphoric_places: frozenset[str] = frozenset()


def _data(name: str) -> dict:
    return load_yaml_data(name)


def _pair(v: object, where: str) -> Optional[tuple[str, str]]:
    if v is None:
        return None
    pair = tuple(v)  # type: ignore[arg-type]
    if pair not in EVENT_TYPES:
        raise ValueError(f"triggers.yaml: {where}: {pair} is not an ACLED event type pair of CONTRACT.md")
    return pair  # type: ignore[return-value]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = _data("triggers.yaml")
    types: dict[str, TriggerType] = {}
    trig: PhraseMatcher[str] = PhraseMatcher()
    gapped: dict[str, tuple[frozenset[str], str]] = {}
    for tid, spec in raw["types"].items():
        types[tid] = TriggerType(
            id=tid,
            acled=_pair(spec["acled"], tid),  # type: ignore[arg-type]
            plover=spec.get("plover", ""),
            strong=spec.get("strength", "strong") == "strong",
            priority=int(spec.get("priority", 50)),
            acled_nonstate=_pair(spec.get("acled_nonstate"), tid),
            acled_civilians=_pair(spec.get("acled_civilians"), tid),
            overrides=tuple(spec.get("overrides", ())),
            generic=frozenset(phrase_keys(g) for g in spec.get("generic", ())),
            inherit=bool(spec.get("inherit", False)),
            requires_override=bool(spec.get("requires_override", False)),
            needs=str(spec.get("needs", "")),
        )
        if any(n not in ("", "place", "people", "counted", "weapon", "armed", "property") for n in types[tid].needs.split("+")):
            raise ValueError(f"triggers.yaml: {tid}: unknown needs {types[tid].needs!r}")
        for term in spec["terms"]:
            trig.add(term, tid)
        for head, tails in (spec.get("gapped") or {}).items():
            for hk in phrase_keys(head):
                prev = gapped.get(hk)
                if prev is not None and prev[1] != tid:
                    raise ValueError(f"triggers.yaml: gapped head {head} in {prev[1]} and {tid}")
                keys = frozenset(k for t in tails for k in phrase_keys(t))
                gapped[hk] = ((prev[0] if prev else frozenset()) | keys, tid)
    singles = {k[0] for spec in raw["types"].values() for term in spec["terms"]
               if len(k := phrase_keys(term)) == 1}
    for t in types.values():
        for o in t.overrides:
            if o not in types:
                raise ValueError(f"triggers.yaml: {t.id} overrides unknown type {o}")
    plover: PhraseMatcher[str] = PhraseMatcher()
    for code, terms in (raw.get("plover_only") or {}).items():
        for term in terms:
            plover.add(term, code)
    cues_raw = _data("cues.yaml")
    cues: PhraseMatcher[str] = PhraseMatcher()
    window = int(cues_raw["modality"].get("window", 6))
    for group, spec in cues_raw.items():
        if not isinstance(spec, dict):
            continue        # indefinite_only, anaphoric_places: lists, not groups
        for name, terms in spec.items():
            if not isinstance(terms, list):
                continue
            for term in terms:
                cues.add(term, f"{group}:{name}")
    return Lexicon(types=types, triggers=trig, plover_only=plover, cues=cues, modality_window=window,
                   gapped=gapped, verbs=perfect_verbs(singles),
                   indefinite_only=frozenset(k for t in raw.get("indefinite_only") or () for k in phrase_keys(t)),
                   cue_indefinite_only=frozenset(k for t in cues_raw.get("indefinite_only") or ()
                                                 for k in phrase_keys(t)),
                   anaphoric_places=frozenset(k for t in cues_raw.get("anaphoric_places") or ()
                                              for k in phrase_keys(t)))


def perfect_verbs(words: set[str]) -> frozenset[str]:
    """The perfect verbs among one-word lexicon terms, told by their conjugations listed beside
    them: «سيطر» with «سيطرت» or «سيطروا», and those conjugations. Why not by shape: «سيطر»,
    «قصف», «هاجم» look like nouns of three or four letters; the lexicon lists every
    conjugation of a verb it knows (issue 3), and «إصابات», «غارات» have no stem listed."""
    out = set()
    for w in words:
        if (w.endswith("ا") and not w.endswith("وا")) or w.endswith("ات"):
            continue               # «اشتباكا»/«اشتباكات»: a plural noun, not «قصف»/«قصفت»
        if w + "ت" in words or w + "وا" in words:
            out.add(w)
        if (w.endswith("ت") and w[:-1] in words) or (w.endswith("وا") and w[:-2] in words):
            out.add(w)
    return frozenset(out)
