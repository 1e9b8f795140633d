"""Claims: who said what, to whom, as what — direct, mixed and reported speech in news text.

A claim (in the sense of political claims analysis) is a public statement by an actor: the
claimant (speaker), the form (cue and claim type), the addressee and the content. The core
generator :func:`iter_claims` yields :class:`Claim` namedtuples for one parsed ``Doc``;
:func:`claims_frame` turns docs into the ``claims`` table; the ``workbench_claims`` component
stores the claims on ``Doc._.claims``.

The reporting cues are data (``data/cues.csv``): ``pos`` is ``VERB`` (a reporting verb, with an
optional particle: "call for"), ``NOUN`` (a nominal cue: "warning", "complaint"), ``SOURCE`` (a
source attribution: "according to"; "loud" and "so", machine translations of German "laut X"
and "„…“, so X"; "view"/"opinion" in "In his view, ...") or
``ROLE`` (a person role noun: "the senior diplomat" is resolved to an earlier person) or
``OFFICIAL`` (a role noun whose anonymous holder speaks for an institution: "an EU official"
is a claim of the EU, and a later "the official" refers back to that anonymous speaker).
``complement`` says whether a verb needs a clause or quote (``clause``), also takes a plain
object (``any``), needs a finite ``that``-clause (``finite``), or makes a request whose
``whether``/``why`` complement is a question, not a claim (``request``: "ask"); ``addressee``
lists where its addressee stands (``object``, or prepositions).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from workbench import extensions  # noqa: F401  (registers Doc._.claims, Span._.actor_name)
from workbench.names import slugify
from workbench.resources import DataFileError, data_dir, load_table
from workbench.schema import conform, empty_table

logger = logging.getLogger(__name__)

CUES_FILE = "cues.csv"


class Claim(NamedTuple):
    """One claim found in a document; character offsets are into ``doc.text``."""

    sent_index: int
    start_char: int
    end_char: int
    speaker_text: str
    speaker_id: str
    speaker_name: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_lemma: str
    claim_type: str
    mode: str
    content: str
    content_start: int
    content_end: int
    addressee_text: str
    addressee_id: str
    addressee_name: str
    cameo: str
    plover: str


@dataclass(frozen=True)
class CueEntry:
    """One row of ``data/cues.csv``."""

    cue: str
    pos: str
    claim_type: str
    cameo: str
    plover: str
    complement: str = "any"
    addressee: tuple[str, ...] = ()

    @property
    def particle(self) -> str:
        """The second word of a phrasal cue ("call for" -> "for"), else ``""``."""
        parts = self.cue.split()
        return parts[-1] if len(parts) > 1 else ""


@dataclass
class CueLexicon:
    """Cue lookups precomputed as dicts and sets, so matching is one pass over the tokens."""

    verbs: dict[str, list[CueEntry]] = field(default_factory=dict)
    nouns: dict[str, CueEntry] = field(default_factory=dict)
    sources: dict[str, CueEntry] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)
    officials: set[str] = field(default_factory=set)
    table: pd.DataFrame = field(default_factory=pd.DataFrame)

    @classmethod
    def from_table(cls, table: pd.DataFrame, *, origin: str = CUES_FILE) -> CueLexicon:
        """Build the lookups from a cues table (columns as in ``data/cues.csv``).

        Raises:
            DataFileError: A required column is missing or a row has an unknown ``pos``.
        """
        missing = [c for c in ("cue", "pos", "claim_type", "cameo", "plover") if c not in table.columns]
        if missing:
            raise DataFileError(f"{origin}: missing column(s) {', '.join(missing)}; see data/README.md.")
        lexicon = cls(table=table.reset_index(drop=True).copy())
        for row_number, row in enumerate(table.fillna("").to_dict("records"), start=2):
            cue = str(row["cue"]).strip().lower()
            pos = str(row["pos"]).strip().upper()
            if not cue:
                continue
            entry = CueEntry(
                cue=cue, pos=pos, claim_type=str(row["claim_type"]).strip(), cameo=str(row["cameo"]).strip(),
                plover=str(row["plover"]).strip(), complement=str(row.get("complement", "") or "any").strip(),
                addressee=tuple(a for a in str(row.get("addressee", "")).split(";") if a.strip()),
            )
            if pos == "VERB":
                lexicon.verbs.setdefault(cue.split()[0], []).append(entry)
            elif pos == "NOUN":
                lexicon.nouns[cue] = entry
            elif pos == "SOURCE":
                lexicon.sources[cue] = entry
            elif pos == "ROLE":
                lexicon.roles.add(cue)
            elif pos == "OFFICIAL":
                lexicon.roles.add(cue)
                lexicon.officials.add(cue)
            else:
                raise DataFileError(
                    f"{origin}, row {row_number}: pos {pos!r} for cue {cue!r} is not one of VERB, NOUN, SOURCE, ROLE, "
                    "OFFICIAL; "
                    "fix the row."
                )
        # phrasal entries first, so "call for" wins over a bare "call"
        for entries in lexicon.verbs.values():
            entries.sort(key=lambda e: -len(e.cue.split()))
        return lexicon


def load_cues(path: str | Path | None = None) -> CueLexicon:
    """Load the cue lexicon from ``path`` or ``data/cues.csv``."""
    if path is None:
        return CueLexicon.from_table(load_table(CUES_FILE), origin=str(data_dir() / CUES_FILE))
    path = Path(path)
    if not path.exists():
        raise DataFileError(f"{path}: cue file not found; pass an existing CSV or restore data/{CUES_FILE}.")
    return CueLexicon.from_table(pd.read_csv(path, dtype=str, keep_default_na=False), origin=str(path))


_DEFAULT_CUES: CueLexicon | None = None


def default_cues() -> CueLexicon:
    """The cue lexicon of ``data/cues.csv``, loaded once."""
    global _DEFAULT_CUES
    if _DEFAULT_CUES is None:
        _DEFAULT_CUES = load_cues()
    return _DEFAULT_CUES


# ---------------------------------------------------------------------------------------------
# Quotes

#: Opening mark -> closing marks it pairs with (English, German „…“, French «…», Swiss »…«).
_OPEN_TO_CLOSE = {'"': '"', "“": "”“", "„": "“”", "«": "»", "»": "«", "”": "”"}
_CLOSERS = set("\"”“»«")
_QUOTE_RE = re.compile("[\"“”„«»]")
_SENTENCE_END = set(".!?…")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Pair top-level quote marks; returns (open, close) character offsets of the marks, sorted.

    Limit: single quotes ('…', ‘…’) count only outside double quotes and only when the opening
    mark starts a word and the closing mark ends one, so apostrophes ("Russia's", "'90s" aside)
    are not taken for quotes; a plural possessive ("the leaders' summit") inside a single-quoted
    passage ends it early. A quote nested in another stays inside it (the outer speaker is the
    claimant). A mark left open at the end of its paragraph is closed there when it opened a
    sentence (see :func:`_unclosed_end`), else dropped, so odd counts never spread further.
    """
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    pairs = _double_quotes(text, breaks)
    pairs += _single_quotes(text, breaks, pairs)
    return sorted(pairs)


def _paragraph_end(text: str, position: int, breaks: list[int]) -> int:
    """Offset of the first paragraph break after ``position`` (or the text length)."""
    return next((b for b in breaks if b > position), len(text))


def _unclosed_end(text: str, position: int, breaks: list[int]) -> int | None:
    """Where a quote left open at its paragraph end stops, or ``None`` to drop it.

    Only a quote that opens a sentence is kept: news style leaves the last paragraph of a
    multi-paragraph quote open and reopens the next one, and typos drop a closing mark; a mark
    opened mid-sentence is more likely a stray. The quote runs to the paragraph end when the next
    paragraph reopens a quote (the multi-paragraph convention), else to the end of its first
    sentence, so a lost mark never swallows a following attribution.
    """
    before = text[:position].rstrip()
    if before and before[-1] not in ".!?…:\n" and not before.endswith(("\"", "”", "»", "“")):
        return None
    end = _paragraph_end(text, position, breaks)
    rest = text[end:].lstrip()
    if not rest or rest[0] not in "\"“„«»‘'":
        sentence_end = re.search(r"[.!?…](?=\s|$)", text[position:end])
        if sentence_end is not None:
            end = position + sentence_end.end()
    last = text[position:end].rstrip()
    if len(last) < 2:
        return None
    return position + len(last) - 1


