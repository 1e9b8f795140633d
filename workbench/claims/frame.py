"""The ``claims`` table of parsed documents."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from spacy.tokens import Doc

from workbench.claims.cues import CueLexicon
from workbench.claims.extract import iter_claims
from workbench.schema import conform, empty_table


def claims_frame(docs: Iterable[Doc], *, cues: CueLexicon | None = None) -> pd.DataFrame:
    """Return the ``claims`` table for parsed docs (``Doc._.claims`` when set, else extracted).

    Columns: those of the claims table in :mod:`workbench.schema` (claim_id, doc_id, sent_index,
    start_char, end_char, speaker_text, speaker_id, speaker_name, cue, cue_lemma, claim_type, mode,
    content, addressee_text, addressee_id, addressee_name, cameo, plover, content_start,
    content_end, sentence, concepts, position). ``claim_id`` is ``<doc_id>-c<nnn>`` numbered by
    start character within each document; ``concepts``/``position`` are left empty here.
    """
    rows = []
    for number, doc in enumerate(docs):
        doc_id = doc._.doc_id or f"doc{number}"
        claims = doc._.claims if doc._.claims is not None else list(iter_claims(doc, cues=cues))
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for index, claim in enumerate(sorted(claims, key=lambda c: (c.start_char, c.end_char)), start=1):
            row = claim._asdict()
            row["claim_id"] = f"{doc_id}-c{index:03d}"
            row["doc_id"] = doc_id
            row["sentence"] = sents[claim.sent_index].text if claim.sent_index < len(sents) else ""
            rows.append(row)
    if not rows:
        return empty_table("claims")
    frame = pd.DataFrame(rows).drop(columns=["speaker_start", "speaker_end"])
    return conform(frame, "claims")
