"""Tests for workbench.compare on a hand-built three-document Analysis (no spaCy needed)."""
from __future__ import annotations

import re

import networkx as nx
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from workbench.analysis import Analysis
from workbench.compare import (
    SIDES,
    DocumentComparison,
    actor_document_counts,
    actor_document_matrix,
    claims_by_speaker,
    compare_documents,
    cooccurrence_edges,
    cooccurrence_network,
    document_similarity,
    format_mentions,
    kwic,
)
from workbench.schema import conform

TEXTS = {
    "d1": "Vladimir Putin spoke about Kyiv. Maria Sakharova criticised NATO. The Normandy format met in Paris.",
    "d2": "Putin demanded security guarantees in Kiev. Zakharova said the Normandy Four must meet.",
    "d3": "Olaf Scholz visited Berlin.",
}
#: (doc_id, sent_index, surface text, actor_id, actor_name, actor_type)
MENTIONS = [
    ("d1", 0, "Vladimir Putin", "vladimir_putin", "Vladimir Putin", "person"),
    ("d1", 0, "Kyiv", "kyiv", "Kyiv", "city"),
    ("d1", 1, "Maria Sakharova", "maria_zakharova", "Maria Zakharova", "person"),
    ("d1", 1, "NATO", "nato", "NATO", "alliance"),
    ("d1", 2, "Paris", "paris", "Paris", "city"),
    ("d2", 0, "Putin", "vladimir_putin", "Vladimir Putin", "person"),
    ("d2", 0, "Kiev", "kyiv", "Kyiv", "city"),
    ("d2", 1, "Zakharova", "maria_zakharova", "Maria Zakharova", "person"),
    ("d3", 0, "Olaf Scholz", "olaf_scholz", "Olaf Scholz", "person"),
    ("d3", 0, "Berlin", "berlin", "Berlin", "city"),
]
#: (doc_id, claim_id, speaker_id, speaker_name, claim_type, content)
CLAIMS = [
    ("d1", "d1-c1", "vladimir_putin", "Vladimir Putin", "demand",
     "precise legal guarantees that NATO will not expand further east"),
    ("d1", "d1-c2", "maria_zakharova", "Maria Zakharova", "accusation", "NATO is behind the troop build-up"),
    ("d2", "d2-c1", "vladimir_putin", "Vladimir Putin", "demand", "security guarantees"),
    ("d2", "d2-c2", "maria_zakharova", "Maria Zakharova", "statement", "the Normandy Four must meet"),
    ("d3", "d3-c1", "olaf_scholz", "Olaf Scholz", "statement", "Germany welcomed the talks"),
]


