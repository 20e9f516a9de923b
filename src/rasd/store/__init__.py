"""The event store: one schema on SQLite (default) or PostgreSQL, written per batch in
transactions, queried with filters and Arabic full-text search."""
from rasd.store.db import DEFAULT_URL, Failure, Processed, Store, create_engine, text_hash

__all__ = ["DEFAULT_URL", "Failure", "Processed", "Store", "create_engine", "text_hash"]
