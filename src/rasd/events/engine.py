"""Event engine: triggers → frames → coded events (first stub; replaced by the event-engine work)."""
from __future__ import annotations

from typing import Any, Optional


class EventEngine:
    _instance: Optional["EventEngine"] = None

    @classmethod
    def load(cls) -> "EventEngine":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def extract(self, doc, **kw: Any):
        return [], None
