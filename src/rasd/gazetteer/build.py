"""Build rasd's gazetteer file from Who's On First, GeoNames and rasd's own place layers.

Inputs (any subset; all CC BY, attribution kept in ``rasd/data/places/README.md``):

* ``wof_XX.tsv``: Who's On First extracts (SY IQ YE LB LY PS) with Arabic names;
* ``geonames_cities500_arabic.tsv``: GeoNames populated places with Arabic-script names;
* ``allCountries.txt`` + ``alternateNamesV2.txt`` (+ optional ``admin1CodesASCII.txt``): the
  full GeoNames dumps, for users who have them;
* rasd's layers shipped in the package: ``places/admin1.tsv`` (provinces and their capitals) and
  ``places/neighbourhoods.tsv`` (city neighbourhoods the sources lack).

Why merge rather than pick one source: WOF has the villages and districts of the conflict
countries with curated Arabic names but no population; GeoNames has population (a strong
prior for ranking) and the rest of the world. Records sharing a GeoNames id are merged.
A province entry carries its capital's coordinates (ACLED's convention for geo_precision 3).
"""
from __future__ import annotations

import csv
import io
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Iterable, Iterator, Optional

import yaml

from rasd.gazetteer.records import GazEntry, write_entries
from rasd.recognize.matcher import phrase_keys

csv.field_size_limit(sys.maxsize)

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_LATIN = re.compile(r"[A-Za-z]")
_WOF_FEATURES = {"country": "country", "region": "region", "county": "county",
                 "localadmin": "county", "locality": "locality", "neighbourhood": "neighbourhood",
                 "borough": "neighbourhood", "macrohood": "neighbourhood", "campus": "poi"}


@dataclass(slots=True)
class _Draft:
    """A mutable record while sources are merged; frozen into a ``GazEntry`` at the end."""

    id: str
    name: str
    country: str
    lat: float
    lon: float
    feature: str
    admin1: Optional[str] = None
    population: int = 0
    geonames_id: Optional[int] = None
    parent: Optional[str] = None
    approximate: bool = False
    source: str = ""
    names_ar: list[str] = field(default_factory=list)

    def add_names(self, names: Iterable[str]) -> None:
        for n in names:
            n = " ".join(n.split())
            if n and n not in self.names_ar and usable_arabic_name(n):
                self.names_ar.append(n)


# letters of the Arabic script that Arabic itself never writes: Urdu, Pashto, Sindhi, Kurdish
# and Uyghur spellings (GeoNames lists them among a place's "Arabic-script" names). Normalised,
# such a name can become Arabic words: Urdu «ہے فی» (Hefei) read as «هي في» (she is in). The
# Persian letters Arabic uses for foreign sounds (پ چ ژ گ ڤ ڨ, Farsi yeh and keheh) stay.
_NOT_ARABIC_LETTER = re.compile("[\u0679-\u067D\u0680-\u0685\u0688-\u068F\u0691-\u0697\u0699-\u069A"
                                "\u06AA-\u06AB\u06AD\u06B5\u06BA-\u06BC\u06C0\u06C1-\u06CB\u06CD-\u06CE"
                                "\u06D0-\u06D5]")


def usable_arabic_name(name: str) -> bool:
    """An Arabic-script name worth indexing: has Arabic letters, no Latin transliteration, and
    no letter of another language's alphabet (``_NOT_ARABIC_LETTER``)."""
    return bool(_ARABIC_LETTER.search(name)) and not _LATIN.search(name) and not _NOT_ARABIC_LETTER.search(name)


