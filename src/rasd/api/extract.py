"""rasd's one ``Pipeline``, loaded on first use and shared by the server's request threads.

Why lazy: loading the lexicons, gazetteer and NER model takes seconds; a dashboard that only
browses stored events never needs them. Why a lock: FastAPI runs plain endpoints in a thread
pool and the pipeline's stages are not written to be re-entrant, so one extraction runs at a time
(the server is a local analyst's tool, not a shared extraction service).
"""
from __future__ import annotations

import threading
from typing import Any, Optional

from rasd.model import Article, ExtractionResult


class LazyPipeline:
    def __init__(self, use_ner: bool = True) -> None:
        self.use_ner = use_ner
        self._pipeline: Any = None
        self._lock = threading.Lock()

    def extract(self, article: Article) -> ExtractionResult:
        with self._lock:
            if self._pipeline is None:
                from rasd.pipeline import Pipeline, PipelineOptions
                self._pipeline = Pipeline(PipelineOptions(use_ner=self.use_ner))
            return self._pipeline.extract(article)

    __call__ = extract

    def framing(self, article: Article) -> Optional[dict[str, Any]]:
        """The article's framing (for stored articles that have none recorded)."""
        return self.extract(article).framing
