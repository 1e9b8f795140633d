"""Interactive explorers over an :class:`~workbench.analysis.Analysis` (ipywidgets 8).

Each explorer is a class that owns its controls and one ``Output``; all ``observe`` wiring
happens in its ``_wire()`` method; callbacks run inside ``output.capture(clear_output=True)`` so
errors show up in JupyterLab; the explorer displays itself through ``_repr_mimebundle_``. The data
work underneath is done by the plain functions at the top of this module, which return tidy
DataFrames and which the tests call directly.

Every explorer exposes what it currently shows, for headless tests and for readers who want the
data behind a view: ``selected`` (the current choice), ``table`` (the main DataFrame shown),
``tables`` (every DataFrame shown, by section) and ``html`` (the rendered, escaped HTML).

Typical use in a notebook::

    from workbench.explore import ActorExplorer
    ActorExplorer(analysis)          # the last expression of a cell displays it
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as widgets
import pandas as pd
from IPython.display import HTML, display

from workbench import html as wbhtml
from workbench.analysis import Analysis
from workbench.html import Highlight, escape

log = logging.getLogger(__name__)

#: Label of the "no filter" choice in the filter dropdowns.
ANY = "(any)"
#: Characters of context on each side in keyword-in-context tables.
KWIC_WIDTH = 60
#: Claim cards drawn at most in one view (the table below them lists every claim).
MAX_CARDS = 40

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace, or
# at a blank line; used to show a mention "in its sentence" when only offsets are stored.
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*(?=\s)|\n\s*\n")


# --------------------------------------------------------------------------------------------
# Plain data functions (tested directly)
# --------------------------------------------------------------------------------------------

def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the offsets of the sentence(s) around ``text[start:end]``.

    Limit: a heuristic on punctuation; abbreviations such as "Mr." or "U.S." can cut a sentence
    short. Used only to show context, never to compute tables.
    """
    sentence_start = 0
    for match in _SENTENCE_END.finditer(text, 0, max(0, start)):
        sentence_start = match.end()
    after = _SENTENCE_END.search(text, max(end, start))
    sentence_end = after.end() if after else len(text)
    # Skip the whitespace that follows the previous sentence's end.
    while sentence_start < start and text[sentence_start].isspace():
        sentence_start += 1
    return sentence_start, sentence_end


def _by_date(frame: pd.DataFrame, *tie_breakers: str) -> pd.DataFrame:
    """Sort by the ISO ``date`` column, undated rows last, then by ``tie_breakers``."""
    # ISO dates sort as text; "~" sorts after every digit, so undated rows go last.
    return frame.sort_values(
        ["date", *tie_breakers], key=lambda column: column.replace("", "~") if column.name == "date" else column
    ).reset_index(drop=True)


def _documents_meta(analysis: Analysis) -> pd.DataFrame:
    docs = analysis.documents
    if docs.empty:
        return pd.DataFrame(columns=["doc_id", "title", "date"])
    return docs[["doc_id", "title", "date"]].drop_duplicates("doc_id")


def actor_choices(analysis: Analysis) -> list[tuple[str, str]]:
    """Return ``(actor_name, actor_id)`` pairs for a dropdown, most-mentioned actor first.

    Ties are broken by name so the order is stable. A name shared by two actors gets its id
    appended so every label is unique.
    """
    actors = analysis.actors
    if actors.empty:
        return []
    ordered = actors.assign(_n=pd.to_numeric(actors["n_mentions"], errors="coerce").fillna(0)).sort_values(
        ["_n", "actor_name", "actor_id"], ascending=[False, True, True]
    )
    duplicated = set(ordered.loc[ordered["actor_name"].duplicated(keep=False), "actor_name"])
    return [
        (f"{name} ({actor_id})" if name in duplicated or not name else name, actor_id)
        for name, actor_id in zip(ordered["actor_name"], ordered["actor_id"])
    ]


def actor_aliases(analysis: Analysis, actor_id: str) -> pd.DataFrame:
    """Return the surface forms found for an actor, with counts.

    Returns:
        Columns ``alias, n_mentions, n_docs``, most frequent first.
    """
    rows = analysis.mentions[analysis.mentions["actor_id"] == actor_id]
    if rows.empty:
        return pd.DataFrame(columns=["alias", "n_mentions", "n_docs"])
    table = (
        rows.groupby("text")
        .agg(n_mentions=("doc_id", "size"), n_docs=("doc_id", "nunique"))
        .reset_index()
        .rename(columns={"text": "alias"})
    )
    return table.sort_values(["n_mentions", "alias"], ascending=[False, True]).reset_index(drop=True)