def _double_quotes(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    """Pair the double quote marks ("…", “…”, „…“, «…», »…«) of a text."""
    pairs: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    start = 0  # where the open quote began (before any paragraph that reopened it)
    for match in _QUOTE_RE.finditer(text):
        position, mark = match.start(), match.group()
        crossed = [b for b in breaks if opened is not None and opened[0] < b < position]
        if len(crossed) == 1 and mark in _OPEN_TO_CLOSE and not text[crossed[-1]:position].strip() \
                and _unclosed_end(text, opened[0], breaks) is not None:
            # a paragraph that reopens a quote left open continues it: one multi-paragraph quote
            opened = (position, opened[1])
            continue
        if crossed:
            # an unclosed quote does not run past its paragraph
            close = _unclosed_end(text, opened[0], breaks)
            if close is not None:
                pairs.append((start, close))
            opened = None
        if opened is not None and mark == '"' == opened[1] and _looks_opening(text, position) \
                and _sentence_ended_between(text, opened[0], position):
            # a straight mark glued to the next word after a finished sentence opens a new quote:
            # the earlier one lost its closing mark, so it is dropped rather than swallow the
            # attribution between them ("Moscow has ..., he said. "The drafts ...")
            opened, start = (position, mark), position
            continue
        if opened is not None and mark in _OPEN_TO_CLOSE[opened[1]]:
            pairs.append((start, position))
            opened = None
        elif mark in _OPEN_TO_CLOSE:
            opened, start = (position, mark), position
    if opened is not None:
        close = _unclosed_end(text, opened[0], breaks)
        if close is not None:
            pairs.append((start, close))
    return pairs


_SINGLE_RE = re.compile("['‘’]")


def _single_quotes(text: str, breaks: list[int], outer: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair single quote marks outside the double-quoted passages ``outer``.

    An opening mark has a space, an opening bracket or dash (or nothing) before it and a letter
    or digit after it; a closing mark has a non-space before it and no letter after it, so the
    apostrophes of "day's" and "Petrenko’s" never pair.
    """
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _SINGLE_RE.finditer(text):
        position, mark = match.start(), match.group()
        if any(start <= position <= end for start, end in outer):
            continue  # nested in a double quote: part of that quote
        before = text[position - 1] if position > 0 else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        if opened is not None and any(opened < b < position for b in breaks):
            opened = None  # a single quote never runs past its paragraph
        if opened is not None and mark in "'’" and not before.isspace() and not after.isalnum():
            pairs.append((opened, position))
            opened = None
        elif mark in "'‘" and (before.isspace() or before in "([—–-\"") and after.isalnum():
            opened = position
    return pairs


def _looks_opening(text: str, position: int) -> bool:
    """A straight quote mark with a space (or nothing) before it and a word character after it."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return before.isspace() and after.isalnum()


def _sentence_ended_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a sentence end followed by a space (". ", "? ")."""
    return re.search(r"[.!?…] ", text[start:end]) is not None


# ---------------------------------------------------------------------------------------------
# Helpers over the parse

_PERSON_PRONOUNS = {"he", "she", "his", "her"}
#: "the 46-year-old", "The 63-year-old, a former diplomat": a description by age.
_AGE_DESCRIPTION = re.compile(r"(?i)the \d+[- ]year[- ]old\b")
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "parataxis"}


@dataclass
class _Speaker:
    text: str
    actor_id: str
    name: str
    start: int
    end: int
    person: bool = False


@dataclass
class _Context:
    doc: Doc
    cues: CueLexicon
    quotes: list[tuple[int, int]]  # token indices of the opening and closing marks
    in_quote: list[int]  # token index -> quote number or -1
    sent_of: list[int]  # token index -> sentence index
    ent_of: list[Span | None]  # token index -> entity covering it
    resolve_references: bool = True
    paragraph_of: list[int] = field(default_factory=list)  # token index -> paragraph number
    cue_positions: set[int] = field(default_factory=set)  # tokens that are verb cues outside quotes
    surnames: dict[str, tuple[str, str, bool] | None] = field(default_factory=dict)  # surname -> person
    governments: dict[str, tuple[str, str]] = field(default_factory=dict)  # state id -> government id, name
    last_speaker: _Speaker | None = None  # speaker of the claim made last, with its person flag
    anonymous: list[tuple[int, str, _Speaker]] = field(default_factory=list)  # (token, role, institution)
    genders: dict[str, str] = field(default_factory=dict)  # actor id -> "f"/"m" where the text makes it clear
    protagonist: str | None = None  # the document's most-named person, computed on first use


def _entity_speaker(ent: Span) -> tuple[str, str]:
    actor_id = ent.kb_id_ or ""
    name = ent._.actor_name or ent.text
    return actor_id, name


#: Resolutions of an entity that the actor component did not link to anything known.
_UNLINKED = {"", "new"}
#: Resolutions of an entity that stands for an actor through a description, not a name.
_DESCRIPTIVE = {"description", "anaphora"}


def _resolution(ent: Span) -> str:
    """How the actor component resolved an entity ("" without that component in the pipeline)."""
    return (ent._.get("resolution") or "") if Span.has_extension("resolution") else ""


def _is_name_entity(ent: Span) -> bool:
    """Two or three capitalised proper-noun tokens ("Olena Kostiuk"), whatever label NER gave."""
    words = [t for t in ent if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def _surname_index(doc: Doc) -> dict[str, tuple[str, str, bool] | None]:
    """Last word of each full personal name in the document -> (actor_id, name, is_person).

    A surname shared by two different actors maps to ``None`` (ambiguous, never used).
    """
    index: dict[str, tuple[str, str, bool] | None] = {}
    for ent in doc.ents:
        if not ent.kb_id_ or len(ent) < 2 or not (ent.label_ == "PERSON" or _is_name_entity(ent)):
            continue
        surname = ent[-1].text
        value = (ent.kb_id_, ent._.actor_name or ent.text, ent.label_ == "PERSON")
        if surname in index and index[surname] is not None and index[surname][0] != value[0]:
            index[surname] = None
        else:
            index.setdefault(surname, value)
    return index


def _actor_of(ctx: _Context, ent: Span) -> tuple[str, str, bool]:
    """(actor_id, name, is_person) of an entity, mapping an unlinked bare surname to its full name.

    NER sometimes labels a later bare surname ("Albrecht", "Kostiuk") FAC or ORG, and then the
    actor component cannot cluster it with the full name given earlier in the same document.
    """
    actor_id, name = _entity_speaker(ent)
    person = ent.label_ == "PERSON"
    if _resolution(ent) in _UNLINKED and len(ent) == 1:
        known = ctx.surnames.get(ent.text)
        if known is not None and known[0] != actor_id:
            # a bare surname is the person named in full earlier in the document
            return known[0], known[1], known[2] or person
    return actor_id, name, person


def _phrase_span(head: Token, *, stop: int | None = None) -> Span:
    """The head's subtree without relative clauses, not reaching ``stop`` (the cue)."""
    doc = head.doc
    tokens = [t for t in head.subtree if t.dep_ not in {"relcl", "acl"} or t.i == head.i]
    left = min(t.i for t in tokens)
    right = max(t.i for t in tokens) + 1
    if stop is not None and left <= stop < right:
        if head.i < stop:
            right = stop
        else:
            left = stop + 1
    while left < right - 2 and left != head.i and _is_line_prefix(doc[left]):
        left += 2  # "WARSAW - An EU official": the dateline the parser hung on the phrase is not part of it
    while right - 1 > left and doc[right - 1].is_punct:
        right -= 1
    while left < right - 1 and (doc[left].is_punct or doc[left].is_space) and left != head.i:
        left += 1  # a closing quote or paragraph break the parser glued on is not the speaker
    return doc[left:right]


def _introduced_as(ent: Span, role: str) -> bool:
    """Whether a person mention comes with the role noun ``role`` ("Tobias Renner, an engineer")."""
    root = ent.root
    related = [c for c in root.children if c.dep_ in {"appos", "compound"}]
    if root.dep_ == "appos":
        related.append(root.head)
    return any((t.lemma_ or t.lower_).lower() == role for r in related for t in r.subtree if t.i < root.i + 12)


def _named_in_subject(token: Token) -> bool:
    """Whether a name is given inside a subject's apposition ("Her deputy, a bookkeeper named X, ...")."""
    for _ in range(5):
        if token.dep_ in _SUBJECT_DEPS:
            return True
        if token.dep_ not in {"appos", "oprd", "acl"} or token.head.i == token.i:
            return False
        if token.dep_ == "acl" and token.lemma_ not in {"name", "call"}:
            return False  # only "named X" / "called X" give the name of the noun they follow
        token = token.head
    return False


#: Gendered third-person pronouns: the gender a "he"/"she" speaker must agree with.
_PRONOUN_GENDER = {"she": "f", "her": "f", "hers": "f", "herself": "f",
                   "he": "m", "him": "m", "his": "m", "himself": "m"}


def _gender_index(ctx: _Context) -> dict[str, str]:
    """Actor id -> "f"/"m" where the text itself makes a person's gender clear.

    Limit: read only from the first gendered pronoun (outside quotes) after a person named as a
    subject, when that person is the only one named in this and the previous sentence of the
    paragraph and no gendered pronoun stands before the name there ("Vira Sydorenko runs ...
    Since her ships ..."); conflicting evidence leaves the gender unknown. No name lists.
    """
    doc = ctx.doc
    votes: dict[str, set[str]] = {}
    persons: list[tuple[int, str]] = []  # (token, actor id) of person subjects outside quotes
    for ent in doc.ents:
        if ctx.in_quote[ent.start] >= 0:
            continue
        actor_id, _, person = _actor_of(ctx, ent)
        root = ent.root
        if person and actor_id and (root.dep_ in _SUBJECT_DEPS or _named_in_subject(root)):
            persons.append((ent.start, actor_id))
    if not persons:
        return {}
    named_anyone = [0] * (len(doc) + 1)  # prefix count of person entities, for "only one named"
    for ent in doc.ents:
        if ctx.in_quote[ent.start] < 0 and _actor_of(ctx, ent)[2]:
            named_anyone[ent.start + 1] += 1
    for i in range(len(doc)):
        named_anyone[i + 1] += named_anyone[i]
    # only a subject or possessive pronoun can take up the subject before it ("describes him" cannot)
    pronouns = [t.i for t in doc if t.lower_ in _PRONOUN_GENDER and ctx.in_quote[t.i] < 0
                and t.dep_ in {"nsubj", "nsubjpass", "poss"}]
    sents = list(doc.sents)
    for start, actor_id in persons:
        following = next((p for p in pronouns if p > start), None)
        if following is None or ctx.sent_of[following] - ctx.sent_of[start] > 1:
            continue
        window_start = sents[max(0, ctx.sent_of[following] - 1)].start
        if ctx.paragraph_of and ctx.paragraph_of[following] != ctx.paragraph_of[start]:
            continue
        # another gendered pronoun before the name: the paragraph is already about someone else
        if any(window_start <= p < start for p in pronouns):
            continue
        # the name must be the only person named in the window
        if named_anyone[following] - named_anyone[window_start] != 1:
            continue
        votes.setdefault(actor_id, set()).add(_PRONOUN_GENDER[doc[following].lower_])
    return {actor_id: genders.pop() for actor_id, genders in votes.items() if len(genders) == 1}


def _protagonist(ctx: _Context) -> str:
    """Actor id of the person named most often outside quotes (the feature's subject), or ``""``."""
    if ctx.protagonist is None:
        counts: dict[str, int] = {}
        for ent in ctx.doc.ents:
            if ctx.in_quote[ent.start] < 0:
                actor_id, _, person = _actor_of(ctx, ent)
                if person and actor_id:
                    counts[actor_id] = counts.get(actor_id, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        # a clear protagonist only: named at least three times, and more often than anyone else
        clear = ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        ctx.protagonist = ranked[0][0] if clear else ""
    return ctx.protagonist


def _after_pronoun(ctx: _Context, candidate: _Speaker, gender: str) -> bool:
    """Whether a pronoun of ``gender`` (outside quotes) precedes the candidate's mention in its paragraph."""
    doc = ctx.doc
    mention = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if mention is None or not len(mention) or not ctx.paragraph_of:
        return False
    paragraph = ctx.paragraph_of[mention.start]
    i = mention.start - 1
    while i >= 0 and ctx.paragraph_of[i] == paragraph:
        if ctx.in_quote[i] < 0 and _PRONOUN_GENDER.get(doc[i].lower_) == gender \
                and doc[i].dep_ in {"nsubj", "nsubjpass", "poss"}:
            return True
        i -= 1
    return False


def _antecedent(ctx: _Context, before: int, *, last: _Speaker | None, role: str = "",
                reach: int = 3, gender: str = "") -> _Speaker | None:
    """Most recent person outside quotes before token ``before``, subjects preferred.

    Candidates are person entities (also bare surnames NER mislabelled) and ``last``, the
    previous claim's speaker when it is a person. With ``gender`` ("f"/"m", from a pronoun), a
    person whose gender the text makes clear (:func:`_gender_index`) must agree, and the
    document's protagonist of that gender beats a person whose gender is unknown. Limit: no
    number agreement; a person mentioned inside a quote is never picked.
    """
    doc = ctx.doc
    sent_limit = ctx.sent_of[before] - reach if before < len(doc) else 0
    subjects: list[tuple[int, _Speaker]] = []
    others: list[tuple[int, _Speaker]] = []
    introduced: list[tuple[int, _Speaker]] = []
    for ent in doc.ents:
        if ent.end > before:
            break
        if ctx.in_quote[ent.start] >= 0 or ctx.sent_of[ent.start] < sent_limit - (7 if role else 0):
            continue  # a role description may reach further back than a pronoun
        actor_id, name, person = _actor_of(ctx, ent)
        described = ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the" and len(ent) == 1)
        if not person or (described and _resolution(ent) in _UNLINKED):
            continue  # "The Finn" unresolved is a description of someone named before, not a name
        # a sentence subject is the usual antecedent of a following "he"/"the diplomat"
        root = ent.root
        is_subject = root.dep_ in _SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in _SUBJECT_DEPS) \
            or _named_in_subject(root)
        candidate = _Speaker(ent.text, actor_id, name, ent.start_char, ent.end_char, True)
        if role and _introduced_as(ent, role):
            # "the engineer" refers back to the person introduced as an engineer, not the latest one
            introduced.append((ent.start_char, candidate))
        (subjects if is_subject else others).append((ent.start_char, candidate))
    if introduced:
        return introduced[-1][1]
    if last is not None and last.person and last.actor_id and last.end <= doc[before].idx:
        # the previous claimant is a subject too, and may be a name NER did not mark at all
        subjects.append((last.start, last))
        subjects.sort(key=lambda pair: pair[0])
    if gender:
        # "she" never refers to a man the text has called "he" (and vice versa)
        subjects = [c for c in subjects if ctx.genders.get(c[1].actor_id, gender) == gender]
        others = [c for c in others if ctx.genders.get(c[1].actor_id, gender) == gender]
        best = (subjects or others or [(0, None)])[-1][1]
        protagonist = _protagonist(ctx)
        if best is not None and best.actor_id not in ctx.genders and ctx.genders.get(protagonist) == gender \
                and _after_pronoun(ctx, best, gender):
            # a person of unknown gender named in passing, in a paragraph whose "she" is already
            # someone else, does not take over that "she" from the protagonist
            if reach < 8:
                wider = _antecedent(ctx, before, last=last, reach=8, gender=gender)
                if wider is not None and wider.actor_id == protagonist:
                    return wider
            else:
                match = [c for c in subjects + others if c[1].actor_id == protagonist]
                if match:
                    return max(match, key=lambda pair: pair[0])[1]
    if subjects:
        return subjects[-1][1]
    if others:
        return others[-1][1]
    if reach < 8 and not role:
        # a feature keeps "she" for its protagonist over several sentences: look further back
        return _antecedent(ctx, before, last=last, reach=8, gender=gender)
    return None


def _resolve_speaker(ctx: _Context, head: Token, *, stop: int | None, last: _Speaker | None) -> _Speaker:
    """Map a speaker phrase headed by ``head`` to an actor (entity, appositive, reference)."""
    span = _phrase_span(head, stop=stop)
    ent = ctx.ent_of[head.i]
    lemma = (head.lemma_ or head.lower_).lower()
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that"} for c in head.children)
    bare = all(c.dep_ in {"det", "amod", "compound", "punct"} for c in head.children)
    if ctx.resolve_references and definite and bare and lemma in ctx.cues.officials:
        # "the diplomat added" after "A senior EU diplomat said": the same anonymous voice
        earlier = [a for a in ctx.anonymous if a[1] == lemma and a[0] < head.i
                   and ctx.sent_of[head.i] - ctx.sent_of[a[0]] <= 5]
        if earlier:
            voice = earlier[-1][2]
            return _Speaker(span.text, voice.actor_id, voice.name, span.start_char, span.end_char)
    if ctx.resolve_references and _AGE_DESCRIPTION.match(span.text):
        # "the 46-year-old said": an age description refers back to a person named before
        antecedent = _antecedent(ctx, head.i, last=last)
        if antecedent is not None:
            return _Speaker(span.text, antecedent.actor_id, antecedent.name, span.start_char, span.end_char, True)
    if lemma in ctx.cues.officials and not definite and (ent is None or ent.root.i != head.i):
        # "An EU official", "U.S. officials", "a spokesman for the ministry": an anonymous official
        # speaks for the institution or state named with the role
        voice = _institution_of(ctx, head)
        if voice is not None:
            # one anonymous official is a person a later "he"/"she" can refer to; a group is not
            speaker = _Speaker(span.text, voice[0], voice[1], span.start_char, span.end_char, head.tag_ == "NN")
            ctx.anonymous.append((head.i, lemma, speaker))
            return speaker
    if ent is not None and ctx.resolve_references and definite and bare and _resolution(ent) in _UNLINKED \
            and ent.root.i == head.i and head.tag_ in {"NN", "NNP"} and (lemma in ctx.cues.roles or ent.label_ == "NORP"):
        # "the MEP", "The Finn": a definite role or demonym the actor list does not know refers back
        antecedent = _antecedent(ctx, head.i, last=last, role=lemma if lemma in ctx.cues.roles else "")
        if antecedent is not None:
            return _Speaker(span.text, antecedent.actor_id, antecedent.name, span.start_char, span.end_char, True)
    if ent is None or (_resolution(ent) in _DESCRIPTIVE and ent.root.i == head.i):
        # "the spokeswoman for the ministry, Maria Keller": the appositive names the speaker, and a
        # name given in the text beats a description the actor component resolved by guessing
        for child in head.children:
            appos = ctx.ent_of[child.i] if child.dep_ == "appos" else None
            if appos is not None and appos.label_ == "PERSON" and _resolution(appos) not in _DESCRIPTIVE:
                ent = appos
                break
        else:
            if ent is None:
                for child in head.children:
                    if child.dep_ == "appos" and ctx.ent_of[child.i] is not None:
                        ent = ctx.ent_of[child.i]
                        break
    if ent is None:
        # "the mayor of Linz, Petra Aigner": the parser may hang the appositive on the inner noun
        ent = next((ctx.ent_of[t.i] for t in span if t.dep_ == "appos" and ctx.ent_of[t.i] is not None), None)
    if ent is None:
        for child in head.children:
            if child.dep_ == "compound" and ctx.ent_of[child.i] is not None and ctx.ent_of[child.i].label_ == "PERSON":
                # "Foreign Minister Keller" parsed with the title as head
                ent = ctx.ent_of[child.i]
                break
    if ent is None:
        # a person named anywhere in the phrase ("a spokesman, Ivan Petrov, who ...")
        ent = next((e for e in span.ents if e.label_ == "PERSON"), None)
    if ent is not None:
        actor_id, name, person = _actor_of(ctx, ent)
        return _Speaker(span.text, actor_id, name, span.start_char, span.end_char, person)
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        # "Pavel Dudarev of the Volga Institute" with the name missed by NER: the proper-noun head
        # is the speaker, not an organisation named in its modifier
        # a place name glued to the head is part of an organisation's name ("Lugansk Aqua")
        words = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i
                 and not _is_line_prefix(c)
                 and c.text[:1].isupper() and (ctx.ent_of[c.i] is None or (
                     ctx.ent_of[c.i].label_ == "GPE" and c.i == head.i - 1))] + [head]
        name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        if len(words) >= 2:
            return _Speaker(span.text, slugify(name), name, span.start_char, span.end_char, True)
        known = ctx.surnames.get(head.text)
        if known is not None:
            return _Speaker(span.text, known[0], known[1], span.start_char, span.end_char, known[2])
    lower = head.lower_
    if ctx.resolve_references and (lower in _PERSON_PRONOUNS or (definite and lemma in ctx.cues.roles)):
        # "he" / "the senior diplomat": the most recent person mentioned
        antecedent = _antecedent(ctx, head.i, last=last, role="" if lower in _PERSON_PRONOUNS else lemma,
                                 gender=_PRONOUN_GENDER.get(lower, ""))
        if antecedent is not None:
            return _Speaker(span.text, antecedent.actor_id, antecedent.name, span.start_char, span.end_char, True)
    members = _group_members(ctx, head) if ctx.resolve_references else []
    if members:
        # "Both officials criticised ...": the first of the persons the group counts; the others
        # get their own claims (see _group_claims)
        return _Speaker(span.text, members[0].actor_id, members[0].name, span.start_char, span.end_char, True)
    if head.tag_ in {"NNS", "NNPS"} and lemma in ctx.cues.roles:
        # "Ukrainian officials argued": an unnamed group of a state's officials speaks for its government
        voice = _institution_of(ctx, head, states_only=True)
        if voice is not None:
            return _Speaker(span.text, voice[0], voice[1], span.start_char, span.end_char)
    if span.ents and lemma not in ctx.cues.roles:
        # "the Russian Foreign Ministry": an organisation named in the phrase itself
        ent = span.ents[0]
        actor_id, name = _entity_speaker(ent)
        return _Speaker(span.text, actor_id, name, span.start_char, span.end_char)
    if ctx.resolve_references and definite and head.pos_ in {"NOUN", "PROPN"} and lemma not in ctx.cues.roles:
        # "The centre said" after "the Nordic Crisis Mediation Centre": the organisation named before
        named = _named_organisation(ctx, head)
        if named is not None:
            return _Speaker(span.text, named[0], named[1], span.start_char, span.end_char)
    if head.pos_ == "PROPN" and head.text[:1].isupper() and not span.ents and len(span) == 1:
        # "Gazprom has long said": a lone name no model or list knows is still an actor, by its slug
        return _Speaker(span.text, slugify(head.text), head.text, span.start_char, span.end_char)
    return _Speaker(span.text, "", span.text, span.start_char, span.end_char)


#: Counting words of a group of persons ("Two officials", "Both experts", "the three mediators").
_GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _group_members(ctx: _Context, head: Token, *, reach: int = 6) -> list[_Speaker]:
    """The persons a counted group of role holders stands for ("Both officials", "Two experts").

    Limit: the group must be a plural role noun of data/cues.csv with a counting word; a definite
    group ("Both officials", "the two officials") is the last persons named before it, an
    indefinite one ("Two officials ... said") the first persons named after it, within ``reach``
    sentences, and only when exactly that many distinct persons are found there.
    """
    doc = ctx.doc
    lemma = (head.lemma_ or head.lower_).lower()
    if head.tag_ not in {"NNS", "NNPS"} or lemma not in ctx.cues.roles:
        return []
    counters = [c for c in head.children if c.dep_ in {"nummod", "det", "predet"} and c.lower_ in _GROUP_SIZES]
    if not counters:
        return []
    size = _GROUP_SIZES[counters[0].lower_]
    definite = counters[0].lower_ == "both" or any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"}
                                                  for c in head.children)
    sentence = ctx.sent_of[head.i]
    ents = [e for e in doc.ents if ctx.in_quote[e.start] < 0 and abs(ctx.sent_of[e.start] - sentence) <= reach
            and (e.end <= head.left_edge.i if definite else e.start > head.right_edge.i)]
    found: list[_Speaker] = []
    for ent in (reversed(ents) if definite else ents):
        actor_id, name, person = _actor_of(ctx, ent)
        if not person or not actor_id or any(f.actor_id == actor_id for f in found):
            continue
        found.append(_Speaker(ent.text, actor_id, name, ent.start_char, ent.end_char, True))
        if len(found) == size:
            break
    if len(found) != size:
        return []
    # a later person of an indefinite group's window would make the count ambiguous: only an
    # exact count of persons introduced is trusted
    return sorted(found, key=lambda f: f.start)


