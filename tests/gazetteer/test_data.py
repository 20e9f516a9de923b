"""Integrity of the shipped gazetteer and of rasd's place layers (rasd/data/places/)."""
from __future__ import annotations

import csv
import os
import time
from importlib import resources

import pytest
import yaml

from rasd.gazetteer.cues import PlaceCues
from rasd.gazetteer.lookup import Gazetteer, haversine_km, stale_keys
from rasd.recognize.matcher import phrase_keys
from rasd.text.normalize import norm_key

PLACES = resources.files("rasd.data").joinpath("places")


def _tsv(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in PLACES.joinpath(name).read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_file_is_compact_and_loads_fast():
    path = str(resources.files("rasd.data").joinpath("gazetteer.tsv.gz"))
    assert os.path.getsize(path) < 15 * 1024 * 1024
    t = time.process_time()
    g = Gazetteer.from_file(path)
    assert time.process_time() - t < 3.0          # ~0.5 s on an idle core; CI machines vary
    assert len(g) > 80_000


def test_stored_keys_match_the_current_normaliser(gaz):
    assert not stale_keys(gaz.entries, probes=2000), "run `rasd gazetteer build` to refresh keys"


def test_every_layer_has_a_source_and_licence_header():
    for name in ("neighbourhoods.tsv", "admin1.tsv", "countries.tsv", "aliases.tsv", "ambiguous.tsv",
                 "common_words.tsv", "triggers.yaml"):
        head = PLACES.joinpath(name).read_text("utf-8")[:1500].lower()
        assert "source" in head and "licence" in head, name
    readme = PLACES.joinpath("README.md").read_text("utf-8")
    assert "CC BY" in readme and "geonames" in readme.lower() and "who's on first" in readme.lower()


def test_neighbourhood_layer(gaz):
    rows = _tsv("neighbourhoods.tsv")
    assert len(rows) >= 400
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    cities = {r["city"] for r in rows}
    for city in ("Aleppo", "Damascus", "Homs", "Hama", "Idlib", "Ar-Raqqa", "Deir ez-Zor", "Daraa", "Mosul",
                 "Baghdad", "Fallujah", "Ramadi", "Tikrit", "Kirkuk", "Sanaa", "Aden", "Taiz", "Al Hudaydah",
                 "Marib", "Tripoli", "Benghazi", "Sirte", "Derna", "Gaza", "Rafah", "Khan Younis", "Beirut"):
        assert city in cities, city
    seen: dict[tuple[str, str], str] = {}
    for r in rows:
        assert r["source"] and r["approximate"] in ("0", "1") and r["names_ar"], r["id"]
        assert r["feature"] in ("neighbourhood", "locality", "poi", "county", "region"), r["id"]
        lat, lon = float(r["lat"]), float(r["lon"])
        if r["city_geonames_id"]:
            city = gaz.get_geonames(int(r["city_geonames_id"]))
            assert city is not None, r["id"]
            limit = 40 if r["feature"] == "neighbourhood" else 150
            assert haversine_km(lat, lon, city.lat, city.lon) <= limit, r["id"]
        for name in r["names_ar"].split(";"):
            assert norm_key(name) == norm_key(name.strip()) and name == name.strip(), r["id"]
            key = (r["city"], " ".join(phrase_keys(name)))
            assert key not in seen, f"{r['id']}: {name} already in {seen.get(key)}"
            seen[key] = r["id"]


def test_admin1_capitals_exist(gaz):
    for r in _tsv("admin1.tsv"):
        if r["capital_geonames_id"] != "0":
            assert gaz.get_geonames(int(r["capital_geonames_id"])) is not None, r


def test_cue_files_are_consistent():
    raw = yaml.safe_load(PLACES.joinpath("triggers.yaml").read_text("utf-8"))
    for group in raw["before"]:
        assert group["precision"] in (1, 2, 3) and group["words"]
    cues = PlaceCues.load()
    assert set(cues.ambiguous.values()) <= {"trigger", "context", "article", "bare"}
    assert cues.common and all(" " not in k for k in cues.common)
    assert cues.demonyms.get(" ".join(phrase_keys("السورية"))) == "SY"
    # a trigger word must never be a place name on its own
    assert "شمال" in cues.generic and "ريف" in cues.generic
