"""Claims: who said what, to whom, as what — direct, mixed and reported speech in news text.

A claim (in the sense of political claims analysis) is a public statement by an actor: the
claimant (speaker), the form (cue and claim type), the addressee and the content. The core
generator :func:`iter_claims` yields :class:`Claim` namedtuples for one parsed ``Doc``;
:func:`claims_frame` turns docs into the ``claims`` table; the ``workbench_claims`` component
stores the claims on ``Doc._.claims``. The reporting cues are data (``data/cues.csv``, see
:mod:`workbench.claims.cues`).

Modules: ``cues`` (the cue lexicon), ``quotes`` (quote marks and paragraphs), ``context`` (the
:class:`Claim` tuple and shared helpers), ``references`` (pronouns, role descriptions, groups),
``speakers`` (speaker phrases, officials, institutions), ``reported`` (reported speech, nominal
cues, source attributions), ``direct`` (quotes, labels, transcripts, continuations), ``extract``
(:func:`iter_claims`), ``frame`` (:func:`claims_frame`), ``component`` (:class:`ClaimExtractor`).
"""
from __future__ import annotations

from workbench.claims.component import ClaimExtractor, make_claim_extractor
from workbench.claims.context import Claim
from workbench.claims.cues import (
    CUES_FILE,
    CueEntry,
    CueLexicon,
    default_cues,
    load_cues,
)
from workbench.claims.extract import iter_claims
from workbench.claims.frame import claims_frame
from workbench.claims.quotes import find_quotes
from workbench.claims.speakers import default_capitals, default_governments

__all__ = [
    "CUES_FILE",
    "Claim",
    "ClaimExtractor",
    "CueEntry",
    "CueLexicon",
    "claims_frame",
    "default_capitals",
    "default_cues",
    "default_governments",
    "find_quotes",
    "iter_claims",
    "load_cues",
    "make_claim_extractor",
]
