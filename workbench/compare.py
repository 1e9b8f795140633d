"""Cross-document comparison over an :class:`~workbench.analysis.Analysis`.

Every function takes the ``Analysis`` first and keyword-only options after, and returns a tidy
DataFrame (or a networkx graph where stated) with the project's column vocabulary. Actors are
compared by ``actor_id``, so spelling variants ("Kyiv"/"Kiev", "Zakharova"/"Sakharova") count as
one actor; the surface forms seen stay visible in the ``surface_*`` columns.
"""
from __future__ import annotations

import itertools
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import networkx as nx
import pandas as pd

from workbench.discourse import assign_concepts

if TYPE_CHECKING:
    from workbench.analysis import Analysis

LOGGER = logging.getLogger(__name__)

#: Values of the ``side`` column of :class:`DocumentComparison` tables.
SIDES = ("shared", "only_a", "only_b")


def _linked_mentions(analysis: Analysis) -> pd.DataFrame:
    mentions = analysis.mentions
    # mentions without an actor_id were not linked to any actor; they cannot be compared
    return mentions[mentions["actor_id"].fillna("").astype(str) != ""]


def _actor_names(analysis: Analysis) -> dict[str, str]:
    names: dict[str, str] = {}
    mentions = _linked_mentions(analysis)
    for actor_id, name in zip(mentions["actor_id"], mentions["actor_name"]):
        if name:
            names.setdefault(str(actor_id), str(name))
    # the actors table holds the canonical display name; it wins over per-mention names
    names.update({str(a): str(n) for a, n in zip(analysis.actors["actor_id"], analysis.actors["actor_name"]) if a and n})
    return names


def _actor_types(analysis: Analysis) -> dict[str, str]:
    types: dict[str, str] = {}
    mentions = _linked_mentions(analysis)
    if "actor_type" in mentions.columns:
        for actor_id, actor_type in zip(mentions["actor_id"], mentions["actor_type"]):
            if actor_type:
                types.setdefault(str(actor_id), str(actor_type))
    types.update({str(a): str(t) for a, t in zip(analysis.actors["actor_id"], analysis.actors["actor_type"]) if a and t})
    return types


def _doc_ids(analysis: Analysis) -> list[str]:
    ids = list(dict.fromkeys(str(d) for d in analysis.documents["doc_id"]))
    for table in (analysis.mentions, analysis.claims, analysis.formats):
        ids.extend(d for d in dict.fromkeys(str(d) for d in table["doc_id"]) if d not in ids)
    return sorted(ids)


# --------------------------------------------------------------------------- actors × documents


def actor_document_counts(analysis: Analysis, *, min_mentions: int = 1) -> pd.DataFrame:
    """Return mention counts per actor and document in long form (zero counts left out).

    Args:
        analysis: The analysed corpus.
        min_mentions: Keep actors with at least this many mentions over the whole corpus.

    Returns:
        Columns actor_id, actor_name, doc_id, n_mentions; sorted by actor_id, doc_id.
    """
    mentions = _linked_mentions(analysis)
    columns = ["actor_id", "actor_name", "doc_id", "n_mentions"]
    if mentions.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "n_mentions" else object) for c in columns})
    counts = mentions.groupby(["actor_id", "doc_id"], sort=True).size().rename("n_mentions").reset_index()
    totals = counts.groupby("actor_id")["n_mentions"].transform("sum")
    counts = counts[totals >= min_mentions].copy()
    names = _actor_names(analysis)
    counts["actor_name"] = counts["actor_id"].map(lambda a: names.get(a, a))
    counts["n_mentions"] = counts["n_mentions"].astype("int64")
    return counts[columns].reset_index(drop=True)


def actor_document_matrix(analysis: Analysis, *, min_mentions: int = 1) -> pd.DataFrame:
    """Return the actor × document matrix of mention counts (limit: linked mentions only).

    Spelling variants share an actor_id and so one row. For the long (tidy) form use
    :func:`actor_document_counts`.

    Args:
        analysis: The analysed corpus.
        min_mentions: Keep actors with at least this many mentions over the whole corpus.

    Returns:
        Columns actor_id, actor_name, n_mentions (total), n_docs, then one integer column per
        doc_id (every document of the analysis, sorted); rows sorted by n_mentions descending,
        then actor_id.
    """
    counts = actor_document_counts(analysis, min_mentions=min_mentions)
    doc_ids = _doc_ids(analysis)
    wide = counts.pivot_table(index=["actor_id", "actor_name"], columns="doc_id", values="n_mentions",
                              aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=doc_ids, fill_value=0).astype("int64")
    wide.columns.name = None
    wide = wide.reset_index()
    wide.insert(2, "n_mentions", wide[doc_ids].sum(axis=1).astype("int64") if doc_ids else 0)
    wide.insert(3, "n_docs", (wide[doc_ids] > 0).sum(axis=1).astype("int64") if doc_ids else 0)
    wide = wide.sort_values(["n_mentions", "actor_id"], ascending=[False, True], kind="stable")
    return wide.reset_index(drop=True)


