"""Extra training corpora (WikiFANE, AQMAR) mapped onto ANERcorp's PERS/LOC/ORG/MISC scheme.

Why a mapping and a re-gluing step: both are Wikipedia text with other conventions. WikiFANE
has 50 fine classes and writes clitics as separate tokens («و», «ها»), while ANERcorp (and
rasd's tokeniser) keeps clitics on the word; a tagger trained on split clitics would see words
it never meets at run time, so proclitic tokens are glued to the next word and pronoun
suffix tokens to the previous one, and the entity tags follow the word they are glued to.
AQMAR tags PER/LOC/ORG plus article-specific MIS0..MIS3 classes (particles, software, sports
terms) that are not ANERcorp's MISC (events, nationalities' products, languages...), so MIS*
becomes ``O``. WikiFANE's ``Group`` (armies, rebels, «المسيحيين») and weapons/vehicles are not
names in ANERcorp's sense and become ``O`` too.

Source and licences: WikiFANE Gold 2014 (Alotaibi & Lee, COLING 2014) and AQMAR (Mohit et al.,
EACL 2012), both CC BY-SA 3.0; used only to train, never shipped.
"""
from __future__ import annotations

import os
from typing import Optional

from rasd.ner.conll import Sentence, read_conll, read_conll_file

_PERS = {"Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete",
         "Businessperson", "Engineer", "Lawyer", "Police"}
_LOC = {"Population-Center", "Nation", "State-or-Province", "County-or-District", "GPE-Cluster",
        "Continent", "Water-Body", "Land-Region-Natural", "Building-Grounds", "Airport", "Path",
        "Subarea-Facility", "Celestial"}
_ORG = {"Government", "Non-Governmental", "Commercial", "Educational", "Media", "Sports",
        "Religious_ORG", "Medical-Science", "Entertainment"}
_MISC = {"Book", "Movie", "Software", "Hardware", "Sound", "Food", "Drug", "Plant"}
_COARSE = {**{k: "PERS" for k in _PERS}, **{k: "LOC" for k in _LOC},
           **{k: "ORG" for k in _ORG}, **{k: "MISC" for k in _MISC},
           "PER": "PERS", "LOC": "LOC", "ORG": "ORG"}

_PROCLITICS = {"و", "ف", "ب", "ل", "ك", "س", "لل"}
_ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ني"}
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\ufeff"), None)


def map_tag(tag: Optional[str]) -> str:
    """A fine or foreign BIO tag mapped to PERS/LOC/ORG/MISC BIO, or ``O``."""
    if not tag or tag == "O" or "-" not in tag:
        return "O"
    bio, _, cls = tag.partition("-")
    coarse = _COARSE.get(cls)
    if bio not in ("B", "I") or coarse is None:
        return "O"
    return f"{bio}-{coarse}"


def glue_clitics(sent: Sentence) -> Sentence:
    """Re-attach separated clitic tokens to their host word, ANERcorp style."""
    out: list[tuple[str, str]] = []
    pending = ""
    for word, tag in sent:
        w = word.translate(_INVISIBLE)
        if not w:
            continue
        if w in _PROCLITICS and not pending:
            pending = w
            continue
        if pending:
            w = pending + w
            pending = ""
        if w in _ENCLITICS and out and out[-1][0][-1:].isalpha():
            prev_w, prev_t = out[-1]
            if prev_w.endswith("ة"):  # عاصمة + ها is written عاصمتها
                prev_w = prev_w[:-1] + "ت"
            out[-1] = (prev_w + w, prev_t)
            continue
        out.append((w, tag or "O"))
    if pending:
        out.append((pending, "O"))
    # an entity that now starts with I- after O/other type is repaired to B-
    fixed: list[tuple[str, Optional[str]]] = []
    prev = "O"
    for w, t in out:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        fixed.append((w, t))
        prev = t
    return fixed


def load_mapped(path: str) -> list[Sentence]:
    """WikiFANE file or AQMAR folder/file as mapped, clitic-glued sentences."""
    if os.path.isdir(path):
        sents: list[Sentence] = []
        for name in sorted(os.listdir(path)):
            if name.endswith(".txt"):
                sents.extend(load_mapped(os.path.join(path, name)))
        return sents
    raw = read_conll_file(path)
    return [glue_clitics([(w, map_tag(t)) for w, t in s]) for s in raw]


def read_mapped_lines(lines) -> list[Sentence]:
    """Same as ``load_mapped`` over an iterable of lines (for tests)."""
    return [glue_clitics([(w, map_tag(t)) for w, t in s]) for s in read_conll(lines)]
