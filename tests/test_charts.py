"""Tests of workbench.charts: the tidy data behind each chart and the chart's encoding."""
from __future__ import annotations

import altair as alt
import pandas as pd
import pytest

from workbench import charts
from workbench.analysis import Analysis
from workbench.schema import conform


def _analysis() -> Analysis:
    documents = pd.DataFrame([
        {"doc_id": "a", "title": "Doc A", "date": "2021-12-01"},
        {"doc_id": "b", "title": "Doc B", "date": "2021-12-15"},
        {"doc_id": "c", "title": "Doc C", "date": ""},
    ])
    mentions = pd.DataFrame(
        [{"doc_id": d, "actor_id": i, "actor_name": n, "start_char": k, "end_char": k + 1}
         for k, (d, i, n) in enumerate([
             ("a", "sergey_lavrov", "Sergei Lavrov"), ("a", "sergey_lavrov", "Sergei Lavrov"),
             ("b", "sergey_lavrov", "Sergei Lavrov"), ("b", "nato", "NATO"), ("c", "nato", "NATO"),
             ("c", "kyiv", "Kyiv"), ("c", "", ""),
         ])]
    )
    claims = pd.DataFrame([
        {"claim_id": "a-1", "doc_id": "a", "speaker_id": "sergey_lavrov", "speaker_name": "Sergei Lavrov",
         "claim_type": "demand"},
        {"claim_id": "a-2", "doc_id": "a", "speaker_id": "sergey_lavrov", "speaker_name": "Sergei Lavrov",
         "claim_type": "statement"},
        {"claim_id": "b-1", "doc_id": "b", "speaker_id": "sergey_lavrov", "speaker_name": "Sergei Lavrov",
         "claim_type": "demand"},
        {"claim_id": "b-2", "doc_id": "b", "speaker_id": "vladimir_putin", "speaker_name": "Vladimir Putin",
         "claim_type": "demand"},
        {"claim_id": "b-3", "doc_id": "b", "speaker_id": "", "speaker_name": "", "claim_type": "statement"},
    ])
    formats = pd.DataFrame([
        {"doc_id": "a", "format_id": "normandy_format", "format_name": "Normandy format"},
        {"doc_id": "a", "format_id": "normandy_format", "format_name": "Normandy format"},
        {"doc_id": "b", "format_id": "minsk_ii", "format_name": "Minsk II"},
        {"doc_id": "c", "format_id": "minsk_ii", "format_name": "Minsk II"},
    ])
    return Analysis(documents=conform(documents, "documents"), mentions=conform(mentions, "mentions"),
                    claims=conform(claims, "claims"), formats=conform(formats, "formats"))


def test_actor_document_counts_full_grid() -> None:
    data = charts.actor_document_counts(_analysis(), top=2)
    assert list(dict.fromkeys(data["actor_name"])) == ["Sergei Lavrov", "NATO"]  # most mentioned first
    assert len(data) == 2 * 3  # every actor × every document, zeros included
    lavrov = data[data["actor_id"] == "sergey_lavrov"].set_index("doc_id")["n_mentions"].to_dict()
    assert lavrov == {"a": 2, "b": 1, "c": 0}


def test_actor_document_heatmap_encoding() -> None:
    spec = charts.actor_document_heatmap(_analysis()).to_dict()
    assert spec["mark"]["type"] == "rect"
    assert spec["encoding"]["x"]["field"] == "doc_id"
    assert spec["encoding"]["y"]["field"] == "actor_name"
    assert spec["encoding"]["y"]["sort"] == ["Sergei Lavrov", "NATO", "Kyiv"]
    assert spec["encoding"]["color"]["field"] == "n_mentions"
    values = next(iter(spec["datasets"].values()))
    assert sum(row["n_mentions"] for row in values) == 6  # the unresolved mention is left out


def test_claim_type_counts() -> None:
    data = charts.claim_type_counts(_analysis())
    assert data.to_dict("records") == [
        {"speaker_id": "sergey_lavrov", "speaker_name": "Sergei Lavrov", "claim_type": "demand", "n_claims": 2},
        {"speaker_id": "sergey_lavrov", "speaker_name": "Sergei Lavrov", "claim_type": "statement", "n_claims": 1},
        {"speaker_id": "vladimir_putin", "speaker_name": "Vladimir Putin", "claim_type": "demand", "n_claims": 1},
    ]


def test_claims_by_type_chart_encoding() -> None:
    spec = charts.claims_by_type_chart(_analysis()).to_dict()
    assert spec["mark"]["type"] == "bar"
    assert spec["encoding"]["y"]["field"] == "speaker_name"
    assert spec["encoding"]["color"]["field"] == "claim_type"
    assert spec["encoding"]["color"]["scale"]["domain"] == ["demand", "statement"]
    assert spec["encoding"]["x"]["aggregate"] == "sum"


def test_format_mention_counts_drops_undated() -> None:
    data = charts.format_mention_counts(_analysis())
    assert data[["format_id", "doc_id", "date", "n_mentions"]].to_dict("records") == [
        {"format_id": "normandy_format", "doc_id": "a", "date": "2021-12-01", "n_mentions": 2},
        {"format_id": "minsk_ii", "doc_id": "b", "date": "2021-12-15", "n_mentions": 1},
    ]


def test_format_timeline_chart_encoding() -> None:
    spec = charts.format_timeline_chart(_analysis()).to_dict()
    assert spec["mark"]["type"] == "circle"
    assert spec["encoding"]["x"] == {"field": "date", "title": "document date", "type": "temporal"}
    assert spec["encoding"]["size"]["field"] == "n_mentions"


@pytest.mark.parametrize("make_chart", [charts.actor_document_heatmap, charts.claims_by_type_chart,
                                        charts.format_timeline_chart])
def test_charts_accept_an_empty_analysis(make_chart) -> None:
    chart = make_chart(Analysis())
    assert isinstance(chart, alt.Chart)
    assert chart.data.empty


def test_discourse_network_chart_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.discourse

    edges = pd.DataFrame([
        {"speaker_id": "vladimir_putin", "speaker_name": "Vladimir Putin", "concept_id": "nato_enlargement",
         "concept": "NATO enlargement", "agreement": 0, "n_claims": 2, "doc_ids": "a;b"},
        {"speaker_id": "jens_stoltenberg", "speaker_name": "Jens Stoltenberg", "concept_id": "nato_enlargement",
         "concept": "NATO enlargement", "agreement": 1, "n_claims": 1, "doc_ids": "b"},
    ])
    monkeypatch.setattr(workbench.discourse, "discourse_network", lambda analysis: edges)
    chart = charts.discourse_network_chart(Analysis())
    spec = chart.to_dict()
    assert spec["encoding"]["y"]["sort"] == ["Vladimir Putin", "Jens Stoltenberg"]
    assert spec["encoding"]["color"]["scale"]["domain"] == ["support", "oppose"]
    assert list(chart.data["position"]) == ["oppose", "support"]
