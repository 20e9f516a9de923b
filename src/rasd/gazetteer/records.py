"""The gazetteer's record and its on-disk format (a gzip TSV).

Why a gzip TSV rather than SQLite: the whole gazetteer (about 110,000 places) is read into
memory once per process anyway, because toponym recognition needs every name in one matcher;
a line-oriented text file is diff-able, compresses well and needs no driver. Lookup keys are
computed at build time with ``rasd.recognize.matcher.phrase_keys`` and stored with the record,
so loading does no tokenisation (a test checks that stored keys still equal freshly computed
ones, which catches drift when the normaliser changes: rebuild with ``rasd gazetteer build``).
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass
from typing import IO, Iterable, Iterator, Optional

FORMAT = "rasd-gazetteer/1"
COLUMNS = ("id", "name", "country", "admin1", "lat", "lon", "feature", "population",
           "geonames_id", "parent", "approximate", "source", "names_ar", "keys")

# Feature ranks: how specific a place is (lower = more precise). Used for geo_precision and
# ranking; the string values are the ``Place.feature`` vocabulary.
FEATURES = ("neighbourhood", "locality", "poi", "county", "region", "country", "other")


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place. ``keys`` are the space-joined lookup keys of its Arabic names."""

    id: str
    name: str
    country: str
    admin1: Optional[str]
    lat: float
    lon: float
    feature: str
    population: int = 0
    geonames_id: Optional[int] = None
    parent: Optional[str] = None
    approximate: bool = False
    source: str = ""
    names_ar: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()

    def to_row(self) -> str:
        vals = (self.id, self.name, self.country, self.admin1 or "", f"{self.lat:.5f}",
                f"{self.lon:.5f}", self.feature, str(self.population or 0),
                "" if self.geonames_id is None else str(self.geonames_id), self.parent or "",
                "1" if self.approximate else "", self.source, "|".join(_item(x) for x in self.names_ar),
                "|".join(_item(x) for x in self.keys))
        return "\t".join(_clean(v) for v in vals)

    @classmethod
    def from_row(cls, line: str) -> "GazEntry":
        return entry_from_fields(line.rstrip("\n").split("\t"))


def entry_from_fields(f: list[str]) -> GazEntry:
    """A ``GazEntry`` from the split columns of one row."""
    return GazEntry(id=f[0], name=f[1], country=f[2], admin1=f[3] or None, lat=float(f[4]),
                    lon=float(f[5]), feature=f[6], population=int(f[7] or 0),
                    geonames_id=int(f[8]) if f[8] else None, parent=f[9] or None,
                    approximate=f[10] == "1", source=f[11],
                    names_ar=tuple(x for x in f[12].split("|") if x),
                    keys=tuple(x for x in f[13].split("|") if x))


def _clean(v: str) -> str:
    return v.replace("\t", " ").replace("\n", " ")


def _item(v: str) -> str:
    return v.replace("|", " ")


def write_entries(path: str, entries: Iterable[GazEntry], header_lines: Iterable[str] = ()) -> int:
    """Write ``entries`` as a gzip TSV (deterministic: mtime 0) and return how many."""
    n = 0
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            out: IO[bytes] = gz  # type: ignore[assignment]
            out.write(f"# {FORMAT}\n".encode())
            for h in header_lines:
                out.write(f"# {h}\n".encode())
            out.write(("\t".join(COLUMNS) + "\n").encode())
            for e in entries:
                out.write((e.to_row() + "\n").encode("utf-8"))
                n += 1
    return n


def read_lines(stream: IO[bytes]) -> list[str]:
    """The data lines of a gzip TSV byte stream (as written by ``write_entries``)."""
    data = gzip.decompress(stream.read()).decode("utf-8")
    if not data.startswith(f"# {FORMAT}"):
        raise ValueError(f"not a {FORMAT} file")
    return [ln for ln in data.split("\n") if ln and ln[0] != "#" and not ln.startswith("id\t")]


def read_entries(stream: IO[bytes]) -> Iterator[GazEntry]:
    """Entries from a gzip TSV byte stream (as written by ``write_entries``)."""
    for line in read_lines(stream):
        yield entry_from_fields(line.split("\t"))