# --------------------------------------------------------------------------- claims and formats


def claims_by_speaker(analysis: Analysis) -> pd.DataFrame:
    """Return claim counts per speaker and claim type (unattributed claims under speaker_id "").

    Returns:
        Columns speaker_id, speaker_name, claim_type, n_claims, n_docs; sorted by n_claims
        descending, then speaker_id and claim_type.
    """
    claims = analysis.claims.copy()
    columns = ["speaker_id", "speaker_name", "claim_type", "n_claims", "n_docs"]
    if claims.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c.startswith("n_") else object) for c in columns})
    for column in ("speaker_id", "speaker_name", "claim_type"):
        claims[column] = claims[column].fillna("").astype(str)
    frame = claims.groupby(["speaker_id", "claim_type"], sort=True).agg(
        speaker_name=("speaker_name", "first"), n_claims=("claim_id", "size"), n_docs=("doc_id", "nunique"),
    ).reset_index()
    frame[["n_claims", "n_docs"]] = frame[["n_claims", "n_docs"]].astype("int64")
    # the unattributed group mixes many written speakers ("he", "officials"); no name fits it
    frame.loc[frame["speaker_id"] == "", "speaker_name"] = ""
    frame = frame.sort_values(["n_claims", "speaker_id", "claim_type"], ascending=[False, True, True], kind="stable")
    return frame[columns].reset_index(drop=True)


