"""The ``Analysis`` object: the five tables of one corpus run, and :func:`analyze` to make it."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from workbench.schema import TABLE_NAMES, conform, empty_table


@dataclass
class Analysis:
    """The tables produced for a corpus: documents, mentions, actors, claims, formats.

    Every table is a tidy DataFrame with the columns listed in :mod:`workbench.schema`.
    ``texts`` maps ``doc_id`` to the document text (for keyword-in-context and highlighting).
    """

    documents: pd.DataFrame = field(default_factory=lambda: empty_table("documents"))
    mentions: pd.DataFrame = field(default_factory=lambda: empty_table("mentions"))
    actors: pd.DataFrame = field(default_factory=lambda: empty_table("actors"))
    claims: pd.DataFrame = field(default_factory=lambda: empty_table("claims"))
    formats: pd.DataFrame = field(default_factory=lambda: empty_table("formats"))
    texts: dict[str, str] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by name, in contract order."""
        return {name: getattr(self, name) for name in TABLE_NAMES}

    def text(self, doc_id: str) -> str:
        """Return the text of document ``doc_id`` (as loaded, without front matter)."""
        try:
            return self.texts[doc_id]
        except KeyError:
            raise KeyError(f"no document {doc_id!r} in this analysis; known: {sorted(self.texts)[:10]}") from None

    def to_dir(self, out: str | Path, *, formats: tuple[str, ...] = ("csv", "parquet")) -> list[Path]:
        """Write every table as ``<name>.csv`` and/or ``<name>.parquet`` into ``out``.

        Returns:
            The paths written.
        """
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.tables.items():
            frame = conform(frame, name)
            if "csv" in formats:
                path = out / f"{name}.csv"
                frame.to_csv(path, index=False, lineterminator="\n")
                written.append(path)
            if "parquet" in formats:
                path = out / f"{name}.parquet"
                frame.to_parquet(path, index=False)
                written.append(path)
        return written

    @classmethod
    def from_dir(cls, path: str | Path) -> Analysis:
        """Read tables written by :meth:`to_dir` (Parquet preferred, CSV otherwise)."""
        path = Path(path)
        tables = {}
        for name in TABLE_NAMES:
            if (path / f"{name}.parquet").exists():
                frame = pd.read_parquet(path / f"{name}.parquet")
            elif (path / f"{name}.csv").exists():
                frame = pd.read_csv(path / f"{name}.csv", dtype=str, keep_default_na=False)
            else:
                frame = empty_table(name)
            tables[name] = conform(frame, name)
        return cls(**tables)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(frame)}" for name, frame in self.tables.items())
        return f"<Analysis {sizes}>"
