"""Tests for workbench.cache: hits, misses, invalidation, atomic writes, corrupt entries."""
from __future__ import annotations

import pickle
import shutil

import pytest

from fake_pipeline import CALLS, FakeDocument, FakeProcessor, FakeResult, make_corpus, fresh_process_state  # noqa: F401
from workbench import cache as cache_module
from workbench import execution
from workbench.cache import CacheWarning, ResultCache, default_cache_dir, document_key, pipeline_key
from workbench.execution import run_documents
from workbench.resources import data_dir



def run(corpus, cache_dir, **options):
    return run_documents(corpus, processor=FakeProcessor(), cache_dir=cache_dir, progress=False, **options)


def test_unchanged_rerun_reads_the_cache_and_never_loads_the_pipeline(tmp_path):
    corpus = make_corpus(5)
    first = run(corpus, tmp_path)
    assert first.stats["n_cached"] == 0 and CALLS == {"docs": 5, "loads": 1}
    execution._PIPELINES.clear()
    second = run(corpus, tmp_path)
    assert second.stats["n_cached"] == 5 and second.stats["mode"] == "cache"
    assert CALLS == {"docs": 5, "loads": 1}
    assert list(second) == list(first)


def test_adding_one_document_parses_only_that_one(tmp_path):
    corpus = make_corpus(4)
    run(corpus, tmp_path)
    CALLS.update(docs=0)
    corpus.insert(2, FakeDocument("doc_new", "A new report about the contact group."))
    results = run(corpus, tmp_path)
    assert CALLS["docs"] == 1
    assert results.stats["n_cached"] == 4 and results.stats["n_parsed"] == 1
    assert [r.doc_id for r in results] == ["doc_000", "doc_001", "doc_new", "doc_002", "doc_003"]


@pytest.mark.parametrize("change", ["text", "date"])
def test_a_changed_document_is_parsed_again(tmp_path, change):
    corpus = make_corpus(3)
    run(corpus, tmp_path)
    CALLS.update(docs=0)
    if change == "text":
        corpus[1] = FakeDocument("doc_001", corpus[1].text + " Updated.")
    else:
        corpus[1] = FakeDocument("doc_001", corpus[1].text, date="2022-02-01")
    results = run(corpus, tmp_path)
    assert CALLS["docs"] == 1 and results.stats["n_cached"] == 2


def test_editing_a_data_file_changes_the_fingerprint_and_invalidates(tmp_path, monkeypatch):
    data_copy = tmp_path / "data"
    shutil.copytree(data_dir(), data_copy, ignore=shutil.ignore_patterns("corpus"))
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(data_copy))
    corpus = make_corpus(3)
    before = pipeline_key("fake-model", version="0", components=("fake_bomb",))
    run(corpus, tmp_path / "cache")
    CALLS.update(docs=0)
    aliases = data_copy / "aliases.csv"
    old = aliases.read_text(encoding="utf-8") if aliases.exists() else "actor_id,alias,kind,valid_from,valid_to,source\n"
    aliases.write_text(old + "kyiv,Kyjiw,transliteration,,,test\n", encoding="utf-8")
    after = pipeline_key("fake-model", version="0", components=("fake_bomb",))
    assert after != before
    results = run(corpus, tmp_path / "cache")
    assert CALLS["docs"] == 3 and results.stats["n_cached"] == 0


@pytest.mark.parametrize(
    "first, second",
    [
        (("d", "hash", "2021-12-17"), ("d", "hash", "2021-12-18")),
        (("d", "hash", None), ("d", "hash2", None)),
        (("d", "hash", None), ("e", "hash", None)),
    ],
)
def test_document_key_depends_on_id_text_and_date(first, second):
    assert document_key(*first) != document_key(*second)
    assert document_key(*first) == document_key(*first)


def test_document_key_depends_on_the_source():
    # the source names the publication's own outlet, which changes the actor mentions
    assert document_key("d", "hash", None, source="Ridings Live") != document_key("d", "hash", None)