def kwic_rows(analysis: Analysis, spans: pd.DataFrame, *, width: int = KWIC_WIDTH) -> pd.DataFrame:
    """Return keyword-in-context rows for spans given by ``doc_id, start_char, end_char``.

    Args:
        analysis: Provides the document texts.
        spans: Rows with ``doc_id``, ``start_char``, ``end_char`` (and optionally ``sent_index``).
        width: Characters of context on each side.

    Returns:
        Columns ``doc_id, sent_index, start_char, left, match, right`` in document order. Spans of
        documents whose text is not loaded are skipped.
    """
    rows = []
    for span in spans.sort_values(["doc_id", "start_char"]).itertuples(index=False):
        text = analysis.texts.get(span.doc_id)
        if text is None:
            continue
        start, end = int(span.start_char), int(span.end_char)
        left = " ".join(text[max(0, start - width):start].split())
        right = " ".join(text[end:end + width].split())
        rows.append({
            "doc_id": span.doc_id,
            "sent_index": int(getattr(span, "sent_index", -1)),
            "start_char": start,
            "left": ("…" if start > width else "") + left,
            "match": text[start:end],
            "right": right + ("…" if end + width < len(text) else ""),
        })
    return pd.DataFrame(rows, columns=["doc_id", "sent_index", "start_char", "left", "match", "right"])


def actor_kwic(analysis: Analysis, actor_id: str, *, width: int = KWIC_WIDTH) -> pd.DataFrame:
    """Return every mention of ``actor_id`` in context (see :func:`kwic_rows` for the columns)."""
    return kwic_rows(analysis, analysis.mentions[analysis.mentions["actor_id"] == actor_id], width=width)


def actor_documents(analysis: Analysis, actor_id: str) -> pd.DataFrame:
    """Return the documents that mention or quote an actor.

    Returns:
        Columns ``doc_id, title, date, n_mentions, n_claims``, by date then doc_id.
    """
    mentions = analysis.mentions[analysis.mentions["actor_id"] == actor_id].groupby("doc_id").size()
    claims = analysis.claims[analysis.claims["speaker_id"] == actor_id].groupby("doc_id").size()
    counts = pd.DataFrame({"n_mentions": mentions, "n_claims": claims}).fillna(0).astype("int64")
    counts.index.name = "doc_id"
    table = counts.reset_index().merge(_documents_meta(analysis), on="doc_id", how="left").fillna("")
    table = table[["doc_id", "title", "date", "n_mentions", "n_claims"]]
    return _by_date(table, "doc_id")


def co_mentioned_actors(analysis: Analysis, actor_id: str) -> pd.DataFrame:
    """Return the actors named in the same sentences as ``actor_id``.

    Returns:
        Columns ``actor_id, actor_name, n_sentences, n_docs``: how many sentences (and documents)
        name both actors, most frequent first.
    """
    mentions = analysis.mentions
    own = mentions.loc[mentions["actor_id"] == actor_id, ["doc_id", "sent_index"]].drop_duplicates()
    if own.empty:
        return pd.DataFrame(columns=["actor_id", "actor_name", "n_sentences", "n_docs"])
    others = mentions[(mentions["actor_id"] != actor_id) & (mentions["actor_id"] != "")]
    together = others.merge(own, on=["doc_id", "sent_index"])[["actor_id", "actor_name", "doc_id", "sent_index"]]
    together = together.drop_duplicates(["actor_id", "doc_id", "sent_index"])
    table = (
        together.groupby(["actor_id", "actor_name"])
        .agg(n_sentences=("sent_index", "size"), n_docs=("doc_id", "nunique"))
        .reset_index()
    )
    return table.sort_values(["n_sentences", "actor_name"], ascending=[False, True]).reset_index(drop=True)


def actor_claims(analysis: Analysis, actor_id: str) -> pd.DataFrame:
    """Return the claims whose speaker is ``actor_id`` (claims table columns), in document order."""
    return filter_claims(analysis, speaker_id=actor_id)


def filter_claims(
    analysis: Analysis,
    *,
    speaker_id: str = "",
    claim_type: str = "",
    doc_id: str = "",
    text: str = "",
) -> pd.DataFrame:
    """Return the claims matching every given filter (an empty filter matches everything).

    Args:
        analysis: The analysis whose ``claims`` table is filtered.
        speaker_id: Canonical speaker id.
        claim_type: One of the claim types of data/cues.csv (``statement``, ``demand``...).
        doc_id: Document id.
        text: Case-insensitive words searched in content, speaker, cue and addressee.

    Returns:
        The matching rows of the claims table, ordered by doc_id and position.
    """
    claims = analysis.claims
    keep = pd.Series(True, index=claims.index)
    if speaker_id:
        keep &= claims["speaker_id"] == speaker_id
    if claim_type:
        keep &= claims["claim_type"] == claim_type
    if doc_id:
        keep &= claims["doc_id"] == doc_id
    if text.strip():
        haystack = _claims_haystack(analysis)
        for word in text.lower().split():
            keep &= haystack.str.contains(word, regex=False)
    return claims[keep].sort_values(["doc_id", "start_char", "claim_id"]).reset_index(drop=True)


