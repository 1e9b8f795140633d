"""The table contract: names and column order of every table the workbench produces.

Notebooks, exports and evaluation scripts read these tables; extend them, never rename columns.
"""
from __future__ import annotations

import math

import pandas as pd

TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "title", "source", "date", "lang", "path", "n_chars", "n_tokens", "synthetic", "url"],
    "mentions": [
        "doc_id", "sent_index", "start_char", "end_char", "text", "label", "actor_id", "actor_name",
        "actor_type", "resolution",
    ],
    "actors": ["actor_id", "actor_name", "actor_type", "country", "n_mentions", "n_docs", "aliases", "known"],
    "claims": [
        "claim_id", "doc_id", "sent_index", "start_char", "end_char", "speaker_text", "speaker_id", "speaker_name",
        "cue", "cue_lemma", "claim_type", "mode", "content", "addressee_text", "addressee_id", "addressee_name",
        "cameo", "plover", "content_start", "content_end", "sentence", "concepts", "position",
    ],
    "formats": ["doc_id", "sent_index", "start_char", "end_char", "text", "format_id", "format_name", "format_kind"],
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLE_COLUMNS)

BOOLEAN_COLUMNS = {"synthetic", "known"}
INTEGER_COLUMNS = {"sent_index", "start_char", "end_char", "n_chars", "n_tokens", "n_mentions", "n_docs",
                   "content_start", "content_end"}


def empty_table(name: str) -> pd.DataFrame:
    """Return an empty DataFrame with the columns of table ``name``."""
    return conform(pd.DataFrame(columns=TABLE_COLUMNS[name]), name)


def _all_strings(column: pd.Series) -> bool:
    """Whether every value of ``column`` is a ``str`` (no missing value, no number)."""
    if isinstance(column.dtype, pd.StringDtype):
        return not column.isna().any()
    return column.dtype == object and pd.api.types.infer_dtype(column, skipna=False) == "string"


def conform(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Order columns as in the contract (extra columns kept after them) and fix dtypes.

    Integer columns become ``int64``, flags ``bool``; every other contract column becomes ``object`` strings
    with ``""`` for missing text, so CSV and Parquet round-trips are stable.
    """
    columns = TABLE_COLUMNS[name]
    frame = frame.copy()
    for column in columns:
        if column not in frame.columns:
            frame[column] = 0 if column in INTEGER_COLUMNS else ""
    extra = [c for c in frame.columns if c not in columns]
    frame = frame[columns + extra]
    for column in columns:
        if column in INTEGER_COLUMNS:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(-1).astype("int64")
        elif column in BOOLEAN_COLUMNS:
            frame[column] = frame[column].map(lambda v: bool(v) and str(v).lower() not in {"false", "0", "no", ""})
            frame[column] = frame[column].astype(bool)
        elif _all_strings(frame[column]):
            # (a column of strings only needs no per-value pass, only the object dtype)
            frame[column] = frame[column].astype(object)
        else:
            frame[column] = frame[column].map(lambda v: "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v))
            frame[column] = frame[column].astype(object)
    return frame.reset_index(drop=True)
