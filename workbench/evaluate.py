"""Evaluate claim extraction against gold annotations, with textacy's direct quotations as baseline.

Gold files (``tests/gold/*_claims.csv``) have one row per claim a careful reader marks:
``doc_id, speaker_id, speaker_text, cue, claim_type, mode, content_anchor, addressee_id``. The
``content_anchor`` is a short verbatim piece of the claim's content; a predicted claim *finds* a
gold claim when it is in the same document and its content span overlaps an occurrence of the
anchor.
"""
from __future__ import annotations

import argparse
import csv
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from workbench.analysis import Analysis

logger = logging.getLogger(__name__)

GOLD_COLUMNS = ("doc_id", "speaker_id", "speaker_text", "cue", "claim_type", "mode", "content_anchor", "addressee_id")
ACTOR_GOLD_COLUMNS = ("doc_id", "surface", "start_char", "actor_id")
RESULT_COLUMNS = ["system", "n_gold", "n_predicted", "found", "right_speaker", "precision",
                  "n_found", "n_right_speaker", "n_correct_predicted"]
WORKBENCH_SYSTEM = "workbench"
TEXTACY_SYSTEM = "textacy direct_quotations"


class GoldFileError(ValueError):
    """A gold file is missing, unreadable or lacks a column."""


def read_gold(path: str | Path) -> pd.DataFrame:
    """Read a gold claims CSV and check its columns.

    Raises:
        GoldFileError: The file is missing or lacks a column of :data:`GOLD_COLUMNS`.
    """
    path = Path(path)
    if not path.exists():
        raise GoldFileError(f"{path}: gold file not found; pass --gold with an existing CSV.")
    return _read_gold_csv(path, columns=GOLD_COLUMNS)


def read_actor_gold(path: str | Path) -> pd.DataFrame:
    """Read a gold actor-mentions CSV, check its columns and make ``start_char`` an integer.

    Raises:
        GoldFileError: The file is missing, malformed (see :func:`read_gold`), lacks a column of
            :data:`ACTOR_GOLD_COLUMNS`, or a ``start_char`` is not a whole number.
    """
    path = Path(path)
    if not path.exists():
        raise GoldFileError(f"{path}: actor gold file not found; pass --actors-gold with an existing CSV.")
    gold = _read_gold_csv(path, columns=ACTOR_GOLD_COLUMNS)
    bad = [number for number, value in enumerate(gold["start_char"], start=2) if not value.strip().isdigit()]
    if bad:
        raise GoldFileError(f"{path}: start_char is not a whole number on line(s) {', '.join(map(str, bad[:3]))}; "
                            "give each mention's character offset and re-run.")
    return gold.astype({"start_char": int})


def _read_gold_csv(path: Path, *, columns: tuple[str, ...]) -> pd.DataFrame:
    """A gold CSV as a table of strings, every row checked against the header's width.

    pandas silently takes the first column for an index when the first data row has one field too
    many (an unquoted comma in "150,000 euros"), shifting every column; this names the row instead.

    Raises:
        GoldFileError: The file is empty, not UTF-8, a row's field count differs from the header's,
            or a column of ``columns`` is missing.
    """
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            rows, bad = [], []
            for row in reader:
                if not row:
                    continue
                if header is not None and len(row) != len(header):
                    bad.append(f"line {reader.line_num} has {len(row)} fields")
                rows.append(row)
    except UnicodeDecodeError as error:
        raise GoldFileError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start}); "
                            "save the file as UTF-8 and re-run.") from None
    except csv.Error as error:
        raise GoldFileError(f"{path}: not a readable CSV ({error}); check its quote marks and re-run.") from None
    if header is None:
        raise GoldFileError(f"{path}: the file is empty; a gold file starts with the header {','.join(columns)}.")
    if bad:
        more = f" (and {len(bad) - 3} more)" if len(bad) > 3 else ""
        raise GoldFileError(f"{path}: {'; '.join(bad[:3])}{more}, where the header has {len(header)}; put a field "
                            'that holds a comma in double quotes ("150,000 euros") and re-run.')
    gold = pd.DataFrame(rows, columns=header, dtype=str)
    missing = [c for c in columns if c not in gold.columns]
    if missing:
        raise GoldFileError(f"{path}: missing column(s) {', '.join(missing)}; a gold file has {', '.join(columns)}.")
    return gold


