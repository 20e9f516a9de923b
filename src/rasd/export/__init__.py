"""Writers for stored events: CSV (ACLED columns), JSON Lines, GeoJSON and Parquet."""
from rasd.export.columns import COLUMNS, acled_row
from rasd.export.writers import FORMATS, write_events

__all__ = ["COLUMNS", "FORMATS", "acled_row", "write_events"]
