"""Responses: claims that take a stand on a claim reported just before.

News reports a demand and, in the same breath, who rejected it: "Putin asked for "precise legal
guarantees" that NATO will not expand, a demand that Washington and Ottawa have rejected", "The
alliance has rejected Russia's demand that it stop its expansion". The rejecting actor makes a
claim of its own, and its content is the content of the claim it answers; the claim answered
keeps its own speaker. The extractors in :mod:`.direct` and :mod:`.reported` see only one cue
at a time, so the answers are added here, after the claims of a document are known.
"""
from __future__ import annotations

from spacy.tokens import Token

from workbench.claims.context import Claim, _Context, _make_claim, _trim, _voice_of
from workbench.claims.cues import CueEntry
from workbench.claims.speakers import _joint_claims, _resolve_speaker

#: Claim types of a verb that answers another claim ("rejected", "dismissed", "ruled out").
RESPONSE_TYPES = frozenset({"denial"})

#: Words that open a relative clause as its subject: then the noun itself acts, it is not answered.
_RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})


def _appended_noun(ctx: _Context, token: Token, *, any_role: bool = False) -> bool:
    """Whether a nominal cue is appended to a clause after a comma (", a demand that ...").

    Limit: the noun phrase must start right after a comma; "rejected the demand" is an object.
    With ``any_role`` the parser's role of the noun is not checked (it may have misread it).
    """
    left = ctx.doc[token.i - 1] if any_role and token.i > 0 else token.left_edge
    return ((any_role or token.dep_ in {"appos", "npadvmod", "conj"}) and left.i > 0
            and ctx.doc[left.i - 1].text == ","
            and (token.lemma_ or token.lower_).lower() in ctx.cues.nouns)


def _answering_verb(ctx: _Context, noun: Token) -> Token | None:
    """The cue verb of a relative clause on ``noun`` whose subject is a named actor, not the relative word.

    "a demand that NATO says it cannot accept", "a demand the United States has rejected";
    not "a demand that stunned the diplomats" (the relative word is the subject).
    """
    for verb in noun.children:
        if verb.dep_ not in {"relcl", "acl"} or verb.i not in ctx.cue_entries:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ not in _RELATIVE_SUBJECTS and subjects[0].pos_ != "PRON":
            return verb
    return None


def _misread_answer(ctx: _Context, verb: Token) -> tuple[Token, Token] | None:
    """The noun and the first named subject of ", a demand (that) X (and Y) have rejected", read off the words.

    The parser often misreads such an appended contact clause: "a demand" becomes the subject of
    "rejected" with "NATO" its apposition, or "rejected" hangs on the verb of the sentence with no
    subject at all. Limit: the names must stand right before the verb (auxiliaries aside), joined
    by commas or "and", and the noun right before them, after a determiner and a comma.
    """
    doc = ctx.doc
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in {"aux", "neg"}:
        i -= 1
    first_name = None
    while i >= 0:
        ent = ctx.ent_of[i]
        if ent is None:
            break
        first_name = doc[ent.root.i]
        i = ent.start - 1
        if i >= 0 and doc[i].lower_ in {"and", ","}:
            i -= 1
            continue
        break
    if first_name is None:
        return None
    if i >= 0 and doc[i].lower_ == "that":
        i -= 1
    if i < 2 or (doc[i].lemma_ or doc[i].lower_).lower() not in ctx.cues.nouns or doc[i].pos_ != "NOUN" \
            or doc[i - 1].dep_ != "det" or doc[i - 2].text != ",":
        return None
    return doc[i], first_name


def _rejecting_verbs(ctx: _Context) -> list[tuple[Token, CueEntry]]:
    """The verb cues (all outside quotes) whose type answers a claim (:data:`RESPONSE_TYPES`), with their entries."""
    return [(ctx.doc[i], entry) for i, entry in sorted(ctx.cue_entries.items()) if entry.claim_type in RESPONSE_TYPES]


