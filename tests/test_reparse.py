"""workbench_reparse: a sentence whose subject is an age description is parsed again."""
from __future__ import annotations

import pytest

from workbench.reparse import _age_spans, _cue_form


def test_age_spans_find_the_description_with_hyphens_or_spaces(blank_nlp) -> None:
    doc = blank_nlp("The 44-year-old urged firms. She met the 61 year old there.")
    assert [doc[s:e].text for sent in [doc[:]] for s, e in _age_spans(sent)] == ["The 44-year-old", "the 61 year old"]


@pytest.mark.parametrize(("word", "expected"), [("told", True), ("warned", True), ("says", True), ("urges", True),
                                                ("pensioner", False), ("firms", False)])
def test_cue_form(word: str, expected: bool) -> None:
    assert _cue_form(word) is expected


def test_age_description_becomes_the_subject_of_its_verb(nlp) -> None:
    # the small parser makes "urged" an adjective of "firms"; after workbench_reparse it is the verb
    doc = nlp("Priya Chauhan runs a small firm. The 44-year-old urged firms not to panic-buy.")
    tokens = {t.text: t for t in doc}
    assert tokens["old"].dep_ == "nsubj" and tokens["old"].head.text == "urged", [(t.text, t.dep_) for t in doc]
    assert tokens["urged"].dep_ == "ROOT"
    # the text, the sentences and the entities stay as they were
    assert doc.text.endswith("The 44-year-old urged firms not to panic-buy.") and len(list(doc.sents)) == 2
    assert [t.head.text for t in doc[7:12]] == ["old", "year", "year", "old", "old"]  # The 44 - year -


def test_age_description_before_a_name_or_after_a_verb_is_left_alone(nlp) -> None:
    for text in ("A inhabitant, the 67-year-old pensioner Gisela Krautz, told, she has in Kiev worked.",
                 "„We wait“, said the 54-year-old opposite the Kurier."):
        without = nlp.select_pipes(disable=["workbench_reparse"])
        try:
            before = [(t.dep_, t.head.i) for t in nlp(text)]
        finally:
            without.restore()
        assert [(t.dep_, t.head.i) for t in nlp(text)] == before, text
