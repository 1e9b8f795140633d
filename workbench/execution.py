"""Run the pipeline over a corpus: batches, worker processes, a Dask cluster, the cache, DuckDB.

:func:`run_documents` streams documents through ``nlp.pipe`` and turns each ``Doc`` into a
small picklable ``DocumentResult`` at once, so no run holds every ``Doc`` of a corpus. Results
come from the cache (:mod:`workbench.cache`) where possible; the rest is parsed in this
process, in a pool of worker processes (``workers=2``), or on a Dask cluster
(``scheduler="tcp://HOST:PORT"``). Every worker loads the pipeline once. A document whose
processing raises is recorded in ``results.errors`` and the others go on.

:func:`write_partitions` writes an analysis as Parquet partitions and :func:`sql` queries
either an in-memory :class:`~workbench.analysis.Analysis` or such a folder with DuckDB.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import logging
import math
import multiprocessing
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tqdm.auto import tqdm

from workbench.cache import ResultCache, analysis_key, document_key, pipeline_key

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

    from workbench.analysis import Analysis

logger = logging.getLogger(__name__)

#: One worked item: the document's position in the corpus and the document itself.
Item = tuple[int, Any]
#: What processing one document gives: position, result (or None) and error record (or None).
Outcome = tuple[int, Any, "dict[str, str] | None"]


class DocumentResults(list):
    """Per-document results of a run in corpus order, with the errors and figures of the run.

    It is a plain ``list`` of ``DocumentResult`` (documents that failed are left out) plus:

    - ``errors``: one dict per failed document: ``doc_id``, ``stage``, ``error``;
    - ``stats``: ``n_documents``, ``n_cached``, ``n_parsed``, ``n_failed``, ``fingerprint``,
      ``seconds``, ``mode`` (``cache``/``local``/``processes``/``dask``).
    """

    def __init__(self, results: Iterable[Any] = (), *, errors: list[dict[str, str]] | None = None,
                 stats: dict[str, Any] | None = None) -> None:
        super().__init__(results)
        #: Cache keys of the documents in this list, in order (see :func:`assemble_cached`).
        self.keys: list[str] | None = None
        self.errors: list[dict[str, str]] = errors or []
        self.stats: dict[str, Any] = stats or {}


class DocumentProcessor:
    """Builds the workbench pipeline and turns corpus documents into ``DocumentResult`` objects.

    Instances are sent to worker processes and Dask workers, so they hold only the model name.
    Subclass it to run another pipeline through the same machinery (the tests use a fake one).
    """

    def __init__(self, model: str | None = None) -> None:
        """Remember which pipeline to use.

        Args:
            model: Pipeline name or path, resolved by :func:`workbench.pipeline.resolve_model`.
        """
        self.model = model

    def model_name(self) -> str:
        """Return the resolved model name or path (without loading the model)."""
        from workbench.pipeline import resolve_model

        return resolve_model(self.model)

    def fingerprint(self, nlp: Language | None = None) -> str:
        """Return the cache fingerprint of the pipeline, without loading it when ``nlp`` is None."""
        from workbench.pipeline import WORKBENCH_COMPONENTS

        if nlp is not None:
            name = nlp.meta.get("workbench_model") or nlp.meta.get("name", "")
            components = tuple(c for c in nlp.pipe_names if c.startswith("workbench_"))
            return pipeline_key(name, version=nlp.meta.get("version", ""), components=components)
        return pipeline_key(self.model_name(), components=WORKBENCH_COMPONENTS)

    def token(self) -> tuple[str, str]:
        """Return the key under which a worker process keeps its loaded pipeline."""
        return (f"{type(self).__module__}.{type(self).__qualname__}", self.model_name())

    def load(self) -> Language:
        """Load the pipeline (done once per process, see :func:`pipeline_for`)."""
        from workbench.pipeline import load_pipeline

        return load_pipeline(self.model_name())

    def make_doc(self, nlp: Language, document: Any) -> Doc:
        """Return the tokenized ``Doc`` of ``document`` with its doc_id and date set."""
        from workbench.analysis import make_doc

        return make_doc(nlp, document)

    def result(self, doc: Doc) -> Any:
        """Return the picklable ``DocumentResult`` of a processed ``Doc``."""
        from workbench.analysis import document_result

        return document_result(doc)


# ---------------------------------------------------------------------------------------------
# Pipelines loaded once per process (worker processes, Dask workers, and this process).

_PIPELINES: dict[tuple[str, str], Language] = {}
_PIPELINES_LOCK = threading.Lock()
# spaCy pipelines are not documented as thread-safe: threads of one Dask worker take turns.
_PROCESSING_LOCK = threading.Lock()


def pipeline_for(processor: DocumentProcessor) -> Language:
    """Return the pipeline of ``processor``, loading it on first use in this process."""
    token = processor.token()
    with _PIPELINES_LOCK:
        if token not in _PIPELINES:
            started = time.perf_counter()
            _PIPELINES[token] = processor.load()
            logger.info("loaded pipeline %s in %.1f s", token[1], time.perf_counter() - started)
        return _PIPELINES[token]


def _init_pool_worker(processor: DocumentProcessor) -> None:
    """Pool initializer: load the pipeline once per worker (inherited as is under fork)."""
    pipeline_for(processor)


# ---------------------------------------------------------------------------------------------
# Processing one partition of documents.

def _error_record(document: Any, stage: str, error: BaseException) -> dict[str, str]:
    return {"doc_id": str(getattr(document, "doc_id", "?")), "stage": stage,
            "error": f"{type(error).__name__}: {error}"}


def process_partition(processor: DocumentProcessor, nlp: Language, items: Sequence[Item], *,
                      batch_size: int = 64) -> list[Outcome]:
    """Process documents in batches with ``nlp.pipe``; a failing document costs only itself.

    Limit: when one document of a batch raises, the whole batch is redone one document at a
    time (from fresh ``Doc`` objects), so a bad document costs its batch one extra pass.

    Args:
        processor: Makes docs and results (see :class:`DocumentProcessor`).
        nlp: The loaded pipeline.
        items: ``(position, document)`` pairs.
        batch_size: Documents per ``nlp.pipe`` batch.

    Returns:
        ``(position, result, error)`` triples: ``result`` is None where ``error`` is set.
    """
    outcomes: list[Outcome] = []
    for start in range(0, len(items), batch_size):
        batch: list[tuple[int, Any, Doc]] = []
        for position, document in items[start:start + batch_size]:
            try:
                batch.append((position, document, processor.make_doc(nlp, document)))
            except Exception as error:  # noqa: BLE001  (bad input must not lose other documents)
                outcomes.append((position, None, _error_record(document, "make_doc", error)))
        done: set[int] = set()
        try:
            docs = nlp.pipe((doc for _, _, doc in batch), batch_size=batch_size)
            for (position, _, _), doc in zip(batch, docs):
                outcomes.append((position, processor.result(doc), None))
                done.add(position)
        except Exception:  # noqa: BLE001  (find the culprit one document at a time below)
            for position, document, _ in batch:
                if position in done:
                    continue
                try:
                    outcomes.append((position, processor.result(nlp(processor.make_doc(nlp, document))), None))
                except Exception as error:  # noqa: BLE001
                    outcomes.append((position, None, _error_record(document, "pipeline", error)))
    return outcomes


def _process_partition_in_pool(task: tuple[DocumentProcessor, list[Item], int]) -> list[Outcome]:
    processor, items, batch_size = task
    return process_partition(processor, pipeline_for(processor), items, batch_size=batch_size)


def _process_partition_on_dask(items: list[Item], processor: DocumentProcessor, batch_size: int) -> list[Outcome]:
    nlp = pipeline_for(processor)
    with _PROCESSING_LOCK:
        return process_partition(processor, nlp, items, batch_size=batch_size)


# ---------------------------------------------------------------------------------------------
# The driver.

def _documents_of(corpus: Any) -> list[Any]:
    if corpus is None:
        from workbench.corpus import load_corpus
        from workbench.resources import default_corpus_paths

        corpus = load_corpus(default_corpus_paths())
    documents = getattr(corpus, "documents", corpus)
    return list(documents.values() if isinstance(documents, dict) else documents)


def _text_hash(document: Any) -> str:
    text_hash = getattr(document, "text_hash", None)
    return text_hash or hashlib.sha256(document.text.encode("utf-8")).hexdigest()


def _partitions(items: list[Item], *, workers: int, batch_size: int) -> list[list[Item]]:
    # Four partitions per worker keep both cores busy to the end (with two, the last large one left
    # a core idle for a sixth of a 400-document run); no more than a batch each keeps the memory of
    # one task small.
    size = max(1, min(batch_size, math.ceil(len(items) / max(1, workers * 4))))
    return [items[start:start + size] for start in range(0, len(items), size)]


def _run_on_dask(scheduler: Any, processor: DocumentProcessor, partitions: list[list[Item]],
                 batch_size: int) -> Iterator[list[Outcome]]:
    from distributed import Client, as_completed

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        # functools.partial, not keywords: Client.map has a batch_size option of its own.
        task = functools.partial(_process_partition_on_dask, processor=processor, batch_size=batch_size)
        futures = client.map(task, partitions, pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        if client is not scheduler:
            client.close()


def run_documents(
    corpus: Any = None,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 64,
    cache_dir: str | Path | None | Literal[False] = None,
    scheduler: Any = None,
    progress: bool = True,
    processor: DocumentProcessor | None = None,
) -> DocumentResults:
    """Return one ``DocumentResult`` per document, in corpus order, from the cache or the pipeline.

    Limit: failed documents are missing from the list (see ``.errors``); the pipeline is loaded
    only when something is not cached, once per process.

    Args:
        corpus: A ``Corpus`` or any iterable of documents with ``doc_id``, ``text``, ``date``
            (and ``text_hash``); ``None`` loads the default corpus.
        nlp: An already loaded pipeline (from :func:`workbench.pipeline.load_pipeline`); worker
            processes inherit it under the ``fork`` start method and load ``model`` otherwise.
        model: Pipeline name or path when ``nlp`` is None.
        workers: Worker processes on this machine (1 = in this process).
        batch_size: Documents per ``nlp.pipe`` batch (and at most per task).
        cache_dir: Cache root; ``None`` = ``WORKBENCH_CACHE_DIR`` or ``.cache/workbench/``;
            ``False`` = no cache.
        scheduler: ``"tcp://HOST:PORT"`` of a Dask scheduler (or a ``distributed.Client``) to
            process the partitions on a cluster instead of local processes.
        progress: Show a progress bar for multi-document runs.
        processor: What to run; the workbench pipeline by default.

    Returns:
        A :class:`DocumentResults` list with ``errors`` and ``stats``.
    """
    started = time.perf_counter()
    documents = _documents_of(corpus)
    if processor is None:
        processor = DocumentProcessor(nlp.meta.get("workbench_model") if nlp is not None else model)
    fingerprint = processor.fingerprint(nlp)
    cache = ResultCache(cache_dir, fingerprint) if cache_dir is not False else None

    results: list[Any] = [None] * len(documents)
    keys: list[str] = []
    todo: list[Item] = []
    # Why: unpickling hundreds of cached results allocates many small objects, and each collection of
    # the oldest generation then walks every object the process holds (slow after large analyses)
    collecting = gc.isenabled()
    gc.disable()
    try:
        for position, document in enumerate(documents):
            key = document_key(str(document.doc_id), _text_hash(document), getattr(document, "date", None),
                               source=getattr(document, "source", "") or "")
            keys.append(key)
            cached = cache.get(key, doc_id=document.doc_id) if cache is not None else None
            if cached is None:
                todo.append((position, document))
            else:
                results[position] = cached
    finally:
        if collecting:
            gc.enable()
    n_cached = len(documents) - len(todo)

    errors: list[dict[str, str]] = []
    mode = "cache"
    bar = tqdm(total=len(documents), initial=n_cached, unit="doc", desc="analysing",
               disable=not progress or len(documents) < 2)
    try:
        if todo:
            # A cluster's size is unknown here: cut at least two partitions per worker slot.
            parallel = max(2, workers) if scheduler is not None else workers
            partitions = _partitions(todo, workers=parallel, batch_size=batch_size)
            if scheduler is not None:
                mode = "dask"
                outcome_batches: Iterable[list[Outcome]] = _run_on_dask(scheduler, processor, partitions, batch_size)
            elif workers > 1 and len(partitions) > 1:
                mode = "processes"
                outcome_batches = _run_in_pool(processor, nlp, partitions, workers=workers, batch_size=batch_size)
            else:
                mode = "local"
                local_nlp = nlp if nlp is not None else pipeline_for(processor)
                outcome_batches = (process_partition(processor, local_nlp, part, batch_size=batch_size)
                                   for part in partitions)
            for outcomes in outcome_batches:
                for position, result, error in outcomes:
                    if error is not None:
                        logger.warning("document %s failed at %s (%s); the other documents go on",
                                       error["doc_id"], error["stage"], error["error"])
                        errors.append(error)
                        continue
                    results[position] = result
                    if cache is not None:
                        cache.put(keys[position], result)
                bar.update(len(outcomes))
    finally:
        bar.close()

    errors.sort(key=lambda record: record["doc_id"])
    stats = {
        "n_documents": len(documents), "n_cached": n_cached, "n_parsed": len(todo) - len(errors),
        "n_failed": len(errors), "fingerprint": fingerprint, "mode": mode,
        "seconds": round(time.perf_counter() - started, 3),
    }
    logger.info("analysed %d documents: %d from cache, %d parsed, %d failed (%s)", len(documents), n_cached,
                stats["n_parsed"], len(errors), mode)
    output = DocumentResults((r for r in results if r is not None), errors=errors, stats=stats)
    output.keys = [key for key, result in zip(keys, results) if result is not None]
    return output


#: Document attributes that reach the tables besides the text (the documents table's columns).
_METADATA_FIELDS = ("doc_id", "title", "source", "date", "lang", "path", "synthetic", "url")


def assemble_cached(corpus: Any, results: DocumentResults, *, meta: dict | None = None,
                    cache_dir: str | Path | None | Literal[False] = None) -> Analysis:
    """Return ``workbench.analysis.assemble(corpus, results)``, read from the cache when possible.

    Limit: only runs where every document succeeded are cached, keyed by the pipeline
    fingerprint and every document's key and metadata in order; any change reassembles.
    ``meta`` is the run's own and is never read from the cache.
    """
    from workbench.analysis import assemble

    keys = getattr(results, "keys", None)
    fingerprint = getattr(results, "stats", {}).get("fingerprint")
    if cache_dir is False or keys is None or not fingerprint or getattr(results, "errors", None):
        return assemble(corpus, results, meta=meta)
    documents = _documents_of(corpus)
    metadata = [tuple(getattr(document, name, None) for name in _METADATA_FIELDS) for document in documents]
    key = analysis_key(keys, metadata)
    cache = ResultCache(cache_dir, fingerprint)
    analysis = cache.get_analysis(key)
    if analysis is None:
        analysis = assemble(corpus, results, meta={})
        cache.put_analysis(key, analysis)
        analysis.meta = dict(meta or {})
    else:
        analysis.meta = dict(meta or {})
        analysis.meta.setdefault("stats", {})["analysis_from_cache"] = True
    return analysis


def _run_in_pool(processor: DocumentProcessor, nlp: Language | None, partitions: list[list[Item]], *,
                 workers: int, batch_size: int) -> Iterator[list[Outcome]]:
    context = multiprocessing.get_context()
    token = processor.token()
    lent = nlp is not None and context.get_start_method() == "fork" and token not in _PIPELINES
    if lent:
        # Forked workers inherit the caller's pipeline instead of loading it again.
        _PIPELINES[token] = nlp
    try:
        with context.Pool(min(workers, len(partitions)), initializer=_init_pool_worker, initargs=(processor,)) as pool:
            yield from pool.imap(_process_partition_in_pool, [(processor, part, batch_size) for part in partitions])
    finally:
        if lent:
            _PIPELINES.pop(token, None)


# ---------------------------------------------------------------------------------------------
# Parquet partitions and DuckDB.

def write_partitions(analysis: Analysis, out: str | Path, *, docs_per_partition: int = 1000) -> dict[str, list[Path]]:
    """Write every table as Parquet partitions ``out/<table>/part-00000.parquet`` ...

    Rows of one document stay in one partition (documents in table order, ``docs_per_partition``
    per part); the actors table, which has no ``doc_id``, is one part. Old parts are removed.

    Returns:
        The paths written, by table name.
    """
    from workbench.schema import conform

    out = Path(out)
    doc_order = {doc_id: i for i, doc_id in enumerate(analysis.documents["doc_id"])}
    written: dict[str, list[Path]] = {}
    for name, frame in analysis.tables.items():
        frame = conform(frame, name)
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("part-*.parquet"):
            old.unlink()
        if "doc_id" in frame.columns and len(frame):
            part_of = frame["doc_id"].map(lambda d: doc_order.get(d, len(doc_order)) // docs_per_partition)
            groups = [(int(part), rows) for part, rows in frame.groupby(part_of, sort=True)]
        else:
            groups = [(0, frame)]
        written[name] = []
        for part, rows in groups:
            path = folder / f"part-{part:05d}.parquet"
            rows.reset_index(drop=True).to_parquet(path, index=False)
            written[name].append(path)
    return written


def sql(source: Analysis | str | Path, query: str) -> pd.DataFrame:
    """Run a DuckDB SQL ``query`` over the tables of an analysis; return a DataFrame.

    The tables are views named ``documents``, ``mentions``, ``actors``, ``claims``, ``formats``.
    ``source`` is an in-memory ``Analysis`` or a folder holding ``<table>/part-*.parquet``
    (from :func:`write_partitions`) or ``<table>.parquet`` (from ``Analysis.to_dir``).

    Raises:
        FileNotFoundError: The folder holds none of the tables.
    """
    import duckdb

    from workbench.schema import TABLE_NAMES

    connection = duckdb.connect()
    if isinstance(source, (str, Path)):
        folder = Path(source)
        found = 0
        for name in TABLE_NAMES:
            if (folder / name).is_dir() and any((folder / name).glob("*.parquet")):
                pattern = str(folder / name / "*.parquet")
            elif (folder / f"{name}.parquet").exists():
                pattern = str(folder / f"{name}.parquet")
            else:
                continue
            found += 1
            quoted = pattern.replace("'", "''")
            connection.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{quoted}')")
        if not found:
            raise FileNotFoundError(f"{folder}: no Parquet tables found; write them with "
                                    "workbench.execution.write_partitions(analysis, folder) or Analysis.to_dir().")
    else:
        for name, frame in source.tables.items():
            connection.register(name, frame)
    try:
        return connection.execute(query).df()
    finally:
        connection.close()