def cut_before_answers(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """End a claim's content before an appended noun that another actor answers.

    "... guarantees that NATO will not expand further east, a demand that NATO says it cannot
    accept": the demand ends at the comma; what follows is NATO's claim, not part of Russia's.
    Limit: only a nominal cue right after a comma, with a relative clause whose subject is named.
    """
    doc = ctx.doc
    cuts: list[int] = []
    for token in ctx.tokens:
        if ctx.in_quote[token.i] < 0 and _appended_noun(ctx, token) and _answering_verb(ctx, token) is not None:
            cuts.append(doc[token.left_edge.i - 1].idx)  # the comma
    for verb, _ in _rejecting_verbs(ctx):
        misread = _misread_answer(ctx, verb) if verb.dep_ not in {"relcl", "acl"} else None
        if misread is not None:
            cuts.append(doc[misread[0].i - 2].idx)  # the comma before "a demand"
    if not cuts:
        return claims
    trimmed = []
    for claim in claims:
        inside = [cut for cut in cuts if claim.content_start < cut < claim.content_end]
        if inside:
            end = min(inside)
            # the claim's span ends with its content unless the cue or speaker come after it
            claim = claim._replace(content=ctx.text[claim.content_start:end], content_end=end,
                                   end_char=end if claim.end_char == claim.content_end else claim.end_char)
        trimmed.append(claim)
    return trimmed


def _answered_content(ctx: _Context, noun: Token, claims: list[Claim], *,
                      any_role: bool = False) -> tuple[int, int, str] | None:
    """The content an appended noun stands for: the claim it is appended to.

    Limit: takes the claim whose content ends right before the noun's comma.
    """
    doc = ctx.doc
    if not _appended_noun(ctx, noun, any_role=any_role):
        return None
    first = ctx.doc[noun.i - 1] if any_role else noun.left_edge
    comma = doc[first.i - 1].idx
    before = [c for c in claims if c.content_start < comma and comma - 3 <= c.content_end <= comma]
    if not before:
        return None
    claim = max(before, key=lambda c: c.content_start)
    return claim.content_start, claim.content_end, claim.content


def _comma_clause_after_noun(ctx: _Context, noun: Token, end: int) -> int:
    """The end of the clause that spells out a rejected noun after its comma, or ``end`` when there is none.

    "Kiev rejects the argument, weapon deliveries would the conflict further escalate: ...": German
    "das Argument, ..." gives the argument in a clause after a comma, which the parser hangs
    elsewhere. Limit: the noun's phrase ends right before the comma and has no clause of its own;
    the clause runs to the next colon, semicolon or sentence end, has a verb, and holds no quote.
    """
    doc = ctx.doc
    sent = noun.sent
    # (the parser may make the clause's subject an apposition of the noun: "the argument, [weapon deliveries]")
    comma = noun.i + 1 if noun.i + 1 < end and doc[noun.i + 1].text == "," else end
    if comma + 3 >= sent.end or doc[comma].text != "," or ctx.in_quote[comma] >= 0 or any(
            c.dep_ in {"acl", "relcl", "ccomp"} for c in noun.children):
        return end
    stop = next((t.i for t in doc[end:sent.end] if t.text in {":", ";"}), sent.end)
    clause = doc[comma + 1:stop]
    if stop <= end or not any(t.pos_ in {"VERB", "AUX"} and t.i >= end for t in clause) \
            or any(ctx.in_quote[t.i] >= 0 for t in clause) \
            or doc[comma + 1].lower_ in {"which", "who", "and", "but", "as", "while"}:
        return end
    return _trim(doc, comma + 1, stop)[1]


def answer_claims(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """Claims of actors who reject a claim named by a noun: one per speaker, joint speakers included.

    Covers "..., a demand (that) X (and Y) rejected" and "X rejected Y's demand that ...". A cue
    that already has a claim of its own (", a demand the United States rejected as a nonstarter")
    is left as it is. Limit: only the cue types of :data:`RESPONSE_TYPES`; "a demand Moscow
    welcomed" is left out, and so is a pronoun subject.
    """
    spoken = {(c.speaker_start, c.cue) for c in claims}
    answers: list[Claim] = []
    for verb, entry in _rejecting_verbs(ctx):
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "has not rejected the demand": what was not said is no claim
        noun = verb.head if verb.dep_ in {"relcl", "acl"} else next(
            (c for c in verb.children if c.dep_ == "dobj"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        misread = None if verb.dep_ in {"relcl", "acl"} else _misread_answer(ctx, verb)
        if misread is not None:
            noun, subject = misread
        if noun is None or (noun.lemma_ or noun.lower_).lower() not in ctx.cues.nouns:
            continue
        if subject is None or subject.lower_ in _RELATIVE_SUBJECTS or subject.pos_ == "PRON":
            continue
        if verb.dep_ in {"relcl", "acl"} and any(c.dep_ in {"ccomp", "xcomp", "prep", "oprd"} and c.i > verb.i
                                                  for c in verb.children):
            continue  # "a demand the United States rejected as a nonstarter": the cue reports its own words
        if verb.dep_ in {"relcl", "acl"} or misread is not None:
            content = _answered_content(ctx, noun, claims, any_role=misread is not None)
        else:
            # "rejected the claims of the opposition that ...": the object names what is answered, as
            # "rejected the idea that ..." does when the noun is no cue
            start, end = _trim(ctx.doc, noun.left_edge.i, noun.right_edge.i + 1)
            end = _comma_clause_after_noun(ctx, noun, end)
            content = (ctx.doc[start].idx, ctx.doc[end - 1].idx + len(ctx.doc[end - 1]),
                       ctx.doc[start:end].text) if start < end else None
        if content is None:
            continue
        speaker = _resolve_speaker(ctx, subject, stop=verb.i, last=None)
        if not speaker.actor_id or (speaker.start, verb.text) in spoken:
            continue
        claim = _make_claim(ctx, speaker=speaker, cue_tokens=[verb], entry=entry, mode="indirect",
                            content=content, addressee=None)
        answers.append(claim)
        answers.extend(_as_voice(ctx, joint) for joint in _joint_claims(ctx, claim, subject))
    return answers


def _as_voice(ctx: _Context, claim: Claim) -> Claim:
    """A claim whose speaker is a state or a seat of power, given to the government that speaks for it.

    ("NATO and Washington have rejected": the parser's reading may leave "Washington" the city.)
    """
    voice = _voice_of(ctx, claim.speaker_id)
    return claim._replace(speaker_id=voice[0], speaker_name=voice[1]) if voice else claim


#: Determiners of an object that points back to a claim just reported ("rejected that demand").
_POINTING = frozenset({"that", "this", "these", "those"})


def point_back(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """Give "X rejected that demand" the content of the claim the object points back to.

    "Putin has called for "precise legal guarantees" that NATO will not expand. The United
    States has rejected that demand.": the rejection answers the demand, so its content is the
    demand's. Limit: only a rejecting cue (:data:`RESPONSE_TYPES`) whose object is a nominal cue
    with a pointing determiner and nothing else; the claim answered is the latest one of another
    speaker that ends before it in the same paragraph.
    """
    doc = ctx.doc
    pointed: list[Claim] = []
    for claim in claims:
        if claim.claim_type not in RESPONSE_TYPES or claim.mode != "indirect":
            pointed.append(claim)
            continue
        span = doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
        noun = span.root if span is not None else None
        if noun is None or len(span) != 2 or span[0].lower_ not in _POINTING or noun.dep_ != "dobj" \
                or (noun.lemma_ or noun.lower_).lower() not in ctx.cues.nouns:
            pointed.append(claim)
            continue
        paragraph = ctx.paragraph_of[noun.i]
        before = [c for c in claims if c.content_end <= claim.start_char and c.speaker_id != claim.speaker_id
                  and c.content_end > 0 and ctx.paragraph_of[doc.char_span(
                      c.content_start, c.content_end, alignment_mode="expand").start] == paragraph]
        if not before:
            pointed.append(claim)
            continue
        answered = max(before, key=lambda c: c.content_end)
        # (the claim's span still covers its content, now in the sentence before)
        pointed.append(claim._replace(content=answered.content, content_start=answered.content_start,
                                      content_end=answered.content_end,
                                      start_char=min(claim.start_char, answered.content_start)))
    return pointed
