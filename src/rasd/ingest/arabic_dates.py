"""Publication dates written in Arabic, as RSS/Atom feeds and pages of Arab outlets give them.

feedparser understands RFC 822 and ISO dates only; Arab feeds often write «الأحد، 12 يوليو
2015 - 10:30 م», «١٢ تموز ٢٠١٥» or «12 جويلية 2015». This module only finds a day,
a month and a year (and an optional time) and returns an ISO string. Month names (Egyptian/Gulf,
Levantine, Maghrebi and Moroccan series) come from the date recogniser's ``dates.yaml``.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional


from rasd.text.normalize import norm_key

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?\s*(ص|م|صباحا|مساء|مساءا)?")


def month_names() -> dict[str, int]:
    """Normalised month name -> month number: the date vocabulary of ``rasd/data/dates.yaml``
    (every dialect series), shared with the date recogniser so the two never disagree."""
    from rasd.recognize.dates import vocabulary
    return vocabulary().months


def _find_month(text: str) -> Optional[tuple[int, int, int]]:
    """(month, start, end) of the longest month name in normalised ``text``."""
    best = None
    for name, num in month_names().items():
        for m in re.finditer(r"(?<![^\W\d_])" + re.escape(name) + r"(?![^\W\d_])", text):
            if best is None or (m.end() - m.start()) > (best[2] - best[1]):
                best = (num, m.start(), m.end())
    return best


def parse_arabic_date(value: Optional[str]) -> Optional[str]:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` from an Arabic or numeric date string, else None."""
    if not value:
        return None
    text = " ".join(norm_key(value.translate(_DIGITS)).split())
    clock: Optional[tuple[int, int]] = None
    if (m := _ISO.search(text)):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if m[4]:
            clock = (int(m[4]), int(m[5]))
    elif (m := _DMY.search(text)):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    else:
        found = _find_month(text)
        if not found:
            return None
        month, s, e = found
        before = re.findall(r"(?<!\d)\d{1,2}(?!\d)", text[:s])
        after = re.search(r"(?<!\d)\d{4}(?!\d)", text[e:])
        if not before or not after:
            return None
        day, year = int(before[-1]), int(after.group())
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if clock is None and (t := _TIME.search(text)):
        hour = int(t[1]) + (12 if t[3] and t[3].startswith("م") and int(t[1]) < 12 else 0)
        clock = (hour, int(t[2]))
    if clock and clock[0] < 24 and clock[1] < 60:
        return f"{d.isoformat()}T{clock[0]:02d}:{clock[1]:02d}"
    return d.isoformat()
