"""Paragraph-aware sentence starts (workbench.segment)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def segment_nlp(nlp):
    """The full workbench pipeline (``workbench_paragraphs`` runs before its parser)."""
    return nlp


# text -> the sentence that must be found whole (or the first words of a sentence that must start there)
PARAGRAPH_STARTS = [
    pytest.param("7.12 From our correspondent in Kiev\n\nOur correspondent Lena Berg said the mood was calm.",
                 "Our correspondent Lena Berg said the mood was calm.", id="heading-then-paragraph"),
    pytest.param("Key points\n- Moscow repeated its call for guarantees\n- Kyiv warned it would accept no deal",
                 "- Kyiv warned it would accept no deal", id="bullet-items"),
    pytest.param("By Anna Kowalczyk\nMOSCOW - Russia said on Monday it was ready to talk.",
                 "Russia said on Monday it was ready to talk.", id="byline-line-and-dateline"),
    # a wire dateline is no part of the sentence after it (nor of its speaker phrase)
    pytest.param("TALLINN, Jan 27 (Harbourline News) - Estonia's deputy foreign minister said the answers were clear.",
                 "Estonia's deputy foreign minister said the answers were clear.", id="wire-dateline"),
    pytest.param("First paragraph ends here.\n\nKYIV (AP) — Ukraine's foreign minister said the talks were useful.",
                 "Ukraine's foreign minister said the talks were useful.", id="dateline-in-a-later-paragraph"),
    pytest.param("„The people have fear, but they stay.“\n\nLoud the mayor was in the town twice last week.",
                 "Loud the mayor was in the town twice last week.", id="first-word-not-cut-off"),
    # the parser must not cut the first word after a dateline off either
    pytest.param("BRUSSELS - European Union foreign ministers met in Brussels on Monday.",
                 "European Union foreign ministers met in Brussels on Monday.", id="first-word-after-dateline"),
    # the German closing mark “ stays with the quote it closes; the next sentence starts after it
    pytest.param("„It was a good year“, he said. „If not, then not.“ Whether he finds a second supplier is open.",
                 "„If not, then not.“", id="german-closing-mark-ends-its-sentence"),
    pytest.param("»We stay calm.« Nobody in the town expects a quick end.",
                 "Nobody in the town expects a quick end.", id="swiss-closing-mark"),
]


@pytest.mark.parametrize(("text", "sentence"), PARAGRAPH_STARTS)
def test_paragraph_breaks_start_sentences(segment_nlp, text: str, sentence: str) -> None:
    sentences = [s.text.strip() for s in segment_nlp(text).sents]
    assert sentence in sentences, sentences


# a hard-wrapped sentence (a line break after "in", after a verb line) is not cut at the line break
HARD_WRAPPED = [
    pytest.param("The minister said on Monday that the talks, which began in\nGeneva last week, would continue.",
                 id="wrapped-after-preposition"),
    pytest.param("He added that\nnobody expected a deal before the spring.", id="wrapped-after-that"),
]


@pytest.mark.parametrize("text", HARD_WRAPPED)
def test_hard_wrapped_lines_stay_one_sentence(segment_nlp, text: str) -> None:
    assert len(list(segment_nlp(text).sents)) == 1, [s.text for s in segment_nlp(text).sents]


def test_component_runs_before_the_parser() -> None:
    from workbench.pipeline import load_pipeline

    names = load_pipeline().pipe_names
    assert names.index("workbench_paragraphs") < names.index("parser")
