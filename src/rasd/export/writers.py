"""Streaming writers: events go out as they are read, so an export of millions of rows runs
in constant memory (Parquet in row groups of ``PARQUET_BATCH`` rows)."""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Callable, Iterable

from rasd.export.columns import COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, acled_row
from rasd.store.query import EventRow

PARQUET_BATCH = 10_000


def write_csv(rows: Iterable[EventRow], out: IO[str]) -> int:
    w = csv.DictWriter(out, fieldnames=list(COLUMNS), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    n = 0
    for r in rows:
        w.writerow({k: ("" if v is None else v) for k, v in acled_row(r).items()})
        n += 1
    return n


def write_jsonl(rows: Iterable[EventRow], out: IO[str]) -> int:
    """One CONTRACT.md event per line with its article id, source and URL."""
    n = 0
    for r in rows:
        out.write(json.dumps(r.event_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(rows: Iterable[EventRow], out: IO[str]) -> int:
    """A FeatureCollection (RFC 7946: lon, lat order); events without coordinates get a null
    geometry rather than being dropped, so counts match the other formats."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for r in rows:
        geom = None
        if r.latitude is not None and r.longitude is not None:
            geom = {"type": "Point", "coordinates": [round(r.longitude, 6), round(r.latitude, 6)]}
        feature = {"type": "Feature", "geometry": geom, "properties": acled_row(r)}
        out.write(("" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def _arrow_schema():
    import pyarrow as pa

    def typ(c: str):
        return pa.int64() if c in INT_COLUMNS else pa.float64() if c in FLOAT_COLUMNS else pa.string()

    return pa.schema([(c, typ(c)) for c in COLUMNS])


def write_parquet(rows: Iterable[EventRow], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema()
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for r in rows:
            batch.append(acled_row(r))
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


TEXT_WRITERS: dict[str, Callable[[Iterable[EventRow], IO[str]], int]] = {
    "csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson}
FORMATS = ("csv", "jsonl", "geojson", "parquet")


def write_events(rows: Iterable[EventRow], fmt: str, path: str | None = None,
                 stream: IO[str] | None = None) -> int:
    """Write ``rows`` in ``fmt`` to ``path`` (or to ``stream`` for text formats); return the count."""
    if fmt == "parquet":
        if not path:
            raise ValueError("parquet needs an output file (-o FILE)")
        return write_parquet(rows, path)
    writer = TEXT_WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if path:
        with open(path, "w", encoding="utf-8", newline="") as f:
            return writer(rows, f)
    if stream is None:
        raise ValueError("no output given")
    return writer(rows, stream)
