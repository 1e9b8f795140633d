"""The ``Analysis`` object: the five tables of one corpus run, and :func:`analyze` to make it."""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from workbench.schema import TABLE_COLUMNS, TABLE_NAMES, conform, empty_table

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from workbench.actors import ActorIndex
    from workbench.corpus import Corpus, Document

logger = logging.getLogger("workbench.analysis")


@dataclass
class Analysis:
    """The tables produced for a corpus: documents, mentions, actors, claims, formats.

    Every table is a tidy DataFrame with the columns listed in :mod:`workbench.schema`.
    ``texts`` maps ``doc_id`` to the document text (for keyword-in-context and highlighting).
    """

    documents: pd.DataFrame = field(default_factory=lambda: empty_table("documents"))
    mentions: pd.DataFrame = field(default_factory=lambda: empty_table("mentions"))
    actors: pd.DataFrame = field(default_factory=lambda: empty_table("actors"))
    claims: pd.DataFrame = field(default_factory=lambda: empty_table("claims"))
    formats: pd.DataFrame = field(default_factory=lambda: empty_table("formats"))
    texts: dict[str, str] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by name, in contract order."""
        return {name: getattr(self, name) for name in TABLE_NAMES}

    def text(self, doc_id: str) -> str:
        """Return the text of document ``doc_id`` (as loaded, without front matter)."""
        try:
            return self.texts[doc_id]
        except KeyError:
            raise KeyError(f"no document {doc_id!r} in this analysis; known: {sorted(self.texts)[:10]}") from None

    def to_dir(self, out: str | Path, *, formats: tuple[str, ...] = ("csv", "parquet")) -> list[Path]:
        """Write every table as ``<name>.csv`` and/or ``<name>.parquet`` into ``out``.

        Returns:
            The paths written.
        """
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.tables.items():
            frame = conform(frame, name)
            if "csv" in formats:
                path = out / f"{name}.csv"
                frame.to_csv(path, index=False, lineterminator="\n")
                written.append(path)
            if "parquet" in formats:
                path = out / f"{name}.parquet"
                frame.to_parquet(path, index=False)
                written.append(path)
        return written

    @classmethod
    def from_dir(cls, path: str | Path) -> Analysis:
        """Read tables written by :meth:`to_dir` (Parquet preferred, CSV otherwise)."""
        path = Path(path)
        tables = {}
        for name in TABLE_NAMES:
            if (path / f"{name}.parquet").exists():
                frame = pd.read_parquet(path / f"{name}.parquet")
            elif (path / f"{name}.csv").exists():
                frame = pd.read_csv(path / f"{name}.csv", dtype=str, keep_default_na=False)
            else:
                frame = empty_table(name)
            tables[name] = conform(frame, name)
        return cls(**tables)

    def sql(self, query: str) -> pd.DataFrame:
        """Run a DuckDB SQL query over the tables (``SELECT * FROM claims WHERE ...``)."""
        from workbench.execution import sql

        return sql(self, query)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(frame)}" for name, frame in self.tables.items())
        return f"<Analysis {sizes}>"


# ---------------------------------------------------------------------------------------------
# From documents to tables


@dataclass
class DocumentResult:
    """What one processed document contributes to the tables (small, picklable, no ``Doc``).

    Rows are dicts with the contract's columns, before cross-document actor linking.
    """

    doc_id: str
    text_hash: str
    n_tokens: int
    mentions: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    formats: list[dict] = field(default_factory=list)


def make_doc(nlp: Language, document: Document) -> Doc:
    """Return the tokenized ``Doc`` of a corpus document, with ``doc_id``, ``date`` and ``source`` set.

    Feed the result to ``nlp.pipe``: the components read the date to pick office holders, and the
    source to know the publication's own name.
    """
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.doc_id
    doc._.date = document.date
    doc._.source = getattr(document, "source", None) or None
    return doc


def document_result(doc: Doc) -> DocumentResult:
    """Turn a processed ``Doc`` into its :class:`DocumentResult` rows."""
    from workbench.actors import (
        ACTOR_LABELS,
        NESTED_KEY,
        UNKNOWN_TYPE_BY_LABEL,
        ActorIndex,
    )
    from workbench.formats import (
        iter_format_mentions,
        sentence_index,
        sentence_start_tokens,
    )

    doc_id = doc._.doc_id or ""
    index = ActorIndex.from_data_dir()
    starts = sentence_start_tokens(doc)

    def mention_row(span: Span, actor_name: str, actor_type: str, resolution: str) -> dict:
        return {
            "doc_id": doc_id, "sent_index": sentence_index(starts, span.start), "start_char": span.start_char,
            "end_char": span.end_char, "text": span.text, "label": span.label_, "actor_id": span.kb_id_,
            "actor_name": actor_name, "actor_type": actor_type, "resolution": resolution,
        }

    mentions = [
        mention_row(ent, ent._.actor_name or index.name(ent.kb_id_) or ent.text,
                    index.type(ent.kb_id_) or UNKNOWN_TYPE_BY_LABEL.get(ent.label_, "unknown"), ent._.resolution)
        for ent in doc.ents if ent.kb_id_ and ent.label_ in ACTOR_LABELS
    ]
    mentions += [mention_row(span, index.name(span.kb_id_), index.type(span.kb_id_), "nested")
                 for span in doc.spans.get(NESTED_KEY, [])]
    claims = [{"doc_id": doc_id, **claim._asdict()} for claim in (doc._.claims or [])]
    formats = [{"doc_id": doc_id, **mention._asdict()} for mention in iter_format_mentions(doc, starts=starts)]
    return DocumentResult(doc_id, hashlib.sha256(doc.text.encode()).hexdigest(), len(doc), mentions, claims, formats)


def assemble(corpus: Corpus, results: Iterable[DocumentResult], *, meta: dict | None = None) -> Analysis:
    """Build the :class:`Analysis` tables from per-document results.

    Links unknown actors across documents (spelling variants become one actor), builds the
    ``actors`` table, numbers claims (``<doc_id>-c001`` in text order) and sorts every table
    by document order then offset, so two runs on the same inputs give identical tables.
    """
    from workbench.actors import ActorIndex, canonical_names_across_documents

    results = list(results)
    index = ActorIndex.from_data_dir()
    order = {doc_id: position for position, doc_id in enumerate(corpus.doc_ids)}
    documents = corpus.frame()
    n_tokens = {result.doc_id: result.n_tokens for result in results}
    documents["n_tokens"] = documents["doc_id"].map(n_tokens).fillna(0).astype("int64")
    documents = conform(documents, "documents")

    mentions = pd.DataFrame([row for result in results for row in result.mentions])
    claims = pd.DataFrame([row for result in results for row in result.claims])
    formats = pd.DataFrame([row for result in results for row in result.formats])
    mentions = conform(mentions, "mentions") if len(mentions) else empty_table("mentions")
    claims = conform(claims, "claims") if len(claims) else empty_table("claims")
    formats = conform(formats, "formats") if len(formats) else empty_table("formats")

    rename = canonical_names_across_documents(mentions, index)
    for frame, id_column, name_column in ((mentions, "actor_id", "actor_name"),
                                          (claims, "speaker_id", "speaker_name"),
                                          (claims, "addressee_id", "addressee_name")):
        _apply_renames(frame, id_column, name_column, rename, index)

    mentions = _sort(mentions, order)
    formats = _sort(formats, order)
    claims = _sort(claims, order)
    claims["claim_id"] = [f"{doc_id}-c{n + 1:03d}" for doc_id, n in
                          zip(claims["doc_id"], claims.groupby("doc_id", sort=False).cumcount())]
    claims = _with_concepts(claims)
    actors = actors_table(mentions, claims, index)
    texts = {document.doc_id: document.text for document in corpus}
    return Analysis(documents, mentions, actors, conform(claims, "claims"), formats, texts, dict(meta or {}))


def _apply_renames(frame: pd.DataFrame, id_column: str, name_column: str, rename: dict[str, str],
                   index: ActorIndex) -> None:
    """Rewrite unknown actors' ids and names with the cross-document canonical names (in place)."""
    from workbench.names import skeleton, slugify

    if frame.empty:
        return
    unknown = frame[id_column].ne("") & ~frame[id_column].isin(index.actors)
    # only ids made from a name follow the name; a structured id stays ("russian_embassy_kenya")
    unknown &= frame[id_column].eq(frame[name_column].map(slugify))
    if unknown.any():
        names = frame.loc[unknown, name_column].map(lambda name: rename.get(skeleton(name), name))
        frame.loc[unknown, name_column] = names
        frame.loc[unknown, id_column] = names.map(slugify)


