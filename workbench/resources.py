"""Locate and load the curated data files under ``data/`` (actors, aliases, formats, cues...).

The files are plain CSV so that researchers can edit them in a spreadsheet. This module reads
them into pandas DataFrames, checks their columns and hashes them for the pipeline fingerprint.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

#: Columns every data file must have (more columns are allowed).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "actors.csv": ("actor_id", "name", "type", "country", "role", "wikidata", "source"),
    "aliases.csv": ("actor_id", "alias", "kind", "valid_from", "valid_to", "source"),
    "metonyms.csv": ("place_id", "government_id", "source"),
    "background_states.csv": ("government_id", "weight", "source"),
    "federations.csv": ("state_id", "source"),
    "formats.csv": ("format_id", "name", "kind", "participants", "start_date", "end_date", "source"),
    "format_aliases.csv": ("format_id", "alias", "source"),
    "cues.csv": ("cue", "pos", "claim_type", "cameo", "plover", "source"),
    "concepts.csv": ("concept_id", "concept", "term", "source"),
    "positions.csv": ("kind", "term", "position", "source"),
    "role_nouns.csv": ("noun", "actor_type", "source"),
    "groups.csv": ("alias", "member_id", "source"),
    "titles.csv": ("title", "source"),
    "action_verbs.csv": ("lemma", "source"),
    "stative_verbs.csv": ("lemma", "source"),
    "non_actors.csv": ("term", "source"),
    "place_contexts.csv": ("word", "context", "source"),
    "given_names.csv": ("name", "gender", "language", "source"),
    "surname_endings.csv": ("ending", "gender", "language", "min_length", "source"),
    "firm_words.csv": ("word", "source"),
    "body_endings.csv": ("ending", "source"),
    "birth_years.csv": ("actor_id", "born", "source"),
    "title_roles.csv": ("title", "role", "source"),
    "office_titles.csv": ("title", "level", "source"),
    "claim_words.csv": ("word", "kind", "source"),
}


class DataFileError(ValueError):
    """A curated data file is missing, unreadable or lacks a required column."""


def data_dir() -> Path:
    """Return the folder holding the curated data files.

    ``WORKBENCH_DATA_DIR`` overrides the default, the ``data/`` folder beside the package.
    """
    return _data_dir_for(os.environ.get("WORKBENCH_DATA_DIR"))


@lru_cache(maxsize=8)  # the extractors ask for it thousands of times per corpus; the answer depends only on the override
def _data_dir_for(override: str | None) -> Path:
    """The data folder for a ``WORKBENCH_DATA_DIR`` value (see :func:`data_dir`)."""
    if override:
        return Path(override)
    return project_dir() / "data"


@lru_cache(maxsize=1)
def project_dir() -> Path:
    """Return the project root (the folder holding ``seeds/``, ``data/`` and ``run.yaml``).

    Resolved once per process: the package does not move while it runs, and resolving the path
    touched the file system on every lookup of a data file's folder.
    """
    return Path(__file__).resolve().parent.parent


def default_corpus_paths() -> list[Path]:
    """Return the default corpus: ``seeds/`` and ``data/corpus/``."""
    return [project_dir() / "seeds", data_dir() / "corpus"]


@lru_cache(maxsize=64)
def _read_table_cached(path: str, modified_ns: int) -> pd.DataFrame:
    del modified_ns  # cache key only: an edited file is read again
    return _parse_table(Path(path))


def _read_table(path: str) -> pd.DataFrame:
    file = Path(path)
    if not file.exists():
        raise DataFileError(f"{file}: data file not found. Restore it from git (`git checkout -- {file}`) "
                            "or point WORKBENCH_DATA_DIR at a folder that has it.")
    return _read_table_cached(str(file), file.stat().st_mtime_ns)


def _parse_table(file: Path) -> pd.DataFrame:
    try:
        frame = pd.read_csv(file, dtype=str, keep_default_na=False, comment=None)
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise DataFileError(f"{file}: cannot be read as UTF-8 CSV ({error}). Fix the row named above.") from error
    missing = [c for c in REQUIRED_COLUMNS.get(file.name, ()) if c not in frame.columns]
    if missing:
        raise DataFileError(f"{file}: missing column(s) {', '.join(missing)}; see data/README.md for the schema.")
    return frame.apply(lambda column: column.str.strip())


def load_table(name: str, *, directory: str | Path | None = None) -> pd.DataFrame:
    """Load one curated data file as a DataFrame of strings (empty cells are ``""``).

    Args:
        name: File name under ``directory`` (default :func:`data_dir`), e.g. ``"actors.csv"``.
        directory: Another folder of data files (tests use small ones).

    Returns:
        A copy of the table, safe to modify.

    Raises:
        DataFileError: The file is missing, unreadable, or lacks a required column.
    """
    return _read_table(str(Path(directory or data_dir()) / name)).copy()


def data_fingerprint(directory: str | Path | None = None) -> str:
    """Return a SHA-256 over the curated data files (name + bytes), for cache keys.

    Covers every ``*.csv`` directly under the data folder (not the corpus). The hash is
    recomputed only when a file's size or modification time changes.
    """
    folder = str(directory or data_dir())
    signature = tuple((name, *_stat(os.path.join(folder, name))) for name in _data_file_names(folder))
    return _fingerprint(folder, signature)


@lru_cache(maxsize=16)
def _data_file_names(folder: str) -> tuple[str, ...]:
    # Why: listing the folder once per process keeps the per-document check to a few stat calls;
    # a CSV added while a session runs is noticed after a restart.
    return tuple(sorted({p.name for p in Path(folder).glob("*.csv")} | set(REQUIRED_COLUMNS)))


def _stat(path: str) -> tuple[int, int]:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return (-1, -1)
    return (stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=16)
def _fingerprint(folder: str, signature: tuple) -> str:
    digest = hashlib.sha256()
    for name, *_ in signature:
        path = Path(folder) / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()
