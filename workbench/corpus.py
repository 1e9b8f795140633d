"""Load a corpus of news documents from files and folders into :class:`Document` objects.

Supported inputs (one document per file unless stated):

- ``.txt`` / ``.md``: plain text with optional YAML front matter between a leading ``---`` line
  and the next ``---`` line (keys ``title``, ``source``, ``date``, ``lang``, ``synthetic``,
  ``url``; any other key goes into ``Document.meta``). ``doc_id`` is the file stem.
- ``.csv`` / ``.jsonl`` / ``.parquet``: one document per row, text in the ``text`` column (option
  ``text_column``), ``doc_id`` from the ``id`` column (option ``id_column``) or, without one,
  ``f"{file_stem}-{row:04d}"``. Columns ``title``, ``source``, ``date``, ``lang``, ``url``,
  ``synthetic`` fill the fields of the same name; every other column goes into ``meta``.
- ``.html`` / ``.htm``: a saved news page; main text and metadata (title, date, canonical url,
  site name as ``source``) are extracted offline with trafilatura. ``doc_id`` is the file stem.

Text rules: a UTF-8 byte-order mark is stripped and CRLF/CR line ends become LF; nothing else is
changed, so character offsets computed downstream index into ``Document.text`` exactly. In a
front-matter file the text starts after the closing ``---`` line; when the line right after it is
blank, that one blank line is dropped too (it only separates the header from the body).

Row numbers (``SkippedInput.row`` and generated ids) are 1-based: the data record for CSV (the
header is not counted; the message also gives the physical line), the line for JSONL, the row
for Parquet.

Bad input never loses the other documents: every file or row that cannot be used becomes a
:class:`SkippedInput` (what went wrong, where, and how to fix it), is logged on the
``workbench.corpus`` logger and listed by :meth:`Corpus.summary`; ``on_error="raise"`` raises
:class:`CorpusError` with the same message instead.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import logging
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from workbench.resources import default_corpus_paths
from workbench.schema import conform

__all__ = ["Corpus", "CorpusError", "Document", "SkippedInput", "load_corpus", "normalize_date"]

LOGGER = logging.getLogger("workbench.corpus")

#: File suffixes read as one plain-text document each.
TEXT_SUFFIXES = (".txt", ".md")
#: File suffixes read as one document per row.
TABULAR_SUFFIXES = (".csv", ".jsonl", ".parquet")
#: File suffixes read as saved web pages.
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + TABULAR_SUFFIXES + HTML_SUFFIXES
#: Metadata keys that fill Document fields; every other key goes into ``Document.meta``.
FIELD_KEYS = ("title", "source", "date", "lang", "url", "synthetic")
#: Files inside folders that document the folder rather than belong to the corpus.
FOLDER_README_NAMES = frozenset({"readme.md"})
#: Date spellings accepted besides ISO; English month names as in the news we read.
DATE_FORMATS = (
    "%Y-%m-%d", "%d.%m.%Y", "%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b. %d, %Y", "%d %b %Y",
    "%Y/%m/%d",
)
ICONV_FIX = "re-save as UTF-8, e.g. `iconv -f latin1 -t utf-8 in > out`"
_TRUE_WORDS = frozenset({"true", "yes", "y", "1", "on"})
_FALSE_WORDS = frozenset({"false", "no", "n", "0", "off", ""})


class CorpusError(ValueError):
    """An input file or row cannot be loaded (raised only with ``on_error="raise"``)."""


@dataclass(frozen=True)
class Document:
    """One news document: its text as loaded and its metadata.

    ``text`` is the body exactly as in the file (BOM stripped, line ends normalised to LF, front
    matter removed); downstream character offsets index into it.
    """

    doc_id: str
    text: str
    title: str = ""
    source: str = ""
    date: str | None = None
    lang: str = "en"
    path: str = ""
    synthetic: bool = False
    url: str = ""
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def text_hash(self) -> str:
        """SHA-256 hex digest of the UTF-8 text (the cache key of the parsed document)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SkippedInput:
    """A file or row that was not loaded: where it is, what went wrong, how to fix it."""

    path: str
    row: int | None
    reason: str
    fix: str

    @property
    def place(self) -> str:
        """``path`` or ``path:row``."""
        return self.path if self.row is None else f"{self.path}:{self.row}"

    def __str__(self) -> str:
        return f"{self.place}: {self.reason.rstrip('.')}. Fix: {self.fix}"


