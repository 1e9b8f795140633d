"""Altair charts over an :class:`~workbench.analysis.Analysis`.

Each chart has a plain function that builds its tidy data (tested directly) and a chart
function that takes the Analysis and returns an ``alt.Chart``. Charts carry tooltips, so a
reader can hover a cell to see the exact numbers. In JupyterLab and Voilà they render natively;
``chart.save("x.html")`` writes a standalone page.
"""
from __future__ import annotations

import altair as alt
import pandas as pd

from workbench.analysis import Analysis

#: Colour per claim type (data/cues.csv vocabulary); other types get Altair's defaults.
CLAIM_TYPE_COLOURS: dict[str, str] = {
    "statement": "#9ca3af",
    "demand": "#ef4444",
    "warning/threat": "#f97316",
    "accusation/criticism": "#a855f7",
    "denial/rejection": "#3b82f6",
    "proposal/appeal": "#10b981",
    "assessment": "#eab308",
}


def actor_document_counts(analysis: Analysis, *, top: int = 20) -> pd.DataFrame:
    """Return mention counts of the ``top`` most-mentioned actors in every document.

    Returns:
        Columns ``actor_id, actor_name, doc_id, title, n_mentions`` (zero rows for absent pairs
        are included so the heatmap shows empty cells), by actor rank then doc_id.
    """
    mentions = analysis.mentions[analysis.mentions["actor_id"] != ""]
    columns = ["actor_id", "actor_name", "doc_id", "title", "n_mentions"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    totals = mentions.groupby(["actor_id", "actor_name"]).size().reset_index(name="total")
    totals = totals.sort_values(["total", "actor_name"], ascending=[False, True]).head(top)
    doc_ids = sorted(set(analysis.documents["doc_id"]) | set(mentions["doc_id"]))
    grid = totals[["actor_id", "actor_name"]].merge(pd.DataFrame({"doc_id": doc_ids}), how="cross")
    counts = mentions.groupby(["actor_id", "doc_id"]).size().reset_index(name="n_mentions")
    table = grid.merge(counts, on=["actor_id", "doc_id"], how="left").fillna({"n_mentions": 0})
    titles = dict(zip(analysis.documents["doc_id"], analysis.documents["title"]))
    table["title"] = table["doc_id"].map(lambda d: titles.get(d) or d)
    table["n_mentions"] = table["n_mentions"].astype("int64")
    return table[columns].reset_index(drop=True)


def actor_document_heatmap(analysis: Analysis, *, top: int = 20) -> alt.Chart:
    """Heatmap of the ``top`` most-mentioned actors (rows) across documents (columns).

    Limit: only the ``top`` actors are shown, so a long tail of single mentions stays readable.
    """
    data = actor_document_counts(analysis, top=top)
    order = list(dict.fromkeys(data["actor_name"]))
    return (
        alt.Chart(data, title="Who is mentioned where")
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X("doc_id:N", title="document", axis=alt.Axis(labelAngle=-40)),
            y=alt.Y("actor_name:N", title=None, sort=order),
            color=alt.Color("n_mentions:Q", title="mentions", scale=alt.Scale(scheme="blues")),
            tooltip=[alt.Tooltip("actor_name:N", title="actor"), alt.Tooltip("title:N", title="document"),
                     alt.Tooltip("n_mentions:Q", title="mentions")],
        )
        .properties(width=alt.Step(28), height=alt.Step(18))
    )


def claim_type_counts(analysis: Analysis, *, top: int = 15) -> pd.DataFrame:
    """Return claim counts per speaker and claim type for the ``top`` speakers with most claims.

    Returns:
        Columns ``speaker_id, speaker_name, claim_type, n_claims``, by speaker rank then type.
    """
    claims = analysis.claims[analysis.claims["speaker_id"] != ""]
    columns = ["speaker_id", "speaker_name", "claim_type", "n_claims"]
    if claims.empty:
        return pd.DataFrame(columns=columns)
    ranks = claims.groupby("speaker_id").size().rename("total").reset_index()
    names = claims.drop_duplicates("speaker_id").set_index("speaker_id")["speaker_name"]
    ranks["speaker_name"] = ranks["speaker_id"].map(lambda s: names.get(s) or s)
    ranks = ranks.sort_values(["total", "speaker_name"], ascending=[False, True]).head(top)
    counts = claims.assign(claim_type=claims["claim_type"].replace("", "unknown"))
    counts = counts.groupby(["speaker_id", "claim_type"]).size().reset_index(name="n_claims")
    table = ranks[["speaker_id", "speaker_name"]].merge(counts, on="speaker_id")
    return table[columns].reset_index(drop=True)


