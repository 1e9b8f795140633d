"""On-disk cache of per-document results, keyed by document text + pipeline fingerprint.

A re-run over an unchanged corpus reads every result from here and never loads the spaCy
pipeline; adding one document parses only that one; editing a curated data file (a gazetteer
row, a cue) or the workbench code changes the fingerprint, so every entry is recomputed.

Layout: ``<cache_dir>/<fingerprint>/<key[:2]>/<key>.pkl``, one pickle per document. Writes go
to a temporary file in the same folder and are renamed into place with :func:`os.replace`, so an
interrupted run never leaves a half-written entry; an unreadable entry is ignored with a warning
and recomputed.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
import time
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy

from workbench import __version__
from workbench.resources import data_fingerprint, project_dir

logger = logging.getLogger(__name__)

#: Environment variable overriding the default cache folder.
CACHE_ENV_VAR = "WORKBENCH_CACHE_DIR"
#: Bump when the layout or the pickled payload changes incompatibly.
CACHE_FORMAT = "1"


class CacheWarning(UserWarning):
    """A cache entry was unreadable and is being recomputed."""


def default_cache_dir() -> Path:
    """Return the cache folder: ``WORKBENCH_CACHE_DIR`` or ``.cache/workbench/`` in the project."""
    override = os.environ.get(CACHE_ENV_VAR)
    if override:
        return Path(override)
    return project_dir() / ".cache" / "workbench"


@lru_cache(maxsize=1)
def source_fingerprint() -> str:
    """Return a hash of the workbench's own Python sources.

    The version number alone misses edits made between releases; hashing the code keeps a
    developer's cache from serving results of an older extractor.
    """
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_version(model: str) -> str:
    """Return the version of an installed pipeline package or pipeline folder ("" if unknown)."""
    if model.startswith("blank:"):
        return "blank"
    try:
        if os.path.isdir(model):
            return str(spacy.util.load_meta(Path(model) / "meta.json").get("version", ""))
        return spacy.util.get_package_version(model) or ""
    except (OSError, ValueError):
        return ""


def pipeline_key(model: str, *, version: str | None = None, components: tuple[str, ...] = ()) -> str:
    """Return the cache fingerprint of a pipeline without loading it.

    Limit: it identifies a pipeline by model name and version, the workbench components, the
    curated data files, the spaCy and workbench versions and the workbench sources; a hand-built
    ``nlp`` with extra components of its own is not told apart from the standard one.

    Args:
        model: The resolved model name or path (see :func:`workbench.pipeline.resolve_model`).
        version: The model version if already known (from ``nlp.meta``); looked up otherwise.
        components: The workbench components in the pipeline.

    Returns:
        A 16-character hex digest.
    """
    parts = [
        CACHE_FORMAT,
        model,
        version if version is not None else model_version(model),
        ",".join(components),
        spacy.__version__,
        data_fingerprint(),
        __version__,
        source_fingerprint(),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def document_key(doc_id: str, text_hash: str, date: str | None, *, source: str = "") -> str:
    """Return the cache key of one document.

    The date is part of the key because it picks which office holder a role description
    ("the US President") refers to; the source because it names the publication's own outlet;
    the doc_id because result rows carry it.
    """
    return hashlib.sha256(f"{doc_id}\0{text_hash}\0{date or ''}\0{source}".encode()).hexdigest()


def analysis_key(document_keys: list[str], documents_metadata: list[tuple]) -> str:
    """Return the cache key of an assembled analysis: its documents' keys and metadata, in order."""
    digest = hashlib.sha256()
    for key, metadata in zip(document_keys, documents_metadata):
        digest.update(key.encode())
        digest.update(repr(metadata).encode())
    digest.update(str(len(document_keys)).encode())
    return digest.hexdigest()


class ResultCache:
    """Per-document results of one pipeline fingerprint, one pickle file per document."""

    def __init__(self, cache_dir: str | Path | None, fingerprint: str) -> None:
        """Open (lazily create) the cache for ``fingerprint`` under ``cache_dir``.

        Args:
            cache_dir: The cache root; ``None`` for :func:`default_cache_dir`.
            fingerprint: The pipeline fingerprint (see :func:`pipeline_key`).
        """
        self.root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.fingerprint = fingerprint
        self.folder = self.root / fingerprint
        self.hits = 0
        self.misses = 0
        self.corrupt = 0

    def path(self, key: str) -> Path:
        """Return the file holding entry ``key``."""
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str, *, doc_id: str) -> Any | None:
        """Return the cached result for ``key``, or ``None`` if absent or unreadable.

        An unreadable entry (truncated, not a pickle, or for another document) is deleted with
        a :class:`CacheWarning` so the caller recomputes it.
        """
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        try:
            result = pickle.loads(data)
            if getattr(result, "doc_id", None) != doc_id:
                raise ValueError(f"entry holds document {getattr(result, 'doc_id', None)!r}")
        except Exception as error:  # noqa: BLE001  (any unpickling failure means: recompute)
            self.corrupt += 1
            self.misses += 1
            warnings.warn(
                f"cache entry {path} for document {doc_id!r} is unreadable ({type(error).__name__}: {error}); "
                "recomputing it. Delete the folder to clear the cache.",
                CacheWarning,
                stacklevel=2,
            )
            path.unlink(missing_ok=True)
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: Any, *, path: Path | None = None) -> None:
        """Store ``result`` under ``key`` atomically (temp file in the same folder + rename)."""
        path = path or self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{key[:8]}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump(result, file, protocol=pickle.HIGHEST_PROTOCOL)
            # No fsync: a crash can lose the entry but never expose a partial one under its
            # final name, and an unreadable entry is recomputed anyway.
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise

    def analysis_path(self, key: str) -> Path:
        """Return the file holding the assembled analysis ``key``."""
        return self.folder / "analysis" / f"{key}.pkl"

    def get_analysis(self, key: str) -> Any | None:
        """Return the assembled analysis cached under ``key``, or ``None`` (unreadable: warn, drop)."""
        path = self.analysis_path(key)
        try:
            return pickle.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except Exception as error:  # noqa: BLE001  (any unpickling failure means: recompute)
            self.corrupt += 1
            warnings.warn(f"cached analysis {path} is unreadable ({type(error).__name__}: {error}); recomputing it.",
                          CacheWarning, stacklevel=2)
            path.unlink(missing_ok=True)
            return None

    def put_analysis(self, key: str, analysis: Any, *, keep: int = 8) -> None:
        """Store an assembled analysis atomically; keep only the ``keep`` most recent ones."""
        self.put(key, analysis, path=self.analysis_path(key))
        entries = sorted(self.analysis_path(key).parent.glob("*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[keep:]:
            old.unlink(missing_ok=True)

    def clear_stale_temp_files(self, *, older_than_s: float = 3600.0) -> int:
        """Remove temp files left by interrupted runs; return how many were removed.

        Limit: only files older than ``older_than_s`` go, so a run writing right now in another
        process keeps its temp files.
        """
        removed = 0
        if self.folder.exists():
            now = time.time()
            for temp in self.folder.glob("*/.*.tmp"):
                if now - temp.stat().st_mtime > older_than_s:
                    temp.unlink(missing_ok=True)
                    removed += 1
        return removed

    def __repr__(self) -> str:
        return f"<ResultCache {self.folder} hits={self.hits} misses={self.misses} corrupt={self.corrupt}>"
