"""The core generator :func:`iter_claims`: one pass over a parsed document's cues, then the quote-only constructions."""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from workbench.claims.context import Claim, _Context, _Speaker, _surname_index
from workbench.claims.cues import (
    CueLexicon,
    _match_verb_cue,
    default_cues,
    set_in_commas,
)
from workbench.claims.direct import (
    _by_gerund_subject,
    _caused_speech_claims,
    _continuations,
    _coordinated_final_cue_claims,
    _fronted_adverb_cue_claims,
    _fronted_particle_phrase_claims,
    _label_claims,
    _name_transcript_claims,
    _noun_tagged_verb_claims,
    _object_complement_claims,
    _parenthetical_attribution_claims,
    _so_claims,
    _subject_cue_comma_claims,
    _trailing_attribution_claims,
    _transcript_claims,
    _verb_claim,
    _verb_final_perfect_fallback,
)
from workbench.claims.echoes import answer_claims, cut_before_answers, point_back
from workbench.claims.quotes import (
    _paragraph_map,
    _quote_tokens,
    _token_maps,
    find_quotes,
)
from workbench.claims.references import (
    _gender_index,
    _group_claims,
    pronoun_outside_content,
)
from workbench.claims.reported import (
    _REFLEXIVES,
    _appositive_participle_claims,
    _as_source_claim,
    _colon_clause,
    _colon_speech_claims,
    _comma_that_claims,
    _for_source_claim,
    _impersonal_one_claims,
    _inverted_name_claim,
    _it_was_said_claims,
    _loud_document_claim,
    _nominal_root_claims,
    _noun_claim,
    _opens_speaker_clause,
    _reflexive_cue_claims,
    _reproach_clauses,
    _semicolon_continuations,
    _so_reported_claims,
    _source_claim,
    _subjunctive_continuations,
    _view_claim,
    _view_verb_claims,
    inverted_parenthetical_claim,
)
from workbench.claims.speakers import (
    _inverted_copula_holder,
    _joint_claims,
    _subject,
    claim_words,
    default_governments,
    default_seats,
    group_speaker_claims,
    quoted_owner_claims,
)
from workbench.claims.topics import (
    threat_claims,
    topic_statement_claims,
    verb_final_clause_claims,
)

logger = logging.getLogger(__name__)


#: Auxiliaries the parser may give a verb-final cue for its clause ("demanded has, that ...").
_AUXILIARY_CONTENTS = frozenset({"has", "have", "had", "is", "are", "was", "were"})


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
    except Exception:  # (the generator must never break a pipeline run)
        logger.warning("claims: extraction failed on document %r; no claims from it", doc._.doc_id, exc_info=True)
        claims = []
    yield from claims


