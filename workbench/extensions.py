"""Custom attributes the workbench adds to spaCy objects.

- ``Doc._.doc_id`` and ``Doc._.date`` (ISO string or None) are set before the pipeline runs, so
  components can pick office holders valid at the document's date; ``Doc._.source`` (the
  publication of the front matter, or None) tells the actor component which name is the outlet's own.
- Actor mentions are the entities in ``doc.ents`` whose ``kb_id_`` is the canonical ``actor_id``
  (spaCy's own slot for entity linking); ``Span._.actor_name`` gives the display name.
- ``doc.spans["formats"]`` holds diplomatic-format mentions, their ``kb_id_`` the ``format_id``.
- ``Doc._.claims`` holds the :class:`workbench.claims.Claim` tuples found by ``workbench_claims``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    """Register the workbench's extension attributes (idempotent)."""
    for name, default in (("doc_id", None), ("date", None), ("source", None), ("claims", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("actor_name"):
        Span.set_extension("actor_name", default=None)


register_extensions()
