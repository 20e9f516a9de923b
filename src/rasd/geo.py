"""Great-circle distance, the one implementation every stage uses (gazetteer ranking, event
coreference, the evaluation's 25 km / 5 km rules, the store's --near filter)."""
from __future__ import annotations

import math

EARTH_DIAMETER_KM = 12742.0
_RAD = math.pi / 180


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    h = (math.sin((lat2 - lat1) * _RAD / 2) ** 2
         + math.cos(lat1 * _RAD) * math.cos(lat2 * _RAD) * math.sin((lon2 - lon1) * _RAD / 2) ** 2)
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance between two (lat, lon) points."""
    return haversine_km(a[0], a[1], b[0], b[1])
