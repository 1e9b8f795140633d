"""The ``workbench_claims`` pipeline component: :class:`ClaimExtractor` and its thin factory."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from workbench.claims.cues import CUES_FILE, load_cues
from workbench.claims.extract import iter_claims


@Language.factory(
    "workbench_claims",
    default_config={"cues_path": "", "resolve_references": True, "continuation": True},
)
def make_claim_extractor(nlp: Language, name: str, *, cues_path: str, resolve_references: bool,
                         continuation: bool) -> ClaimExtractor:
    """Create the ``workbench_claims`` component (see :class:`ClaimExtractor`)."""
    return ClaimExtractor(nlp, name, cues_path=cues_path, resolve_references=resolve_references,
                          continuation=continuation)


class ClaimExtractor:
    """Pipeline component setting ``Doc._.claims`` to the list of :class:`Claim` of each doc.

    Limit: rule-based over the dependency parse; put it after ``parser``, ``ner`` and the actor
    components (speaker ids are the ``kb_id_`` of the entities). Cues come from
    ``data/cues.csv`` (or ``cues_path``) and are saved with the pipeline by :meth:`to_disk`.
    """

    def __init__(self, nlp: Language, name: str = "workbench_claims", *, cues_path: str = "",
                 resolve_references: bool = True, continuation: bool = True) -> None:
        self.nlp = nlp
        self.name = name
        self.resolve_references = resolve_references
        self.continuation = continuation
        self.cues = load_cues(cues_path or None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = list(iter_claims(doc, cues=self.cues, resolve_references=self.resolve_references,
                                        continuation=self.continuation))
        return doc

    def initialize(self, get_examples=None, *, nlp: Language | None = None, cues_path: str = "") -> None:
        """(Re)load the cues, from ``cues_path`` or ``data/cues.csv``."""
        self.cues = load_cues(cues_path or None)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the cue table as ``<path>/cues.csv``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.cues.table.to_csv(path / CUES_FILE, index=False, lineterminator="\n")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimExtractor:
        """Load the cue table saved by :meth:`to_disk`."""
        self.cues = load_cues(Path(path) / CUES_FILE)
        return self
