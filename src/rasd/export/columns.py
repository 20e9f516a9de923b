"""The flat export row: ACLED's column names where they exist, then rasd's own.

Why ACLED's names: analysts merge rasd's output with ACLED data; identical column names and
values (event types, country names, inter codes) make that a plain concatenation.
``country`` holds ACLED's country name and ``iso`` the ISO 3166 alpha-2 code rasd works with.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

import yaml

from rasd.store.query import EventRow

ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
                 "actor2", "inter2", "country", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "time_precision", "fatalities", "notes", "source", "source_url")
RASD_COLUMNS = ("article_id", "evidence", "plover", "iso", "actor1_ar", "actor2_ar", "location_ar",
                "evidence_start", "evidence_end")
COLUMNS = ACLED_COLUMNS + RASD_COLUMNS

#: Column types for typed formats (Parquet); everything else is a string.
INT_COLUMNS = frozenset({"inter1", "inter2", "geo_precision", "time_precision", "fatalities",
                         "evidence_start", "evidence_end"})
FLOAT_COLUMNS = frozenset({"latitude", "longitude"})


@lru_cache(maxsize=1)
def _mapping() -> dict[str, dict]:
    return yaml.safe_load(resources.files("rasd.data").joinpath("acled_export.yaml").read_text("utf-8"))


def inter_code(category: Optional[str]) -> Optional[int]:
    """ACLED's inter code for a rasd actor category (None when unknown)."""
    if not category:
        return None
    return _mapping()["inter"].get(category.strip().lower().replace(" ", "_"))


def country_name(iso: Optional[str]) -> Optional[str]:
    if not iso:
        return None
    return _mapping()["countries"].get(iso.upper(), iso.upper())


def country_code(name_or_code: str) -> str:
    """ISO code for a ``--country`` argument given as a code or an ACLED country name."""
    s = name_or_code.strip()
    for code, name in _mapping()["countries"].items():
        if s.lower() == name.lower():
            return code
    return s.upper()


def acled_row(r: EventRow) -> dict[str, Any]:
    """One event as a flat dict with exactly ``COLUMNS`` as keys."""
    # assoc_actor_1 is an optional extra of the event dict: decode the JSON only when present
    extra = json.loads(r.data) if '"assoc_actor_1"' in r.data else {}
    return {
        "event_date": r.event_date, "event_type": r.event_type, "sub_event_type": r.sub_event_type,
        "actor1": r.actor1, "assoc_actor_1": extra.get("assoc_actor_1"),
        "inter1": inter_code(r.actor1_category), "actor2": r.actor2,
        "inter2": inter_code(r.actor2_category), "country": country_name(r.country),
        "admin1": r.admin1, "location": r.location, "latitude": r.latitude, "longitude": r.longitude,
        "geo_precision": r.geo_precision, "time_precision": r.time_precision,
        "fatalities": r.fatalities, "notes": r.notes, "source": r.source, "source_url": r.source_url,
        "article_id": r.article_id, "evidence": r.evidence, "plover": r.plover, "iso": r.country,
        "actor1_ar": r.actor1_ar, "actor2_ar": r.actor2_ar, "location_ar": r.location_ar,
        "evidence_start": r.evidence_start, "evidence_end": r.evidence_end,
    }