@dataclass
class Corpus:
    """The documents loaded from some paths, plus what was skipped and why.

    Attributes:
        documents: The loaded documents, in load order (by path, then row).
        skipped: Inputs that could not be used, each with a reason and a fix.
        warnings: Problems that did not cost a document (bad dates, generated ids, empty folders).
        files: The files read (loaded or not), in load order.
    """

    documents: list[Document] = field(default_factory=list)
    skipped: list[SkippedInput] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __getitem__(self, key: str | int) -> Document:
        """Return the document with ``doc_id`` ``key`` (an ``int`` indexes by position)."""
        if isinstance(key, int):
            return self.documents[key]
        for document in self.documents:
            if document.doc_id == key:
                return document
        raise KeyError(f"no document {key!r} in this corpus; known doc_ids: {self.doc_ids[:10]}")

    def __contains__(self, doc_id: object) -> bool:
        return any(document.doc_id == doc_id for document in self.documents)

    @property
    def doc_ids(self) -> list[str]:
        """The doc_ids in load order."""
        return [document.doc_id for document in self.documents]

    @property
    def texts(self) -> dict[str, str]:
        """``doc_id -> text`` for every document (what :class:`~workbench.analysis.Analysis` keeps)."""
        return {document.doc_id: document.text for document in self.documents}

    def frame(self) -> pd.DataFrame:
        """Return the ``documents`` table (columns from :mod:`workbench.schema`).

        ``n_tokens`` is left 0: only the analysis, which tokenizes, can fill it.
        """
        rows = [
            {
                "doc_id": d.doc_id, "title": d.title, "source": d.source, "date": d.date, "lang": d.lang,
                "path": d.path, "n_chars": len(d.text), "n_tokens": 0, "synthetic": d.synthetic, "url": d.url,
            }
            for d in self.documents
        ]
        return conform(pd.DataFrame(rows), "documents")

    def summary(self) -> str:
        """One paragraph: how many documents from how many files, then each skip and warning."""
        n_files = len(self.files) or len({d.path for d in self.documents})
        files_word = "file" if n_files == 1 else "files"
        docs_word = "document" if len(self.documents) == 1 else "documents"
        head = f"Loaded {len(self.documents)} {docs_word} from {n_files} {files_word}"
        lines = [f"{head}; skipped {len(self.skipped)}:" if self.skipped else f"{head}; skipped none."]
        lines += [f"  - {skip}" for skip in self.skipped]
        if self.warnings:
            lines.append(f"{len(self.warnings)} warning(s):")
            lines += [f"  - {warning}" for warning in self.warnings]
        return "\n".join(lines)

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> Corpus:
        """Build a corpus from documents made in code (no files read, nothing skipped)."""
        documents = list(documents)
        files = list(dict.fromkeys(d.path for d in documents if d.path))
        return cls(documents=documents, files=files)


def normalize_date(value: Any) -> str | None:
    """Return ``value`` as an ISO ``YYYY-MM-DD`` string; only the spellings in ``DATE_FORMATS``.

    Accepts ``datetime``/``date``/``pandas.Timestamp``, ISO date-times, and strings such as
    ``"2021-12-17"``, ``"17.12.2021"``, ``"December 17, 2021"`` or ``"17 December 2021"``.
    Missing values (``None``, ``""``, NaN/NaT) give ``None``.

    Raises:
        ValueError: ``value`` is not a date in a known spelling.
    """
    if value is None:
        return None
    if isinstance(value, (dt.datetime, dt.date)):  # includes pandas.Timestamp (a datetime subclass)
        if pd.isna(value):
            return None
        return value.date().isoformat() if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    text = str(value).strip()
    if not text:
        return None
    for date_format in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, date_format).date().isoformat()
        except ValueError:
            continue
    try:  # ISO date-times ("2021-12-17T08:30:00+01:00") keep their calendar date
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date; write YYYY-MM-DD (also accepted: 17.12.2021, December 17, 2021, 17 December 2021)"
        ) from None


