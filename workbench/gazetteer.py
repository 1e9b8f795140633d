"""The ``workbench_gazetteer`` component: curated actor names as entities, before ``ner``.

A case-insensitive phrase matcher over every name and alias in ``data/actors.csv`` and
``data/aliases.csv``. Because it runs before the statistical ``ner``, its entities are kept and
the model predicts around them, which fixes the model's systematic mistakes on this domain
(``Kiev`` as PERSON, ``Normandy`` as PRODUCT, ``Kremlin chief`` split apart).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from workbench.actors import ActorIndex

#: Points of the compass: the second of a compound ("South-West", "North-East") is a direction.
_COMPASS = frozenset({"north", "south", "east", "west"})


@Language.factory("workbench_gazetteer", default_config={"data_dir": None, "overwrite_ents": False})
def make_gazetteer(nlp: Language, name: str, *, data_dir: str | None, overwrite_ents: bool) -> Gazetteer:
    """Create the ``workbench_gazetteer`` component (see :class:`Gazetteer`)."""
    return Gazetteer(nlp, name, data_dir=data_dir, overwrite_ents=overwrite_ents)


class Gazetteer:
    """Mark curated actor names and aliases as entities.

    Patterns are data: ``(alias, label)`` pairs built from the curated files, saved by
    :meth:`to_disk` as JSONL. Matching ignores case, but a match must contain a capitalised
    word (so "us" is not the United States and "price" is not a spokesman), and an
    all-capitals alias ("EU", "US") must match with its exact case.
    """

    def __init__(self, nlp: Language, name: str = "workbench_gazetteer", *, data_dir: str | None = None,
                 overwrite_ents: bool = False) -> None:
        self.name = name
        self.nlp = nlp
        self.overwrite_ents = overwrite_ents
        self.data_dir = data_dir
        self.add_patterns(ActorIndex.from_data_dir(data_dir).patterns)

    def add_patterns(self, patterns: Iterable[tuple[str, str]]) -> None:
        """Replace the patterns with ``(alias, label)`` pairs."""
        self.patterns = sorted(set(patterns))
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        # An acronym listed only in capitals must match in capitals; one also listed in another
        # case ("NATO" and "Nato") matches both. Aliases written in lowercase ("dpa") match as written.
        other_case = {alias.lower() for alias, _ in self.patterns if not alias.isupper()}
        self.exact_case = {alias.lower(): alias for alias, _ in self.patterns
                           if alias.isupper() and alias.lower() not in other_case}
        self.lowercase_aliases = {alias for alias, _ in self.patterns if alias == alias.lower()}
        by_label: dict[str, list[Doc]] = {}
        for alias, label in self.patterns:
            by_label.setdefault(label, []).append(self.nlp.make_doc(alias))
            if "'" in alias:
                # Why: news also writes the typographic apostrophe ("Ukraine’s foreign ministry").
                by_label[label].append(self.nlp.make_doc(alias.replace("'", "’")))
        for label, docs in by_label.items():
            self.matcher.add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.matcher(doc)
            if self._acceptable(doc[start:end])
        ]
        if not spans:
            return doc
        spans = filter_spans(spans)
        if self.overwrite_ents:
            kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        else:
            kept = list(doc.ents)
            spans = [s for s in spans if not any(e.start < s.end and s.start < e.end for e in kept)]
        doc.ents = sorted(kept + spans, key=lambda span: span.start)
        return doc

    def _acceptable(self, span: Span) -> bool:
        # Why: case-insensitive matching finds "Kiev"/"KIEV", but an acronym must keep its
        # capitals ("EU", not "eu"; "US", not "us") and a lowercase-only match is a common word
        # ("price" is not Ned Price).
        doc = span.doc
        if span.start >= 2 and span[0].lower_ in _COMPASS and doc[span.start - 1].text in {"-", "–"} \
                and not doc[span.start - 2].whitespace_ and doc[span.start - 2].lower_ in _COMPASS:
            return False  # Why: "the Suppliers Association South-West" names a direction, not "the West"
        acronym = self.exact_case.get(span.text.lower())
        if acronym is not None:
            return span.text == acronym
        return span.text in self.lowercase_aliases or any(token.text[:1].isupper() for token in span)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the patterns as ``patterns.jsonl`` in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "patterns.jsonl", [{"alias": a, "label": label} for a, label in self.patterns])

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Gazetteer:
        """Load patterns saved by :meth:`to_disk`."""
        self.add_patterns((row["alias"], row["label"]) for row in srsly.read_jsonl(Path(path) / "patterns.jsonl"))
        return self