def _extract(doc: Doc, cues: CueLexicon, *, resolve_references: bool, continuation: bool) -> list[Claim]:
    """The claims of one document, deduplicated and sorted (see :func:`iter_claims`); may raise."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    text = doc.text
    quotes = _quote_tokens(doc, find_quotes(text))
    in_quote, sent_of, ent_of = _token_maps(doc, quotes)
    ctx = _Context(doc, cues, quotes, in_quote, sent_of, ent_of, resolve_references)
    ctx.text = text
    ctx.paragraph_of = _paragraph_map(doc)
    ctx.surnames = _surname_index(doc)
    ctx.governments = default_governments()
    ctx.seats = default_seats()
    ctx.genders = _gender_index(ctx) if resolve_references else {}
    verb_entries = {t.i: e for t in ctx.tokens if in_quote[t.i] < 0 and (e := _match_verb_cue(t, cues)) is not None
                    # (an active-only cue inside the clause of a verb before it is that clause's content: "let
                    # communicate, the Finnish side expect no interruptions")
                    and not (e.active_only and (_states_no_expectation(t) or t.dep_ == "ccomp" and t.head.i < t.i))
                    # "nobody should expect a resolution: “…”": a cue that needs a that-clause and has none
                    # is an ordinary verb, and must not take the quote from the cue before it
                    and (e.complement != "finite" or any(c.dep_ == "ccomp" for c in t.children)
                         # ("is convinced, that the situation ... calm will": a German that-clause after its
                         # comma, whatever the parser made of its verb-final words)
                         or _comma_that_after(t) or _that_after_be_cue(t) or _comma_clause_host(t)
                         # ("Brussels must, meant Niederkofler, the tariffs suspend": a cue set in commas)
                         or set_in_commas(t)
                         or _clause_before_be_cue(t)
                         # ("„…“, is the 61-year-old convinced.": the quote before is the view)
                         or _inverted_copula_holder(ctx, t) is not None)}
    ctx.cue_entries = verb_entries
    sents = list(doc.sents)
    found: list[Claim] = []
    joint: list[Claim] = []
    used_quotes: set[int] = set()
    used_cues: set[int] = set()
    cue_of: dict[int, Token] = {}
    nominal: set[tuple[int, int, int]] = set()  # (content_start, content_end, speaker_start) of nominal cues' claims
    last: _Speaker | None = None

    # one pass over the tokens: reporting verbs, nominal cues and source attributions
    for token in ctx.tokens:
        if in_quote[token.i] >= 0:
            continue  # speech reported inside a quote belongs to the quote's speaker
        try:
            claim = None
            ctx.last_speaker = None
            entry = verb_entries.get(token.i)
            if entry is not None and _is_conditional_cue(token, in_quote):
                pass  # "If Moscow rejects the reply, ...": a condition says what nobody has said yet
            elif entry is not None:
                # ("The EU must, meant the 59-year-old, more with Moscow speak": a cue in commas inside the clause)
                claim = inverted_parenthetical_claim(ctx, token, entry, sents, used_quotes, last=last) \
                    or _verb_claim(ctx, token, entry, sents, used_quotes, last=last)
                if claim is not None and claim.content.strip().lower() in _AUXILIARY_CONTENTS:
                    # ("Putin „…“ demanded has, that NATO ...": German verb-final order leaves the auxiliary after the
                    # cue, which the parser may take for the cue's clause; the claim stays when nothing better is read)
                    claim = _inverted_name_claim(ctx, token, entry, sents, used_quotes) or claim
                if claim is None:
                    claim = _inverted_name_claim(ctx, token, entry, sents, used_quotes)
                negation = next((c for c in token.children if c.dep_ == "neg" and in_quote[c.i] < 0), None)
                if claim is not None and negation is not None:
                    # "does not believe that X" (data/cues.csv STANCE): the cue keeps its "not", so the
                    # table does not read as a belief in X
                    claim = claim._replace(cue=f"{negation.lower_} {claim.cue}")
                if claim is not None and claim.content.strip().lower() in _REFLEXIVES:
                    # "Sharper expressed himself X." (German "äußerte sich"): a reflexive alone reports nothing
                    claim = None
                if claim is not None:
                    # ("Canberra has joined Washington in warning ...": the gerund's doer is the verb's subject)
                    parsed = _subject(token)
                    subject = parsed or _by_gerund_subject(token)
                    if (subject is None or not claim.speaker_start <= subject.idx < claim.speaker_end) \
                            and (phrase := ctx.doc.char_span(claim.speaker_start, claim.speaker_end,
                                                             alignment_mode="expand")) is not None:
                        # ("Washington and London had their citizens ... called on": the parser's subject of
                        # a translated perfect is not the speaker phrase; the phrase's own head is)
                        subject = phrase.root
                    joint.extend(_joint_claims(ctx, claim, subject))
                    joint.extend(_group_claims(ctx, claim, parsed))
            elif token.pos_ == "NOUN" and ((lemma := (token.lemma_ or token.lower_).lower()) in cues.nouns
                                           or lemma in cues.colon_nouns):
                claim = _noun_claim(ctx, token, cues.nouns.get(lemma) or cues.colon_nouns[lemma], used_quotes, last)
                if claim is None and token.lower_ in cues.sources:
                    # "In her assessment lie the key ...": a nominal cue that is also a view phrase
                    claim = _view_claim(ctx, token, sents, used_quotes, last)
            elif token.lower_ in {"according", "loud"}:
                claim = _source_claim(ctx, token, sents, used_quotes, last=last)
                if claim is None and token.lower_ == "loud":
                    claim = _loud_document_claim(ctx, token, sents, used_quotes)
            elif token.pos_ == "NOUN" and token.lower_ in cues.sources:
                claim = _view_claim(ctx, token, sents, used_quotes, last)
            elif token.lower_ == "for" and "for" in cues.sources:
                claim = _for_source_claim(ctx, token, sents, used_quotes, last)
            elif token.lower_ == "as":
                claim = _as_source_claim(ctx, token, sents, used_quotes, last)
            if claim is not None:
                if token.pos_ == "NOUN" and entry is None:
                    nominal.add((claim.content_start, claim.content_end, claim.speaker_start))
                found.append(claim)
                used_cues.add(token.i)
                cue_of[id(claim)] = token
                if ctx.last_speaker is not None and ctx.last_speaker.actor_id:
                    ctx.previous_speaker = ctx.last_speaker  # "the statement said", "it insisted": any body
                if ctx.last_speaker is not None and ctx.last_speaker.person:
                    # only a person can be the antecedent of a later "he" or "the diplomat"
                    last = ctx.last_speaker
        except Exception:  # (one odd construction must not lose the others)
            logger.debug("claims: skipped cue %r in %r", token.text, doc._.doc_id, exc_info=True)

    for number, claim in enumerate(found):
        cue = cue_of.get(id(claim))
        if cue is None or claim.mode not in {"indirect", "mixed"} or cue.i not in verb_entries:
            continue
        clause = _colon_clause(ctx, cue)
        if clause is not None and _opens_speaker_clause(ctx, clause.start, clause.end):
            # "In Moscow one sees it differently: the Russian embassy let know, ...": a clause after the
            # colon with a named speaker and a cue of its own is that speaker's claim
            continue
        if clause is not None and claim.content_end <= clause.start_char:
            quoted = {in_quote[i] for i in range(clause.start, clause.end) if in_quote[i] >= 0}
            if quoted & used_quotes:
                continue  # a quote after the colon that another cue already reports is that cue's claim
            used_quotes.update(quoted)
            if quoted:
                claim = claim._replace(mode="mixed")  # "rejected it: X stand „without if and but“ ..."
            # "rejected the criticism: Germany act in close vote ...": the clause after the colon spells the
            # object out, so the content runs from the object to the clause's end
            found[number] = claim._replace(content=text[claim.content_start:clause.end_char],
                                           content_end=clause.end_char, end_char=max(claim.end_char, clause.end_char))
            cue_of[id(found[number])] = cue
    # "CLAUSE, warned the economist." / "CLAUSE, the diplomat added.": German order the parser misreads
    try:
        trailing, replaced = _trailing_attribution_claims(ctx, sents, found, cue_of, used_quotes, last=None)
        found = [c for c in found if id(c) not in replaced]
        found.extend(trailing)
        # "Lavrov had concerning the agreements said, one must ...": the participle the parser lost
        found.extend(_verb_final_perfect_fallback(ctx, sents, found, cue_of, used_quotes, last=None))
        # "accused Moscow in a statement of blocking X": the complement after the addressee and adverbials
        found = _object_complement_claims(ctx, found, cue_of, sents)
        # "Harbour chief X demands since March „…“, that ...": a present-tense cue the tagger read as a noun
        found.extend(_noun_tagged_verb_claims(ctx, sents, found, cue_of, used_quotes, last=None))
        # "Sharply criticised FPÖ-Gemeinderat X the resolution": an adverb, the verb, then its subject
        found.extend(_fronted_adverb_cue_claims(ctx, sents, found, cue_of, used_quotes, last=None))
        # "Before a further price spiral warned on Tuesday also the X": the particle's phrase fronted
        found.extend(_fronted_particle_phrase_claims(ctx, sents, found, cue_of, used_quotes, last=None))
        # "The vote, he told reporters, was ...": an attribution between the subject and the predicate
        found.extend(_parenthetical_attribution_claims(ctx, sents, found, cue_of, used_quotes))
        # "The association let through a spokeswoman explain, one prepare ...": German causative speech
        found.extend(_caused_speech_claims(ctx, sents, found, used_quotes))
        # "The minister, the Social Democrat X, underlined on Wednesday, the state stand ...": an appositive's comma
        found.extend(_appositive_participle_claims(ctx, sents, found, cue_of, used_quotes))
        # "Its chairman X meant, «bridges» help little": a sentence-opening attribution the parser misread
        found.extend(_subject_cue_comma_claims(ctx, sents, found, cue_of, used_quotes))
        # "The former minister called on X to ...": a cue the parser hung on a verbless sentence's subject noun
        found.extend(_nominal_root_claims(ctx, sents, found, cue_of, used_quotes))
        # "X had A demanded and B described.": the coordinated participle shares the subject of the first
        found.extend(_coordinated_final_cue_claims(ctx, sents, found, used_quotes))
        # "Maria Zakharova issued another statement on NATO and the West": a statement reported by its topic alone
        found.extend(topic_statement_claims(ctx, sents, found))
        # "Since Vladimir Putin in December „…“ against X demanded, ...": a clause that closes with its cue
        found.extend(verb_final_clause_claims(ctx, sents, found, cue_of))
        # "Washington threatens Moscow in case of an invasion with hard sanctions": what is threatened
        found = threat_claims(ctx, sents, found, cue_of)
    except Exception:  # (a fallback rule must not lose the claims found so far)
        logger.debug("claims: German-order fallbacks skipped in %r", doc._.doc_id, exc_info=True)
    # "X pointed out, that Austria ... obtains": the German comma before "that", a clause the parser lost
    found.extend(_comma_that_claims(ctx, sents, found, used_quotes))
    # "X saw it differently: the mission be no model": a person's words after a colon, with no cue
    found.extend(_colon_speech_claims(ctx, sents, found, used_quotes))
    found.extend(_label_claims(ctx, used_quotes))
    found.extend(_transcript_claims(ctx, used_quotes))
    found.extend(_name_transcript_claims(ctx, used_quotes))
    found.extend(_so_claims(ctx, used_quotes))
    so_claims = _so_reported_claims(ctx, sents, used_quotes, last)
    # ("Russia threaten nobody, so the embassy ...": a cue before the "so" label is part of what the
    # labelled speaker said; the parser's object of it is the label itself)
    labels = {c.speaker_start for c in so_claims}
    found = [c for c in found if c.content_start not in labels]
    found.extend(so_claims)
    found.extend(_it_was_said_claims(ctx, sents, used_quotes))
    impersonal, impersonal_joint = _impersonal_one_claims(ctx, sents, used_quotes)
    found.extend(impersonal)
    joint.extend(impersonal_joint)
    # "The union ver.di sees the jobs in danger": a judgement verb with a named subject, when nothing else reads it
    found.extend(_view_verb_claims(ctx, sents, found, used_quotes))
    # "Trimmel spoke himself for a lowering of the taxes out": German "sprach sich für X aus"
    found.extend(_reflexive_cue_claims(ctx, found, used_quotes))
    # "X rejected the reproach; the army be „well prepared“": the next statement after a semicolon
    found = _semicolon_continuations(ctx, found, sents)
    # "X rejected the reproach, the trade enrich itself": the statement rejected after the comma
    found = _reproach_clauses(ctx, found, sents)
    if continuation:
        found.extend(_continuations(ctx, found, sents, used_quotes))
        found.extend(_subjunctive_continuations(ctx, found, sents))
    found = [_with_that_clause_after_quote(ctx, c) for c in found]
    found = _cut_before_sources(text, found)
    found = _cut_before_other_speakers(text, found)
    found = cut_before_answers(ctx, found)
    found.sort(key=lambda c: (c.start_char, c.end_char))
    unique: list[Claim] = []
    for claim in found:
        # one claim per content span: a quote reached by two cues is kept once
        if unique and (claim.content_start, claim.content_end) == (unique[-1].content_start, unique[-1].content_end):
            if claim.speaker_id and not unique[-1].speaker_id:
                # ("X fulfils all contracts, it said from the group": a rule that names the source beats
                # one that only found the pronoun "it")
                unique[-1] = claim
            continue
        unique.append(claim)
    # a claim reported inside another claim's content belongs to the outer speaker (nested speech);
    # "Washington rejected X, a spokesman said" keeps the inner claim, whose speaker is the named one
    # a cue in a relative clause ("a demand the United States has rejected as a nonstarter", "a
    # build-up reported by the Post") reports its own subject's or agent's claim
    unique = [c for c in unique if _is_possessed_cue(text, c, cues) or _is_relative_cue(cue_of.get(id(c))) or not any(
        o is not c and o.start_char < o.content_start <= c.start_char and c.end_char <= o.content_end
        for o in unique)]
    unique = [c for c in unique if not _is_empty_content(doc, c) and not _is_instrument_speaker(doc, c)]
    # "The drills, which Moscow calls Allied Resolve": a name given to an object is no statement
    names = {(c.content_start, c.content_end) for c in unique if _is_naming(doc, c, cue_of.get(id(c)))}
    unique = [c for c in unique if (c.content_start, c.content_end) not in names]
    joint = [c for c in joint if (c.content_start, c.content_end) not in names]  # ("Moscow and Minsk call")
    # "The lecturer added the Russian proposals on X deserved ...": a nominal cue inside what a speaker
    # reports is part of that content, not a second claim of the same speaker
    unique = [c for c in unique if not ((c.content_start, c.content_end, c.speaker_start) in nominal and any(
        o is not c and o.speaker_start == c.speaker_start and o.content_start < c.content_start
        and c.content_end <= o.content_end for o in unique))]
    # "The ministry had the plan as „bold“ described, recalled the engineer": a verb-final cue that closes
    # the content of an inverted attribution is relayed speech; the relaying speaker's claim is kept
    trailing = [o for o in unique if id(o) in cue_of and o.content_end <= cue_of[id(o)].idx < o.speaker_start]
    relayed = {id(c) for c in unique if id(c) in cue_of and any(
        o is not c and o.content_end == cue_of[id(c)].idx + len(cue_of[id(c)]) and o.content_start <= c.start_char
        for o in trailing)}
    unique = [c for c in unique if id(c) not in relayed]
    # joint speakers ("Berlin and Paris urged ...") share the first speaker's claim
    # (a pronoun's person joins at the phrase's start with an id of its own: "He and Cllr X proposed")
    kept = {(c.content_start, c.content_end, c.speaker_start, c.speaker_id) for c in unique}
    unique.extend(c for c in joint if (c.content_start, c.content_end, c.speaker_start, c.speaker_id) not in kept)
    # "The Baltic states warned ...": a group of states speaks through each member's government
    unique = group_speaker_claims(ctx, unique)
    # "..., a demand Washington has rejected": the answering actor's claim repeats the content it answers
    unique.extend(answer_claims(ctx, unique))
    unique = point_back(ctx, unique)
    # "She pointed to Sergei Lavrov's remark, "It must be forced"": the quote is the remark's owner's
    unique = quoted_owner_claims(ctx, unique, cue_of)
    # "..., would Rostock the main burden carry, she said": "she" is nobody named in what she said
    unique = pronoun_outside_content(ctx, unique) if resolve_references else unique
    unique.sort(key=lambda c: (c.start_char, c.end_char))
    return unique


def _with_that_clause_after_quote(ctx: _Context, claim: Claim) -> Claim:
    """Extend a claim whose content ends with a quoted object to the "that"-clause right after the quote.

    "Putin demands from Washington »precise legal guarantees« that the NATO itself not further to the
    east expand.": German verb-final order leaves the parser no verb for the clause ("that" is read as
    a preposition), so the content stopped at the quote. Limit: the content's last character closes a
    quote, "that" follows outside quotes in the same sentence, and no other cue stands between it
    and the sentence end (a semicolon ends it too).
    """
    doc = ctx.doc
    span = doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
    if span is None or not len(span) or not span[-1].is_quote or ctx.in_quote[span[-1].i] < 0:
        return claim
    that = span.end
    if that + 1 >= len(doc) or doc[that].lower_ != "that" or ctx.in_quote[that] >= 0 \
            or ctx.sent_of[that] != ctx.sent_of[span[-1].i]:
        return claim
    sent = doc[that].sent
    end = next((t.i for t in doc[that:sent.end] if t.text == ";" and ctx.in_quote[t.i] < 0), sent.end)
    while end > that + 1 and (doc[end - 1].is_punct and not doc[end - 1].is_quote or doc[end - 1].is_space):
        end -= 1
    if end <= that + 1 or any(i in ctx.cue_entries for i in range(that, end)):
        return claim
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    return claim._replace(content=ctx.doc.text[claim.content_start:end_char], content_end=end_char,
                          end_char=max(claim.end_char, end_char))


#: Cue words of a source attribution ("loud X", "according to X") that may open a clause after a colon.
_SOURCE_CUES = {"loud", "according", "according to"}


def _cut_before_sources(text: str, claims: list[Claim]) -> list[Claim]:
    """End a claim's content at a colon or semicolon after which a source attribution opens a clause.

    "pointed on request to the means: loud a spokeswoman has Berlin ...": the parser hangs the
    clause after the colon on the object, but it names its own source. Limit: the attribution's
    cue must follow the colon or semicolon directly; the outer claim keeps the part before it.
    """
    sources = [source for source in claims if source.cue.lower() in _SOURCE_CUES]  # (few: not every claim twice)
    cut: list[Claim] = []
    for claim in claims:
        for source in sources:
            if source is claim:
                continue
            cue_start = source.start_char
            before = text[claim.content_start:cue_start].rstrip()
            if claim.content_start < cue_start < claim.content_end and before[-1:] in {":", ";"}:
                end = claim.content_start + len(before[:-1].rstrip())
                if end > claim.content_start:
                    claim = claim._replace(content=text[claim.content_start:end], content_end=end,
                                           end_char=max(end, claim.start_char, min(claim.end_char, cue_start)))
        cut.append(claim)
    return cut


#: What closes one speaker's clause before another speaker's: ", and" (", while"), optionally with the word that
#: opens a source ("and from diplomatic circles it was said", "and loud Washington Post"). Not ", but" nor a
#: semicolon: German reported speech goes on after them ("..., but Moscow expect written answers").
_NEXT_SPEAKER_JOIN = re.compile(
    r"(?:,\s*(?:and|while|whereas)(?:\s+(?:from|in|loud|according\s+to))?|;)(?:\s+the)?\s*$", re.IGNORECASE)


def _cut_before_other_speakers(text: str, claims: list[Claim]) -> list[Claim]:
    """End a reported claim's content before a coordinated clause in which another claim's speaker speaks.

    "Washington rejected this as unacceptable, and from diplomatic circles of the alliance it was said
    that ...": the parser may coordinate the second clause under the first cue. Limit: the other
    claim's speaker phrase must lie inside the content, right after ", and" (", while", ", whereas",
    with "from"/"in"/"loud"/"according to" before a source) or a semicolon ("X had guarantees
    demanded that ...; Washington and the alliance have this demand rejected"), and name another
    actor; direct quotes are never cut.
    """
    cut: list[Claim] = []
    for claim in claims:
        if claim.mode == "direct":
            cut.append(claim)
            continue
        ends = []
        for other in claims:
            start = other.speaker_start if other.speaker_end > other.speaker_start else other.start_char
            if other is claim or not claim.content_start < start < claim.content_end \
                    or not claim.content_start < other.content_start \
                    or not other.speaker_id or other.speaker_id == claim.speaker_id:
                continue
            match = _NEXT_SPEAKER_JOIN.search(text[claim.content_start:start])
            if match is not None and match.group().startswith(";") \
                    and other.speaker_text.lower().startswith(("a ", "an ")):
                continue  # ("...; a customer near Moscow ask daily, whether ...": an unnamed one within the report)
            if match is not None:
                ends.append(claim.content_start + match.start())
        end = min(ends, default=claim.content_end)
        stripped = text[claim.content_start:end].rstrip(" ,;")
        if end < claim.content_end and len(stripped.split()) >= 2:
            end = claim.content_start + len(stripped)
            claim = claim._replace(content=stripped, content_end=end)
        cut.append(claim)
    return cut


def _is_relative_cue(cue: Token | None) -> bool:
    """Whether a verb cue heads a contact or reduced relative clause of a noun ("a demand X has rejected").

    Limit: a clause opened by a relative word ("which Washington says ...", "rooms where the side
    refused ...") is left nested.
    """
    if cue is None or cue.dep_ not in {"relcl", "acl"} or cue.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if cue.dep_ == "acl" and cue.tag_ != "VBN":
        return False  # "a statement criticising NATO": a participle describing a reported statement stays nested
    if cue.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in cue.children):
        return False  # "the confrontation it says it fears": a pronoun subject repeats the outer speaker
    return not any(c.tag_ in {"WDT", "WP", "WP$", "WRB"} or c.lower_ == "that" for c in cue.subtree if c.i < cue.i)


def _is_possessed_cue(text: str, claim: Claim, cues: CueLexicon) -> bool:
    """Whether a claim is a nominal cue with a named possessor ("rejected Moscow's demand for X").

    Such a claim stays its possessor's own claim even inside another claim's content: the outer
    speaker reports the demand, but the demand was made by its possessor.
    """
    marks = ("'s", "’s", "s'", "s’")
    after = text[claim.speaker_end:claim.speaker_end + 2]
    before = text[max(0, claim.speaker_start - len(claim.cue) - 5):claim.speaker_start].lower()
    # only "X's <cue>" or "the <cue> of X" (German genitive): a pronoun possessor ("his demand") would
    # repeat the outer speaker
    return bool(claim.speaker_id) and claim.cue.lower() in cues.nouns and (
        claim.speaker_text.endswith(marks) or after in marks or before.endswith(f"{claim.cue.lower()} of "))


#: Words that cannot be a claim's content on their own: the stranded auxiliary of a verb-final German
#: clause ("because Nur-Sultan the troops itself asked for had"). A pointing pronoun ("denied this")
#: stays a claim: the gold sets count a denial of what was just reported.
_EMPTY_CONTENT_WORDS = {"had", "has", "have", "was", "were", "is", "be"}


def _is_empty_content(doc: Doc, claim: Claim) -> bool:
    """Whether a claim's content is only the stranded auxiliary of a verb-final clause (then it reports nothing).

    Limit: looks at the content's first word only; "had, criticised X" (the auxiliary and then
    another attribution) is empty too, "that the talks failed" is not.
    """
    span = doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ not in _EMPTY_CONTENT_WORDS:
        return False
    if len(span) == 1:
        return span[0].pos_ in {"AUX", "VERB"}
    # "asked for had, criticised Rennebaum": a stranded auxiliary before a comma ends the verb-final clause
    return span[0].lemma_ in {"have", "be"} and span[1].text == ","


def _is_instrument_speaker(doc: Doc, claim: Claim) -> bool:
    """Whether a claim's speaker is a motion, bill, law or treaty: "The motion asks the council to ...".

    Why: the annotation guidelines count what a law, motion or treaty provides as no claim; the speaker phrase names
    no actor. Limit: a speaker phrase whose head noun (the phrase's root, outside any entity) is one of the
    "instrument_noun" words of data/claim_words.csv; "The motion, tabled by Cllr X, asks" is the motion's too,
    not the councillor's.
    """
    if claim.speaker_end <= claim.speaker_start:
        return False
    span = doc.char_span(claim.speaker_start, claim.speaker_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    return head.lower_ in claim_words("instrument_noun") and not head.ent_type_


#: Conjunctions that make a cue's clause a condition ("If Moscow rejects the reply, ...").
_CONDITIONAL_MARKS = {"if", "unless"}


def _comma_that_after(cue: Token) -> bool:
    """Whether a comma and the conjunction "that" follow the cue ("is convinced, that ..."), the clause hung on the cue."""
    doc = cue.doc
    # (or the parser made the cue a clause of the that-clause's verb: "He is convinced, that sport bridges build
    # can, where ...")
    # (after "is convinced" the parser may even read "that" as a determiner: "..., is convinced, that help from
    # Thuringia also in case of a war arrive would", or a preposition: "Wuttke is convinced, that the warning day
    # also the older citizens reach will", or leave it unlabelled: "She is convinced, that the Land Tyrol with an own
    # package step in will")
    return cue.i + 2 < len(doc) and doc[cue.i + 1].text == "," and doc[cue.i + 2].lower_ == "that" \
        and (doc[cue.i + 2].dep_ == "mark" and (doc[cue.i + 2].head.head.i == cue.i or (
            cue.dep_ == "ccomp" and doc[cue.i + 2].head.i == cue.head.i and cue.head.i > cue.i))
            or doc[cue.i + 2].dep_ in {"det", "prep", "mark", "dep"} and cue.tag_ == "VBN"
            and (any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in cue.children)
                 or (cue.dep_ == "acomp" and cue.head.lemma_ == "be")))


def _that_after_be_cue(cue: Token) -> bool:
    """Whether "that" follows a "be convinced" cue with no comma and the parser hung its clause on "is".

    "She is convinced that the crisis the energy transition accelerates": German verb-final order leaves
    the parser no verb for the clause, and it hangs the words after "that" on the copula.
    """
    doc = cue.doc
    return cue.dep_ == "acomp" and cue.head.lemma_ == "be" and cue.i + 2 < len(doc) and doc[cue.i + 1].lower_ == "that" \
        and doc[cue.i + 1].dep_ == "mark" and doc[cue.i + 1].head.head.i == cue.head.i


def _clause_before_be_cue(cue: Token) -> bool:
    """Whether a "be convinced" cue closes its sentence after a clause the parser hung on its "is" ("..., he is convinced.").

    "The next weeks be decisive, he is convinced.": German "ist er überzeugt" after the view; the parser makes
    the copula the root with the clause before the comma its ``ccomp`` and the cue its predicate.
    """
    doc = cue.doc
    be = cue.head
    if cue.dep_ in {"acomp", "ccomp"} and be.lemma_ == "be" and be.i < cue.i and any(
            c.dep_ == "ccomp" and c.i < be.i and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ","
            for c in be.children):
        return True
    # ("..., he is convinced.": or the parser hangs the cue, with its own subject and "is", on the clause before)
    holder = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < cue.i), None)
    return cue.dep_ == "ccomp" and cue.head.i < cue.i and holder is not None and holder.left_edge.i > 0 \
        and doc[holder.left_edge.i - 1].text == "," and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in cue.children) \
        and cue.i + 1 < len(doc) and doc[cue.i + 1].text in {".", "!"}


def _comma_clause_host(cue: Token) -> bool:
    """Whether the parser made a "be convinced" cue a clause of the verb after its comma ("He is convinced, the Ukrainians let ...").

    German drops "that" after the comma. Limit: the cue's participle hangs as ``ccomp`` or ``parataxis``
    on a verb after it (or as an ``advcl`` with no conjunction of its own, when an apposition sets off
    its subject: "Member Uwe Köneke (72), former officer of the Bundeswehr, is convinced, the youth
    exchange make ..."), right after the cue stands the comma, and a form of "be" before it is its auxiliary
    (the host a verb, or a word the tagger misread whose modal shows it is one: "must much more openly
    communicate");
    or the copula itself hangs so ("He is convinced, Kiev will ...": the cue its predicate), or the passive
    cue is the root and the words after its comma hold a verb but no zu-infinitive at their end.
    """
    doc = cue.doc
    if cue.dep_ == "acomp" and cue.head.lemma_ == "be" and cue.head.dep_ in {"ccomp", "parataxis"} \
            and cue.head.head.i > cue.i + 1 and cue.i + 1 < len(doc) and doc[cue.i + 1].text == ",":
        return True  # ("He is convinced, Kiev will no territory give up": the copula hangs on the verb after the comma)
    if cue.dep_ == "acomp" and cue.head.lemma_ == "be" and cue.i + 2 < len(doc) and doc[cue.i + 1].text == "," \
            and any(c.dep_ == "ccomp" and c.left_edge.i == cue.i + 2 for c in cue.head.children):
        return True  # ("The historian is convinced, one must ... separate": the clause hangs on the copula)
    if cue.dep_ == "ROOT" and cue.tag_ == "VBN" and cue.i + 3 < len(doc) and doc[cue.i + 1].text == "," \
            and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in cue.children) \
            and any(t.pos_ in {"VERB", "AUX"} for t in doc[cue.i + 2:cue.sent.end]) \
            and not _ends_in_infinitive(doc[cue.i + 2:cue.sent.end]):
        # (not "The Landtag is expected, the topic in March to discuss": a German zu-infinitive, no view)
        return True  # ("Reiterer is convinced, the Land must ... invest": a parse with no clause for the words after the comma)
    adverbial = cue.dep_ == "advcl" and not any(c.dep_ == "mark" for c in cue.children)
    return (cue.dep_ in {"ccomp", "parataxis"} or adverbial) and cue.head.i > cue.i + 1 and doc[cue.i + 1].text == "," \
        and (cue.head.pos_ in {"VERB", "AUX"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.head.children)) \
        and any(c.dep_ in {"auxpass", "aux"} and c.lemma_ == "be" for c in cue.children)


def _ends_in_infinitive(span) -> bool:
    """Whether the words end in "to" and a bare verb, sentence punctuation aside ("..., the topic in March to discuss.")."""
    words = [t for t in span if not t.is_punct]
    return len(words) >= 2 and words[-2].lower_ == "to" and words[-1].tag_ == "VB"


def _is_conditional_cue(cue: Token, in_quote: list[int]) -> bool:
    """Whether a verb cue heads a condition clause ("If Moscow rejects the reply, sanctions follow").

    Limit: only the cue's own conjunction before it and outside quotes counts; a cue inside a larger
    condition clause ("if the envoy, who said ..., ...") is kept, and so is "„… if …“, she said",
    where the parser hangs the quote's conjunction on the cue.
    """
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS and c.i < cue.i and in_quote[c.i] < 0
               for c in cue.children)


def _is_naming(doc: Doc, claim: Claim, cue: Token | None) -> bool:
    """Whether a claim only gives a name to an object ("the drills, which Moscow calls Allied Resolve").

    Limit: the content must be proper nouns only, unquoted, and the cue must have another object
    (the thing named) outside the content; "called it „a threat“" stays a claim.
    """
    if cue is None or any(mark in claim.content for mark in "\"“”„«»'‘’"):
        return False
    span = doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
    if span is None or not len(span) or not all(t.pos_ == "PROPN" or t.is_punct for t in span):
        return False
    if span.root.dep_ == "pobj":
        return False  # "accuses the NATO of hysteria" (a noun the tagger read as a name): what it is accused of
    # the named thing: another object of the cue outside the content ("which", "the exercise")
    return any(c.dep_ in {"dobj", "oprd"} and not span.start <= c.i < span.end for c in cue.children)


def _states_no_expectation(token: Token) -> bool:
    """Whether a cue of the active voice only (``active`` in data/cues.csv) states no one's expectation here.

    "a group of ships was expected to pass" and "as expected" name no one who expects; "Dock workers expect the
    ferry tariffs to be discussed" expects a procedure, not a development (the round-17 reading); "the line we
    expected" is a relative clause on its object; "nobody should expect a resolution" and "with up to one million
    refugees to reckon" (a German infinitive closing another cue's clause) state no view of their own, nor does "X
    expects to publish" (a plan). (A cue inside another cue's clause is left to that claim, see the caller.)
    """
    if token.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in token.children) or token.dep_ in {"amod", "advcl", "acl"}):
        return True
    if token.dep_ == "relcl" and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} for c in token.children):
        return True
    if any(c.dep_ == "xcomp" and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in token.children) \
            and not any(c.dep_ == "dobj" for c in token.children):
        return True  # ("The company expects to publish an estimate": its own plan, not a view)
    if any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in token.children) \
            or any(c.dep_ == "nsubj" and c.lower_ in {"nobody", "no", "none", "noone"} for c in token.children):
        return True
    return any(c.dep_ in {"ccomp", "xcomp"} and any(g.dep_ == "auxpass" for g in c.children) for c in token.children)