def _anchor_ranges(text: str, anchor: str) -> list[tuple[int, int]]:
    ranges, start = [], text.find(anchor)
    while anchor and start >= 0:
        ranges.append((start, start + len(anchor)))
        start = text.find(anchor, start + 1)
    return ranges


def _gold_anchors(gold: pd.DataFrame, texts: Mapping[str, str], *,
                  log: bool = False) -> list[tuple[dict, list[tuple[int, int]]]]:
    """Each gold row with the character ranges of its content anchor in its text (none when missing)."""
    anchors = []
    for row_number, row in enumerate(gold.to_dict("records"), start=2):
        ranges = _anchor_ranges(texts.get(row["doc_id"], ""), row["content_anchor"])
        if log and not ranges:
            logger.warning("gold row %d: anchor %r not found in document %r", row_number, row["content_anchor"],
                           row["doc_id"])
        anchors.append((row, ranges))
    return anchors


def _claims_by_doc(claims: pd.DataFrame) -> dict[str, list[tuple[int, dict]]]:
    """``doc_id`` -> (row number, record) of a system's predicted claims."""
    by_doc: dict[str, list[tuple[int, dict]]] = {}
    for index, claim in enumerate(claims.to_dict("records")):
        by_doc.setdefault(claim["doc_id"], []).append((index, claim))
    return by_doc


def _overlapping(ranges: list[tuple[int, int]], claims: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    """The claims whose content span overlaps one of the anchor ``ranges`` (the matching of both scorers)."""
    return [(index, claim) for index, claim in claims
            if any(int(claim["content_start"]) < end and start < int(claim["content_end"]) for start, end in ranges)]


def evaluate_claims(gold: pd.DataFrame, predicted: pd.DataFrame, texts: Mapping[str, str]) -> pd.DataFrame:
    """Score predicted claims against gold claims, one row per system.

    Limit: matching is by overlap of the predicted content span with the gold content anchor;
    a long predicted span may match two gold claims, and a gold anchor missing from its text
    cannot be found (it is logged).

    Args:
        gold: Gold claims (columns :data:`GOLD_COLUMNS`).
        predicted: Predicted claims with ``doc_id, speaker_id, content_start, content_end`` and
            optionally ``system`` (default ``"workbench"``).
        texts: ``doc_id`` -> document text, to locate the anchors.

    Returns:
        Columns ``system, n_gold, n_predicted, found`` (recall), ``right_speaker`` (share of gold
        claims found with the gold ``speaker_id``), ``precision`` (share of predicted claims that
        match a gold claim), and the counts ``n_found, n_right_speaker, n_correct_predicted``.
    """
    predicted = predicted.copy()
    if "system" not in predicted.columns:
        predicted["system"] = WORKBENCH_SYSTEM
    anchors = _gold_anchors(gold, texts, log=True)
    rows = []
    systems = list(dict.fromkeys(predicted["system"])) or [WORKBENCH_SYSTEM]
    for system in systems:
        claims = predicted[predicted["system"] == system]
        by_doc = _claims_by_doc(claims)
        n_found = n_right = 0
        matched: set[int] = set()
        for row, ranges in anchors:
            hits = _overlapping(ranges, by_doc.get(row["doc_id"], []))
            matched.update(index for index, _ in hits)
            n_found += bool(hits)
            n_right += any(str(claim["speaker_id"]) == row["speaker_id"] for _, claim in hits)
        n_gold, n_predicted = len(anchors), len(claims)
        rows.append({
            "system": system, "n_gold": n_gold, "n_predicted": n_predicted,
            "found": n_found / n_gold if n_gold else 0.0,
            "right_speaker": n_right / n_gold if n_gold else 0.0,
            "precision": len(matched) / n_predicted if n_predicted else 0.0,
            "n_found": n_found, "n_right_speaker": n_right, "n_correct_predicted": len(matched),
        })
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)


CLAIM_ERROR_COLUMNS = ["doc_id", "error", "gold_speaker_id", "gold_speaker_text", "content_anchor", "speaker_id",
                       "speaker_text", "cue", "content"]


