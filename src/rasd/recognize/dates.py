"""Date expressions in Arabic text, resolved against the article's publication date.

STUB: the dates work replaces this with the data-driven recogniser; the interface is fixed.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from rasd.model import Mention


def find_dates(text: str, published: Optional[date]) -> list[Mention]:
    """Every date expression in ``text`` as ``Mention(kind="date", value=DateValue(...))``.

    ``key`` says what kind of expression it was ("weekday", "relative", "explicit", "hijri",
    "week", "month", ...). With ``published`` None, relative expressions are still found but
    their ``value`` is None.
    """
    return []
