"""Escaped HTML for the explorers: displaCy-style highlighted text, legends and tables.

Every piece of document text, label and table cell goes through :func:`html.escape` here, so
a document containing ``<script>`` shows the characters instead of running them. Nothing in
this module builds markup by concatenating unescaped text.

Highlighting works on character offsets into the document text (the offsets of the
``mentions``, ``claims`` and ``formats`` tables). Two layers are drawn: *marks* (actors and
formats, drawn like displaCy entities with a label) and *claims* (a tinted, underlined band
around a claim's content), so an actor named inside a quote is visible inside the claim.
"""
from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

import pandas as pd

#: Colour per highlight category (also the legend's order). Soft colours keep text readable.
CATEGORY_COLOURS: dict[str, str] = {
    "person": "#aa9cfc",
    "government": "#7aecec",
    "state": "#bfeeb7",
    "organization": "#feca74",
    "place": "#c7f0d8",
    "media": "#f3c4e0",
    "other actor": "#e4e7d2",
    "format": "#ff9561",
    "claim": "#fff3b0",
}

#: Readable legend labels for each category.
CATEGORY_LABELS: dict[str, str] = {
    "person": "person",
    "government": "government / institution",
    "state": "state",
    "organization": "organization / alliance",
    "place": "place",
    "media": "media",
    "other actor": "other actor",
    "format": "diplomatic format",
    "claim": "claim (content)",
}

#: Actor types of data/actors.csv (and NER labels) mapped to a highlight category.
ACTOR_TYPE_CATEGORIES: dict[str, str] = {
    "person": "person",
    "PERSON": "person",
    "government": "government",
    "institution": "government",
    "ministry": "government",
    "state": "state",
    "GPE": "state",
    "city": "place",
    "LOC": "place",
    "organization": "organization",
    "alliance": "organization",
    "ORG": "organization",
    "NORP": "other actor",
    "media": "media",
}

STYLE = """
<style>
.wb-doc {line-height: 2.3; font-size: 15px; max-width: 60em; white-space: pre-wrap;
         font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;}
.wb-mark {padding: 0.15em 0.4em; margin: 0 0.15em; border-radius: 0.35em; line-height: 1;
          box-decoration-break: clone; -webkit-box-decoration-break: clone;}
.wb-label {font-size: 0.68em; font-weight: bold; text-transform: uppercase; letter-spacing: 0.02em;
           margin-left: 0.45em; vertical-align: middle; opacity: 0.8;}
.wb-claim {background: #fff3b0; border-bottom: 2px solid #e0b000; padding: 0.1em 0;}
.wb-claim-label {font-size: 0.68em; font-weight: bold; color: #8a6d00; margin-left: 0.3em;}
.wb-legend {margin: 0.4em 0 0.8em 0; font-size: 13px;}
.wb-legend .wb-mark {display: inline-block; margin-bottom: 0.3em;}
/* !important: JupyterLab and Voilà right-align table cells with more specific selectors. */
.wb-table {border-collapse: collapse; font-size: 13px; margin: 0.3em 0 1em 0;}
table.wb-table th {background: #f3f4f6; text-align: left !important; padding: 4px 8px; border-bottom: 2px solid #d1d5db;}
table.wb-table td {text-align: left !important; padding: 3px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top;}
table.wb-kwic td.wb-left {text-align: right !important; color: #555;}
.wb-kwic td.wb-right {color: #555;}
.wb-kwic td.wb-match {font-weight: bold; white-space: nowrap;}
.wb-card {border-left: 4px solid #e0b000; padding: 0.3em 0.8em; margin: 0.5em 0; background: #fffdf2;}
.wb-meta {color: #555; font-size: 12px;}
.wb-section {font-size: 15px; font-weight: 600; margin: 0.9em 0 0.2em 0; color: #1f2937;}
.wb-empty {color: #777; font-style: italic;}
.wb-columns {display: flex; gap: 1.5em; align-items: flex-start;}
.wb-columns > div {flex: 1 1 0; min-width: 0;}
</style>
"""


class Highlight(NamedTuple):
    """One span to highlight: character offsets, a category (colour) and a label.

    ``layer`` is ``"mark"`` (actors, formats) or ``"claim"``; ``title`` becomes a tooltip.
    """

    start: int
    end: int
    category: str
    label: str
    layer: str = "mark"
    title: str = ""


def escape(value: object) -> str:
    """Return ``value`` as text with HTML special characters escaped (quotes included)."""
    return html.escape("" if value is None else str(value), quote=True)


def actor_category(actor_type: str) -> str:
    """Map an actor type (data/actors.csv ``type`` or an NER label) to a highlight category."""
    return ACTOR_TYPE_CATEGORIES.get(str(actor_type), ACTOR_TYPE_CATEGORIES.get(str(actor_type).lower(), "other actor"))


