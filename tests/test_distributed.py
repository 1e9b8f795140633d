"""The Dask path of workbench.execution: a LocalCluster gives the same results as a local run.

The cluster runs its worker as threads in this process (``processes=False``) to stay light on
a shared two-core machine; the code path (partitions shipped to workers, a pipeline loaded once
per worker, results put back in corpus order) is the one a ``tcp://HOST:PORT`` cluster takes.
"""
from __future__ import annotations

import pytest

from fake_pipeline import CALLS, FakeDocument, FakeProcessor, make_corpus, fresh_process_state  # noqa: F401
from workbench import execution
from workbench.execution import run_documents

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2,
                                  dashboard_address=None) as local_cluster:
        yield local_cluster



def test_dask_cluster_matches_local_run(cluster):
    corpus = make_corpus(11)
    corpus[5] = FakeDocument("doc_bad", "BOOM on the cluster too.")
    local = run_documents(corpus, processor=FakeProcessor(), cache_dir=False, progress=False, batch_size=3)
    execution._PIPELINES.clear()
    CALLS.update(loads=0)
    remote = run_documents(corpus, processor=FakeProcessor(), cache_dir=False, progress=False, batch_size=3,
                           scheduler=cluster.scheduler_address)
    assert remote.stats["mode"] == "dask"
    assert list(remote) == list(local)
    assert remote.errors == local.errors
    # Several partitions went to the one worker; it loaded the pipeline once.
    assert CALLS["loads"] == 1


def test_dask_run_fills_the_cache(cluster, tmp_path):
    corpus = make_corpus(4)
    with distributed.Client(cluster.scheduler_address) as client:
        first = run_documents(corpus, processor=FakeProcessor(), cache_dir=tmp_path, progress=False, scheduler=client)
    assert first.stats["n_parsed"] == 4
    second = run_documents(corpus, processor=FakeProcessor(), cache_dir=tmp_path, progress=False,
                           scheduler=cluster.scheduler_address)
    assert second.stats["n_cached"] == 4 and second.stats["mode"] == "cache"
    assert list(second) == list(first)


def test_dask_tables_match_local_tables_with_the_workbench_pipeline(cluster):
    """The real pipeline on two teaching-corpus documents: identical tables either way."""
    import pandas.testing

    import workbench
    from workbench.resources import data_dir

    paths = sorted((data_dir() / "corpus").glob("*.md"))[:2]
    corpus = workbench.load_corpus(paths)
    local = workbench.analyze(corpus, cache_dir=False, progress=False)
    remote = workbench.analyze(corpus, cache_dir=False, progress=False, scheduler=cluster.scheduler_address)
    assert remote.meta["stats"]["mode"] == "dask" and len(local.mentions) > 0
    for name, table in local.tables.items():
        pandas.testing.assert_frame_equal(remote.tables[name], table, obj=name)
