"""The Dask runner gives the single-process results, from real worker processes."""
from __future__ import annotations

import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline

import rasd_fakes


@pytest.mark.service
def test_extract_dask_equals_single_process():
    from rasd.distributed import extract_dask, local_client

    arts = [Article.from_dict(d) for d in rasd_fakes.make_articles(30)]
    arts.append(Article(id="bad", text="not arabic at all"))
    single = [Pipeline().extract(a).to_dict() for a in arts]
    client = local_client(n_workers=2)
    try:
        workers = client.scheduler_info()["workers"]
        assert len(workers) == 2
        got = extract_dask(arts, client, partitions=5)
        pids = set(client.run(lambda: __import__("os").getpid()).values())
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
    assert len(pids) == 2 and __import__("os").getpid() not in pids
    assert [r.to_dict() for r in got] == single
    assert got[-1].error