def _group_claims(ctx: _Context, claim: Claim, subject: Token | None) -> list[Claim]:
    """One more claim per further person of a counted group subject ("Both officials criticised ...")."""
    if subject is None or not ctx.resolve_references:
        return []
    members = _group_members(ctx, subject)
    return [claim._replace(speaker_id=m.actor_id, speaker_name=m.name, speaker_start=m.start, speaker_end=m.end)
            for m in members[1:]]


def _named_organisation(ctx: _Context, head: Token, *, reach: int = 40) -> tuple[str, str] | None:
    """(actor_id, name) of the organisation an unnamed definite description repeats, or ``None``.

    "The centre said" after "the Nordic Crisis Mediation Centre": a description whose words all
    occur in an earlier organisation's name refers back to it. Limit: the nearest such name
    within ``reach`` sentences wins; a description in other words ("the company" for
    "Lugansk Aqua") is not resolved.
    """
    words = {t.lower_ for t in head.children if t.dep_ in {"compound", "amod"} and t.i < head.i} | {head.lower_}
    for ent in reversed(ctx.doc.ents):
        if ent.start >= head.i or ctx.in_quote[ent.start] >= 0 or ent.label_ not in {"ORG", "FAC"}:
            continue
        if ctx.sent_of[head.i] - ctx.sent_of[ent.start] > reach:
            break
        names = {t.lower_ for t in ent if t.lower_ != "the"}
        if len(names) >= 2 and words <= names:
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            return ent.kb_id_ or slugify(name), ent._.actor_name or name
    return None


