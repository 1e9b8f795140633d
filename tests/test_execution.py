"""Tests for workbench.execution: batching, worker processes, bad documents, Parquet + DuckDB.

The machinery is tested with the fake pipeline of tests/fake_pipeline.py, so these tests need
no statistical model.
"""
from __future__ import annotations


import pandas as pd
import pytest

from workbench import execution, extensions  # noqa: F401  (extensions registers Doc._.doc_id)
from workbench.analysis import Analysis
from workbench.execution import run_documents, sql, write_partitions

from fake_pipeline import (  # noqa: F401  (fresh_process_state is an autouse fixture)
    CALLS, FakeDocument, FakeProcessor, FakeResult, fresh_process_state, make_corpus,
)


def run(corpus, **options):
    options.setdefault("cache_dir", False)
    options.setdefault("progress", False)
    return run_documents(corpus, processor=FakeProcessor(), **options)


def test_results_in_corpus_order_with_stats():
    corpus = make_corpus(7)
    results = run(corpus, batch_size=3)
    assert [r.doc_id for r in results] == [d.doc_id for d in corpus]
    assert results[2].tokens[:2] == ["Document", "2"]
    assert results.errors == []
    assert results.stats["n_parsed"] == 7 and results.stats["mode"] == "local"
    assert CALLS == {"docs": 7, "loads": 1}


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_the_cache_leaves_garbage_collection_as_it_was(tmp_path, monkeypatch, enabled):
    # the cache is read with collection paused (each full collection walks every live object);
    # it must come back as the caller had it, also when reading fails
    import gc

    corpus = make_corpus(4)
    run(corpus, cache_dir=tmp_path)
    states = []
    real_get = execution.ResultCache.get

    def get(self, key, *, doc_id):
        states.append(gc.isenabled())
        return real_get(self, key, doc_id=doc_id)

    monkeypatch.setattr(execution.ResultCache, "get", get)
    (gc.enable if enabled else gc.disable)()
    try:
        results = run(corpus, cache_dir=tmp_path)
        assert gc.isenabled() is enabled
        assert states == [False] * 4 and results.stats["n_cached"] == 4
        monkeypatch.setattr(execution.ResultCache, "get", lambda self, key, *, doc_id: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            run(corpus, cache_dir=tmp_path)
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_pipeline_loaded_once_per_process_across_runs():
    run(make_corpus(3))
    run(make_corpus(3, prefix="other"))
    assert CALLS["loads"] == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_document_is_recorded_and_others_kept(workers):
    corpus = make_corpus(6)
    corpus[2] = FakeDocument("doc_bad", "This one goes BOOM in the pipeline.")
    corpus[4] = FakeDocument("doc_empty", "")
    results = run(corpus, workers=workers, batch_size=4)
    assert [r.doc_id for r in results] == ["doc_000", "doc_001", "doc_003", "doc_005"]
    assert [(e["doc_id"], e["stage"]) for e in results.errors] == [("doc_bad", "pipeline"), ("doc_empty", "make_doc")]
    assert "cannot handle BOOM" in results.errors[0]["error"]
    assert results.stats["n_failed"] == 2


def test_two_workers_give_the_same_results_as_one():
    corpus = make_corpus(9)
    one = run(corpus, workers=1, batch_size=2)
    two = run(corpus, workers=2, batch_size=2)
    assert two.stats["mode"] == "processes"
    assert list(two) == list(one)


def test_forked_workers_inherit_the_callers_pipeline():
    nlp = FakeProcessor().load()
    results = run(make_corpus(6), nlp=nlp, workers=2, batch_size=2)
    assert len(results) == 6
    # Loaded once above, in this process; the forked workers did not load their own copy.
    assert CALLS["loads"] == 1
    assert execution._PIPELINES == {}


def test_empty_corpus_gives_empty_results():
    results = run([])
    assert list(results) == [] and results.stats["n_documents"] == 0
    assert CALLS["loads"] == 0


def test_partitions_cover_every_item_once():
    items = [(i, None) for i in range(101)]
    parts = execution._partitions(items, workers=2, batch_size=16)
    assert [i for part in parts for i, _ in part] == list(range(101))
    assert max(len(part) for part in parts) <= 16


# --- Parquet partitions and DuckDB -----------------------------------------------------------

def small_analysis() -> Analysis:
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "title": ["A", "B", "C"], "n_tokens": [10, 20, 30]})
    mentions = pd.DataFrame({
        "doc_id": ["a", "a", "b", "c"], "sent_index": [0, 1, 0, 2], "start_char": [0, 30, 5, 9],
        "end_char": [6, 36, 11, 15], "text": ["Lavrov", "Kiev", "Lavrov", "NATO"],
        "actor_id": ["sergey_lavrov", "gov_ukraine", "sergey_lavrov", "nato"],
    })
    claims = pd.DataFrame({"claim_id": ["a-1", "c-1"], "doc_id": ["a", "c"], "speaker_id": ["sergey_lavrov", "nato"],
                           "claim_type": ["demand", "statement"]})
    return Analysis(documents=documents, mentions=mentions, claims=claims)


def test_write_partitions_keeps_each_document_in_one_part(tmp_path):
    written = write_partitions(small_analysis(), tmp_path, docs_per_partition=2)
    assert [p.name for p in written["mentions"]] == ["part-00000.parquet", "part-00001.parquet"]
    assert list(pd.read_parquet(written["mentions"][1])["doc_id"]) == ["c"]
    assert [p.name for p in written["actors"]] == ["part-00000.parquet"]
    # Rewriting with bigger parts removes the old ones.
    write_partitions(small_analysis(), tmp_path, docs_per_partition=10)
    assert sorted(p.name for p in (tmp_path / "mentions").iterdir()) == ["part-00000.parquet"]


QUERY = "SELECT actor_id, count(*) AS n FROM mentions GROUP BY actor_id ORDER BY n DESC, actor_id"


@pytest.mark.parametrize("source", ["memory", "partitions", "to_dir"])
def test_sql_over_memory_partitions_and_to_dir(tmp_path, source):
    analysis = small_analysis()
    if source == "partitions":
        write_partitions(analysis, tmp_path, docs_per_partition=1)
        target = tmp_path
    elif source == "to_dir":
        analysis.to_dir(tmp_path, formats=("parquet",))
        target = tmp_path
    else:
        target = analysis
    frame = sql(target, QUERY)
    assert frame.to_dict("records") == [
        {"actor_id": "sergey_lavrov", "n": 2}, {"actor_id": "gov_ukraine", "n": 1}, {"actor_id": "nato", "n": 1},
    ]
    joined = sql(target, "SELECT d.title, c.claim_type FROM claims c JOIN documents d USING (doc_id) ORDER BY 1")
    assert joined.values.tolist() == [["A", "demand"], ["C", "statement"]]


def test_sql_on_a_folder_without_tables_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="write_partitions"):
        sql(tmp_path, "SELECT 1")
