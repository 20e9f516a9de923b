"""rasd's offline gazetteer: built from Who's On First and GeoNames (CC BY) plus rasd's own
neighbourhood layer, shipped as ``rasd/data/gazetteer.tsv.gz`` and loaded once per process.

``build`` makes the file (``rasd gazetteer build``); ``lookup.Gazetteer`` loads it and finds
candidate places for token sequences.
"""
from rasd.gazetteer.records import GazEntry

__all__ = ["GazEntry"]