def claim_errors(gold: pd.DataFrame, predicted: pd.DataFrame, texts: Mapping[str, str]) -> pd.DataFrame:
    """List what :func:`evaluate_claims` counts against one system, a row per error, in text order.

    ``error`` is ``missed`` (a gold claim no predicted content overlaps), ``wrong_speaker`` (found,
    but no overlapping claim has the gold ``speaker_id``; the first overlapping claim is shown) or
    ``not_in_gold`` (a predicted claim that overlaps no gold anchor: a false claim, or one the
    annotators did not mark). Matching is the one of :func:`evaluate_claims`.

    Args:
        gold: Gold claims (columns :data:`GOLD_COLUMNS`).
        predicted: One system's claims (``doc_id, speaker_id, speaker_text, cue, content,
            content_start, content_end``; missing text columns are left empty).
        texts: ``doc_id`` -> document text, to locate the anchors.

    Returns:
        Columns :data:`CLAIM_ERROR_COLUMNS`.
    """
    by_doc = _claims_by_doc(predicted)
    rows, matched = [], set()
    for row, ranges in _gold_anchors(gold, texts):
        hits = _overlapping(ranges, by_doc.get(row["doc_id"], []))
        matched.update(index for index, _ in hits)
        position = ranges[0][0] if ranges else -1
        if hits and any(str(claim["speaker_id"]) == row["speaker_id"] for _, claim in hits):
            continue
        shown = hits[0][1] if hits else {}
        rows.append((row["doc_id"], position, {
            "doc_id": row["doc_id"], "error": "wrong_speaker" if hits else "missed",
            "gold_speaker_id": row["speaker_id"], "gold_speaker_text": row["speaker_text"],
            "content_anchor": row["content_anchor"], "speaker_id": str(shown.get("speaker_id", "")),
            "speaker_text": str(shown.get("speaker_text", "")), "cue": str(shown.get("cue", "")),
            "content": str(shown.get("content", ""))}))
    for doc_id, claims in by_doc.items():
        for index, claim in claims:
            if index not in matched:
                rows.append((doc_id, int(claim["content_start"]), {
                    "doc_id": doc_id, "error": "not_in_gold", "gold_speaker_id": "", "gold_speaker_text": "",
                    "content_anchor": "", "speaker_id": str(claim.get("speaker_id", "")),
                    "speaker_text": str(claim.get("speaker_text", "")), "cue": str(claim.get("cue", "")),
                    "content": str(claim.get("content", ""))}))
    rows.sort(key=lambda item: (item[0], item[1]))
    return pd.DataFrame([row for _, _, row in rows], columns=CLAIM_ERROR_COLUMNS)


def _speaker_id_of(doc: Doc, start: int, end: int) -> str:
    """The ``kb_id_`` of an entity overlapping characters ``start:end`` (the baseline's speaker)."""
    for ent in doc.ents:
        if ent.start_char < end and start < ent.end_char and ent.kb_id_:
            return ent.kb_id_
    return ""


def textacy_claims(docs: Iterable[Doc]) -> pd.DataFrame:
    """Run textacy's ``direct_quotations`` on each doc, as claims rows (the baseline).

    Limit: textacy raises on an odd number of quote marks; such a document counts as finding
    nothing (logged), the other documents are still scored. Speakers get the ``kb_id_`` of an
    overlapping entity, so pronoun speakers have no id, as in textacy itself.
    """
    from textacy.extract.triples import direct_quotations

    rows = []
    for doc in docs:
        try:
            triples = list(direct_quotations(doc))
        except Exception as error:  # noqa: BLE001  (textacy's own failures are part of the baseline)
            logger.warning("textacy direct_quotations failed on %r: %s; counted as no claims", doc._.doc_id, error)
            continue
        for triple in triples:
            speaker = triple.speaker
            start = min(t.idx for t in speaker) if speaker else 0
            end = max(t.idx + len(t) for t in speaker) if speaker else 0
            rows.append({
                "system": TEXTACY_SYSTEM, "doc_id": doc._.doc_id, "speaker_text": " ".join(t.text for t in speaker),
                "speaker_id": _speaker_id_of(doc, start, end) if speaker else "",
                "cue": " ".join(t.text for t in triple.cue), "content": triple.content.text,
                "content_start": triple.content.start_char, "content_end": triple.content.end_char,
            })
    return pd.DataFrame(rows, columns=["system", "doc_id", "speaker_text", "speaker_id", "cue", "content",
                                       "content_start", "content_end"])


