"""Explorer filter latency and memory on a 10,000-document analysis.

Usage::

    .venv/bin/python benchmarks/explorer_latency.py --docs 10000

It analyses the teaching corpus (seeds/ + data/corpus/, from the cache when warm), replicates
its tables under new doc_ids until there are ``--docs`` documents (texts copied, so memory is
real), then times the plain data functions behind the explorers (``workbench.explore``: the
claim filters, an actor's claims, documents, co-mentions and keyword-in-context, a format's
mentions) over a fixed list of queries and prints p50/p95 per function. The last line is::

    explorer_p95_ms=<worst p95 over functions> analysis_mb=<tables + texts> rss_mb=<process>
"""
from __future__ import annotations

import argparse
import math
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def replicate(analysis, n_docs: int):
    """Return an Analysis of ``n_docs`` documents: copies of ``analysis`` under new doc_ids.

    Limit: the actors table is kept as is (same actors), with counts scaled by the copies.
    """
    import pandas as pd

    from workbench.analysis import Analysis

    copies = math.ceil(n_docs / len(analysis.documents))
    tables: dict[str, list[pd.DataFrame]] = {name: [] for name in ("documents", "mentions", "claims", "formats")}
    texts: dict[str, str] = {}
    for copy in range(copies):
        suffix = f"~{copy:04d}"
        for name in tables:
            frame = getattr(analysis, name).copy()
            frame["doc_id"] = frame["doc_id"] + suffix
            if name == "claims":
                frame["claim_id"] = frame["claim_id"] + suffix
            tables[name].append(frame)
        for doc_id, text in analysis.texts.items():
            texts[doc_id + suffix] = (text + " ")[:-1]  # a distinct string, as loaded documents are
    frames = {name: pd.concat(parts, ignore_index=True) for name, parts in tables.items()}
    keep = set(frames["documents"]["doc_id"].iloc[:n_docs])
    frames = {name: frame[frame["doc_id"].isin(keep)].reset_index(drop=True) for name, frame in frames.items()}
    actors = analysis.actors.copy()
    for column in ("n_mentions", "n_docs"):
        actors[column] = actors[column] * copies
    return Analysis(actors=actors, texts={d: t for d, t in texts.items() if d in keep}, **frames)


def analysis_megabytes(analysis) -> float:
    """Return the memory of the tables (deep) plus the texts, in MB."""
    tables = sum(frame.memory_usage(deep=True).sum() for frame in analysis.tables.values())
    texts = sum(sys.getsizeof(text) for text in analysis.texts.values())
    return (tables + texts) / 1e6


def queries(analysis, *, seed: int = 7, n: int = 40) -> dict[str, list[Callable[[], object]]]:
    """Return, per explorer function, ``n`` calls with arguments a user could pick."""
    from workbench import explore

    rng = random.Random(seed)
    speakers = sorted(set(analysis.claims["speaker_id"]) - {""}) or [""]
    types = sorted(set(analysis.claims["claim_type"]) - {""}) or [""]
    doc_ids = list(analysis.documents["doc_id"])
    actors = list(analysis.actors["actor_id"].head(30))
    formats = sorted(set(analysis.formats["format_id"])) or [""]
    words = ["guarantees", "minsk", "nato", "forced", "troops", "dialogue", "sanctions", "border"]
    calls: dict[str, list[Callable[[], object]]] = {}

    def add(name: str, make: Callable[[], Callable[[], object]]) -> None:
        if hasattr(explore, name.split(":")[0]):
            calls[name] = [make() for _ in range(n)]

    add("filter_claims:speaker", lambda: (lambda v=rng.choice(speakers): explore.filter_claims(analysis, speaker_id=v)))
    add("filter_claims:type", lambda: (lambda v=rng.choice(types): explore.filter_claims(analysis, claim_type=v)))
    add("filter_claims:document", lambda: (lambda v=rng.choice(doc_ids): explore.filter_claims(analysis, doc_id=v)))
    add("filter_claims:text", lambda: (lambda v=rng.choice(words): explore.filter_claims(analysis, text=v)))
    add("filter_claims:all", lambda: (lambda s=rng.choice(speakers), t=rng.choice(types), w=rng.choice(words):
                                      explore.filter_claims(analysis, speaker_id=s, claim_type=t, text=w)))
    add("actor_claims", lambda: (lambda v=rng.choice(actors): explore.actor_claims(analysis, v)))
    add("actor_documents", lambda: (lambda v=rng.choice(actors): explore.actor_documents(analysis, v)))
    add("co_mentioned_actors", lambda: (lambda v=rng.choice(actors): explore.co_mentioned_actors(analysis, v)))
    add("actor_kwic", lambda: (lambda v=rng.choice(actors): explore.actor_kwic(analysis, v)))
    add("format_mentions", lambda: (lambda v=rng.choice(formats): explore.format_mentions(analysis, v, limit=100)))
    return calls


def main(argv: list[str] | None = None) -> int:
    """Build the large analysis, time the explorer functions, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the synthetic analysis (default: 10000)")
    parser.add_argument("--queries", type=int, default=40, help="calls per function (default: 40)")
    args = parser.parse_args(argv)

    import workbench
    from workbench.analysis import analyze

    base = analyze(workbench.load_corpus(), progress=False)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    analysis = replicate(base, args.docs)
    print(f"base: {base!r}; replicated to {analysis!r} in {time.perf_counter() - started:.1f} s")
    size = analysis_megabytes(analysis)
    print(f"memory: tables + texts {size:.0f} MB; process peak RSS before {rss_before:.0f} MB")

    worst = 0.0
    for name, calls in queries(analysis, n=args.queries).items():
        timings = []
        for call in calls:
            started = time.perf_counter()
            call()
            timings.append((time.perf_counter() - started) * 1000)
        p95 = statistics.quantiles(timings, n=20)[-1]
        worst = max(worst, p95)
        print(f"{name:26s} p50 {statistics.median(timings):8.1f} ms   p95 {p95:8.1f} ms")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"explorer_p95_ms={worst:.1f} analysis_mb={size:.0f} rss_mb={rss:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