def _non_overlapping(spans: Iterable[Highlight]) -> list[Highlight]:
    """Keep the longest spans that do not overlap (as ``spacy.util.filter_spans`` does)."""
    # Longest first, then earliest: a full name wins over a nested surname match.
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), s.start))
    kept: list[Highlight] = []
    taken: list[tuple[int, int]] = []
    for span in ordered:
        if span.end <= span.start:
            continue
        if any(span.start < end and start < span.end for start, end in taken):
            continue
        kept.append(span)
        taken.append((span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def highlight_text(text: str, spans: Sequence[Highlight], *, offset: int = 0) -> str:
    """Return ``text`` as escaped HTML with ``spans`` highlighted displaCy-style.

    Limit: overlapping spans within one layer are reduced to the longest non-overlapping ones,
    and a mark that crosses a claim boundary is drawn in two pieces (labelled once, at its end).

    Args:
        text: The text to show (a whole document or a window of it).
        spans: Spans with offsets into the *document*; ``offset`` is where ``text`` starts in it.
        offset: Document offset of ``text[0]`` (0 for a whole document).

    Returns:
        An HTML fragment (no ``<style>``; see :data:`STYLE`).
    """
    length = len(text)
    local = [
        span._replace(start=max(0, span.start - offset), end=min(length, span.end - offset))
        for span in spans
        if span.end > offset and span.start < offset + length
    ]
    marks = _non_overlapping(s for s in local if s.layer != "claim")
    claims = _non_overlapping(s for s in local if s.layer == "claim")
    bounds = sorted({0, length, *(s.start for s in marks + claims), *(s.end for s in marks + claims)})

    def covering(layer: list[Highlight], start: int, end: int) -> Highlight | None:
        return next((s for s in layer if s.start <= start and end <= s.end), None)

    parts: list[str] = []
    open_claim: Highlight | None = None
    open_mark: Highlight | None = None
    for start, end in pairwise(bounds):
        claim = covering(claims, start, end)
        mark = covering(marks, start, end)
        if open_mark is not None and (mark is not open_mark or claim is not open_claim):
            parts.append(_close_mark(open_mark, at=start))
            open_mark = None
        if open_claim is not None and claim is not open_claim:
            parts.append(_close_claim(open_claim, at=start))
            open_claim = None
        if claim is not None and open_claim is None:
            parts.append(f'<span class="wb-claim" title="{escape(claim.title or claim.label)}">')
            open_claim = claim
        if mark is not None and open_mark is None:
            colour = CATEGORY_COLOURS.get(mark.category, CATEGORY_COLOURS["other actor"])
            parts.append(
                f'<mark class="wb-mark" style="background: {colour}" title="{escape(mark.title or mark.label)}">'
            )
            open_mark = mark
        parts.append(escape(text[start:end]))
    if open_mark is not None:
        parts.append(_close_mark(open_mark, at=length))
    if open_claim is not None:
        parts.append(_close_claim(open_claim, at=length))
    return "".join(parts)


def _close_mark(mark: Highlight, *, at: int) -> str:
    label = f'<span class="wb-label">{escape(mark.label)}</span>' if at >= mark.end and mark.label else ""
    return f"{label}</mark>"


def _close_claim(claim: Highlight, *, at: int) -> str:
    label = f'<span class="wb-claim-label">{escape(claim.label)}</span>' if at >= claim.end and claim.label else ""
    return f"{label}</span>"


def legend(categories: Iterable[str]) -> str:
    """Return a colour legend for the given highlight categories (in :data:`CATEGORY_COLOURS` order)."""
    wanted = set(categories)
    items = []
    for category, colour in CATEGORY_COLOURS.items():
        if category not in wanted:
            continue
        if category == "claim":
            items.append(f'<span class="wb-claim" style="margin-right: 0.8em">{escape(CATEGORY_LABELS[category])}</span>')
        else:
            items.append(
                f'<mark class="wb-mark" style="background: {colour}">{escape(CATEGORY_LABELS[category])}</mark>'
            )
    return f'<div class="wb-legend">{"".join(items)}</div>' if items else ""


def table_html(frame: pd.DataFrame, *, columns: Sequence[str] | None = None, empty: str = "nothing to show",
               max_rows: int = 200, css_class: str = "wb-table") -> str:
    """Return ``frame`` as an escaped HTML table (at most ``max_rows`` rows, a note says how many more).

    Args:
        frame: The table to show.
        columns: Columns to show, in order (default: all).
        empty: Text shown when the table has no rows.
        max_rows: Show at most this many rows.
        css_class: Class of the ``<table>`` element.
    """
    if frame is None or frame.empty:
        return f'<div class="wb-empty">{escape(empty)}</div>'
    shown = frame[list(columns)] if columns else frame
    head = "".join(f"<th>{escape(column)}</th>" for column in shown.columns)
    rows = []
    for values in shown.head(max_rows).itertuples(index=False):
        rows.append("<tr>" + "".join(f"<td>{escape(value)}</td>" for value in values) + "</tr>")
    more = len(shown) - max_rows
    note = f'<div class="wb-meta">… and {more} more rows</div>' if more > 0 else ""
    return f'<table class="{escape(css_class)}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{note}'


def kwic_html(frame: pd.DataFrame, *, empty: str = "no mentions") -> str:
    """Return a keyword-in-context table (columns doc_id, left, match, right) as escaped HTML."""
    if frame is None or frame.empty:
        return f'<div class="wb-empty">{escape(empty)}</div>'
    rows = []
    for row in frame.itertuples(index=False):
        rows.append(
            f'<tr><td class="wb-meta">{escape(row.doc_id)}</td><td class="wb-left">{escape(row.left)}</td>'
            f'<td class="wb-match">{escape(row.match)}</td><td class="wb-right">{escape(row.right)}</td></tr>'
        )
    return f'<table class="wb-table wb-kwic"><tbody>{"".join(rows)}</tbody></table>'


def section(title: str, body: str) -> str:
    """Return a titled block; ``title`` is escaped, ``body`` must already be safe HTML."""
    return f'<div class="wb-section">{escape(title)}</div>{body}'