def _load_nlp(model: str | None) -> Language:
    """The full workbench pipeline; the statistical model + claims only if actor data is missing."""
    import spacy

    from workbench.pipeline import load_pipeline, resolve_model
    from workbench.resources import DataFileError

    try:
        return load_pipeline(model)
    except (DataFileError, ImportError) as error:
        # speaker ids need the actor components; without them speakers are matched by text only
        logger.warning("cannot load the actor components (%s); evaluating with %s + workbench_claims only",
                       error, resolve_model(model))
        import workbench.claims  # noqa: F401  (registers the factory)

        nlp = spacy.load(resolve_model(model))
        nlp.add_pipe("workbench_claims")
        return nlp


def evaluate_paths(gold_path: str | Path, docs_paths: Iterable[str | Path], *, model: str | None = None,
                   nlp: Language | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Analyse the documents as ``workbench.analyze`` does, run textacy beside it, score both.

    The workbench row is scored on the production claims table (document dates set,
    unknown speakers linked across documents); textacy gets the same parsed documents.

    Returns:
        ``(scores, predicted)``: the table of :func:`evaluate_claims` and the predicted claims
        of both systems (with a ``system`` column).
    """
    scores, predicted, _, _ = _evaluate(gold_path, docs_paths, model=model, nlp=nlp)
    return scores, predicted


def _evaluate(gold_path: str | Path, docs_paths: Iterable[str | Path], *, model: str | None = None,
              nlp: Language | None = None) -> tuple[pd.DataFrame, pd.DataFrame, Analysis, pd.DataFrame]:
    """:func:`evaluate_paths`, also returning the workbench's :class:`Analysis` (for its mentions) and the gold."""
    from workbench.analysis import analyze, make_doc
    from workbench.corpus import load_corpus

    gold = read_gold(gold_path)
    corpus = load_corpus([Path(p) for p in docs_paths])
    for skipped in corpus.skipped:
        logger.warning("skipped: %s", skipped)
    nlp = nlp or _load_nlp(model)
    missing = sorted(set(gold["doc_id"]) - set(corpus.doc_ids))
    if missing:
        logger.warning("gold documents not in the corpus: %s", ", ".join(missing))
    analysis = analyze(corpus, nlp=nlp, cache_dir=False, progress=False)
    ours = analysis.claims.copy()
    ours.insert(0, "system", WORKBENCH_SYSTEM)
    docs = nlp.pipe(make_doc(nlp, document) for document in corpus.documents)
    predicted = pd.concat([ours, textacy_claims(docs)], ignore_index=True)
    return evaluate_claims(gold, predicted, corpus.texts), predicted, analysis, gold



def evaluate_actors(gold: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Score actor mentions against gold mentions (one row).

    Limit: a gold mention is *found* when a predicted mention of the same document overlaps
    it; it has the *right actor* when one overlapping mention carries the gold ``actor_id``.
    *precision* is the share of predicted mentions in the annotated documents that overlap a
    gold mention of the same actor (mentions the guidelines do not mark, such as demonyms,
    count against it).

    Returns:
        Columns ``n_gold, n_found, found, n_right_actor, right_actor, right_actor_of_found,
        n_predicted, precision``.
    """
    by_doc: dict[str, list[tuple[int, int, str]]] = {}
    annotated = set(gold["doc_id"])
    for row in mentions.itertuples():
        if row.doc_id in annotated:
            by_doc.setdefault(row.doc_id, []).append((int(row.start_char), int(row.end_char), row.actor_id))
    gold_by_doc: dict[str, list[tuple[int, int, str]]] = {}
    n_found = n_right = 0
    for row in gold.itertuples():
        start = int(row.start_char)
        end = start + len(row.surface)
        gold_by_doc.setdefault(row.doc_id, []).append((start, end, row.actor_id))
        hits = [m for m in by_doc.get(row.doc_id, []) if m[0] < end and start < m[1]]
        n_found += bool(hits)
        n_right += any(m[2] == row.actor_id for m in hits)
    predicted = [(doc_id, m) for doc_id, rows in by_doc.items() for m in rows]
    n_correct = sum(any(g[0] < m[1] and m[0] < g[1] and g[2] == m[2] for g in gold_by_doc.get(doc_id, []))
                    for doc_id, m in predicted)
    n_gold = len(gold)
    return pd.DataFrame([{
        "n_gold": n_gold, "n_found": n_found, "found": n_found / n_gold if n_gold else 0.0,
        "n_right_actor": n_right, "right_actor": n_right / n_gold if n_gold else 0.0,
        "right_actor_of_found": n_right / n_found if n_found else 0.0,
        "n_predicted": len(predicted), "precision": n_correct / len(predicted) if predicted else 0.0,
    }])


def actor_errors(gold: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Return the gold mentions not resolved to their gold actor, with what was predicted."""
    rows = []
    for row in gold.itertuples():
        start = int(row.start_char)
        end = start + len(row.surface)
        hits = mentions[(mentions["doc_id"] == row.doc_id) & (mentions["start_char"] < end)
                        & (mentions["end_char"] > start)]
        if not (hits["actor_id"] == row.actor_id).any():
            rows.append({"doc_id": row.doc_id, "surface": row.surface, "gold": row.actor_id,
                         "predicted": "; ".join(hits["actor_id"]) or "(not found)"})
    return pd.DataFrame(rows, columns=["doc_id", "surface", "gold", "predicted"])


def _run(args: argparse.Namespace) -> int:
    try:
        # (the actor gold is read first: a bad file stops the command before the documents are analysed)
        actor_gold = read_actor_gold(args.actors_gold) if args.actors_gold and Path(args.actors_gold).exists() else None
        scores, predicted, analysis, gold = _evaluate(args.gold, args.docs, model=args.model)
    except GoldFileError as error:
        print(f"error: {error}")
        return 1
    errors = None
    if args.show_errors or args.errors_csv:
        ours = predicted[predicted["system"] == WORKBENCH_SYSTEM]
        errors = claim_errors(gold, ours, analysis.texts)
    if args.errors_csv:
        errors.to_csv(args.errors_csv, index=False)
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.max_colwidth", 60):
        print("claims:")
        print(scores.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
        if args.show_errors:
            print(f"\nclaim errors ({', '.join(f'{n} {kind}' for kind, n in errors['error'].value_counts().items())}):"
                  if len(errors) else "\nclaim errors: none")
            if len(errors):
                print(errors.drop(columns=["gold_speaker_text", "cue"]).to_string(index=False))
        if actor_gold is not None:
            print("\nactor mentions:")
            print(evaluate_actors(actor_gold, analysis.mentions).to_string(index=False,
                                                                          float_format=lambda v: f"{v:.3f}"))
            if args.show_errors:
                print(actor_errors(actor_gold, analysis.mentions).to_string(index=False))
    if args.errors_csv:
        print(f"\nwrote {len(errors)} claim errors to {args.errors_csv}")
    return 0


def register_cli(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``evaluate`` subcommand to the ``workbench`` command line."""
    parser = subparsers.add_parser(
        "evaluate", help="score claim extraction against gold annotations (with the textacy baseline)",
        description="Print recall (found), right-speaker rate and precision of the workbench's claims and of "
                    "textacy's direct_quotations on the same gold claims.",
    )
    parser.add_argument("--gold", default="tests/gold/corpus_claims.csv", help="gold claims CSV "
                        "(default: tests/gold/corpus_claims.csv)")
    parser.add_argument("--docs", nargs="+", default=["data/corpus"], help="documents or folders (default: data/corpus)")
    parser.add_argument("--actors-gold", default="tests/gold/corpus_actors.csv",
                        help="gold actor mentions CSV (default: tests/gold/corpus_actors.csv; '' to skip)")
    parser.add_argument("--show-errors", action="store_true",
                        help="list the claims missed, found with the wrong speaker or not in the gold, and the "
                             "actor mentions resolved wrongly")
    parser.add_argument("--errors-csv", default=None, metavar="PATH",
                        help="write the claim errors (one row each, see workbench.evaluate.claim_errors) to a CSV")
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")
    parser.set_defaults(handler=_run)
