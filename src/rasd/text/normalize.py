"""Arabic normalisation for matching, with an offset map back to the original text.

Why: lexicons, gazetteers and the text must meet on one spelling (hamza forms, alef
maqsura, ta marbuta, diacritics, Persian letter forms, three digit scripts), but offsets must
always point into the untouched original. So normalisation never replaces the text: it
builds a second string and, for every character of it, the index of the original character
it came from.

The character map lives in ``rasd/data/charmap.yaml`` (data, with its source line) and is
validated when loaded: every key is one character, every value is the empty string (delete)
or a string whose characters are themselves fixed points of the map.

Two entry points:

* ``norm_key(s)``: the normalised string only (fast, ``str.translate``); used for lexicon
  keys and per-token forms.
* ``normalize(text)``: a ``Normalized`` record holding the normalised string and the offset
  map; ``to_original(start, end)`` maps a normalised span back.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _charmap() -> dict[str, str]:
    raw = yaml.safe_load(resources.files("rasd.data").joinpath("charmap.yaml").read_text("utf-8"))
    table: dict[str, str] = {}
    for group in ("delete", "map"):
        for key, val in (raw.get(group) or {}).items():
            chars = _expand_key(key)
            for ch in chars:
                if ch in table:
                    raise ValueError(f"charmap: {ch!r} (U+{ord(ch):04X}) listed twice")
                table[ch] = "" if group == "delete" else val
    # Presentation forms (FB50-FDFF, FE70-FEFF) and other compatibility characters: NFKC,
    # then the map again. They are rare in news but common in copy-pasted PDF text.
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        if ch in table:
            continue
        nf = unicodedata.normalize("NFKC", ch)
        if nf != ch and nf.strip():
            table[ch] = "".join(table.get(c, c) for c in nf)
    _validate(table)
    return table


def _expand_key(key: str) -> list[str]:
    """A key is one character, or a range written ``U+0610..U+061A``."""
    if ".." in key and key.startswith("U+"):
        a, b = key.split("..")
        return [chr(cp) for cp in range(int(a[2:], 16), int(b[2:], 16) + 1)]
    if key.startswith("U+"):
        return [chr(int(key[2:], 16))]
    if len(key) != 1:
        raise ValueError(f"charmap: key {key!r} is not a single character")
    return [key]


def _validate(table: dict[str, str]) -> None:
    for ch, val in table.items():
        for c in val:
            if table.get(c, c) != c:
                raise ValueError(f"charmap: value of U+{ord(ch):04X} contains {c!r}, which the map changes again")


@lru_cache(maxsize=1)
def _translate_table() -> dict[int, str]:
    return {ord(k): v for k, v in _charmap().items()}


def norm_key(s: str) -> str:
    """Normalised form of ``s`` for lookups (no offset map). Idempotent."""
    return s.translate(_translate_table()).lower()


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised copy of ``original`` and the index map back into it.

    ``offsets[i]`` is the index in ``original`` of the character that produced ``text[i]``.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original span that produced it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalised text of length {len(self.text)}")
        if start == end:
            o = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map (see module docstring)."""
    table = _charmap()
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ch)
        if rep is None:
            low = ch.lower()
            rep = low if len(low) == 1 else ch
        for c in rep:
            out.append(c)
            offsets.append(i)
    return Normalized(original=text, text="".join(out), offsets=tuple(offsets))
