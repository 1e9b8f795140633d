"""Discourse networks (Leifeld's Discourse Network Analysis) over the claims of an ``Analysis``.

A *statement* in DNA links an actor to a concept with an agreement qualifier (1 = the actor
supports the concept, 0 = opposes it). Here statements come from the ``claims`` table:

1. :func:`assign_concepts` finds concepts in each claim's ``content`` with the lexicon in
   ``data/concepts.csv`` and gives each concept a position (support/oppose/neutral) from the
   claim type and cue words in ``data/positions.csv``.
2. :func:`discourse_network` and :func:`dna_statements` turn those into actor–concept edges
   and a DNA-compatible statements table; :func:`actor_concept_graph` and
   :func:`actor_congruence_graph` build networkx graphs; :func:`export_network` writes any of
   them as GraphML or CSV, and :func:`register_cli` adds ``workbench export-network``.

Lexicon terms are matched case-insensitively on word boundaries; a space or hyphen in a term
also matches a space, a hyphen or nothing ("troop build-up" finds "troop buildup"), and a
trailing ``*`` matches any word ending ("sanction*" finds "sanctions", "sanctioned"), a leading
``*`` any word beginning ("*n't" finds "won't").
"""
from __future__ import annotations

import argparse
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

import networkx as nx
import pandas as pd

from workbench.resources import DataFileError, data_dir, load_table

if TYPE_CHECKING:
    from workbench.analysis import Analysis

LOGGER = logging.getLogger(__name__)

POSITIONS = ("support", "oppose", "neutral")
#: DNA's agreement qualifier for each non-neutral position.
AGREEMENT = {"support": 1, "oppose": 0}
#: Agreement value of an actor–concept edge when the actor both supports and opposes the concept.
AMBIVALENT = 2
NETWORK_KINDS = ("actor-concept", "congruence", "conflict", "statements")
#: Words on each side of a concept term in which negation cues count (short: negation is local).
NEGATION_WINDOW = 4
#: Words on each side of a concept term in which stance cues count.
STANCE_WINDOW = 6
#: Clause boundaries: cue windows stop here so a cue in the next clause does not leak over.
_CLAUSE_BOUNDARY = re.compile(r"[.,;:!?()\[\]\u2013\u2014\"\u201c\u201d\u201e\u00ab\u00bb]|\s-\s")
_WORD = re.compile(r"\S+")

STATEMENT_COLUMNS = ["person", "organization", "concept", "agreement", "document", "date", "text", "claim_id"]
NETWORK_COLUMNS = ["speaker_id", "speaker_name", "concept_id", "concept", "agreement", "n_claims", "doc_ids"]


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Term:
    """One lexicon entry compiled for matching: ``pattern`` finds ``term`` in text."""

    key: str
    term: str
    pattern: re.Pattern[str]


def term_pattern(term: str) -> re.Pattern[str]:
    """Compile a lexicon term to a case-insensitive regex (the limit: no inflection beyond ``*``).

    Args:
        term: A word or phrase; spaces/hyphens match a space, hyphen or nothing; a trailing
            ``*`` matches any word ending, a leading ``*`` any word beginning (``*n't``).

    Returns:
        The compiled pattern.
    """
    text = term.strip()
    prefix_wildcard, wildcard = text.startswith("*"), text.endswith("*")
    text = text.strip("*").strip()
    parts = [re.escape(part) for part in re.split(r"[\s\-]+", text) if part]
    # typographic and straight apostrophes are the same letter for matching ("don’t" = "don't")
    body = r"[\s\-\u2011]*".join(parts).replace("'", "['\u2019]")
    # word boundaries only where the term's edge is a word character and not a wildcard
    left = r"\w*" if prefix_wildcard else (r"(?<!\w)" if text[:1].isalnum() else "")
    right = r"\w*" if wildcard else (r"(?!\w)" if text[-1:].isalnum() else "")
    return re.compile(left + body + right, re.IGNORECASE)