def _sort(frame: pd.DataFrame, order: dict[str, int]) -> pd.DataFrame:
    if frame.empty:
        return frame
    keys = frame["doc_id"].map(order).fillna(len(order))
    frame = frame.assign(_order=keys).sort_values(["_order", "start_char", "end_char"], kind="stable")
    return frame.drop(columns="_order").reset_index(drop=True)


def _with_concepts(claims: pd.DataFrame) -> pd.DataFrame:
    """Fill the discourse columns ``concepts`` and ``position`` (see :mod:`workbench.discourse`)."""
    if claims.empty:
        return claims
    from workbench.discourse import assign_concepts

    return assign_concepts(claims)


def actors_table(mentions: pd.DataFrame, claims: pd.DataFrame, index: ActorIndex) -> pd.DataFrame:
    """Return one row per actor seen as a mention or as a claim's speaker.

    Columns: actor_id, actor_name, actor_type, country, n_mentions, n_docs, aliases (the
    surface forms found, most frequent first, ``"; "``-joined), known (in the gazetteer).
    """
    rows = []
    speakers = claims.loc[claims["speaker_id"].ne(""), ["speaker_id", "speaker_name", "doc_id"]]
    speakers = speakers.rename(columns={"speaker_id": "actor_id", "speaker_name": "actor_name"})
    grouped = dict(tuple(mentions.groupby("actor_id", sort=True))) if len(mentions) else {}
    for actor_id in sorted(set(grouped) | set(speakers["actor_id"])):
        group = grouped.get(actor_id)
        record = index.actors.get(actor_id)
        if group is not None:
            forms = group["text"].value_counts()
            forms = forms.sort_index().sort_values(ascending=False, kind="stable")
            name = record.name if record else group["actor_name"].mode().sort_values().iloc[0]
            actor_type = record.type if record else group["actor_type"].value_counts().sort_index().idxmax()
            n_mentions, docs = len(group), set(group["doc_id"])
        else:
            forms = pd.Series(dtype="int64")
            said = speakers[speakers["actor_id"] == actor_id]
            name = record.name if record else said["actor_name"].iloc[0]
            actor_type = record.type if record else "person"
            n_mentions, docs = 0, set(said["doc_id"])
        rows.append({
            "actor_id": actor_id,
            "actor_name": name,
            "actor_type": actor_type,
            "country": record.country if record else "",
            "n_mentions": n_mentions,
            "n_docs": len(docs),
            "aliases": "; ".join(forms.index),
            "known": record is not None,
        })
    frame = pd.DataFrame(rows, columns=TABLE_COLUMNS["actors"])
    frame = frame.sort_values(["n_mentions", "actor_id"], ascending=[False, True], kind="stable")
    return conform(frame, "actors")