def claims_by_type_chart(analysis: Analysis, *, top: int = 15) -> alt.Chart:
    """Stacked bars: how many claims of each type the ``top`` speakers make."""
    data = claim_type_counts(analysis, top=top)
    order = list(dict.fromkeys(data["speaker_name"]))
    types = sorted(data["claim_type"].unique())
    scale = alt.Scale(domain=types, range=[CLAIM_TYPE_COLOURS.get(t, "#64748b") for t in types])
    return (
        alt.Chart(data, title="Who claims what")
        .mark_bar()
        .encode(
            x=alt.X("sum(n_claims):Q", title="claims"),
            y=alt.Y("speaker_name:N", title=None, sort=order),
            color=alt.Color("claim_type:N", title="claim type", scale=scale),
            order=alt.Order("claim_type:N"),
            tooltip=[alt.Tooltip("speaker_name:N", title="speaker"), alt.Tooltip("claim_type:N", title="type"),
                     alt.Tooltip("n_claims:Q", title="claims")],
        )
        .properties(width=420, height=alt.Step(20))
    )


def format_mention_counts(analysis: Analysis) -> pd.DataFrame:
    """Return format mentions per document with the document's date.

    Returns:
        Columns ``format_id, format_name, doc_id, title, date, n_mentions``; documents without a
        date are left out (they have no place on a timeline), by date then format.
    """
    columns = ["format_id", "format_name", "doc_id", "title", "date", "n_mentions"]
    formats = analysis.formats
    if formats.empty:
        return pd.DataFrame(columns=columns)
    counts = formats.groupby(["format_id", "format_name", "doc_id"]).size().reset_index(name="n_mentions")
    documents = analysis.documents[["doc_id", "title", "date"]].drop_duplicates("doc_id")
    table = counts.merge(documents, on="doc_id", how="inner")
    table = table[table["date"] != ""]
    return table[columns].sort_values(["date", "format_name", "doc_id"]).reset_index(drop=True)


def format_timeline_chart(analysis: Analysis) -> alt.Chart:
    """Dots on a time axis: which formats the documents mention, when (by document date).

    Limit: undated documents are left out; the date is the document's, not the event's.
    """
    data = format_mention_counts(analysis)
    return (
        alt.Chart(data, title="Diplomatic formats over time")
        .mark_circle(opacity=0.8)
        .encode(
            x=alt.X("date:T", title="document date"),
            y=alt.Y("format_name:N", title=None),
            size=alt.Size("n_mentions:Q", title="mentions", scale=alt.Scale(range=[60, 600])),
            color=alt.Color("format_name:N", legend=None),
            tooltip=[alt.Tooltip("format_name:N", title="format"), alt.Tooltip("title:N", title="document"),
                     alt.Tooltip("date:T", title="date"), alt.Tooltip("n_mentions:Q", title="mentions")],
        )
        .properties(width=480, height=alt.Step(30))
    )


def discourse_network_chart(analysis: Analysis, *, top: int = 20) -> alt.Chart:
    """Actor × concept grid of the discourse network: green support, red opposition.

    Limit: shows the ``top`` speakers with most statements; an actor who both supports and
    opposes a concept gets two overlapping marks (the tooltip tells them apart).
    """
    from workbench.discourse import discourse_network

    edges = discourse_network(analysis)
    totals = edges.groupby("speaker_name")["n_claims"].sum().sort_values(ascending=False, kind="stable")
    order = list(totals.head(top).index)
    data = edges[edges["speaker_name"].isin(order)].assign(
        position=lambda frame: frame["agreement"].map({1: "support", 0: "oppose"}).fillna("neutral")
    )
    return (
        alt.Chart(data, title="Who takes which side on what")
        .mark_square(opacity=0.85)
        .encode(
            x=alt.X("concept:N", title=None, axis=alt.Axis(labelAngle=-35)),
            y=alt.Y("speaker_name:N", title=None, sort=order),
            size=alt.Size("n_claims:Q", title="claims", scale=alt.Scale(range=[80, 700])),
            color=alt.Color("position:N", title="position",
                            scale=alt.Scale(domain=["support", "oppose"], range=["#16a34a", "#dc2626"])),
            tooltip=["speaker_name:N", "concept:N", "position:N", "n_claims:Q", "doc_ids:N"],
        )
        .properties(width=alt.Step(60), height=alt.Step(26))
    )
