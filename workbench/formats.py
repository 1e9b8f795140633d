"""Diplomatic formats: find mentions of negotiation formats, agreements, summits and channels.

The ``workbench_formats`` component matches the names in ``data/formats.csv`` and
``data/format_aliases.csv`` in any case ("Normandy Four", "the Minsk agreements", "the contact
group") and stores them in ``doc.spans["formats"]`` with ``kb_id_`` = ``format_id``. It runs
before ``ner`` and blocks the statistical model from those tokens, so "Normandy" in "Normandy
format" is no longer a PRODUCT and "Minsk" in "Minsk agreements" is not the city.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from workbench.resources import data_dir, data_fingerprint, load_table

SPAN_KEY = "formats"
FORMAT_LABEL = "FORMAT"


@dataclass(frozen=True)
class FormatRecord:
    """One row of ``data/formats.csv``."""

    format_id: str
    name: str
    kind: str
    participants: tuple[str, ...]
    start_date: str = ""
    end_date: str = ""


class FormatMention(NamedTuple):
    """A format mentioned in a document (offsets into the document text)."""

    sent_index: int
    start_char: int
    end_char: int
    text: str
    format_id: str
    format_name: str
    format_kind: str
    participants: str


def load_formats(directory: str | Path | None = None) -> dict[str, FormatRecord]:
    """Return the curated formats by ``format_id``."""
    return _formats_for(str(directory or data_dir()), data_fingerprint(directory))[0]


def format_patterns(directory: str | Path | None = None) -> list[tuple[str, str]]:
    """Return ``(alias, format_id)`` pairs: every format's name and aliases."""
    return _formats_for(str(directory or data_dir()), data_fingerprint(directory))[1]


@lru_cache(maxsize=4)
def _formats_for(path: str, fingerprint: str) -> tuple[dict[str, FormatRecord], list[tuple[str, str]]]:
    del fingerprint  # cache key only
    formats = {
        row.format_id: FormatRecord(
            row.format_id, row.name, row.kind,
            tuple(p.strip() for p in row.participants.split(";") if p.strip()), row.start_date, row.end_date,
        )
        for row in load_table("formats.csv", directory=path).itertuples()
        if row.format_id
    }
    patterns = {(record.name, format_id) for format_id, record in formats.items()}
    patterns |= {
        (row.alias, row.format_id)
        for row in load_table("format_aliases.csv", directory=path).itertuples()
        if row.alias and row.format_id in formats
    }
    return formats, sorted(patterns)


@Language.factory("workbench_formats", default_config={"data_dir": None})
def make_format_matcher(nlp: Language, name: str, *, data_dir: str | None) -> FormatMatcher:
    """Create the ``workbench_formats`` component (see :class:`FormatMatcher`)."""
    return FormatMatcher(nlp, name, data_dir=data_dir)


class FormatMatcher:
    """Find diplomatic-format mentions; keep them out of the statistical NER's reach.

    An all-capitals alias ("N4", "TCG") matches only in capitals; other aliases in any case.
    Actor entities overlapping a format mention are removed unless they cover exactly the same
    words (the OSCE is both an organisation and a format).
    """

    def __init__(self, nlp: Language, name: str = "workbench_formats", *, data_dir: str | None = None) -> None:
        self.name = name
        self.nlp = nlp
        self.data_dir = data_dir
        self.add_patterns(format_patterns(data_dir))

    def add_patterns(self, patterns: Iterable[tuple[str, str]]) -> None:
        """Replace the patterns with ``(alias, format_id)`` pairs."""
        self.patterns = sorted(set(patterns))
        self.exact_case = {alias.lower(): alias for alias, _ in self.patterns if alias.isupper()}
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        by_id: dict[str, list[Doc]] = {}
        for alias, format_id in self.patterns:
            by_id.setdefault(format_id, []).append(self.nlp.make_doc(alias))
        for format_id, docs in by_id.items():
            self.matcher.add(format_id, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            acronym = self.exact_case.get(span.text.lower())
            # Why: "n4" or "tcg" in lowercase is noise, not the Normandy Four or the contact group.
            if acronym is not None and span.text != acronym:
                continue
            spans.append(Span(doc, start, end, label=FORMAT_LABEL, kb_id=match_id))
        spans = filter_spans(spans)
        doc.spans[SPAN_KEY] = spans
        if spans:
            def inside(ent: Span) -> bool:
                # Why: "Minsk" in "Minsk agreements" is no city, but a listed body that contains a
                # format's name ("the OSCE mission in Moldova") stays that body
                return any(ent.start < s.end and s.start < ent.end and (ent.start, ent.end) != (s.start, s.end)
                           and not (ent.start <= s.start and s.end <= ent.end) for s in spans)

            kept = [ent for ent in doc.ents if not inside(ent)]
            free = [s for s in spans if not any(e.start < s.end and s.start < e.end for e in kept)]
            doc.set_ents(kept, blocked=free, default="unmodified")
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the patterns as ``patterns.jsonl`` in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "patterns.jsonl", [{"alias": a, "format_id": f} for a, f in self.patterns])

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> FormatMatcher:
        """Load patterns saved by :meth:`to_disk`."""
        self.add_patterns((row["alias"], row["format_id"]) for row in srsly.read_jsonl(Path(path) / "patterns.jsonl"))
        return self


def iter_format_mentions(doc: Doc, *, formats: dict[str, FormatRecord] | None = None,
                         starts: list[int] | None = None) -> Iterator[FormatMention]:
    """Yield the format mentions of a processed document, in text order.

    Limit: only names and aliases listed in the data files are found; an anaphoric "the
    format" or "the talks" is not linked back to a format.
    """
    formats = formats if formats is not None else load_formats()
    sentence_starts = starts if starts is not None else sentence_start_tokens(doc)
    for span in doc.spans.get(SPAN_KEY, []):
        record = formats.get(span.kb_id_)
        if record is None:
            continue
        yield FormatMention(
            sent_index=sentence_index(sentence_starts, span.start),
            start_char=span.start_char,
            end_char=span.end_char,
            text=span.text,
            format_id=record.format_id,
            format_name=record.name,
            format_kind=record.kind,
            participants=";".join(record.participants),
        )


def sentence_start_tokens(doc: Doc) -> list[int]:
    """Return the token index where each sentence starts (``[0]`` without sentence boundaries)."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [sent.start for sent in doc.sents]
    return [0]


def sentence_index(starts: list[int], token_index: int) -> int:
    """Return the number of the sentence holding ``token_index`` (see :func:`sentence_start_tokens`)."""
    return max(bisect.bisect_right(starts, token_index) - 1, 0)
