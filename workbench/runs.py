"""Reproducible runs: ``workbench run`` (behind ``make run``).

One run reads its parameters from a YAML file (``run.yaml``), analyses the corpus, writes the
tables (CSV + Parquet, and Parquet partitions for DuckDB), executes the curated notebooks with
papermill, and records everything needed to repeat it in ``manifest.json``::

    outputs/<name>/
        tables/        documents.csv, documents.parquet, mentions.csv, ...
        partitions/    documents/part-00000.parquet, ...   (workbench.execution.sql reads them)
        notebooks/     the executed notebooks
        manifest.json  versions, model, corpus file hashes, parameters, git commit, times, table hashes

The tables depend only on the inputs (corpus, model, data files, code), so two runs on the same
inputs give byte-identical table files; the manifest's ``tables`` section lists their hashes.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import platform
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

from workbench.resources import project_dir

logger = logging.getLogger(__name__)

#: Parameters of the cell tagged ``parameters`` that every curated notebook receives.
NOTEBOOK_PARAMETERS = ("corpus_paths", "model")


class RunError(RuntimeError):
    """A run could not start or finish; the message says what to fix."""


@dataclass
class RunParams:
    """The parameters of one run (the keys of ``run.yaml``).

    Relative paths are relative to ``base_dir`` (the parameter file's folder).
    """

    name: str = "default"
    output_dir: str = "outputs"
    corpus: list[str] = field(default_factory=lambda: ["seeds", "data/corpus"])
    model: str | None = None
    workers: int = 1
    batch_size: int = 64
    cache_dir: str | None | bool = None
    scheduler: str | None = None
    notebooks: list[str] = field(default_factory=lambda: ["notebooks/0*.ipynb"])
    notebook_timeout: int = 900
    execute_notebooks: bool = True
    base_dir: str = field(default_factory=lambda: str(project_dir()))

    @classmethod
    def from_file(cls, path: str | Path | None = None, **overrides: Any) -> RunParams:
        """Read parameters from a YAML file, then apply non-None ``overrides``.

        Args:
            path: The YAML file; ``None`` uses ``run.yaml`` in the project if present, else defaults.
            **overrides: Values given on the command line (``None`` means "not given").

        Raises:
            RunError: The file is missing, is not a YAML mapping, or has an unknown key.
        """
        values: dict[str, Any] = {}
        if path is None and (project_dir() / "run.yaml").exists():
            path = project_dir() / "run.yaml"
        if path is not None:
            file = Path(path)
            if not file.exists():
                raise RunError(f"{file}: parameter file not found; pass --params PATH to an existing YAML file.")
            try:
                loaded = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
            except yaml.YAMLError as error:
                raise RunError(f"{file}: not valid YAML ({error}); fix the line named above.") from error
            if not isinstance(loaded, dict):
                raise RunError(f"{file}: expected a mapping of parameters (key: value), got {type(loaded).__name__}.")
            known = {f.name for f in fields(cls)} - {"base_dir"}
            unknown = sorted(set(loaded) - known)
            if unknown:
                raise RunError(f"{file}: unknown parameter(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}.")
            values.update(loaded)
            values["base_dir"] = str(file.resolve().parent)
        values.update({key: value for key, value in overrides.items() if value is not None})
        params = cls(**values)
        if isinstance(params.corpus, str):
            params.corpus = [params.corpus]
        if isinstance(params.notebooks, str):
            params.notebooks = [params.notebooks]
        return params

    def resolve(self, path: str | Path) -> Path:
        """Return ``path`` made absolute against :attr:`base_dir`."""
        path = Path(path)
        return path if path.is_absolute() else Path(self.base_dir) / path

    @property
    def run_dir(self) -> Path:
        """``<output_dir>/<name>``."""
        return self.resolve(self.output_dir) / self.name

    def notebook_paths(self) -> list[Path]:
        """The notebooks to execute: every glob match, sorted, each once."""
        found: dict[Path, None] = {}
        for pattern in self.notebooks:
            for match in sorted(Path(self.base_dir).glob(pattern) if not Path(pattern).is_absolute()
                                else Path(pattern).parent.glob(Path(pattern).name)):
                found.setdefault(match.resolve(), None)
        return list(found)


def file_sha256(path: Path) -> str:
    """Return the SHA-256 hex digest of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def git_state(folder: Path) -> dict[str, Any]:
    """Return ``{"commit": sha or "", "dirty": bool or None}`` of the git checkout at ``folder``."""
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True,
                                check=True, timeout=30).stdout.strip()
        status = subprocess.run(["git", "status", "--porcelain"], cwd=folder, capture_output=True, text=True,
                                check=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return {"commit": "", "dirty": None}
    return {"commit": commit, "dirty": bool(status.strip())}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _relative(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return str(path)


def execute_notebook(notebook: Path, out: Path, *, parameters: dict[str, Any], timeout: int) -> dict[str, Any]:
    """Execute one notebook with papermill; return its manifest record (never raises on cell errors).

    Limit: the kernel is the notebook's own kernelspec (``python3`` resolves to this Python).
    """
    import papermill

    started = time.perf_counter()
    record: dict[str, Any] = {"notebook": notebook.name, "output": str(out), "status": "ok", "error": ""}
    try:
        papermill.execute_notebook(
            str(notebook), str(out), parameters=parameters, cwd=str(notebook.parent), progress_bar=False,
            execution_timeout=timeout, request_save_on_cell_execute=False, report_mode=False,
        )
    except Exception as error:  # noqa: BLE001  (one failing notebook must not stop the others)
        record["status"] = "failed"
        message = str(error).strip().splitlines()
        record["error"] = f"{type(error).__name__}: {message[-1] if message else ''}"
        logger.error("notebook %s failed: %s (see %s)", notebook.name, record["error"], out)
    record["seconds"] = round(time.perf_counter() - started, 1)
    return record


def run(params: RunParams, *, progress: bool = True) -> dict[str, Any]:
    """Do one reproducible run and return its manifest (also written to ``manifest.json``).

    Limit: the run succeeds (``manifest["status"] == "ok"``) only if no document failed in the
    pipeline and every notebook executed; the tables are written in any case.

    Raises:
        RunError: The corpus paths do not exist or hold no document.
    """
    import pandas
    import spacy

    from workbench import __version__
    from workbench.analysis import analyze
    from workbench.cache import model_version
    from workbench.corpus import load_corpus
    from workbench.execution import write_partitions
    from workbench.pipeline import resolve_model

    started_at, started = _now(), time.perf_counter()
    corpus_paths = [params.resolve(p) for p in params.corpus]
    missing = [str(p) for p in corpus_paths if not p.exists()]
    if missing:
        raise RunError(f"corpus path(s) not found: {', '.join(missing)}; fix `corpus:` in the parameter file "
                       "or pass existing files/folders.")
    model = resolve_model(params.model)
    corpus = load_corpus(corpus_paths)
    for skipped in corpus.skipped:
        logger.warning("skipped: %s", skipped)
    if not len(corpus):
        raise RunError(f"no documents in {', '.join(map(str, corpus_paths))}; add .txt/.md/.csv/.jsonl/.parquet/.html files.")

    run_dir = params.run_dir
    run_dir.mkdir(parents=True, exist_ok=True)
    cache_dir = params.cache_dir if params.cache_dir is not True else None
    if isinstance(cache_dir, str):
        cache_dir = str(params.resolve(cache_dir))
    analysis = analyze(corpus, model=model, workers=params.workers, batch_size=params.batch_size,
                       cache_dir=cache_dir, scheduler=params.scheduler, progress=progress)
    tables_dir = run_dir / "tables"
    written = analysis.to_dir(tables_dir)
    write_partitions(analysis, run_dir / "partitions")
    logger.info("wrote %d table files to %s", len(written), tables_dir)

    notebooks: list[dict[str, Any]] = []
    if params.execute_notebooks:
        notebook_dir = run_dir / "notebooks"
        notebook_dir.mkdir(exist_ok=True)
        parameters = {"corpus_paths": [str(p) for p in corpus_paths], "model": model}
        paths = params.notebook_paths()
        if not paths:
            logger.warning("no notebook matches %s under %s", params.notebooks, params.base_dir)
        for notebook in paths:
            logger.info("executing %s", notebook.name)
            notebooks.append(execute_notebook(notebook, notebook_dir / notebook.name, parameters=parameters,
                                              timeout=params.notebook_timeout))

    errors = list(analysis.meta.get("errors", []))
    failed_notebooks = [n["notebook"] for n in notebooks if n["status"] != "ok"]
    base = Path(params.base_dir)
    manifest = {
        "status": "ok" if not errors and not failed_notebooks else "failed",
        "name": params.name,
        "started": started_at,
        "finished": _now(),
        "seconds": round(time.perf_counter() - started, 1),
        "versions": {
            "workbench": __version__, "spacy": spacy.__version__, "pandas": pandas.__version__,
            "python": platform.python_version(),
        },
        "model": {"name": model, "version": model_version(model)},
        "git": git_state(base),
        "parameters": {key: value for key, value in asdict(params).items() if key != "base_dir"},
        "corpus": {
            "files": [{"path": _relative(Path(f), base), "sha256": file_sha256(Path(f))}
                      for f in sorted(corpus.files) if Path(f).is_file()],
            "n_documents": len(corpus),
            "skipped": [str(s) for s in corpus.skipped],
        },
        "pipeline_fingerprint": analysis.meta.get("stats", {}).get("fingerprint", ""),
        "stats": analysis.meta.get("stats", {}),
        "tables": {
            path.name: {"sha256": file_sha256(path), "bytes": path.stat().st_size}
            for path in sorted(written)
        },
        "rows": {name: len(frame) for name, frame in analysis.tables.items()},
        "errors": errors,
        "notebooks": notebooks,
    }
    (run_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True, default=str) + "\n",
                                           encoding="utf-8")
    logger.info("run %s %s in %.1f s: %s", params.name, manifest["status"], manifest["seconds"], run_dir)
    return manifest


# ---------------------------------------------------------------------------------------------
# Command line

def register_cli(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``run`` subcommand to the ``workbench`` command line."""
    parser = subparsers.add_parser(
        "run", help="reproducible run: analyse the corpus, write tables, execute the notebooks, write a manifest",
        description="Analyse the corpus named in the parameter file, write the tables (CSV, Parquet, Parquet "
                    "partitions), execute the curated notebooks with papermill and write manifest.json into "
                    "<output_dir>/<name>/. Command-line options override the file.",
    )
    parser.add_argument("--params", default=None, help="YAML parameter file (default: run.yaml in the project)")
    parser.add_argument("--name", default=None, help="run name: the output folder outputs/<name>/")
    parser.add_argument("--output-dir", default=None, help="folder holding the runs (default: outputs)")
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (2 uses both cores)")
    parser.add_argument("--batch-size", type=int, default=None, help="documents per nlp.pipe batch")
    parser.add_argument("--cache-dir", default=None, help="cache folder (default: .cache/workbench/)")
    parser.add_argument("--no-cache", action="store_true", help="parse every document again")
    parser.add_argument("--scheduler", default=None, help="Dask scheduler address tcp://HOST:PORT")
    parser.add_argument("--no-notebooks", action="store_true", help="skip executing the notebooks")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(handler=run_command)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Handle ``workbench run``; return the exit status (0 only if the run succeeded)."""
    try:
        params = RunParams.from_file(
            args.params, name=args.name, output_dir=args.output_dir, model=args.model, workers=args.workers,
            batch_size=args.batch_size, cache_dir=False if args.no_cache else args.cache_dir,
            scheduler=args.scheduler, execute_notebooks=False if args.no_notebooks else None,
        )
        manifest = run(params, progress=not args.quiet)
    except RunError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"run {manifest['name']}: {manifest['status']} in {manifest['seconds']} s -> {params.run_dir}")
    print("rows: " + ", ".join(f"{name} {n}" for name, n in manifest["rows"].items()))
    for error in manifest["errors"]:
        print(f"error: document {error['doc_id']} failed at {error['stage']}: {error['error']}", file=sys.stderr)
    for notebook in manifest["notebooks"]:
        if notebook["status"] != "ok":
            print(f"error: notebook {notebook['notebook']} failed: {notebook['error']} (see {notebook['output']})",
                  file=sys.stderr)
    return 0 if manifest["status"] == "ok" else 1


def main(argv: list[str] | None = None) -> int:
    """Run ``workbench run`` on its own (``python -m workbench.runs``)."""
    parser = argparse.ArgumentParser(prog="workbench")
    register_cli(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["run", *(argv if argv is not None else sys.argv[1:])])
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