def _claims_haystack(analysis: Analysis) -> pd.Series:
    """The lowercased searchable text of every claim, computed once per claims table."""
    claims = analysis.claims
    cached = analysis.__dict__.get("_claims_haystack")
    # Why: free-text filtering is interactive; rebuilding this for 10,000 documents per keystroke is slow.
    if cached is None or cached[0] is not claims:
        haystack = (
            claims["content"] + " " + claims["speaker_text"] + " " + claims["speaker_name"] + " "
            + claims["cue"] + " " + claims["addressee_text"] + " " + claims["addressee_name"]
        ).str.lower()
        analysis.__dict__["_claims_haystack"] = cached = (claims, haystack)
    return cached[1]


def claim_choices(analysis: Analysis, column: str, label_column: str | None = None) -> list[tuple[str, str]]:
    """Return dropdown choices for one claims column, most frequent first, with ``(any)`` on top.

    Args:
        analysis: The analysis.
        column: Claims column whose values are the choices (``speaker_id``, ``claim_type``, ``doc_id``).
        label_column: Column giving the label shown for each value (e.g. ``speaker_name``).
    """
    claims = analysis.claims[analysis.claims[column] != ""]
    counts = claims.groupby(column).size()
    labels = dict(zip(claims[column], claims[label_column or column]))
    ordered = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
    return [(f"{ANY}", "")] + [(f"{labels[value] or value} ({count})", value) for value, count in ordered]


def claim_highlights(claim: pd.Series | Any) -> list[Highlight]:
    """Return the highlights of one claim: its content as a claim band, its speaker and cue as marks.

    Limit: the speaker and cue are found by their first occurrence in the claim's span, since
    the claims table stores their text but not their offsets.
    """
    get = claim.get if hasattr(claim, "get") else lambda key, default=None: getattr(claim, key, default)
    start, end = int(get("start_char", -1)), int(get("end_char", -1))
    content_start, content_end = int(get("content_start", -1)), int(get("content_end", -1))
    if content_start < 0 or content_end <= content_start:
        content_start, content_end = start, end
    speaker = get("speaker_name", "") or get("speaker_id", "") or "unknown speaker"
    label = f"{speaker} · {get('claim_type', '') or 'claim'}"
    spans = [Highlight(content_start, content_end, "claim", label, layer="claim",
                       title=f"{get('mode', '')} {get('claim_type', '')} by {speaker}".strip())]
    return spans


def claim_card_html(analysis: Analysis, claim: pd.Series) -> str:
    """Return one claim as a card: its sentence with the content highlighted, and its metadata."""
    text = analysis.texts.get(claim["doc_id"])
    if text is not None and 0 <= int(claim["start_char"]) <= len(text):
        sentence_start, sentence_end = sentence_bounds(text, int(claim["start_char"]), int(claim["end_char"]))
        sentence_start = min(sentence_start, int(claim["start_char"]))
        sentence_end = max(sentence_end, int(claim["end_char"]))
        body = wbhtml.highlight_text(text[sentence_start:sentence_end], claim_highlights(claim), offset=sentence_start)
    else:
        # The text is not loaded (e.g. an Analysis read back with from_dir): show the stored sentence.
        body = escape(claim.get("sentence", "") or claim.get("content", ""))
    speaker = claim["speaker_name"] or claim["speaker_text"] or "unknown speaker"
    addressee = f" → {escape(claim['addressee_name'] or claim['addressee_text'])}" if (
        claim["addressee_name"] or claim["addressee_text"]) else ""
    meta = (
        f"<b>{escape(speaker)}</b>{addressee} · {escape(claim['claim_type'])} · {escape(claim['mode'])} speech"
        f" · cue “{escape(claim['cue'])}” · {escape(claim['doc_id'])}"
    )
    return f'<div class="wb-card"><div class="wb-meta">{meta}</div><div>{body}</div></div>'


def claims_html(analysis: Analysis, claims: pd.DataFrame, *, max_cards: int = MAX_CARDS) -> str:
    """Return claim cards (at most ``max_cards``) followed by nothing else; empty input says so."""
    if claims.empty:
        return '<div class="wb-empty">no claims</div>'
    cards = [claim_card_html(analysis, row) for _, row in claims.head(max_cards).iterrows()]
    more = len(claims) - max_cards
    note = f'<div class="wb-meta">… {more} more in the table below</div>' if more > 0 else ""
    return "".join(cards) + note


def _load_data_table(name: str) -> pd.DataFrame:
    from workbench.resources import DataFileError, load_table

    try:
        return load_table(name)
    except DataFileError as error:
        log.warning("%s", error)
        return pd.DataFrame()


def format_choices(analysis: Analysis, *, formats_table: pd.DataFrame | None = None) -> list[tuple[str, str]]:
    """Return ``(format_name, format_id)`` pairs: formats found in the corpus first (most mentioned),
    then the other formats of data/formats.csv by name.

    Args:
        analysis: The analysis.
        formats_table: The formats data file (default: ``load_table("formats.csv")``).
    """
    formats_table = _load_data_table("formats.csv") if formats_table is None else formats_table
    found = analysis.formats.groupby(["format_id", "format_name"]).size().reset_index(name="n")
    found = found.sort_values(["n", "format_name"], ascending=[False, True])
    choices = [(f"{name} ({n})", format_id) for format_id, name, n in found.itertuples(index=False)]
    seen = set(found["format_id"])
    if not formats_table.empty:
        rest = formats_table[~formats_table["format_id"].isin(seen)].sort_values("name")
        choices += [(f"{name} (0)", format_id) for format_id, name in zip(rest["format_id"], rest["name"])]
    return choices


