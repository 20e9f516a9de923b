"""The NER model's own spelling fold and clitic split, frozen with the model.

Why not ``rasd.text.normalize``/``rasd.text.tokenize.analyse``: a trained model's weights are
keyed by feature strings, so the functions that make those strings must not change under a
shipped model. The text layer evolves for lexicon matching (it may keep ة, add clitic rules);
if the NER features followed it, every such change would silently degrade a model trained
before it. So the NER keeps this small fold and splitter, versioned with ``FEATURE_VERSION``
in ``rasd.ner.train``; changing them means retraining.

``fold``: drop diacritics, tatweel and invisible marks; unify alef/hamza seats (أ إ آ ٱ → ا),
ى → ي, ة → ه, Persian/Urdu letter variants, and Eastern Arabic digits to ASCII. These are the
spelling differences between outlets that carry no meaning for a name.

``segment``: the proclitics a news word can carry (و ف, then ب ك ل, لل = ل + ال) and the
article ال, each taken off only when a stem of at least two letters remains; with corpus
frequencies (from the cluster table) the most frequent reading wins, which protects names
that begin with a clitic letter.
"""
from __future__ import annotations

from typing import Mapping, Optional

_DELETE = ("\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
           + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
           + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
           + "\u061c\ufeff\u00ad")
_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ى": "ي", "ی": "ي",
        "ې": "ي", "ۍ": "ي", "ے": "ي", "ئ": "ئ", "ة": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه",
        "ک": "ك", "ڪ": "ك", "گ": "ك", "ٹ": "ت", "ڤ": "ف", "ڨ": "ق", "پ": "ب", "چ": "ج",
        "ژ": "ز", "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?", "٪": "%",
        "«": "\"", "»": "\""}
_TABLE = {ord(c): None for c in _DELETE}
_TABLE.update({ord(k): v for k, v in _MAP.items()})
_TABLE.update({0x0660 + i: str(i) for i in range(10)})
_TABLE.update({0x06F0 + i: str(i) for i in range(10)})

_CONJ = "وف"
_PREP = "بكل"
_MIN_STEM = 2
_UNRANKED = 1 << 30


def fold(word: str) -> str:
    """The word with outlet-specific spelling differences removed (see module doc)."""
    return word.translate(_TABLE)


def readings(folded: str) -> list[tuple[str, str]]:
    """Every ``(proclitics, rest)`` reading of a folded word, the unsplit word first."""
    out = [("", folded)]
    w, pre = folded, ""
    if len(w) > _MIN_STEM + 1 and w[0] in _CONJ:
        pre, w = w[0], w[1:]
        out.append((pre, w))
    if len(w) > _MIN_STEM + 1 and w[0] in _PREP:
        if w.startswith("لل") and len(w) > _MIN_STEM + 2:
            out.append((pre + "ل", "ال" + w[2:]))
        else:
            out.append((pre + w[0], w[1:]))
    return out


def segment(folded: str, rank: Optional[Mapping[str, int]] = None) -> tuple[str, bool, str]:
    """``(proclitics, has_article, stem)`` of a folded word.

    With ``rank`` (word -> frequency rank in a large corpus, 0 = most frequent) the reading
    whose remainder is the most frequent word wins, so «بيروت» stays whole (يروت is not a word)
    while «وبغداد» becomes و + بغداد. Without it, every possible proclitic is taken off.
    """
    cands = readings(folded)
    if rank is None:
        pre, rest = cands[-1]
    else:
        pre, rest = cands[0]
        best = rank.get(rest, _UNRANKED)
        for p, r in cands[1:]:
            k = rank.get(r, _UNRANKED)
            if k < best:
                pre, rest, best = p, r, k
    if rest.startswith("ال") and len(rest) > _MIN_STEM + 2:
        return pre, True, rest[2:]
    return pre, False, rest
