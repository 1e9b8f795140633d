"""Shared fixtures: pipelines (blank and statistical) and the teaching-corpus analysis."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DATA = ROOT / "tests" / "data" / "gazetteer"
SEED = ROOT / "seeds" / "000_3c7da78fe101105f.txt"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip tests marked ``seed`` with a clear reason when the seed document is absent."""
    if SEED.exists():
        return
    reason = (f"the seed document {SEED.relative_to(ROOT)} was not supplied with the project; "
              "put it there to run the seed tests")
    for item in items:
        if "seed" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def fixture_data_dir() -> str:
    """A small folder of curated data files (tests/data/gazetteer) the tests control."""
    return str(FIXTURE_DATA)


@pytest.fixture(scope="session")
def blank_nlp(fixture_data_dir: str) -> spacy.language.Language:
    """A blank English pipeline with the gazetteer, formats and actors components (no model)."""
    import workbench.pipeline  # noqa: F401  (registers factories)
    from workbench import actors, formats, gazetteer  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("workbench_gazetteer", config={"data_dir": fixture_data_dir})
    nlp.add_pipe("workbench_formats", config={"data_dir": fixture_data_dir})
    nlp.add_pipe("workbench_actors", config={"data_dir": fixture_data_dir})
    return nlp


@pytest.fixture(scope="session")
def fixture_nlp(fixture_data_dir: str) -> spacy.language.Language:
    """The statistical pipeline with the workbench components on the fixture data files."""
    from workbench.pipeline import resolve_model

    import workbench.actors  # noqa: F401
    import workbench.formats  # noqa: F401
    import workbench.gazetteer  # noqa: F401
    import workbench.segment  # noqa: F401

    nlp = spacy.load(resolve_model())
    nlp.add_pipe("workbench_paragraphs", before="parser")
    nlp.add_pipe("workbench_gazetteer", before="ner", config={"data_dir": fixture_data_dir})
    nlp.add_pipe("workbench_formats", before="ner", config={"data_dir": fixture_data_dir})
    nlp.add_pipe("workbench_actors", config={"data_dir": fixture_data_dir})
    return nlp


@pytest.fixture(scope="session")
def nlp() -> spacy.language.Language:
    """The full workbench pipeline on the project's curated data."""
    from workbench.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def corpus_analysis():
    """The teaching corpus (seeds/ + data/corpus/) analysed once per test session, uncached."""
    import workbench

    return workbench.analyze(workbench.load_corpus(), cache_dir=False, progress=False)