def format_mentions(analysis: Analysis, *, by: Literal["document", "date", "month"] = "document") -> pd.DataFrame:
    """Return format mention counts per document, or over time by document date.

    Args:
        analysis: The analysed corpus.
        by: ``"document"`` (one row per doc_id and format), ``"date"`` (per document date) or
            ``"month"`` (per ``YYYY-MM`` of the document date). Documents without a date are
            counted under date/month ``""``.

    Returns:
        ``by="document"``: doc_id, date, format_id, format_name, n_mentions.
        ``by="date"``/``"month"``: date or month, format_id, format_name, n_mentions, n_docs.
        Sorted by the first column, then format_id.

    Raises:
        ValueError: ``by`` is not one of the three values.
    """
    if by not in ("document", "date", "month"):
        raise ValueError(f"by must be 'document', 'date' or 'month', not {by!r}")
    formats = analysis.formats.copy()
    dates = dict(zip(analysis.documents["doc_id"].astype(str), analysis.documents["date"].fillna("").astype(str)))
    formats["date"] = formats["doc_id"].astype(str).map(lambda d: dates.get(d, ""))
    # ISO dates: the month is the first seven characters
    formats["month"] = formats["date"].str.slice(0, 7)
    if by == "document":
        keys, columns = ["doc_id", "date", "format_id"], ["doc_id", "date", "format_id", "format_name", "n_mentions"]
    else:
        keys, columns = [by, "format_id"], [by, "format_id", "format_name", "n_mentions", "n_docs"]
    if formats.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c.startswith("n_") else object) for c in columns})
    frame = formats.groupby(keys, sort=True).agg(
        format_name=("format_name", "first"), n_mentions=("doc_id", "size"), n_docs=("doc_id", "nunique"),
    ).reset_index()
    frame[["n_mentions", "n_docs"]] = frame[["n_mentions", "n_docs"]].astype("int64")
    return frame[columns].sort_values([columns[0], "format_id"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- co-occurrence


def cooccurrence_network(
    analysis: Analysis,
    *,
    level: Literal["sentence", "document"] = "sentence",
    min_weight: int = 1,
) -> nx.Graph:
    """Return the actor co-occurrence graph (limit: co-occurrence is not interaction).

    Args:
        analysis: The analysed corpus.
        level: Actors co-occur when mentioned in the same sentence (``doc_id``, ``sent_index``)
            or in the same document.
        min_weight: Keep edges with at least this many shared sentences/documents.

    Returns:
        A graph whose nodes are actor_ids (attributes actor_name, actor_type, n_mentions; every
        linked actor is a node, isolates included) and whose edges carry ``weight`` (number of
        shared sentences or documents) and ``doc_ids`` (``;``-joined, sorted). Attributes are
        str/int, ready for GraphML.

    Raises:
        ValueError: ``level`` is neither ``"sentence"`` nor ``"document"``.
    """
    if level not in ("sentence", "document"):
        raise ValueError(f"level must be 'sentence' or 'document', not {level!r}")
    mentions = _linked_mentions(analysis)
    names, types = _actor_names(analysis), _actor_types(analysis)
    graph = nx.Graph(name=f"co-occurrence ({level})")
    for actor_id, n in sorted(Counter(mentions["actor_id"].astype(str)).items()):
        graph.add_node(actor_id, actor_name=names.get(actor_id, actor_id), actor_type=types.get(actor_id, ""),
                       n_mentions=int(n))
    keys = ["doc_id", "sent_index"] if level == "sentence" else ["doc_id"]
    weights: Counter[tuple[str, str]] = Counter()
    docs: dict[tuple[str, str], set[str]] = {}
    for key, group in mentions.groupby(keys, sort=True):
        doc_id = str(key[0] if isinstance(key, tuple) else key)
        for pair in itertools.combinations(sorted(set(group["actor_id"].astype(str))), 2):
            weights[pair] += 1
            docs.setdefault(pair, set()).add(doc_id)
    for (a, b), weight in sorted(weights.items()):
        if weight >= min_weight:
            graph.add_edge(a, b, weight=int(weight), doc_ids=";".join(sorted(docs[(a, b)])))
    LOGGER.info("co-occurrence (%s): %d actors, %d edges", level, graph.number_of_nodes(), graph.number_of_edges())
    return graph


def cooccurrence_edges(graph: nx.Graph) -> pd.DataFrame:
    """Return the edges of a co-occurrence graph as a table (actor_a, actor_b, weight, doc_ids)."""
    rows = [{"actor_a": min(a, b), "actor_b": max(a, b), "weight": int(d["weight"]), "doc_ids": d.get("doc_ids", "")}
            for a, b, d in graph.edges(data=True)]
    frame = pd.DataFrame(rows, columns=["actor_a", "actor_b", "weight", "doc_ids"])
    frame["weight"] = frame["weight"].astype("int64")
    return frame.sort_values(["weight", "actor_a", "actor_b"], ascending=[False, True, True]).reset_index(drop=True)


# --------------------------------------------------------------------------- two documents


@dataclass
class DocumentComparison:
    """Two documents side by side: each table has a ``side`` column (shared, only_a, only_b).

    Attributes:
        doc_a: First doc_id.
        doc_b: Second doc_id.
        actors: actor_id, actor_name, side, n_a, n_b, surface_a, surface_b (``;``-joined surface
            forms seen in each document, sorted).
        claims: side, speaker_id, speaker_name, claim_type, concept_id, n_a, n_b, claim_ids_a,
            claim_ids_b, content_a, content_b (contents joined with `` | ``). Claims match on
            speaker_id + claim_type + concept; a claim with several concepts has a row per
            concept. A claim without speaker_id or without concept is never matched: it has a
            row of its own (speaker_name then shows the speaker as written).
        formats: format_id, format_name, side, n_a, n_b, surface_a, surface_b.
    """

    doc_a: str
    doc_b: str
    actors: pd.DataFrame
    claims: pd.DataFrame
    formats: pd.DataFrame

    def only(self, table: str, side: Literal["a", "b"]) -> pd.DataFrame:
        """Return the rows of ``table`` (actors, claims, formats) found only in document ``side``."""
        frame = getattr(self, table)
        return frame[frame["side"] == f"only_{side}"].reset_index(drop=True)

    def shared(self, table: str) -> pd.DataFrame:
        """Return the rows of ``table`` (actors, claims, formats) found in both documents."""
        frame = getattr(self, table)
        return frame[frame["side"] == "shared"].reset_index(drop=True)

    def summary(self) -> pd.DataFrame:
        """Return counts per table and side (columns table, shared, only_a, only_b)."""
        rows = []
        for table in ("actors", "claims", "formats"):
            counts = getattr(self, table)["side"].value_counts()
            rows.append({"table": table, **{side: int(counts.get(side, 0)) for side in SIDES}})
        return pd.DataFrame(rows, columns=["table", *SIDES])


def _side(n_a: int, n_b: int) -> str:
    return "shared" if n_a and n_b else ("only_a" if n_a else "only_b")


def _compare_items(frame: pd.DataFrame, doc_a: str, doc_b: str, *, key: str, name: str) -> pd.DataFrame:
    """Compare rows of a mentions-like table (key, name, text) between two documents."""
    rows = []
    part = frame[frame["doc_id"].astype(str).isin([doc_a, doc_b]) & (frame[key].fillna("").astype(str) != "")]
    for item, group in part.groupby(key, sort=True):
        in_a, in_b = group[group["doc_id"] == doc_a], group[group["doc_id"] == doc_b]
        rows.append({
            key: item, name: str(group[name].iloc[0]), "side": _side(len(in_a), len(in_b)),
            "n_a": len(in_a), "n_b": len(in_b),
            "surface_a": ";".join(sorted(set(in_a["text"].astype(str)))),
            "surface_b": ";".join(sorted(set(in_b["text"].astype(str)))),
        })
    columns = [key, name, "side", "n_a", "n_b", "surface_a", "surface_b"]
    result = pd.DataFrame(rows, columns=columns)
    result[["n_a", "n_b"]] = result[["n_a", "n_b"]].astype("int64")
    return _sort_by_side(result, key)


def _sort_by_side(frame: pd.DataFrame, *keys: str) -> pd.DataFrame:
    order = frame["side"].map({side: i for i, side in enumerate(SIDES)})
    return frame.assign(_order=order).sort_values(["_order", *keys], kind="stable").drop(columns="_order").reset_index(drop=True)


def _claim_keys(claims: pd.DataFrame) -> pd.DataFrame:
    claims = claims.copy()
    if "concepts" not in claims.columns or not claims["concepts"].fillna("").astype(str).str.len().gt(0).any():
        claims = assign_concepts(claims)
    claims["concept_id"] = claims["concepts"].fillna("").astype(str).str.split(";")
    # one row per concept: a claim about two concepts can match claims about either
    return claims.explode("concept_id")


def _speaker_label(claim: pd.Series) -> str:
    # an unresolved speaker ("he", "a political scientist") is shown as written in the text
    return str(claim.get("speaker_name", "") or claim.get("speaker_text", "") or "")


def compare_documents(analysis: Analysis, doc_a: str, doc_b: str) -> DocumentComparison:
    """Compare two documents: shared and unique actors, claims and formats (limit: lexicon concepts).

    Args:
        analysis: The analysed corpus.
        doc_a: The first doc_id.
        doc_b: The second doc_id.

    Returns:
        A :class:`DocumentComparison` with tidy ``actors``, ``claims`` and ``formats`` tables.

    Raises:
        KeyError: A doc_id is not in the analysis (the message lists known ids).
    """
    known = _doc_ids(analysis)
    for doc_id in (doc_a, doc_b):
        if doc_id not in known:
            raise KeyError(f"no document {doc_id!r} in this analysis; known: {known[:10]}")
    mentions = _linked_mentions(analysis).copy()
    names = _actor_names(analysis)
    mentions["actor_name"] = mentions["actor_id"].map(lambda a: names.get(a, a))
    actors = _compare_items(mentions, doc_a, doc_b, key="actor_id", name="actor_name")
    formats = _compare_items(analysis.formats, doc_a, doc_b, key="format_id", name="format_name")

    claims = analysis.claims[analysis.claims["doc_id"].astype(str).isin([doc_a, doc_b])]
    keyed = _claim_keys(claims)
    for column in ("speaker_id", "speaker_name", "claim_type", "content", "claim_id"):
        keyed[column] = keyed[column].fillna("").astype(str)
    keyed["concept_id"] = keyed["concept_id"].fillna("").astype(str)
    # a claim without speaker or concept cannot be matched: its own key keeps it on its side
    unmatched = (keyed["speaker_id"] == "") | (keyed["concept_id"] == "")
    keyed["_match"] = keyed["claim_id"].where(unmatched, "")
    rows = []
    for (speaker_id, claim_type, concept_id, _), group in keyed.groupby(
            ["speaker_id", "claim_type", "concept_id", "_match"], sort=True):
        in_a, in_b = group[group["doc_id"] == doc_a], group[group["doc_id"] == doc_b]
        rows.append({
            "side": _side(len(in_a), len(in_b)), "speaker_id": speaker_id,
            "speaker_name": _speaker_label(group.iloc[0]), "claim_type": claim_type, "concept_id": concept_id,
            "n_a": len(in_a), "n_b": len(in_b),
            "claim_ids_a": ";".join(in_a["claim_id"]), "claim_ids_b": ";".join(in_b["claim_id"]),
            "content_a": " | ".join(in_a["content"]), "content_b": " | ".join(in_b["content"]),
        })
    columns = ["side", "speaker_id", "speaker_name", "claim_type", "concept_id", "n_a", "n_b",
               "claim_ids_a", "claim_ids_b", "content_a", "content_b"]
    claim_table = pd.DataFrame(rows, columns=columns)
    claim_table[["n_a", "n_b"]] = claim_table[["n_a", "n_b"]].astype("int64")
    claim_table = _sort_by_side(claim_table, "speaker_id", "claim_type", "concept_id")
    return DocumentComparison(doc_a=doc_a, doc_b=doc_b, actors=actors, claims=claim_table, formats=formats)


# --------------------------------------------------------------------------- similarity


def document_features(analysis: Analysis, *, by: Literal["actors", "claims", "formats"] = "actors") -> dict[str, Counter]:
    """Return a bag of features per doc_id: actor_ids, ``speaker|claim_type|concept`` keys, or format_ids."""
    features: dict[str, Counter] = {doc_id: Counter() for doc_id in _doc_ids(analysis)}
    if by == "actors":
        pairs = zip(_linked_mentions(analysis)["doc_id"], _linked_mentions(analysis)["actor_id"])
    elif by == "formats":
        formats = analysis.formats[analysis.formats["format_id"].fillna("").astype(str) != ""]
        pairs = zip(formats["doc_id"], formats["format_id"])
    elif by == "claims":
        keyed = _claim_keys(analysis.claims)
        pairs = zip(keyed["doc_id"], keyed["speaker_id"].astype(str) + "|" + keyed["claim_type"].astype(str)
                    + "|" + keyed["concept_id"].fillna("").astype(str))
    else:
        raise ValueError(f"by must be 'actors', 'claims' or 'formats', not {by!r}")
    for doc_id, feature in pairs:
        features.setdefault(str(doc_id), Counter())[str(feature)] += 1
    return features


def document_similarity(
    analysis: Analysis,
    *,
    by: Literal["actors", "claims", "formats"] = "actors",
    method: Literal["cosine", "jaccard"] = "cosine",
) -> pd.DataFrame:
    """Return pairwise document similarity (limit: bag of ids, blind to what is said about them).

    Args:
        analysis: The analysed corpus.
        by: Compare the actors mentioned, the claims (speaker + claim type + concept) or the
            formats mentioned.
        method: ``"cosine"`` over counts, or ``"jaccard"`` over sets. A document without any
            feature has similarity 0.0 to every other.

    Returns:
        Columns doc_a, doc_b (doc_a < doc_b, every pair once), similarity (float in [0, 1]);
        sorted by similarity descending, then doc_a, doc_b.

    Raises:
        ValueError: Unknown ``by`` or ``method``.
    """
    if method not in ("cosine", "jaccard"):
        raise ValueError(f"method must be 'cosine' or 'jaccard', not {method!r}")
    features = document_features(analysis, by=by)
    rows = []
    for doc_a, doc_b in itertools.combinations(sorted(features), 2):
        a, b = features[doc_a], features[doc_b]
        if method == "jaccard":
            union = set(a) | set(b)
            value = len(set(a) & set(b)) / len(union) if union else 0.0
        else:
            norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
            value = sum(a[k] * b[k] for k in a.keys() & b.keys()) / norm if norm else 0.0
        rows.append({"doc_a": doc_a, "doc_b": doc_b, "similarity": round(float(value), 6)})
    frame = pd.DataFrame(rows, columns=["doc_a", "doc_b", "similarity"])
    frame["similarity"] = frame["similarity"].astype("float64")
    return frame.sort_values(["similarity", "doc_a", "doc_b"], ascending=[False, True, True]).reset_index(drop=True)


# --------------------------------------------------------------------------- keyword in context


def _alias_ids(analysis: Analysis, term: str, table: pd.DataFrame, key: str) -> set[str]:
    """Return the ids whose mentions were written ``term`` (case-insensitive) in this analysis."""
    folded = term.casefold()
    texts = table["text"].fillna("").astype(str).str.casefold()
    return set(table.loc[texts == folded, key].astype(str)) - {""}


def _actor_alias_ids(analysis: Analysis, term: str) -> set[str]:
    mentions = _linked_mentions(analysis)
    written = mentions.loc[mentions["text"].fillna("").astype(str).str.casefold() == term.casefold(), "actor_id"]
    if len(written):
        # a form may name several actors ("Kiev" the city, and the government as a metonym):
        # take the actor it names most often, so "Kiev" does not list every government mention
        counts = Counter(written.astype(str))
        return {min(counts, key=lambda actor_id: (-counts[actor_id], actor_id))}
    ids: set[str] = set()
    folded = term.casefold()
    if "aliases" in analysis.actors.columns:
        # the actors table lists the aliases seen for each actor (";"-joined)
        for actor_id, aliases in zip(analysis.actors["actor_id"], analysis.actors["aliases"].fillna("")):
            if folded in {a.strip().casefold() for a in str(aliases).split(";")}:
                ids.add(str(actor_id))
    return ids


def kwic(
    analysis: Analysis,
    term: str,
    *,
    window: int = 40,
    regex: bool = False,
    resolve: bool = True,
) -> pd.DataFrame:
    """Return keyword-in-context rows for a term (limit: plain-text search is case-insensitive only).

    How ``term`` is read (the first rule that applies), unless ``resolve=False``:

    1. an actor_id of the analysis -> every mention of that actor;
    2. a format_id -> every mention of that format;
    3. an alias: a surface form seen for an actor (or listed in the actors table's ``aliases``)
       -> every mention of that actor, whatever its spelling ("Kiev" also shows "Kyiv"); a
       form linked to several actors picks the one it names most often;
       likewise for a format's surface form;
    4. otherwise a case-insensitive search of the document texts, for the literal string, or
       for a regular expression when ``regex=True``.

    Args:
        analysis: The analysed corpus (needs ``texts`` for the context).
        term: Actor id, format id, alias, or text to search.
        window: Characters of context on each side.
        regex: Treat ``term`` as a regular expression (rule 4 only).
        resolve: ``False`` skips rules 1–3 and always searches the text.

    Returns:
        Columns doc_id, start_char, end_char, left, match, right (line breaks in the context
        shown as spaces); sorted by doc_id, start_char.

    Raises:
        ValueError: ``term`` is empty, or not a valid regular expression with ``regex=True``.
    """
    if not term or not term.strip():
        raise ValueError("kwic needs a non-empty term")
    spans: list[tuple[str, int, int]] = []
    mentions, formats = _linked_mentions(analysis), analysis.formats
    ids: set[str] = set()
    if resolve and not regex:
        if term in set(mentions["actor_id"].astype(str)):
            ids, table, key = {term}, mentions, "actor_id"
        elif term in set(formats["format_id"].astype(str)):
            ids, table, key = {term}, formats, "format_id"
        else:
            ids, table, key = _actor_alias_ids(analysis, term), mentions, "actor_id"
            if not ids:
                ids, table, key = _alias_ids(analysis, term, formats, "format_id"), formats, "format_id"
        if ids:
            hits = table[table[key].astype(str).isin(ids)]
            spans = [(str(d), int(s), int(e)) for d, s, e in zip(hits["doc_id"], hits["start_char"], hits["end_char"])]
    if not ids:
        try:
            pattern = re.compile(term if regex else re.escape(term), re.IGNORECASE)
        except re.error as error:
            raise ValueError(f"kwic: {term!r} is not a valid regular expression ({error}); pass regex=False") from error
        for doc_id in sorted(analysis.texts):
            spans.extend((doc_id, m.start(), m.end()) for m in pattern.finditer(analysis.texts[doc_id]) if m.end() > m.start())
    rows = []
    for doc_id, start, end in sorted(set(spans)):
        text = analysis.texts.get(doc_id)
        if text is None:
            LOGGER.warning("kwic: no text for document %r; its matches have no context", doc_id)
            text = ""
        rows.append({
            "doc_id": doc_id, "start_char": start, "end_char": end,
            "left": _flat(text[max(0, start - window):start]), "match": _flat(text[start:end]),
            "right": _flat(text[end:end + window]),
        })
    frame = pd.DataFrame(rows, columns=["doc_id", "start_char", "end_char", "left", "match", "right"])
    frame[["start_char", "end_char"]] = frame[["start_char", "end_char"]].astype("int64")
    return frame


def _flat(text: str) -> str:
    # one-line context: line breaks would break the KWIC table layout
    return re.sub(r"[\r\n\t]", " ", text)