def english_name(name: str) -> str:
    """GeoNames/WOF romanisations without diacritics and ayn/hamza marks: «Ḩamāh» → «Hamah»."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return re.sub(r"[`‘’ʿʾ]", "", plain).strip() or name


def _split(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;|]", value or "") if v.strip()]


def load_triggers() -> dict:
    text = resources.files("rasd.data").joinpath("places/triggers.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def trigger_words(triggers: dict) -> list[str]:
    """Every trigger word of ``places/triggers.yaml`` (never indexed as a place name alone)."""
    words = list(triggers.get("admin_prefixes") or []) + list(triggers.get("after") or [])
    for group in triggers.get("before") or []:
        words.extend(group.get("words") or [])
    return words


def compute_keys(names: Iterable[str], prefixes: list[str], generic: set[str]) -> tuple[str, ...]:
    """Lookup keys of a place's Arabic names: each name and, for «محافظة X», also «X»;
    never a bare trigger word («شمال», «ريف»)."""
    keys: list[str] = []
    for n in names:
        for variant in (n, strip_admin_prefix(n, prefixes), *spelling_variants(n)):
            if variant:
                k = " ".join(phrase_keys(variant))
                if k and k not in keys and k not in generic:
                    keys.append(k)
    return tuple(keys)


_ALBU = re.compile(r"^(ال)?بو ")
_ALBU_JOINED = re.compile(r"^البو(?=[\u0621-\u064A]{3})")


def spelling_variants(name: str) -> list[str]:
    """Spellings news uses for the same name: Iraqi tribal villages «البو سودة» / «البوسودة»,
    a final hamza after alef «المخا» / «المخاء»."""
    out = []
    if name.startswith(("آل", "أل")):
        name = "ال" + name[2:]
    if _ALBU.match(name):
        out.append(_ALBU.sub(lambda m: (m.group(1) or "") + "بو", name, count=1))
    elif _ALBU_JOINED.match(name) and not name.startswith("البوابة"):
        out.append("البو " + name[4:])
    words = name.split()
    if words and words[-1].endswith("اء") and len(words[-1]) > 3:
        out.append(" ".join(words[:-1] + [words[-1][:-1]]))
    elif words and words[-1].endswith("ا") and len(words[-1]) > 2:
        out.append(" ".join(words[:-1] + [words[-1] + "ء"]))
    return out


def strip_admin_prefix(name: str, prefixes: Iterable[str]) -> Optional[str]:
    """«محافظة حلب» → «حلب»; None when ``name`` has no administrative prefix."""
    words = name.split()
    if len(words) > 1:
        first = phrase_keys(words[0])
        for p in prefixes:
            if first == phrase_keys(p):
                return " ".join(words[1:])
    return None


# ----------------------------------------------------------------------------- readers

def read_tsv(path: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV with a header line; lines starting with '#' are comments."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def read_wof(path: str, admin1_by_region: dict[tuple[str, str], str]) -> Iterator[_Draft]:
    """WOF rows that are current places with coordinates."""
    for r in read_tsv(path):
        if r.get("deprecated") or r.get("is_current") == "0":
            continue
        feature = _WOF_FEATURES.get(r["placetype"])
        if feature is None or feature == "country":   # countries come from places/countries.tsv
            continue
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            continue
        country = r["country"]
        admin1 = admin1_by_region.get((country, r["region_name"]), r["region_name"] or None)
        gid = int(r["geonames_id"]) if r["geonames_id"].isdigit() else None
        d = _Draft(id=f"wof:{r['wof_id']}", name=r["name"], country=country, lat=lat, lon=lon,
                   feature=feature, admin1=admin1, geonames_id=gid, source=f"WOF {r['wof_id']}",
                   parent=f"wof:{r['parent_id']}" if r["parent_id"] not in ("", "-1") else None)
        variants = _split(r["name_ar_variants"])
        if feature in ("region", "county", "country"):
            # WOF admin variants often hold the capital's name («الرمادي» for Anbar): keep only
            # variants that are the name itself with an administrative label.
            variants = [v for v in variants if len(v.split()) > 1 and
                        phrase_keys(v.split()[0]) in _ADMIN_WORD_KEYS]
        d.add_names([r["name_ar"]] + variants)
        if not _LATIN.search(r["name"]) and usable_arabic_name(r["name"]):
            d.add_names([r["name"]])
        yield d


def read_cities500(path: str) -> Iterator[_Draft]:
    """GeoNames cities500 rows with Arabic-script names (``geonames_cities500_arabic.tsv``)."""
    for r in read_tsv(path):
        d = _Draft(id=f"gn:{r['geonameid']}", name=r["name"], country=r["countrycode"],
                   lat=float(r["latitude"]), lon=float(r["longitude"]), feature="locality",
                   admin1=None, population=int(r["population"] or 0),
                   geonames_id=int(r["geonameid"]), source=f"GeoNames {r['geonameid']}")
        d.admin1 = f"#{r['admin1code']}"   # resolved to a name later when possible
        d.add_names(_split(r["names_arabic_script"]))
        if d.names_ar:
            yield d


_GN_FEATURES = {"PCLI": "country", "PCLS": "country", "PCLD": "country", "ADM1": "region",
                "ADM2": "county", "ADM3": "county", "PPLX": "neighbourhood"}


def read_geonames_dump(all_countries: str, alternate_names: str,
                       admin1_codes: Optional[str] = None,
                       countries: Optional[set[str]] = None) -> Iterator[_Draft]:
    """Places from the full GeoNames dumps that have an Arabic name.

    Two passes keep memory small: first the ids of Arabic (``ar``) alternate names, then the
    main table streamed once. Feature classes kept: P (populated places), A (countries and
    administrative divisions) and S (airports, bases, ... as ``poi``).
    """
    names: dict[int, list[str]] = {}
    with open(alternate_names, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) > 3 and p[2] == "ar" and (len(p) < 8 or p[7] != "1"):
                names.setdefault(int(p[1]), []).append(p[3])
    admin_names: dict[str, str] = {}
    if admin1_codes and os.path.exists(admin1_codes):
        with open(admin1_codes, encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) >= 3:
                    admin_names[p[0]] = p[2] or p[1]
    with open(all_countries, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 15:
                continue
            gid, fclass, fcode, cc = int(p[0]), p[6], p[7], p[8]
            if fclass not in ("P", "A", "S") or (countries and cc not in countries):
                continue
            ar = names.get(gid, []) + [n for n in p[3].split(",") if usable_arabic_name(n)]
            if not ar:
                continue
            if fclass == "A" and fcode not in _GN_FEATURES:
                continue
            feature = _GN_FEATURES.get(fcode, "poi" if fclass == "S" else "locality")
            d = _Draft(id=f"gn:{gid}", name=p[1], country=cc, lat=float(p[4]), lon=float(p[5]),
                       feature=feature, population=int(p[14] or 0), geonames_id=gid,
                       admin1=admin_names.get(f"{cc}.{p[10]}", f"#{p[10]}" if p[10] else None),
                       source=f"GeoNames {gid}")
            d.add_names(ar)
            if d.names_ar:
                yield d


def read_admin1_table(path: str) -> list[dict[str, str]]:
    return list(read_tsv(path))


def read_neighbourhoods(path: str) -> Iterator[_Draft]:
    """rasd's neighbourhood layer (see ``places/neighbourhoods.tsv``'s header)."""
    for r in read_tsv(path):
        d = _Draft(id=f"nb:{r['id']}", name=r["name_en"], country=r["country"],
                   lat=float(r["lat"]), lon=float(r["lon"]), feature=r.get("feature") or "neighbourhood",
                   admin1=r["admin1"] or None, parent=f"gn:{r['city_geonames_id']}" if r["city_geonames_id"] else None,
                   approximate=r["approximate"].strip() in ("1", "yes", "true"),
                   source=r["source"])
        d.add_names(_split(r["names_ar"]))
        yield d


# ----------------------------------------------------------------------------- merging

_ADMIN_WORD_KEYS: set[tuple[str, ...]] = set()


def build_entries(wof_files: Iterable[str] = (), cities500: Optional[str] = None,
                  geonames_dump: Optional[tuple[str, str, Optional[str]]] = None,
                  admin1_table: Optional[str] = None,
                  neighbourhoods: Optional[str] = None,
                  countries: Optional[str] = None,
                  aliases: Optional[str] = None) -> list[GazEntry]:
    """Merge all sources into entries with lookup keys, sorted by id (deterministic output)."""
    triggers = load_triggers()
    prefixes = list(triggers.get("admin_prefixes") or [])
    _ADMIN_WORD_KEYS.clear()
    _ADMIN_WORD_KEYS.update(phrase_keys(p) for p in prefixes)
    generic = {" ".join(phrase_keys(w)) for w in trigger_words(triggers)}

    admin_rows = read_admin1_table(admin1_table) if admin1_table else []
    admin1_by_region = {(r["country"], w): r["admin1"] for r in admin_rows
                        for w in _split(r["wof_region_names"])}

    drafts: dict[str, _Draft] = {}
    by_gid: dict[int, _Draft] = {}
    for path in wof_files:
        for d in read_wof(path, admin1_by_region):
            drafts[d.id] = d
            if d.geonames_id is not None and d.feature in ("locality", "neighbourhood", "poi"):
                by_gid.setdefault(d.geonames_id, d)
    gn_sources: list[Iterator[_Draft]] = []
    if cities500:
        gn_sources.append(read_cities500(cities500))
    if geonames_dump:
        gn_sources.append(read_geonames_dump(*geonames_dump))
    code_votes: dict[tuple[str, str], dict[str, int]] = {}
    gn_drafts: list[_Draft] = []
    for src in gn_sources:
        for g in src:
            w = by_gid.get(g.geonames_id or -1)
            if w is not None:
                w.add_names(g.names_ar)
                w.name = g.name            # GeoNames' romanisation is the more standard one
                w.lat, w.lon = g.lat, g.lon  # and its point is the town centre, as ACLED uses
                w.population = max(w.population, g.population)
                if g.admin1 and g.admin1.startswith("#") and w.admin1:
                    votes = code_votes.setdefault((g.country, g.admin1), {})
                    votes[w.admin1] = votes.get(w.admin1, 0) + 1
                continue
            if g.id in drafts:
                drafts[g.id].add_names(g.names_ar)
                continue
            drafts[g.id] = g
            gn_drafts.append(g)
            if g.geonames_id is not None:
                by_gid[g.geonames_id] = g
    # GeoNames admin1 codes → names, learnt from records both sources share.
    code_names = {k: max(v, key=v.get) for k, v in code_votes.items()}
    for g in gn_drafts:
        if g.admin1 and g.admin1.startswith("#"):
            g.admin1 = code_names.get((g.country, g.admin1))

    _apply_admin1_table(drafts, by_gid, admin_rows)
    if aliases:
        for r in read_tsv(aliases):
            target = by_gid.get(int(r["geonames_id"]))
            if target is not None:
                target.add_names(_split(r["names_ar"]))
    if countries:
        for r in read_tsv(countries):
            d = _Draft(id=f"ctry:{r['country']}", name=r["name_en"], country=r["country"],
                       lat=float(r["capital_lat"]), lon=float(r["capital_lon"]), feature="country",
                       source="rasd countries table; coordinates of the capital (GeoNames)")
            d.add_names(_split(r["names_ar"]))
            drafts[d.id] = d
    if neighbourhoods:
        for d in read_neighbourhoods(neighbourhoods):
            parent = by_gid.get(int(d.parent[3:])) if d.parent else None
            if d.parent and parent is None:
                d.parent = None
            if parent is not None:
                d.parent = parent.id
                d.admin1 = d.admin1 or parent.admin1
            drafts[d.id] = d

    out: list[GazEntry] = []
    for d in drafts.values():
        keys = compute_keys(d.names_ar, prefixes, generic)
        if not keys:
            continue
        out.append(GazEntry(id=d.id, name=english_name(d.name), country=d.country, admin1=d.admin1,
                            lat=d.lat, lon=d.lon, feature=d.feature, population=d.population,
                            geonames_id=d.geonames_id, parent=d.parent, approximate=d.approximate,
                            source=d.source, names_ar=tuple(d.names_ar), keys=keys))
    out.sort(key=lambda e: e.id)
    return out


def _apply_admin1_table(drafts: dict[str, _Draft], by_gid: dict[int, _Draft],
                        rows: list[dict[str, str]]) -> None:
    """Give province entries their capital's coordinates; add provinces WOF lacks (Saudi ones)."""
    for r in rows:
        cap = by_gid.get(int(r["capital_geonames_id"] or 0))
        regions = [d for d in drafts.values() if d.feature == "region" and d.country == r["country"]
                   and d.admin1 == r["admin1"]]
        if not regions:
            if cap is None:
                continue
            d = _Draft(id=f"adm1:{r['country']}:{r['admin1']}", name=r["admin1"], country=r["country"],
                       lat=cap.lat, lon=cap.lon, feature="region", admin1=r["admin1"],
                       source=f"rasd admin1 table; capital {cap.source}")
            drafts[d.id] = d
            regions = [d]
        for d in regions:
            d.add_names(_split(r["names_ar"]))
            d.name = r["admin1"]
            if cap is not None:
                d.lat, d.lon = cap.lat, cap.lon
                d.source = f"{d.source}; coordinates of capital {r['capital']} ({cap.source})"
        if cap is not None and not cap.admin1:
            cap.admin1 = r["admin1"]


