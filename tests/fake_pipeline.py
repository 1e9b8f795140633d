"""A tiny fake pipeline for testing the execution machinery without a statistical model.

``spacy.blank("en")`` plus a component that counts documents and raises on the word BOOM
(a document that breaks the pipeline). Used by test_execution, test_cache and test_distributed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from workbench import execution, extensions  # noqa: F401  (extensions registers Doc._.doc_id)
from workbench.cache import pipeline_key
from workbench.execution import DocumentProcessor

#: How many documents the fake pipeline processed in this process, and how often it was loaded.
CALLS = {"docs": 0, "loads": 0}


@Language.component("fake_bomb")
def fake_bomb(doc: Doc) -> Doc:
    """Count the document; raise on the word BOOM (a document that breaks the pipeline)."""
    CALLS["docs"] += 1
    if "BOOM" in doc.text:
        raise RuntimeError("the fake pipeline cannot handle BOOM")
    return doc


@dataclass
class FakeDocument:
    """The attributes run_documents needs from a corpus document."""

    doc_id: str
    text: str
    date: str | None = "2021-12-17"

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


@dataclass
class FakeResult:
    """A picklable per-document result like workbench.analysis.DocumentResult."""

    doc_id: str
    n_tokens: int
    tokens: list[str] = field(default_factory=list)


class FakeProcessor(DocumentProcessor):
    """A blank English pipeline standing in for the workbench pipeline."""

    def model_name(self) -> str:
        return "fake-model"

    def fingerprint(self, nlp: Language | None = None) -> str:
        return pipeline_key("fake-model", version="0", components=("fake_bomb",))

    def load(self) -> Language:
        CALLS["loads"] += 1
        nlp = spacy.blank("en")
        nlp.add_pipe("fake_bomb")
        return nlp

    def make_doc(self, nlp: Language, document: FakeDocument) -> Doc:
        if document.text == "":
            raise ValueError("empty document")
        doc = nlp.make_doc(document.text)
        doc._.doc_id = document.doc_id
        return doc

    def result(self, doc: Doc) -> FakeResult:
        return FakeResult(doc._.doc_id, len(doc), [t.text for t in doc])


def make_corpus(n: int, *, prefix: str = "doc") -> list[FakeDocument]:
    """Return ``n`` small documents with distinct texts."""
    return [FakeDocument(f"{prefix}_{i:03d}", f"Document {i} says that talks resumed in round {i}.") for i in range(n)]


@pytest.fixture(autouse=True)
def fresh_process_state():
    """Forget pipelines loaded by earlier tests and reset the counters."""
    execution._PIPELINES.clear()
    CALLS.update(docs=0, loads=0)
    yield
    execution._PIPELINES.clear()
