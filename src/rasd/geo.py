"""Great-circle distance, the one implementation every stage uses (gazetteer ranking, event
coreference, the evaluation's 25 km / 5 km rules, the store's --near filter)."""
from __future__ import annotations

import math
from typing import Sequence

EARTH_DIAMETER_KM = 12742.0
_RAD = math.pi / 180


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    h = (math.sin((lat2 - lat1) * _RAD / 2) ** 2
         + math.cos(lat1 * _RAD) * math.cos(lat2 * _RAD) * math.sin((lon2 - lon1) * _RAD / 2) ** 2)
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance between two (lat, lon) points."""
    return haversine_km(a[0], a[1], b[0], b[1])


def with_cos(points: Sequence[tuple[float, float]]) -> list[tuple[float, float, float]]:
    """``(lat, lon, cos(lat))`` of each point, for ``haversine_from``."""
    return [(lat, lon, math.cos(lat * _RAD)) for lat, lon in points]


def haversine_from(lat1: float, lon1: float, points: Sequence[tuple[float, float, float]]) -> list[float]:
    """``haversine_km`` from one point to many (prepared by ``with_cos``), bit for bit the same
    numbers: the same expression in the same order, with each cosine computed once and no
    call per pair (ranking places asks for thousands of distances per article)."""
    sin, cos, asin, sqrt = math.sin, math.cos, math.asin, math.sqrt
    c1 = cos(lat1 * _RAD)
    return [EARTH_DIAMETER_KM * asin(sqrt(min(1.0, sin((lat2 - lat1) * _RAD / 2) ** 2
                                              + c1 * c2 * sin((lon2 - lon1) * _RAD / 2) ** 2)))
            for lat2, lon2, c2 in points]