def load_lexicon(path: str | Path | None = None) -> pd.DataFrame:
    """Load the concept lexicon (columns concept_id, concept, term, source).

    Args:
        path: A CSV file with those columns; ``None`` for ``data/concepts.csv``.

    Returns:
        One row per term.

    Raises:
        DataFileError: The file lacks a column or has a row without concept_id or term.
    """
    frame = load_table("concepts.csv") if path is None else pd.read_csv(path, dtype=str, keep_default_na=False)
    _check_columns(frame, ("concept_id", "concept", "term", "source"), path or data_dir() / "concepts.csv")
    bad = frame.index[(frame["concept_id"].str.strip() == "") | (frame["term"].str.strip() == "")]
    if len(bad):
        raise DataFileError(
            f"{path or data_dir() / 'concepts.csv'}: row(s) {', '.join(str(i + 2) for i in bad[:5])} lack a "
            "concept_id or term; fill them in or delete the rows."
        )
    return frame


def load_positions(path: str | Path | None = None) -> pd.DataFrame:
    """Load the position rules (columns kind, term, position, source) from ``data/positions.csv``.

    ``kind`` is ``claim_type`` (the default position of a claim type), ``negation`` (a cue before
    a concept term that negates it), ``negation_after`` (a cue after the term) or ``stance`` (a cue
    near the term whose ``position`` is support or oppose). Negation cues have position ``negate``
    (the speaker's own "no", "not", "against") or ``violate`` (an attack on the concept: "veto",
    "violation of"), which differ only for neutral claim types (see :func:`concept_position`).

    Raises:
        DataFileError: The file lacks a column or has an unknown ``kind``/``position``.
    """
    file = Path(path) if path is not None else data_dir() / "positions.csv"
    if not file.exists():
        raise DataFileError(f"{file}: position rules not found. Restore it from git (`git checkout -- {file.name}`).")
    frame = pd.read_csv(file, dtype=str, keep_default_na=False)
    _check_columns(frame, ("kind", "term", "position", "source"), file)
    frame = frame.apply(lambda column: column.str.strip())
    kinds = {"claim_type", "negation", "negation_after", "stance"}
    for index, row in frame.iterrows():
        valid = POSITIONS if row["kind"] in ("claim_type", "stance") else ("negate", "violate")
        if row["kind"] not in kinds or row["position"] not in valid:
            raise DataFileError(
                f"{file}: row {index + 2} ({row['kind']!r}, {row['term']!r}, {row['position']!r}) is invalid; "
                f"kind must be one of {sorted(kinds)} and position one of {list(valid)}."
            )
    return frame


def _check_columns(frame: pd.DataFrame, columns: Iterable[str], path: str | Path) -> None:
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise DataFileError(f"{path}: missing column(s) {', '.join(missing)}; expected {', '.join(columns)}.")


@dataclass(frozen=True)
class _Rules:
    concepts: tuple[Term, ...]
    concept_names: dict[str, str]
    claim_types: dict[str, str]
    negation_before: tuple[Term, ...]
    negation_after: tuple[Term, ...]
    stance: tuple[Term, ...]


def _compile_rules(lexicon: pd.DataFrame, positions: pd.DataFrame) -> _Rules:
    concepts = tuple(Term(r.concept_id, r.term, term_pattern(r.term)) for r in lexicon.itertuples(index=False))
    names = dict(zip(lexicon["concept_id"], lexicon["concept"]))

    def terms(kind: str) -> tuple[Term, ...]:
        rows = positions[positions["kind"] == kind]
        return tuple(Term(r.position, r.term, term_pattern(r.term)) for r in rows.itertuples(index=False))

    claim_rows = positions[positions["kind"] == "claim_type"]
    return _Rules(
        concepts=concepts,
        concept_names=names,
        claim_types={t.lower(): p for t, p in zip(claim_rows["term"], claim_rows["position"])},
        negation_before=terms("negation"),
        negation_after=terms("negation_after"),
        stance=terms("stance"),
    )


@lru_cache(maxsize=4)
def _default_rules(directory: str) -> _Rules:
    # cached per data folder: the lexicons are read once per process, not once per claim
    return _compile_rules(load_lexicon(), load_positions())