def format_participants(
    format_id: str,
    *,
    formats_table: pd.DataFrame | None = None,
    actors_table: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return the participants of a format as listed in data/formats.csv.

    Args:
        format_id: The format.
        formats_table: The formats data file (default: ``load_table("formats.csv")``).
        actors_table: The actors data file, for names (default: ``load_table("actors.csv")``).

    Returns:
        Columns ``actor_id, actor_name`` in the order of the data file; empty if unknown.
    """
    formats_table = _load_data_table("formats.csv") if formats_table is None else formats_table
    actors_table = _load_data_table("actors.csv") if actors_table is None else actors_table
    if formats_table.empty:
        return pd.DataFrame(columns=["actor_id", "actor_name"])
    row = formats_table[formats_table["format_id"] == format_id]
    if row.empty:
        return pd.DataFrame(columns=["actor_id", "actor_name"])
    ids = [part.strip() for part in str(row.iloc[0]["participants"]).split(";") if part.strip()]
    names = dict(zip(actors_table["actor_id"], actors_table["name"])) if not actors_table.empty else {}
    return pd.DataFrame({"actor_id": ids, "actor_name": [names.get(i, i) for i in ids]})


def format_facts(format_id: str, *, formats_table: pd.DataFrame | None = None) -> dict[str, str]:
    """Return the data-file row of a format (name, kind, start_date, end_date, source...) or ``{}``."""
    formats_table = _load_data_table("formats.csv") if formats_table is None else formats_table
    if formats_table.empty:
        return {}
    row = formats_table[formats_table["format_id"] == format_id]
    return {} if row.empty else {key: str(value) for key, value in row.iloc[0].items()}


def format_mentions(analysis: Analysis, format_id: str, *, limit: int | None = None) -> pd.DataFrame:
    """Return the mentions of a format with their document, date and sentence, by date.

    Args:
        analysis: The analysis.
        format_id: The format (``normandy_format``...).
        limit: Return only the first ``limit`` mentions by date (the explorer shows 100; the
            sentence lookup is the costly part on large corpora).

    Returns:
        Columns ``doc_id, title, date, sent_index, start_char, end_char, text, sentence``, by date.
    """
    rows = analysis.formats[analysis.formats["format_id"] == format_id]
    table = rows.merge(_documents_meta(analysis), on="doc_id", how="left").fillna("")
    columns = ["doc_id", "title", "date", "sent_index", "start_char", "end_char", "text"]
    table = _by_date(table[columns], "doc_id", "start_char")
    if limit is not None:
        table = table.head(limit)
    sentences = []
    for row in table.itertuples(index=False):
        text = analysis.texts.get(row.doc_id, "")
        if text:
            start, end = sentence_bounds(text, int(row.start_char), int(row.end_char))
            sentences.append(" ".join(text[start:end].split()))
        else:
            sentences.append(row.text)
    return table.assign(sentence=sentences).reset_index(drop=True)


def format_in_sentences_html(analysis: Analysis, mentions: pd.DataFrame, *, format_name: str = "") -> str:
    """Return each format mention highlighted in its sentence, with document and date."""
    if mentions.empty:
        return '<div class="wb-empty">not mentioned in this corpus</div>'
    cards = []
    for row in mentions.itertuples(index=False):
        text = analysis.texts.get(row.doc_id)
        if text is None:
            body = escape(row.sentence)
        else:
            start, end = sentence_bounds(text, int(row.start_char), int(row.end_char))
            mark = Highlight(int(row.start_char), int(row.end_char), "format", format_name or "format")
            body = wbhtml.highlight_text(text[start:end], [mark], offset=start)
        meta = f"{escape(row.date) or 'undated'} · {escape(row.title or row.doc_id)}"
        cards.append(f'<div class="wb-card" style="border-color:#ff9561"><div class="wb-meta">{meta}</div>'
                     f'<div>{body}</div></div>')
    return "".join(cards)


def document_choices(analysis: Analysis) -> list[tuple[str, str]]:
    """Return ``(label, doc_id)`` pairs, by date then doc_id; the label shows date and title."""
    docs = _by_date(_documents_meta(analysis), "doc_id")
    known = set(docs["doc_id"])
    choices = [
        (" · ".join(part for part in (date, title or doc_id) if part), doc_id)
        for doc_id, title, date in docs.itertuples(index=False)
    ]
    # Texts without a documents row (hand-built analyses) still get a choice.
    choices += [(doc_id, doc_id) for doc_id in sorted(analysis.texts) if doc_id not in known]
    return choices


def _actor_types(analysis: Analysis) -> dict[str, str]:
    return dict(zip(analysis.actors["actor_id"], analysis.actors["actor_type"]))


def document_highlights(
    analysis: Analysis, doc_id: str, *, layers: Sequence[str] = ("actors", "formats", "claims")
) -> list[Highlight]:
    """Return the highlights of one document: actor mentions, format mentions and claims.

    Args:
        analysis: The analysis.
        doc_id: The document.
        layers: Any of ``"actors"``, ``"formats"``, ``"claims"``.
    """
    spans: list[Highlight] = []
    if "actors" in layers:
        types = _actor_types(analysis)
        mentions = analysis.mentions[analysis.mentions["doc_id"] == doc_id]
        for row in mentions.itertuples(index=False):
            actor_type = getattr(row, "actor_type", "") or types.get(row.actor_id, "") or row.label
            spans.append(Highlight(int(row.start_char), int(row.end_char), wbhtml.actor_category(actor_type),
                                   row.actor_name or row.actor_id or row.label, title=row.actor_id))
    if "formats" in layers:
        for row in analysis.formats[analysis.formats["doc_id"] == doc_id].itertuples(index=False):
            spans.append(Highlight(int(row.start_char), int(row.end_char), "format",
                                   row.format_name or row.format_id, title=row.format_id))
    if "claims" in layers:
        for _, row in analysis.claims[analysis.claims["doc_id"] == doc_id].iterrows():
            spans.extend(claim_highlights(row))
    return spans


def document_html(
    analysis: Analysis, doc_id: str, *, layers: Sequence[str] = ("actors", "formats", "claims")
) -> str:
    """Return one document as escaped HTML with actors, formats and claims highlighted and a legend.

    Raises:
        KeyError: ``doc_id`` has no text in the analysis (the message lists known ids).
    """
    text = analysis.text(doc_id)
    spans = document_highlights(analysis, doc_id, layers=layers)
    categories = {span.category for span in spans}
    meta = _documents_meta(analysis)
    row = meta[meta["doc_id"] == doc_id]
    title = row.iloc[0]["title"] if len(row) and row.iloc[0]["title"] else doc_id
    date = row.iloc[0]["date"] if len(row) else ""
    header = f'<h3 style="margin:0.2em 0">{escape(title)}</h3><div class="wb-meta">{escape(doc_id)} · {escape(date) or "undated"}</div>'
    return header + wbhtml.legend(categories) + f'<div class="wb-doc">{wbhtml.highlight_text(text, spans)}</div>'


def show_claims(analysis: Analysis, claims: pd.DataFrame, *, max_cards: int = MAX_CARDS) -> HTML:
    """Return claim cards (each claim highlighted in its sentence) for display in a notebook."""
    return HTML(wbhtml.STYLE + claims_html(analysis, claims, max_cards=max_cards))


def show_document(analysis: Analysis, doc_id: str, *, layers: Sequence[str] = ("actors", "formats", "claims")) -> HTML:
    """Return one highlighted document (see :func:`document_html`) for display in a notebook."""
    return HTML(wbhtml.STYLE + document_html(analysis, doc_id, layers=layers))


def check_answer(answer: Any, expected: Any, *, hint: str = "") -> bool:
    """Self-check for notebook exercises: report whether ``answer`` equals ``expected``.

    ``None`` or ``...`` means "not answered yet": it prints a reminder and passes, so a notebook
    runs top to bottom before the exercises are done. A wrong answer raises with the hint.

    Raises:
        AssertionError: ``answer`` is given and differs from ``expected``.
    """
    if answer is None or answer is Ellipsis:
        print("Not answered yet: replace the placeholder and run the cell again.")
        return False
    if isinstance(expected, pd.DataFrame):
        same = isinstance(answer, pd.DataFrame) and answer.reset_index(drop=True).equals(expected.reset_index(drop=True))
    elif isinstance(expected, (set, frozenset)):
        same = set(answer) == expected
    else:
        same = answer == expected
    if not same:
        raise AssertionError(f"Not quite. {hint}".strip())
    print("✓ Correct!")
    return True


# --------------------------------------------------------------------------------------------
# Explorers
# --------------------------------------------------------------------------------------------

class _Explorer:
    """Shared plumbing: one Output, a root box, display via ``_repr_mimebundle_``, exposed state."""

    title = "Explorer"

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.output = widgets.Output(layout=widgets.Layout(width="100%"))
        self.selected: Any = None
        self.table: pd.DataFrame = pd.DataFrame()
        self.tables: dict[str, pd.DataFrame] = {}
        self.html: str = ""

    def _root(self, controls: Sequence[widgets.Widget], *, intro: str = "") -> widgets.VBox:
        header = [widgets.HTML(f'<div class="wb-meta" style="font-size:13px">{escape(intro)}</div>')] if intro else []
        return widgets.VBox([*header, widgets.HBox(list(controls), layout=widgets.Layout(flex_flow="row wrap")),
                             self.output])

    def _show(self, body: str) -> None:
        self.html = wbhtml.STYLE + body
        display(HTML(self.html))

    def _on_change(self, render: Callable[[], None]) -> Callable[[dict], None]:
        @self.output.capture(clear_output=True, wait=True)
        def callback(change: dict) -> None:
            render()

        return callback

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        return self.widget._repr_mimebundle_(**kwargs)


class ActorExplorer(_Explorer):
    """Pick an actor: its claims, surface forms, mentions in context, documents and co-mentioned actors.

    Exposed state: ``selected`` (actor_id), ``tables`` with ``claims``, ``aliases``, ``kwic``,
    ``documents``, ``co_mentions``; ``table`` is the keyword-in-context table.
    """

    title = "Actors"

    def __init__(self, analysis: Analysis, *, actor_id: str | None = None) -> None:
        super().__init__(analysis)
        choices = actor_choices(analysis)
        self.actor = widgets.Dropdown(options=choices, description="Actor", layout=widgets.Layout(width="28em"),
                                      value=actor_id if actor_id else (choices[0][1] if choices else None))
        self.widget = self._root([self.actor], intro="Pick an actor (most mentioned first) to see what they said, "
                                 "how the texts name them and who appears beside them.")
        self._wire()
        self._on_change(self._render)({})

    def _wire(self) -> None:
        self.actor.observe(self._on_change(self._render), names="value")

    def _render(self) -> None:
        actor_id = self.actor.value
        self.selected = actor_id
        if not actor_id:
            self.tables, self.table = {}, pd.DataFrame()
            self._show('<div class="wb-empty">no actors in this analysis</div>')
            return
        analysis = self.analysis
        self.tables = {
            "claims": actor_claims(analysis, actor_id),
            "aliases": actor_aliases(analysis, actor_id),
            "kwic": actor_kwic(analysis, actor_id),
            "documents": actor_documents(analysis, actor_id),
            "co_mentions": co_mentioned_actors(analysis, actor_id),
        }
        self.table = self.tables["kwic"]
        row = analysis.actors[analysis.actors["actor_id"] == actor_id]
        info = row.iloc[0] if len(row) else pd.Series(dtype=object)
        summary = (
            f'<h3 style="margin:0.3em 0">{escape(info.get("actor_name", actor_id))}</h3>'
            f'<div class="wb-meta">{escape(actor_id)} · {escape(info.get("actor_type", ""))}'
            f' · {len(self.tables["kwic"])} mentions in {len(self.tables["documents"])} documents'
            f' · {len(self.tables["claims"])} claims</div>'
        )
        left = (
            wbhtml.section("Claims", claims_html(analysis, self.tables["claims"]))
            + wbhtml.section("Mentions in context", wbhtml.kwic_html(self.tables["kwic"]))
        )
        right = (
            wbhtml.section("Names used in the texts", wbhtml.table_html(self.tables["aliases"], empty="none found"))
            + wbhtml.section("Documents", wbhtml.table_html(self.tables["documents"],
                                                            columns=["title", "date", "n_mentions", "n_claims"],
                                                            empty="none"))
            + wbhtml.section("Named in the same sentences",
                             wbhtml.table_html(self.tables["co_mentions"][["actor_name", "n_sentences", "n_docs"]],
                                               empty="nobody"))
        )
        self._show(summary + f'<div class="wb-columns"><div style="flex:3">{left}</div><div style="flex:2">{right}</div></div>')


class ClaimBrowser(_Explorer):
    """Filter claims by speaker, claim type, document and free text; each claim shown in its sentence.

    Exposed state: ``selected`` (dict of the filters), ``table`` (the matching claims).
    """

    title = "Claims"

    def __init__(self, analysis: Analysis) -> None:
        super().__init__(analysis)
        self.speaker = widgets.Dropdown(options=claim_choices(analysis, "speaker_id", "speaker_name"),
                                        description="Speaker", layout=widgets.Layout(width="22em"))
        self.claim_type = widgets.Dropdown(options=claim_choices(analysis, "claim_type"), description="Type",
                                           layout=widgets.Layout(width="18em"))
        self.document = widgets.Dropdown(options=[(ANY, "")] + document_choices(analysis), description="Document",
                                         layout=widgets.Layout(width="26em"))
        self.text = widgets.Text(placeholder="words in the claim…", description="Search",
                                 layout=widgets.Layout(width="20em"))
        self.widget = self._root([self.speaker, self.claim_type, self.document, self.text],
                                 intro="Who said what, to whom, as what. Combine filters; the content of each "
                                       "claim is highlighted in its sentence.")
        self._wire()
        self._on_change(self._render)({})

    def _wire(self) -> None:
        for control in (self.speaker, self.claim_type, self.document, self.text):
            control.observe(self._on_change(self._render), names="value")

    def _render(self) -> None:
        self.selected = {"speaker_id": self.speaker.value, "claim_type": self.claim_type.value,
                         "doc_id": self.document.value, "text": self.text.value}
        self.table = filter_claims(self.analysis, **self.selected)
        self.tables = {"claims": self.table}
        columns = ["doc_id", "speaker_name", "claim_type", "mode", "cue", "addressee_name", "content"]
        self._show(
            f'<div class="wb-meta">{len(self.table)} of {len(self.analysis.claims)} claims</div>'
            + claims_html(self.analysis, self.table)
            + wbhtml.section("Table", wbhtml.table_html(self.table, columns=columns, empty="no claims match"))
        )


class FormatExplorer(_Explorer):
    """Pick a diplomatic format: its participants, dates, and every mention with its sentence.

    Exposed state: ``selected`` (format_id), ``table`` (mentions), ``tables`` with ``mentions``
    and ``participants``.
    """

    title = "Formats"

    def __init__(self, analysis: Analysis, *, formats_table: pd.DataFrame | None = None,
                 actors_table: pd.DataFrame | None = None, max_cards: int = 100) -> None:
        super().__init__(analysis)
        self.max_cards = max_cards
        self._formats_table = _load_data_table("formats.csv") if formats_table is None else formats_table
        self._actors_table = _load_data_table("actors.csv") if actors_table is None else actors_table
        self.format = widgets.Dropdown(options=format_choices(analysis, formats_table=self._formats_table),
                                       description="Format", layout=widgets.Layout(width="30em"))
        self.widget = self._root([self.format], intro="Diplomatic formats, agreements and summits: who takes part, "
                                 "and where the texts mention them (number of mentions in brackets).")
        self._wire()
        self._on_change(self._render)({})

    def _wire(self) -> None:
        self.format.observe(self._on_change(self._render), names="value")

    def _render(self) -> None:
        format_id = self.format.value
        self.selected = format_id
        if not format_id:
            self.tables, self.table = {}, pd.DataFrame()
            self._show('<div class="wb-empty">no formats known</div>')
            return
        mentions = format_mentions(self.analysis, format_id, limit=self.max_cards)
        all_rows = self.analysis.formats[self.analysis.formats["format_id"] == format_id]
        participants = format_participants(format_id, formats_table=self._formats_table,
                                           actors_table=self._actors_table)
        self.tables = {"mentions": mentions, "participants": participants}
        self.table = mentions
        facts = format_facts(format_id, formats_table=self._formats_table)
        name = facts.get("name") or (mentions["text"].iloc[0] if len(mentions) else format_id)
        dates = " – ".join(d for d in (facts.get("start_date", ""), facts.get("end_date", "")) if d)
        dated = self.analysis.documents.set_index("doc_id")["date"].reindex(all_rows["doc_id"].unique())
        doc_dates = sorted(d for d in dated.dropna() if d)
        seen = f"mentioned {len(all_rows)} times in {all_rows['doc_id'].nunique()} documents"
        if len(all_rows) > len(mentions):
            seen += f" (showing the first {len(mentions)} by date)"
        if doc_dates:
            seen += f", dated {doc_dates[0]} to {doc_dates[-1]}"
        header = (
            f'<h3 style="margin:0.3em 0">{escape(name)}</h3>'
            f'<div class="wb-meta">{escape(facts.get("kind", ""))}{" · " + escape(dates) if dates else ""}'
            f' · {escape(seen)}{" · source: " + escape(facts["source"]) if facts.get("source") else ""}</div>'
        )
        self._show(
            header
            + wbhtml.section("Participants", wbhtml.table_html(participants, empty="no participants listed in data/formats.csv"))
            + wbhtml.section("Mentions", format_in_sentences_html(self.analysis, mentions, format_name=name))
        )


class DocumentViewer(_Explorer):
    """One document with actors, formats and claims highlighted displaCy-style, with a legend.

    Exposed state: ``selected`` (doc_id), ``html``, ``table`` (the document's claims).
    """

    title = "Documents"

    def __init__(self, analysis: Analysis, *, doc_id: str | None = None) -> None:
        super().__init__(analysis)
        choices = document_choices(analysis)
        self.document = widgets.Dropdown(options=choices, description="Document", layout=widgets.Layout(width="34em"),
                                         value=doc_id if doc_id else (choices[0][1] if choices else None))
        self.show_actors = widgets.Checkbox(value=True, description="actors", indent=False,
                                            layout=widgets.Layout(width="7em"))
        self.show_formats = widgets.Checkbox(value=True, description="formats", indent=False,
                                             layout=widgets.Layout(width="7em"))
        self.show_claims = widgets.Checkbox(value=True, description="claims", indent=False,
                                            layout=widgets.Layout(width="7em"))
        self.widget = self._root([self.document, self.show_actors, self.show_formats, self.show_claims],
                                 intro="Read a document with what the workbench found in it. Hover a highlight "
                                       "for its canonical id.")
        self._wire()
        self._on_change(self._render)({})

    def _wire(self) -> None:
        for control in (self.document, self.show_actors, self.show_formats, self.show_claims):
            control.observe(self._on_change(self._render), names="value")

    @property
    def layers(self) -> tuple[str, ...]:
        """The highlight layers switched on."""
        switches = (("actors", self.show_actors), ("formats", self.show_formats), ("claims", self.show_claims))
        return tuple(name for name, box in switches if box.value)

    def _render(self) -> None:
        doc_id = self.document.value
        self.selected = doc_id
        if not doc_id:
            self.table = pd.DataFrame()
            self._show('<div class="wb-empty">no documents in this analysis</div>')
            return
        self.table = filter_claims(self.analysis, doc_id=doc_id)
        self.tables = {"claims": self.table}
        self._show(document_html(self.analysis, doc_id, layers=self.layers))


class DocumentComparer(_Explorer):
    """Two documents side by side: shared and unique actors, formats and claims.

    The comparison is :func:`workbench.compare.compare_documents` (spelling variants count as one
    actor; claims match on speaker, claim type and concept).

    Exposed state: ``selected`` (pair of doc_ids), ``comparison`` (the
    :class:`~workbench.compare.DocumentComparison`), ``tables`` (its ``actors``, ``formats`` and
    ``claims`` tables) and ``table`` (its summary: counts per table and side).
    """

    title = "Compare"

    def __init__(self, analysis: Analysis, *, doc_a: str | None = None, doc_b: str | None = None) -> None:
        super().__init__(analysis)
        choices = document_choices(analysis)
        ids = [doc_id for _, doc_id in choices]
        self.comparison: Any = None
        self.doc_a = widgets.Dropdown(options=choices, description="A", layout=widgets.Layout(width="30em"),
                                      value=doc_a or (ids[0] if ids else None))
        self.doc_b = widgets.Dropdown(options=choices, description="B", layout=widgets.Layout(width="30em"),
                                      value=doc_b or (ids[1] if len(ids) > 1 else (ids[0] if ids else None)))
        self.widget = self._root([self.doc_a, self.doc_b],
                                 intro="How do two reports differ? Actors, formats and claims found in both, "
                                       "or only in one (spelling variants count as one actor).")
        self._wire()
        self._on_change(self._render)({})

    def _wire(self) -> None:
        self.doc_a.observe(self._on_change(self._render), names="value")
        self.doc_b.observe(self._on_change(self._render), names="value")

    def _render(self) -> None:
        from workbench.compare import compare_documents

        self.selected = (self.doc_a.value, self.doc_b.value)
        if not all(self.selected):
            self.comparison, self.tables, self.table = None, {}, pd.DataFrame()
            self._show('<div class="wb-empty">pick two documents</div>')
            return
        self.comparison = compare_documents(self.analysis, *self.selected)
        self.tables = {name: getattr(self.comparison, name) for name in ("actors", "formats", "claims")}
        self.table = self.comparison.summary()
        views = {
            "actors": lambda rows: rows.assign(names=[
                ", ".join(sorted(set(a.split(";")) | set(b.split(";")) - {""}))
                for a, b in zip(rows["surface_a"], rows["surface_b"])])[["actor_name", "names", "n_a", "n_b"]],
            "formats": lambda rows: rows[["format_name", "n_a", "n_b"]],
            "claims": lambda rows: rows.assign(content=rows["content_a"].where(rows["content_a"] != "", rows["content_b"]))[
                ["speaker_name", "claim_type", "concept_id", "content"]],
        }
        columns = []
        for side, title in (("only_a", f"Only in A · {self.selected[0]}"), ("shared", "In both"),
                            ("only_b", f"Only in B · {self.selected[1]}")):
            blocks = "".join(
                wbhtml.section(name, wbhtml.table_html(view(self.tables[name][self.tables[name]["side"] == side]),
                                                       empty="none"))
                for name, view in views.items()
            )
            columns.append(f'<div><h4 style="margin:0.2em 0">{escape(title)}</h4>{blocks}</div>')
        self._show(f'<div class="wb-columns">{"".join(columns)}</div>')


class Dashboard:
    """All explorers in tabs: the app served by Voilà (``notebooks/app.ipynb``).

    Attributes:
        explorers: The explorers by tab title.
        widget: The root widget (a header and a ``Tab``).
    """

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.explorers: dict[str, _Explorer] = {
            "Actors": ActorExplorer(analysis),
            "Claims": ClaimBrowser(analysis),
            "Formats": FormatExplorer(analysis),
            "Documents": DocumentViewer(analysis),
            "Compare": DocumentComparer(analysis),
        }
        self.tabs = widgets.Tab(children=[explorer.widget for explorer in self.explorers.values()])
        self.tabs.titles = tuple(self.explorers)
        summary = (f"{len(analysis.documents) or len(analysis.texts)} documents · {len(analysis.actors)} actors · "
                   f"{len(analysis.claims)} claims · {len(analysis.formats)} format mentions")
        header = widgets.HTML(
            '<div style="font-family: -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif">'
            '<h2 style="margin:0.2em 0">Diplomacy Research Workbench</h2>'
            f'<div style="color:#555">{escape(summary)}</div></div>'
        )
        self.widget = widgets.VBox([header, self.tabs])

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        return self.widget._repr_mimebundle_(**kwargs)