# ----------------------------------------------------------------------------- entry point

def default_output() -> str:
    return str(resources.files("rasd.data").joinpath("gazetteer.tsv.gz"))


def package_layer(name: str) -> str:
    return str(resources.files("rasd.data").joinpath(f"places/{name}"))


def build(sources: str, output: Optional[str] = None, geonames_dir: Optional[str] = None,
          with_layers: bool = True) -> tuple[str, int]:
    """Build from the files found in ``sources`` (and optionally full GeoNames dumps in
    ``geonames_dir``); write ``output`` (default: the packaged file). Returns (path, count)."""
    wof = sorted(os.path.join(sources, f) for f in os.listdir(sources)
                 if f.startswith("wof_") and f.endswith(".tsv")) if sources else []
    cities = os.path.join(sources, "geonames_cities500_arabic.tsv") if sources else None
    if cities and not os.path.exists(cities):
        cities = None
    dump = None
    if geonames_dir:
        dump = (os.path.join(geonames_dir, "allCountries.txt"),
                os.path.join(geonames_dir, "alternateNamesV2.txt"),
                os.path.join(geonames_dir, "admin1CodesASCII.txt"))
        for pth in dump[:2]:
            if not os.path.exists(pth):
                raise FileNotFoundError(pth)
    if not wof and not cities and not dump:
        raise FileNotFoundError(f"no gazetteer sources (wof_*.tsv, geonames_cities500_arabic.tsv) in {sources}")
    entries = build_entries(
        wof_files=wof, cities500=cities,
        geonames_dump=(dump[0], dump[1], dump[2]) if dump else None,
        admin1_table=package_layer("admin1.tsv") if with_layers else None,
        neighbourhoods=package_layer("neighbourhoods.tsv") if with_layers else None,
        countries=package_layer("countries.tsv") if with_layers else None,
        aliases=package_layer("aliases.tsv") if with_layers else None)
    out = output or default_output()
    header = ["Built by `rasd gazetteer build` from: " + ", ".join(
        os.path.basename(p) for p in wof + ([cities] if cities else []) + (list(dump[:2]) if dump else [])),
        "Contains Who's On First data (CC BY, whosonfirst.org) and GeoNames data (CC BY 4.0, geonames.org);"
        " rasd layers: MIT. See rasd/data/places/README.md."]
    n = write_entries(out, entries, header)
    return out, n


__all__ = ["build", "build_entries", "read_geonames_dump", "strip_admin_prefix", "usable_arabic_name"]
