"""Batch extraction beyond one process: the same ``Pipeline`` over Dask partitions.

Why Dask bags of plain articles: each worker process loads the pipeline once (module-level
cache, as ``rasd.pipeline.default_pipeline`` does) and maps it over its partition; results come
back in input order, so the store sees exactly what a single-process run would write. Point
``client`` at a ``dask.distributed`` scheduler to spread the work over many machines.
"""
from __future__ import annotations

from typing import Optional, Sequence

from rasd.model import Article, ExtractionResult

_pipelines: dict[bool, object] = {}


def _extract_partition(articles: list[Article], use_ner: bool = True) -> list[ExtractionResult]:
    from rasd.pipeline import Pipeline, PipelineOptions

    pipe = _pipelines.get(use_ner)
    if pipe is None:
        pipe = _pipelines[use_ner] = Pipeline(PipelineOptions(use_ner=use_ner))
    return [pipe.extract(a) for a in articles]  # type: ignore[attr-defined]


def local_client(n_workers: int = 2, threads_per_worker: int = 1):
    """A ``dask.distributed.Client`` on a LocalCluster of worker processes."""
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker,
                           processes=True, dashboard_address=None)
    return Client(cluster)


def extract_dask(articles: Sequence[Article], client, partitions: Optional[int] = None,
                 use_ner: bool = True) -> list[ExtractionResult]:
    """Extract ``articles`` on the cluster behind ``client``; results in input order."""
    import dask.bag as db

    if not articles:
        return []
    n = partitions or max(1, min(len(articles), 4 * len(client.scheduler_info().get("workers", {})) or 1))
    bag = db.from_sequence(list(articles), npartitions=n)
    out = bag.map_partitions(_extract_partition, use_ner=use_ner)
    return list(client.compute(out, sync=True))


class DaskExtractor:
    """``extract_batch`` callable for the ingest loop, backed by a Dask client."""

    def __init__(self, client, use_ner: bool = True) -> None:
        self.client = client
        self.use_ner = use_ner

    def __call__(self, articles: list[Article]) -> list[ExtractionResult]:
        return extract_dask(articles, self.client, use_ner=self.use_ner)
