"""Throughput of the workbench against spaCy's own ``nlp.pipe``, and the speed-up of the cache.

Usage::

    .venv/bin/python benchmarks/throughput.py --docs 400 --workers 2

It generates ``--docs`` documents by recombining paragraphs of seeds/ and data/corpus/ (a fixed
random seed, so every run measures the same texts), then measures in one process, side by side:

1. raw ``nlp.pipe`` of the same statistical model on the same texts, same number of processes;
2. ``workbench.analyze`` from cold (an empty temporary cache; the pipeline already loaded, as
   for the raw run), including the cross-document assembly of the tables;
3. the same call again, from the cache (no pipeline is loaded at all).

The last line it prints is::

    throughput_ratio=<workbench/raw> cache_speedup=<cold/cached> tokens_per_s=<workbench> peak_rss_mb=<...>

``peak_rss_mb`` is the largest resident set of this process or of any worker process it waited
for. Targets (issue 6): throughput_ratio >= 0.85 and cache_speedup >= 50 at 400 documents.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

#: Where paragraphs come from, in order of preference (the first that yields any is not enough:
#: all of them are pooled; the later ones are fallbacks when the corpus is still being written).
PARAGRAPH_SOURCES = ("seeds", "data/corpus", "tests/gold/dev_docs")


def collect_paragraphs(root: Path = ROOT, *, min_chars: int = 60) -> list[str]:
    """Return the paragraphs of the seed and teaching-corpus documents (front matter removed).

    Limit: paragraphs are blocks separated by a blank line; Markdown headings and list-only blocks
    shorter than ``min_chars`` are dropped since they carry no sentences worth parsing.
    """
    from workbench.corpus import load_corpus

    folders = [root / name for name in PARAGRAPH_SOURCES if (root / name).is_dir()]
    corpus = load_corpus(folders) if folders else None
    texts = [document.text for document in corpus] if corpus is not None else []
    if not texts:
        # Fallback for a checkout without corpus: any Markdown or text file under data/.
        texts = [path.read_text(encoding="utf-8") for path in sorted((root / "data").rglob("*.md"))
                 + sorted((root / "data").rglob("*.txt"))]
    paragraphs = [block.strip() for text in texts for block in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if len(p) >= min_chars and not p.startswith("#")]
    if not paragraphs:
        raise SystemExit(f"no paragraphs found under {', '.join(PARAGRAPH_SOURCES)} or data/; "
                         "add documents to data/corpus/ first")
    return paragraphs


def generate_corpus(n_docs: int, *, seed: int = 2021, paragraphs: list[str] | None = None):
    """Return a ``Corpus`` of ``n_docs`` documents, each 4-8 paragraphs drawn with a fixed seed."""
    from workbench.corpus import Corpus, Document

    pool = paragraphs or collect_paragraphs()
    rng = random.Random(seed)
    documents = []
    for i in range(n_docs):
        chosen = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(4, 8))]
        day = rng.randrange(0, 90)  # 2021-11-15 .. 2022-02-12, the corpus's season
        date = time.strftime("%Y-%m-%d", time.gmtime(time.mktime((2021, 11, 15 + day, 12, 0, 0, 0, 0, 0))))
        documents.append(Document(doc_id=f"bench_{i:05d}", text="\n\n".join(chosen), title=f"Benchmark document {i}",
                                  source="benchmark (recombined paragraphs)", date=date, synthetic=True))
    return Corpus.from_documents(documents)


def peak_rss_mb() -> float:
    """Return the largest resident set size of this process or a finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # ru_maxrss is in KiB on Linux


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures; the last line is machine-readable."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400, help="documents to generate (default: 400)")
    parser.add_argument("--workers", type=int, default=2, help="processes for both raw and workbench runs (default: 2)")
    parser.add_argument("--batch-size", type=int, default=64, help="documents per nlp.pipe batch (default: 64)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: as workbench.pipeline.resolve_model)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of raw + cold runs, alternating; the fastest of each counts (default: 3)")
    parser.add_argument("--seed", type=int, default=2021, help="random seed of the generated corpus")
    args = parser.parse_args(argv)

    # Freeze the curated data files for the whole run: people editing data/ meanwhile must not
    # change the pipeline fingerprint between the cold and the cached run.
    frozen_data = Path(tempfile.mkdtemp(prefix="workbench-bench-data-"))
    for path in (ROOT / "data").glob("*.csv"):
        shutil.copy(path, frozen_data / path.name)
    os.environ["WORKBENCH_DATA_DIR"] = str(frozen_data)

    import pandas.testing
    import spacy

    from workbench import execution
    from workbench.analysis import analyze
    from workbench.pipeline import load_pipeline, resolve_model

    model = resolve_model(args.model)
    corpus = generate_corpus(args.docs, seed=args.seed)
    texts = [document.text for document in corpus]
    print(f"corpus: {len(corpus)} documents, {sum(map(len, texts)):,} characters; model {model}; "
          f"workers {args.workers}; batch size {args.batch_size}")

    started = time.perf_counter()
    raw_nlp = spacy.load(model)
    raw_load = time.perf_counter() - started
    started = time.perf_counter()
    workbench_nlp = load_pipeline(model)
    workbench_load = time.perf_counter() - started
    print(f"load: raw {raw_load:.2f} s, workbench {workbench_load:.2f} s (not counted below)")
    # Warm both pipelines up (first-call allocations, lazy tables) on a few documents.
    list(raw_nlp.pipe(texts[:8]))
    analyze(generate_corpus(8, seed=args.seed + 1), nlp=workbench_nlp, cache_dir=False, progress=False)

    raw_runs, cold_runs, extraction_runs = [], [], []
    with tempfile.TemporaryDirectory(prefix="workbench-bench-cache-") as scratch:
        # Raw and workbench runs alternate so that load from other processes hits both alike;
        # the fastest of --repeat rounds counts.
        for round_number in range(args.repeat):
            started = time.perf_counter()
            raw_tokens = sum(len(doc) for doc in raw_nlp.pipe(texts, batch_size=args.batch_size,
                                                                n_process=args.workers))
            raw_runs.append(time.perf_counter() - started)
            cache_dir = Path(scratch) / f"cache-{round_number}"
            started = time.perf_counter()
            cold = analyze(corpus, nlp=workbench_nlp, workers=args.workers, batch_size=args.batch_size,
                           cache_dir=cache_dir, progress=False)
            cold_runs.append(time.perf_counter() - started)
            extraction_runs.append(cold.meta["stats"]["seconds"])
            print(f"round {round_number + 1}: raw {raw_runs[-1]:.2f} s, workbench cold {cold_runs[-1]:.2f} s")
        raw_seconds, cold_seconds = min(raw_runs), min(cold_runs)
        # The pipeline part of the fastest cold round, so that the split below adds up.
        extraction_seconds = extraction_runs[cold_runs.index(cold_seconds)]

        execution._PIPELINES.clear()  # a re-run in a new session: nothing loaded
        started = time.perf_counter()
        cached = analyze(corpus, model=model, workers=args.workers, batch_size=args.batch_size,
                         cache_dir=cache_dir, progress=False)
        cached_seconds = time.perf_counter() - started
        # The same re-run through the assembled-analysis cache (what analyze does once it calls
        # execution.assemble_cached): first call stores it, second reads it.
        results = execution.run_documents(corpus, model=model, cache_dir=cache_dir, progress=False)
        execution.assemble_cached(corpus, results, cache_dir=cache_dir)
        started = time.perf_counter()
        results = execution.run_documents(corpus, model=model, cache_dir=cache_dir, progress=False)
        assembled = execution.assemble_cached(corpus, results, cache_dir=cache_dir)
        assembled_seconds = time.perf_counter() - started
    assert cached.meta["stats"]["n_cached"] == len(corpus), cached.meta["stats"]
    assert not execution._PIPELINES, "the cached re-run loaded a pipeline"
    for name, table in cold.tables.items():
        pandas.testing.assert_frame_equal(table, cached.tables[name], obj=name)
        pandas.testing.assert_frame_equal(table, assembled.tables[name], obj=name)

    tokens = int(cold.documents["n_tokens"].sum())
    if tokens != raw_tokens:
        print(f"note: token counts differ (raw {raw_tokens}, workbench {tokens})")
    raw_rate, workbench_rate = raw_tokens / raw_seconds, tokens / cold_seconds
    print(f"raw nlp.pipe:        {raw_seconds:8.2f} s  {raw_rate:10,.0f} tokens/s")
    print(f"workbench cold:      {cold_seconds:8.2f} s  {workbench_rate:10,.0f} tokens/s "
          f"(pipeline {extraction_seconds:.2f} s + assembly {cold_seconds - extraction_seconds:.2f} s; "
          f"{len(cold.mentions)} mentions, {len(cold.claims)} claims, {len(cold.formats)} format mentions, "
          f"{len(cold.meta['errors'])} errors)")
    via = "assembled analysis from cache" if cached.meta["stats"].get("analysis_from_cache") else "assembly"
    print(f"workbench cached:    {cached_seconds:8.2f} s  (read {cached.meta['stats']['seconds']:.2f} s + {via})")
    print(f"cached, documents + assembled analysis from cache: {assembled_seconds:.3f} s "
          f"(speed-up {cold_seconds / assembled_seconds:.1f})")
    print(f"extraction only (pipeline, no assembly) vs raw: {raw_seconds / extraction_seconds:.3f}")
    print(f"throughput_ratio={raw_seconds / cold_seconds:.3f} cache_speedup={cold_seconds / cached_seconds:.1f} "
          f"tokens_per_s={workbench_rate:.0f} peak_rss_mb={peak_rss_mb():.0f}")
    shutil.rmtree(frozen_data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
