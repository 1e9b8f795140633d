"""The :class:`Claim` tuple, the per-document extraction context and the helpers all extractors share."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from workbench import extensions  # noqa: F401  (registers Doc._.claims, Span._.actor_name)
from workbench.claims.cues import CueEntry, CueLexicon
from workbench.names import load_name_genders, lookup_key


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


@dataclass
class _Speaker:
    """A speaker phrase with its character offsets and the actor it resolved to."""

    text: str
    actor_id: str
    name: str
    start: int
    end: int
    person: bool = False


@dataclass
class _Context:
    """What the extractors of one document share: parse lookups and the references seen so far."""

    doc: Doc
    cues: CueLexicon
    quotes: list[tuple[int, int]]  # token indices of the opening and closing marks
    in_quote: list[int]  # token index -> quote number or -1
    sent_of: list[int]  # token index -> sentence index
    ent_of: list[Span | None]  # token index -> entity covering it
    resolve_references: bool = True
    paragraph_of: list[int] = field(default_factory=list)  # token index -> paragraph number
    cue_entries: dict[int, CueEntry] = field(default_factory=dict)  # verb cue token outside quotes -> its entry
    surnames: dict[str, tuple[str, str, bool] | None] = field(default_factory=dict)  # surname -> person
    governments: dict[str, tuple[str, str]] = field(default_factory=dict)  # state id -> government id, name
    seats: dict[str, tuple[str, str]] = field(default_factory=dict)  # seat of power (Kremlin, Moscow) -> body
    last_speaker: _Speaker | None = None  # speaker of the claim made last, with its person flag
    previous_speaker: _Speaker | None = None  # speaker of the previous claim, person or not
    text: str = ""  # doc.text, built once (spaCy joins the tokens anew on every access)
    voices: list | None = None  # unnamed officials outside quotes (speakers.voice_mentions), computed on first use
    anonymous: list[tuple[int, str, _Speaker]] = field(default_factory=list)  # (token, role, institution)
    genders: dict[str, str] = field(default_factory=dict)  # actor id -> "f"/"m" where the text makes it clear
    protagonist: str | None = None  # the document's most-named person, computed on first use
    spoken: dict[int, _Speaker] = field(default_factory=dict)  # speaker phrase start char -> speaker of its claim
    told: set[int] = field(default_factory=set)  # tokens of the addressees claims were made to ("said the Abendkurier")
    _ents: tuple[Span, ...] | None = None  # doc.ents, listed once (see ents)
    _tokens: list[Token] | None = None  # the doc's tokens, made once (see tokens)
    actor_memo: dict[tuple[int, int], tuple[str, str, bool]] = field(default_factory=dict)  # see _actor_of
    _ent_starts: list[int] = field(default_factory=list)

    @property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, built once: spaCy rebuilds every entity span on each access, and the claims never change them."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
            self._ent_starts = [ent.start for ent in self._ents]
        return self._ents

    @property
    def tokens(self) -> list[Token]:
        """The doc's tokens as one list: iterating a ``Doc`` makes every ``Token`` object anew, and the extractors pass over it a dozen times."""
        if self._tokens is None:
            self._tokens = list(self.doc)
        return self._tokens

    def ents_within(self, span: Span) -> list[Span]:
        """``span.ents`` (the entities wholly inside ``span``, in order) from :attr:`ents`."""
        ents = self.ents
        i = bisect_left(self._ent_starts, span.start)
        within = []
        while i < len(ents) and ents[i].end <= span.end:
            within.append(ents[i])
            i += 1
        return within


def _entity_speaker(ent: Span) -> tuple[str, str]:
    """(actor_id, name) of an entity as the actor component linked it (the text when unnamed)."""
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
        value = (ent.kb_id_, ent._.actor_name or ent.text, ent.label_ == "PERSON")
        # (a double surname is also written whole: "Ewald Sohm-Bereuter ... „…“, so Sohm-Bereuter")
        for surname in dict.fromkeys((ent[-1].text, ent.text.split()[-1])):
            if surname in index and index[surname] is not None and index[surname][0] != value[0]:
                index[surname] = None
            else:
                index.setdefault(surname, value)
    # a family name written first ("Ong Mei Lin ... Ong noted"): the first word of a three-word
    # name the actor component linked as one person, when no full name ends with that word
    given = load_name_genders().given
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.kb_id_ and len(ent) == 3 and ent[0].text not in index \
                and lookup_key(ent[0].text) not in given and ent[0].is_title:
            index[ent[0].text] = (ent.kb_id_, ent._.actor_name or ent.text, True)
    return index