def _span(doc_id: str, text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXTS[doc_id].index(text, start + 1)
    return start, start + len(text)


def build_analysis() -> Analysis:
    """Return the three-document Analysis the tests share (offsets computed from TEXTS)."""
    mentions = []
    for doc_id, sent, text, actor_id, actor_name, actor_type in MENTIONS:
        start, end = _span(doc_id, text)
        mentions.append(dict(doc_id=doc_id, sent_index=sent, start_char=start, end_char=end, text=text,
                             label="X", actor_id=actor_id, actor_name=actor_name, actor_type=actor_type))
    formats = []
    for doc_id, text in (("d1", "Normandy format"), ("d2", "Normandy Four")):
        start, end = _span(doc_id, text)
        formats.append(dict(doc_id=doc_id, sent_index=2 if doc_id == "d1" else 1, start_char=start, end_char=end,
                            text=text, format_id="normandy_format", format_name="Normandy format"))
    claims = [dict(doc_id=d, claim_id=c, speaker_id=s, speaker_name=n, claim_type=t, content=content)
              for d, c, s, n, t, content in CLAIMS]
    actors = pd.DataFrame([dict(actor_id=a, actor_name=n, actor_type=t) for _, _, _, a, n, t in MENTIONS]).drop_duplicates()
    documents = pd.DataFrame([
        dict(doc_id="d1", title="One", date="2021-12-07"),
        dict(doc_id="d2", title="Two", date="2021-12-17"),
        dict(doc_id="d3", title="Three", date="2022-01-10"),
    ])
    return Analysis(
        documents=conform(documents, "documents"), mentions=conform(pd.DataFrame(mentions), "mentions"),
        actors=conform(actors, "actors"), claims=conform(pd.DataFrame(claims), "claims"),
        formats=conform(pd.DataFrame(formats), "formats"), texts=dict(TEXTS),
    )


@pytest.fixture()
def analysis() -> Analysis:
    return build_analysis()


def test_spelling_variants_are_one_row_in_the_actor_document_matrix(analysis: Analysis) -> None:
    matrix = actor_document_matrix(analysis)
    kyiv = matrix[matrix["actor_id"] == "kyiv"]
    expected = pd.DataFrame([{"actor_id": "kyiv", "actor_name": "Kyiv", "n_mentions": 2, "n_docs": 2,
                              "d1": 1, "d2": 1, "d3": 0}])
    assert_frame_equal(kyiv.reset_index(drop=True), expected, check_dtype=False)
    assert list(matrix.columns) == ["actor_id", "actor_name", "n_mentions", "n_docs", "d1", "d2", "d3"]
    assert len(matrix) == 7


def test_actor_document_matrix_min_mentions_keeps_frequent_actors(analysis: Analysis) -> None:
    matrix = actor_document_matrix(analysis, min_mentions=2)
    assert matrix["actor_id"].tolist() == ["kyiv", "maria_zakharova", "vladimir_putin"]


def test_actor_document_counts_long_form(analysis: Analysis) -> None:
    counts = actor_document_counts(analysis, min_mentions=2)
    expected = pd.DataFrame({
        "actor_id": ["kyiv", "kyiv", "maria_zakharova", "maria_zakharova", "vladimir_putin", "vladimir_putin"],
        "actor_name": ["Kyiv", "Kyiv", "Maria Zakharova", "Maria Zakharova", "Vladimir Putin", "Vladimir Putin"],
        "doc_id": ["d1", "d2"] * 3,
        "n_mentions": [1] * 6,
    })
    assert_frame_equal(counts, expected, check_dtype=False)


def test_claims_by_speaker(analysis: Analysis) -> None:
    expected = pd.DataFrame([
        ("vladimir_putin", "Vladimir Putin", "demand", 2, 2),
        ("maria_zakharova", "Maria Zakharova", "accusation", 1, 1),
        ("maria_zakharova", "Maria Zakharova", "statement", 1, 1),
        ("olaf_scholz", "Olaf Scholz", "statement", 1, 1),
    ], columns=["speaker_id", "speaker_name", "claim_type", "n_claims", "n_docs"])
    assert_frame_equal(claims_by_speaker(analysis), expected, check_dtype=False)


@pytest.mark.parametrize(("by", "expected"), [
    ("document", [("d1", "2021-12-07", "normandy_format", "Normandy format", 1),
                  ("d2", "2021-12-17", "normandy_format", "Normandy format", 1)]),
    ("date", [("2021-12-07", "normandy_format", "Normandy format", 1, 1),
              ("2021-12-17", "normandy_format", "Normandy format", 1, 1)]),
    ("month", [("2021-12", "normandy_format", "Normandy format", 2, 2)]),
])
def test_format_mentions(analysis: Analysis, by: str, expected: list[tuple]) -> None:
    columns = (["doc_id", "date", "format_id", "format_name", "n_mentions"] if by == "document"
               else [by, "format_id", "format_name", "n_mentions", "n_docs"])
    assert_frame_equal(format_mentions(analysis, by=by), pd.DataFrame(expected, columns=columns), check_dtype=False)


def test_format_mentions_rejects_unknown_grouping(analysis: Analysis) -> None:
    with pytest.raises(ValueError, match="by must be"):
        format_mentions(analysis, by="week")


@pytest.mark.parametrize(("level", "min_weight", "edges"), [
    ("sentence", 1, [("kyiv", "vladimir_putin", 2, "d1;d2"), ("berlin", "olaf_scholz", 1, "d3"),
                     ("maria_zakharova", "nato", 1, "d1")]),
    ("sentence", 2, [("kyiv", "vladimir_putin", 2, "d1;d2")]),
    ("document", 2, [("kyiv", "maria_zakharova", 2, "d1;d2"), ("kyiv", "vladimir_putin", 2, "d1;d2"),
                     ("maria_zakharova", "vladimir_putin", 2, "d1;d2")]),
])
def test_cooccurrence_network(analysis: Analysis, level: str, min_weight: int, edges: list[tuple]) -> None:
    graph = cooccurrence_network(analysis, level=level, min_weight=min_weight)
    expected = pd.DataFrame(edges, columns=["actor_a", "actor_b", "weight", "doc_ids"])
    assert_frame_equal(cooccurrence_edges(graph), expected, check_dtype=False)
    assert graph.number_of_nodes() == 7
    assert graph.nodes["kyiv"] == {"actor_name": "Kyiv", "actor_type": "city", "n_mentions": 2}


def test_cooccurrence_network_writes_graphml(analysis: Analysis, tmp_path) -> None:
    path = tmp_path / "cooccurrence.graphml"
    nx.write_graphml(cooccurrence_network(analysis), path)
    graph = nx.read_graphml(path)
    assert graph.edges["kyiv", "vladimir_putin"]["weight"] == 2


def test_compare_documents_actors_resolve_spelling_variants(analysis: Analysis) -> None:
    comparison = compare_documents(analysis, "d1", "d2")
    assert isinstance(comparison, DocumentComparison)
    expected = pd.DataFrame([
        ("kyiv", "Kyiv", "shared", 1, 1, "Kyiv", "Kiev"),
        ("maria_zakharova", "Maria Zakharova", "shared", 1, 1, "Maria Sakharova", "Zakharova"),
        ("vladimir_putin", "Vladimir Putin", "shared", 1, 1, "Vladimir Putin", "Putin"),
        ("nato", "NATO", "only_a", 1, 0, "NATO", ""),
        ("paris", "Paris", "only_a", 1, 0, "Paris", ""),
    ], columns=["actor_id", "actor_name", "side", "n_a", "n_b", "surface_a", "surface_b"])
    assert_frame_equal(comparison.actors, expected, check_dtype=False)


def test_compare_documents_lists_claims_unique_to_each_side(analysis: Analysis) -> None:
    claims = compare_documents(analysis, "d1", "d2").claims
    got = list(claims[["side", "speaker_id", "claim_type", "concept_id", "claim_ids_a", "claim_ids_b"]]
               .itertuples(index=False, name=None))
    assert got == [
        ("shared", "vladimir_putin", "demand", "security_guarantees", "d1-c1", "d2-c1"),
        ("only_a", "maria_zakharova", "accusation", "troop_buildup", "d1-c2", ""),
        ("only_a", "vladimir_putin", "demand", "nato_enlargement", "d1-c1", ""),
        ("only_b", "maria_zakharova", "statement", "dialogue_diplomacy", "", "d2-c2"),
    ]


def test_compare_documents_never_matches_unattributed_claims(analysis: Analysis) -> None:
    extra = pd.DataFrame([
        dict(doc_id=d, claim_id=f"{d}-c9", speaker_id="", speaker_name="", speaker_text="He", claim_type="demand",
             content="security guarantees") for d in ("d1", "d2")])
    analysis.claims = conform(pd.concat([analysis.claims, extra], ignore_index=True), "claims")
    claims = compare_documents(analysis, "d1", "d2").claims
    unattributed = claims[claims["speaker_id"] == ""]
    assert unattributed[["side", "speaker_name", "claim_ids_a", "claim_ids_b"]].values.tolist() == [
        ["only_a", "He", "d1-c9", ""], ["only_b", "He", "", "d2-c9"]]
    assert claims_by_speaker(analysis).query("speaker_id == ''")[["speaker_name", "n_claims", "n_docs"]].values.tolist() \
        == [["", 2, 2]]


def test_compare_documents_formats_and_summary(analysis: Analysis) -> None:
    comparison = compare_documents(analysis, "d1", "d3")
    assert comparison.formats[["format_id", "side", "surface_a", "surface_b"]].values.tolist() == [
        ["normandy_format", "only_a", "Normandy format", ""]]
    summary = comparison.summary().set_index("table")
    assert summary.loc["actors"].tolist() == [0, 5, 2]
    assert comparison.only("actors", "b")["actor_id"].tolist() == ["berlin", "olaf_scholz"]
    assert comparison.shared("actors").empty


def test_compare_documents_unknown_document_names_known_ones(analysis: Analysis) -> None:
    with pytest.raises(KeyError, match="no document 'd9'.*d1"):
        compare_documents(analysis, "d1", "d9")


@pytest.mark.parametrize(("by", "method", "expected"), [
    ("formats", "jaccard", [("d1", "d2", 1.0), ("d1", "d3", 0.0), ("d2", "d3", 0.0)]),
    ("actors", "jaccard", [("d1", "d2", 0.6), ("d1", "d3", 0.0), ("d2", "d3", 0.0)]),
    ("actors", "cosine", [("d1", "d2", round(3 / (5 ** 0.5 * 3 ** 0.5), 6)), ("d1", "d3", 0.0), ("d2", "d3", 0.0)]),
    ("claims", "jaccard", [("d1", "d2", 0.25), ("d1", "d3", 0.0), ("d2", "d3", 0.0)]),
])
def test_document_similarity(analysis: Analysis, by: str, method: str, expected: list[tuple]) -> None:
    frame = document_similarity(analysis, by=by, method=method)
    assert_frame_equal(frame, pd.DataFrame(expected, columns=["doc_a", "doc_b", "similarity"]), check_dtype=False)


@pytest.mark.parametrize(("term", "options", "expected"), [
    ("kyiv", {}, [("d1", "Kyiv"), ("d2", "Kiev")]),                      # actor_id
    ("Kiev", {}, [("d1", "Kyiv"), ("d2", "Kiev")]),                      # alias -> the actor
    ("Kiev", {"resolve": False}, [("d2", "Kiev")]),                      # literal text
    ("normandy_format", {}, [("d1", "Normandy format"), ("d2", "Normandy Four")]),
    ("Normandy Four", {}, [("d1", "Normandy format"), ("d2", "Normandy Four")]),
    ("[SZ]akharova", {"regex": True}, [("d1", "Sakharova"), ("d2", "Zakharova")]),
    ("guarantees", {}, [("d2", "guarantees")]),                          # plain text
])
def test_kwic(analysis: Analysis, term: str, options: dict, expected: list[tuple]) -> None:
    frame = kwic(analysis, term, **options)
    assert list(frame.columns) == ["doc_id", "start_char", "end_char", "left", "match", "right"]
    assert list(frame[["doc_id", "match"]].itertuples(index=False, name=None)) == expected


def test_kwic_alias_of_several_actors_picks_the_most_frequent(analysis: Analysis) -> None:
    metonyms = []
    for doc_id, place in (("d1", "Paris"), ("d3", "Berlin")):  # two made-up government mentions written "Kiev"
        start, end = _span(doc_id, place)
        metonyms.append(dict(doc_id=doc_id, sent_index=0, start_char=start, end_char=end, text="Kiev",
                             actor_id="gov_ukraine", actor_name="Government of Ukraine", actor_type="government"))
    analysis.mentions = conform(pd.concat([analysis.mentions, pd.DataFrame(metonyms)], ignore_index=True), "mentions")
    assert kwic(analysis, "Kiev")["match"].tolist() == ["Paris", "Berlin"]  # gov_ukraine (2) over kyiv (1)


def test_kwic_context_window(analysis: Analysis) -> None:
    row = kwic(analysis, "kiev", window=10, resolve=False).iloc[0]
    assert (row["left"], row["match"], row["right"]) == ("antees in ", "Kiev", ". Zakharov")
    assert TEXTS["d2"][row["start_char"]:row["end_char"]] == "Kiev"


def test_kwic_bad_regex_says_what_to_do(analysis: Analysis) -> None:
    with pytest.raises(ValueError, match="regex=False"):
        kwic(analysis, "(unclosed", regex=True)


def test_empty_analysis_gives_empty_tables() -> None:
    empty = Analysis()
    assert actor_document_matrix(empty).empty
    assert claims_by_speaker(empty).empty
    assert format_mentions(empty, by="month").empty
    assert cooccurrence_network(empty).number_of_nodes() == 0
    assert document_similarity(empty).empty


# --------------------------------------------------------------------------- teaching corpus (end to end)

SPELLINGS = {"kyiv": ("Kyiv", "Kiev"), "maria_zakharova": ("Zakharova", "Sakharova")}


@pytest.mark.slow
@pytest.mark.parametrize("actor_id", sorted(SPELLINGS))
def test_corpus_spelling_variants_are_one_actor_across_documents(corpus_analysis: Analysis, actor_id: str) -> None:
    mentions = corpus_analysis.mentions
    spellings = SPELLINGS[actor_id]
    pattern = "|".join(spellings)
    # every mention written with either spelling resolves to one id (or the government it stands for)
    written = mentions[mentions["text"].str.contains(pattern)]
    assert set(written["actor_id"]) <= {actor_id, "gov_ukraine"}, written.groupby(["text", "actor_id"]).size()
    counts = actor_document_counts(corpus_analysis)
    actor_docs = set(counts.loc[counts["actor_id"] == actor_id, "doc_id"])
    surfaces = set(mentions.loc[mentions["actor_id"] == actor_id, "text"])
    assert all(any(s in surface for surface in surfaces) for s in spellings), surfaces
    assert len(actor_docs) >= 2
    matrix = actor_document_matrix(corpus_analysis)
    assert (matrix["actor_id"] == actor_id).sum() == 1


@pytest.mark.slow
def test_corpus_normandy_format_found_in_every_document_mentioning_it(corpus_analysis: Analysis) -> None:
    spelled = {doc_id for doc_id, text in corpus_analysis.texts.items()
               if re.search(r"Normand(y|ie)|Normandy[- ]Four|N4\b", text, re.IGNORECASE)}
    found = format_mentions(corpus_analysis, by="document")
    with_format = set(found.loc[found["format_id"] == "normandy_format", "doc_id"])
    assert spelled, "the teaching corpus should mention the Normandy format"
    assert spelled <= with_format


@pytest.mark.slow
def test_corpus_compare_documents_lists_claims_unique_to_each_side(corpus_analysis: Analysis) -> None:
    per_doc = corpus_analysis.claims.groupby("doc_id").size().sort_values(ascending=False)
    doc_a, doc_b = sorted(per_doc.index[:2])
    comparison = compare_documents(corpus_analysis, doc_a, doc_b)
    assert not comparison.only("claims", "a").empty and not comparison.only("claims", "b").empty
    ids_a = {i for ids in comparison.claims["claim_ids_a"] for i in ids.split(";") if i}
    ids_b = {i for ids in comparison.claims["claim_ids_b"] for i in ids.split(";") if i}
    claims = corpus_analysis.claims
    assert ids_a == set(claims.loc[claims["doc_id"] == doc_a, "claim_id"])
    assert ids_b == set(claims.loc[claims["doc_id"] == doc_b, "claim_id"])
    assert set(comparison.actors["side"]) <= set(SIDES)


@pytest.mark.slow
def test_corpus_every_comparison_runs(corpus_analysis: Analysis) -> None:
    n_docs = len(corpus_analysis.documents)
    assert len(actor_document_matrix(corpus_analysis).columns) == 4 + n_docs
    assert claims_by_speaker(corpus_analysis)["n_claims"].sum() == len(corpus_analysis.claims)
    assert format_mentions(corpus_analysis, by="month")["n_mentions"].sum() == len(corpus_analysis.formats)
    assert cooccurrence_network(corpus_analysis, level="document").number_of_edges() > 0
    for by in ("actors", "claims", "formats"):
        assert len(document_similarity(corpus_analysis, by=by)) == n_docs * (n_docs - 1) // 2
    rows = kwic(corpus_analysis, "kyiv")
    assert (rows["match"].str.len() > 0).all() and len(rows) >= 2