def concept_names(lexicon: pd.DataFrame | None = None) -> dict[str, str]:
    """Return ``{concept_id: concept}`` from ``lexicon`` (default ``data/concepts.csv``)."""
    frame = load_lexicon() if lexicon is None else lexicon
    return dict(zip(frame["concept_id"], frame["concept"]))


# --------------------------------------------------------------------------- concepts and positions


class ConceptMatch(NamedTuple):
    """A concept found in a text, with the position the claim takes on it."""

    concept_id: str
    position: str
    start_char: int
    end_char: int
    term: str


def base_position(claim_type: str, rules: _Rules) -> str:
    """Return the default position of a claim type (``neutral`` when the type is unknown)."""
    key = (claim_type or "").strip().lower()
    if key in rules.claim_types:
        return rules.claim_types[key]
    # "warning/threat" style types: try each part, so either naming convention of cues.csv works
    for part in key.split("/"):
        if part in rules.claim_types:
            return rules.claim_types[part]
    return "neutral"


def _window(text: str, start: int, end: int, words: int, *, side: str) -> tuple[str, int]:
    """Return the clause-bounded window of ``words`` words before/after ``text[start:end]`` and its offset."""
    if side == "before":
        left = text[:start]
        boundaries = list(_CLAUSE_BOUNDARY.finditer(left))
        begin = boundaries[-1].end() if boundaries else 0
        tokens = list(_WORD.finditer(left, begin))[-words:]
        offset = tokens[0].start() if tokens else start
        return text[offset:start], offset
    right = text[end:]
    boundary = _CLAUSE_BOUNDARY.search(right)
    stop = boundary.start() if boundary else len(right)
    tokens = list(_WORD.finditer(right[:stop]))[:words]
    return (right[: tokens[-1].end()] if tokens else ""), end


@cache
def _literal(term: str) -> str:
    """The longest apostrophe-free word of a term, lowercased: text without it cannot match."""
    parts = [part.lower() for part in re.split(r"[\s\-*]+", term) if part and "'" not in part]
    return max(parts, key=len, default="")


def _possible(terms: tuple[Term, ...], text: str) -> list[Term]:
    # Why: a substring test per term is far cheaper than a regex search, and most texts hold
    # none of the lexicon's words; assignment over 10,000 claims stays well under a second.
    lowered = text.lower()
    return [t for t in terms if _literal(t.term) in lowered]


def _cue_spans(window: str, offset: int, terms: tuple[Term, ...]) -> list[tuple[int, int, str, str]]:
    return [(offset + m.start(), offset + m.end(), t.key, t.term)
            for t in _possible(terms, window) for m in t.pattern.finditer(window)]


def _drop_contained(spans: list[tuple[int, int, str, str]], covers: list[tuple[int, int, str, str]]) -> list:
    # a cue inside a longer stance cue is part of it ("no" in "no alternative to" is not a negation)
    return [s for s in spans if not any(c[0] <= s[0] and s[1] <= c[1] and (c[1] - c[0]) > (s[1] - s[0]) for c in covers)]