def analyze(
    corpus: Corpus | None = None,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 64,
    cache_dir: str | Path | None | bool = None,
    scheduler: str | None = None,
    progress: bool = True,
) -> Analysis:
    """Analyse a corpus: run the pipeline over every document and build the tables.

    Args:
        corpus: A :class:`~workbench.corpus.Corpus`; ``None`` loads ``seeds/`` and ``data/corpus/``.
        nlp: A pipeline from :func:`~workbench.pipeline.load_pipeline` (else ``model`` is loaded).
        model: spaCy pipeline name or path (see :func:`~workbench.pipeline.resolve_model`).
        workers: Processes on this machine (2 uses both cores of a 2-core machine).
        batch_size: Documents per ``nlp.pipe`` batch.
        cache_dir: Where parsed results are cached (``None``: the default cache; ``False``: none).
        scheduler: ``tcp://HOST:PORT`` of a Dask scheduler to process partitions on a cluster.
        progress: Show a progress bar.

    Returns:
        The :class:`Analysis`; ``analysis.meta["errors"]`` lists documents that failed and
        ``analysis.meta["skipped"]`` the inputs the corpus loader skipped.
    """
    from workbench.corpus import load_corpus
    from workbench.execution import assemble_cached, run_documents

    if corpus is None:
        corpus = load_corpus()
    if cache_dir is True:
        cache_dir = None
    results = run_documents(corpus, nlp=nlp, model=model, workers=workers, batch_size=batch_size,
                            cache_dir=cache_dir, scheduler=scheduler, progress=progress)
    meta = {
        "errors": list(getattr(results, "errors", [])),
        "stats": dict(getattr(results, "stats", {})),
        "skipped": [str(skip) for skip in getattr(corpus, "skipped", [])],
    }
    for error in meta["errors"]:
        logger.error("document %s failed at %s: %s", error.get("doc_id"), error.get("stage"), error.get("error"))
    analysis = assemble_cached(corpus, results, meta=meta, cache_dir=cache_dir)
    known = int(analysis.actors["known"].astype(bool).mul(analysis.actors["n_mentions"]).sum())
    logger.info("analysed %d documents: linked %d of %d actor mentions to curated actors; %d claims, %d format mentions",
                len(analysis.documents), known, len(analysis.mentions), len(analysis.claims), len(analysis.formats))
    return analysis