def _listed_type(actor_id: str) -> str:
    """The type data/actors.csv gives an actor ("" when it is not listed)."""
    # (imported here: speakers imports this module)
    from workbench.claims.speakers import default_actor_types

    return default_actor_types().get(actor_id, "") if actor_id else ""


def _actor_of(ctx: _Context, ent: Span) -> tuple[str, str, bool]:
    """(actor_id, name, is_person) of an entity, mapping an unlinked bare surname to its full name.

    NER sometimes labels a later bare surname ("Albrecht", "Kostiuk") FAC or ORG, and then the
    actor component cannot cluster it with the full name given earlier in the same document.
    """
    key = (ent.start, ent.end)
    known_before = ctx.actor_memo.get(key)
    if known_before is not None:
        return known_before
    ctx.actor_memo[key] = answer = _actor_of_entity(ctx, ent)
    return answer


def _actor_of_entity(ctx: _Context, ent: Span) -> tuple[str, str, bool]:
    """:func:`_actor_of` computed (it is asked for the same entities many times per document)."""
    actor_id, name = _entity_speaker(ent)
    # (a listed actor of another type is no person, whatever the model's label: "the West")
    person = ent.label_ == "PERSON" and _listed_type(actor_id) in {"", "person"}
    if _resolution(ent) in _UNLINKED and len(ent) == 1:
        known = ctx.surnames.get(ent.text)
        if known is not None and known[0] != actor_id:
            # a bare surname is the person named in full earlier in the document
            return known[0], known[1], known[2] or person
    return actor_id, name, person


def _after_opposite(ent: Span, *, reach: int = 4) -> bool:
    """Whether a name is what translated German "gegenüber" governs: "said the coach opposite our youth leader Sven Brückner".

    The one told is no speaker and no later pronoun's referent. Limit: "opposite" before the name with
    at most ``reach`` determiners, possessives, adjectives and nouns between.
    """
    doc = ent.doc
    i = ent.start - 1
    while i >= max(0, ent.start - 1 - reach) and (doc[i].pos_ in {"DET", "ADJ", "NOUN"} or doc[i].tag_ == "PRP$"):
        i -= 1
    return i >= 0 and doc[i].lower_ == "opposite"


def _is_line_prefix(token: Token) -> bool:
    """Whether a token is a line label or dateline ("Q:", "A:", "BERLIN -"), never a speaker.

    Limit: only one upper-case word opening its line and followed by a colon or a dash counts.
    """
    doc = token.doc
    at_line_start = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
    following = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return at_line_start and token.text.isupper() and token.is_alpha and following in {":", "-", "—", "–"}


def _is_time_adjunct(token: Token) -> bool:
    """A preposition whose object is a date or time ("on Saturday", "on Thursday evening")."""
    return token.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in token.children)


def _seat_of_body(doc: Doc, ent: Span) -> bool:
    """Whether a place entity only says where a body sits: "the Lagos-based Centre ...", "a charity based in Gdynia"."""
    if ent.label_ not in {"GPE", "LOC"}:
        return False
    hyphenated = ent.end + 1 < len(doc) and doc[ent.end].text in {"-", "‐"} and doc[ent.end + 1].lower_ == "based"
    return hyphenated or ent.start >= 2 and doc[ent.start - 1].lower_ == "in" and doc[ent.start - 2].lower_ == "based"


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


def _voice_of(ctx: _Context, actor_id: str) -> tuple[str, str] | None:
    """The (id, name) of the body that speaks for a state or a seat of power, or None.

    "Russia pressed the West", "Poland has long warned": a state speaks through its government;
    "In Kremlin deny ...": a seat of power read as a place still speaks for the body seated there.
    """
    return ctx.governments.get(actor_id) or ctx.seats.get(actor_id)


