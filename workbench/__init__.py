"""Diplomacy Research Workbench: actors, claims and diplomatic formats across news documents.

>>> import workbench
>>> corpus = workbench.load_corpus()          # seeds/ and data/corpus/
>>> analysis = workbench.analyze(corpus)      # documents, mentions, actors, claims, formats
"""
from __future__ import annotations

__version__ = "0.1.0"

from workbench.analysis import Analysis, analyze
from workbench.corpus import Corpus, Document, load_corpus
from workbench.pipeline import load_pipeline, resolve_model

__all__ = ["Analysis", "Corpus", "Document", "__version__", "analyze", "load_corpus", "load_pipeline", "resolve_model"]
