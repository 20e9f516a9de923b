"""Toponym recognition and geocoding against the shipped gazetteer.

STUB: the gazetteer work replaces this; the interface is fixed.
"""
from __future__ import annotations

from typing import Optional, Sequence

from rasd.model import Doc, Mention


class Geocoder:
    """Loads the gazetteer once per process (``Geocoder.load()``), then geocodes documents."""

    _instance: Optional["Geocoder"] = None

    @classmethod
    def load(cls) -> "Geocoder":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def find_places(self, doc: Doc, ner: Sequence[Mention] = ()) -> list[Mention]:
        """Places named in ``doc`` as ``Mention(kind="place", value=Place)``, disambiguated with
        the whole document as context. ``geo_precision`` reflects the local context («ريف»,
        «أطراف», «محافظة» ...). The mention span covers the words that name the place including
        such trigger words. ``ner`` gives LOC entities from the NER model as extra candidates."""
        return []

    def main_country(self, doc: Doc, places: Sequence[Mention]) -> Optional[str]:
        """ISO code of the article's main country, from its places (None if unclear)."""
        counts: dict[str, int] = {}
        for m in places:
            c = getattr(m.value, "country", None)
            if c:
                counts[c] = counts.get(c, 0) + 1
        return max(counts, key=counts.get) if counts else None