def _quote_left_open(ctx: _Context, start: int, end: int, cue_start: int) -> int | None:
    """The end of a quote that opens inside the content ``start:end`` but closes after it, or None.

    "warned before a „sanctions spiral, at whose end the Mittelstand pays the bill“": the parser
    may end the object at the comma inside the quote; a content never cuts a quotation in half.
    Limit: the quote must close in the sentence it opens in, with no cue between (not a quote the
    speaker's next claim opens).
    """
    doc = ctx.doc
    for opening, closing in ctx.quotes:
        open_at = doc[opening].idx
        if not start <= open_at < end:
            continue
        close_end = doc[closing].idx + len(doc[closing])
        if close_end > end and ctx.sent_of[closing] == ctx.sent_of[opening] and not end <= cue_start < close_end:
            return close_end
    return None


#: Quote marks a demanded object may end with before its "that" clause ("»precise legal guarantees«, that ...");
#: German, Swiss and French marks close either way, so all of them count.
_CLOSING_MARKS = "\"”“«»„’'‹›"


def _demand_with_its_clause(ctx: _Context, start: int, end: int, *, cue_end: int) -> tuple[int, int]:
    """A demand's content widened over the quoted object and the "that" clause German news joins to it.

    "demands from the West »precise legal guarantees«, that the NATO not further to the east expand will"
    (German "Garantien, dass ..."): the quoted object and the clause after its comma are one demand. Limit:
    a quote ending right before ", that" is widened to the sentence's end; a "that" clause right after a
    quote that opens after the cue is widened back to the quote. The clause's first word after "that" is
    no verb ("..., that was rejected" is a relative clause).
    """
    doc, text = ctx.doc, ctx.text
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or not len(first):
        return start, end
    sent = first[0].sent
    # forward: "„precise legal guarantees“" + ", that NATO ..."
    tail = text[end:sent.end_char]
    stripped = tail.lstrip(_CLOSING_MARKS)
    # (the content opens after a space or a quote mark, and a quote mark closes it)
    if stripped.startswith(", that ") and text[start - 1:start] in _CLOSING_MARKS + " " \
            and any(text[end - 1:end] == m or tail[:1] == m for m in _CLOSING_MARKS):
        after = doc.char_span(end + len(tail) - len(stripped) + 7, sent.end_char, alignment_mode="expand")
        if after is not None and len(after) >= 3 and after[0].pos_ not in {"VERB", "AUX"}:
            close = sent.end_char
            while close > end and (text[close - 1] in ".!?;" or text[close - 1].isspace()):
                close -= 1
            return start, close
    # backward: "»precise legal guarantees«, " + "that NATO ..."
    if text[start:start + 5] == "that " or text[:start].rstrip().endswith("that"):
        head = text[sent.start_char:start]
        before = head.rstrip()
        if before.endswith("that"):
            before = before[:-4].rstrip()
        if before.endswith(","):
            before = before[:-1].rstrip()
            if before and before[-1] in _CLOSING_MARKS:
                opening = next((q for q in (ctx.quotes or []) if doc[q[1]].idx + len(doc[q[1]]) == sent.start_char + len(before)),
                               None)
                if opening is not None and doc[opening[0]].idx >= cue_end:
                    return doc[opening[0]].idx, end
    return start, end


