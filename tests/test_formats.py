"""Diplomatic-format mentions: any spelling and case, blocked from the statistical NER."""
from __future__ import annotations

import pytest
import spacy

from workbench.pipeline import parse
from workbench.formats import FormatMatcher, iter_format_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Normandy format met.", [("Normandy format", "normandy_format")]),
        ("the NORMANDY FORMAT and the normandy four", [("NORMANDY FORMAT", "normandy_format"),
                                                      ("normandy four", "normandy_format")]),
        ("Talks in the N4 resumed; n4 is noise.", [("N4", "normandy_format")]),
        ("Implement the Minsk agreements!", [("Minsk agreements", "minsk_ii")]),
        ("The contact group met in Minsk.", [("contact group", "trilateral_contact_group")]),
        ("Nothing diplomatic here.", []),
    ],
)
def test_format_mentions(blank_nlp: spacy.language.Language, text: str, expected: list) -> None:
    doc = parse(blank_nlp, text, date="2021-12-20")
    assert [(m.text, m.format_id) for m in iter_format_mentions(doc, formats=_formats(blank_nlp))] == expected


def _formats(nlp: spacy.language.Language):
    from workbench.formats import load_formats

    return load_formats(nlp.get_pipe("workbench_formats").data_dir)


def test_format_wins_over_city_inside_it(blank_nlp: spacy.language.Language) -> None:
    doc = parse(blank_nlp, "Kiev rejected the Minsk agreements.", date="2021-12-20")
    assert [ent.text for ent in doc.ents] == ["Kiev"]


def test_statistical_ner_no_longer_sees_normandy_as_product(fixture_nlp: spacy.language.Language) -> None:
    doc = parse(fixture_nlp, "Macron and Scholz want to revive the Normandy format with Putin and Zelensky.", date="2021-12-20")
    assert not [ent for ent in doc.ents if ent.label_ == "PRODUCT"]
    mention = next(iter_format_mentions(doc, formats=_formats(fixture_nlp)))
    assert mention.participants == "germany;france;russia;ukraine"


def test_formats_frame_columns(blank_nlp: spacy.language.Language) -> None:
    from workbench.schema import TABLE_COLUMNS

    doc = parse(blank_nlp, "The Normandy Four met.", doc_id="d1", date="2021-12-20")
    rows = [{"doc_id": "d1", **m._asdict()} for m in iter_format_mentions(doc, formats=_formats(blank_nlp))]
    assert rows[0]["start_char"] == 4 and rows[0]["end_char"] == 17
    assert set(TABLE_COLUMNS["formats"]) <= set(rows[0])


def test_format_matcher_save_and_reload(blank_nlp: spacy.language.Language, tmp_path) -> None:
    matcher = blank_nlp.get_pipe("workbench_formats")
    matcher.to_disk(tmp_path / "formats")
    other = FormatMatcher(blank_nlp, data_dir=matcher.data_dir)
    other.add_patterns([])
    other.from_disk(tmp_path / "formats")
    assert other.patterns == matcher.patterns