def test_interrupted_write_leaves_no_entry_and_the_run_resumes(tmp_path, monkeypatch):
    corpus = make_corpus(4)
    real_dump = pickle.dump
    written = []

    def dump_then_die(obj, file, protocol=None):
        if len(written) == 2:
            file.write(b"\x80\x05partial")  # half an entry, then the process is killed
            raise KeyboardInterrupt
        written.append(obj)
        real_dump(obj, file, protocol=protocol)

    monkeypatch.setattr(cache_module.pickle, "dump", dump_then_die)
    with pytest.raises(KeyboardInterrupt):
        run(corpus, tmp_path)
    monkeypatch.setattr(cache_module.pickle, "dump", real_dump)
    assert sorted(p.suffix for p in tmp_path.rglob("*") if p.is_file()) == [".pkl", ".pkl"]
    CALLS.update(docs=0)
    resumed = run(corpus, tmp_path)
    assert resumed.stats["n_cached"] == 2 and CALLS["docs"] == 2
    assert [r.doc_id for r in resumed] == [d.doc_id for d in corpus]


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", pickle.dumps(FakeResult("some_other_doc", 1))])
def test_corrupt_entry_is_ignored_with_a_warning_and_recomputed(tmp_path, garbage):
    corpus = make_corpus(2)
    first = run(corpus, tmp_path)
    cache = ResultCache(tmp_path, first.stats["fingerprint"])
    entry = cache.path(document_key("doc_001", corpus[1].text_hash, corpus[1].date))
    assert entry.exists()
    entry.write_bytes(garbage)
    with pytest.warns(CacheWarning, match="doc_001"):
        again = run(corpus, tmp_path)
    assert list(again) == list(first) and again.stats["n_cached"] == 1
    assert pickle.loads(entry.read_bytes()) == first[1]


def test_failed_documents_are_not_cached(tmp_path):
    corpus = [FakeDocument("doc_bad", "BOOM goes the pipeline."), *make_corpus(1)]
    assert run(corpus, tmp_path).stats["n_failed"] == 1
    again = run(corpus, tmp_path)
    assert again.stats["n_cached"] == 1 and again.errors[0]["doc_id"] == "doc_bad"


def test_cache_false_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "default"))
    run(make_corpus(2), False)
    assert not (tmp_path / "default").exists()
    run(make_corpus(2), None)
    assert default_cache_dir() == tmp_path / "default" and any((tmp_path / "default").rglob("*.pkl"))


def test_stale_temp_files_are_cleared_only_when_old(tmp_path):
    cache = ResultCache(tmp_path, "f" * 16)
    cache.put("ab" + "0" * 62, FakeResult("x", 1))
    fresh = cache.folder / "ab" / ".ab000000-xyz.tmp"
    fresh.write_bytes(b"partial")
    assert cache.clear_stale_temp_files() == 0
    assert cache.clear_stale_temp_files(older_than_s=-1) == 1 and not fresh.exists()


def test_assembled_analysis_is_cached_and_reassembled_on_change(tmp_path, monkeypatch):
    import workbench.analysis
    from workbench.analysis import Analysis
    from workbench.execution import assemble_cached

    assembled = []

    def fake_assemble(corpus, results, *, meta=None):
        assembled.append([r.doc_id for r in results])
        return Analysis(meta=dict(meta or {}))

    monkeypatch.setattr(workbench.analysis, "assemble", fake_assemble)
    corpus = make_corpus(3)
    for _ in range(2):
        results = run(corpus, tmp_path)
        analysis = assemble_cached(corpus, results, meta={"stats": {"run": 1}}, cache_dir=tmp_path)
    assert len(assembled) == 1 and analysis.meta["stats"] == {"run": 1, "analysis_from_cache": True}
    corpus[0] = FakeDocument("doc_000", corpus[0].text, date="2022-01-05")  # metadata change
    assemble_cached(corpus, run(corpus, tmp_path), cache_dir=tmp_path)
    corpus.append(FakeDocument("doc_bad", "BOOM"))  # a run with errors is never cached
    for _ in range(2):
        assemble_cached(corpus, run(corpus, tmp_path), cache_dir=tmp_path)
    assemble_cached(corpus[:3], run(corpus[:3], tmp_path), cache_dir=False)
    assert len(assembled) == 5