def _institution_of(ctx: _Context, head: Token, *, states_only: bool = False) -> tuple[str, str] | None:
    """(actor_id, name) of the institution or state a role noun is attached to, or ``None``.

    Reads the role's own modifiers ("EU" in "an EU official", "Russian" in "a Russian diplomat")
    and the object of "for/of/at/from" ("a spokesman for the ministry"); a state stands for its
    government. Limit: a relative clause or participle ("speaking in Brussels") is not read.
    """
    candidates = [c for c in head.children if c.dep_ in {"amod", "compound", "nmod"} and not _is_line_prefix(c)]
    candidates += [g for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "at", "from"}
                   for g in c.children if g.dep_ == "pobj"]
    close = [g for c in head.children if c.dep_ == "amod" and c.lower_ == "close"
             for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    for target in close:
        # "a source close to X" speaks for X; for "the OSCE's chief monitor", for the OSCE
        ent = ctx.ent_of[target.i]
        if ent is not None and ent.kb_id_:
            return ctx.governments.get(ent.kb_id_) or _actor_of(ctx, ent)[:2]
        owners = [c for c in target.children if c.dep_ in {"poss", "compound", "amod"} and ctx.ent_of[c.i] is not None
                  and ctx.ent_of[c.i].kb_id_]
        if owners and not states_only:
            owner = ctx.ent_of[owners[0].i]
            return ctx.governments.get(owner.kb_id_) or _entity_speaker(owner)
        if ent is None and not states_only and any(c.dep_ == "det" and c.lower_ == "the" for c in target.children):
            # "a source close to the district administration": the administration named before
            named = _named_organisation(ctx, target)
            if named is not None:
                return named
    for token in candidates:
        ent = ctx.ent_of[token.i]
        if ent is None or not ent.kb_id_:
            continue
        if ent.kb_id_ in ctx.governments:
            return ctx.governments[ent.kb_id_]
        if not states_only and ent.label_ in {"ORG", "NORP", "GPE"}:
            return _entity_speaker(ent)
    # "a government spokeswoman in Berlin", "officials at the foreign ministry in Helsinki": an
    # unnamed office placed in a capital speaks for that country's government (not for a foreign
    # mission there: "the Ukrainian consulate in Lublin" names its own state and is left alone)
    # (a group it works for, "a spokeswoman for the monitors in Kyiv", is not an office)
    bodies = [t for t in candidates if t.dep_ == "pobj"]
    offices = [head] if not bodies else []
    offices += [t for t in bodies if ctx.ent_of[t.i] is None and t.tag_ in {"NN", "NNP"}
                and not any(ctx.ent_of[c.i] is not None for c in t.children if c.dep_ in {"amod", "compound"})]
    for office in offices:
        for place in (g for c in office.children if c.dep_ == "prep" and c.lower_ == "in"
                      for g in c.children if g.dep_ == "pobj" and ctx.ent_of[g.i] is not None):
            country = default_capitals().get(ctx.ent_of[place.i].kb_id_)
            if country in ctx.governments:
                return ctx.governments[country]
    return None


_DEFAULT_CAPITALS: dict[str, str] | None = None


def default_capitals() -> dict[str, str]:
    """Capital actor_id -> state actor_id, from the ``city`` rows of actors.csv whose role names a capital."""
    global _DEFAULT_CAPITALS
    if _DEFAULT_CAPITALS is None:
        try:
            actors = load_table("actors.csv")
            rows = actors[(actors["type"] == "city") & actors["role"].str.contains("Capital of", na=False)]
            _DEFAULT_CAPITALS = {str(r["actor_id"]): str(r["country"]) for r in rows.to_dict("records") if r["country"]}
        except Exception as error:  # noqa: BLE001  (a missing actor list must not stop extraction)
            logger.warning("claims: cannot read capitals from actors.csv (%s)", error)
            _DEFAULT_CAPITALS = {}
    return _DEFAULT_CAPITALS


def _is_line_prefix(token: Token) -> bool:
    """Whether a token is a line label or dateline ("Q:", "A:", "BERLIN -"), never a speaker.

    Limit: only one upper-case word opening its line and followed by a colon or a dash counts.
    """
    doc = token.doc
    at_line_start = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
    following = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return at_line_start and token.text.isupper() and token.is_alpha and following in {":", "-", "—", "–"}


def _subject(token: Token) -> Token | None:
    """The subject of a verb, inherited through conjunctions ("Keller said ... and warned")."""
    for _ in range(4):
        subjects = [child for child in token.children if child.dep_ == "nsubj"]
        for label in [child for child in subjects if _is_line_prefix(child)]:
            # "BRUSSELS - An EU official ... said", "Q: Your predecessor, Jan Brodsky, told": the parser
            # takes the dateline or label for the subject; the real one is beside it or in apposition
            subjects.remove(label)
            if not subjects:
                subjects = [c for c in label.children if c.dep_ == "appos"]
        auxiliaries = [child.i for child in token.children if child.dep_ == "aux"]
        # the parser may hang the real subject on the auxiliary itself
        subjects += [g for child in token.children if child.dep_ == "aux" for g in child.children if g.dep_ == "nsubj"]
        if len(subjects) > 1 and auxiliaries and any(child.i < min(auxiliaries) for child in subjects):
            # an English subject precedes its auxiliary ("The mayor ... has on Thursday the council ...
            # informed"): a later "subject" is a misparsed object of machine-translated word order
            subjects = [child for child in subjects if child.i < min(auxiliaries)]
        if subjects:
            # two subjects are a parse error (a quote glued on, or "X said morale was ..." with the
            # reported clause's subject hung on the cue): a named or pronoun subject beats a common
            # noun, then the nearest wins
            return min(subjects, key=lambda child: (not (child.ent_type_ or child.pos_ in {"PRON", "PROPN"}),
                                                     abs(child.i - token.i)))
        # "..., adding that ...": a participle shares its main verb's subject
        if (token.dep_ in {"conj", "xcomp"} or (token.dep_ == "advcl" and token.tag_ == "VBG")) and token.head.i != token.i:
            token = token.head
            continue
        return None
    return None


#: Entity labels that can name a speaker standing right after an inverted cue ("said Wehling").
_SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _misparsed_subject(ctx: _Context, token: Token) -> Token | None:
    """A speaker the parser did not attach as ``nsubj``: inverted names and German word order.

    "„…“, said Wehling": an unknown name after the cue is often parsed as a verb or object;
    "Lawrow had about the agreements said": machine-translated German splits the perfect tense,
    and the subject hangs on the stranded auxiliary "had".
    """
    doc = ctx.doc
    after = ctx.ent_of[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.label_ in _SPEAKER_LABELS and token.i > 0 and (
            doc[token.i - 1].is_punct or doc[token.i - 1].is_quote):
        # inverted attribution right after a quote or comma: the name that follows is the speaker
        return after.root
    for child in token.children:
        if child.i < token.i and child.lemma_ in {"have", "be"} and child.dep_ in {"ccomp", "aux", "advcl"}:
            subjects = [g for g in child.children if g.dep_ == "nsubj"]
            if subjects:
                return subjects[0]
    head = token.head
    if head.i < token.i and head.lemma_ == "have" and token.dep_ in {"advcl", "conj", "xcomp", "ccomp"} \
            and (token.i + 1 >= len(doc) or doc[token.i + 1].is_punct):
        # "Sakharova has itself about the Nato expressed": the sentence-final participle hangs on "has"
        subjects = [g for g in head.children if g.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
    return None


def _passive_agent(token: Token) -> Token | None:
    """The agent of a passive cue ("was stressed by Virtanen", "By the government it was emphasized")."""
    if not any(c.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for c in token.children):
        return None
    for child in token.children:
        if child.lower_ == "by" and child.dep_ in {"agent", "prep"}:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _passive_claim(ctx: _Context, token: Token, entry: CueEntry, agent: Token, sents: list[Span],
                   used_quotes: set[int], *, last: _Speaker | None) -> Claim | None:
    """A passive cue with its agent as speaker: the clausal subject, ``that``-clause or ``of`` object is the content.

    Limit: only the agent phrase headed by ``by`` is read; a passive with no agent ("so it was
    said") is no claim. "X was accused by Y of Z": X is the addressee, Z the content.
    """
    doc = ctx.doc
    if ctx.in_quote[agent.i] >= 0:
        return None
    pieces = [c for c in token.children if c.dep_ in {"csubjpass", "ccomp"}
              or (c.dep_ == "prep" and c.lower_ in {"of", "for", "over", "as", "against"})]
    if not pieces:
        return None
    addressee = next((c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)
    start = min(min(t.i for t in p.subtree) for p in pieces)
    end = max(max(t.i for t in p.subtree) for p in pieces) + 1
    start, end = _trim(doc, start, end)
    if end <= start or not _has_content_word(doc[start:end]):
        return None
    span = doc[start:end]
    auxiliaries = [c for c in token.children if c.dep_ == "auxpass"]
    by = agent.head
    cue_tokens = sorted([*auxiliaries, token, by], key=lambda t: t.i) if by.i > token.i else [*auxiliaries, token]
    speaker = _resolve_speaker(ctx, agent, stop=None, last=last)
    mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="mixed" if mixed else "indirect",
                       content=(span.start_char, span.end_char, span.text),
                       addressee=addressee if entry.addressee else None)


def _match_verb_cue(token: Token, cues: CueLexicon) -> CueEntry | None:
    lemma = (token.lemma_ or token.lower_).lower()
    entries = cues.verbs.get(lemma)
    if not entries or token.pos_ not in {"VERB", "AUX", ""}:
        return None
    for entry in entries:
        if entry.particle:
            if any(c.lower_ == entry.particle and c.dep_ in {"prep", "prt", "agent", "dative"} for c in token.children):
                return entry
        else:
            return entry
    return None


def _addressee(token: Token, entry: CueEntry, *, has_clause: bool) -> Token | None:
    """The addressee head: object of "tell/accuse/urge", or object of a listed preposition."""
    for child in token.children:
        if child.dep_ == "dative":
            return child
        if "object" in entry.addressee and child.dep_ == "dobj" and (has_clause or entry.complement in {"any", "request"}):
            return child
        # "call on X to ...": the particle's object is the addressee only for cues that take one
        if child.dep_ == "prep" and (child.lower_ in entry.addressee
                                     or (child.lower_ == entry.particle == "on" and "object" in entry.addressee)):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in token.children:
        # "demanded guarantees from the United States": the parser hangs the "from" on the object
        if child.dep_ == "dobj":
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in entry.addressee and prep.lower_ != "to":
                    objects = [c for c in prep.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
    return None


def _is_time_adjunct(token: Token) -> bool:
    """A preposition whose object is a date or time ("on Saturday", "on Thursday evening")."""
    return token.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in token.children)


#: Subjects that name nobody: "whether anyone calls it one", "nobody wants to".
_INDEFINITE_SUBJECTS = {"anyone", "anybody", "nobody", "someone", "somebody", "everyone", "everybody", "one"}
#: Words that open an embedded question ("asked why ...", "asked whether ...").
_QUESTION_WORDS = {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}


def _is_question_complement(token: Token) -> bool:
    """Whether a clause complement is an embedded question ("why the centre had not published ...")."""
    return any(c.lower_ in _QUESTION_WORDS and c.dep_ in {"mark", "advmod", "dobj", "nsubj", "attr", "pobj"}
               and c.i < token.i for c in token.children) or token.lower_ in _QUESTION_WORDS


def _has_content_word(span: Span) -> bool:
    """Whether a span holds a noun, name or verb beyond a time or amount ("of his own", "about two hours")."""
    return any(t.pos_ in {"NOUN", "PROPN", "VERB"} and t.ent_type_ not in {"DATE", "TIME", "CARDINAL", "QUANTITY"}
               for t in span)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Shrink a token range to drop surrounding punctuation, quote marks and "that"."""
    while start < end and ((doc[start].is_punct and not doc[start].is_quote) or doc[start].is_space
                           or doc[start].lower_ in {"that", "of", "for", "to"} and doc[start].dep_ in {"mark", "prep", "aux"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not doc[end - 1].is_quote:
        end -= 1
    return start, end


# ---------------------------------------------------------------------------------------------
# The extractor


def _token_maps(doc: Doc, quotes: list[tuple[int, int]]) -> tuple[list[int], list[int], list[Span | None]]:
    in_quote = [-1] * len(doc)
    for number, (open_i, close_i) in enumerate(quotes):
        for i in range(open_i, close_i + 1):
            in_quote[i] = number
    sent_of = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for index, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = index
    ent_of: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ent_of[i] = ent
    return in_quote, sent_of, ent_of


def _quote_tokens(doc: Doc, char_pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pairs = []
    for open_char, close_char in char_pairs:
        opening = doc.char_span(open_char, open_char + 1, alignment_mode="expand")
        closing = doc.char_span(close_char, close_char + 1, alignment_mode="expand")
        if opening is None or closing is None or closing.end - 1 <= opening.start:
            continue
        pairs.append((opening.start, closing.end - 1))
    return pairs


def _is_mixed(doc: Doc, open_i: int, close_i: int, sent_start: int) -> bool:
    """A quote is a fragment inside a clause when a word precedes it and it is no full sentence."""
    if open_i <= sent_start:
        return False
    before = doc[open_i - 1]
    if before.is_punct and before.text in {":", ",", ";", "-", "—", "–"} or before.is_quote:
        return False
    inner = doc[open_i + 1:close_i]
    if not len(inner):
        return True
    starts_lower = inner[0].text[:1].islower()
    ends_sentence = inner[-1].text in _SENTENCE_END or inner[-1].text == ","
    # "demanding “precise legal guarantees” that": lower-case start or no final punctuation
    return starts_lower or not ends_sentence


def iter_claims(doc: Doc, *, cues: CueLexicon | None = None, resolve_references: bool = True,
                continuation: bool = True) -> Iterator[Claim]:
    """Yield the claims of a parsed document, ordered by start character.

    Limit: needs a dependency parse for reported speech and attribution; on a doc without one
    (a blank pipeline) it yields nothing. Never raises: a construction that fails is logged and
    skipped, and the document's other claims are still yielded.

    Args:
        doc: A parsed ``Doc`` (entities with ``kb_id_`` give canonical speaker ids).
        cues: The cue lexicon; ``data/cues.csv`` when ``None``.
        resolve_references: Resolve "he"/"she" and definite role descriptions ("the senior
            diplomat") to the most recent person mentioned before them.
        continuation: Give a quote without a cue of its own the previous speaker, when it
            stands alone right after that speaker's claim and nobody else is named between.

    Yields:
        :class:`Claim` tuples.
    """
    try:
        claims = _extract(doc, cues or default_cues(), resolve_references=resolve_references,
                          continuation=continuation)
    except Exception:  # noqa: BLE001  (the generator must never break a pipeline run)
        logger.warning("claims: extraction failed on document %r; no claims from it", doc._.doc_id, exc_info=True)
        claims = []
    yield from claims


def _extract(doc: Doc, cues: CueLexicon, *, resolve_references: bool, continuation: bool) -> list[Claim]:
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    quotes = _quote_tokens(doc, find_quotes(doc.text))
    in_quote, sent_of, ent_of = _token_maps(doc, quotes)
    ctx = _Context(doc, cues, quotes, in_quote, sent_of, ent_of, resolve_references)
    ctx.paragraph_of = _paragraph_map(doc)
    ctx.surnames = _surname_index(doc)
    ctx.governments = default_governments()
    ctx.genders = _gender_index(ctx) if resolve_references else {}
    verb_entries = {t.i: e for t in doc if in_quote[t.i] < 0 and (e := _match_verb_cue(t, cues)) is not None}
    ctx.cue_positions = set(verb_entries)
    sents = list(doc.sents)
    found: list[Claim] = []
    joint: list[Claim] = []
    used_quotes: set[int] = set()
    used_cues: set[int] = set()
    last: _Speaker | None = None

    # one pass over the tokens: reporting verbs, nominal cues and source attributions
    for token in doc:
        if in_quote[token.i] >= 0:
            continue  # speech reported inside a quote belongs to the quote's speaker
        try:
            claim = None
            ctx.last_speaker = None
            entry = verb_entries.get(token.i)
            if entry is not None:
                claim = _verb_claim(ctx, token, entry, sents, used_quotes, last=last)
                if claim is not None:
                    joint.extend(_joint_claims(ctx, claim, _subject(token)))
                    joint.extend(_group_claims(ctx, claim, _subject(token)))
            elif token.pos_ == "NOUN" and (token.lemma_ or token.lower_).lower() in cues.nouns:
                claim = _noun_claim(ctx, token, cues.nouns[(token.lemma_ or token.lower_).lower()], used_quotes, last)
            elif token.lower_ in {"according", "loud"}:
                claim = _source_claim(ctx, token, sents, used_quotes)
            elif token.lower_ in {"view", "opinion"} and token.lower_ in cues.sources:
                claim = _view_claim(ctx, token, sents, used_quotes, last)
            if claim is not None:
                found.append(claim)
                used_cues.add(token.i)
                if ctx.last_speaker is not None and ctx.last_speaker.person:
                    # only a person can be the antecedent of a later "he" or "the diplomat"
                    last = ctx.last_speaker
        except Exception:  # noqa: BLE001  (one odd construction must not lose the others)
            logger.debug("claims: skipped cue %r in %r", token.text, doc._.doc_id, exc_info=True)

    found.extend(_label_claims(ctx, used_quotes))
    found.extend(_transcript_claims(ctx, used_quotes))
    found.extend(_so_claims(ctx, used_quotes))
    if continuation:
        found.extend(_continuations(ctx, found, sents, used_quotes))
    found.sort(key=lambda c: (c.start_char, c.end_char))
    unique: list[Claim] = []
    for claim in found:
        # one claim per content span: a quote reached by two cues is kept once
        if unique and (claim.content_start, claim.content_end) == (unique[-1].content_start, unique[-1].content_end):
            continue
        unique.append(claim)
    # a claim reported inside another claim's content belongs to the outer speaker (nested speech);
    # "Washington rejected X, a spokesman said" keeps the inner claim, whose speaker is the named one
    unique = [c for c in unique if not any(
        o is not c and o.start_char < o.content_start <= c.start_char and c.end_char <= o.content_end
        for o in unique)]
    # joint speakers ("Berlin and Paris urged ...") share the first speaker's claim
    kept = {(c.content_start, c.content_end, c.speaker_start) for c in unique}
    unique.extend(c for c in joint if (c.content_start, c.content_end, c.speaker_start) not in kept)
    unique.sort(key=lambda c: (c.start_char, c.end_char))
    return unique


def _paragraph_map(doc: Doc) -> list[int]:
    """Token index -> paragraph number (paragraphs are separated by a blank line)."""
    paragraph_of = [0] * len(doc)
    number = 0
    for token in doc:
        if token.is_space and token.text.count("\n") >= 2:
            number += 1
        paragraph_of[token.i] = number
    return paragraph_of


def _joint_claims(ctx: _Context, claim: Claim, subject: Token | None) -> list[Claim]:
    """One more claim per named conjunct of the subject ("Berlin and Paris urged ...")."""
    if subject is None or ctx.ent_of[subject.i] is None:
        return []
    extra = []
    for conjunct in subject.children:
        ent = ctx.ent_of[conjunct.i] if conjunct.dep_ == "conj" else None
        # only named actors are joint speakers; "Keller and her team" stays one claim
        if ent is None or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"} or not ent.kb_id_:
            continue
        actor_id, name, _ = _actor_of(ctx, ent)
        if actor_id == claim.speaker_id:
            continue
        extra.append(claim._replace(speaker_text=ent.text, speaker_id=actor_id, speaker_name=name,
                                    speaker_start=ent.start_char, speaker_end=ent.end_char))
    return extra


_DEFAULT_GOVERNMENTS: dict[str, tuple[str, str]] | None = None


def default_governments() -> dict[str, tuple[str, str]]:
    """State actor_id -> (government actor_id, name), from the ``government`` rows of actors.csv.

    Empty (logged) when the actors file is missing: group speakers then stay unresolved.
    """
    global _DEFAULT_GOVERNMENTS
    if _DEFAULT_GOVERNMENTS is None:
        try:
            actors = load_table("actors.csv")
            rows = actors[actors["type"] == "government"]
            _DEFAULT_GOVERNMENTS = {str(r["country"]): (str(r["actor_id"]), str(r["name"]))
                                    for r in rows.to_dict("records") if r["country"]}
        except Exception as error:  # noqa: BLE001  (a missing actor list must not stop extraction)
            logger.warning("claims: cannot read governments from actors.csv (%s); group speakers stay unresolved",
                           error)
            _DEFAULT_GOVERNMENTS = {}
    return _DEFAULT_GOVERNMENTS


def _make_claim(ctx: _Context, *, speaker: _Speaker, cue_tokens: list[Token], entry: CueEntry, mode: str,
                content: tuple[int, int, str], addressee: Token | None, extra: Iterable[int] = ()) -> Claim:
    doc = ctx.doc
    ctx.last_speaker = speaker
    content_start, content_end, content_text = content
    cue_start = min(t.idx for t in cue_tokens)
    cue_end = max(t.idx + len(t.text) for t in cue_tokens)
    addressee_text = addressee_id = addressee_name = ""
    addressee_span = None
    if addressee is not None:
        # the addressee phrase without its prepositions ("the West", not "the West of provocations")
        cut = [c.i for c in addressee.children if c.dep_ == "prep" and c.i > addressee.i
               and any(content_start <= t.idx < content_end for t in c.subtree)]
        addressee_span = doc[addressee.left_edge.i:min(cut) if cut else addressee.right_edge.i + 1]
        ent = ctx.ent_of[addressee.i] or next(iter(addressee_span.ents), None)
        addressee_text = addressee_span.text
        if ent is not None:
            addressee_id, addressee_name = _entity_speaker(ent)
        else:
            addressee_name = addressee_text
    starts = [cue_start, content_start, *extra]
    ends = [cue_end, content_end]
    if speaker.end > speaker.start and abs(speaker.start - cue_start) < 400:
        starts.append(speaker.start)
        ends.append(speaker.end)
    start, end = min(starts), max(ends)
    start_token = doc.char_span(start, end, alignment_mode="expand")
    sent_index = ctx.sent_of[start_token.start] if start_token is not None and len(start_token) else 0
    cue_text = doc.text[cue_start:cue_end] if len(cue_tokens) == 1 else " ".join(t.text for t in cue_tokens)
    cue_lemma = " ".join((t.lemma_ or t.lower_).lower() for t in cue_tokens)
    return Claim(
        sent_index=sent_index, start_char=start, end_char=end, speaker_text=speaker.text, speaker_id=speaker.actor_id,
        speaker_name=speaker.name, speaker_start=speaker.start, speaker_end=speaker.end, cue=cue_text,
        cue_lemma=cue_lemma, claim_type=entry.claim_type, mode=mode, content=content_text,
        content_start=content_start, content_end=content_end, addressee_text=addressee_text,
        addressee_id=addressee_id, addressee_name=addressee_name, cameo=entry.cameo, plover=entry.plover,
    )


def _quote_content(ctx: _Context, numbers: list[int]) -> tuple[int, int, str]:
    """Content of one or more quotes (a split quote): inner text without marks or final comma."""
    doc = ctx.doc
    parts = []
    start = end = -1
    for number in numbers:
        open_i, close_i = ctx.quotes[number]
        inner_start = doc[open_i].idx + len(doc[open_i].text)
        inner_end = doc[close_i].idx
        text = doc.text[inner_start:inner_end]
        stripped = text.strip().rstrip(",").rstrip()
        offset = inner_start + (len(text) - len(text.lstrip()))
        parts.append(stripped)
        if start < 0:
            start = offset
        end = offset + len(stripped)
    return start, end, " ".join(p for p in parts if p)


def _verb_claim(ctx: _Context, token: Token, entry: CueEntry, sents: list[Span], used_quotes: set[int],
                *, last: _Speaker | None) -> Claim | None:
    doc = ctx.doc
    if any(c.dep_ == "neg" for c in token.children):
        return None  # what someone did not say is no claim ("would not say", "has not confirmed")
    sentence = sents[ctx.sent_of[token.i]]
    line_end = next((t.i for t in doc[token.i:sentence.end] if "\n" in t.text_with_ws), sentence.end - 1)
    # the parser may glue the next line ("A") onto the sentence: the line's last word decides
    last_word = next((t for t in reversed(doc[sentence.start:line_end + 1]) if not t.is_space), None)
    if last_word is not None and last_word.text == "?" and ctx.in_quote[last_word.i] < 0:
        return None  # "Would the Secretariat host a meeting if Berlin asked?": a question reports nothing
    subject = _subject(token) or _misparsed_subject(ctx, token)
    if subject is None:
        agent = _passive_agent(token)
        if agent is not None:
            return _passive_claim(ctx, token, entry, agent, sents, used_quotes, last=last)
        return None  # no speaker, no claim ("was quoted as saying", "so it was said", imperatives)
    if ctx.in_quote[subject.i] >= 0:
        return None
    if subject.lower_ in _INDEFINITE_SUBJECTS:
        return None  # "whether anyone calls it one": an indefinite pronoun names no speaker
    if subject.lower_ in {"i", "we"}:
        return None  # outside quotes, "I"/"we" is the author's or interviewer's own voice
    if any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubj"} and c.i < token.i for c in token.children):
        return None  # "what the reactions to them say": an embedded question, not a statement
    if entry.complement == "request" and any(
            _is_question_complement(c) or any(g.dep_ == "neg" for g in c.children)
            for c in token.children if c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > token.i):
        # "asked why ..." is a question, not a claim; "asking not to be named" is about the speaker
        return None
    for child in token.children:
        if child.dep_ == "dobj" and (child.lemma_ or child.lower_).lower() in ctx.cues.nouns and (
                any(g.dep_ in {"acl", "ccomp"} for g in child.children)
                or any(c.dep_ == "ccomp" and c.i > child.i for c in token.children)):
            return None  # "repeated his complaint that ...": the nominal cue carries the claim
    cue_tokens = [token] + [c for c in token.children if entry.particle and c.lower_ == entry.particle
                            and c.dep_ in {"prep", "prt"}]
    speaker = _resolve_speaker(ctx, subject, stop=token.i, last=last)
    sent = sents[ctx.sent_of[token.i]]
    # direct quotes attributed to this cue: quotes in the same sentence(s), not fragments
    attributed = []
    for number, (open_i, close_i) in enumerate(ctx.quotes):
        if number in used_quotes:
            continue
        touches = ctx.sent_of[open_i] <= ctx.sent_of[token.i] <= ctx.sent_of[close_i] or (
            # "“…,” Keller said." where the parser ended the sentence inside the quote
            close_i + 1 < len(doc) and ctx.sent_of[close_i + 1] == ctx.sent_of[token.i] and close_i < token.i
            and all(t.is_punct for t in doc[close_i + 1:subject.i if subject.i < token.i else token.i])
        )
        if not touches:
            continue
        if ctx.paragraph_of and ctx.paragraph_of[open_i] != ctx.paragraph_of[token.i] \
                and ctx.paragraph_of[close_i] != ctx.paragraph_of[token.i]:
            continue  # an attribution does not reach into another paragraph
        between = range(close_i + 1, token.i) if close_i < token.i else range(token.i + 1, open_i)
        if any(i in ctx.cue_positions for i in between):
            continue  # another reporting verb stands closer to this quote: it is that verb's quote
        quote_sent_start = sents[ctx.sent_of[open_i]].start
        if _is_mixed(doc, open_i, close_i, quote_sent_start):
            continue
        if open_i > token.i and open_i + 1 < close_i and doc[open_i + 1].text[:1].islower() \
                and any(c.dep_ == "ccomp" and token.i < c.i < open_i for c in token.children):
            continue  # "suggested that they meet, “if only to ...”": a lower-case fragment continues the clause
        attributed.append(number)
    if attributed:
        content = _quote_content(ctx, attributed)
        if entry.complement == "request" and content[2].rstrip().endswith("?"):
            return None  # ""How am I supposed to get there?" asked Kovalchuk": a quoted question, no claim
        for number in attributed:
            used_quotes.add(number)
        addressee = _addressee(token, entry, has_clause=True)
        first_open = ctx.quotes[attributed[0]][0]
        host = token.head
        if token.dep_ in {"parataxis", "advcl"} and host.i < subject.left_edge.i and subject.i < token.i < first_open \
                and ctx.in_quote[host.i] < 0 and doc[subject.left_edge.i - 1].text == ",":
            # "Warsaw had pressed for more, he noted, "and I understand why"": a parenthetical cue
            # reports its host clause and the quote that continues it, as one mixed claim
            start, end = _trim(doc, max(sent.start, host.left_edge.i), subject.left_edge.i)
            if end > start and all(ctx.in_quote[i] < 0 for i in range(start, end)):
                head_part = doc[start:end]
                text = f"{head_part.text} {content[2]}"
                return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="mixed",
                                   content=(head_part.start_char, content[1], text), addressee=None)
        return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="direct", content=content,
                           addressee=addressee, extra=[doc[first_open].idx])
    # reported speech: the complement to the right of the cue
    complements = [c for c in token.children if c.i > token.i and (
        c.dep_ in _CLAUSE_DEPS or c.dep_ in {"dobj", "attr", "oprd"}
        or (c.dep_ == "prep" and c.lower_ in {"of", "for", "against", "as", "on", "about"}))
        # "said on Saturday", "..., speaking on condition of anonymity": circumstances, not content
        and not _is_time_adjunct(c) and not (c.dep_ == "advcl" and c.tag_ == "VBG")]
    before = [c for c in token.children if c.dep_ in {"ccomp", "parataxis"} and c.i < token.i
              and c.i < subject.i < token.i and ctx.in_quote[c.i] < 0]
    if before and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "attr", "oprd"} for c in complements):
        # "Violations rose again, the OSCE said on Saturday, as envoys prepared ...": the reported
        # clause comes first and what follows the cue is circumstance
        complements = before
    if not complements and subject.i < token.i and entry.complement == "clause" \
            and all(t.is_punct or t.is_space for t in doc[token.i + 1:sent.end]):
        # "Because it is the only forum ..., Marwitz argues.": a reason or condition clause set off
        # before a sentence-final cue that needs a clause is what the speaker argues
        complements = [c for c in token.children if c.dep_ == "advcl" and c.i < subject.i and ctx.in_quote[c.i] < 0
                       and any(g.dep_ == "mark" and g.lower_ in {"because", "since", "if", "unless", "although",
                                                                 "though"} for g in c.children)]
    if not complements:
        # "Washington rejected the plan, a spokesman said": the reported clause comes first
        complements = [c for c in token.children if c.dep_ in {"ccomp", "parataxis"} and c.i < token.i
                       and c.i < subject.i and ctx.in_quote[c.i] < 0]
    if not complements and subject.i < token.i and (token.i + 1 >= len(doc) or doc[token.i + 1].is_punct):
        # German word order in machine translation puts the cue last ("has before a return of
        # the cold war warned"): its objects stand between the subject and the verb
        # (the parser may hang them on a stranded auxiliary "has")
        hosts = [token] + [c for c in token.children if c.i < token.i and c.lemma_ in {"have", "be"}
                           and c.dep_ in {"ccomp", "aux", "advcl"}]
        if token.head.i < token.i and token.head.lemma_ in {"have", "be"}:
            hosts.append(token.head)  # "has itself about the Nato expressed": the verb hangs on "has"
        complements = [c for host in hosts for c in host.children if subject.i < c.i < token.i
                       and (c.dep_ in {"prep", "dobj"} or (c.pos_ == "ADP" and any(g.dep_ == "pobj" for g in c.children)))
                       and ctx.in_quote[c.i] < 0 and c.ent_type_ not in {"DATE", "TIME"}
                       and not _is_time_adjunct(c) and not (c.pos_ == "PRON" and c.lower_.endswith("self"))]
        auxiliary = next((t for t in doc[subject.right_edge.i + 1:token.i]
                          if t.lemma_ in {"have", "be"} and t.pos_ in {"AUX", "VERB"}), None)
        if not complements and auxiliary is not None and ctx.sent_of[auxiliary.i] == ctx.sent_of[token.i]:
            # the parser lost the verb-final clause ("has before an escalation ... warned" with
            # "before" read as a conjunction): everything between the auxiliary and the cue is content
            start = auxiliary.i + 1
            while start < token.i and (doc[start].is_punct or (doc[start].pos_ == "PRON" and doc[start].lower_.endswith("self"))
                                       or doc[start].ent_type_ in {"DATE", "TIME"} or _is_time_adjunct(doc[start])):
                start = max(t.i for t in doc[start].subtree) + 1 if _is_time_adjunct(doc[start]) else start + 1
            start, end = _trim(doc, start, token.i)
            if end > start and _has_content_word(doc[start:end]) and all(ctx.in_quote[i] < 0 for i in range(start, end)):
                span = doc[start:end]
                return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="indirect",
                                   content=(span.start_char, span.end_char, span.text), addressee=None)
    if not complements:
        # "Berlin, he acknowledged, had been slow": a parenthetical cue reports its host clause
        host = token.head if token.dep_ in {"parataxis", "advcl"} and token.head.i != token.i else None
        if host is not None and ctx.in_quote[host.i] < 0 and entry.complement != "finite":
            complements = [host]
    clause = [c for c in complements if c.dep_ in _CLAUSE_DEPS or c.i == token.head.i]
    if entry.complement == "finite" and not any(c.dep_ == "ccomp" for c in clause):
        return None  # "agreed to meet" is an action; only "agreed that ..." reports a statement
    if entry.complement == "clause" and not clause:
        if not any(c.dep_ in {"dobj", "attr", "oprd"} and token.lemma_ in {"call", "consider"} for c in complements):
            return None
    if not complements:
        return None
    addressee = _addressee(token, entry, has_clause=bool(clause))
    pieces = [c for c in complements if addressee is None or c.i != addressee.i]
    if addressee is not None and addressee.dep_ == "dobj" and entry.complement != "request" and not pieces \
            and any(c.dep_ == "poss" for c in addressee.children):
        # "criticised the ministry's handling of the floods": an owned thing is what is criticised,
        # and its owner (when named) the target
        pieces = [addressee]
        owner = next((c for c in addressee.children if c.dep_ == "poss"), None)
        addressee = owner if owner is not None and ctx.ent_of[owner.i] is not None else None
    if addressee is not None and addressee.dep_ == "dobj" and not [p for p in pieces if p.dep_ != "prep"]:
        # "accused the West of provocations": the parser hangs the "of" on the addressee
        pieces += [c for c in addressee.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "over", "as"}]
    if not pieces and addressee is not None and addressee.dep_ == "dobj" and entry.complement != "request":
        # "criticised NATO's deployments": the object is what is criticised; its owner is the target
        pieces = [addressee]
        owner = next((c for c in addressee.children if c.dep_ == "poss" and ctx.ent_of[c.i] is not None), None)
        addressee = owner
    if entry.particle and entry.particle != "as":
        # "call for X": the particle's object is the content ("regard X as Y" keeps both)
        pieces = [c for c in pieces if c.lower_ != entry.particle] + [
            g for c in token.children if c.lower_ == entry.particle for g in c.children if g.dep_ == "pobj"]
        if entry.particle == "on" and addressee is not None:
            pieces = [p for p in pieces if p.i != addressee.i]
    if not pieces:
        return None
    host = token.head if token.head.i != token.i and any(p.i == token.head.i for p in pieces) else None
    if host is not None:
        # the host clause without the parenthetical attribution itself
        sent = sents[ctx.sent_of[token.i]]
        start, end = _trim(doc, max(sent.start, min(t.i for t in host.subtree)), sent.end)
        span = doc[start:end]
        if subject.left_edge.i <= start:
            return None  # the attribution opens the sentence: not a parenthetical
        return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="indirect",
                           content=(span.start_char, span.end_char, span.text), addressee=None)
    start = min(min(t.i for t in p.subtree) for p in pieces)
    end = max(max(t.i for t in p.subtree) for p in pieces) + 1
    if addressee is not None and start <= addressee.i < end:
        if addressee.i < min(p.i for p in pieces):
            start = max(t.i for t in addressee.subtree) + 1
        elif addressee.head.dep_ == "prep":
            end = min(end, addressee.head.i)  # "guarantees from the United States": drop the addressee
    if start > token.i:
        start, end = max(start, token.i + 1), min(end, sent.end)
    elif subject.i < start:
        start, end = max(start, subject.i + 1), min(end, token.i)  # the verb-final order above
    else:
        start, end = max(start, sent.start), min(end, subject.i, token.i)
    start, end = _trim(doc, start, end)
    if end <= start:
        return None
    span = doc[start:end]
    mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                       mode="mixed" if mixed else "indirect", content=(span.start_char, span.end_char, span.text),
                       addressee=addressee)


def _noun_claim(ctx: _Context, token: Token, entry: CueEntry, used_quotes: set[int],
                last: _Speaker | None) -> Claim | None:
    """A nominal cue with a speaker (possessive, "by X", or the subject of its verb) and content."""
    doc = ctx.doc
    speaker_head = None
    for child in token.children:
        if child.dep_ == "poss":
            speaker_head = child
        elif child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            speaker_head = next((g for g in child.children if g.dep_ == "pobj"), speaker_head)
    if token.dep_ in {"dobj", "pobj"}:
        verb = token.head if token.dep_ == "dobj" else token.head.head
        subject = _subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is not None and ctx.ent_of[subject.i] is None and subject.pos_ not in {"PRON", "PROPN"} \
                and (subject.lemma_ or subject.lower_).lower() not in ctx.cues.roles:
            subject = None  # "The first round ended with a joint statement": an event is no speaker
        if subject is not None and (speaker_head is None or speaker_head.pos_ == "PRON"):
            # "Keller repeated her complaint that ...": the verb's subject is the speaker
            speaker_head = subject
    if speaker_head is None or ctx.in_quote[speaker_head.i] >= 0:
        return None
    edge = token.right_edge.i
    for number, (open_i, close_i) in enumerate(ctx.quotes):
        if number not in used_quotes and edge < open_i <= edge + 3 and all(t.is_punct for t in doc[edge + 1:open_i]) \
                and (open_i == edge + 1 or doc[open_i - 1].text in {"—", "–", "-", ":", ","}):
            # "Lavrov's remark on the agreements — "It must be forced" —": the quote set off after the
            # nominal cue is the remark itself
            used_quotes.add(number)
            speaker = _resolve_speaker(ctx, speaker_head, stop=token.i if speaker_head.i < token.i else None, last=last)
            claim = _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode="direct",
                                content=_quote_content(ctx, [number]), addressee=None)
            if speaker_head.dep_ == "poss":
                ctx.last_speaker = None  # a recalled statement: the sentence is about someone else
            return claim
    content_heads = [c for c in token.children if c.i > token.i and (
        c.dep_ in {"acl", "ccomp", "relcl"} and any(g.lower_ == "that" and g.dep_ in {"mark", "dobj", "nsubj"}
                                                  for g in c.children)
        # "a statement released after the conference": a participle describes the statement, not its content
        or (c.dep_ in {"acl", "ccomp"} and not (c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}))
        or (c.dep_ == "prep" and c.lower_ in {"for", "of", "against", "on", "about"}))]
    if not content_heads and token.dep_ == "dobj":
        # "repeated his complaint that X": spaCy often attaches the clause to the verb
        content_heads = [c for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i]
    if not content_heads:
        return None
    start = min(min(t.i for t in c.subtree) for c in content_heads)
    end = max(max(t.i for t in c.subtree) for c in content_heads) + 1
    start, end = _trim(doc, max(start, token.i + 1), end)
    if end <= start or not _has_content_word(doc[start:end]):
        return None
    span = doc[start:end]
    speaker = _resolve_speaker(ctx, speaker_head, stop=token.i if speaker_head.i < token.i else None, last=last)
    mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    claim = _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode="mixed" if mixed else "indirect",
                        content=(span.start_char, span.end_char, span.text), addressee=None)
    if speaker_head.dep_ == "poss":
        ctx.last_speaker = None  # "Lavrov's remark" recalls a statement: the sentence is about someone else
    return claim


def _source_claim(ctx: _Context, token: Token, sents: list[Span], used_quotes: set[int]) -> Claim | None:
    """"according to X, ..." and the machine-translated "loud X, ...": the rest of the sentence."""
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    if token.lower_ == "according":
        if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            return None
        entry = ctx.cues.sources.get("according to")
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if entry is None or not objects:
            return None
        head = objects[0]
        phrase = _phrase_span(head)
        cue_tokens = [token, to]
        attribution_end = phrase.end
    else:
        entry = ctx.cues.sources.get("loud")
        if entry is None or token.i + 1 >= sent.end:
            return None
        previous = [t for t in doc[sent.start:token.i] if not t.is_space]
        before = previous[-1] if previous else None
        if before is not None and not (before.is_punct or before.lower_ in {"to", "by"}):
            return None  # "a loud protest" mid-clause is an adjective, not "laut"
        start = token.i + 1
        while doc[start].is_quote and start + 1 < sent.end:
            start += 1  # "loud „Washington Post“": the source's name in quote marks
        if doc[start].lower_ == "the" and start + 1 < sent.end:
            start += 1
        role = (doc[start].lemma_ or doc[start].lower_).lower()
        if doc[start - 1].lower_ == "the" and role in ctx.cues.roles and ctx.resolve_references:
            # "Loud the mayor was ...": German "laut dem Bürgermeister" names the source by its role
            return _loud_role_claim(ctx, token, doc[start - 1:start + 1], role, sent, entry, used_quotes)
        noun = start + (doc[start].lower_ in {"a", "an"})
        if noun + 2 < sent.end and doc[noun].pos_ == "NOUN" and doc[noun + 1].lower_ in {"of", "by", "from", "in"}:
            # "Loud a report of the Washington Post": German "laut einem Bericht der ..." names the source
            # after the report noun
            named = noun + 2 + (doc[noun + 2].lower_ == "the" and noun + 3 < sent.end)
            if doc[named].is_title or doc[named].is_upper:
                start = named
        if not (doc[start].is_title or doc[start].is_upper):
            return None  # "loud" attributes only to a named source
        end = start
        while end < sent.end and (doc[end].is_title or doc[end].is_upper or doc[end].pos_ == "PROPN"
                                  or (ctx.ent_of[start] is not None and end < ctx.ent_of[start].end)):
            end += 1
        phrase = doc[start if doc[token.i + 1].is_quote else token.i + 1:end]
        head = phrase.root
        attribution_end = end + (end < sent.end and doc[end].is_quote)  # with the closing mark of a quoted name
        cue_tokens = [token]
        if not len(phrase):
            return None
    attribution = (token.i, attribution_end)
    # the content is the sentence outside the attribution phrase (and its comma)
    left = doc[sent.start:attribution[0]]
    right = doc[attribution[1]:sent.end]
    part = right if len(right) >= len(left) else left
    start, end = _trim(doc, part.start, part.end)
    if end <= start:
        return None
    span = doc[start:end]
    # keep the entity but drop a "Loud" the NER glued onto it
    ent = next((e for e in phrase.ents if e.label_ in _SPEAKER_LABELS or e.kb_id_), None) or ctx.ent_of[head.i]
    if (head.lemma_ or head.lower_).lower() in ctx.cues.officials or (
            ctx.ent_of[head.i] is None and head.pos_ == "PROPN" and head.text[:1].isupper()):
        # "according to one senior NATO official": the anonymous official speaks for the institution;
        # "according to Lugansk Aqua": a name NER split is read from the phrase itself
        speaker = _resolve_speaker(ctx, head, stop=None, last=None)
        speaker = _Speaker(phrase.text, speaker.actor_id, speaker.name, phrase.start_char, phrase.end_char)
    elif ent is not None:
        actor_id, name = _entity_speaker(ent)
        if not actor_id and name.lower().startswith("loud "):
            name = name[5:]
        speaker = _Speaker(phrase.text, actor_id, name, phrase.start_char, phrase.end_char)
    else:
        speaker = _Speaker(phrase.text, "", phrase.text, phrase.start_char, phrase.end_char)
    mode = "mixed" if any(ctx.in_quote[i] >= 0 for i in range(start, end)) else "indirect"
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode=mode,
                       content=(span.start_char, span.end_char, span.text), addressee=None)


def _rest_of_sentence(ctx: _Context, sent: Span, attribution: tuple[int, int],
                      used_quotes: set[int]) -> tuple[tuple[int, int, str], str] | None:
    """Content of a source attribution: the longer side of the sentence around it, and its mode."""
    doc = ctx.doc
    left = doc[sent.start:attribution[0]]
    right = doc[attribution[1]:sent.end]
    part = right if len(right) >= len(left) else left
    start, end = _trim(doc, part.start, part.end)
    if end <= start or not _has_content_word(doc[start:end]):
        return None
    span = doc[start:end]
    mode = "mixed" if any(ctx.in_quote[i] >= 0 for i in range(start, end)) else "indirect"
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    return (span.start_char, span.end_char, span.text), mode


def _loud_role_claim(ctx: _Context, token: Token, phrase: Span, role: str, sent: Span, entry: CueEntry,
                     used_quotes: set[int]) -> Claim | None:
    """"Loud the mayor, ...": a machine-translated source attribution by role, resolved to an earlier person.

    Limit: the role noun must be in ``data/cues.csv`` (ROLE/OFFICIAL); the rest of the sentence
    is the content.
    """
    antecedent = _antecedent(ctx, phrase.start, last=None, role=role)
    found = _rest_of_sentence(ctx, sent, (token.i, phrase.end), used_quotes)
    if antecedent is None or found is None:
        return None
    speaker = _Speaker(phrase.text, antecedent.actor_id, antecedent.name, phrase.start_char, phrase.end_char, True)
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode=found[1], content=found[0],
                       addressee=None)


def _view_claim(ctx: _Context, token: Token, sents: list[Span], used_quotes: set[int],
                last: _Speaker | None) -> Claim | None:
    """"In his view, ...", "In the Kremlin's opinion, ...": the possessor holds the rest of the sentence.

    Limit: only the fixed phrase "in <possessor> view/opinion" opening or closing a clause is read;
    "a view of the river" or "in view of" are no claims.
    """
    doc = ctx.doc
    entry = ctx.cues.sources.get(token.lower_)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if entry is None or owner is None or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    if ctx.in_quote[owner.i] >= 0 or any(c.dep_ == "prep" for c in token.children):
        return None  # "in his view of the talks" is a topic, not an attribution
    preposition = token.head
    sent = sents[ctx.sent_of[token.i]]
    phrase_end = token.i + 1
    if owner.pos_ == "PRON" and owner.lower_ not in _PERSON_PRONOUNS:
        return None  # "in my view", "in our view": the author's own voice is not a claim
    speaker = _resolve_speaker(ctx, owner, stop=token.i, last=last)
    found = _rest_of_sentence(ctx, sent, (preposition.i, phrase_end), used_quotes)
    if found is None:
        return None
    return _make_claim(ctx, speaker=speaker, cue_tokens=[preposition, *doc[preposition.i + 1:phrase_end]],
                       entry=entry, mode=found[1], content=found[0], addressee=None)


def _so_claims(ctx: _Context, used_quotes: set[int]) -> list[Claim]:
    """Machine-translated German attributions: ``„…“, so Brandner.`` is a claim of Brandner.

    Limit: "so" must follow the closing mark and a comma, and be followed by a name (an entity or
    capitalised proper nouns) that ends the sentence.
    """
    doc = ctx.doc
    entry = ctx.cues.sources.get("so")
    if entry is None:
        return []
    claims = []
    for number, (open_i, close_i) in enumerate(ctx.quotes):
        so = close_i + 2
        if number in used_quotes or so + 1 >= len(doc) or doc[close_i + 1].text != "," or doc[so].lower_ != "so":
            continue
        end = so + 1
        while end < len(doc) and (doc[end].pos_ == "PROPN" or ctx.ent_of[end] is not None) and doc[end].text[:1].isupper():
            end += 1
        if end == so + 1 or (end < len(doc) and not (doc[end].text in _SENTENCE_END or doc[end].is_space)):
            continue
        label = doc[so + 1:end]
        ent = ctx.ent_of[end - 1]
        if ent is not None and ent.start >= label.start and ent.label_ in _SPEAKER_LABELS:
            actor_id, name, person = _actor_of(ctx, ent)
        else:
            known = ctx.surnames.get(label.text)
            actor_id, name, person = known if known is not None else (slugify(label.text), label.text, True)
        used_quotes.add(number)
        speaker = _Speaker(label.text, actor_id, name, label.start_char, label.end_char, person)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[doc[so]], entry=entry, mode="direct",
                                  content=_quote_content(ctx, [number]), addressee=None))
    return claims


def _label_claims(ctx: _Context, used_quotes: set[int]) -> list[Claim]:
    """Headline and live-blog labels: ``Name: "…"`` at the start of a line is a claim of Name.

    Limit: the label must open its line (after a timestamp or dash at most) and be a name: an
    entity or capitalised proper nouns; "Update: ..." or a colon inside a sentence is not a label.
    """
    doc = ctx.doc
    say = ctx.cues.verbs.get("say", [None])[0] or CueEntry("", "VERB", "statement", "01", "")
    claims = []
    for number, (open_i, close_i) in enumerate(ctx.quotes):
        colon = open_i - 1
        if number in used_quotes or colon < 1 or doc[colon].text != ":":
            continue
        end = colon
        start = end
        while start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].text_with_ws[:-1] and (
                ctx.ent_of[start - 1] is not None or (doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title)):
            start -= 1
        if start == end:
            continue
        line_start = start
        while line_start > 0 and "\n" not in doc[line_start - 1].text_with_ws:
            line_start -= 1
        # only a timestamp, dash or bullet may stand before the label ("14:20 — Lukas Brenner:")
        if any(not (t.is_punct or t.is_space or t.like_num or re.fullmatch(r"[\d:.]+", t.text))
               for t in doc[line_start:start]):
            continue
        label = doc[start:end]
        ent = ctx.ent_of[end - 1]
        if ent is not None and ent.start >= start and ent.label_ in _SPEAKER_LABELS:
            actor_id, name, person = _actor_of(ctx, ent)
        else:
            name, person = label.text, True
            actor_id = slugify(name)
        used_quotes.add(number)
        speaker = _Speaker(label.text, actor_id, name, label.start_char, label.end_char, person)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[doc[colon]], entry=say, mode="direct",
                                  content=_quote_content(ctx, [number]), addressee=None))
    return claims


#: Line labels of an interview or briefing transcript: question lines and answer lines.
_QUESTION_LABELS = {"q", "question"}
_ANSWER_LABELS = {"a", "answer"}


def _labelled_lines(doc: Doc) -> list[tuple[str, int, int]]:
    """(label, first token, end token) of each line opening with "Q:"/"A:" (the label lower-cased)."""
    lines = []
    for token in doc:
        if token.lower_ not in _QUESTION_LABELS | _ANSWER_LABELS or not _is_line_prefix(token) and not token.is_title:
            continue
        at_line_start = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
        if not at_line_start or token.i + 1 >= len(doc) or doc[token.i + 1].text != ":":
            continue
        end = token.i + 2
        while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
            end += 1
        while end > token.i + 2 and doc[end - 1].is_space:
            end -= 1
        lines.append((token.lower_, token.i, end))
    return lines


def _salient_person(ctx: _Context, skip: list[tuple[int, int]]) -> _Speaker | None:
    """The person named most often outside ``skip`` ranges and quotes (ties: the first named)."""
    counts: dict[str, list] = {}
    for ent in ctx.doc.ents:
        if ctx.in_quote[ent.start] >= 0 or any(start <= ent.start < end for start, end in skip):
            continue
        actor_id, name, person = _actor_of(ctx, ent)
        if person and actor_id:
            counts.setdefault(actor_id, [0, ent.start, name])[0] += 1
    if not counts:
        return None
    actor_id, (_, _, name) = min(counts.items(), key=lambda item: (-item[1][0], item[1][1]))
    return _Speaker("A", actor_id, name, 0, 0, True)


def _transcript_claims(ctx: _Context, used_quotes: set[int]) -> list[Claim]:
    """Answers of a "Q:"/"A:" transcript: each answer line is one direct claim of the person answering.

    Limit: only a document with both question and answer lines is read; the person answering is
    the one named most often outside the question and answer lines (the briefing's or interview's
    subject), so a transcript with two interviewees gives every answer to the first. The answer's
    type is that of a first-person cue in it ("I reject that"), a denial when it opens with "No",
    else a statement.
    """
    doc = ctx.doc
    lines = _labelled_lines(doc)
    if not any(label in _QUESTION_LABELS for label, _, _ in lines) or not any(
            label in _ANSWER_LABELS for label, _, _ in lines):
        return []
    answerer = _salient_person(ctx, [(start, end) for _, start, end in lines])
    if answerer is None:
        return []
    say = ctx.cues.verbs.get("say", [None])[0] or CueEntry("", "VERB", "statement", "01", "")
    deny = ctx.cues.verbs.get("deny", [say])[0]
    claims = []
    for label, start, end in lines:
        if label not in _ANSWER_LABELS or end <= start + 2:
            continue
        body = doc[start + 2:end]
        entry = deny if body[0].lower_ == "no" else say
        for token in body:
            # "I reject that entirely": the answer's own speech act, read from a first-person cue
            cue = _match_verb_cue(token, ctx.cues)
            subject = _subject(token) if cue is not None else None
            if subject is not None and subject.lower_ in {"i", "we"} and not any(c.dep_ == "neg" for c in token.children):
                entry = cue
                break
        for i in range(body.start, body.end):
            if ctx.in_quote[i] >= 0:
                used_quotes.add(ctx.in_quote[i])
        speaker = _Speaker(doc[start].text, answerer.actor_id, answerer.name, doc[start].idx,
                           doc[start].idx + len(doc[start].text), True)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[doc[start + 1]], entry=entry, mode="direct",
                                  content=(body.start_char, body.end_char, body.text), addressee=None))
    return claims


def _continuations(ctx: _Context, found: list[Claim], sents: list[Span], used_quotes: set[int]) -> list[Claim]:
    """Standalone quotes right after a claim keep its speaker when nobody else is named between."""
    doc = ctx.doc
    extra: list[Claim] = []
    claims = sorted(found, key=lambda c: c.end_char)
    say = ctx.cues.verbs.get("say", [None])[0] or CueEntry("", "VERB", "statement", "01", "")
    for number, (open_i, close_i) in enumerate(ctx.quotes):
        if number in used_quotes:
            continue
        first, last_sent = sents[ctx.sent_of[open_i]], sents[ctx.sent_of[close_i]]
        paragraph = ctx.paragraph_of[open_i] if ctx.paragraph_of else 0
        # words of another paragraph that the parser glued into the sentence do not count
        outside = [t for t in list(doc[first.start:open_i]) + list(doc[close_i + 1:last_sent.end])
                   if not (t.is_punct or t.is_space) and (not ctx.paragraph_of or ctx.paragraph_of[t.i] == paragraph)]
        if outside:
            continue  # words outside the quote: not a standalone quote
        previous = [c for c in claims + extra if c.end_char <= doc[open_i].idx]
        if not previous:
            continue
        prior = max(previous, key=lambda c: c.end_char)  # the nearest claim, an earlier continuation too
        between = doc.char_span(prior.end_char, doc[open_i].idx, alignment_mode="expand")
        if between is None or ctx.sent_of[open_i] - prior.sent_index > 2 or "\n\n" in between.text:
            continue  # too far away or a new paragraph: the speaker is no longer clear
        prior_sent_end = sents[ctx.sent_of[between.start]].end if len(between) else between.start
        if any(_names_someone_else(ctx, e, prior, in_prior_sentence=e.start < prior_sent_end)
               for e in between.ents if ctx.in_quote[e.start] < 0):
            continue  # someone else is named in between
        used_quotes.add(number)
        content = _quote_content(ctx, [number])
        speaker = _Speaker(prior.speaker_text, prior.speaker_id, prior.speaker_name, prior.speaker_start,
                           prior.speaker_end)
        extra.append(Claim(
            sent_index=ctx.sent_of[open_i], start_char=doc[open_i].idx, end_char=doc[close_i].idx + 1,
            speaker_text=speaker.text, speaker_id=speaker.actor_id, speaker_name=speaker.name,
            speaker_start=speaker.start, speaker_end=speaker.end, cue="", cue_lemma="", claim_type=say.claim_type,
            mode="direct", content=content[2], content_start=content[0], content_end=content[1], addressee_text="",
            addressee_id="", addressee_name="", cameo=say.cameo, plover=say.plover,
        ))
    return extra


def _names_someone_else(ctx: _Context, ent: Span, prior: Claim, *, in_prior_sentence: bool) -> bool:
    """Whether an entity between a claim and a following quote names a possible new speaker."""
    if ent.label_ not in {"PERSON", "ORG", "NORP", "GPE"}:
        return False
    if in_prior_sentence and ent.label_ != "PERSON":
        # the rest of the attribution sentence describes the speaker ("an analyst at X in Warsaw")
        return False
    return _actor_of(ctx, ent)[0] != prior.speaker_id or not prior.speaker_id


# ---------------------------------------------------------------------------------------------
# Table and component


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