def load_corpus(
    paths: str | Path | Iterable[str | Path] | None = None,
    *,
    recursive: bool = True,
    text_column: str = "text",
    id_column: str = "id",
    max_chars: int = 1_000_000,
    on_error: str = "skip",
    progress: bool = False,
) -> Corpus:
    """Load documents from files and folders; bad inputs are skipped and reported, never fatal.

    Folders are walked in sorted order (hidden files, ``README.md`` and unknown suffixes are
    ignored); paths given explicitly are read in the order given. The result is deterministic:
    documents come by path, then row. The first document with a doc_id wins; later ones with the
    same id are skipped.

    Args:
        paths: A file or folder, or a list of them. ``None`` loads the default corpus
            (:func:`workbench.resources.default_corpus_paths`: ``seeds/`` and ``data/corpus/``);
            a missing or empty default folder is a warning.
        recursive: Walk sub-folders too.
        text_column: Column (CSV/Parquet) or key (JSONL) holding the document text.
        id_column: Column or key holding the doc_id.
        max_chars: Documents longer than this are skipped (split them or raise the limit).
        on_error: ``"skip"`` (default) records bad inputs in ``Corpus.skipped``; ``"raise"``
            raises :class:`CorpusError` at the first one.
        progress: Show a tqdm progress bar over files.

    Returns:
        The :class:`Corpus`; ``Corpus.summary()`` says what was loaded and skipped.

    Raises:
        CorpusError: With ``on_error="raise"``, the first bad input (message as in ``skipped``).
        ValueError: ``on_error`` is neither ``"skip"`` nor ``"raise"``.
    """
    if on_error not in ("skip", "raise"):
        raise ValueError(f"on_error must be 'skip' or 'raise', not {on_error!r}")
    loader = _Loader(text_column=text_column, id_column=id_column, max_chars=max_chars, on_error=on_error)
    defaults = paths is None
    if paths is None:
        roots = [Path(p) for p in default_corpus_paths()]
    elif isinstance(paths, (str, Path)):
        roots = [Path(paths)]
    else:
        roots = [Path(p) for p in paths]
    files = loader.collect(roots, recursive=recursive, defaults=defaults)
    if progress:
        from tqdm.auto import tqdm

        files = tqdm(files, desc="Loading corpus", unit="file")
    for file in files:
        loader.read_file(file)
    corpus = loader.corpus
    if not corpus.documents:
        loader.warn(None, f"no documents loaded from {', '.join(str(r) for r in roots) or 'no paths'}")
    LOGGER.info("loaded %d documents from %d files; skipped %d", len(corpus), len(corpus.files), len(corpus.skipped))
    return corpus