def _make_claim(ctx: _Context, *, speaker: _Speaker, cue_tokens: list[Token], entry: CueEntry, mode: str,
                content: tuple[int, int, str], addressee: Token | None, extra: Iterable[int] = ()) -> Claim:
    """Build a :class:`Claim`; it spans cue, content and speaker (when within 400 characters of the cue).

    Also records ``speaker`` as ``ctx.last_speaker``.
    """
    doc = ctx.doc
    voice = _voice_of(ctx, speaker.actor_id)
    if voice is not None:
        speaker = _Speaker(speaker.text, voice[0], voice[1], speaker.start, speaker.end, speaker.person)
    ctx.last_speaker = speaker
    if speaker.actor_id:
        ctx.spoken.setdefault(speaker.start, speaker)
    content_start, content_end, content_text = content
    if entry.infinitive:
        # "gave to consider": the infinitive and its "to" belong to the cue
        words = {*cue_tokens, *(c for t in cue_tokens for c in t.children if c.lower_ == entry.particle)}
        cue_tokens = sorted({*words, *(a for t in words for a in t.children if a.dep_ == "aux" and a.lower_ == "to")},
                            key=lambda t: t.i)
    cue_start = min(t.idx for t in cue_tokens)
    cue_end = max(t.idx + len(t.text) for t in cue_tokens)
    # (a direct claim's content is the quotation without its marks, by design)
    whole_end = _quote_left_open(ctx, content_start, content_end, cue_start) if mode != "direct" else None
    if whole_end is not None:
        content_end, content_text = whole_end, ctx.text[content_start:whole_end]
    if mode != "direct" and entry.claim_type == "demand":
        widened = _demand_with_its_clause(ctx, content_start, content_end, cue_end=max(t.idx + len(t) for t in cue_tokens))
        if widened != (content_start, content_end):
            content_start, content_end = widened
            content_text = ctx.text[content_start:content_end]
            mode = "mixed" if any(ctx.in_quote[t.i] >= 0 for t in doc.char_span(
                content_start, content_end, alignment_mode="expand") or []) else mode
    addressee_text = addressee_id = addressee_name = ""
    addressee_span = None
    if addressee is not None and speaker.start <= addressee.idx < speaker.end:
        addressee = None  # ("Since Monday warns Landrat X before ...": the inverted speaker the parser made the object)
    if addressee is not None:
        ctx.told.add(addressee.i)
        # the addressee phrase without its prepositions ("the West", not "the West of provocations")
        cut = [c.i for c in addressee.children if c.dep_ == "prep" and c.i > addressee.i
               and any(content_start <= t.idx < content_end for t in c.subtree)]
        addressee_span = doc[addressee.left_edge.i:min(cut) if cut else addressee.right_edge.i + 1]
        # (a person named inside the addressee phrase is no later speaker either: "said Sadowyj opposite our
        # youth leader Sven Brückner. ... reported he")
        ctx.told.update(t.i for t in addressee_span)
        ent = ctx.ent_of[addressee.i] or next(iter(ctx.ents_within(addressee_span)), None)
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
    cue_text = ctx.text[cue_start:cue_end] if len(cue_tokens) == 1 else " ".join(t.text for t in cue_tokens)
    cue_lemma = " ".join((t.lemma_ or t.lower_).lower() for t in cue_tokens)
    return Claim(
        sent_index=sent_index, start_char=start, end_char=end, speaker_text=speaker.text, speaker_id=speaker.actor_id,
        speaker_name=speaker.name, speaker_start=speaker.start, speaker_end=speaker.end, cue=cue_text,
        cue_lemma=cue_lemma, claim_type=entry.claim_type, mode=mode, content=content_text,
        content_start=content_start, content_end=content_end, addressee_text=addressee_text,
        addressee_id=addressee_id, addressee_name=addressee_name, cameo=entry.cameo, plover=entry.plover,
    )


def _span_claim(ctx: _Context, start: int, end: int, *, speaker: _Speaker, cue_tokens: list[Token], entry: CueEntry,
                used_quotes: set[int] | None = None, addressee: Token | None = None) -> Claim:
    """The claim whose content is ``doc[start:end]``: mixed when a quote lies in it, else indirect.

    The quotes in it are marked used when ``used_quotes`` is given.
    """
    span = ctx.doc[start:end]
    quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
    if used_quotes is not None:
        used_quotes.update(quoted)
    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="mixed" if quoted else "indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=addressee)


def _quote_content(ctx: _Context, numbers: list[int]) -> tuple[int, int, str]:
    """Content of one or more quotes (a split quote): inner text without marks or final comma."""
    doc = ctx.doc
    parts = []
    start = end = -1
    for number in numbers:
        open_i, close_i = ctx.quotes[number]
        inner_start = doc[open_i].idx + len(doc[open_i].text)
        inner_end = doc[close_i].idx
        text = ctx.text[inner_start:inner_end]
        stripped = text.strip().rstrip(",").rstrip()
        offset = inner_start + (len(text) - len(text.lstrip()))
        parts.append(stripped)
        if start < 0:
            start = offset
        end = offset + len(stripped)
    return start, end, " ".join(p for p in parts if p)