def concept_position(text: str, start: int, end: int, claim_type: str, rules: _Rules) -> str:
    """Return the position a claim of ``claim_type`` takes on the concept term at ``text[start:end]``.

    The rule (limit: cues are read only within the term's clause, a few words around it):

    1. The claim type gives the default (``data/positions.csv``, kind ``claim_type``): a demand
       or proposal supports what it names, a denial/rejection or accusation opposes it, a
       statement, assessment or warning is neutral.
    2. A negation cue up to 4 words before the term ("no further NATO enlargement", "NATO will
       not expand further east", "against sanctions", "an end to") or after it ("... must stop")
       flips the default: support -> oppose, oppose -> support; a neutral default becomes
       oppose for a ``negate`` cue ("there will be no sanctions") but support for a ``violate``
       cue, since naming an attack on a concept without other cue reads as defending it
       ("the violation of Ukraine's sovereignty"). When both kinds occur, ``negate`` wins.
    3. Otherwise a stance cue up to 6 words around the term decides for any claim type
       ("NATO expansion is a threat" -> oppose; "welcomed the talks" -> support); the nearest
       cue wins.
    4. Otherwise the default stands.

    Cues inside a longer stance cue do not count ("there is no alternative to the Minsk
    agreements" is support, not a negated Minsk).
    """
    default = base_position(claim_type, rules)
    before, before_at = _window(text, start, end, NEGATION_WINDOW, side="before")
    after, after_at = _window(text, start, end, NEGATION_WINDOW, side="after")
    stance_before, sb_at = _window(text, start, end, STANCE_WINDOW, side="before")
    stance_after, sa_at = _window(text, start, end, STANCE_WINDOW, side="after")
    stances = _cue_spans(stance_before, sb_at, rules.stance) + _cue_spans(stance_after, sa_at, rules.stance)
    negations = _cue_spans(before, before_at, rules.negation_before) + _cue_spans(after, after_at, rules.negation_after)
    negations = _drop_contained(negations, stances)
    stances = _drop_contained(stances, negations)
    if negations:
        if default != "neutral":
            return {"support": "oppose", "oppose": "support"}[default]
        return "oppose" if any(n[2] == "negate" for n in negations) else "support"
    if stances:
        # the cue nearest to the term speaks about it
        nearest = min(stances, key=lambda s: min(abs(s[0] - end), abs(start - s[1])))
        return nearest[2]
    return default


def find_concepts(text: str, *, claim_type: str = "", rules: _Rules | None = None) -> list[ConceptMatch]:
    """Find lexicon concepts in ``text`` with a position each (limit: exact terms, no synonyms).

    Each concept is reported once, at its first term in the text; it is negated if any of its
    terms is (see :func:`concept_position`); when its terms disagree, ``oppose`` wins because an
    explicit negation is the stronger signal.

    Args:
        text: A claim's content.
        claim_type: The claim's type (demand, denial...), which sets the default position.
        rules: Compiled rules; ``None`` for the data files.

    Returns:
        Matches ordered by their first position in ``text``.
    """
    rules = rules or _default_rules(str(data_dir()))
    found: dict[str, list[ConceptMatch]] = {}
    for term in _possible(rules.concepts, text or ""):
        for match in term.pattern.finditer(text or ""):
            position = concept_position(text, match.start(), match.end(), claim_type, rules)
            found.setdefault(term.key, []).append(
                ConceptMatch(term.key, position, match.start(), match.end(), match.group(0))
            )
    results = []
    for matches in found.values():
        first = min(matches, key=lambda m: (m.start_char, -m.end_char))
        positions = {m.position for m in matches}
        position = "oppose" if "oppose" in positions else first.position
        results.append(ConceptMatch(first.concept_id, position, first.start_char, first.end_char, first.term))
    return sorted(results, key=lambda m: (m.start_char, m.concept_id))


