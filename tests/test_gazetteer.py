"""The gazetteer ruler on a blank pipeline and before the statistical NER."""
from __future__ import annotations

import pytest
import spacy

from workbench.pipeline import parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Sakharova spoke.", [("Maria Sakharova", "PERSON")]),
        ("Talks in Kiev and KIEV.", [("Kiev", "GPE"), ("KIEV", "GPE")]),
        ("The Kremlin chief spoke.", [("Kremlin chief", "PERSON")]),
        ("The EU and the US met.", [("EU", "ORG"), ("US", "GPE")]),
        # Acronyms keep their capitals: "us" is a pronoun, "eu" is noise.
        ("Let us talk about eu rules.", []),
        # A lowercase-only match is a common word, not the spokesman Ned Price.
        ("The price of gas rose.", []),
        ("A Russian delegation arrived.", [("Russian", "NORP")]),
    ],
)
def test_gazetteer_entities(blank_nlp: spacy.language.Language, text: str, expected: list) -> None:
    doc = parse(blank_nlp, text, date="2021-12-20")
    assert [(ent.text, ent.label_) for ent in doc.ents] == expected


def test_longest_alias_wins(blank_nlp: spacy.language.Language) -> None:
    doc = parse(blank_nlp, "The Russian leader spoke.", date="2021-12-20")
    assert [(ent.text, ent.kb_id_) for ent in doc.ents] == [("Russian leader", "vladimir_putin")]


def test_gazetteer_fixes_statistical_model_on_kiev(fixture_nlp: spacy.language.Language) -> None:
    # The plain model labels "Kiev" PERSON in sentences like these; the ruler runs before ner.
    doc = parse(fixture_nlp, "Kiev must implement the agreements, Lavrov said. Kiev refused.", date="2021-12-20")
    kiev = [ent for ent in doc.ents if ent.text == "Kiev"]
    assert len(kiev) == 2
    assert all(ent.label_ == "GPE" for ent in kiev)


def test_gazetteer_save_and_reload(blank_nlp: spacy.language.Language, tmp_path) -> None:
    ruler = blank_nlp.get_pipe("workbench_gazetteer")
    ruler.to_disk(tmp_path / "gazetteer")
    from workbench.gazetteer import Gazetteer

    reloaded = Gazetteer(blank_nlp, data_dir=blank_nlp.get_pipe("workbench_actors").data_dir)
    reloaded.add_patterns([])
    assert reloaded.patterns == []
    reloaded.from_disk(tmp_path / "gazetteer")
    assert reloaded.patterns == ruler.patterns
    doc = reloaded(blank_nlp.make_doc("Maria Sakharova in Kiev"))
    assert [ent.text for ent in doc.ents] == ["Maria Sakharova", "Kiev"]