class _Loader:
    """Reads files into a :class:`Corpus`, recording skips and warnings as it goes."""

    def __init__(self, *, text_column: str, id_column: str, max_chars: int, on_error: str) -> None:
        self.text_column = text_column
        self.id_column = id_column
        self.max_chars = max_chars
        self.on_error = on_error
        self.corpus = Corpus()
        self.seen: dict[str, str] = {}  # doc_id -> place where it was first loaded

    # -- reporting ----------------------------------------------------------------------------
    def skip(self, path: Path | str, row: int | None, reason: str, fix: str) -> None:
        """Record one unusable input (or raise it with ``on_error="raise"``)."""
        skipped = SkippedInput(path=str(path), row=row, reason=reason, fix=fix)
        if self.on_error == "raise":
            raise CorpusError(str(skipped))
        LOGGER.warning("skipped %s", skipped)
        self.corpus.skipped.append(skipped)

    def warn(self, place: str | None, message: str) -> None:
        """Record a problem that costs no document."""
        text = f"{place}: {message}" if place else message
        LOGGER.warning(text)
        self.corpus.warnings.append(text)

    # -- finding files ------------------------------------------------------------------------
    def collect(self, roots: list[Path], *, recursive: bool, defaults: bool) -> list[Path]:
        """Expand folders into their loadable files; report missing paths and unknown suffixes."""
        files: list[Path] = []
        visited: set[Path] = set()
        for root in roots:
            if not root.exists():
                if defaults:  # the seed may be absent from a checkout; the teaching corpus still loads
                    self.warn(str(root), "default corpus folder not found; skipped it")
                else:
                    self.skip(root, None, "path does not exist",
                              f"check the spelling and the working directory ({Path.cwd()})")
                continue
            if root.is_dir():
                found = self._walk(root, recursive=recursive)
                if not found:
                    self.warn(str(root), f"folder holds no loadable files ({', '.join(SUPPORTED_SUFFIXES)})")
            elif root.suffix.lower() in SUPPORTED_SUFFIXES:
                found = [root]
            else:
                self.skip(root, None, f"unsupported file type {root.suffix or '(no suffix)'!r}",
                          f"convert it to one of {', '.join(SUPPORTED_SUFFIXES)}, or leave it out of the paths")
                continue
            for file in found:
                key = file.resolve()
                if key in visited:  # a file named both directly and through its folder is read once
                    self.warn(str(file), "given twice; read once")
                    continue
                visited.add(key)
                files.append(file)
        return files

    @staticmethod
    def _walk(root: Path, *, recursive: bool) -> list[Path]:
        """Return the loadable files under ``root``, sorted by relative path (folders ordered like files)."""
        candidates = root.rglob("*") if recursive else root.iterdir()
        found = []
        for path in candidates:
            relative = path.relative_to(root)
            if any(part.startswith(".") for part in relative.parts):  # editor backups, .ipynb_checkpoints
                continue
            if path.name.lower() in FOLDER_README_NAMES:  # a folder's README describes it, isn't corpus
                continue
            if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(path)
        return sorted(found, key=lambda p: p.relative_to(root).parts)

    # -- reading ------------------------------------------------------------------------------
    def read_file(self, path: Path) -> None:
        """Read one file of a supported type, adding its documents or recording why not."""
        self.corpus.files.append(str(path))
        suffix = path.suffix.lower()
        try:
            data = path.read_bytes()
        except OSError as error:
            self.skip(path, None, f"cannot be read ({error.strerror or error})", "check the file's permissions")
            return
        if suffix == ".parquet":
            self._read_parquet(path, data)
            return
        text = self._decode(path, data)
        if text is None:
            return
        if suffix in TEXT_SUFFIXES:
            self._read_text(path, text)
        elif suffix == ".csv":
            self._read_csv(path, text)
        elif suffix == ".jsonl":
            self._read_jsonl(path, text)
        else:
            self._read_html(path, text)

    def _decode(self, path: Path, data: bytes) -> str | None:
        """Return the file's text (BOM stripped, LF line ends) or record why it is unusable."""
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            self.skip(path, None, "UTF-16 encoded (a byte-order mark FF FE / FE FF starts the file)",
                      "re-save as UTF-8, e.g. `iconv -f utf-16 -t utf-8 in > out`")
            return None
        nul = data.find(b"\x00")
        if nul >= 0:  # NUL bytes never occur in text files; this is a binary or mis-named file
            self.skip(path, None, f"binary file (NUL byte at position {nul})",
                      "give a text file (.txt/.md/.csv/.jsonl/.html) or a .parquet file; remove it from the corpus")
            return None
        body = data.removeprefix(codecs.BOM_UTF8)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            position = error.start + (len(data) - len(body))
            line = data.count(b"\n", 0, position) + 1
            self.skip(path, None, f"not UTF-8: byte 0x{data[position]:02x} at position {position} (line {line})",
                      ICONV_FIX)
            return None
        if not text.strip():
            self.skip(path, None, "empty file (no text or whitespace only)", "add the text or remove the file")
            return None
        return normalize_newlines(text)

    def _read_text(self, path: Path, text: str) -> None:
        """Add one .txt/.md document: front matter to fields, the body as text."""
        parsed = self._split_front_matter(path, text)
        if parsed is None:
            return
        header, body = parsed
        if not body.strip():
            self.skip(path, None, "no text after the front matter", "add the document text below the closing '---'")
            return
        self._add(self._make_document(path.stem, body, header, place=str(path), path=path), path, None)

    def _split_front_matter(self, path: Path, text: str) -> tuple[dict, str] | None:
        """Split leading YAML front matter from the body; ``None`` if it is malformed (recorded)."""
        lines = text.split("\n")
        if lines[0].rstrip() != "---":
            return {}, text
        for index in range(1, len(lines)):
            if lines[index].rstrip() == "---":
                break
        else:
            self.skip(path, 1, "front matter opened with '---' on line 1 is never closed",
                      "add a line '---' after the last key: value line (or remove the opening '---')")
            return None
        try:
            header = yaml.safe_load("\n".join(lines[1:index]))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for the opening '---'
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            self.skip(path, line, f"malformed YAML front matter ({problem})",
                      "write one `key: value` per line; quote values containing ':' or '#'")
            return None
        if header is None:
            header = {}
        if not isinstance(header, dict):
            self.skip(path, 2, f"front matter is a {type(header).__name__}, not `key: value` lines",
                      "write one `key: value` per line between the '---' lines")
            return None
        body_lines = lines[index + 1:]
        if body_lines and not body_lines[0].strip() and len(body_lines) > 1:
            body_lines = body_lines[1:]  # the one blank line separating header and body is layout
        return header, "\n".join(body_lines)

    def _read_csv(self, path: Path, text: str) -> None:
        """Add one document per CSV record; a bad record is skipped, the others load."""
        csv.field_size_limit(max(csv.field_size_limit(), self.max_chars + 1))  # long articles exceed 128 KiB
        # strict: an unterminated quote is reported instead of silently swallowing the rest of the file
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader)
        except (StopIteration, csv.Error) as error:
            self.skip(path, None, f"no CSV header row ({error})", "the first line must name the columns")
            return
        header = [name.strip() for name in header]
        if not self._check_columns(path, header):
            return
        record = 0
        while True:
            start_line = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as error:  # the reader resumes at the next line, so later rows still load
                record += 1
                self.skip(path, record, f"malformed CSV row (line {start_line}): {error}",
                          'close every quoted field and double any " inside it ("")')
                continue
            if not values:  # blank line between records
                continue
            record += 1
            if len(values) != len(header):
                self.skip(path, record,
                          f"malformed CSV row (line {start_line}): {len(values)} fields, the header has {len(header)}",
                          "quote fields that contain commas or line breaks, or add the missing fields")
                continue
            self._add_row(path, record, dict(zip(header, values)))

    def _read_jsonl(self, path: Path, text: str) -> None:
        """Add one document per JSON line; blank lines are ignored, bad lines skipped."""
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                self.skip(path, number, f"line {number} is not JSON ({error.msg} at column {error.colno})",
                          "write one JSON object per line")
                continue
            if not isinstance(value, dict):
                self.skip(path, number, f"line {number} is a JSON {type(value).__name__}, not an object",
                          'write one JSON object per line, e.g. {"id": "...", "text": "..."}')
                continue
            if self.text_column not in value:
                self.skip(path, number,
                          f"no {self.text_column!r} key; keys found: {', '.join(map(str, value)) or '(none)'}",
                          f"add a {self.text_column!r} key, or pass text_column='<key>' to load_corpus")
                continue
            self._add_row(path, number, value, generated_id_warning=True)

    def _read_parquet(self, path: Path, data: bytes) -> None:
        """Add one document per Parquet row; an unreadable file is skipped whole."""
        if not data.strip():
            self.skip(path, None, "empty file", "re-export the table or remove the file")
            return
        try:
            frame = pd.read_parquet(io.BytesIO(data))
        except Exception as error:  # noqa: BLE001  (pyarrow raises many types for a damaged file)
            first_line = (str(error).splitlines() or [""])[0]
            self.skip(path, None, f"unreadable Parquet ({type(error).__name__}: {first_line})",
                      "re-export the table (check it opens with pandas.read_parquet)")
            return
        header = [str(c) for c in frame.columns]
        frame.columns = header
        if not self._check_columns(path, header):
            return
        for number, row in enumerate(frame.to_dict(orient="records"), start=1):
            self._add_row(path, number, row)

    def _read_html(self, path: Path, html: str) -> None:
        """Add a saved web page's main text; only offline extraction, nothing is fetched."""
        import trafilatura

        try:
            result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                 include_tables=False)
        except Exception as error:  # noqa: BLE001  (trafilatura/lxml raise assorted errors on broken markup)
            self.skip(path, None, f"HTML extraction failed ({type(error).__name__}: {error})",
                      "save the page again (complete HTML) or paste its text into a .txt file")
            return
        if result is not None and hasattr(result, "as_dict"):
            result = result.as_dict()
        text = normalize_newlines((result or {}).get("text") or "")
        if not text.strip():
            self.skip(path, None, "no main text found in the HTML page",
                      "save the complete article page, or paste its text into a .txt file with front matter")
            return
        metadata = {
            "title": result.get("title") or "",
            "source": result.get("sitename") or result.get("hostname") or "",
            "date": result.get("date"),
            "url": result.get("url") or "",
        }
        language = result.get("language")
        if language:
            metadata["lang"] = language
        for key in ("author", "description", "hostname", "categories", "tags"):
            if result.get(key):
                metadata[key] = result[key]
        self._add(self._make_document(path.stem, text, metadata, place=str(path), path=path), path, None)

    # -- rows and documents -------------------------------------------------------------------
    def _check_columns(self, path: Path, header: list[str]) -> bool:
        """Check a table has the text column; warn once when ids will be generated."""
        if self.text_column not in header:
            self.skip(path, None,
                      f"no text column {self.text_column!r}; columns found: {', '.join(header) or '(none)'}",
                      f"rename the text column to {self.text_column!r} or pass text_column='<column>' to load_corpus")
            return False
        if self.id_column not in header:
            self.warn(str(path), f"no {self.id_column!r} column; doc_ids are {path.stem}-<row>, e.g. {path.stem}-0001 "
                      f"(pass id_column='<column>' to use another column)")
        return True

    def _add_row(self, path: Path, row: int, values: dict, *, generated_id_warning: bool = False) -> None:
        """Turn one table row into a document; ``generated_id_warning`` warns per row (JSONL has no header)."""
        raw_text = values.get(self.text_column)
        text = "" if _is_missing(raw_text) else normalize_newlines(str(raw_text))
        if not text.strip():
            self.skip(path, row, f"empty text in column {self.text_column!r}", "fill in the text or delete the row")
            return
        raw_id = values.get(self.id_column)
        if _is_missing(raw_id) or not str(raw_id).strip():
            doc_id = f"{path.stem}-{row:04d}"
            if self.id_column in values or generated_id_warning:
                self.warn(f"{path}:{row}", f"no {self.id_column!r} value; doc_id set to {doc_id}")
        else:
            doc_id = _id_text(raw_id)
        metadata = {k: v for k, v in values.items() if k not in (self.text_column, self.id_column)}
        self._add(self._make_document(doc_id, text, metadata, place=f"{path}:{row}", path=path), path, row)

    def _make_document(self, doc_id: str, text: str, metadata: dict, *, place: str, path: Path) -> Document:
        """Build a Document, moving known keys into fields and warning about bad dates/flags."""
        fields: dict[str, Any] = {}
        meta: dict[str, Any] = {}
        for key, value in metadata.items():
            if key not in FIELD_KEYS:
                meta[str(key)] = None if _is_missing(value) else value
            elif key == "date":
                try:
                    fields["date"] = normalize_date(None if _is_missing(value) else value)
                except ValueError as error:
                    self.warn(place, f"date {error}; kept the document with no date")
            elif key == "synthetic":
                fields["synthetic"] = self._parse_bool(value, place)
            elif not _is_missing(value) and str(value).strip():
                fields[key] = str(value).strip()
        return Document(doc_id=doc_id, text=text, path=_display_path(path), meta=meta, **fields)

    def _parse_bool(self, value: Any, place: str) -> bool:
        """Read a yes/no flag; anything unrecognised warns and counts as false."""
        if isinstance(value, bool):
            return value
        if _is_missing(value):
            return False
        word = str(value).strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word not in _FALSE_WORDS:
            self.warn(place, f"synthetic: {value!r} is not true/false; read as false")
        return False

    def _add(self, document: Document, path: Path, row: int | None) -> None:
        """Keep ``document`` unless it is too long or its doc_id was loaded before."""
        place = str(path) if row is None else f"{path}:{row}"
        if len(document.text) > self.max_chars:
            self.skip(path, row, f"document has {len(document.text):,} characters, over max_chars={self.max_chars:,}",
                      "split the file into smaller documents or pass a larger max_chars to load_corpus")
            return
        if document.doc_id in self.seen:
            first_place = self.seen[document.doc_id]
            self.skip(path, row, f"duplicate doc_id {document.doc_id!r}, already loaded from {first_place}",
                      "give the document a unique id (rename the file or change its id value)")
            return
        self.seen[document.doc_id] = place
        self.corpus.documents.append(document)


def normalize_newlines(text: str) -> str:
    """Return ``text`` with CRLF and lone CR line ends turned into LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_missing(value: Any) -> bool:
    """True for None, NaN and NaT (pandas' missing values); containers are never missing."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists/arrays: present
        return False


def _id_text(value: Any) -> str:
    """Return an id cell as text; integral floats (pandas' NaN-promoted ints) lose their '.0'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _display_path(path: Path | str) -> str:
    """Return ``path`` relative to the project root when it lies inside it.

    Why: the documents table must be byte-identical across clones of the project.
    """
    from workbench.resources import project_dir

    try:
        return Path(path).resolve().relative_to(project_dir().resolve()).as_posix()
    except ValueError:
        return str(path)