def assign_concepts(
    claims: pd.DataFrame,
    *,
    lexicon: pd.DataFrame | None = None,
    positions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Fill ``concepts``, ``position`` and ``concept_positions`` of a claims table (limit: lexicon terms only).

    Columns written:
        concepts: ``;``-joined concept_ids found in ``content``, in text order ("" for none).
        concept_positions: ``;``-joined ``concept_id:position`` pairs, aligned with ``concepts``
            (the stance of the claim on each concept, see :func:`concept_position`).
        position: the claim's stance on its own content: the default of its claim type
            (demand/proposal -> support, denial/accusation -> oppose, else neutral), or, when the
            type is neutral, the first stance cue in the content ("welcomed ..."); e.g.
            Putin *demanding* guarantees that NATO will not expand is ``support`` (of the
            demand), while its concept_positions are ``security_guarantees:support;
            nato_enlargement:oppose``.

    Args:
        claims: A claims table (needs ``content`` and ``claim_type``; other columns are kept).
        lexicon: Concept lexicon (columns of ``data/concepts.csv``); ``None`` for the data file.
        positions: Position rules (columns of ``data/positions.csv``); ``None`` for the data file.

    Returns:
        A copy of ``claims`` with the three columns filled.
    """
    if lexicon is None and positions is None:
        rules = _default_rules(str(data_dir()))
    else:
        rules = _compile_rules(load_lexicon() if lexicon is None else lexicon,
                               load_positions() if positions is None else positions)
    frame = claims.copy()
    for column in ("content", "claim_type"):
        if column not in frame.columns:
            frame[column] = ""
    concepts, pairs, overall = [], [], []
    for content, claim_type in zip(frame["content"].fillna("").astype(str), frame["claim_type"].fillna("").astype(str)):
        matches = find_concepts(content, claim_type=claim_type, rules=rules)
        concepts.append(";".join(m.concept_id for m in matches))
        pairs.append(";".join(f"{m.concept_id}:{m.position}" for m in matches))
        overall.append(_claim_position(content, claim_type, rules))
    frame["concepts"] = pd.Series(concepts, index=frame.index, dtype=object)
    frame["position"] = pd.Series(overall, index=frame.index, dtype=object)
    frame["concept_positions"] = pd.Series(pairs, index=frame.index, dtype=object)
    n_with = sum(1 for c in concepts if c)
    LOGGER.info("found concepts in %d of %d claims", n_with, len(frame))
    return frame


def _claim_position(content: str, claim_type: str, rules: _Rules) -> str:
    default = base_position(claim_type, rules)
    if default != "neutral":
        return default
    # a neutral claim type takes the first stance cue of its content, if any ("welcomed the talks")
    cues = sorted(_cue_spans(content, 0, rules.stance))
    return cues[0][2] if cues else "neutral"


# --------------------------------------------------------------------------- statements and networks


def _claims_with_concepts(analysis: Analysis) -> pd.DataFrame:
    claims = analysis.claims
    filled = (
        "concept_positions" in claims.columns
        and "concepts" in claims.columns
        and claims["concepts"].fillna("").astype(str).str.len().gt(0).any()
    )
    # reuse concepts already assigned (e.g. hand-coded); otherwise derive them from the lexicon
    return claims.copy() if filled else assign_concepts(claims)


def concept_statements(analysis: Analysis, *, include_neutral: bool = False) -> pd.DataFrame:
    """Return one row per claim and concept (the raw material of every discourse network).

    Columns: claim_id, doc_id, speaker_id, speaker_name, concept_id, concept, position,
    agreement (1 support, 0 oppose, -1 neutral), content. Claims without a speaker_id are left
    out (a statement needs an actor); neutral ones only with ``include_neutral``.
    """
    claims = _claims_with_concepts(analysis)
    names = concept_names()
    rows = []
    for claim in claims.itertuples(index=False):
        speaker = str(getattr(claim, "speaker_id", "") or "")
        pairs = str(getattr(claim, "concept_positions", "") or "")
        if not speaker or not pairs:
            continue
        for pair in pairs.split(";"):
            concept_id, _, position = pair.partition(":")
            position = position or "neutral"
            if position == "neutral" and not include_neutral:
                continue
            rows.append({
                "claim_id": str(claim.claim_id), "doc_id": str(claim.doc_id), "speaker_id": speaker,
                "speaker_name": str(getattr(claim, "speaker_name", "") or speaker),
                "concept_id": concept_id, "concept": names.get(concept_id, concept_id), "position": position,
                "agreement": AGREEMENT.get(position, -1), "content": str(getattr(claim, "content", "") or ""),
            })
    columns = ["claim_id", "doc_id", "speaker_id", "speaker_name", "concept_id", "concept", "position",
               "agreement", "content"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["agreement"] = frame["agreement"].astype("int64")
    LOGGER.info("%d actor-concept statements from %d claims", len(frame), len(claims))
    return frame.sort_values(["doc_id", "claim_id", "concept_id"], kind="stable").reset_index(drop=True)


def discourse_network(analysis: Analysis) -> pd.DataFrame:
    """Return the actor–concept edges of the discourse network (neutral statements left out).

    Returns:
        Columns speaker_id, speaker_name, concept_id, concept, agreement (1 support, 0 oppose,
        as in DNA), n_claims (claims with that agreement), doc_ids (``;``-joined, sorted). An
        actor who both supports and opposes a concept has two rows.
    """
    statements = concept_statements(analysis)
    if statements.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("agreement", "n_claims") else object)
                             for c in NETWORK_COLUMNS})
    grouped = statements.groupby(["speaker_id", "concept_id", "agreement"], sort=True)
    frame = grouped.agg(
        speaker_name=("speaker_name", "first"),
        concept=("concept", "first"),
        n_claims=("claim_id", "nunique"),
        doc_ids=("doc_id", lambda ids: ";".join(sorted(set(ids)))),
    ).reset_index()
    frame = frame.sort_values(["speaker_id", "concept_id", "agreement"], ascending=[True, True, False])
    return frame[NETWORK_COLUMNS].reset_index(drop=True)


def _actor_types(analysis: Analysis) -> dict[str, str]:
    types: dict[str, str] = {}
    mentions = analysis.mentions
    if "actor_type" in mentions.columns:
        for actor_id, actor_type in zip(mentions["actor_id"], mentions["actor_type"]):
            if actor_id and actor_type:
                types.setdefault(str(actor_id), str(actor_type))
    actors = analysis.actors
    if "actor_type" in actors.columns:
        # the actors table is the curated record; it wins over per-mention types
        types.update({str(a): str(t) for a, t in zip(actors["actor_id"], actors["actor_type"]) if a and t})
    return types


def dna_statements(analysis: Analysis) -> pd.DataFrame:
    """Return a statements table that Discourse Network Analyzer (DNA) can import (limit: no neutrals).

    Columns: person, organization, concept, agreement (1/0), document (doc_id), date (document
    date, ISO, "" if unknown), text (the claim content), claim_id. A speaker whose actor_type is
    ``person`` (or unknown) goes in ``person`` with their ``country`` from the actors table as
    ``organization`` (recode it as your study needs); any other speaker (government, ministry,
    alliance, media...) goes in ``organization`` with ``person`` empty. Neutral statements are left
    out because DNA's agreement qualifier is binary.
    """
    statements = concept_statements(analysis)
    types = _actor_types(analysis)
    countries = {}
    if "country" in analysis.actors.columns:
        names = dict(zip(analysis.actors["actor_id"].astype(str), analysis.actors["actor_name"].astype(str)))
        # the country column may hold an actor_id ("russia"); show its display name then
        countries = {str(a): names.get(str(c), str(c)) for a, c in zip(analysis.actors["actor_id"], analysis.actors["country"])}
    dates = dict(zip(analysis.documents["doc_id"].astype(str), analysis.documents["date"].fillna("").astype(str)))
    rows = []
    for row in statements.itertuples(index=False):
        is_person = types.get(row.speaker_id, "person") in ("person", "")
        rows.append({
            "person": row.speaker_name if is_person else "",
            "organization": countries.get(row.speaker_id, "") if is_person else row.speaker_name,
            "concept": row.concept, "agreement": int(row.agreement), "document": row.doc_id,
            "date": dates.get(row.doc_id, ""), "text": row.content, "claim_id": row.claim_id,
        })
    frame = pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
    frame["agreement"] = frame["agreement"].astype("int64")
    return frame


def _add_actor_node(graph: nx.Graph, actor_id: str, name: str, types: dict[str, str], **extra: object) -> None:
    graph.add_node(actor_id, label=name or actor_id, actor_name=name or actor_id,
                   actor_type=types.get(actor_id, ""), **extra)


def actor_concept_graph(analysis: Analysis) -> nx.Graph:
    """Return the bipartite actor–concept graph (limit: one edge per pair; ambivalence is agreement 2).

    Nodes: actors (id = actor_id; ``bipartite=0``, ``kind="actor"``, label, actor_name, actor_type)
    and concepts (id = ``concept:<concept_id>`` so ids cannot clash with actors; ``bipartite=1``,
    ``kind="concept"``, label, concept_id). Edges: ``agreement`` 1 (supports), 0 (opposes) or 2
    (both), ``weight`` (claims), ``n_support``, ``n_oppose``, ``doc_ids``. Every attribute is a
    str or int, so the graph writes to GraphML as is.
    """
    network = discourse_network(analysis)
    types = _actor_types(analysis)
    graph = nx.Graph(name="actor-concept")
    for (speaker_id, concept_id), rows in network.groupby(["speaker_id", "concept_id"], sort=True):
        name = str(rows["speaker_name"].iloc[0])
        _add_actor_node(graph, speaker_id, name, types, bipartite=0, kind="actor")
        node = f"concept:{concept_id}"
        graph.add_node(node, label=str(rows["concept"].iloc[0]), concept_id=concept_id, bipartite=1, kind="concept")
        n_support = int(rows.loc[rows["agreement"] == 1, "n_claims"].sum())
        n_oppose = int(rows.loc[rows["agreement"] == 0, "n_claims"].sum())
        agreement = AMBIVALENT if n_support and n_oppose else (1 if n_support else 0)
        doc_ids = sorted({d for ids in rows["doc_ids"] for d in ids.split(";") if d})
        graph.add_edge(speaker_id, node, agreement=agreement, weight=n_support + n_oppose,
                       n_support=n_support, n_oppose=n_oppose, doc_ids=";".join(doc_ids))
    return graph


def actor_congruence_edges(analysis: Analysis, *, kind: Literal["congruence", "conflict"] = "congruence") -> pd.DataFrame:
    """Return the actor–actor edges of a congruence or conflict network as a table.

    Two actors are linked in the *congruence* network for every concept on which they share an
    agreement (both support or both oppose), in the *conflict* network for every concept on which
    one supports and the other opposes. ``weight`` counts those shared concept-agreements (an
    actor who both supports and opposes a concept can add to both networks).

    Returns:
        Columns actor_a, actor_a_name, actor_b, actor_b_name (actor_a < actor_b), weight,
        concepts (``;``-joined concept_ids, sorted).

    Raises:
        ValueError: ``kind`` is neither ``"congruence"`` nor ``"conflict"``.
    """
    if kind not in ("congruence", "conflict"):
        raise ValueError(f"kind must be 'congruence' or 'conflict', not {kind!r}")
    network = discourse_network(analysis)
    names = dict(zip(network["speaker_id"], network["speaker_name"]))
    edges: dict[tuple[str, str], list[str]] = {}
    for concept_id, rows in network.groupby("concept_id", sort=True):
        pairs = list(zip(rows["speaker_id"], rows["agreement"]))
        for i, (actor_a, agree_a) in enumerate(pairs):
            for actor_b, agree_b in pairs[i + 1:]:
                if actor_a == actor_b:
                    continue
                if (agree_a == agree_b) == (kind == "congruence"):
                    key = tuple(sorted((actor_a, actor_b)))
                    edges.setdefault(key, []).append(concept_id)
    rows_out = [{
        "actor_a": a, "actor_a_name": names[a], "actor_b": b, "actor_b_name": names[b],
        "weight": len(concepts), "concepts": ";".join(sorted(set(concepts))),
    } for (a, b), concepts in sorted(edges.items())]
    frame = pd.DataFrame(rows_out, columns=["actor_a", "actor_a_name", "actor_b", "actor_b_name", "weight", "concepts"])
    frame["weight"] = frame["weight"].astype("int64")
    return frame


def actor_congruence_graph(analysis: Analysis, *, kind: Literal["congruence", "conflict"] = "congruence") -> nx.Graph:
    """Return the actor congruence or conflict network (see :func:`actor_congruence_edges`).

    Nodes: every actor with a non-neutral statement (isolates included), attributes label,
    actor_name, actor_type. Edges: ``weight`` and ``concepts``.
    """
    edges = actor_congruence_edges(analysis, kind=kind)
    network = discourse_network(analysis)
    types = _actor_types(analysis)
    graph = nx.Graph(name=kind)
    for speaker_id, name in sorted(dict(zip(network["speaker_id"], network["speaker_name"])).items()):
        _add_actor_node(graph, speaker_id, str(name), types)
    for row in edges.itertuples(index=False):
        graph.add_edge(row.actor_a, row.actor_b, weight=int(row.weight), concepts=row.concepts)
    return graph


def network_table(analysis: Analysis, *, kind: str) -> pd.DataFrame:
    """Return the table behind an export ``kind`` (actor-concept, congruence, conflict, statements)."""
    if kind == "actor-concept":
        return discourse_network(analysis)
    if kind in ("congruence", "conflict"):
        return actor_congruence_edges(analysis, kind=kind)
    if kind == "statements":
        return dna_statements(analysis)
    raise ValueError(f"unknown network kind {kind!r}; choose one of {', '.join(NETWORK_KINDS)}")


def network_graph(analysis: Analysis, *, kind: str) -> nx.Graph:
    """Return the graph behind an export ``kind`` (actor-concept, congruence, conflict)."""
    if kind == "actor-concept":
        return actor_concept_graph(analysis)
    if kind in ("congruence", "conflict"):
        return actor_congruence_graph(analysis, kind=kind)
    if kind == "statements":
        raise ValueError("the statements table is not a graph; export it with fmt='csv' (--format csv)")
    raise ValueError(f"unknown network kind {kind!r}; choose one of {', '.join(NETWORK_KINDS)}")


def export_network(
    analysis: Analysis,
    out: str | Path,
    *,
    kind: Literal["actor-concept", "congruence", "conflict", "statements"] = "actor-concept",
    fmt: Literal["graphml", "csv"] = "graphml",
) -> Path:
    """Write a discourse network or the DNA statements to ``out`` as GraphML or CSV.

    CSV holds the table form (:func:`network_table`); GraphML the graph form
    (:func:`network_graph`, not available for ``statements``). Parent folders are created.

    Returns:
        The path written.

    Raises:
        ValueError: Unknown ``kind``/``fmt``, or ``statements`` asked as GraphML.
    """
    if fmt not in ("graphml", "csv"):
        raise ValueError(f"unknown format {fmt!r}; choose 'graphml' or 'csv'")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        frame = network_table(analysis, kind=kind)
        frame.to_csv(out, index=False, lineterminator="\n")
        LOGGER.info("wrote %d rows of %s to %s", len(frame), kind, out)
    else:
        graph = network_graph(analysis, kind=kind)
        nx.write_graphml(graph, out)
        LOGGER.info("wrote %s graph (%d nodes, %d edges) to %s", kind, graph.number_of_nodes(),
                    graph.number_of_edges(), out)
    return out


# --------------------------------------------------------------------------- command line


def register_cli(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``workbench export-network`` to the CLI's sub-parsers; the handler is ``args.handler``."""
    from workbench.cli import add_common_options

    parser = subparsers.add_parser(
        "export-network",
        help="export a discourse network (actor-concept, congruence, conflict) or DNA statements",
        description="Analyse a corpus and write a discourse network as GraphML or CSV, or the "
                    "DNA-compatible statements table (person, organization, concept, agreement, "
                    "document, date) as CSV.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="corpus files or folders (default: seeds/ and data/corpus/)")
    parser.add_argument("--kind", choices=NETWORK_KINDS, default="actor-concept",
                        help="which network (default: %(default)s)")
    parser.add_argument("--format", dest="fmt", choices=("graphml", "csv"), default="graphml",
                        help="output format (default: %(default)s; statements need csv)")
    parser.add_argument("--out", required=True, type=Path, help="file to write")
    add_common_options(parser)
    parser.set_defaults(handler=run_export_network)
    return parser


def run_export_network(args: argparse.Namespace) -> int:
    """Handle ``workbench export-network``: load the corpus, analyse it, write the network.

    Returns:
        0 on success; 2 when ``--kind statements`` is asked as GraphML; 1 when documents failed
        (the network is still written from the others).
    """
    import sys

    from workbench.cli import analyze_from_args

    if args.kind == "statements" and args.fmt == "graphml":
        print("error: --kind statements is a table, not a graph; use --format csv", file=sys.stderr)
        return 2
    _, analysis = analyze_from_args(args.paths, args)
    path = export_network(analysis, args.out, kind=args.kind, fmt=args.fmt)
    print(f"wrote {args.kind} ({args.fmt}) to {path}")
    errors = analysis.meta.get("errors", [])
    if errors:
        print(f"error: {len(errors)} document(s) failed: {', '.join(str(e.get('doc_id')) for e in errors)}",
              file=sys.stderr)
        return 1
    return 0
