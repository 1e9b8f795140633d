"""Direct speech: quotes attributed by a verb cue (also split quotes), labels, transcripts, "„…“, so X", continuations."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from workbench.actors import _DASHES, _is_age_description
from workbench.claims.context import (
    _UNLINKED,
    Claim,
    _actor_of,
    _Context,
    _has_content_word,
    _is_line_prefix,
    _is_name_entity,
    _make_claim,
    _quote_content,
    _resolution,
    _span_claim,
    _Speaker,
    _trim,
)
from workbench.claims.cues import (
    _ANSWER_NOUNS,
    _INVERTED_PRONOUNS,
    _IRREGULAR_PASTS,
    CueEntry,
    _comma_after_adverbials,
    _infinitive_on_object,
    _match_verb_cue,
    _opens_reported_clause,
    _separated_particle,
    _stranded_particle,
    past_form_entries,
)
from workbench.claims.quotes import _SENTENCE_END
from workbench.claims.reported import (
    _INDEFINITE_SUBJECTS,
    _NAME_HYPHENS,
    _OBJECT_ADVERBIALS,
    _QUESTION_WORDS,
    _REFLEXIVES,
    _SOURCE_WORDS,
    _addressee,
    _as_clause_cue,
    _both_sides,
    _comma_complement,
    _fronted_object_claim,
    _in_what_called,
    _is_question_complement,
    _joined_sides,
    _loud_phrase,
    _mid_parenthetical_claim,
    _object_after_party_bracket,
    _opens_speaker_clause,
    _passive_claim,
    _quoted_speaker_claim,
    _reported_claim,
    _since_duration,
    _so_label,
    _so_label_closed,
    _so_speaker,
)
from workbench.claims.speakers import (
    _SPEAKER_LABELS,
    _closes_quote_with_comma,
    _inverted_copula_holder,
    _inverted_speaker,
    _misparsed_subject,
    _passive_agent,
    _phrase_roots,
    _phrase_span,
    _resolve_speaker,
    _subject,
    default_role_types,
)
from workbench.names import load_name_genders, lookup_key, slugify


def _is_mixed(doc: Doc, open_i: int, close_i: int, sent_start: int) -> bool:
    """A quote is a fragment inside a clause when a word precedes it and it is no full sentence."""
    if open_i <= sent_start:
        return False
    before = doc[open_i - 1]
    if before.text == "," and close_i + 1 < len(doc) and close_i - open_i <= 5 \
            and doc[close_i - 1].text not in _SENTENCE_END and doc[close_i - 1].text != "," \
            and doc[close_i + 1].pos_ in {"ADP", "DET", "NOUN", "ADJ"} and doc[close_i + 1].is_lower:
        # ("accused the Land government, „blue-eyed“ into a new crisis to stumble": a short quote after a
        # comma that the clause goes on after is a fragment of it)
        return True
    if before.is_punct and before.text in {":", ",", ";", "-", "—", "–"} or before.is_quote:
        return False
    if before.is_space or "\n" in before.text_with_ws or before.text in _SENTENCE_END:
        # "… of the West. « This meeting was a show », estimated X": a quote that opens a sentence or
        # a paragraph is a full quote even without final punctuation (French « … », style), though
        # the parser may glue the opening mark to the sentence before
        return False
    inner = doc[open_i + 1:close_i]
    if not len(inner):
        return True
    starts_lower = inner[0].text[:1].islower()
    ends_sentence = inner[-1].text in _SENTENCE_END or inner[-1].text == ","
    # "demanding “precise legal guarantees” that": lower-case start or no final punctuation
    return starts_lower or not ends_sentence


def _verb_claim(ctx: _Context, token: Token, entry: CueEntry, sents: list[Span], used_quotes: set[int],
                *, last: _Speaker | None) -> Claim | None:
    """A reporting verb's claim (:func:`_parsed_verb_claim`), else that of a verb-final perfect read from the words alone.

    Why: machine-translated German perfects ("Dresden and Potsdam have in contrast repeatedly planning
    security for the coal regions demanded.") leave the parser with no usable subject for the
    participle; :func:`_surface_perfect_subject` reads subject and object from the word order.
    """
    claim = _parsed_verb_claim(ctx, token, entry, sents, used_quotes, last=last)
    if claim is None and ctx.in_quote[token.i] < 0:
        perfect = _surface_perfect_subject(ctx, token)
        if perfect is not None:
            subject, opening = perfect
            speaker = _resolve_speaker(ctx, subject, stop=None, last=last)
            start, end = _trim(ctx.doc, opening.i, token.i)
            # (everything between the auxiliary or subject and the cue: "had still in December the pipeline X as
            # „…“ defended")
            if speaker.actor_id and end - start >= 2 and not any(ctx.in_quote[i] >= 0 and ctx.in_quote[i] in used_quotes
                                                                 for i in range(start, end)):
                claim = _span_claim(ctx, start, end, speaker=speaker, cue_tokens=[token], entry=entry,
                                    used_quotes=used_quotes)
    return claim


def _surface_perfect_subject(ctx: _Context, token: Token) -> tuple[Token, Token] | None:
    """Subject and the first word after it (or after the auxiliary) of a sentence-final participle cue after "has", "have" or "had", by word order.

    "The works council has for Friday a rally before the works gate announced.": the name or
    noun right before the auxiliary heads the subject (climbing to its phrase's head); after a
    fronted adverbial ("Already in November had she in an open letter ... appealed") the pronoun or
    noun phrase right after the auxiliary is. Limit: the cue is a past form, outside quotes, and
    closes its sentence or the part before a semicolon; one auxiliary only, with no source word ("loud", "according") before it
    and no other cue, colon or semicolon between it and the cue; never a relative or indefinite
    pronoun, "I" or "we".
    """
    doc = ctx.doc
    if token.tag_ not in {"VBN", "VBD"} or not (token.i + 1 >= len(doc) or doc[token.i + 1].text in {".", ";", "!"}):
        return None
    sent = token.sent
    auxiliaries = [t for t in doc[sent.start:token.i] if t.lower_ in {"has", "have", "had"} and ctx.in_quote[t.i] < 0]
    if len(auxiliaries) != 1 or any(t.lower_ in _SOURCE_WORDS for t in doc[sent.start:auxiliaries[0].i]):
        return None  # ("Loud a report of the Courier has X ... asked": the source's own finding, read by the loud rule)
    have = auxiliaries[0]
    if have.i + 2 >= token.i or any((i in ctx.cue_entries and i != token.i) or (doc[i].text in {":", ";"} and ctx.in_quote[i] < 0)
                                     for i in range(have.i + 1, token.i)):
        return None
    before = doc[have.i - 1] if have.i > sent.start else None
    if before is not None and before.pos_ in {"NOUN", "PROPN"} and ctx.in_quote[before.i] < 0 \
            and before.ent_type_ not in {"DATE", "TIME"}:
        subject = before
        while subject.dep_ in {"compound", "pobj", "prep", "flat", "conj", "appos", "nmod"} and subject.head.i < have.i \
                and subject.head.i != subject.i and subject.head.i >= sent.start:
            subject = subject.head
        if subject.pos_ not in {"NOUN", "PROPN"} or any(t.pos_ in {"VERB", "AUX"} or t.tag_ in {"WDT", "WP"}
                                                        for t in doc[sent.start:have.i]):
            return None
        opening = have.i + 1
    elif before is not None and before.pos_ in {"ADV", "NOUN", "PROPN", "NUM", "ADP"} and before.i > sent.start:
        # ("Already in November had she ...", "In Moscow had the spokeswoman ... criticised": a fronted adverbial)
        after = doc[have.i + 1]
        if after.pos_ == "PRON" and after.lower_ in {"he", "she", "they"}:
            subject, opening = after, after.i + 1
        else:
            found = _noun_phrase_after(ctx, have.i + 1, token.i)
            if found is None:
                return None
            subject, opening = found
    else:
        return None
    if subject.lower_ in {"i", "we", "it", "that", "this", "which", "who"} or subject.lower_ in _INDEFINITE_SUBJECTS:
        return None
    first = next((t for t in doc[opening:token.i] if not t.is_punct), None)
    return (subject, first) if first is not None else None


def _parsed_verb_claim(ctx: _Context, token: Token, entry: CueEntry, sents: list[Span], used_quotes: set[int],
                       *, last: _Speaker | None) -> Claim | None:
    """A reporting verb's claim: the quotes it attributes (direct speech), else its complement.

    Limit: needs a speaker (the subject, a misparsed subject or a passive agent); negated cues,
    questions and the author's own "I"/"we" report nothing. The complement is read by
    :func:`workbench.claims.reported._reported_claim`.
    """
    doc = ctx.doc
    if any(c.dep_ == "neg" and ctx.in_quote[c.i] < 0 for c in token.children) and not (
            (token.lemma_ or token.lower_).lower() in ctx.cues.stances and any(c.dep_ == "ccomp" for c in token.children)
            and not any(c.dep_ == "auxpass" for c in token.children)):  # ("is not expected that": no one's view)
        # what someone did not say is no claim ("would not say", "has not confirmed"); a "not" the parser
        # hung on the cue from inside the quote is what was said ("“Probably not,” he said"); but a belief
        # denied is a view ("does not believe that it with ten cents done is", data/cues.csv STANCE)
        return None
    if any(t.lower_ == "nobody" and ctx.in_quote[t.i] < 0 for t in ctx.doc[max(token.sent.start, token.i - 3):token.i]) \
            and not any(t.is_punct for t in ctx.doc[max(token.sent.start, token.i - 3):token.i]):
        return None  # "Whether the talks bring relief, can at the moment nobody predict": no one says it
    if token.dep_ == "xcomp" and (token.head.lemma_ or token.head.lower_).lower() in ctx.cues.refusals:
        return None  # "declined to say more": what someone declined to say is no claim
    if (token.lemma_ or token.lower_).lower() in ctx.cues.refusals and any(
            c.dep_ == "xcomp" and c.i in ctx.cue_entries for c in token.children):
        return None  # "refused to say whether ...": withholding a statement is no claim either
    if any(c.dep_ == "mark" and c.lower_ == "whether" and c.i < token.i
           and not any(t.text == "," for t in ctx.doc[c.i:token.i]) for c in token.children):
        # "questioned, whether the council the costs thought through has": a cue inside an embedded
        # question (but "Whether that would do, doubted she": a comma closes the question before the cue)
        return None
    if any(c.dep_ == "mark" and c.lower_ == "than" and c.i < token.i and ctx.in_quote[c.i] < 0 for c in token.children):
        return None  # "prayer can change more than many believe": a comparison names no claim
    if token.tag_ == "VBG" and token.dep_ == "xcomp" and token.head.i in ctx.cue_entries:
        return None  # "remembers thinking that X": the governing cue reports the whole, once
    if _asked_participle_of(token) is not None:
        return None  # "X, asked about the agreements, said: ...": "asked" is when X spoke, not what X said
    if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in token.children) \
            and any(c.lower_ == "loud" for c in token.children):
        # "In Kiel report themselves loud the harbour authority ever more volunteers": German "melden
        # sich laut X" is no speech of the subject; the "loud" source is read by the loud rule
        return None
    if token.tag_ in {"VB", "VBP"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "NNP" and c.right_edge.i + 1 == token.i
            and c.left_edge.lower_ == "loud" and c.left_edge.is_sent_start and ctx.in_quote[c.i] < 0 for c in token.children):
        # "Loud Abramowski ask above all older members, whether ...": German "laut X fragen ..." makes the
        # source no subject; the plural verb is the reported clause's own (read by the loud rule)
        return None
    sentence = sents[ctx.sent_of[token.i]]
    if any(doc[i].lower_ == "as" and (ending := _as_clause_cue(ctx, doc[i])) is not None and ending[0].i == token.i
           for i in range(max(sentence.start, token.i - 14), token.i)):
        return None  # ", as a spokeswoman of X confirmed.": the "as" clause names its own speaker (read there)
    if "speaker" in entry.addressee:
        # "Interfax quoted X with the words, ...": the object speaks, the subject only relays
        return _quoted_speaker_claim(ctx, token, entry, sentence, used_quotes, last=last)
    line_end = next((t.i for t in doc[token.i:sentence.end] if "\n" in t.text_with_ws), sentence.end - 1)
    # the parser may glue the next line ("A") onto the sentence: the line's last word decides
    last_word = next((t for t in reversed(doc[sentence.start:line_end + 1]) if not t.is_space), None)
    if last_word is not None and last_word.text == "?" and ctx.in_quote[last_word.i] < 0:
        return None  # "Would the Secretariat host a meeting if Berlin asked?": a question reports nothing
    relayed = _loud_relay_claim(ctx, token, entry, sents, used_quotes, last=last) \
        or _said_read_as_adjective_claim(ctx, token, entry, sentence, used_quotes, last=last)
    if relayed is not None:
        return relayed
    inverted = _inverted_reported_claim(ctx, token, entry, sentence, used_quotes, last=last)
    if inverted is not None:
        return inverted
    pointing = _demonstrative_inversion_claim(ctx, token, entry, sents, used_quotes, last=last)
    if pointing is not None:
        return pointing
    fronted = _inverted_object_speaker_claim(ctx, token, entry, used_quotes, last=last)
    if fronted is not None:
        return fronted
    subordinate = _subordinate_perfect_claim(ctx, token, entry, sentence, used_quotes, last=last)
    if subordinate is not None:
        return subordinate
    perfect = _verb_final_perfect_subject(ctx, token)
    if perfect is not None:
        subject, misread = perfect
        claim = _verb_final_perfect_claim(ctx, token, entry, sents, used_quotes, subject, misread, last=last)
        if claim is not None:
            return claim
    # (an aged speaker before the outlet told comes before the parser's subject: "„…“, told the 59-year-old
    # our station" makes both the cue's object; a name after the age is read by speakers._inverted_speaker)
    opposite = _opposite_fronted_subject(ctx, token)
    subject = opposite or _conjoined_after_inverted(ctx, token) or _conjoined_after_reported_clause(ctx, token) \
        or _name_before_outlet_subject(ctx, token) \
        or _after_question_subject(ctx, token) or _answer_after_question_subject(ctx, token) \
        or _inverted_pronoun_subject(ctx, token) \
        or _aged_speaker_before_outlet(ctx, token) \
        or _closed_relative_clause_subject(token) or _cue_hung_in_relative_clause_subject(token) \
        or _relative_clause_verb_subject(token) \
        or _past_read_as_modifier_subject(token) or _asked_participle_subject(token) \
        or _cue_read_as_place_object(ctx, token) \
        or _inverted_prefixed_role_subject(ctx, token) \
        or _comparative_fronted_subject(ctx, token) or _subject(token) \
        or _misparsed_subject(ctx, token) or _dash_inverted_speaker(ctx, token) \
        or _coordinated_subject(token) or _stranded_subject(ctx, token) or _quoted_as_subject(token) \
        or _statement_participle_subject(ctx, token) or _split_perfect_subject(token) or _by_gerund_subject(token) \
        or _impersonal_place_subject(ctx, token) or _after_relative_clause_subject(token) \
        or _fronted_adverbial_subject(ctx, token) or _copula_subject(ctx, token, entry) or _verbless_root_subject(ctx, token) \
        or _name_as_determiner_subject(ctx, token) or _coordinated_clause_subject(ctx, token) \
        or _inverted_description(ctx, token) or _participle_lead_subject(ctx, token)
    if opposite is None and subject is not None and subject.i > token.i \
            and (parsed := _subject(token)) is not None and _fronted_time_noun(ctx, parsed, token):
        opposite = subject  # "After the session said X opposite Y, ...": the speaker phrase ends at its comma
    if subject is None:
        agent = _passive_agent(token)
        if agent is not None:
            return _passive_claim(ctx, token, entry, agent, used_quotes, last=last)
        return _reduced_relative_claim(ctx, token, entry, last=last)
    if ctx.in_quote[subject.i] >= 0 and not _is_quoted_name(ctx, subject):
        # "«…», has declared X": the parser hung the cue on the quote's verb; the name after it speaks
        subject = _inverted_speaker(ctx, token) or _dash_inverted_speaker(ctx, token) \
            or _verb_final_subject(ctx, token) or _inverted_description(ctx, token)
        if subject is None:
            return None
    fronted = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i and c.pos_ in {"NOUN", "PROPN"}
                    and c.left_edge.i == sentence.start and ctx.in_quote[c.i] < 0), None) \
        if subject.lower_ in _INVERTED_PRONOUNS and subject.i == token.i + 1 and subject.dep_ == "dobj" else None
    if fronted is not None and ctx.ent_of[fronted.i] is None and fronted.right_edge.i + 1 == token.i and not any(
            c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} and c.i > subject.i for c in token.children):
        # "Weapon deliveries into the crisis region rejected she decisively.": German verb-second order
        # fronts the object; the parser takes it for the subject and the pronoun after the cue for the object
        start, end = _trim(doc, fronted.left_edge.i, token.i)
        # (with the reason or judgement after the pronoun: "The federal government criticised he, because ...")
        return _fronted_object_claim(ctx, token, entry, (start, end), subject.i + 1, sentence, used_quotes,
                                     speaker=_resolve_speaker(ctx, subject, stop=subject.i + 1, last=last),
                                     cue_tokens=[token])
    if subject.lower_ in _INVERTED_PRONOUNS and subject.i == token.i + 1 and subject.head.i == token.i + 2 \
            and subject.head.tag_ == "VBG":
        # "..., added he smiling.": the participle is the manner, not the content; when the clause before
        # the comma was not read as the content (:func:`_inverted_reported_claim`), nothing is
        return None
    if subject.lower_ in _INDEFINITE_SUBJECTS and not any(
            c.dep_ == "appos" and any(g.pos_ == "PROPN" for g in c.subtree) for c in subject.children):
        # "whether anyone calls it one": an indefinite pronoun names no speaker (but "One of them, the
        # student Petra Holm, said": a name in apposition does, also when the parser made the
        # apposition a second subject of the cue)
        named = next((c for c in token.children if c.dep_ == "nsubj" and c is not subject and subject.i < c.i < token.i
                      and doc[c.left_edge.i - 1].text == "," and any(
                          g.dep_ == "appos" and ctx.ent_of[g.i] is not None and ctx.ent_of[g.i].label_ == "PERSON"
                          for g in c.children)), None)
        if named is None:
            return None
        subject = named
    if subject.lower_ in {"neither", "none"} or any(c.dep_ in {"det", "preconj"} and c.lower_ in {"neither", "no"}
                                                   for c in subject.children):
        return None  # "Neither side commented on it", "No official confirmed": a negated speaker says nothing
    if subject.tag_ in {"WP", "WDT"} and token.dep_ == "relcl" and token.head.lower_ in _INDEFINITE_SUBJECTS | {
            "those", "these"}:
        return None  # "one of those who believe ...", "Anyone who says ...": a generic group is no speaker
    if subject.lower_ in {"i", "we"}:
        return None  # outside quotes, "I"/"we" is the author's or interviewer's own voice
    if (subject.lemma_ or subject.lower_).lower() in _ANSWER_NOUNS and subject.i > 0 and doc[subject.i - 1].lower_ == "on":
        return None  # "let on request explain": German "auf Anfrage" is when, not who (the causative rule reads it)
    if any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubj"} and c.i < token.i and ctx.in_quote[c.i] < 0
           for c in token.children) and _in_what_called(token) is None:
        # (but "in what officials called a deliberate attempt" names what the event is called)
        # "what the reactions to them say": an embedded question, not a statement (but a quoted question the
        # parser hung on the cue is what was said: "„What shall one answer?“, said Wolframm")
        return None
    if entry.complement == "request" and any(
            _is_question_complement(c) or (any(g.dep_ == "neg" for g in c.children) and _addressee(
                token, entry, has_clause=False) is None)
            for c in token.children if c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > token.i):
        # "asked why ..." is a question, not a claim; "asking not to be named" is about the speaker
        # (but "asked the council not to forget ..." is a request to an addressee)
        return None
    for child in token.children:
        if child.dep_ == "dobj" and (child.lemma_ or child.lower_).lower() in ctx.cues.nouns \
                and not _object_of_comma_infinitive(child) and (
                any(g.dep_ in {"acl", "ccomp"} for g in child.children)
                or any(c.dep_ == "ccomp" and c.i > child.i for c in token.children
                       # ("added the Russian proposals on X deserved an answer": a clause with no subject
                       # of its own has the noun as its subject, which the parser took for the object)
                       if any(g.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for g in c.children))):
            return None  # "repeated his complaint that ...": the nominal cue carries the claim
    particle_deps = {"prep", "prt", "oprd"} | ({"ccomp"} if entry.complement == "any" else set()) | (
        {"dobj", "advmod"} if entry.complement == "colon" else set())
    # ("drew attention that": a noun second word right after the verb is its object)
    cue_tokens = [token] + [c for c in token.children if entry.particle and c.lower_ == entry.particle
                            and (c.dep_ in particle_deps or (c.dep_ == "dobj" and c.pos_ == "NOUN"
                                                             and c.i == token.i + 1)
                                 # ("has made clear that ...": an adjective particle read as the clause's head)
                                 or (c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.i == token.i + 1))]
    if any(c.i > token.i for c in cue_tokens[1:]):
        # ("On Thursday, X commented on ...": a preposition before the verb is no particle when one follows it)
        cue_tokens = [token] + [c for c in cue_tokens[1:] if c.i > token.i]
    cue_tokens = cue_tokens[:2]  # ("warned before X, but also before Y": the particle repeated is no part of the cue)
    if entry.particle == token.lower_:
        # "let know": the parser made the cue's verb an auxiliary of its particle
        cue_tokens = [c for c in token.children if c.dep_ == "aux" and c.i == token.i - 1] + [token]
    if len(cue_tokens) == 1 and _stranded_particle(token, entry) is not None:
        cue_tokens.append(_stranded_particle(token, entry))  # "spoke in the debate of": the particle is part of the cue
    if len(cue_tokens) == 1 and _separated_particle(token, entry) is not None:
        cue_tokens.append(_separated_particle(token, entry))  # "let on request know": the particle is part of the cue
    stop = token.i
    apposed = _apposed_person(ctx, subject, token)
    whole = _phrase_span(subject, stop=token.i) if apposed is not None else None
    if apposed is not None:
        # "The President of the X, Bishop Y, called on ...": the name in apposition speaks, not the body
        subject = apposed
        stop = next((t.i for t in doc[ctx.ent_of[apposed.i].end:token.i if token.i > apposed.i else len(doc)]
                     if t.text == "," or t.is_punct), token.i)
    outlet = _outlet_after_inverted_speaker(ctx, subject, token)
    if outlet is not None:
        stop = outlet  # "„…“, said the pensioner SaarWelle.": the outlet told is no part of the speaker phrase
    if token.dep_ == "relcl" and subject.i <= token.head.i < token.i:
        # "The 63-year-old, who ... was, warned": the speaker phrase ends before its relative clause
        stop = next((t.i for t in doc[subject.i + 1:token.i] if t.text == ","), token.i)
    # ("Opposite the Tagespost said Pröbstl, the mood ... be": the speaker phrase ends at its comma)
    phrase_end = _inverted_phrase_end(ctx, subject) if opposite is not None else None
    after_name = phrase_end if phrase_end is not None and doc[phrase_end].text == "," else None
    if phrase_end is not None:
        stop = phrase_end
    bracketed = _object_after_party_bracket(ctx, token, subject)
    if bracketed is not None:
        stop = bracketed.left_edge.i  # ("demanded Anja Pirker (Greens) an advice point": the bracket closes the speaker)
    if stop == token.i and subject.i + 3 == token.i and doc[token.i - 2].lower_ == "in" and doc[token.i - 1].lower_ == "turn":
        stop = token.i - 2  # ("Kiev in turn demands": the adverbial is no part of the speaker phrase)
    hung = _infinitive_on_object(token, entry) if entry.infinitive and subject.i > token.i else None
    if hung is not None and hung.head.i == subject.i:
        # ("„…“, gave the 54-year-old to consider": the infinitive the parser hung on the inverted speaker is
        # the cue's, and closes the speaker phrase)
        cue_tokens.append(hung)
        stop = hung.i - 1
    speaker = _resolve_speaker(ctx, subject, stop=stop, last=last)
    if whole is not None and whole.start_char < speaker.start < whole.end_char:
        # the phrase keeps its role and body ("The President of the X, Bishop Y") and ends with the
        # name: an outlet after the name (", the DDD") is the addressee
        speaker = _Speaker(ctx.text[whole.start_char:speaker.end], speaker.actor_id, speaker.name,
                           whole.start_char, speaker.end, speaker.person)
    # ("Kyiv protested against ...": a linked entity is a name whatever tag the parser gives it)
    if entry.complement == "named" and (not (speaker.actor_id and (subject.pos_ in {"PROPN", "PRON"} or (
            ctx.ent_of[subject.i] is not None and ctx.ent_of[subject.i].kb_id_) or (
            # "The chairwoman of X, Ayşe Demirtaş (Greens), spoke of ...": a role resolved to a named person
            speaker.person and subject.pos_ == "NOUN" and (subject.lemma_ or subject.lower_).lower() in ctx.cues.roles)
            # "The 52-year-old spoke of ...": a definite age description resolved to a named person
            or (speaker.person and _is_age_description(subject))
            # "The Latvian forwarder Ilze Bērziņa spoke of ...": any noun with the person's name in apposition
            or (speaker.person and subject.pos_ == "NOUN" and any(
                c.dep_ == "appos" and ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "PERSON"
                for c in subject.children))
            # "The ministry spoke of ...": a definite description resolved to a body names it too
            or (not speaker.person and subject.pos_ == "NOUN" and any(c.lower_ == "the" for c in subject.children)
                and default_role_types().get((subject.lemma_ or subject.lower_).lower()) not in {None, "person"})))
                                        or (token.tag_ == "VBG" and token.head.i in ctx.cue_entries)):
        # "people speak of X", "the document speaks of X": a common verb reports only a named actor;
        # "said, speaking of the agreements: ..." names the topic of the other cue's claim
        return None
    sent = sents[ctx.sent_of[token.i]]
    # direct quotes attributed to this cue: quotes in the same sentence(s), not fragments
    attributed = []
    for number, (open_i, close_i) in enumerate(ctx.quotes):
        if number in used_quotes:
            continue
        touches = ctx.sent_of[open_i] <= ctx.sent_of[token.i] <= ctx.sent_of[close_i] or (
            # "“…,” Keller said." where the parser ended the sentence inside the quote
            close_i + 1 < len(doc) and ctx.sent_of[close_i + 1] == ctx.sent_of[token.i] and close_i < token.i
            and all(t.is_punct for t in doc[close_i + 1:min(token.i, subject.i)])
        )
        if not touches:
            continue
        if ctx.paragraph_of and ctx.paragraph_of[open_i] != ctx.paragraph_of[token.i] \
                and ctx.paragraph_of[close_i] != ctx.paragraph_of[token.i]:
            continue  # an attribution does not reach into another paragraph
        between = range(close_i + 1, token.i) if close_i < token.i else range(token.i + 1, open_i)
        if any(i in ctx.cue_entries and not _is_author_cue(doc[i]) and i != subject.i for i in between):
            # (but not the speaker's own name the tagger read as a verb: "“…,” Sayed said.")
            continue  # another reporting verb stands closer to this quote: it is that verb's quote
        if token.i < open_i and close_i + 2 < len(doc) and any(
                cue in ctx.cue_entries and ctx.sent_of[cue] == ctx.sent_of[close_i] and _closes_quote_with_comma(ctx, cue - 1)
                for cue in (close_i + 1, close_i + 2)):
            # "In Moscow he demanded, Kiev must X implement; „It must be forced“, said the minister": a quote
            # with an inverted cue of its own after its comma is that cue's
            continue
        quote_sent_start = sents[ctx.sent_of[open_i]].start
        if _is_mixed(doc, open_i, close_i, quote_sent_start):
            continue
        if open_i > token.i and open_i + 1 < close_i and doc[open_i + 1].text[:1].islower() \
                and any(c.dep_ == "ccomp" and token.i < c.i < open_i for c in token.children):
            continue  # "suggested that they meet, “if only to ...”": a lower-case fragment continues the clause
        if close_i < subject.left_edge.i and doc[close_i - 1].text in _SENTENCE_END and doc[close_i - 1].text != "," \
                and any(c.i > token.i and (c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "dobj" and entry.complement != "clause"
                                           # ("He called on the politicians, the Ukraine not alone to leave.")
                                           or c.dep_ == "prep" and entry.particle and c.lower_ == entry.particle
                                           and any(g.dep_ == "pobj" for g in c.children)
                                           # ("He demanded from the Land money for new devices": German "forderte von")
                                           or c.dep_ == "prep" and c.lower_ == "from" and entry.claim_type == "demand"
                                           and any(g.dep_ == "pobj" for g in c.children))
                        for c in token.children) or close_i < subject.left_edge.i \
                and doc[close_i - 1].text in _SENTENCE_END and doc[close_i - 1].text != "," and subject.i < token.i \
                and _comma_complement(ctx, token, sent, subject) is not None:
            # "“That is a menu.” Tamm accused the mayors of ...": a quote closed by a full stop before a
            # sentence whose cue has its own complement is the previous speaker's, not this cue's
            # (so is one before German reported speech after the cue's comma: "»…« She conceded however,
            # one have fewer reserves")
            continue
        attributed.append(number)
    if not attributed and entry.complement == "quote" and not _opens_reported_clause(token):
        return None  # "What exactly he meant", "This means that ...": the cue reports only a quote it attributes
    if attributed:
        content = _quote_content(ctx, attributed)
        if entry.complement == "request" and content[2].rstrip().endswith("?"):
            if not _rhetorical(content[2]):
                return None  # ""How am I supposed to get there?" asked Kovalchuk": a quoted question, no claim
            # ""If the deal is so good, why is it secret?" she asked": a question that argues states a view
            entry = replace(entry, claim_type="statement", cameo="01", plover="")
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
        lead_in = _complement_before_colon(ctx, token, first_open, addressee, particle=entry.particle)
        if lead_in is not None and lead_in.start <= subject.i < lead_in.end:
            # "Sharper formulated it the member X: „…“": the speaker is no complement (but "Clearer
            # underlined X that ...: „…“" keeps the clause after the speaker)
            that = subject.i + 1 if subject.i + 2 < lead_in.end and doc[subject.i + 1].lower_ == "that" else None
            lead_in = doc[that + 1:lead_in.end] if that is not None else None
        if lead_in is None:
            lead_in = _complement_before_fragment(ctx, token, first_open, addressee)
        if lead_in is None and first_open > token.i and subject.i < token.i:
            # "told the Donaupost, the company be ready, also after 2024 ..., „if the Europeans it want“":
            # German reported speech after the cue's comma runs on into the quote that closes it
            clause = _comma_complement(ctx, token, sent, subject)
            if clause is not None and clause.start < first_open and ctx.quotes[attributed[-1]][1] < clause.end \
                    and all(ctx.in_quote[i] < 0 for i in range(clause.start, first_open)):
                lead_in = doc[clause.start:first_open]
        if lead_in is not None:
            # "rejected the idea that X: "…"": the reported complement and the quote after the colon
            # are one claim
            return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="mixed",
                               content=(lead_in.start_char, content[1], ctx.text[lead_in.start_char:content[1]]),
                               addressee=addressee)
        return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="direct", content=content,
                           addressee=addressee, extra=[doc[first_open].idx])
    if subject.tag_ == "WDT" and token.dep_ == "relcl" and not any(
            c.dep_ in {"ccomp", "xcomp", "parataxis"} or (c.dep_ == "dobj" and any(
                g.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                for g in c.children)) for c in token.children):
        # (but "Moscow, which has demanded guarantees that NATO will not expand": the object's that-clause says what)
        return None  # "the mission, which reports ceasefire violations": a body's routine, not a statement
    if entry.claim_type == "statement" and _names_only_the_genre(ctx, token):
        return None  # "wrote a comment", "made a statement": that something was said, not what
    infinitive = _comma_infinitive(ctx, token, sent)
    if infinitive is not None:
        span, target = infinitive
        mixed = any(ctx.in_quote[i] >= 0 for i in range(span.start, span.end))
        used_quotes.update(ctx.in_quote[i] for i in range(span.start, span.end) if ctx.in_quote[i] >= 0)
        addressee = target if target is not None and "object" in entry.addressee else None
        return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                           mode="mixed" if mixed else "indirect",
                           content=(span.start_char, span.end_char, span.text), addressee=addressee)
    claim = _reported_claim(ctx, token, entry, sents, used_quotes, subject=subject, speaker=speaker,
                            cue_tokens=cue_tokens)
    sentence = sents[ctx.sent_of[token.i]]
    if entry.infinitive and (claim is None or len(claim.content.split()) < 2) and subject.i < token.i:
        # "Its chairman X gave to consider, that many helpers already by the pandemic exhausted be": the parser
        # cannot read the verb-final clause after "to consider"; it runs from there to the sentence end
        particle = next((c for c in token.children if c.lower_ == entry.particle and c.i > token.i), None)
        if particle is not None:
            start = particle.i + 1
            while start < sentence.end and (doc[start].text in {",", ":"} or doc[start].lower_ == "that"):
                start += 1
            end = next((j for j in range(start, sentence.end) if doc[j].text == ";"), sentence.end)
            start, end = _trim(doc, start, end)
            if end - start >= 3 and not any(ctx.in_quote[i] >= 0 for i in range(start, end)):
                claim = _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                                    used_quotes=used_quotes)
    if claim is not None and entry.complement == "quote" and (comma := _comma_after_adverbials(token)[0]) is not None \
            and comma > token.i + 1 and claim.content_start < doc[comma].idx and comma + 1 < sentence.end:
        # "meant on the other hand, the criticism be exaggerated": the parser may hang the clause after the
        # adverbials' comma elsewhere; that clause is what the cue reports, not the adverbials
        claim = _span_claim(ctx, *_trim(doc, comma + 1, sentence.end), speaker=speaker, cue_tokens=cue_tokens,
                            entry=entry, used_quotes=used_quotes)
    if claim is None and subject.i < token.i and sentence.start > 0 and doc[sentence.start - 1].text == "?" \
            and subject.left_edge.i - sentence.start <= 3 and token.i + 2 < sentence.end \
            and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "but":
        # "Would they sell the machines elsewhere? Possibly, Haugen said, but planters built for ...": a
        # short answer to the question before, set around the attribution
        claim = _mid_parenthetical_claim(ctx, token, entry, sentence, used_quotes, subject=subject, speaker=speaker,
                                         cue_tokens=cue_tokens)
    if claim is None and entry.particle and entry.claim_type == "proposal":
        claim = _appeal_after_addressee(ctx, token, entry, sentence, speaker, cue_tokens, used_quotes)
    if claim is None and subject.i > token.i:
        colon = _clause_after_colon(ctx, token, subject, sents)
        if colon is not None:
            # (the speaker phrase ends at the colon)
            claim = _span_claim(ctx, *colon, speaker=_resolve_speaker(ctx, subject, stop=colon[0] - 1, last=last),
                                cue_tokens=cue_tokens, entry=entry, used_quotes=used_quotes)
    if claim is None and subject.i > token.i and entry.claim_type != "statement" and entry.complement in {"any", "object"}:
        # "Sharper criticised the CSU politician X the federal government for its hesitation", "Sharp criticised
        # he the EU, which ...": German verb-second order puts the object after the inverted speaker, and the
        # parser reads both as one phrase; what follows the speaker's name or pronoun is the object
        rest = _object_after_inverted_speaker(ctx, subject, sentence)
        if rest is not None:
            claim = _span_claim(ctx, *rest, speaker=_resolve_speaker(ctx, subject, stop=rest[0], last=last),
                                cue_tokens=cue_tokens, entry=entry, used_quotes=used_quotes)
    if claim is not None and after_name is not None and after_name + 1 < len(doc) \
            and doc[after_name + 1].idx < claim.content_end:
        # the clause after the inverted speaker's comma is the content, without the speaker (and
        # with its own subject, which the parser may hang on the name: "Kollmann, the government ... must")
        start = doc[after_name + 1].idx
        claim = claim._replace(content=ctx.text[start:claim.content_end], content_start=start)
    return _with_fronted_quoted_object(ctx, claim, token, subject, used_quotes)


#: Adverbs that may stand between an inverted speaker and the object: "criticised he also the EU".
_AFTER_SPEAKER_ADVERBS = frozenset({"also", "however", "too", "again", "moreover", "meanwhile", "likewise", "sharply",
                                    "therefore", "additionally", "furthermore"})


def _object_after_inverted_speaker(ctx: _Context, subject: Token, sent: Span) -> tuple[int, int] | None:
    """The (start, end) of the object after an inverted speaker's pronoun or name, to the sentence end, or ``None``.

    Limit: the speaker is a subject pronoun or ends a name the model found (a person, body or state);
    after adverbs of :data:`_AFTER_SPEAKER_ADVERBS`, the object opens with a determiner, a name or a
    noun, holds no cue and runs to the sentence end (two words or more, no quote mark first).
    """
    doc = ctx.doc
    # (the name may follow the head of its description: "the CSU politician [Tobias Brandhuber]")
    # (a person's name before a body's: "FPÖ deputy [Herbert Nägele]")
    ents = [ctx.ent_of[i] for i in range(subject.i, min(subject.i + 4, sent.end)) if ctx.ent_of[i] is not None
            and ctx.ent_of[i].kb_id_ and ctx.ent_of[i].label_ in {"PERSON", "ORG", "GPE", "NORP"}]
    ent = next((e for e in ents if e.label_ == "PERSON"), ents[0] if ents else None)
    if subject.lower_ in _INVERTED_PRONOUNS:
        end = subject.i + 1
    elif ent is not None and all(ctx.in_quote[i] < 0 and not doc[i].is_punct for i in range(subject.i, ent.end)):
        end = ent.end
    else:
        return None
    while end < sent.end and doc[end].lower_ in _AFTER_SPEAKER_ADVERBS:
        end += 1
    start, stop = _trim(doc, end, sent.end)
    if stop - start < 2 or start != end or doc[start].pos_ not in {"DET", "PROPN", "NOUN", "ADJ"} \
            or any(t.i in ctx.cue_entries for t in doc[start:stop]) or ctx.in_quote[start] >= 0:
        return None
    return start, stop


def _conjoined_after_reported_clause(ctx: _Context, token: Token) -> Token | None:
    """The speaker of a cue joined by ", and" after another cue's reported clause: "X called on the West, ..., and warned".

    "Ukraine's Foreign Ministry called on the West, already now sanctions prepare to, and warned of
    ...": the parser makes the verb-final reported clause the root, hangs the first cue on it and
    joins the second cue to it, whose subject is then the reported clause's. Limit: the head of the
    second cue is no cue, has its own subject, and has a cue with a subject before it as a
    complement.
    """
    doc = ctx.doc
    head = token.head
    if token.dep_ != "conj" or head.i in ctx.cue_entries or head.i >= token.i or token.i < 2 \
            or doc[token.i - 1].lower_ != "and" or doc[token.i - 2].text != ",":
        return None
    inner = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    first = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i and c.i in ctx.cue_entries), None)
    if inner is None or first is None or not first.i < inner.i:
        return None
    return next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)


def _conjoined_after_inverted(ctx: _Context, token: Token) -> Token | None:
    """The speaker of a cue joined by "and" to an inverted one: "…, demanded the 55-year-old, and called on X to …".

    The parser gives the second cue the first one's subject, which in translated German word order
    is the content before it. Limit: the first cue must follow a comma or quote mark, and the words
    between it and ", and" must be one phrase opening with "the" or a name.
    """
    doc = ctx.doc
    head = token.head
    if token.dep_ != "conj" or head.i not in ctx.cue_entries or not 2 < token.i - head.i <= 10 or head.i < 1:
        return None
    if not (doc[head.i - 1].text == "," or doc[head.i - 1].is_quote) or doc[token.i - 1].lower_ != "and" \
            or doc[token.i - 2].text != ",":
        return None
    phrase = doc[head.i + 1:token.i - 2]
    roots = _phrase_roots(phrase)
    if len(phrase) == 0 or len(roots) != 1 or not (phrase[0].lower_ == "the" or phrase[0].pos_ == "PROPN") \
            or any(w.pos_ in {"VERB", "AUX"} or ctx.in_quote[w.i] >= 0 for w in phrase):
        return None
    return roots[0]


def _clause_after_colon(ctx: _Context, token: Token, subject: Token, sents: list[Span], *,
                       reach: int = 12) -> tuple[int, int] | None:
    """The unquoted clause after the colon that closes an inverted speaker phrase, as token bounds.

    "Sharper formulated it the works council chairman X: The employees be „no bargaining mass“ ...":
    German puts the speaker after the cue and the words after a colon, with no quote around them.
    Limit: the colon comes within ``reach`` tokens after the speaker, with no quote or other
    punctuation between; the clause after it (to its sentence end, the parser may start a new
    sentence at the colon) opens unquoted and has a verb.
    """
    doc = ctx.doc
    colon = next((i for i in range(subject.i + 1, min(len(doc), subject.i + reach))
                  if doc[i].is_punct or doc[i].is_quote or ctx.in_quote[i] >= 0 or "\n" in doc[i].text), None)
    if colon is None or doc[colon].text != ":" or colon + 1 >= len(doc) or doc[colon + 1].is_quote \
            or "\n" in doc[colon].whitespace_:
        return None
    start, end = _trim(doc, colon + 1, sents[ctx.sent_of[colon + 1]].end)
    if end - start < 3 or not any(t.pos_ in {"VERB", "AUX"} and ctx.in_quote[t.i] < 0 for t in doc[start:end]):
        return None
    return start, end


#: Words that open a German verb-final subordinate clause in translation ("Since X ... demanded has, ...").
_CLAUSE_OPENERS = {"since", "as", "that", "when", "after", "because", "although", "while", "whereas"}


def _subordinate_perfect_claim(ctx: _Context, token: Token, entry: CueEntry, sent: Span, used_quotes: set[int], *,
                               last: _Speaker | None) -> Claim | None:
    """A claim in a German verb-final subordinate perfect: "Since Putin in December „…“ demanded has, that NATO ...".

    German "Seit Putin im Dezember „…“ gefordert hat, dass ..." keeps "has" after the participle; the
    parser then takes the quoted object for the subject and the name for the object of "since".
    Limit: the cue is followed at once by a finite "has"/"had"; the clause opens with a conjunction of
    ``_CLAUSE_OPENERS`` and a person or body named right after it (before any quote) speaks; the
    content runs from after the name to the cue, with the "that" clause after the cue's comma up to
    the next comma or the sentence end.
    """
    doc = ctx.doc
    if token.i + 1 >= sent.end or (doc[token.i + 1].lemma_ or "").lower() != "have" \
            or doc[token.i + 1].tag_ not in {"VBZ", "VBD", "VBP"} or ctx.in_quote[token.i] >= 0:
        return None
    opener = next((t for t in reversed(doc[sent.start:token.i]) if t.lower_ in _CLAUSE_OPENERS
                   and ctx.in_quote[t.i] < 0), None)
    if opener is None or opener.i + 1 >= token.i:
        return None
    named = ctx.ent_of[opener.i + 1] or (ctx.ent_of[opener.i + 2] if doc[opener.i + 1].lower_ == "the" else None)
    if named is not None and named.end < token.i and ctx.ent_of[named.end] is not None \
            and ctx.ent_of[named.end].start == named.end and ctx.ent_of[named.end].label_ == "PERSON":
        named = ctx.ent_of[named.end]  # "the Kremlin chief" + "Vladimir Putin": the name after the title
    if named is None or named.label_ not in _SPEAKER_LABELS or named.end >= token.i \
            or any(ctx.in_quote[i] >= 0 for i in range(opener.i, named.end)):
        return None
    end = token.i
    if token.i + 3 < sent.end and doc[token.i + 2].text == "," and doc[token.i + 3].lower_ == "that":
        end = next((t.i for t in doc[token.i + 4:sent.end] if t.text in {",", ";"} and ctx.in_quote[t.i] < 0), sent.end)
    start, end = _trim(doc, named.end, end)
    quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
    if end - start < 2 or not quoted and end <= token.i or quoted & used_quotes:
        return None  # (the cue's own object must be quoted or a "that" clause must follow)
    speaker = _resolve_speaker(ctx, named.root, stop=named.end, last=last)
    if not speaker.actor_id:
        return None
    used_quotes.update(quoted)
    span = doc[start:end]
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode="mixed" if quoted else "indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=None)


def _appeal_after_addressee(ctx: _Context, token: Token, entry: CueEntry, sent: Span, speaker: _Speaker,
                            cue_tokens: list[Token], used_quotes: set[int]) -> Claim | None:
    """"called on the Federal Government to „finally speak with one voice“": the appeal after its addressee.

    When the parser makes the infinitive the sentence's root, the cue keeps only its particle and
    addressee. Limit: a phrasal appeal cue ("call on"), its particle's object right after it, then
    "to" and words with a noun or verb up to the end of the sentence (or a semicolon, or "and" before a
    second cue), with no cue among them.
    """
    doc = ctx.doc
    particle = next((c for c in token.children if c.lower_ == entry.particle and c.i == token.i + 1), None)
    target = next((g for g in particle.children if g.dep_ == "pobj"), None) if particle is not None else None
    if target is None:
        return None
    if target.right_edge.i + 1 < sent.end and doc[target.right_edge.i + 1].lower_ == "to":
        start = target.right_edge.i + 2
    else:
        # "called on parishioners not to spread rumours", "called on fans travelling to Hampden to show respect":
        # the parser hangs the appeal's infinitive on the addressee (or on a participle after it); its "to"
        # then lies inside the addressee's phrase
        to = next((t for t in target.subtree if t.i > target.i and t.lower_ == "to" and t.dep_ == "aux"
                   and t.head.tag_ == "VB" and t.head.dep_ in {"acl", "advcl", "relcl", "xcomp"}), None)
        if to is None or ctx.in_quote[to.i] >= 0:
            return None
        start = to.i - 1 if doc[to.i - 1].lower_ == "not" else to.i + 1
    end = next((t.i for t in doc[start:sent.end] if t.text == ";" and ctx.in_quote[t.i] < 0), sent.end)
    # ("... to a short-term relief and criticised that ...": a second cue the subject shares ends the appeal)
    end = next((i - 1 for i in range(start + 1, end) if i in ctx.cue_entries and doc[i - 1].lower_ == "and"), end)
    # ("..., warning that fear travels faster": a participle cue after a comma is the next claim)
    end = next((i - 1 for i in range(start + 1, end) if i in ctx.cue_entries and doc[i - 1].text == ","
                and doc[i].tag_ == "VBG"), end)
    start, end = _trim(doc, start, end)
    if end <= start or any(i in ctx.cue_entries for i in range(start, end)) or not _has_content_word(doc[start:end]):
        return None
    quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
    if quoted & used_quotes:
        return None
    used_quotes.update(quoted)
    span = doc[start:end]
    return _make_claim(ctx, speaker=speaker, cue_tokens=[*cue_tokens, particle] if particle not in cue_tokens
                       else cue_tokens, entry=entry, mode="mixed" if quoted else "indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=target)


def _with_fronted_quoted_object(ctx: _Context, claim: Claim | None, token: Token, subject: Token,
                                used_quotes: set[int]) -> Claim | None:
    """Add the quoted object a verb-final cue follows to the clause after it: "had „guarantees“ demanded that ...".

    "Putin had in December „precise legal guarantees“ demanded that NATO not further expand": German
    word order puts the quoted object before the participle and the that-clause after it; both are
    the demand. Limit: an unused quote between the subject and the cue, closed right before the cue,
    and an indirect content of three words or more that starts after the cue; the content text skips
    the cue between them.
    """
    doc = ctx.doc
    if claim is None or claim.mode != "indirect" or claim.content_start <= token.idx or subject.i >= token.i \
            or len(claim.content.split()) < 3:
        return claim  # (a stray word the parser left after the cue, "demanded has", is no clause to join)
    number = ctx.in_quote[token.i - 2] if token.i >= 2 and doc[token.i - 1].is_quote else -1
    if number < 0 or number in used_quotes:
        return claim
    open_i, close_i = ctx.quotes[number]
    if open_i <= subject.i or close_i != token.i - 1:
        return claim
    used_quotes.add(number)
    quote = doc[open_i:close_i + 1]
    return claim._replace(mode="mixed", content=f"{quote.text} {claim.content}", content_start=quote.start_char,
                          start_char=min(claim.start_char, quote.start_char))


def _inverted_object_speaker_claim(ctx: _Context, token: Token, entry: CueEntry, used_quotes: set[int], *,
                                   last: _Speaker | None) -> Claim | None:
    """"For the Greens stressed the deputy Jakob Ellerbrock, that ...": German inversion after a fronted phrase.

    The parser reads the name after the cue as its object. Limit: the cue has no subject, a person
    entity is its object right after it (a role may precede the name), and a comma and "that" open
    the cue's clause complement right after the name; that clause is the content.
    """
    doc = ctx.doc
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    ent = ctx.ent_of[obj.i] if obj is not None else None
    if ent is None or ent.label_ != "PERSON" or obj.left_edge.i != token.i + 1 or ent.end + 1 >= len(doc) \
            or doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "that":
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.left_edge.i == ent.end + 1), None)
    if clause is None:
        return None
    start, end = _trim(doc, ent.end + 2, clause.right_edge.i + 1)
    if end <= start:
        return None
    span = doc[start:end]
    mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
    used_quotes.update(ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0)
    speaker = _resolve_speaker(ctx, obj, stop=None, last=last)
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode="mixed" if mixed else "indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=None)


#: Dependencies of the words that lead up to the head of a noun phrase ("the Duma deputy", "the Foreign Ministry").
_NOUN_MODIFIERS = {"compound", "amod", "nmod", "poss", "det"}


def _noun_phrase_after(ctx: _Context, start: int, limit: int) -> tuple[Token, int] | None:
    """The head of the noun phrase that starts at ``start`` and the token after it ("the Duma deputy Arkady Zelenin").

    Limit: the phrase must start (after a determiner) with a noun or name before ``limit``; an
    apposition right after the head belongs to it.
    """
    doc = ctx.doc
    i = start
    while i < limit and doc[i].pos_ == "DET":
        i += 1
    if i >= limit or doc[i].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return None
    head = doc[i]
    while head.dep_ in _NOUN_MODIFIERS and i <= head.head.i < limit and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    end = head.i + 1
    for child in head.children:
        if child.dep_ in {"appos", "compound", "flat"} and child.i >= end and child.left_edge.i <= end + 1 \
                and child.right_edge.i < limit:
            end = child.right_edge.i + 1  # "the Duma deputy Arkady Zelenin": the name after the role
    entity = ctx.ent_of[end - 1]
    if entity is not None and entity.end <= limit:
        end = max(end, entity.end)
    return head, end


def _loud_relay_claim(ctx: _Context, token: Token, entry: CueEntry, sents: list[Span], used_quotes: set[int], *,
                      last: _Speaker | None) -> Claim | None:
    """A cue whose clause is relayed by a machine-translated "loud X": the clause's own subject speaks.

    "Loud the agency TASS described the Duma deputy X the threats as ...", "Loud the agency Y has
    the ministry this accusation rejected", "The navy had loud the agency Z warned, ...": German
    "laut X" only says where the news came from. Limit: the "loud" phrase opens the sentence (the
    subject follows the verb) or stands after the auxiliary (the subject stands before it), the
    cue comes after it in the same clause, and the subject must resolve to an actor.
    """
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    loud = next((t for t in doc[sent.start:token.i] if t.lower_ == "loud" and ctx.in_quote[t.i] < 0), None)
    if loud is None:
        return None
    phrase = _loud_phrase(ctx, loud, token.i + 1)
    if phrase is None or phrase[1] > token.i or any(t.text in {",", ";", ":"} for t in doc[phrase[1]:token.i]):
        return None
    if any(t.lower_ in {"of", "by", "from"} for t in doc[loud.i + 1:phrase[0]]):
        return None  # "Loud a report of the Courier has Kiel ... asked": a report is the source's own finding
    before = [t for t in doc[sent.start:loud.i] if not (t.is_punct or t.is_space)]
    if before and before[-1].lemma_ in {"have", "be"} and before[-1].pos_ in {"AUX", "VERB"}:
        # "The navy had loud the agency Z warned, ...": the subject stands before the auxiliary
        subject = next((t for t in before if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            return None
        speaker = _resolve_speaker(ctx, subject, stop=None, last=last)
        if not speaker.actor_id:
            return None
        return _reported_claim(ctx, token, entry, sents, used_quotes, subject=subject, speaker=speaker,
                               cue_tokens=[token])
    if before:
        return None  # "said Lavrov loud the agency X": a source after the speaker names no other subject
    if token.i == phrase[1]:
        # "Loud the agency TASS described the Duma deputy X the threats": the cue is the verb in second place
        found = _noun_phrase_after(ctx, token.i + 1, sent.end)
        if found is None:
            return None
        subject, content_start, content_end = found[0], found[1], sent.end
    else:
        # "Loud the agency Y has the ministry this accusation as „absurd“ rejected": a verb-final clause
        auxiliary = doc[phrase[1]]
        if auxiliary.pos_ not in {"AUX", "VERB"} or not all(t.is_punct or t.is_space for t in doc[token.i + 1:sent.end]):
            return None
        found = _noun_phrase_after(ctx, phrase[1] + 1, token.i)
        if found is None:
            return None
        subject, content_start, content_end = found[0], found[1], token.i
    speaker = _resolve_speaker(ctx, subject, stop=None, last=last)
    start, end = _trim(doc, content_start, content_end)
    if not speaker.actor_id or end <= start:
        return None
    return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=[token], entry=entry, used_quotes=used_quotes)


def _verb_final_perfect_subject(ctx: _Context, token: Token) -> tuple[Token, Token] | None:
    """The real subject of a German verb-final perfect the parser misread, and the object it took for a subject.

    "The State Department had already a week ago the relatives called on, ...": the parser makes
    "had" the main verb with the real subject, and the object before the participle the cue's
    subject. Limit: the cue hangs on a form of "have" before it (directly, or through the cue it is
    coordinated with: "... called on, ..., and justified this"), which has a subject of its own
    before it, and the cue's own subject stands between "have" and the cue.
    """
    doubled = _doubled_subject_perfect(ctx, token) or _hung_participle_perfect(ctx, token)
    if doubled is not None:
        return doubled
    cue = token
    if token.dep_ == "conj" and token.head.i < token.i and (token.head.lemma_ or "").lower() != "have" \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        cue = token.head  # "... called on, ..., and justified this": the coordinated cue shares the subject
    hung = cue.head
    if cue.dep_ == "acl" and hung.dep_ == "pobj" and hung.head.dep_ == "prep" and hung.head.head.dep_ == "dobj" \
            and not any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in ctx.doc[hung.head.head.i:cue.i]) \
            and not (cue.i + 1 < len(ctx.doc) and ctx.doc[cue.i + 1].text == ","):
        # "Moscow has plans for an attack repeatedly denied": the parser hangs the participle on the
        # noun of a phrase inside the object; the object is the whole phrase (a comma after the
        # participle may open another attribution: "has the EU for support asked, from Brussels it
        # was said, ...", see _hung_participle_perfect)
        hung = hung.head.head
    if cue.dep_ == "acl" and hung.dep_ == "dobj" and (hung.head.lemma_ or "").lower() == "have" \
            and hung.head.i < hung.i < cue.i and hung.head.tag_ in {"VBD", "VBZ", "VBP"}:
        # "The Russian side has the criticism from Poland repeatedly rejected": the parser hangs the
        # verb-final participle on the object of "has" as a reduced relative clause
        subject = next((c for c in hung.head.children if c.dep_ == "nsubj" and c.i < hung.head.i), None)
        if subject is not None and ctx.in_quote[cue.i] < 0 and subject.lower_ not in {"i", "we"} \
                and subject.lower_ not in _INDEFINITE_SUBJECTS:
            return subject, hung
    have = cue.head
    # ("Putin had „precise legal guarantees“ demanded that ...": the parser may leave the participle a bare "dep")
    if cue.dep_ not in {"advcl", "ccomp", "conj", "parataxis", "dep"} or have.i >= cue.i or (have.lemma_ or "").lower() != "have" \
            or have.tag_ not in {"VBD", "VBZ", "VBP"}:
        # "The government has the talks cautiously welcomed": the parser may make the participle the
        # root and "has" (with the real subject) a clause hung on it
        have = next((c for c in cue.children if c.i < cue.i and c.dep_ in {"ccomp", "advcl"}
                     and (c.lemma_ or "").lower() == "have" and c.tag_ in {"VBD", "VBZ", "VBP"}), None)
        if have is None and token.dep_ in {"conj", "ccomp"} and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            # "The background is known: Putin had in December „…“ demanded that ...": after a colon the
            # parser may hang "had" and the participle side by side on the verb before the colon
            have = next((c for c in token.head.children if c.i < token.i and c.dep_ in {"ccomp", "conj", "parataxis"}
                         and (c.lemma_ or "").lower() == "have" and c.tag_ in {"VBD", "VBZ", "VBP"}
                         and not any(t.text in {",", ";", ":"} and ctx.in_quote[t.i] < 0
                                     for t in ctx.doc[c.i:token.i])), None)
            if have is not None:
                subject = next((c for c in have.children if c.dep_ == "nsubj" and c.i < have.i), None)
                misread = next((c for c in have.children if c.dep_ == "dobj" and have.i < c.i < token.i), None)
                if subject is not None and misread is not None and subject.lower_ not in {"i", "we"} \
                        and subject.lower_ not in _INDEFINITE_SUBJECTS and ctx.in_quote[token.i] < 0:
                    return subject, misread
                return None
        if have is None:
            return None
    subject = next((c for c in have.children if c.dep_ == "nsubj" and c.i < have.i), None)
    misread = next((c for c in cue.children if c.dep_ == "nsubj" and have.i < c.i < cue.i), None)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl", "auxpass"} for c in cue.children)
    if misread is None and cue.head.i == have.i and (cue.dep_ == "conj" or not own_subject):
        # "has the decisions of the EU welcomed and spoke of ...", "had the board already accused, ...":
        # "has" read as the main verb with the participle's object as its own
        misread = next((c for c in have.children if c.dep_ == "dobj" and have.i < c.i < cue.i), None)
    if subject is None or misread is None or ctx.in_quote[cue.i] >= 0 \
            or any(ctx.in_quote[i] >= 0 for i in range(subject.i, have.i + 1)):
        # "«We have no army ...», criticised X": a quote is no verb-final clause; a quote between "have"
        # and the cue ("had „precise legal guarantees“ demanded") is the object the cue reports
        return None
    if subject.lower_ in {"i", "we"} or subject.lower_ in _INDEFINITE_SUBJECTS:
        return None
    if misread.lower_ in {"he", "she", "they", "we", "i"} and misread.i == cue.i - 1 and ctx.doc[misread.i - 1].text == ",":
        # "the feed has itself more expensive made, he calculated": a subject pronoun after a comma right
        # before the cue is a trailing attribution, never the object of the "has" before the comma
        return None
    if any(c.dep_ == "aux" and (c.lemma_ or "").lower() == "have" and have.i < c.i < cue.i
           and any(g.dep_ == "nsubj" and g.i != subject.i for g in c.children) for c in cue.children):
        return None  # "..., and Vladimir Putin had in December „…“ demanded": the cue has its own "had" and subject
    earlier = next((c for c in have.children if c.dep_ == "dobj" and have.i < c.i < misread.left_edge.i), None)
    if earlier is not None and any(t.lower_ == "as" for t in ctx.doc[earlier.i:misread.i]) \
            and not any(t.text in {",", ";", ":"} for t in ctx.doc[have.i:cue.i]):
        # "The Kremlin has the troop build-up at the border always again as defence described": the
        # object of "has" is what was described, the noun after "as" the parser took for the subject
        misread = earlier
    opening = misread.left_edge.i
    if opening >= 2 and ctx.doc[opening - 1].dep_ == "cc" and ctx.doc[opening - 2].text == ",":
        # "Loud the Post has Russia troops gathered, and Vladimir Putin demanded ...": a subject after
        # ", and" opens a coordinated clause of its own, not the object of the "has" before it
        return None
    return subject, misread


def _hung_participle_perfect(ctx: _Context, token: Token, *, reach: int = 4) -> tuple[Token, Token] | None:
    """Subject and object of a verb-final perfect whose participle the parser hung on a noun before it.

    "The BSI has the municipalities in the autumn to more caution exhorted": the parser reads the
    final participle as a modifier of "caution" and "has" as the main verb. Limit: a past participle
    modifying a noun, closing its clause (punctuation after it, but no comma before another cue),
    with a finite "have" and its subject among its ``reach`` nearest heads, and no relative word,
    verb or punctuation between.
    """
    doc = ctx.doc
    # "has the ministry to a decision called on.": the verb's own particle may still follow the participle
    close = token.i + 2 if token.i + 2 < len(doc) and any(
        c.dep_ == "prt" and c.i == token.i + 1 for c in token.children) else token.i + 1
    if token.tag_ != "VBN" or token.dep_ not in {"acl", "relcl", "amod"} or token.head.pos_ not in {"NOUN", "PROPN"} \
            or close >= len(doc) or not doc[close].is_punct or doc[close].is_quote:
        return None
    have = token.head
    for _ in range(reach):
        if (have.lemma_ or "").lower() == "have" and have.tag_ in {"VBD", "VBZ", "VBP"}:
            break
        if have.head.i == have.i:
            return None
        have = have.head
    else:
        return None
    if have.i >= token.i or ctx.sent_of[have.i] != ctx.sent_of[token.i] or ctx.in_quote[have.i] >= 0:
        return None
    # an English relative clause or a second verb between "have" and the participle is no German bracket
    if any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ == "that" or t.pos_ in {"VERB", "AUX"}
           or (t.is_punct and not t.is_quote) for t in doc[have.i + 1:token.i]):
        return None
    sentence_end = token.sent.end
    if doc[close].text == "," and any(i in ctx.cue_entries for i in range(close + 1, sentence_end)):
        return None  # "has the EU for support asked, from Brussels it was said, ...": another attribution follows
    subject = next((c for c in have.children if c.dep_ == "nsubj" and c.i < have.i), None)
    misread = next((c for c in have.children if c.dep_ == "dobj" and have.i < c.i < token.i), None)
    if subject is None or misread is None or subject.lower_ in {"i", "we"} or subject.lower_ in _INDEFINITE_SUBJECTS:
        return None
    return subject, misread


def _doubled_subject_perfect(ctx: _Context, token: Token) -> tuple[Token, Token] | None:
    """Subject and object of a verb-final perfect parsed as a cue with two subjects, or hung on the object.

    "The embassy had already several times weapons demanded": the parser gives the cue the auxiliary
    "had" and two subjects, the real one before "had" and the object after it; "X had the West
    already accused, ...": it hangs the cue as a relative clause on the object of "had". Limit: the
    auxiliary must be a finite "have" outside quotes; a relative clause with a subject or a relative
    word of its own ("had the documents he signed") is left alone.
    """
    doc = ctx.doc
    if token.dep_ == "relcl" and token.head.dep_ == "dobj" and token.head.i < token.i:
        have = token.head.head
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) or any(
                t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ == "that" for t in doc[token.head.i:token.i]):
            return None  # an English relative clause ("the documents he signed", "the West, which accused")
        subject = next((c for c in have.children if c.dep_ == "nsubj" and c.i < have.i), None)
        misread = token.head
    else:
        have = next((c for c in token.children if c.dep_ == "aux" and c.i < token.i), None)
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
        if have is None or len(subjects) != 2 or not subjects[0].i < have.i < subjects[1].i:
            return None  # only two subjects around the auxiliary betray the German order
        subject, misread = subjects
    if (have.lemma_ or "").lower() != "have" or have.tag_ not in {"VBD", "VBZ", "VBP"} or have.i >= token.i \
            or subject is None or any(ctx.in_quote[i] >= 0 for i in (subject.i, have.i, token.i)):
        return None
    if subject.lower_ in {"i", "we"} or subject.lower_ in _INDEFINITE_SUBJECTS:
        return None
    return subject, misread


def _verb_final_perfect_claim(ctx: _Context, token: Token, entry: CueEntry, sents: list[Span], used_quotes: set[int],
                              subject: Token, misread: Token, *, last: _Speaker | None) -> Claim | None:
    """The claim of a verb-final perfect (see :func:`_verb_final_perfect_subject`): object, cue and its infinitive.

    Limit: for the first cue, the content runs from the misread object to the end of the infinitive
    after the cue's comma (a comma before "and" ends it); a coordinated cue is read as usual.
    """
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    if subject.lower_ in {"that", "this"} and subject.i > sent.start and doc[subject.i - 1].text == "," \
            and all(t.is_punct or t.is_space or t.lower_ == entry.particle for t in doc[token.i + 1:sent.end]):
        # "Finland keeps the option open, that has the government repeatedly made clear": German "das hat
        # die Regierung klargemacht" fronts the object "that"; the noun after "has" speaks, the clause
        # before the comma is what it made clear
        start, end = _trim(doc, sent.start, subject.i - 1)
        if end <= start or any(i in ctx.cue_entries for i in range(start, end)):
            return None
        span = doc[start:end]
        mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
        used_quotes.update(ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0)
        particle = [c for c in token.children if entry.particle and c.lower_ == entry.particle]
        return _make_claim(ctx, speaker=_resolve_speaker(ctx, misread, stop=token.i, last=last),
                           cue_tokens=[token, *particle], entry=entry, mode="mixed" if mixed else "indirect",
                           content=(span.start_char, span.end_char, span.text), addressee=None)
    if subject.lower_ in {"that", "this", "which", "it"}:
        return None  # a pronoun subject before "have" names nobody
    speaker = _resolve_speaker(ctx, subject, stop=None, last=last)
    after = token.i + 1 + sum(1 for c in token.children if entry.particle and c.lower_ == entry.particle
                              and c.i == token.i + 1)
    closes = after >= sent.end or doc[after].text in {".", ";", "!"} or doc[after].lower_ in {"and", "but"}
    coordinated = token.dep_ == "conj" and (token.head.lemma_ or "").lower() != "have"  # "..., and justified this"
    if speaker.actor_id and closes and not coordinated and token.i > misread.left_edge.i and (
            entry.complement == "any" or entry.complement == "clause" and misread.pos_ != "PRON" and not any(
                t.text in {",", ";", ":"} and ctx.in_quote[t.i] < 0 for t in doc[subject.i:token.i])):
        # (a statement cue's object needs the bracket closed without a comma: "X have „…“ demanded, ...,
        # he recalled" is an inverted attribution, not an object of "recalled")
        # "The government has the results of the summit welcomed.": a cue that takes an object
        # closes its clause, and the object between "has" and the cue is what it welcomed (also a
        # statement cue: "Vienna has the neutrality of the country repeatedly underlined and ...")
        start, end = _trim(doc, misread.left_edge.i, token.i)
        if end <= start or any(i in ctx.cue_entries for i in range(start, end)):
            return None
        span = doc[start:end]
        quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
        used_quotes.update(quoted)
        particle = [c for c in token.children if entry.particle and c.lower_ == entry.particle and c.dep_ == "prt"]
        return _make_claim(ctx, speaker=speaker, cue_tokens=[token, *particle], entry=entry,
                           mode="mixed" if quoted else "indirect",
                           content=(span.start_char, span.end_char, span.text), addressee=None)
    if token.dep_ == "conj" and token.head.i < token.i and (coordinated or after >= sent.end or doc[after].text != ","):
        # a cue hung on "have" and followed by its comma ("had „guarantees“ demanded, that ...") opens
        # its clause there, like the first cue below
        return _with_fronted_quoted_object(ctx, _reported_claim(
            ctx, token, entry, sents, used_quotes, subject=subject, speaker=speaker, cue_tokens=[token]),
            token, subject, used_quotes)
    if speaker.actor_id and after + 2 < sent.end and doc[after].lower_ == "that" and not coordinated \
            and any(ctx.in_quote[i] >= 0 for i in range(misread.left_edge.i, token.i)) \
            and not any(i in ctx.cue_entries for i in range(misread.left_edge.i, token.i)):
        # "Putin had in December „precise legal guarantees“ demanded that NATO not further expand": the quoted
        # object and the that-clause after the cue are one demand (mixed)
        end = next((t.i for t in doc[after:sent.end] if t.text == ";" and ctx.in_quote[t.i] < 0), sent.end)
        start, end = _trim(doc, misread.left_edge.i, end)
        quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
        if end > start and not quoted & used_quotes:
            used_quotes.update(quoted)
            span = doc[start:end]
            particle = [c for c in token.children if entry.particle and c.lower_ == entry.particle]
            return _make_claim(ctx, speaker=speaker, cue_tokens=[token, *particle], entry=entry, mode="mixed",
                               content=(span.start_char, span.end_char, span.text), addressee=None)
    if speaker.actor_id and after < sent.end and doc[after].pos_ == "ADP" and doc[after].lower_ in {
            "of", "about", "against", "for", "on", "before"} \
            and not any(t.text in {";", ":"} for t in doc[subject.i:token.i]) \
            and (misread.lemma_ or misread.lower_).lower() not in ctx.cues.officials | ctx.cues.roles \
            and (ctx.ent_of[misread.i] is None or ctx.ent_of[misread.i].label_ != "PERSON"):
        # "X has on Tuesday before 300 colleagues warned of a „cold winter“": the cue's own phrase after it is
        # the content; the noun the parser took for the subject ("colleagues") is a circumstance
        return _reported_claim(ctx, token, entry, sents, used_quotes, subject=subject, speaker=speaker,
                               cue_tokens=[token])
    if after + 1 < sent.end and doc[after].lower_ == "to" and doc[after + 1].text == "," and entry.particle:
        after += 1  # ("has the clubs meanwhile called on to, contacts ... upright to keep": German "aufgerufen, ...")
    if not speaker.actor_id or after >= sent.end or doc[after].text != ",":
        return None  # only "had X the relatives called on, Ukraine to leave": the cue's comma opens its infinitive
    # (a comma before another named speaker's clause ends it too: "Kiev has the delivery of weapons demanded,
    # the federal government rejects that ... off")
    end = next((t.i for t in doc[token.i + 1:sent.end] if t.text == ";" or t.text == "," and t.i + 1 < sent.end
                and (doc[t.i + 1].lower_ in {"and", "but"} or _opens_speaker_clause(ctx, t.i + 1, sent.end))),
               sent.end)
    start, end = _trim(doc, misread.left_edge.i, end)
    quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
    if end <= start or any(q in used_quotes for q in quoted):
        return None
    # "had „precise legal guarantees“ demanded, that ...": a quoted object makes the claim mixed
    used_quotes.update(quoted)
    span = doc[start:end]
    particle = [c for c in token.children if entry.particle and c.lower_ == entry.particle]
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token, *particle], entry=entry,
                       mode="mixed" if quoted else "indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=None)


def _reduced_relative_claim(ctx: _Context, token: Token, entry: CueEntry, *, last: _Speaker | None) -> Claim | None:
    """"a build-up already reported by the Washington Post": a participle with an agent reports its noun.

    Limit: only a statement cue as a past participle modifying a noun (``acl``) with a "by" agent
    outside quotes; the noun phrase before the participle is the content. Without an agent there is
    no speaker and no claim ("was quoted as saying", "so it was said", imperatives).
    """
    doc = ctx.doc
    if token.dep_ != "acl" or token.tag_ != "VBN" or entry.claim_type != "statement" \
            or token.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    by = next((c for c in token.children if c.lower_ == "by" and c.dep_ in {"agent", "prep"} and c.i > token.i), None)
    agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if agent is None or ctx.in_quote[agent.i] >= 0 or ctx.ent_of[agent.i] is None:
        return None  # only a named agent reports: "a plan backed by many" names no speaker
    start, end = _trim(doc, token.head.left_edge.i, token.head.i + 1)
    if end <= start or any(ctx.in_quote[i] >= 0 for i in range(start, end)):
        return None
    span = doc[start:end]
    speaker = _resolve_speaker(ctx, agent, stop=None, last=last)
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token, by], entry=entry, mode="indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=None)


#: Modifiers that leave a noun phrase without content of its own ("an own comment", "the statement").
_BARE_NOUN_DEPS = {"det", "amod", "advmod", "compound", "nummod", "punct"}


def _names_only_the_genre(ctx: _Context, token: Token) -> bool:
    """Whether a cue's only complement is a bare nominal cue ("has written also own comment").

    Limit: a modifier of the noun ("a comment on relations with the West", "the ministers'
    statement") or a clause or prepositional phrase of the cue gives content, and then this is
    ``False``; meant for statement cues (welcoming a statement assesses it).
    """
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if len(objects) != 1 or (objects[0].lemma_ or objects[0].lower_).lower() not in ctx.cues.nouns:
        return False
    if any(c.dep_ not in _BARE_NOUN_DEPS for c in objects[0].children):
        return False
    # "wrote a comment about the answers": a prepositional phrase of the verb gives content
    return not any(c.dep_ in {"ccomp", "xcomp", "prep", "dative", "oprd"} and c.i > token.i for c in token.children)


#: Words that open a subordinate clause ending a comma infinitive ("..., since the country depends on gas").
_INFINITIVE_CLAUSE_END = {"since", "because", "as", "while", "although", "though", "if", "when", "whereas"}


def _comma_infinitive(ctx: _Context, token: Token, sent: Span) -> tuple[Span, Token | None] | None:
    """The verb-final infinitive after a comma that machine translation leaves as a cue's content.

    "He rejected it, weapons to Kiev to deliver"; "She accused the West, the Ukraine years long
    only with words to have supported"; "X called on the government, the allies quickly to
    support" (German "forderte die Regierung auf, ... zu unterstützen"). Limit: the object (or the
    object of the cue's preposition: "called on X", "demanded from X") ends at a comma; the clause
    after it holds a "to"-infinitive after at least one word of its own and no finite verb before
    it, and runs to the sentence end or to a comma before a subordinate clause ("..., since ...").
    Returns the content span and the object (the accused, unless it is the placeholder "it").
    """
    doc = ctx.doc
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i
                # an object after the comma belongs to the infinitive ("demanded ..., the tariffs to cut")
                and not any(t.text == "," for t in doc[token.i:c.left_edge.i])), None)
    if obj is None:
        # "called on the Federal Government, ...", "demanded from X, ...": the preposition's object
        prep = next((c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1
                     and c.lower_ in {"on", "from", "to"}), None)
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None and (token.lemma_ or token.lower_).lower() == "warn":
        # "She warned against it, the own vulnerability to underestimate", "He warned before, now long contracts
        # to sign": German "warnte davor, ... zu" puts a placeholder (or nothing) after the preposition
        j = token.i + 1
        while j < sent.end and doc[j].lower_ not in _WARNING_PREPOSITIONS:
            # ("warned however before, ...", "warned in contrast against it, ...")
            if doc[j].pos_ == "ADV":
                j += 1
                continue
            phrase = next((p for p in _OBJECT_ADVERBIALS if len(p) > 1 and j + len(p) <= sent.end
                           and tuple(t.lower_ for t in doc[j:j + len(p)]) == p), None)
            if phrase is None:
                break
            j += len(phrase)
        if j + 2 < sent.end and doc[j].lower_ in _WARNING_PREPOSITIONS:
            obj = doc[j] if doc[j + 1].text == "," else doc[j + 1] if (
                doc[j + 1].lower_ in {"it", "this"} and doc[j + 2].text == ",") else None
    if obj is None and (token.lemma_ or token.lower_).lower() in {e.cue for e in ctx.cues.verbs.get(
            (token.lemma_ or token.lower_).lower(), []) if e.claim_type in {"demand", "proposal"}}:
        # "demand against it since weeks, the sanctions already now to impose": a demand's adjuncts
        # (no object) may stand between the cue and the comma of its infinitive
        obj = token
    if obj is None:
        return None
    comma = next((j for j in range(obj.i + 1, min(sent.end, obj.i + 8)) if doc[j].text == ","
                  or doc[j].pos_ in {"VERB", "AUX"} or ctx.in_quote[j] >= 0), None)
    if comma is None or doc[comma].text != "," or any(ctx.in_quote[j] >= 0 for j in range(token.i, comma)):
        return None
    start = comma + 1
    # a comma before a subordinate clause closes the infinitive ("..., since the country ... is")
    # (and so does a semicolon: "..., the agreements not to implement; Kiev rejects the reproach")
    # (not after "warned before,": "..., the topic only then to discuss, when it too late be" is the warning)
    warned = (token.lemma_ or token.lower_).lower() == "warn"
    end = next((j for j in range(start + 1, sent.end - 1) if ctx.in_quote[j] < 0 and (
        doc[j].text == ";" or doc[j].text == "," and doc[j + 1].lower_ in _INFINITIVE_CLAUSE_END and not warned)),
        sent.end)
    # (the infinitive may stand in a quoted fragment: "the municipalities „not alone to leave“")
    infinitive = next((t for t in doc[start + 1:end] if t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VB", "VBN"}
                       and any(c.lower_ == "to" and c.dep_ == "aux" and c.i > start for c in t.children)), None)
    to = next((c for c in infinitive.children if c.lower_ == "to" and c.dep_ == "aux"), None) \
        if infinitive is not None else None
    last = end - 1
    while last > start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if infinitive is None and last - 1 > start and doc[last - 1].lower_ == "to" and doc[last].is_alpha \
            and doc[last].is_lower and doc[last].pos_ in {"NOUN", "VERB", "ADJ"} and ctx.in_quote[last] < 0 \
            and doc[start].lower_ not in {"without", "instead", "rather", "around", "in"}:
        # (", without new details to name": German "ohne ... zu" is a circumstance, not what was said)
        # "accused the Greens, with the gas question a local debate to overload.": the tagger may read the
        # verb-final infinitive as a preposition's noun; "to" and a word that close the clause are one
        infinitive, to = doc[last], doc[last - 1]
    if infinitive is None or to is None:
        return None
    if doc[to.i - 1].text == "," or not any(t.pos_ in {"NOUN", "PROPN", "PRON", "ADJ", "ADV"}
                                            for t in doc[start:to.i]):
        return None  # "urged Russia, its neighbour, to withdraw": an apposition, then the English infinitive
    if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and ctx.in_quote[t.i] < 0 and not (
            # ("the conflict sharpened to have": a participle before "to have" the tagger read as a past tense)
            t.tag_ == "VBD" and t.i + 2 == infinitive.i and to.i == t.i + 1 and infinitive.lower_ in {"have", "be"})
           for t in doc[start:infinitive.i]):
        return None  # a finite verb makes it a clause of its own, not the cue's infinitive
    span_start, span_end = _trim(doc, start, end)
    if span_end <= span_start:
        return None
    target = None if obj.lower_ in {"it", "this"} | _WARNING_PREPOSITIONS or obj.i == token.i else obj
    return doc[span_start:span_end], target


#: Prepositions of German "warnen vor" in machine translation ("warned before it, ...", "warned against it, ...").
_WARNING_PREPOSITIONS = frozenset({"before", "against"})


def _inverted_reported_claim(ctx: _Context, token: Token, entry: CueEntry, sent: Span, used_quotes: set[int], *,
                             last: _Speaker | None) -> Claim | None:
    """"The government must say which consequences it would have, demanded the 47-year-old.": an inverted cue.

    Machine-translated German puts the cue and then its speaker after the reported clause, with no
    quote. Limit: the cue follows a comma, and after it the speaker's noun phrase (a name, a role,
    "the N-year-old" or a named organisation) ends the sentence or is closed by a comma or a
    circumstance ("in an interview with X", "on Tuesday in Berlin"); the clause before the comma
    has no quote and a main verb of its own.
    """
    doc = ctx.doc
    if token.i - 1 <= sent.start or doc[token.i - 1].text != "," or token.tag_ not in {"VBD", "VBZ"}:
        return None
    # "...; this initiative should Berlin support, demanded X": the clause after a semicolon only
    opening = max([t.i + 1 for t in doc[sent.start:token.i - 1] if t.text == ";" and ctx.in_quote[t.i] < 0],
                  default=sent.start)
    start, end = _trim(doc, opening, token.i - 1)
    if end <= start:
        return None
    # (but "The flights would longer last, said a spokeswoman": the parser may give the cue a second
    # subject after it, the inverted speaker)
    if any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN", "PRON"} and c.i < token.i for c in token.children) \
            and not _has_main_finite(doc[start:end]) and not any(
                c.dep_ in {"nsubj", "dobj"} and c.i > token.i and not any(t.lower_ == "opposite" for t in doc[token.i:c.i])
                and ((c.lemma_ or c.lower_).lower() in ctx.cues.officials | ctx.cues.roles
                     or ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "PERSON")
                # (an object is the inverted speaker only after a cue with no object addressee:
                # "..., said a spokeswoman of the Land government", not "told members")
                and (c.dep_ == "nsubj" or (entry.addressee != "object"
                                           and (c.lemma_ or c.lower_).lower() in ctx.cues.officials))
                for c in token.children):
        return None  # a real subject before the cue ("Keller, who had met them, said"): the ordinary order
    pronoun = _inverted_pronoun_subject(ctx, token)
    # ("..., said Zielonka the agency MNA": the name before the outlet told)
    told_by = _name_before_outlet_subject(ctx, token) if pronoun is None else None
    stop: int | None = None  # where the speaker phrase ends (a pronoun is its own phrase)
    if pronoun is not None:
        # "Everything else would only help Moscow, added she": German inversion with a pronoun
        head, phrase_end = pronoun, pronoun.i + 1
    elif told_by is not None:
        head = told_by
        phrase_end = stop = ctx.ent_of[told_by.i].end
    else:
        infinitive = next((c for c in token.children if entry.infinitive and c.lower_ == entry.particle
                           and c.i > token.i + 2 and doc[c.i - 1].lower_ == "to"), None)
        # ("..., gave the Freedom politician to consider.": German "gab der Politiker zu bedenken" puts the
        # speaker between the verb and the infinitive of the cue)
        tail = _inverted_speaker_phrase(ctx, token, sent if infinitive is None else doc[sent.start:infinitive.i - 1])
        if tail is None:
            return None
        phrase_end = stop = tail.end
        head = next((t for t in tail if not (tail.start <= t.head.i < tail.end)), None)
        if head is None:
            return None
        ent = ctx.ent_of[head.i]
        # ("..., emphasised the Swedish-Austrian": a demonym after "the" describes a person)
        described = head.lower_.endswith("-old") or doc[head.i - 1].lower_ == "-" and head.lower_ == "old" \
            or (head.lemma_ or head.lower_).lower() in ctx.cues.roles \
            or (ent is not None and ent.label_ == "NORP" and doc[tail.start].lower_ == "the")
        # a named organisation speaks as well as a person ("..., communicated the Defence Ministry")
        named = ent is not None and (ent.label_ == "PERSON" or ent.label_ == "ORG" and bool(ent.kb_id_))
        if not (described or named):
            return None  # "..., said the report" is handled elsewhere
        if len(tail) > 6 and not (head.lemma_ or head.lower_).lower() in ctx.cues.officials:
            return None  # a long tail is only an anonymous official's attachment ("a source close to X")
    quoted = [i for i in range(start, end) if ctx.in_quote[i] >= 0]
    # a quoted fragment inside the clause ("One stands „shoulder to shoulder“ with X, explained Y")
    # makes it mixed speech; a clause that opens or closes with a quote is direct speech, read elsewhere
    # ("The pipeline be a „private project“, underlined X": a clause that only closes with a quote is
    # mixed speech when its subject and verb stand outside the quote)
    closing_only = quoted and not (ctx.in_quote[start] >= 0 or doc[start].is_quote) and any(
        t.pos_ in {"VERB", "AUX"} and ctx.in_quote[t.i] < 0 for t in doc[start:min(quoted)])
    # ("Would that help farmers? Only at the margins, said X": a verbless answer to the question before)
    answer = sent.start > 0 and doc[sent.start - 1].text == "?" and end - start <= 8 and not quoted
    # ("The hope on peace divide all here, said X": the tagger may take a verb-final German subjunctive for
    # a noun and the parser the clause's noun for the cue's subject; a clause that opens with no
    # preposition or adverb is then what was said)
    misread = end - start >= 5 and doc[start].pos_ not in {"ADP", "ADV", "SCONJ"} and not quoted and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and start <= c.i < end for c in token.children)
    if quoted and not closing_only and (ctx.in_quote[start] >= 0 or ctx.in_quote[end - 1] >= 0 or doc[start].is_quote
                                        or doc[end - 1].is_quote) \
            or not (answer or misread or any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end])):
        return None
    if doc[start].tag_ in {"VBN", "VBG"} and not any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in doc[start:end]):
        return None  # "Reached by telephone, said the foreman X, ...": a participle phrase is the circumstance
    # "The ministry had the plan as „bold“ described, recalled the engineer": a verb-final cue closing
    # the clause is reported speech the inverted speaker relays (the nested claim then yields to it)
    relayed_final = doc[end - 1].i in ctx.cue_entries and doc[end - 1].tag_ in {"VBN", "VBD"} and start == sent.start
    if not relayed_final and any(i in ctx.cue_entries and not any(c.tag_ == "MD" for c in doc[i].children)
                                 for i in range(start, end)):
        return None  # another cue owns the clause before the comma (but "must say" reports nothing)
    speaker = _resolve_speaker(ctx, head, stop=stop, last=last)
    # "..., explained the 64-year-old, and one should „…“": the clause after the attribution continues the content
    both = _both_sides(ctx, sent, token.i - 1, phrase_end, used_quotes)
    if both is not None and start == sent.start:
        return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry,
                           mode="mixed" if quoted or both[1] == "mixed" else "indirect", content=both[0],
                           addressee=None)
    span = doc[start:end]
    used_quotes.update(ctx.in_quote[i] for i in quoted)
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode="mixed" if quoted else "indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=None)


#: Pointing pronouns that open German "Das bestätigte X" ("That confirmed X"): the object fronted.
_POINTING_OBJECTS = {"this", "that"}


def _demonstrative_inversion_claim(ctx: _Context, token: Token, entry: CueEntry, sents: list[Span],
                                   used_quotes: set[int], *, last: _Speaker | None) -> Claim | None:
    """"The fleet will grow. That confirmed a spokesman.": a fronted "this"/"that" points to the sentence before.

    Machine-translated German ("Das bestätigte ein Sprecher", "Dies hat das Ministerium bestätigt")
    fronts the object and puts the speaker after the verb, where the parser reads it as the object.
    Limit: the pronoun opens the sentence and is the subject of the cue (or of the "have" the cue
    hangs on), a noun or name follows as that verb's object, nothing but adverbials and the cue
    follow it, and the sentence before (same paragraph, no quote, no cue of its own) is the content.
    """
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    verb = token.head if token.dep_ in {"advcl", "ccomp", "conj"} and (token.head.lemma_ or "").lower() == "have" \
        and token.head.i < token.i else token
    pointer = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == sent.start
                    and c.lower_ in _POINTING_OBJECTS), None)
    if pointer is None or ctx.sent_of[token.i] == 0:
        return None
    # the parser reads the inverted speaker as the object of the verb after the pointing pronoun
    head = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in token.children) \
            or any(ctx.in_quote[i] >= 0 for i in range(sent.start, sent.end)):
        return None
    # only adverbials ("on Friday", "opposite the station") may follow the speaker: no clause of its own
    if any(t.pos_ in {"VERB", "AUX"} and t.i != token.i for t in doc[head.right_edge.i + 1:sent.end]):
        return None
    previous = sents[ctx.sent_of[token.i] - 1]
    if ctx.paragraph_of and ctx.paragraph_of[previous.start] != ctx.paragraph_of[token.i]:
        return None  # a headline or another paragraph is no antecedent
    start, end = _trim(doc, previous.start, previous.end)
    if end - start < 3 or any(ctx.in_quote[i] >= 0 or i in ctx.cue_entries for i in range(start, end)) \
            or not any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end]) or doc[end - 1].text == "?":
        return None
    speaker = _resolve_speaker(ctx, head, stop=head.right_edge.i + 1, last=last)
    if not speaker.actor_id and (head.lemma_ or head.lower_).lower() not in ctx.cues.officials:
        return None  # (an official of a body the text names unplaced still speaks: "a spokesman of the X 418")
    span = doc[start:end]
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode="indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=None)


#: Prepositions that open a circumstance after an inverted speaker ("..., said X in an interview").
_CIRCUMSTANCE_PREPOSITIONS = {"in", "on", "at", "to", "towards", "after", "during", "before", "with", "opposite",
                              "against", "via", "from"}
#: Relative words that make a clause before a comma subordinate ("Keller, who had met them, ...").
_RELATIVE_OPENERS = {"who", "which", "that", "whom", "whose", "when", "while", "where", "after", "before", "as",
                     "because", "since", "if", "although"}


def _has_main_finite(span: Span) -> bool:
    """Whether a span holds a finite verb or modal outside a relative or subordinate clause."""
    for t in span:
        if t.tag_ not in {"MD", "VBD", "VBZ", "VBP"}:
            continue
        verb = t.head if t.dep_ in {"aux", "auxpass"} else t
        if verb.dep_ == "relcl" or span.doc[verb.left_edge.i].lower_ in _RELATIVE_OPENERS:
            continue
        return True
    return False


def _inverted_speaker_phrase(ctx: _Context, token: Token, sent: Span) -> Span | None:
    """The speaker phrase right after an inverted cue, without the circumstance that may follow it.

    Limit: the phrase ends at a comma, the sentence end, or a preposition of circumstance after
    its first noun ("said Brüggemann in an interview", "communicated the ministry in a short
    message"); it holds no verb and no quote and is at most ten words long. "on request" right after
    the cue (German "auf Anfrage") stands before the phrase and is no part of it.
    """
    doc = ctx.doc
    first = token.i + 1
    if first + 2 < sent.end and doc[first].lower_ in {"on", "upon"} and doc[first + 1].lower_ in {"request", "enquiry", "inquiry"}:
        first += 2  # ("..., said on request a spokesman of the state chancellery": German "auf Anfrage" before the speaker)
    elif first + 2 < sent.end and doc[first].lower_ in {"on", "at"} and doc[first + 1].ent_type_ in {"DATE", "TIME"}:
        # ("..., declared on Thursday the spokesman of the ministry, X": a day before the speaker)
        first += 1
        while first < sent.end and doc[first].ent_type_ in {"DATE", "TIME"}:
            first += 1
    end = first
    seen_noun = False
    while end < sent.end:
        t = doc[end]
        if t.text in {",", ";", ":"} or (t.is_punct and t.text in _SENTENCE_END) or t.is_space:
            break
        if seen_noun and t.lower_ in _CIRCUMSTANCE_PREPOSITIONS and t.pos_ == "ADP" and not (
                ctx.ent_of[t.i] is not None and ctx.ent_of[t.i].start < t.i):
            break  # "said Brüggemann in an interview": the circumstance is not part of the speaker
        seen_noun = seen_noun or t.pos_ in {"NOUN", "PROPN"} or t.lower_ == "old"
        end += 1
    tail = doc[first:end]
    # (a participle that modifies a noun is no verb of its own: "countered managing director Theresa Fenzl")
    if not len(tail) or len(tail) > 10 or any(
            (t.pos_ in {"VERB", "AUX"} and not (t.tag_ == "VBG" and t.dep_ in {"compound", "amod"}))
            or ctx.in_quote[t.i] >= 0 for t in tail):
        return None
    return tail


def _inverted_pronoun_subject(ctx: _Context, token: Token) -> Token | None:
    """The pronoun of a German-order inverted cue: "«…», underlined she." / "…, added he.".

    Limit: the cue must follow a comma (or a dash or closing quote) and the pronoun must come right
    after it and close the attribution (sentence end, comma, colon or line end; one or two manner
    adverbs may come first: "said he sharp"); the parser usually takes such a pronoun for the object.
    A nominative pronoun the parser hung on a cue that does not open its sentence as an object ("On the
    fees spoke he of ...") is taken wherever it stands. English "told he would" (a clause) is no inversion.
    """
    doc = ctx.doc
    if not ctx.resolve_references or token.i < 1 or token.i + 2 > len(doc):
        return None
    pronoun = doc[token.i + 1]
    if pronoun.lower_ not in _INVERTED_PRONOUNS or ctx.in_quote[pronoun.i] >= 0:
        return None
    # ("Criticised he also the EU: ...": German "Kritisiert hat er" may open the sentence with the past cue)
    if pronoun.head.i == token.i and pronoun.dep_ in {"dobj", "dative", "npadvmod", "attr"} and (
            not token.is_sent_start or (token.tag_ in {"VBD", "VBN"} and token.text[:1].isupper())):
        # "On the fees spoke he of a „demand“": a nominative pronoun is never an English object, so
        # right after a cue with words before it, it is the subject of a German inversion
        return pronoun
    if pronoun.head.i == token.i and pronoun.dep_ == "nsubj" and any(
            c.dep_ == "nsubj" and c.i < token.i and c.pos_ in {"ADJ", "ADV", "DET", "PRON"}
            and c.lower_ not in _INVERTED_PRONOUNS for c in token.children):
        # "Only so much said he: ...", "This said she, ...": the fronted object the parser made a second
        # subject is what was said; the pronoun after the cue speaks
        return pronoun
    before = doc[token.i - 1]
    if before.lemma_ == "have" and before.dep_ == "aux" and token.i > 1:
        before = doc[token.i - 2]  # "», has added she": machine-translated French keeps the perfect
    if not (before.text in {",", "-", "–", "—"} or before.is_quote):
        return None
    # only an attribution closed right after the pronoun: "said he would" opens a clause instead
    after = doc[pronoun.i + 1] if pronoun.i + 1 < len(doc) else None
    if after is not None and after.lower_ in {"himself", "herself", "themselves"} and after.i + 1 < len(doc):
        after = doc[after.i + 1]  # "doubted she herself": an emphatic reflexive still closes the attribution
    while after is not None and after.i + 1 < len(doc) and after.i - pronoun.i <= 2 \
            and after.pos_ in {"ADJ", "ADV"} and after.tag_ != "WRB" and ctx.in_quote[after.i] < 0:
        # "said he sharp.", "added he later.": German puts the manner adverb after the inverted pronoun
        after = doc[after.i + 1]
    if after is not None and after.i == pronoun.i + 1 and after.tag_ == "VBG" and after.i + 1 < len(doc) \
            and doc[after.i + 1].text in {".", "!"}:
        # "added she laughing.": a manner participle (German "lachend") closing the sentence is no clause
        after = doc[after.i + 1]
    if after is not None and after.lower_ == "opposite" and ctx.in_quote[after.i] < 0:
        # "„…“, said he opposite the Isartaler Landbote.": German "gegenüber X" names whom he told it
        outlet_end = next((t.i for t in doc[after.i + 1:min(len(doc), after.i + 7)]
                           if t.text in {".", ",", ":", "!", ";"} or t.is_space), None)
        if outlet_end is not None and all(t.pos_ in {"DET", "PROPN", "NOUN", "ADJ"} or t.text in {"-", "‐"}
                                          for t in doc[after.i + 1:outlet_end]):
            after = doc[outlet_end]
    if after is not None and not (after.text in {".", ",", ":", "!", ";"} or after.is_space or after.is_quote):
        return None
    return pronoun


def _is_author_cue(token: Token) -> bool:
    """Whether a cue's subject is the author's "I"/"we" ("when I called him"), which reports no quote."""
    return any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in token.children)


def _quoted_as_subject(token: Token) -> Token | None:
    """The object of "<verb> X as saying": the person a source quotes is the speaker of "saying".

    "Interfax quoted an unnamed diplomat as saying ...", "cited X as saying ...". Limit: only the
    gerund of a cue right after "as", with the object of the verb that "as" hangs on (or the object
    the parser hung "as" on); the passive "was quoted as saying" is left alone.
    """
    preposition = token.head
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or preposition.lower_ != "as" or preposition.i != token.i - 1:
        return None
    host = preposition.head
    # "quoted X as saying": the parser hangs "as" on the verb or on its object
    if host.dep_ == "dobj" and host.head.pos_ == "VERB":
        return host
    if host.pos_ == "VERB":
        return next((c for c in host.children if c.dep_ == "dobj" and c.i < preposition.i), None)
    return None


def _statement_participle_subject(ctx: _Context, token: Token) -> Token | None:
    """The issuer of "<verb> a statement repeating that ...": the subject of the verb whose object the cue modifies.

    Limit: the cue must be a gerund right after a nominal cue ("statement", "comment") that is the
    object of a verb with a subject of its own; "read a report saying" (no nominal cue) is left alone.
    """
    noun = token.head
    if token.dep_ != "acl" or token.tag_ != "VBG" or noun.i >= token.i or noun.dep_ != "dobj" \
            or (noun.lemma_ or noun.lower_).lower() not in ctx.cues.nouns:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _complement_before_fragment(ctx: _Context, token: Token, open_i: int, addressee: Token | None) -> Span | None:
    """The cue's own complement before a comma and a lower-case quoted fragment that continues it.

    "urged residents to donate money, “which is easier to move”": the request and the fragment are one
    (mixed) claim, not the fragment alone. Limit: the quote must follow the comma directly and open
    with a lower-case word; an addressee alone ("told reporters, “...”") is no complement.
    """
    doc = ctx.doc
    if open_i <= token.i + 2 or doc[open_i - 1].text != "," or open_i + 1 >= len(doc) \
            or not doc[open_i + 1].text[:1].islower():
        return None
    pieces = [c for c in token.children if token.i < c.i < open_i - 1 and c.dep_ in {"dobj", "ccomp", "xcomp"}
              and (addressee is None or c.i != addressee.i)]
    if not pieces:
        return None
    start, end = _trim(doc, min(p.left_edge.i for p in pieces), open_i - 1)
    span = doc[start:end]
    # the complement must be plain reported text with a verb or noun of its own, not another cue's
    if end <= start or any(ctx.in_quote[i] >= 0 or i in ctx.cue_entries for i in range(start, end)) or not any(
            t.pos_ in {"NOUN", "PROPN", "VERB"} for t in span):
        return None
    return span


def _coordinated_subject(token: Token) -> Token | None:
    """The subject of a finite verb the parser hung before a coordinated cue as ``advcl``.

    "X called for restraint, proposed a meeting and said ...": the parser may read the first verb
    as an adverbial clause of the second, leaving the cue without a subject. Limit: only a
    past-tense verb set off by a comma right before the cue's own phrase.
    """
    doc = token.doc
    if token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "..., proposed a meeting and said ...": the conjunct shares the subject
    for child in token.children:
        if child.dep_ == "advcl" and child.i < token.i and child.tag_ == "VBD" and token.tag_ == "VBD" \
                and not any(g.dep_ == "mark" for g in child.children) and doc[child.right_edge.i + 1].text == ",":
            # an unmarked finite clause set off by a comma is a coordinated verb, not an adverbial
            subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


#: Nouns of a duration that can stand between an auxiliary and its participle ("has for years called").
_DURATION_NOUNS = {"year", "month", "week", "decade", "day", "time"}


def _split_perfect_subject(token: Token) -> Token | None:
    """The subject of a perfect tense the parser split, making the participle modify a noun before it.

    "X has for years called for Y" (the participle hangs on "years"); in machine-translated German
    word order, "X has the decision of the Bundestag welcomed" (it hangs on the object). Limit: only
    a past participle hung as ``acl`` on a duration noun of a "for"/"since" phrase, or on the direct
    object, of a form of "have" that has its own subject.
    """
    have = _split_perfect_auxiliary(token)
    return None if have is None else next((c for c in have.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _impersonal_place_subject(ctx: _Context, token: Token) -> Token | None:
    """The institution of an impersonal cue in machine-translated German: "In Kremlin deny the plans".

    German "Im Kreml bestreitet man" loses its subject "man" in translation; the place or body the
    sentence opens with is the speaker. Limit: only a present-tense cue with no subject whose
    sentence starts with "In" + a named entity attached to the cue (Russian "В Москве отвергли"
    keeps the past tense: "In Moscow rejected any involvement"; an adverb may stand between:
    "In Kremlin repeatedly stated that ...").
    """
    if token.tag_ not in {"VBP", "VB", "VBD"} or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children):
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < token.i
                 and c.is_sent_start), None)
    if prep is None:
        return None
    place = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if place is None:
        return None
    entity = ctx.ent_of[place.i]
    if entity is not None and entity.label_ in {"ORG", "GPE", "FAC", "LOC", "NORP"}:
        end = entity.end
    elif entity is None and place.pos_ == "NOUN" and any(c.lower_ == "the" for c in place.children) \
            and default_role_types().get((place.lemma_ or place.lower_).lower()) in {"institution", "government"}:
        # "In the ministry of economic development, however, assured that": a body named by its noun
        end = place.right_edge.i + 1
    else:
        return None
    if end > token.i or not all(_is_cue_adverbial(t, token, prep) for t in token.doc[end:token.i]):
        return None  # the place must stand right before the cue ("In Kremlin deny"), adverbials aside
    doc = token.doc
    for j in range(token.i + 1, min(len(doc), token.i + 8)):
        if doc[j].is_punct or ctx.in_quote[j] >= 0:
            break
        if ctx.ent_of[j] is not None and ctx.ent_of[j].label_ == "PERSON":
            # "In Berlin underlined the SPD politician Marlene Vosskamp, ...": German verb-second order;
            # the person named right after the cue speaks, the place only says where
            return None
    return place


#: Conjunctions of a subordinate clause that German order may put before an inverted cue.
_FRONTED_SUBORDINATORS = frozenset({"after", "when", "since", "because", "although", "while", "before", "as", "if"})


def _fronted_adverbial_subject(ctx: _Context, token: Token) -> Token | None:
    """The subject after a cue that follows a fronted adverbial: "At the same time warned she before ...".

    German verb-second order survives machine translation: an adverbial opens the sentence, the cue
    comes second and its subject third, which the parser reads as an object. Limit: a finite cue
    with no subject, only adverbials and commas before it in its sentence, and right after it a
    subject pronoun, a name, or "the" and a noun ("made the Tyrolean clear").
    """
    doc = ctx.doc
    start = token.sent.start
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}]
    # ("After the session said Wimmer opposite Radio X, ...": the parser reads the noun of a fronted
    # time phrase as the cue's subject and its preposition as a conjunction)
    timed = len(subjects) == 1 and _fronted_time_noun(ctx, subjects[0], token)
    if token.tag_ not in {"VBD", "VBZ", "VBP"} or token.i + 2 >= len(doc) or (subjects and not (
            len(subjects) == 1 and (_comparative_opening(ctx, subjects[0]) or timed))):
        return None
    named = ctx.ent_of[start] if start < token.i else None
    if not subjects and named is not None and named.label_ == "PERSON" and named.start == start \
            and named.end == token.i:
        # "Fennelly told the Liffey Business Post: ...": the tagger reads a surname in -ly as an adverb; the
        # name that is all the sentence holds before the cue is its subject, not the outlet after it
        return named.root
    # ("After the government had the helmets approved, spoke the parliamentarian X of ...": a fronted
    # subordinate clause closed by the comma right before the cue stands where an adverbial would)
    fronted_clause = any(c.dep_ == "advcl" and c.left_edge.i == start and c.right_edge.i + 1 == token.i - 1
                         and doc[token.i - 1].text == "," and any(
                             m.dep_ == "mark" and m.i == start and m.lower_ in _FRONTED_SUBORDINATORS for m in c.children)
                         for c in token.children)
    clause_words = set(range(start, token.i - 1)) if fronted_clause else set()
    # (a sentence opening with the cue is an imperative or a headline, not an inversion)
    if start == token.i or not (timed or all(_is_cue_adverbial(t, token, None) or t in subjects or t.i in clause_words
                                             for t in doc[start:token.i])):
        return None
    after = doc[token.i + 1]
    if after.lower_ in {"it", "himself", "herself"} and subjects and token.i + 3 < len(doc):
        # "Sharper formulated it the CSU member ...", "Sharper expressed himself X": German "formulierte es",
        # "äußerte sich"
        after = doc[token.i + 2]
    if ctx.in_quote[after.i] >= 0:
        return None
    if after.lower_ in _INVERTED_PRONOUNS:
        return after  # a subject pronoun cannot be an object: "However warned she before ..."
    entity = ctx.ent_of[after.i]
    if entity is not None and entity.start == after.i and entity.label_ in {"PERSON", "NORP", "ORG"}:
        return entity.root  # "At the same time made Oberholzer-Krämer clear, that ..."
    # (a name may end a longer description: "the CDU local chairman Dirk Harms")
    if after.lower_ == "the" and after.i < after.head.i <= after.i + (6 if after.head.pos_ == "PROPN" else 4) \
            and after.head.pos_ in {"NOUN", "PROPN"} and (
                after.head.pos_ == "PROPN" or (after.head.lemma_ or after.head.lower_).lower() in ctx.cues.roles):
        head = after.head
        while head.dep_ == "compound" and ctx.ent_of[head.head.i] is not None and head.i < head.head.i <= head.i + 3:
            head = head.head  # "underlined the SPD defence politician Marlene Vosskamp": the name heads the phrase
        return head  # "At the same time warned the Tyrolean before ...": a description that speaks
    return None


def _participle_lead_subject(ctx: _Context, token: Token) -> Token | None:
    """The person named right before a cue whose subject the parser hung on a fronted participle clause.

    "Reached by phone in Kharkiv, Aditya Kulkarni, 22, said ...": the parser reads the name as an
    apposition of the place that ends the participle clause and leaves the cue without a subject.
    Limit: a cue with no subject; its sentence opens with a participle (VBN/VBG) the parser made the
    cue's adverbial; the words right before the cue are a person entity after a comma, then only
    commas and a number (the age).
    """
    doc = ctx.doc
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in token.children):
        return None
    start = token.sent.start
    if not any(c.dep_ == "advcl" and c.i == start and c.tag_ in {"VBN", "VBG"} for c in token.children):
        return None
    i = token.i - 1
    while i > start and (doc[i].text == "," or doc[i].like_num):
        i -= 1
    person = ctx.ent_of[i]
    if person is None or person.label_ != "PERSON" or person.end != i + 1 or person.start <= start \
            or doc[person.start - 1].text != ",":
        return None
    return person.root


#: Prepositions of a fronted time phrase that German verb-second order puts before the cue ("After the session said X").
_TIME_PREPOSITIONS = {"after", "before", "during", "since"}


def _fronted_time_noun(ctx: _Context, subject: Token, cue: Token) -> bool:
    """Whether the parser's subject is the noun of a fronted time phrase ("After the session said Wimmer ...").

    Limit: the sentence opens with "after", "before", "during" or "since", then only an article,
    adjectives or nouns up to the subject, which is no entity and stands right before the cue.
    """
    doc = ctx.doc
    start = subject.sent.start
    return doc[start].lower_ in _TIME_PREPOSITIONS and subject.i == cue.i - 1 and subject.i <= start + 4 \
        and subject.pos_ == "NOUN" and ctx.ent_of[subject.i] is None \
        and all(t.pos_ in {"DET", "ADJ", "NOUN"} for t in doc[start + 1:subject.i])


def _comparative_opening(ctx: _Context, subject: Token) -> bool:
    """Whether the parser's subject is a fronted comparative or manner word ("Sharper formulated it X", "Sharply contradicted X").

    Limit: the sentence's first word, alone (no children), an -ly adverb in no person's name, or a
    comparative by its form in no entity at all ("Keller accused" is a name); never a listed given name.
    """
    entity = ctx.ent_of[subject.i]
    # (and German "Dagegen" translated "Opposite": "Opposite criticised the FDP chairman X the government")
    return subject.i == subject.sent.start and not list(subject.children) and subject.is_alpha \
        and ((subject.lower_.endswith("ly") and (entity is None or entity.label_ != "PERSON"))
             or subject.lower_ == "opposite"
             or (subject.lower_.endswith("er") and subject.tag_ in {"JJR", "RBR", "NNP", "NN"} and entity is None)) \
        and lookup_key(subject.text) not in load_name_genders().given


def _comparative_fronted_subject(ctx: _Context, token: Token) -> Token | None:
    """The speaker after a cue whose subject the parser found in a fronted comparative: "Sharper formulated it X: „…“".

    Asked before the parser's subject is taken; :func:`_fronted_adverbial_subject` accepts a cue with a
    subject only when that subject is such a comparative (:func:`_comparative_opening`) or the noun of a
    fronted time phrase ("After the session said X", :func:`_fronted_time_noun`).
    """
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return None  # (a cue with no subject at all is read by the later call in the chain)
    return _fronted_adverbial_subject(ctx, token)


def _ends_an_age(word: Token) -> bool:
    """Whether ``word`` ends an age description: "old" of "the 59-year-old" as the tokenizer splits it, or "59-year-old"."""
    return word.lower_ == "old" or word.lower_.endswith("-old")


def _aged_speaker_before_outlet(ctx: _Context, token: Token, *, reach: int = 7) -> Token | None:
    """The "N-year-old" of an inverted cue followed by the outlet it spoke to: "„…“, told the 59-year-old our station.".

    German "sagte der 59-Jährige unserem Sender" keeps the dative outlet right after the speaker, and
    the parser merges both into the cue's object. Limit: the cue follows a comma or quote mark, then
    "the", an age ("-old") within a few words and right after it "our"/"the" opening the outlet (a
    person's name after the age, "told the 23-year-old Oksana K.", is read by
    :func:`workbench.claims.speakers._inverted_speaker`).
    """
    doc = ctx.doc
    if token.i < 1 or token.i + 3 >= len(doc) or doc[token.i + 1].lower_ != "the" \
            or not (doc[token.i - 1].text == "," or doc[token.i - 1].is_quote):
        return None
    for i in range(token.i + 2, min(token.i + 2 + reach, len(doc) - 1)):
        if doc[i].is_punct and doc[i].text != "-" or ctx.in_quote[i] >= 0:
            return None
        if _ends_an_age(doc[i]):
            # only when an outlet follows: "told the 59-year-old" alone is read elsewhere; "opposite"
            # (German "gegenüber", often tagged an adjective) opens the outlet the speaker told
            return doc[i] if doc[i + 1].lower_ in {"our", "the", "opposite"} else None
    return None


def _opposite_fronted_subject(ctx: _Context, token: Token, *, reach: int = 4) -> Token | None:
    """The speaker after a cue whose fronted "Opposite X" the parser took for the subject.

    "Opposite the Bremer Tageblatt said Lohmeyer moreover, ...": German "Gegenüber dem X sagte
    Lohmeyer" puts the addressee first and the speaker after the verb; so does a fronted participle
    phrase ("Reached by telephone, said the foreman X, ..."). Limit: the parser's subject
    must be "opposite" opening the sentence, or the outlet right after it ("Opposite the Tagespost
    said Pröbstl"), or the sentence must open with a participle and its phrase up to a comma right
    before the cue; a named speaker or "he"/"she" must follow the cue within ``reach`` words,
    before any punctuation (a person's name within three more: "said the SPÖ Nationalrat member
    Martina Kollmann").
    """
    doc = ctx.doc
    subject = _subject(token)
    opening = doc[token.i].sent.start
    # ("Reached by telephone, said the foreman X, in his village be it calm": a fronted participle
    # phrase closed by its comma stands where "Opposite X" stands)
    participle = doc[opening].tag_ == "VBN" and opening + 1 < token.i and doc[token.i - 1].text == "," \
        and not any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":"} or t.is_quote
                    for t in doc[opening + 1:token.i - 1]) \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i for c in token.children)
    if not participle and (subject is None or doc[opening].lower_ != "opposite" or subject.i > token.i):
        return None
    if not participle and subject.tag_ == "PRP" and subject.i == token.i - 1:
        # ("Opposite the Kurier he demanded from the federal government more support": a pronoun right
        # before the cue is the speaker in English word order, not a misread outlet)
        return None
    if not participle and subject.i != opening and not (subject.i <= opening + 4 and all(
            t.pos_ in {"DET", "PROPN", "NOUN", "ADJ", "PRON"} or t.is_punct and t.text in "-‐" for t in doc[opening + 1:token.i])):
        return None
    for i in range(token.i + 1, min(len(doc), token.i + 1 + reach + 8)):
        # (the apposition may close a longer role phrase: "said the chairman of the Bauernverband Oberes
        # Murtal, Rupert Kollmannsberger, the farmers be ...")
        named = ctx.ent_of[i + 1] if doc[i].text == "," and i + 1 < len(doc) else None
        if named is not None and named.label_ == "PERSON" and named.start == i + 1 and named.end < len(doc) \
                and doc[named.end].text in {",", "("} and not any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i + 1:i]):
            # "Opposite the Heimatfunk said the district chairwoman of the Greens, Nina Vogl, such exchanges
            # be ...": the role's apposition names the speaker
            return doc[named.end - 1]
        if doc[i].is_punct or ctx.in_quote[i] >= 0:
            break
        ent = ctx.ent_of[i]
        if ent is not None and ent.label_ == "PERSON" and i <= token.i + reach + 3:
            return doc[ent.end - 1]
    for i in range(token.i + 1, min(len(doc), token.i + 1 + reach)):
        if doc[i].is_punct or ctx.in_quote[i] >= 0:
            return None
        if doc[i].lower_ in {"he", "she"}:
            return doc[i]
        ent = ctx.ent_of[i]
        if ent is not None and ent.label_ in _SPEAKER_LABELS and doc[token.i + 1].lower_ == "the" \
                and ent.root.dep_ == "compound" and ent.root.head.i == ent.end and ent.root.head.pos_ == "NOUN" \
                and (ent.root.head.lemma_ or ent.root.head.lower_).lower() in ctx.cues.roles:
            return ent.root.head  # ("said the SPD politician, ...": the party describes the person, who speaks)
        if ent is not None and ent.label_ in _SPEAKER_LABELS:
            return doc[ent.end - 1]
        if i <= token.i + 2 and doc[i].pos_ == "NOUN" and (doc[i].lemma_ or doc[i].lower_).lower() in ctx.cues.officials \
                and doc[token.i + 1].lower_ in {"a", "an", "the"}:
            # "Opposite the Tageskurier said a spokesman of the Land, ...": an anonymous official speaks
            return doc[i]
        if i <= token.i + 4 and doc[token.i + 1].lower_ == "the" and doc[i].pos_ == "NOUN" and doc[i].dep_ == "dobj" \
                and doc[i].head.i == token.i and (doc[i].lemma_ or doc[i].lower_).lower() in ctx.cues.roles \
                and all(t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in doc[token.i + 2:i]):
            # "Opposite the Kreisblatt said the district administrator afterwards, ...", "said the SPD politician":
            # a role the text gave a person before (the parser makes it the cue's object)
            return doc[i]
    return None


def _inverted_phrase_end(ctx: _Context, token: Token) -> int | None:
    """Where the phrase of a speaker after its cue ends: the first comma, colon or quote mark after ``token``."""
    for t in token.doc[token.i + 1:token.sent.end]:
        if ctx.in_quote[t.i] >= 0 or t.text in {",", ":"}:
            return t.i
    return None


def _answer_after_question_subject(ctx: _Context, token: Token) -> Token | None:
    """The speaker the parser hung on a fronted question: "Asked whether X, an official at Y, speaking ..., said ...".

    The parser reads the speaker as an apposition to the question's last noun and leaves the cue
    without a subject. Limit: the sentence opens with "Asked", which hangs on the cue, and the
    speaker is the last apposition before the cue that follows a comma.
    """
    doc = ctx.doc
    opening = doc[token.sent.start]
    if opening.lower_ != "asked" or opening.head.i != token.i or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return None
    return next((t for t in reversed(doc[opening.i + 1:token.i]) if t.dep_ == "appos" and t.left_edge.i > opening.i
                 and doc[t.left_edge.i - 1].text == "," and ctx.in_quote[t.i] < 0
                 and t.pos_ in {"NOUN", "PROPN"}), None)


def _after_question_subject(ctx: _Context, token: Token, *, reach: int = 6) -> Token | None:
    """The speaker after a cue that answers a fronted question ("Asked whether NATO ..., said the 44-year-old: ...").

    The parser hangs the question's "whether" and its subject on the cue. Limit: a "whether"/"if"
    mark of the cue before it, a comma between, and after the cue a name, "he"/"she" or "the" with
    an age or a noun, before any other punctuation than the hyphens of an age.
    """
    doc = ctx.doc
    if not any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} and c.i < token.i
               and any(t.text == "," for t in doc[c.i:token.i]) for c in token.children):
        return None
    head = None
    for i in range(token.i + 1, min(len(doc), token.i + 1 + reach)):
        word = doc[i]
        if ctx.in_quote[i] >= 0 or word.is_punct and word.text not in _NAME_HYPHENS:
            break
        ent = ctx.ent_of[i]
        if ent is not None and ent.label_ in _SPEAKER_LABELS:
            return doc[ent.end - 1]
        if i == token.i + 1 and word.lower_ in {"he", "she"}:
            return word
        if i == token.i + 1 and word.lower_ != "the":
            return None
        if word.pos_ == "NOUN" or _ends_an_age(word):
            head = word
    return head


def _coordinated_clause_subject(ctx: _Context, token: Token, *, reach: int = 20) -> Token | None:
    """The speaker of a clause after ", and" the parser joined to the object before it.

    "Kyiv has rejected that reading, and a NATO official, speaking on condition of anonymity, said
    ...": the parser makes "official" a conjunct of "reading" and leaves the cue without a subject.
    Limit: the cue has no subject; a noun after ", and"/", but" within ``reach`` words before the cue
    must be a role or official noun or a person or organisation, followed (after its own prepositional
    phrase, if any) by the cue or by a comma (a parenthesis such as "speaking on condition of
    anonymity" may stand between it and the cue).
    """
    doc = ctx.doc
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in token.children) or token.i < 4:
        return None
    start = max(doc[token.i].sent.start, token.i - reach)
    for i in range(token.i - 1, start + 1, -1):
        if doc[i - 1].lower_ in {"and", "but"} and doc[i - 2].text == ",":
            noun = next((t for t in doc[i:token.i] if t.pos_ in {"NOUN", "PROPN"}), None)
            if noun is None or ctx.in_quote[noun.i] >= 0:
                return None
            while noun.i + 1 < token.i and doc[noun.i + 1].pos_ in {"NOUN", "PROPN"}:
                noun = doc[noun.i + 1]  # "a NATO official": the last noun heads the phrase
            after = doc[noun.i + 1]
            if after.pos_ == "ADP" and after.head.i == noun.i and after.right_edge.i + 1 < token.i:
                # ("and a diplomat at the EU delegation, who asked not to be named, said": the noun's
                # own phrase may stand between it and the comma)
                after = doc[after.right_edge.i + 1]
            ent = ctx.ent_of[noun.i]
            lemma = (noun.lemma_ or noun.lower_).lower()
            if not (after.i == token.i or after.text == ","):
                return None
            if lemma in ctx.cues.officials | ctx.cues.roles or ent is not None and ent.label_ in {"PERSON", "ORG"}:
                return noun
            return None
    return None


def _verbless_root_subject(ctx: _Context, token: Token) -> Token | None:
    """The subject of a cue the parser made a participle of its own subject ("The mayor of X, NAME, reported of ...").

    A long subject with a name in apposition leads the parser to read the sentence as a noun phrase,
    with the past-tense cue as a reduced relative (``acl``) of the subject's head. Limit: the head
    must be the root of its sentence (no other verb governs it), a comma must stand right before the
    cue, and a person's name must stand in apposition to the head (or be the head), or the head must be an
    organisation's name with a description in apposition.
    """
    doc = ctx.doc
    if token.dep_ == "conj" and token.head.dep_ == "acl" and token.head.i < token.i and token.tag_ in {"VBD", "VBZ"} \
            and token.head.i in ctx.cue_entries:
        # ("Its editor, X, called on the government to ... and described the silence as ...": a cue joined to a
        # participle cue shares its subject)
        return _verbless_root_subject(ctx, token.head)
    head = token.head
    if head.dep_ == "appos" and head.head.dep_ == "ROOT" and ctx.ent_of[head.i] is not None \
            and ctx.ent_of[head.i].label_ == "PERSON":
        # "The head of the cluster, Dr. Brigitte Url, called on ...": the parser hung the cue on the name
        head = head.head
    # ("Cantonal councillor Adrian Felder (SVP) accused ...": a party label in brackets after the name closes it too)
    bracket = token.i >= 4 and doc[token.i - 1].text == ")" and doc[token.i - 3].text == "(" \
        and ctx.ent_of[token.i - 4] is not None and ctx.ent_of[token.i - 4].label_ == "PERSON"
    if token.dep_ != "acl" or token.tag_ not in {"VBN", "VBD"} or head.dep_ != "ROOT" or head.i > token.i \
            or head.pos_ not in {"NOUN", "PROPN"} or token.i < 1 or doc[token.i - 1].text != "," and not bracket \
            or any(c.dep_ == "by" or c.lower_ == "by" for c in token.children):
        return None
    named = [c for c in head.children if c.dep_ == "appos" and c.i < token.i]
    if ctx.ent_of[head.i] is not None and ctx.ent_of[head.i].label_ == "PERSON" or any(
            ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "PERSON" for c in named):
        return head
    if named and ctx.ent_of[head.i] is not None and ctx.ent_of[head.i].label_ == "ORG":
        # "The X Council, a trade group, called on lawmakers to ...": a body described in apposition
        return head
    return None


def _name_as_determiner_subject(ctx: _Context, token: Token) -> Token | None:
    """The name right before a finite cue the parser left without a subject ("The Kremlin chief Putin demands ...").

    The parser may hang the words before the verb on it as determiner and compounds. Limit: a
    person or body entity must end right before the cue and open the sentence (an article and a few
    title words before it at most), and the cue must have no subject of its own.
    """
    doc = ctx.doc
    # (or a past form the tagger read as a noun, before the comma of German reported speech: "The
    # FDP-man Carsten Wöhler meant, new sanctions hit ...")
    misread = (token.tag_ == "NN" and token.dep_ in {"nsubj", "appos"} and token.i + 1 < len(doc)
               and doc[token.i + 1].text == ",") or token.tag_ == "NNS"  # ("Kiev demands from Berlin ...")
    if token.i < 1 or token.tag_ not in {"VBZ", "VBD", "VBP"} and not misread or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in token.children):
        return None
    # ("Kiev in turn demands from the West ...": German "seinerseits" between the name and the verb)
    before = token.i - 2 if token.i >= 3 and doc[token.i - 2].lower_ == "in" and doc[token.i - 1].lower_ == "turn" \
        else token.i
    ent = ctx.ent_of[before - 1]
    if ent is None or ent.end != before or ent.label_ not in _SPEAKER_LABELS or ctx.in_quote[ent.start] >= 0:
        return None
    if ent.label_ == "PERSON" and ent.start >= 2 and doc[ent.start - 1].is_quote and doc[ent.start - 2].text in {
            ",", "?", "!"}:
        return doc[ent.end - 1]  # ("“…,” Sayed said.": the tagger read the name as a past participle)
    sentence_start = doc[token.i].sent.start
    # ("The Kremlin chief Putin": an article and title words may come first; "The FDP-man": a hyphen too)
    if ent.start - sentence_start > 6 or not all(t.pos_ in {"DET", "PROPN", "NOUN", "ADJ"} or t.tag_ in {"HYPH", "PRP$"}
                                                 for t in doc[sentence_start:ent.start]):
        return None
    return doc[ent.end - 1]


def _inverted_description(ctx: _Context, token: Token, *, reach: int = 6) -> Token | None:
    """The described speaker right after an inverted cue that follows a quote ("“, said the pensioner.").

    For when the parser took a pronoun inside the quote ("… when he can“, said the pensioner") for
    the cue's subject. Limit: "the" right after the cue, then only adjectives, nouns or an age up to
    a noun that hangs on the cue and ends the sentence or is closed by a comma; a name there is read
    by :func:`workbench.claims.speakers._inverted_speaker`.
    """
    doc = ctx.doc
    # ("„…,“ added the pastor": the comma may stand inside the closing quote mark)
    if token.i < 2 or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "the" \
            or not _closes_quote_with_comma(ctx, token.i - 1):
        return None
    head = None
    of_end = None  # the last word of a phrase on the role ("of the society")
    for i in range(token.i + 2, min(len(doc), token.i + 2 + reach)):
        word = doc[i]
        if word.text in _SENTENCE_END or word.text == "," or "\n" in word.text or word.lower_ == "opposite":
            break
        if ctx.in_quote[i] >= 0:
            return None
        if of_end is not None or head is not None and word.lower_ in {"of", "from"} and word.i == head.i + 1:
            # "said the chairwoman of the society, X", "told the nurse from Favoriten": a phrase on the
            # role says whose role it is or where the person is from; the role stays the head
            if word.i > head.i + 1 and word.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
                return None
            of_end = i
            continue
        # ("emphasised the Swedish-Austrian": a demonym used as a noun describes a person too)
        demonym = ctx.ent_of[i] is not None and ctx.ent_of[i].label_ == "NORP" and word.pos_ in {"PROPN", "ADJ", "NOUN"}
        if ctx.ent_of[i] is not None and ctx.ent_of[i].label_ not in {"DATE", "NORP"}:
            return None
        if word.pos_ == "ADV" and head is not None and word.head.i == token.i:
            continue  # "meant the district administrator dryly": a manner adverb of the cue after its speaker
        if word.pos_ not in {"ADJ", "NOUN", "NUM", "PUNCT"} and not demonym:
            return None
        if word.pos_ == "NOUN" or _ends_an_age(word) or demonym:
            head = word
    if of_end is not None and of_end == head.i + 1:
        return None  # "of" with nothing after it
    after = (of_end if of_end is not None else head.i) + 1 if head is not None else len(doc)
    while after < len(doc) and doc[after].pos_ == "ADV" and doc[after].head.i == token.i:
        after += 1
    # ("told the nurse opposite the Abendblitz": German "gegenüber" names the outlet told)
    # ("„…“, gave the 45-year-old to consider.": the "to"-infinitive of the cue closes the sentence)
    infinitive = head is not None and after + 2 < len(doc) and doc[after].lower_ == "to" \
        and doc[after + 1].head.i in {token.i, head.i} and doc[after + 2].text in _SENTENCE_END
    if head is None or after >= len(doc) or not (doc[after].text in _SENTENCE_END | {","} or doc[after].lower_ == "opposite"
                                                 or infinitive):
        return None
    return head if head.head.i == token.i or head.head.head.i == token.i else None


def _is_cue_adverbial(word: Token, cue: Token, opening: Token | None) -> bool:
    """Whether a word between an opening place and its cue is an adverbial of the cue or a comma.

    "In Moscow, on their side, claim", "In Kyiv practically immediately said": the word must hang
    (through any chain) on an adverb or preposition of the cue other than the opening "In".
    """
    if word.text == ",":
        return True
    node = word
    while node.head.i != cue.i:
        if node.head.i == node.i:
            return False
        node = node.head
    return (opening is None or node.i != opening.i) and node.dep_ in {"advmod", "prep", "npadvmod"}


def _is_quoted_name(ctx: _Context, token: Token) -> bool:
    """Whether ``token`` belongs to a name that fills a whole quote ("The American „Washington Post“ had ...").

    German style sets the names of newspapers in quote marks; such a quote is a subject, not speech.
    Limit: one linked entity must span exactly the words between the marks.
    """
    number = ctx.in_quote[token.i]
    entity = ctx.ent_of[token.i]
    if number < 0 or entity is None or not entity.kb_id_:
        return False
    open_i, close_i = ctx.quotes[number]
    return entity.start == open_i + 1 and entity.end == close_i


def _after_relative_clause_subject(token: Token) -> Token | None:
    """The subject of a finite cue the parser hung on it after its relative clause ("A diplomat, who ..., told").

    Limit: a past-tense cue (``VBD``, not a participle) modifying a noun (``acl``), right after the
    comma that closes a relative clause of that noun; a reduced relative ("a build-up reported by")
    has a participle and is left alone.
    """
    head = _noun_a_past_cue_modifies(token)
    if head is None:
        return None
    # the noun's relative clause ends right before the cue: the cue is the noun's own main verb
    closes = any(c.dep_ == "relcl" and head.i < c.i < token.i and c.right_edge.i + 2 >= token.i for c in head.children)
    return head if closes else None


def _noun_a_past_cue_modifies(token: Token) -> Token | None:
    """The noun before a comma that a past-tense cue (``VBD``) right after the comma was hung on as a modifier (``acl``)."""
    head = token.head
    # ("Fitzwilliam Securities, a Dublin stockbroker, estimated ... that ...": a participle with a that-clause
    # hung on a verbless sentence's root noun is that sentence's verb too)
    past = token.tag_ == "VBD" or (token.tag_ == "VBN" and head.dep_ == "ROOT"
                                   and any(c.dep_ == "ccomp" for c in token.children))
    if token.dep_ != "acl" or not past or head.pos_ not in {"NOUN", "PROPN"} or head.i >= token.i \
            or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    return head


def _apposed_person(ctx: _Context, subject: Token, cue: Token) -> Token | None:
    """The named person set off by commas in a role's phrase: "The President of the X, Bishop Y Z, called".

    The parser often hangs the name on the body ("of the X, Y Z") or coordinates it with the role
    ("the director of the association, Y Z, the DDD"), so the body or the role, not the person,
    heads the speaker phrase. Limit: the subject is a role noun of ``data/cues.csv`` and no name
    itself; the person entity has two words or more, lies in the subject's phrase on the
    same side of the cue, has a comma right before it and a comma, the cue or the sentence end right
    after it, and belongs to no list of persons ("X, Y and Z").
    """
    doc = ctx.doc
    lemma = (subject.lemma_ or subject.lower_).lower()
    if lemma not in ctx.cues.roles and lemma not in ctx.cues.officials:
        return None
    own = ctx.ent_of[subject.i]
    if own is not None and own.label_ == "PERSON" and any(t.pos_ == "PROPN" for t in own):
        return None  # the subject is a name already (a role description the actors linked is not)
    for token in subject.subtree:
        ent = ctx.ent_of[token.i]
        if ent is None or ent.root.i != token.i or ent.label_ != "PERSON" or len(ent) < 2 \
                or token.dep_ not in {"appos", "conj"} or ctx.in_quote[token.i] >= 0:
            continue
        if (token.i < cue.i) != (subject.i < cue.i) or token.left_edge.i < 1 or doc[token.left_edge.i - 1].text != ",":
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and not (after.text in {",", ".", "!"} or after.i == cue.i or after.is_space):
            continue
        # (a list of persons: "the lawyers of A, B C and D E" names several, none as the speaker)
        if any(c.dep_ in {"cc", "conj"} for c in token.children) or (token.dep_ == "conj" and any(
                c.dep_ == "cc" for c in token.head.children)):
            continue
        return token
    return None


def _outlet_after_inverted_speaker(ctx: _Context, subject: Token, cue: Token) -> int | None:
    """Where the outlet told starts in an inverted speaker phrase ("said the pensioner SaarWelle"), else ``None``.

    German "sagte die Rentnerin dem SaarWelle" loses its dative article in translation, and the
    parser makes the outlet an apposition of the speaker. Limit: the speaker follows the cue and is
    a common noun; an organisation entity follows it directly (no comma) and ends the phrase.
    """
    doc = ctx.doc
    if subject.i < cue.i or subject.pos_ != "NOUN" or ctx.ent_of[subject.i] is not None \
            or subject.i + 1 >= len(doc):
        return None
    ent = ctx.ent_of[subject.i + 1]
    if ent is None or ent.start != subject.i + 1 or ent.label_ != "ORG" or ctx.in_quote[ent.start] >= 0:
        return None
    if ent.root.head.i != subject.i or ent.root.dep_ not in {"appos", "compound", "npadvmod", "dobj"}:
        return None
    # the outlet ends the phrase: the sentence, a comma or a circumstance follows it
    after = doc[ent.end] if ent.end < len(doc) else None
    return ent.start if after is None or after.is_punct or after.is_space or after.pos_ == "ADP" else None


def _name_before_outlet_subject(ctx: _Context, token: Token) -> Token | None:
    """The person right after an inverted cue when the parser took the outlet after it for the subject.

    "„…“, said Zielonka the agency MNA": German "sagte Zielonka der Agentur MNA" keeps the dative
    outlet after the speaker, and the parser makes the outlet's name the subject. Limit: the parser's
    subject follows the cue, "the" and a body's noun of ``data/role_nouns.csv`` (media, agency,
    organisation) stand right before it, and a person's name fills the words between the cue and "the".
    """
    doc = ctx.doc
    subject = _subject(token)
    if subject is None or subject.i < token.i + 4 or doc[subject.i - 2].lower_ != "the" \
            or default_role_types().get((doc[subject.i - 1].lemma_ or doc[subject.i - 1].lower_).lower()) in {None, "person"}:
        return None
    person = ctx.ent_of[token.i + 1]
    if person is None or person.label_ != "PERSON" or person.start != token.i + 1 or person.end != subject.i - 2:
        return None
    return person.root


def _inverted_prefixed_role_subject(ctx: _Context, token: Token) -> Token | None:
    """The "ex" of "„…“, said the ex-officer to X": the tokenizer splits the prefix off and the parse breaks.

    The parser then finds no subject of the cue at all (it makes the words a clause of their own).
    Limit: the cue has no subject before it, follows a comma or closing quote mark and is followed by
    "the", a prefix glued by a hyphen to a role noun ("ex-officer", "co-chair"); the prefix is returned, which
    :func:`workbench.claims.speakers._resolve_speaker` reads as the role it prefixes.
    """
    doc = ctx.doc
    i = token.i
    if i < 1 or i + 4 >= len(doc) or not (doc[i - 1].text == "," or doc[i - 1].is_quote):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < i and ctx.in_quote[c.i] < 0 and not c.is_quote
           for c in token.children):
        return None  # "X, who ..., said the pull-out was ...": the cue has its subject before it
    the, prefix, hyphen, word = doc[i + 1], doc[i + 2], doc[i + 3], doc[i + 4]
    if the.lower_ != "the" or not prefix.is_lower or not prefix.is_alpha or hyphen.text not in {"-", "‐"} \
            or prefix.whitespace_ or hyphen.whitespace_ or not word.is_lower or not word.is_alpha:
        return None
    role = (word.lemma_ or word.lower_).lower()
    if role not in ctx.cues.roles and role not in ctx.cues.officials and default_role_types().get(role) != "person":
        return None  # only a prefixed role names a person ("the ex-officer", not "the pull-out")
    return prefix if ctx.in_quote[prefix.i] < 0 else None


def _cue_hung_in_relative_clause_subject(token: Token, *, reach: int = 4) -> Token | None:
    """The noun a relative clause between commas describes, when the parser hung the main cue inside that clause.

    "The Riverina Growers Alliance, which represents about 1,800 family farms, called on Canberra to
    ...": the parser reads the past-tense cue after the closing comma as a participle modifying the
    clause's last noun ("farms called on"). Limit: the cue is a past tense (``VBD``) ``acl`` right after
    a comma, a relative clause within ``reach`` heads above it has a relative pronoun for its subject,
    and a comma stands right before that pronoun, after the noun.
    """
    doc = token.doc
    if token.dep_ != "acl" or token.tag_ != "VBD" or token.i < 2 or doc[token.i - 1].text != ",":
        return None
    clause = token.head
    for _ in range(reach):
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.i >= clause.i:
        return None
    pronoun = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"}), None)
    if pronoun is None or pronoun.i < 1 or doc[pronoun.i - 1].text != ",":
        return None
    noun = clause.head
    return noun if noun.pos_ in {"NOUN", "PROPN"} and noun.i < pronoun.i else None


def _object_of_comma_infinitive(noun: Token) -> bool:
    """Whether a cue's object after a comma is the object of a verb-final infinitive: "warned before, the threats to play down".

    Translated German ("warnte davor, die Drohungen herunterzuspielen") puts the infinitive clause's
    object first; the parser makes it the cue's object and the infinitive its modifier, which would
    read the noun as a nominal cue ("threats"). Limit: a comma right before the noun's phrase and a
    "to" infinitive modifying the noun that ends its phrase.
    """
    doc = noun.doc
    if noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
        return False
    return any(g.dep_ == "acl" and g.i > noun.i and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < g.i
                                                          for a in g.children)
               and g.right_edge.i >= noun.right_edge.i - 1 for g in noun.children)


def _closed_relative_clause_subject(token: Token) -> Token | None:
    """The noun a relative clause describes, when the parser made the noun's main cue the clause's verb.

    "The 63-year-old, who before his election ambassador was, warned of illusions": German puts the
    relative clause's verb last, and the parser takes the main verb after the closing comma for a
    second verb of the clause, with "who" as its subject. Limit: the cue is a relative clause
    (``relcl``) right after a comma, its subject is a relative pronoun before it, and another verb
    of the clause stands between the pronoun and that comma (the clause was closed there).
    """
    doc = token.doc
    head = token.head
    if token.dep_ != "relcl" or token.i < 2 or doc[token.i - 1].text != "," or head.i >= token.i:
        return None
    # ("X, whose constituency in North Hesse lies, emphasised": a "whose" phrase is the clause's subject too)
    # ("Teacher X, who the exchange at the Gymnasium leads, told": the parser may swap the pronoun and the object)
    pronoun = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and (
        c.tag_ in {"WP", "WDT"} or any(g.tag_ == "WP$" and g.i < c.i for g in c.children))
        or c.dep_ == "dobj" and c.tag_ == "WP" and c.i == head.i + 2 and doc[head.i + 1].text == ","), None)
    if pronoun is None or not head.i < pronoun.i < token.i - 1:
        return None
    # the relative clause's own verb closes it before the comma ("who ... ambassador was,"); the
    # tagger may read a verb-final "lies" as a plural noun
    last = doc[token.i - 2]
    closed = any(t.pos_ in {"VERB", "AUX"} and t.i != token.i for t in doc[pronoun.i + 1:token.i - 1]) or (
        last.is_lower and last.is_alpha and last.tag_ in {"NNS", "VBZ", "VBP", "VBD"} and last.i > pronoun.i)
    if head.dep_ == "pobj" and head.head.lower_ in {"from", "in", "of"} and head.head.head.pos_ in {"NOUN", "PROPN"} \
            and (head.ent_type_ in {"GPE", "LOC", "FAC"}
                 or (head.head.head.ent_type_ == "PERSON" and head.ent_type_ != "PERSON")):
        # "The fisherman X from Freest, who ... fishes, described": the person, not the place; nor the body
        # or town the model tags ORG after a named person ("The peace pastor X from Kassel, who ... is, warned")
        head = head.head.head
    return head if closed and head.pos_ in {"NOUN", "PROPN", "ADJ"} else None


#: Openings of a question that argues rather than asks ("If the deal is so good, why is it secret?").
_RHETORICAL_OPENERS = re.compile(r"(?:^|[.!]\s+)(?:if|when|and if)\b[^?]*,\s*(?:why|what|who|where|how)\b",
                                 re.IGNORECASE)


def _rhetorical(quote: str) -> bool:
    """Whether a quoted question argues a point: a statement before it, or "If X, why/what ...?".

    "We already lost money in 2020. If the Russians stop coming, who replaces them?" states something
    and asks back; "How am I supposed to get there?" only asks. Limit: a sentence ending in "." or "!"
    before the question, or a conditional clause opening the question, counts as arguing.
    """
    text = quote.strip()
    return bool(re.search(r"[.!]\s+\S", text.rstrip("?"))) or bool(_RHETORICAL_OPENERS.search(text))


def _said_read_as_adjective_claim(ctx: _Context, token: Token, entry: CueEntry, sent: Span, used_quotes: set[int],
                                  *, last: _Speaker | None) -> Claim | None:
    """A "said" the parser read as the adjective of the noun after it: "The 58-year-old said business had doubled".

    The tagger takes "said business" for "the said business"; the person before "said" speaks and the
    rest of the sentence is what was said. Limit: "said" as a modifier of a noun right after it that is
    a clause's subject, a person (an entity or an age description) right before it, outside quotes.
    """
    doc = ctx.doc
    if token.lower_ != "said" or token.dep_ != "amod" or token.i == 0 or ctx.in_quote[token.i] >= 0:
        return None
    noun = token.head
    if noun.i <= token.i or noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    person = ctx.ent_of[token.i - 1]
    if person is None or person.label_ != "PERSON" or person.end != token.i:
        return None
    speaker = _resolve_speaker(ctx, doc[token.i - 1], stop=token.i, last=last)
    start, end = _trim(doc, token.i + 1, sent.end)
    if end - start < 3 or not speaker.text:
        return None
    return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=[token], entry=entry, used_quotes=used_quotes)


def _asked_participle_of(asked: Token) -> Token | None:
    """The cue an "asked" participle set off by commas belongs to ("X, asked about Y, said: ..."), or ``None``.

    The parser reads the participle as a past tense with the speaker as its subject, and hangs it on
    the cue after its comma, which is left without a subject. Limit: "asked" followed (after at most
    two adverbs) by a preposition, "whether"/"if" or a question word, a comma right before a cue it
    hangs on, and that cue has no subject.
    """
    doc = asked.doc
    cue = asked.head
    after = asked.i + 1
    while after < min(len(doc), asked.i + 3) and doc[after].pos_ == "ADV" and doc[after].tag_ != "WRB":
        after += 1  # ("Marchenko, asked afterward whether she was satisfied, said")
    if asked.lower_ != "asked" or asked.dep_ not in {"ccomp", "advcl", "parataxis"} or cue.i <= asked.i \
            or cue.pos_ != "VERB" or doc[cue.i - 1].text != "," or after >= len(doc) \
            or doc[after].lower_ not in {"about", "on", "whether", "if", "by", "how", "what", "why"} \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i < asked.i for c in asked.children):
        return None
    return cue


def _asked_participle_subject(token: Token) -> Token | None:
    """The speaker of a cue after "X, asked about Y,": the subject the parser gave the participle."""
    asked = next((c for c in token.children if c.i < token.i and (cue := _asked_participle_of(c)) is not None
                  and cue.i == token.i), None)
    if asked is None and token.dep_ == "ccomp" and token.head.lower_ == "asked" and token.head.i < token.i \
            and token.doc[token.i - 1].text == "," and token.head.i > 0 and token.doc[token.head.i - 1].text == "," \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        asked = token.head  # ("Mr Hnatiuk, asked how he felt, said simply": the parser made the cue the participle's clause)
    return next((c for c in asked.children if c.dep_ == "nsubj" and c.i < asked.i), None) if asked is not None else None


def _past_read_as_modifier_subject(token: Token) -> Token | None:
    """The noun a past-tense cue was hung on as a modifier: "The Green politician X, member of ..., called on".

    After a long apposition the parser may read the main verb as a reduced relative clause (acl) of
    the subject noun. Limit: the cue is tagged as a past tense (not a participle), follows a comma,
    has no subject of its own and hangs on a noun before it (:func:`_noun_a_past_cue_modifies`, which
    :func:`_after_relative_clause_subject` reads too).
    """
    head = _noun_a_past_cue_modifies(token)
    if head is None or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return None
    return head


def _cue_read_as_place_object(ctx: _Context, token: Token) -> Token | None:
    """The person before "from PLACE" when the parser made the cue after the place part of the place's phrase.

    "The FDP deputy Carsten Meiners from Nordhorn underlined, the diplomacy have priority": the parser
    reads "Nordhorn underlined" as a noun phrase after "from". Limit: the cue is tagged as a past tense
    or participle and is the object of "from"/"of"/"in", right after a capitalised place word, with
    a person named right before the preposition, and a comma follows the cue.
    """
    doc = ctx.doc
    if token.dep_ != "pobj" or token.tag_ not in {"VBD", "VBN"} or token.head.lower_ not in {"from", "of", "in"} \
            or token.i + 1 >= len(doc) or doc[token.i + 1].text != "," or not doc[token.i - 1].text[:1].isupper():
        return None
    person = ctx.ent_of[token.head.i - 1] if token.head.i > 0 else None
    if person is None or person.label_ != "PERSON" or person.end != token.head.i:
        return None
    return person.root


def _relative_clause_verb_subject(token: Token) -> Token | None:
    """The speaker when the parser made a German verb-final relative clause's verb the main verb and the cue its dependant.

    "The youth coach X, who 2015 from Y to Z moved, told, the boys ... train": the parser reads
    "moved" as the sentence's verb, with the coach as its subject, and hangs "told" on it. Limit:
    the cue follows a comma that right follows that verb, the verb's subject comes before a comma
    and a relative pronoun ("who", "which", "whose") that open the clause, and the cue has no
    subject of its own.
    """
    doc = token.doc
    head = token.head
    if token.dep_ not in {"dep", "conj", "advcl", "parataxis", "ccomp"} or token.i < 3 or doc[token.i - 1].text != "," \
            or head.i != token.i - 2 or head.pos_ not in {"VERB", "AUX"} \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return None
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    opener = next((t for t in doc[subject.i + 1:head.i] if t.tag_ in {"WP", "WDT", "WP$"}), None)
    if opener is None or doc[opener.i - 1].text != "," or any(t.text == "," for t in doc[opener.i:head.i]):
        return None
    return subject


def _by_gerund_subject(token: Token) -> Token | None:
    """The subject of "X opened the briefing by announcing that ...": the gerund's doer is the main verb's subject.

    Also "Canberra has joined Washington in warning Moscow that ...": who joins others in a cue does it too.
    Limit: only a gerund cue that is the object of "by" (or of "in" after "join") attached to a verb
    with a subject of its own.
    """
    if token.tag_ != "VBG" or token.dep_ not in {"pcomp", "pobj"} or token.head.lower_ not in {"by", "in"}:
        return None
    verb = token.head.head
    if verb.pos_ not in {"VERB", "AUX"} or (token.head.lower_ == "in" and (verb.lemma_ or "").lower() != "join"):
        return None
    # an active subject only: in "was confirmed by saying" the passive subject did not speak
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i), None)


def _copula_subject(ctx: _Context, token: Token, entry: CueEntry) -> Token | None:
    """The holder of a view stated as "X is convinced that ...": the subject of the copula or passive.

    Limit: only a participle cue of an assessment that needs a that-clause (``finite`` in
    ``data/cues.csv``), after a form of "be" and with the subject before it, or with the holder
    between the copula and the cue right after a quote ("„…“, is the 61-year-old convinced.",
    :func:`speakers._inverted_copula_holder`); "X was told that" (a statement cue) keeps its
    passive subject as the addressee, not the speaker.
    """
    if token.tag_ not in {"VBN", "VBD"} or entry.complement != "finite" or entry.claim_type != "assessment":
        return None
    head = token.head
    subject = _inverted_copula_holder(ctx, token)  # "„…“, is the 61-year-old convinced."
    if subject is None and token.tag_ != "VBN":
        return None
    if subject is None and token.dep_ in {"acomp", "attr"} and head.lemma_ == "be":
        # "The ministry is convinced" read as a predicate: the copula's subject holds the conviction
        subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < token.i), None)
    copulas = [c for c in token.children if c.dep_ == "auxpass" and c.lemma_ == "be"]
    if copulas and subject is None:
        # read as a passive: the passive subject (which the parser may hang on "is") is the one convinced
        subject = next((c for h in [token, *copulas] for c in h.children
                        if c.dep_ in {"nsubjpass", "nsubj"} and c.i < token.i), None)
    if subject is None or any(c.dep_ in {"det", "neg", "preconj", "advmod"} and c.lower_ in _QUANTIFIERS
                              for c in subject.subtree if c.i < subject.i):
        return None  # "Not every councillor is convinced": a quantified group holds no stated view
    return subject


#: Words before a subject that make it a quantified group rather than a speaker ("not every councillor").
_QUANTIFIERS = {"not", "every", "no", "all", "some", "many", "few", "most", "each"}


def _verb_final_subject(ctx: _Context, token: Token) -> Token | None:
    """The subject of a verb-final cue whose quoted object the parser read as its subject.

    "Putin had in December from NATO „precise legal guarantees“ demanded, that ...": machine
    translation keeps the German order, and the parser hangs the cue on the stranded "had".
    Limit: only a cue attached (``parataxis``/``conj``/``ccomp``) to an earlier "have"/"be" whose own
    subject stands outside quotes, or a cue with an adverb before it that holds "have" and the subject.
    """
    have = token.head
    if token.dep_ not in {"parataxis", "conj", "ccomp"} or have.i >= token.i or (have.lemma_ or "") not in {"have", "be"}:
        # "Putin had already earlier from the West „…“ demanded": the parser may hang "had" and the
        # subject on an adverb before the cue instead (or on a preposition: "Putin has already in December
        # „…“ demanded", where "in" holds "has" and the subject)
        for child in (c for c in token.children if c.i < token.i and c.pos_ in {"ADV", "ADP"}):
            auxiliary = next((a for a in child.children if a.dep_ == "aux" and (a.lemma_ or "") == "have"), None)
            subject = next((c for c in child.children if c.dep_ == "nsubj" and auxiliary is not None
                            and c.i < auxiliary.i), None)
            if subject is not None and ctx.in_quote[subject.i] < 0:
                return subject
        return None
    subject = next((c for c in have.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < have.i), None)
    return subject if subject is not None and ctx.in_quote[subject.i] < 0 else None


def _split_perfect_auxiliary(token: Token) -> Token | None:
    """The stranded "have" of a split perfect tense (see :func:`_split_perfect_subject`), or ``None``."""
    if token.tag_ not in {"VBN", "VBD"} or token.dep_ != "acl":
        return None  # the tagger often reads a sentence-final participle as a past tense
    noun = token.head
    if noun.dep_ == "dobj":
        have = noun.head  # "has the decision welcomed": the participle closes the verb-final clause
        if not (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].is_punct):
            return None  # "has the documents signed by both sides" is no verb-final order
    elif noun.dep_ == "pobj" and (noun.lemma_ or "").lower() in _DURATION_NOUNS \
            and noun.head.lower_ in {"for", "since"}:
        have = noun.head.head  # "has for years called for": a duration between auxiliary and participle
    else:
        return None
    if (have.lemma_ or "").lower() != "have" or have.i > noun.i:
        return None
    return have


def _stranded_subject(ctx: _Context, token: Token) -> Token | None:
    """A subject the parser hung elsewhere when a comma-set phrase stands right before the cue.

    "The private operator, Transbug, announced ...": the cue becomes an ``acl`` of a root noun;
    "At a press conference in Vilnius, Ingrid Valtere, director of X, said ...": the name becomes an
    appositive of the opening adjunct's place. Limit: the cue must follow a comma directly and be
    finite; the appositive must be a name the entity recognizer labels a speaker.
    """
    doc = ctx.doc
    if token.i < 2 or token.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if doc[token.i - 1].text != ",":
        # "In Warsaw, Ewa Sadowska of the X Institute warned ...": the parser reads the name as an
        # appositive of the opening place, and the cue follows the name's phrase directly
        return next((name for child in token.children if child.dep_ == "prep" and child.i < token.i
                     for name in child.subtree if name.dep_ == "appos" and name.head.dep_ == "pobj"
                     and ctx.ent_of[name.i] is not None and ctx.ent_of[name.i].label_ == "PERSON"
                     and name.right_edge.i + 1 == token.i and doc[name.left_edge.i - 1].text == ","), None)
    head = token.head
    if token.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"} and head.i < token.i:
        # a finite verb right after "<noun>, <name>," is the predicate of that noun, not its modifier
        return head
    # ("Back in Tucson, X, president of Y, says ...": the place may hang on an adverb before it)
    preps = [c for c in token.children if c.dep_ == "prep"] + [g for c in token.children if c.dep_ == "advmod"
                                                              for g in c.children if g.dep_ == "prep"]
    for child in preps:
        if child.i > token.i:
            continue
        for name in child.subtree:
            ent = ctx.ent_of[name.i]
            if ent is not None and name.head.dep_ == "pobj" and name.right_edge.i + 1 == token.i - 1 and (
                    name.dep_ == "appos" and ent.label_ in _SPEAKER_LABELS
                    # or a person's name read as a second place ("in Valmora, Tobias Renner, ...")
                    or name.dep_ == "conj" and ent.label_ == "PERSON" and not any(
                        c.dep_ == "cc" for c in name.head.children)):
                # "At X in Vilnius, Ingrid Valtere, director of Y, said": the appositive ends at the cue's comma
                return name
    return None



def _dash_inverted_speaker(ctx: _Context, token: Token, *, reach: int = 8) -> Token | None:
    """The name ending an inverted attribution set off by a dash: "„…” – said to our newspaper Kowalik.".

    Limit: the cue must follow a closing quote and a dash, and the name must end the sentence within
    ``reach`` tokens (an adjunct such as "to our newspaper" may stand between); no other punctuation.
    """
    doc = ctx.doc
    before = token.i - 1
    if before > 0 and doc[before].lemma_ == "have" and doc[before].dep_ == "aux":
        before -= 1
    if before < 1 or doc[before].text not in _DASHES:
        return None
    quote_end = before - 1
    if quote_end > 0 and doc[quote_end].text == ",":
        quote_end -= 1  # "«…», – told the pensioner X.": a comma may precede the dash
    if not (doc[quote_end].is_quote or ctx.in_quote[quote_end] >= 0):
        return None
    name = None
    for i in range(token.i + 1, min(len(doc), token.i + 1 + reach)):
        if doc[i].is_punct or doc[i].is_space:
            break
        if ctx.in_quote[i] >= 0:
            return None
        ent = ctx.ent_of[i]
        if ent is not None and ent.label_ in _SPEAKER_LABELS:
            name = ent.root
        elif doc[i].pos_ == "PROPN" and doc[i].is_title:
            name = doc[i]
        elif doc[i].pos_ == "NOUN" and doc[i - 1].lower_ == "the" and ctx.resolve_references \
                and (doc[i].lemma_ or doc[i].lower_).lower() in ctx.cues.roles:
            name = doc[i]  # "«…» - has explained the expert": a definite role refers back to a named person
        else:
            name = None  # the name must be the last words before the sentence ends
    else:
        return None
    if name is None or not (doc[i].text in _SENTENCE_END or doc[i].is_space or doc[i].is_quote):
        return None
    return name


def _complement_before_colon(ctx: _Context, token: Token, open_i: int, addressee: Token | None, *,
                             particle: str = "") -> Span | None:
    """The cue's own complement standing between it and a colon that introduces its quote, or ``None``.

    "rejected the idea that a neutral status could be imposed: "…"": the object or clause before
    the colon is part of what was said; an addressee ("told reporters: "…"") is not. Limit: of
    prepositions only "of"/"about" with a verb, and the phrasal cue's own ``particle`` ("warned
    before an overestimation: "…"").
    """
    doc = ctx.doc
    if open_i <= token.i + 1 or doc[open_i - 1].text != ":":
        return None
    pieces = [c for c in token.children if token.i < c.i < open_i - 1 and (
        c.dep_ in {"dobj", "ccomp", "xcomp"}
        # "has said of the agreements that Kyiv must be made to ...:": the parser hangs the clause on the topic
        or c.dep_ == "prep" and c.lower_ in {"of", "about"} and any(t.pos_ == "VERB" for t in c.subtree)
        # "warned before an overestimation of the unity: "…"": what the phrasal cue's particle governs
        or c.dep_ == "prep" and particle and c.lower_ == particle and any(g.dep_ == "pobj" for g in c.children))
        and (addressee is None or c.i != addressee.i)
        # ("spoke he of Kiel, ...: „…“": the inverted subject pronoun the parser read as the object)
        and not (c.i == token.i + 1 and c.lower_ in _INVERTED_PRONOUNS)]
    if not pieces:
        return None
    # (the particle itself is the cue's, not the content's: "before" in "warned before X")
    start, end = _trim(doc, min(p.i + 1 if particle and p.lower_ == particle else p.left_edge.i for p in pieces),
                       open_i - 1)
    span = doc[start:end]
    if end <= start or any(ctx.in_quote[i] >= 0 for i in range(start, end)) or not any(
            t.pos_ in {"NOUN", "PROPN", "VERB"} for t in span):
        return None
    return span


#: Words that open a condition or reason after a "so X" label ("..., so X, as long as the people talk together").
_CONDITION_OPENERS = frozenset({"as", "because", "if", "when", "while", "since", "although", "unless", "until",
                                "whereas"})


def _so_claims(ctx: _Context, used_quotes: set[int]) -> list[Claim]:
    """Machine-translated German attributions: ``„…“, so Brandner.`` is a claim of Brandner.

    Limit: "so" must follow the closing mark and a comma, and be followed by a name (an entity or
    capitalised proper nouns, a hyphenated double name) or a description ("so the researcher")
    that ends the sentence. A quoted fragment ("Germany must »in one voice speak«, so X") makes the
    sentence up to its closing mark the (mixed) content.
    """
    doc = ctx.doc
    entry = ctx.cues.sources.get("so")
    if entry is None:
        return []
    claims = []
    for number, (open_i, close_i) in enumerate(ctx.quotes):
        so = close_i + 2
        if so + 1 < len(doc) and doc[so].text in _DASHES:
            so += 1  # "„…“, - so Sokil": Russian and Ukrainian typography puts a dash after the comma
        # ("“Who now blind fertilises, throws money out of the window,” so Wanzenböck.": English typography puts
        # the comma inside the closing mark)
        inner_comma = close_i + 1 < len(doc) and doc[close_i + 1].lower_ == "so" and doc[close_i - 1].text == ","
        if inner_comma:
            so = close_i + 1
        if number in used_quotes or so + 1 >= len(doc) or not (doc[close_i + 1].text == "," or inner_comma) \
                or doc[so].lower_ != "so":
            continue
        end, kind = _so_label(ctx, so + 1, len(doc))
        if kind != "name":
            described = _described_name_end(ctx, so + 1, len(doc))
            if described is not None:
                end, kind = described, "name"  # "so the consumer protectionist Anja F.": the name after any noun
        if kind == "pronoun" and end < len(doc) and doc[end].text in _SENTENCE_END and ctx.resolve_references:
            # ("»My parents sit there and pack bags«, so she.": a pronoun after "so" that ends the sentence takes
            # the person the text named before, as a pronoun subject does)
            speaker = _resolve_speaker(ctx, doc[so + 1], stop=end, last=ctx.last_speaker)
            if speaker.actor_id:
                used_quotes.add(number)
                claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[doc[so]], entry=entry, mode="direct",
                                          content=_quote_content(ctx, [number]), addressee=None))
            continue
        definite = kind == "description"
        resumed = _quote_resumed_after_label(ctx, number, so, end, used_quotes)
        # the name ends the sentence (a circumstance aside: "so Sokil loud the agency X"), or a comma
        # opens its apposition ("so Sokil, analyst of X") or a relative clause on the person ("so the
        # 67-year-old, who ..."), or the quote goes on after it ("«…», so the Obfrau, «but …»")
        if kind not in {"name", "description"} or (end < len(doc) and not (
                doc[end].text in _SENTENCE_END or doc[end].is_space or (doc[end].text == "," and (
                    not definite or resumed is not None or end + 1 < len(doc) and doc[end + 1].lower_ in {"who", "whose"}))
                or doc[end].text != "," and _so_label_closed(ctx, end, doc[so].sent.end))):
            continue
        speaker = _so_speaker(ctx, doc[so + 1:end], kind, last=None)
        if speaker is None:
            continue
        content = _quote_content(ctx, [number] if resumed is None else [number, resumed])
        mode = "direct"
        sent_start = ctx.doc[open_i].sent.start
        if _is_mixed(doc, open_i, close_i, sent_start) and ctx.sent_of[open_i] == ctx.sent_of[so] and not any(
                ctx.in_quote[i] >= 0 and ctx.in_quote[i] != number for i in range(sent_start, open_i)):
            # "Germany must with its partners »in one voice speak«, so X": a quoted fragment ends the
            # clause that is the claim, from the sentence start to the closing mark
            first, _ = _trim(doc, sent_start, open_i)
            content = (doc[first].idx, content[1], ctx.text[doc[first].idx:content[1]])
            mode = "mixed"
            if end < len(doc) and doc[end].text == "," and ctx.sent_of[end] == ctx.sent_of[so]:
                # ("The pipeline be „a pure economic project“, so Brenz, and the region need the cheap gas":
                # the clause joined after the attribution goes on)
                both = _both_sides(ctx, doc[so].sent, close_i + 1, end, used_quotes)
                sent_end = _trim(doc, end + 1, doc[so].sent.end)[1]
                if both is None and end + 3 < sent_end and doc[end + 1].lower_ in _CONDITION_OPENERS \
                        and not any(ctx.in_quote[i] >= 0 or i in ctx.cue_entries for i in range(end + 1, sent_end)):
                    # ("The war be »not inevitable«, so Matthiesen, as long as the people talk together": the
                    # condition after the attribution belongs to what was said)
                    both = _joined_sides(ctx, (first, close_i + 1), (end + 1, sent_end), used_quotes)
                if both is not None:
                    content = both[0]
        used_quotes.add(number)
        if resumed is not None and mode == "direct":
            used_quotes.add(resumed)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[doc[so]], entry=entry, mode=mode,
                                  content=content, addressee=None))
    return claims


def _quote_resumed_after_label(ctx: _Context, number: int, so: int, end: int, used_quotes: set[int]) -> int | None:
    """The quote that goes on right after a "so X" label inside a split quote, or ``None``.

    "«Every cent at the diesel», so Raggl further, «eats our margin»": German puts the attribution
    between the halves of one quotation, as English does with "she said". Limit: the label ends in a
    comma (an adverb such as "further" may come first), the next quote opens right after it in the
    same paragraph, and it is not yet attributed.
    """
    doc = ctx.doc
    comma = end
    while comma < len(doc) and comma < end + 2 and doc[comma].pos_ == "ADV" and doc[comma].is_lower:
        comma += 1  # "so Raggl further,"
    following = number + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or following >= len(ctx.quotes) or following in used_quotes:
        return None
    open_next = ctx.quotes[following][0]
    if open_next != comma + 1 or (ctx.paragraph_of and ctx.paragraph_of[open_next] != ctx.paragraph_of[so]):
        return None
    return following


#: Tags of words that cannot be part of a title before a name ("so said X", "so that X", "so the X").
_NO_TITLE_TAGS = frozenset({"VBD", "VBN", "MD", "IN", "DT", "CC", "PRP", "PRP$", "WDT", "WP", "WRB", "TO", "RB"})


def _title_word(token: Token) -> bool:
    """Whether a lower-case word may belong to the title before a name: a noun or adjective, also one the tagger
    misread ("so works council chairman Murat Kemper", "so master baker Alois Wimmer")."""
    return token.is_lower and token.is_alpha and token.tag_ not in _NO_TITLE_TAGS


def _described_name_end(ctx: _Context, start: int, limit: int, *, reach: int = 6) -> int | None:
    """The end of a person's name after "the" and common nouns ("the consumer protectionist Anja Friedrichsen").

    German puts a title of any kind before a name without a comma; whatever the nouns are, a
    person's name of two words or more right after them is the speaker. Limit: "the" (or no article), then up to
    ``reach`` lower-case nouns and adjectives, then a person entity that closes the attribution
    (sentence end, line end or comma); ``None`` otherwise.
    """
    doc = ctx.doc
    if start >= limit or not (doc[start].lower_ == "the" or _title_word(doc[start])):
        return None
    # (or no article: "so chief economist Rupert Stockinger", German "so Chefökonom X")
    first = start + (doc[start].lower_ == "the")
    i = first
    while i < min(limit, first + reach) and _title_word(doc[i]):
        i += 1
    person = ctx.ent_of[i] if first < i < limit else None
    if person is None or person.start != i or person.label_ != "PERSON" or len(person) < 2:
        return None
    after = doc[person.end] if person.end < limit else None
    return person.end if after is None or after.text in _SENTENCE_END or after.text == "," or after.is_space else None


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
        if number in used_quotes or colon < 1 or doc[colon].text not in {":", "):"}:
            continue
        end = colon
        closing = end - 1 if doc[end].text == ":" else end  # (the tokenizer may glue the bracket to the colon)
        if doc[closing].text in {")", "):"} and (opening := next((j for j in range(closing - 1, max(closing - 5, 0), -1)
                                                                  if doc[j].text == "("), None)) is not None \
                and all(t.ent_type_ or t.pos_ == "PROPN" or t.is_upper for t in doc[opening + 1:closing]):
            end = opening  # "Bürgermeisterin Veronika Stadlbauer (CSU): »…«": the party in brackets is no part of the name
        elif doc[colon].text != ":":
            continue
        start = end
        while start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].text_with_ws[:-1] and (
                ctx.ent_of[start - 1] is not None or (doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title)):
            start -= 1
        if start == end:
            claims.extend(_apposed_label_claim(ctx, number, colon, say, used_quotes))
            continue
        line_start = _line_start(doc, start)
        # only a timestamp, dash or bullet may stand before the label ("14:20 — Lukas Brenner:"), or
        # the name's role ("District administrator Wimmer:", "Mayor Keller:")
        prefix = [t for t in doc[line_start:start] if not _is_line_marker(t)]
        role_prefix = _role_prefix(ctx, prefix, start)
        label = doc[start:end]
        ent = ctx.ent_of[end - 1]
        # "… no one could say. Thiessen: „We load, until …“": a known name opening a sentence in the
        # paragraph labels the quote just as one opening the line, after its role words too ("… in
        # spring. Managing director Kerstin Straub: «…»", "Its spokesman Jürgen Väth: “…”")
        # (also after a quote that closed its sentence: "Lohmann: „Talk, talk, talk.“ Kreuzer: „Clarity …“")
        sentence_start = next((j + 1 for j in range(start - 1, line_start - 1, -1)
                               if doc[j].text in {".", "!", "?"} and ctx.in_quote[j] < 0
                               or doc[j].is_quote and j > 0 and doc[j - 1].text in {".", "!", "?"}
                               and ctx.in_quote[j - 1] >= 0), None)
        opens_sentence = sentence_start is not None and ent is not None and start <= ent.start \
            and ent.label_ == "PERSON" and bool(ent.kb_id_) and (sentence_start == ent.start or _role_prefix(
                ctx, [t for t in doc[sentence_start:ent.start] if not (t.is_punct or t.is_space)], ent.start,
                possessive=True))
        # ("Bozen – Peter Kofler: «…»", "Dear members, dear friends – Oksana Lytvyn: »…«": a dateline or greeting set off
        # by a dash opens the line before the label; it has no verb)
        after_dash = start >= 1 and doc[start - 1].text in _DASHES and 0 < len(prefix) <= 6 \
            and not any(t.pos_ in {"VERB", "AUX"} for t in prefix)
        if prefix and not role_prefix and not opens_sentence and not after_dash:
            claims.extend(_apposed_label_claim(ctx, number, colon, say, used_quotes))
            continue
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


def _line_start(doc: Doc, i: int) -> int:
    """The index of the first token of the line that holds token ``i``."""
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    return i


def _is_line_marker(token: Token) -> bool:
    """Whether a token opening a line is only a marker before a label: a timestamp, number, dash or bullet."""
    # (a clock time with its suffix: "11.20am", "6pm", "14.05h")
    return token.is_punct or token.is_space or token.like_num \
        or re.fullmatch(r"[\d:.]+(?:am|pm|h)?", token.text, re.IGNORECASE) is not None


def _apposed_label_claim(ctx: _Context, number: int, colon: int, say: CueEntry, used_quotes: set[int]) -> list[Claim]:
    """The claim of a quote labelled by a name and its apposition (:func:`_apposed_label`), or nothing.

    "Pater Severin Aigner, pilgrim chaplain: «…»", "Vasyl Kravets (33), Bauarbeiter in Villach: «…»": a name
    opening the line with its apposition before the colon labels the quote.
    """
    apposed = _apposed_label(ctx, colon)
    if apposed is None:
        return []
    used_quotes.add(number)
    actor_id, name, person = _actor_of(ctx, apposed)
    speaker = _Speaker(apposed.text, actor_id, name, apposed.start_char, apposed.end_char, person)
    return [_make_claim(ctx, speaker=speaker, cue_tokens=[ctx.doc[colon]], entry=say, mode="direct",
                        content=_quote_content(ctx, [number]), addressee=None)]


def _apposed_label(ctx: _Context, colon: int, *, reach: int = 12) -> Span | None:
    """The person whose name opens the line of a label with an apposition: "Pater Severin Aigner, pilgrim chaplain:".

    Limit: only a timestamp, dash or up to three capitalised role words stand before the name (a person's entity
    with an actor id); a comma or an opening bracket follows it; at most ``reach`` words without a verb or a
    sentence end lie between the name and the colon.
    """
    doc = ctx.doc
    line = _line_start(doc, colon)
    first = next((t.i for t in doc[line:colon] if not _is_line_marker(t)), None)
    if first is None:
        return None
    # ("… at 6pm. Organiser Mrs Olha Dovzhenko, 47, of Newstead: “…”": the label may open a later sentence of its line)
    first = max([first, *(t.i + 1 for t in doc[first:colon] if t.text in {".", "!", "?"} and ctx.in_quote[t.i] < 0
                          and t.i + 1 < colon and doc[t.i + 1].is_title)])
    person = next((e for e in ctx.ents if first <= e.start < colon and e.label_ == "PERSON" and e.kb_id_), None)
    # ("Halyna Moroz from Obsteig: «…»": a home place after "from" or "of" sets the name off, too)
    placed = person is not None and person.end < colon and doc[person.end].lower_ in {"from", "of"} \
        and colon - person.end <= 4 and all(t.is_title or t.lower_ in {"from", "of", "the"} for t in doc[person.end:colon])
    if person is None or person.end >= colon or (doc[person.end].text not in {",", "("} and not placed) \
            or not (person.start == first or _role_prefix(ctx, list(doc[first:person.start]), person.start)
                    or (person.start - first <= 2 and all(t.is_title and t.pos_ in {"NOUN", "PROPN"}
                                                          for t in doc[first:person.start]))):
        return None
    between = doc[person.end:colon]
    # ("Hilaire Bule, who teaches international law at Lapita College: “…”": a relative clause on the person that runs
    # to the colon may hold its verb; "Anna Gruber, who runs the shop, said this:" is a sentence)
    relative = len(between) >= 2 and between[0].text == "," and between[1].lower_ in {"who", "whose"} \
        and not any(t.text == "," for t in between[2:])
    if len(between) > reach or any((t.pos_ in {"VERB", "AUX"} and not relative) or t.text in {".", "!", "?", ";"}
                                   or t.is_quote or ctx.in_quote[t.i] >= 0 for t in between):
        return None
    return person


def _role_prefix(ctx: _Context, prefix: list[Token], start: int, *, possessive: bool = False) -> bool:
    """Whether the words before a label's name are its role ("District administrator", "Its spokesman").

    Limit: one to three words right before the name, capitalised first, nouns, adjectives or
    participles ("Managing director"; a possessive pronoun first too, with ``possessive``), the last
    a role noun of data/cues.csv or data/role_nouns.csv or a title of data/titles.csv ("Bürgermeisterin").
    """
    capitalised = bool(prefix) and prefix[0].is_title
    if possessive and prefix and prefix[0].lower_ in {"its", "his", "her", "their"}:
        prefix = prefix[1:]
    if not (0 < len(prefix) <= 3 and prefix[-1].i == start - 1 and capitalised
            and all(t.is_alpha and (t.pos_ in {"NOUN", "PROPN", "ADJ"} or t.tag_ == "VBG") for t in prefix)):
        return False
    role = (prefix[-1].lemma_ or prefix[-1].lower_).lower()
    if role in ctx.cues.roles or default_role_types().get(role) == "person" \
            or lookup_key(prefix[-1].text) in load_name_genders().titles:
        return True
    # ("Dive instructor Oksana Melnychuk: “…”", "Steelworker Jono Maddern:": an occupation no list holds, a common
    # noun no body's kind, right before a person's name the model found)
    person = ctx.ent_of[start]
    return prefix[-1].pos_ == "NOUN" and role not in default_role_types() and person is not None \
        and person.start == start and person.label_ == "PERSON" and bool(person.kb_id_)


#: Line labels of an interview or briefing transcript: question lines and answer lines.
_QUESTION_LABELS = {"q", "question"}
_ANSWER_LABELS = {"a", "answer"}


#: Every transcript line label ("Q", "A", ...), built once.
_LINE_LABELS = _QUESTION_LABELS | _ANSWER_LABELS


def _labelled_lines(doc: Doc) -> list[tuple[str, int, int, int]]:
    """(label, first token, colon, end token) of each line opening with "Q:"/"A:" (the label lower-cased).

    Limit: a parenthesis between the label and its colon ("Q (Anna Berg, Radio North):", the
    asker and outlet in briefing transcripts) must close on the same line within 16 tokens.
    """
    lines = []
    # (only the words that can be labels become Token objects: this scan ran over every word twice a document)
    labels = {doc.vocab.strings.add(label) for label in _LINE_LABELS}
    candidates = [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in labels] if len(doc) else []
    for token in (doc[i] for i in candidates):
        if token.lower_ not in _LINE_LABELS or not _is_line_prefix(token) and not token.is_title:
            continue
        at_line_start = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
        if not at_line_start or token.i + 1 >= len(doc):
            continue
        colon = token.i + 1
        if doc[colon].text == "(" and "\n" not in token.text_with_ws:
            # "Q (Name, Outlet):": the parenthesis names who asked; the colon after it ends the label
            close = next((t.i for t in doc[colon:min(len(doc), colon + 16)]
                          if t.text in {")", "):"} or "\n" in t.text_with_ws), None)
            if close is None or doc[close].text not in {")", "):"} or "\n" in doc[close].text_with_ws:
                continue
            colon = close if doc[close].text == "):" else close + 1  # the tokenizer may glue "):"
        if colon >= len(doc) or doc[colon].text not in {":", "):"}:
            continue
        end = colon + 1
        while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
            end += 1
        while end > colon + 1 and doc[end - 1].is_space:
            end -= 1
        lines.append((token.lower_, token.i, colon, end))
    return lines


def _salient_person(ctx: _Context, skip: list[tuple[int, int]]) -> _Speaker | None:
    """The person named most often outside ``skip`` ranges and quotes (ties: the first named)."""
    counts: dict[str, list] = {}
    names: dict[str, list] = {}
    for ent in ctx.ents:
        if ctx.in_quote[ent.start] >= 0 or any(start <= ent.start < end for start, end in skip):
            continue
        actor_id, name, person = _actor_of(ctx, ent)
        if person and actor_id:
            counts.setdefault(actor_id, [0, ent.start, name])[0] += 1
        elif actor_id and _resolution(ent) in _UNLINKED and _is_name_entity(ent):
            # NER often labels an unknown personal name ORG: an unlinked proper name is the fallback
            names.setdefault(actor_id, [0, ent.start, name])[0] += 1
    counts = counts or names
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
    if not any(label in _QUESTION_LABELS for label, _, _, _ in lines) or not any(
            label in _ANSWER_LABELS for label, _, _, _ in lines):
        return []
    answerer = _salient_person(ctx, [(start, end) for _, start, _, end in lines])
    if answerer is None:
        return []
    say = ctx.cues.verbs.get("say", [None])[0] or CueEntry("", "VERB", "statement", "01", "")
    deny = ctx.cues.verbs.get("deny", [say])[0]
    claims = []
    for label, start, colon, end in lines:
        if label not in _ANSWER_LABELS or end <= colon + 1:
            continue
        body = doc[colon + 1:end]
        opening = next((t.sent for t in body if not (t.is_punct or t.is_space)), None)
        root = opening.root if opening is not None else None
        reporter = _subject(root) if root is not None and ctx.in_quote[root.i] < 0 \
            and _match_verb_cue(root, ctx.cues) is not None else None
        if reporter is not None and reporter.i < root.i and reporter.lower_ not in {"i", "we"}:
            continue  # "A: The spokesman said two vessels ...": a reported answer has its own speaker and cue
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
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[doc[colon]], entry=entry, mode="direct",
                                  content=(body.start_char, body.end_char, body.text), addressee=None))
    return claims


#: Words that may lead a standalone quote with a colon and keep the speaker before it ("And further: „…“").
_CONTINUING_LEADS = frozenset({"and", "further", "also", "besides", "moreover", "then"})


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
        if outside and open_i > 0 and doc[open_i - 1].text == ":" and (all(
                t.i < open_i and t.lower_ in _CONTINUING_LEADS for t in outside) or (
                # ("And then, quieter: „…“": a lead that opens with a continuing word and names no one, no verb)
                outside[0].lower_ in _CONTINUING_LEADS and len(outside) <= 5 and all(
                    t.i < open_i and t.pos_ not in {"VERB", "AUX"} and ctx.ent_of[t.i] is None for t in outside))):
            outside = []  # ("And: „I hope, the politics knows …“", German "Und weiter: „…“": the quote goes on)
        if outside:
            continue  # words outside the quote: not a standalone quote
        previous = [c for c in claims + extra if c.end_char <= doc[open_i].idx]
        # "Asked whether the customer might cancel, he paused. “I don't think so.”": the person asked answers
        speaker = _answer_after_question(ctx, sents, open_i, previous)
        if speaker is None:
            if not previous:
                continue
            # the nearest claim, an earlier continuation too; of two ending there, the one with a known speaker
            # ("Many had long believed, a war be unthinkable, so Leitner. «That was a comfortable error.»")
            prior = max(previous, key=lambda c: (c.end_char, bool(c.speaker_id)))
            between = doc.char_span(prior.end_char, doc[open_i].idx, alignment_mode="expand")
            # (counted from where the claim ends: a quote of two sentences before its cue is one claim)
            if between is None or ctx.sent_of[open_i] - max(prior.sent_index, ctx.sent_of[between.start - 1]
                                                            if between.start > 0 else 0) > 2:
                continue  # too far away: the speaker is no longer clear
            if "\n\n" in between.text and not _quote_paragraph_after_quote(ctx, prior, open_i, between):
                continue  # a new paragraph: the speaker is no longer clear
            prior_sent_end = sents[ctx.sent_of[between.start]].end if len(between) else between.start
            if any(_names_someone_else(ctx, e, prior, in_prior_sentence=e.start < prior_sent_end)
                   for e in ctx.ents_within(between) if ctx.in_quote[e.start] < 0):
                continue  # someone else is named in between
            speaker = _Speaker(prior.speaker_text, prior.speaker_id, prior.speaker_name, prior.speaker_start,
                               prior.speaker_end)
        used_quotes.add(number)
        content = _quote_content(ctx, [number])
        extra.append(Claim(
            sent_index=ctx.sent_of[open_i], start_char=doc[open_i].idx, end_char=doc[close_i].idx + 1,
            speaker_text=speaker.text, speaker_id=speaker.actor_id, speaker_name=speaker.name,
            speaker_start=speaker.start, speaker_end=speaker.end, cue="", cue_lemma="", claim_type=say.claim_type,
            mode="direct", content=content[2], content_start=content[0], content_end=content[1], addressee_text="",
            addressee_id="", addressee_name="", cameo=say.cameo, plover=say.plover,
        ))
    return extra


def _answer_after_question(ctx: _Context, sents: list[Span], open_i: int, previous: list[Claim]) -> _Speaker | None:
    """The person whose answer a standalone quote is, after "Asked whether ..., he paused." (or ``None``).

    Limit: the sentence right before the quote, in its paragraph, opens with "Asked" and holds no
    claim; its main verb is no cue (a gesture: "paused", "shrugged", "laughed", "was cautious") and
    its subject names a person, resolved like any speaker.
    """
    number = ctx.sent_of[open_i]
    if number == 0:
        return None
    before = sents[number - 1]
    first = next((t for t in before if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ != "asked" or (ctx.paragraph_of and ctx.paragraph_of[before.start]
                                                    != ctx.paragraph_of[open_i]):
        return None
    if any(before.start_char <= c.start_char < before.end_char or before.start_char <= c.end_char <= before.end_char
           for c in previous):
        return None  # "Asked whether ..., he said that ...": the sentence has a claim of its own
    root = before.root
    if root.i in ctx.cue_entries or root.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    speaker = _resolve_speaker(ctx, subject, stop=None, last=None)
    if not speaker.actor_id or not speaker.person:
        return None
    return speaker


def _quote_paragraph_after_quote(ctx: _Context, prior: Claim, open_i: int, between: Span) -> bool:
    """Whether a quote opening a paragraph goes on quoting the speaker who closed the paragraph before.

    News style gives a quoted speaker a paragraph of their own quote without repeating the name:
    '... a crisis," she said. / "Nobody slept for days."' Limit: only the next paragraph (one
    break), only after a direct or mixed claim that ends the paragraph before (nothing but the
    attribution after it), and the quote must open its paragraph.
    """
    doc = ctx.doc
    if between.text.count("\n\n") != 1 or prior.mode not in {"direct", "mixed"}:
        return False
    if ctx.paragraph_of and open_i > 0 and ctx.paragraph_of[open_i - 1] == ctx.paragraph_of[open_i] \
            and not doc[open_i - 1].is_space:
        return False  # the quote must open its paragraph
    # the paragraph before ends with that claim: after it only its attribution and punctuation
    rest = doc.char_span(prior.end_char, between.text.index("\n\n") + between.start_char, alignment_mode="expand")
    return rest is not None and len([t for t in rest if t.is_alpha]) <= 8


def _is_subject_phrase(token: Token) -> bool:
    """Whether a word is a subject, or the owner or a name part of one ("Moscow's reply", "the Kremlin spokesman")."""
    while token.dep_ in {"compound", "poss", "amod"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} or (token.dep_ == "ROOT" and token.pos_ in {"NOUN", "PROPN"})


def _names_someone_else(ctx: _Context, ent: Span, prior: Claim, *, in_prior_sentence: bool) -> bool:
    """Whether an entity between a claim and a following quote names a possible new speaker."""
    if ent.label_ not in {"PERSON", "ORG", "NORP", "GPE"}:
        return False
    root = ent.root
    if ent.label_ != "PERSON" and not in_prior_sentence and not _is_subject_phrase(root):
        # ("He wants his parents to Austria get, but these refuse. «My father says ...»": a place or body the
        # sentence between names, but not as its subject, is no new speaker)
        return False
    if in_prior_sentence and ent.label_ != "PERSON":
        # the rest of the attribution sentence describes the speaker ("an analyst at X in Warsaw")
        return False
    if in_prior_sentence and (root.dep_ in {"dobj", "dative"} and root.head.i in ctx.cue_entries or root.dep_ == "pobj"
                              and root.head.dep_ in {"prep", "dative"} and root.head.head.i in ctx.cue_entries):
        # "she told the Gazette outside", "he said to Reuters": the cue's addressee is no new speaker
        return False
    return _actor_of(ctx, ent)[0] != prior.speaker_id or not prior.speaker_id


#: A transcript line "NAME:" / "NAME, ROLE:" (one to four capitalised words) and what follows it on the line.
_NAME_LABEL = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,3})"
    r"(?:[ \t]*,[ \t]*(?P<role>[^:\n,]{1,40}))?:[ \t]*(?P<body>[^\n]*)$", re.MULTILINE)


def _name_label_lines(text: str) -> list[tuple[str, str, int, int, int, int]]:
    """(name, role, label start, label end, body start, body end) of each "NAME:" line of a text.

    Limit: the name must be all capitals ("OKSANA HRYHORENKO") or title-case words ("Wróbel-Haas");
    "Q:"/"A:" lines are left to the question-and-answer reader.
    """
    lines = []
    for match in _NAME_LABEL.finditer(text):
        name = match.group("name")
        words = name.split()
        # a label is a name: every word capitalised, and all of them capitals or all title case
        # (or a role: "Landtag member:", "Ukrainian community:", a capitalised word and lower-case ones, which
        # :func:`_role_label_person` must find a person for)
        role_label = 2 <= len(words) <= 3 and words[0][:1].isupper() and all(w.isalpha() and w.islower() for w in words[1:])
        if not role_label and (not all(w[:1].isupper() for w in words) or not (name.isupper() or all(
                w[1:] == w[1:].lower() or "-" in w for w in words))):
            continue
        if name.lower() in _QUESTION_LABELS | _ANSWER_LABELS:
            continue
        lines.append((name, (match.group("role") or "").strip().lower(), match.start("name"), match.end("name"),
                      match.start("body"), match.end("body")))
    return lines


def _label_person(ctx: _Context, name: str) -> tuple[str, str]:
    """(actor_id, name) of a transcript label: the entity of the text that ends with it, else its slug."""
    wanted = name.lower().split()
    titles = load_name_genders().titles
    while len(wanted) > 1 and lookup_key(wanted[0]) in titles:
        wanted = wanted[1:]  # "Dr Kettering:" after "Anselm Kettering, whose company ...": the title is no name
    best = None
    for ent in ctx.ents:
        words = ent.text.lower().split()
        # "Wróbel-Haas:" and "SAARIVIRTA:" are the surname of the person introduced in full
        if len(words) >= len(wanted) and words[-len(wanted):] == wanted and (best is None or len(ent) > len(best)):
            best = ent
    if best is not None and best.label_ in _SPEAKER_LABELS | {"ORG", "GPE", "NORP", "FAC"}:
        actor_id, full, _ = _actor_of(ctx, best)
        if actor_id:
            return actor_id, full
    full = name.title() if name.isupper() else name
    return slugify(full), full


def _role_label_person(ctx: _Context, label: str, *, before: int = 6, after: int = 8) -> tuple[str, str] | None:
    """(actor_id, name) of the one person a transcript's role label stands for ("Landtag member:", "Economist:"), or ``None``.

    "Landtag member Verena Haselwanter", "Nataliya Boyko from the Ukrainian community": the label's words
    stand right before the person's name (within ``before`` tokens) or after it in the same sentence
    (within ``after``). Limit: a one-word label must be a person's role noun; several persons give ``None``.
    """
    doc = ctx.doc
    words = label.lower().split()
    if len(words) == 1 and words[0] not in ctx.cues.roles and default_role_types().get(words[0]) != "person":
        return None
    found: dict[str, str] = {}
    for ent in ctx.ents:
        if ent.label_ != "PERSON" or not ent.kb_id_ or ctx.in_quote[ent.start] >= 0:
            continue
        # (each window stops at a comma, "and" or another person: "X (Greens) and the economist Y" names Y's role)
        first = max(ent.sent.start, ent.start - before)
        first = max([first] + [t.i + 1 for t in doc[first:ent.start] if t.text in {",", ";"} or t.lower_ == "and"
                               or (ctx.ent_of[t.i] is not None and ctx.ent_of[t.i].label_ == "PERSON")])
        last = min(ent.sent.end, ent.end + after)
        last = min([last] + [t.i for t in doc[ent.end:last] if t.text in {",", ";"} or t.lower_ == "and"
                             or (ctx.ent_of[t.i] is not None and ctx.ent_of[t.i].label_ == "PERSON")])
        windows = [doc[first:ent.start], doc[ent.end:last]]
        for window in windows:
            lowered = [t.lower_ for t in window]
            if any(lowered[i:i + len(words)] == words for i in range(len(lowered) - len(words) + 1)):
                actor_id, name, person = _actor_of(ctx, ent)
                if person and actor_id:
                    found[actor_id] = name
    return next(iter(found.items())) if len(found) == 1 else None


def _name_transcript_claims(ctx: _Context, used_quotes: set[int]) -> list[Claim]:
    """Answers in a transcript labelled with names ("IRYNA KOVALCHUK: People are tired ...").

    Limit: only a document with at least three labels ("Q:" lines count), one name repeated, is a transcript;
    a label carrying a journalist role ("BRENNAN, HOST:", data/cues.csv HOST rows) or whose lines
    are mostly questions is the interviewer. An answer runs on over unlabelled paragraphs only up
    to the next label; a quoted line (``Name: "…"``) is left to the headline-label reader.
    """
    doc, text = ctx.doc, ctx.text or ctx.doc.text
    # ("QUESTIONS: FUEL", "QUESTIONS: STUDENTS": a section heading in capitals after the colon is no one's answer)
    lines = [line for line in _name_label_lines(text) if not _section_heading(text[line[4]:line[5]])]
    qa_lines = _labelled_lines(doc)
    if len(lines) + len(qa_lines) < 3 or not _repeats_a_voice([name for name, *_ in lines]):
        return []
    journalists: set[str] = set()
    questions: dict[str, list[bool]] = {}
    for name, role, _, _, body_start, body_end in lines:
        if name.lower().rstrip(".") in ctx.cues.hosts:
            journalists.add(name.lower())  # "Ed:" on a letters page: the paper's own replies (data/cues.csv HOST "ed")
        if role and any(word in ctx.cues.hosts for word in re.findall(r"\w+", role)):
            # "ALICIA BRENNAN, HOST:" is later just "BRENNAN:"
            journalists.update({name.lower(), name.lower().split()[-1]})
        questions.setdefault(name.lower(), []).append("?" in text[body_start:body_end])
    for name, asked in questions.items():
        # the interviewer's lines are questions ("BENN: Are they?")
        if sum(asked) * 2 > len(asked):
            journalists.add(name)
    say = ctx.cues.verbs.get("say", [None])[0] or CueEntry("", "VERB", "statement", "01", "")
    label_starts = sorted(start for _, _, start, _, _, _ in lines)
    qa_starts = [doc[start].idx for _, start, _, _ in qa_lines]
    boundaries = sorted(label_starts + qa_starts)
    claims = []
    for name, role, start, end, body_start, body_end in lines:
        if name.lower() in journalists:
            continue
        following = next((b for b in boundaries if b > start), None)
        if following is None and not text[body_start:body_end].strip():
            continue
        # the answer: the rest of the label line, then each paragraph up to the next label
        limit = following if following is not None else body_end
        paragraphs = [(body_start, body_end)] if text[body_start:body_end].strip() else []
        position = body_end
        while following is not None and position < limit:
            line_end = text.find("\n", position + 1)
            line_end = limit if line_end < 0 or line_end > limit else line_end
            segment = text[position:line_end]
            if segment.strip():
                offset = position + len(segment) - len(segment.lstrip())
                paragraphs.append((offset, offset + len(segment.strip())))
            position = line_end
        role_holder = _role_label_person(ctx, name)
        if role_holder is None and any(w.islower() for w in name.split()):
            continue  # a lower-case label no person of the text holds ("Latest news:") is no speaker
        actor_id, full = role_holder or _label_person(ctx, name)
        speaker = _Speaker(name, actor_id, full, start, end, True)
        colon = doc.char_span(end, end + 1, alignment_mode="expand") if end < len(text) else None
        for first, last in paragraphs:
            if text[first:first + 1] in _QUOTE_OPENERS_LABEL:
                continue
            span = doc.char_span(first, last, alignment_mode="expand")
            if span is None or not len(span):
                continue
            cue = [colon[0]] if colon is not None and len(colon) else [span[0]]
            claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=cue, entry=say, mode="direct",
                                      content=(span.start_char, span.end_char, span.text), addressee=None))
    return claims


def _section_heading(body: str) -> bool:
    """Whether the rest of a labelled line is a heading in capitals ("FUEL", "TOURISM AND FOOD"), not an answer."""
    words = body.split()
    return 0 < len(words) <= 6 and body.isupper() and not body.rstrip().endswith((".", "?", "!", "\"", "”", "“"))


def _repeats_a_voice(names: list[str]) -> bool:
    """Whether two line labels name one voice, as a transcript's do ("ALICIA BRENNAN:", later "BRENNAN:").

    Two labels are one voice when they are equal or end in the same word and one of them is that
    word alone or opens with a title ("Dr Kettering:" after "Anselm Kettering:"). Limit: labels
    that share only a last word of several ("Handwerkerbund Ortenau:", "Landvolk Ortenau:", the
    headings of a press-release round-up) are different voices.
    """
    titles = load_name_genders().titles
    seen: dict[str, list[list[str]]] = {}
    for name in names:
        words = name.lower().split()
        for other in seen.get(words[-1], []):
            if other == words or min(len(other), len(words)) == 1 or lookup_key(other[0]) in titles \
                    or lookup_key(words[0]) in titles:
                return True
        seen.setdefault(words[-1], []).append(words)
    return False


#: Opening quote marks: a labelled line that opens with one is a headline label, read elsewhere.
_QUOTE_OPENERS_LABEL = {'"', "“", "„", "«", "»", "‘"}


#: Tags of a finite or participle cue that can close a German-order sentence ("..., warned X", "..., X added").
_TRAILING_CUE_TAGS = {"VBD", "VBZ", "VBP", "VBN"}
#: Word classes a speaker phrase before a trailing cue may hold ("the former frigate captain", "the 61-year-old").
_TRAILING_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "PRON"}


def _trailing_cue_entry(ctx: _Context, token: Token) -> tuple[CueEntry, list[Token]] | None:
    """The entry and cue tokens of a verb that closes a sentence after its speaker or before it.

    Limit: a cue without particle, or a phrasal cue whose second word follows the verb directly
    ("let understand"); negated, modal and "to" forms are no trailing cue.
    """
    if token.tag_ not in _TRAILING_CUE_TAGS or ctx.in_quote[token.i] >= 0:
        return None
    entries = ctx.cues.verbs.get((token.lemma_ or token.lower_).lower(), [])
    following = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
    entries = [e for e in entries if e.complement != "colon"]  # "put it": only a quote after a colon is its content
    # a phrasal cue whose second word follows ("called upon") before the bare verb ("call X Y")
    phrasal = next((e for e in entries if e.particle and following is not None and following.lower_ == e.particle),
                   None)
    if phrasal is not None:
        return phrasal, [token, following]
    after = ctx.doc[token.i + 2] if token.i + 2 < len(ctx.doc) else None
    infinitive = next((e for e in entries if e.infinitive and following is not None and following.lower_ == "to"
                       and after is not None and after.lower_ == e.particle), None)
    if infinitive is not None:
        return infinitive, [token, following, after]  # "..., she gave to consider" (German "gab sie zu bedenken")
    bare = next((e for e in entries if not e.particle), None)
    return (bare, [token]) if bare is not None else None


def _noun_tagged_past_cue(ctx: _Context, token: Token) -> CueEntry | None:
    """The entry of a past-tense cue the tagger read as a noun ("the 52-year-old reported."), else ``None``.

    Limit: a singular noun tag on an "-ed" form whose stem (less "d", "ed", or a doubled consonant
    and "ed") is a single-word verb cue, with no determiner or possessive right before it, outside quotes.
    """
    word = token.lower_
    if token.tag_ != "NN" or not word.endswith("ed") or ctx.in_quote[token.i] >= 0 \
            or any(c.dep_ in {"det", "poss"} and c.i == token.i - 1 for c in token.children):
        return None  # "the reported" is a noun; "the 52-year-old reported" hangs the speaker's "the" on the cue
    # ("declared" -> declare, "reported" -> report, "admitted" -> admit): the regular past-tense endings
    for stem in (word[:-1], word[:-2], word[:-3]):
        entry = next((e for e in ctx.cues.verbs.get(stem, []) if not e.particle and e.complement != "colon"), None)
        if entry is not None:
            return entry
    return None


def _is_circumstance(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is empty or a short circumstance ("opposite kirnd", "in the ZDF", "on request").

    Limit: at most ten words, no verb, no quote, and it opens with a preposition or an adverb.
    """
    doc = ctx.doc
    if start >= end:
        return True
    tail = doc[start:end]
    # ("opposite" is often tagged an adjective: German "gegenüber X")
    # (a quoted title may close it: "in the ZDF „heute journal“", but no quoted clause, "that" or "whether")
    return len(tail) <= 10 and (doc[start].pos_ in {"ADP", "ADV"} or doc[start].lower_ in _CIRCUMSTANCE_PREPOSITIONS) \
        and not any(t.pos_ in {"VERB", "AUX", "SCONJ"} or t.lower_ in {"that", "whether"} or t.text in {",", ";", ":"}
                    for t in tail)


def _trailing_speaker_head(ctx: _Context, phrase: Span) -> Token | None:
    """The head of a trailing speaker phrase when it can name a speaker: a name, a role, "the N-year-old" or a pronoun.

    Limit: the head is the phrase's last noun, name or "old"; an entity must be a person or a
    linked organisation, a description must end in a role or official noun of ``data/cues.csv``.
    """
    doc = ctx.doc
    if len(phrase) == 1 and phrase[0].lower_ in _INVERTED_PRONOUNS:
        return phrase[0]
    if any(t.pos_ == "PRON" or ctx.in_quote[t.i] >= 0 for t in phrase):
        return None
    for head in reversed(phrase):
        if head.pos_ not in {"NOUN", "PROPN"} and head.lower_ != "old":
            continue
        if head.i > phrase.start and doc[head.i - 1].text == "(" and any(
                t.text == "(" for t in doc[phrase.start:head.i]) and ctx.ent_of[doc[head.i - 2].i] is not None \
                and ctx.ent_of[doc[head.i - 2].i].label_ == "PERSON":
            continue  # ("meant René Lüdtke (FDP)": the party label in brackets after the name is no speaker)
        ent = ctx.ent_of[head.i]
        if ent is not None and (ent.label_ == "PERSON" or ent.label_ == "ORG" and bool(ent.kb_id_)):
            return head
        lemma = (head.lemma_ or head.lower_).lower()
        aged = head.lower_.endswith("-old") or head.lower_ == "old" and head.i > 0 and doc[head.i - 1].text == "-"
        if aged or phrase[0].lower_ == "the" and (lemma in ctx.cues.roles or lemma in ctx.cues.officials):
            return head
    return None


#: Determiners of the outlet a trailing cue addresses ("she told the newspaper", "he said our reporter").
_OUTLET_DETERMINERS = {"the", "our", "this"}


def _outlet_after(ctx: _Context, entry: CueEntry, start: int, end: int, *, reach: int = 5) -> int:
    """The index after the outlet a trailing cue addresses ("..., she told the newspaper"), else ``start``.

    German "sagte sie der Zeitung" keeps the dative in translation. Limit: only a cue with an
    addressee ("tell", "say"), and a definite noun phrase of at most ``reach`` words with no
    verb; a circumstance may still follow it.
    """
    doc = ctx.doc
    if not entry.addressee or start >= end or doc[start].lower_ not in _OUTLET_DETERMINERS:
        return start
    stop = start + 1
    # ("she said the „Landpost“": a quoted title names the outlet too)
    while stop < min(end, start + reach) and (doc[stop].pos_ in {"ADJ", "NOUN", "PROPN"} or doc[stop].is_quote):
        stop += 1
    # (the noun phrase must hold a noun: "the" alone is no outlet)
    return stop if any(t.pos_ in {"NOUN", "PROPN"} for t in doc[start:stop]) else start


def _trailing_attribution_claims(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token],
                                 used_quotes: set[int], *, last: _Speaker | None) -> tuple[list[Claim], set[int]]:
    """Machine-translated German attribution closing a sentence: "CLAUSE, warned the economist." / "CLAUSE, the diplomat added."

    German puts the cue and its speaker after the reported clause in either order; the parser then
    often reads the speaker as the cue's object or the cue as a conjunct of the clause, and no
    claim (or one whose content is the speaker) comes out. Limit: the attribution follows the
    sentence's last comma and runs to the sentence end, optionally closed by a short circumstance
    ("opposite kirnd", "in the ZDF"); the clause before the comma has a verb, is not a full quote
    and no other claim reads it; the speaker must resolve to an actor.

    Returns:
        The new claims and the ids of the claims they replace (a claim of the same cue whose
        content was only the speaker phrase).
    """
    doc = ctx.doc
    claims: list[Claim] = []
    replaced: set[int] = set()
    # "..., wrote the agency X on Thursday; a written answer ...": a semicolon closes an attribution too
    segments = []
    merged: list[Span] = []
    for sent in sents:
        if merged and sent[0].text == "," and "\n" not in doc[merged[-1].end - 1].text_with_ws:
            # ("..., must one the plant perhaps sell, he said.": the splitter may end a sentence before the comma
            # of its attribution; the two are one sentence)
            merged[-1] = doc[merged[-1].start:sent.end]
        else:
            merged.append(sent)
    for sent in merged:
        cuts = [t.i for t in sent if t.text == ";" and ctx.in_quote[t.i] < 0]
        bounds = [sent.start, *[c + 1 for c in cuts]]
        segments.extend((sent, b, e) for b, e in zip(bounds, [*cuts, sent.end]))
    for sent, seg_start, end in segments:
        while end > seg_start and (doc[end - 1].is_space or doc[end - 1].text in {".", "!"}):
            end -= 1
        if end <= seg_start or doc[end - 1].text == "?" or end - seg_start < 6 or end < sent.end and \
                doc[end].text == "?":
            continue
        comma = next((t.i for t in reversed(doc[seg_start:end]) if t.text == "," and ctx.in_quote[t.i] < 0), None)
        if comma is not None and comma + 1 < end and doc[comma + 1].lower_ in {"who", "whose"}:
            # "..., added the Social Democrat X from Stockholm, who in Munich on a podium sat.": a relative
            # clause on the speaker closes the attribution; the comma before the attribution opens it
            end = comma
            comma = next((t.i for t in reversed(doc[seg_start:end]) if t.text == "," and ctx.in_quote[t.i] < 0), None)
        # (two more with an age, which alone is five tokens: "the 38-year-old said in the ZDF „heute journal“")
        aged = comma is not None and any(t.lower_ == "year" and t.i + 2 < end and doc[t.i + 2].lower_ == "old"
                                         for t in doc[comma + 1:end])
        if comma is None or comma - seg_start < 3 or not 2 <= end - comma - 1 <= 12 + 2 * aged:
            continue
        if ctx.in_quote[comma + 1] >= 0 or doc[comma + 1].is_quote:
            continue
        # either order: the cue right after the comma ("..., warned X") or after the speaker ("..., X added")
        found_cue = _trailing_cue_entry(ctx, doc[comma + 1])
        if found_cue is not None:
            entry, cue_tokens = found_cue
            phrase_start = cue_tokens[-1].i + 1
            phrase_end = phrase_start
            # "reported the 66-year-old opposite kirnd": a preposition of circumstance closes the phrase
            while phrase_end < end and doc[phrase_end].pos_ in _TRAILING_PHRASE_POS and not (
                    phrase_end > phrase_start and (doc[phrase_end].pos_ == "PRON"
                                                   or doc[phrase_end].lower_ in _CIRCUMSTANCE_PREPOSITIONS)):
                phrase_end += 1
        else:
            verb = next((t for t in doc[comma + 1:end] if t.pos_ in {"VERB", "AUX"}), None)
            found_cue = _trailing_cue_entry(ctx, verb) if verb is not None and verb.i > comma + 1 else None
            if verb is None and end - comma > 2 and (past := _noun_tagged_past_cue(ctx, doc[end - 1])) is not None:
                # "..., the 52-year-old reported.": the tagger read the closing past-tense cue as a noun
                verb, found_cue = doc[end - 1], (past, [doc[end - 1]])
            if found_cue is None or any(doc[i].pos_ not in _TRAILING_PHRASE_POS for i in range(comma + 1, verb.i)):
                continue
            entry, cue_tokens = found_cue
            phrase_start, phrase_end = comma + 1, verb.i
        # a phrase of up to seven words, then at most a circumstance: anything else is a clause of its own
        tail = max(phrase_end, cue_tokens[-1].i + 1)
        if phrase_end <= cue_tokens[0].i:
            tail = _outlet_after(ctx, entry, tail, end)
        if not 1 <= phrase_end - phrase_start <= 7 or not _is_circumstance(ctx, tail, end):
            continue
        phrase = doc[phrase_start:phrase_end]
        if any(ctx.in_quote[i] >= 0 or doc[i].is_quote for i in range(comma + 1, phrase_end)):
            continue  # a quote in the attribution itself: another construction
        head = _trailing_speaker_head(ctx, phrase)
        if head is None or any(c.dep_ == "neg" for c in cue_tokens[0].children):
            continue
        start, stop = _trim(doc, seg_start, comma)
        if start < stop and (doc[start].lower_ in {"whether", "if"} and not any(
                t.text == "," and ctx.in_quote[t.i] < 0 for t in doc[start:stop]) or doc[start].tag_ in {"VBN", "VBG"}):
            # "Whether X will hold, asked Y" reports nothing; "Asked whether ..., X said" is an adjunct (but "If it
            # to sanctions come, must one the plant sell, he said": a main clause after the condition is a claim)
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} and start <= c.i < comma and any(
                r.dep_ == "relcl" and r.i < comma and doc[r.left_edge.i].lower_ in {"who", "whose", "whom"}
                for r in c.children) for c in cue_tokens[0].children):
            # "The MP X, who on Monday the border area visited, praised the officers": the words before
            # the comma are the cue's subject with a verb-final relative clause, not a reported clause
            continue
        # the clause needs a verb, or (German subjunctives the tagger reads as nouns: "lie", "lehne") the
        # parser must hang it on the cue
        if stop - start < 3 or not any(t.pos_ in {"VERB", "AUX"} and ctx.in_quote[t.i] < 0 for t in doc[start:stop]) \
                and not (stop - start >= 5 and any(t.head.i == cue_tokens[0].i and not _named_in_apposition(ctx, t)
                                                   for t in doc[start:stop])):
            # (a verbless subject with a name in apposition is the speaker, not what was said: "The
            # spokeswoman of the ministry, Maria Sakharova, commented on the West.")
            continue
        if (doc[start].is_quote or ctx.in_quote[start] >= 0) and (doc[stop - 1].is_quote or ctx.in_quote[stop - 1] >= 0):
            continue  # a full quote before the attribution is direct speech, read by the quote rules
        if (named := ctx.ent_of[stop - 1]) is not None and named.label_ == "PERSON" and named.end == stop \
                and not any(t.pos_ in {"VERB", "AUX"} and ctx.in_quote[t.i] < 0 for t in doc[start:stop]):
            # "The sports officer of the Land, Reinhold Thaler, said the club a subsidy ... to": verbless
            # words closed by a name are the cue's subject, not what was said (German "sagte ... zu")
            continue
        content_start, content_end = doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
        tail_start = doc[comma].idx
        # a claim of this cue that read only the speaker or a title after it ("„heute journal“"), no clause
        broken = [c for c in found if cue_of.get(id(c)) is not None and cue_of[id(c)].i == cue_tokens[0].i
                  and c.content_start >= tail_start and not any(
                      t.pos_ in {"VERB", "AUX"} for t in doc.char_span(c.content_start, c.content_end,
                                                                         alignment_mode="expand") or [])]
        # "The association expects no relaxation, added he.": a claim of a cue inside the clause whose
        # content runs on over the attribution, or whose speaker names nobody ("Should prices rise,
        # threaten losses, said the 58-year-old": German "drohen" = loom), misread it; the
        # attribution's speaker reports the clause
        broken += [c for c in found if c not in broken and c.content_start < doc[comma].idx
                   and (c.content_end > cue_tokens[0].idx or not c.speaker_id) and cue_of.get(id(c)) is not None
                   and start <= cue_of[id(c)].i < comma]
        # ("Her father have her calmed, but she believe him not, said Melnychuk", "The churches must clearer say, who
        # here threatens, he demanded": this cue read only the first part of the clause before its comma)
        partial = [c for c in found if c not in broken and cue_of.get(id(c)) is not None and c.mode != "direct"
                   and cue_of[id(c)].i == cue_tokens[0].i and content_start <= c.content_start
                   and c.content_end <= content_end and c.content_end - c.content_start < content_end - content_start]
        broken += partial
        # ("The demand of the Kremlin chief for X be unacceptable, emphasised Y": a nominal cue inside the
        # clause is a claim reported in it and leaves the clause to the attribution)
        if any(c.content_start < content_end and content_start < c.content_end for c in found
               if id(c) not in replaced and c not in broken and not (
                   cue_of.get(id(c)) is not None and cue_of[id(c)].pos_ == "NOUN" and start <= cue_of[id(c)].i < comma
                   and c.content_end <= content_end)) \
                or any(cue_of.get(id(c)) is not None and cue_of[id(c)].i == cue_tokens[0].i for c in found
                       if c not in broken):
            continue  # another cue (or this one, properly) already reads the clause
        speaker = _resolve_speaker(ctx, head, stop=phrase.end, last=last)
        if not speaker.actor_id:
            continue  # an unresolved description names nobody
        if partial and (any(c.speaker_id != speaker.actor_id for c in partial) or any(
                c not in partial and cue_of.get(id(c)) is not None and start <= cue_of[id(c)].i < comma for c in found)):
            continue  # (a partial reading is widened only when it names the same speaker and no other cue reports in it)
        quoted = [i for i in range(start, stop) if ctx.in_quote[i] >= 0]
        used_quotes.update(ctx.in_quote[i] for i in quoted)
        span = doc[start:stop]
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                                  mode="mixed" if quoted else "indirect",
                                  content=(span.start_char, span.end_char, span.text), addressee=None))
        replaced.update(id(c) for c in broken)
    return claims, replaced


def _comma_cue_entry(ctx: _Context, token: Token) -> CueEntry | None:
    """The entry of a cue closing an attribution before a comma: a verb cue or a past form tagged a noun ("meant")."""
    if ctx.in_quote[token.i] >= 0:
        return None
    entry = ctx.cue_entries.get(token.i)
    if entry is None and (found := _trailing_cue_entry(ctx, token)) is not None and len(found[1]) == 1:
        entry = found[0]
    if entry is None and (token.tag_ == "NN" or token.tag_ == "NNP" and token.text.islower()):
        # (a lowercase past form read as a proper noun: "Sandra Keppler, whose son plays here, meant, ...")
        entry = next((e for e in past_form_entries(token.lower_, ctx.cues) if not e.particle), None)
    if entry is None or entry.particle or entry.complement in {"colon", "finite"} or entry.pos != "VERB":
        return None
    return entry


def _speaker_phrase_head(ctx: _Context, phrase: Span) -> Token | None:
    """The speaker head of an attribution phrase, less an opening possessive and a closing party bracket.

    "Its chairman Petro Lysenko" -> Lysenko; "Petra Sauerbier (Die Linke)" -> Sauerbier.
    """
    doc = ctx.doc
    start, end = phrase.start, phrase.end
    if end - start > 1 and (doc[start].tag_ == "PRP$" or doc[start].lower_ == "as"):
        start += 1  # ("Its chairman X meant, ...", "As the dpa reported, ...")
    if end - start > 2 and doc[end - 1].text == ")":
        opening = next((t.i for t in reversed(doc[start:end - 1]) if t.text == "("), None)
        end = opening if opening is not None else end
    opener = doc[start] if start < end else None
    # (a participle modifying the role is no verb: "Its managing director X meant, ...")
    if opener is None or opener.pos_ in {"ADP", "SCONJ", "ADV", "CCONJ"} or opener.tag_ in {"WP", "WDT", "WRB"} or any(
            t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} or t.pos_ == "SCONJ" or t.is_quote
            or t.text in {",", ";", ":"} for t in doc[start:end]):
        return None  # ("In conversation with X expert said", "While X demanded, ...", "What X offered, ...")
    # a person named in the phrase speaks, not the body after "from" ("X from the Institute for Y in Graz")
    person = next((ctx.ent_of[t.i] for t in doc[start:end] if ctx.ent_of[t.i] is not None
                   and ctx.ent_of[t.i].label_ == "PERSON" and ctx.ent_of[t.i].end <= end), None)
    return doc[person.end - 1] if person is not None else _trailing_speaker_head(ctx, doc[start:end])


def _subject_cue_comma_claims(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token],
                              used_quotes: set[int]) -> list[Claim]:
    """"Its chairman X meant, «bridges» help little ..." / "Opposite the Kurier meant she, a council be ...".

    German reported speech opening a sentence ("X meinte, ..."): a speaker phrase, the cue and a
    comma, or (inverted after "opposite OUTLET") the cue, the speaker and a comma; the parser often
    reads the cue as a noun or hangs it on the reported clause, and no claim comes out. Limit: the
    first comma of the sentence (outside quotes) closes the attribution; the speaker phrase has at
    most sixteen words and no verb, and its head names a speaker (:func:`_trailing_speaker_head`);
    the rest of the sentence is a clause of four words or more with a verb, not a full quote; no
    claim reads it or this cue yet, and the speaker resolves to an actor.
    """
    doc = ctx.doc
    used_cues = {t.i for t in cue_of.values()}
    claims: list[Claim] = []
    for sent in sents:
        comma = next((t.i for t in sent if t.text == "," and ctx.in_quote[t.i] < 0), None)
        if comma is None or comma - sent.start < 2:
            continue
        if doc[sent.start].lower_ == "opposite":  # "Opposite the Kurier meant she, ...": the inverted order
            cue = next((t for t in doc[sent.start + 1:comma] if _comma_cue_entry(ctx, t) is not None), None)
            if cue is None or not 1 <= comma - cue.i - 1 <= 6:
                continue
            phrase = doc[cue.i + 1:comma]
        else:
            back = comma - 1
            if _comma_cue_entry(ctx, doc[back]) is None:
                # ("X meant against it, ...", "X meant afterwards, ...": German "dagegen", "danach" between the
                # cue and its comma)
                while back > sent.start + 1 and doc[back].pos_ == "ADV" and doc[back].lower_ not in {"so", "that"}:
                    back -= 1
                if back > sent.start + 2 and doc[back].lower_ == "it" and doc[back - 1].lower_ == "against":
                    back -= 2
                if _comma_cue_entry(ctx, doc[back]) is None:
                    back = comma - 1
            cue = doc[back]
            phrase = doc[sent.start:back]
            if _comma_cue_entry(ctx, cue) is None and (other := _inverted_or_apposed_attribution(
                    ctx, sent, comma)) is not None:
                cue, phrase, comma = other
            if not 1 <= len(phrase) <= 16:
                continue
        entry = _comma_cue_entry(ctx, cue)
        if entry is None or cue.i in used_cues:
            continue
        head = _speaker_phrase_head(ctx, phrase)
        start, stop = _trim(doc, comma + 1, sent.end)
        if head is None or stop - start < 4 or not any(
                t.pos_ in {"VERB", "AUX"} and ctx.in_quote[t.i] < 0 for t in doc[start:stop]):
            continue
        if doc[start].lower_ in {"who", "whose"} and (after := next((t.i for t in doc[start:stop] if t.text == ","
                                                                      and ctx.in_quote[t.i] < 0), None)) is not None:
            # ("Opposite X described Y, who in Lviv the youth work leads, the mood as ...": a relative clause on
            # the speaker closes the attribution; the content follows its comma)
            start = after + 1
        if stop - start < 3 or doc[start].lower_ in _NON_CONTENT_OPENERS or cue.lower_.startswith("ask") and \
                doc[start].lower_ in _QUESTION_WORDS:
            continue  # "He asked, who the losses compensate will" / "he asked, before turning back": no statement
        if (doc[start].is_quote or ctx.in_quote[start] >= 0) and (doc[stop - 1].is_quote or ctx.in_quote[stop - 1] >= 0):
            continue  # a full quote after the comma is direct speech, read by the quote rules
        span = doc[start:stop]
        if any(c.content_start < span.end_char and span.start_char < c.content_end for c in found):
            continue
        speaker = _resolve_speaker(ctx, head, stop=phrase.end, last=None)
        if speaker.actor_id:
            claims.append(_span_claim(ctx, start, stop, speaker=speaker, cue_tokens=[cue], entry=entry,
                                      used_quotes=used_quotes))
    return claims


def _inverted_or_apposed_attribution(ctx: _Context, sent: Span, comma: int) -> tuple[Token, Span, int] | None:
    """The cue, speaker phrase and closing comma of two more orders of "X meinte, ...", or ``None``.

    "In the debate meant Hansen, one must ...": after a fronted adverbial (a sentence opening with a
    preposition or an adverb, no comma before the cue), the cue, then a name or a personal pronoun
    and at most adverbs before the comma. "Heike Dörnemann, managing director of the chamber, meant,
    ..." / "Sandra Keppler, whose son plays here, meant, ...": a person's name, a comma, an
    apposition without a verb or a relative clause on the person ("who", "whose"), and the cue
    before the second comma. Limit: the apposition or relative clause has at most fourteen words
    and no quote mark.
    """
    doc = ctx.doc
    opener = doc[sent.start]
    if opener.pos_ in {"ADP", "ADV"} and opener.lower_ not in _NON_CONTENT_OPENERS:
        cue = next((t for t in doc[sent.start + 1:comma] if _comma_cue_entry(ctx, t) is not None), None)
        if cue is None or cue.i + 1 >= comma:
            return None
        first = doc[cue.i + 1]
        if first.lower_ in _INVERTED_PRONOUNS:
            end = cue.i + 2
        elif (ent := ctx.ent_of[first.i]) is not None and ent.label_ == "PERSON" and ent.start == first.i:
            end = ent.end
        else:
            return None
        if end > comma or not all(t.pos_ == "ADV" for t in doc[end:comma]) or any(
                t.pos_ in {"VERB", "AUX"} or t.is_quote for t in doc[sent.start:cue.i]):
            return None
        return cue, doc[cue.i + 1:end], comma
    person = ctx.ent_of[comma - 1]
    named = person is not None and person.label_ == "PERSON" and person.end == comma
    if not named and comma - sent.start <= 12 and not any(
            t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in doc[sent.start:comma]):
        # ("Merle Johannsen (Greens), who ...", "Jelena Baranowa from the association X, which ...": a name
        # with a party bracket or a body after it, then the relative clause)
        named = any(ctx.ent_of[t.i] is not None and ctx.ent_of[t.i].label_ == "PERSON" for t in doc[sent.start:comma])
    second = next((t.i for t in doc[comma + 1:sent.end] if t.text == "," and ctx.in_quote[t.i] < 0), None)
    if second is None or not 1 <= second - comma - 1 <= 14 or second + 3 >= sent.end:
        return None
    between = doc[comma + 1:second]
    if not named:
        # ("The host, pastor Bernhard Thelen, meant, ...": a role, then the person's name in apposition)
        last = ctx.ent_of[second - 1]
        if doc[sent.start].lower_ != "the" or comma - sent.start > 4 or last is None or last.label_ != "PERSON" \
                or last.end != second or any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start:second]):
            return None
    cue = doc[second + 1]
    third = second + 2
    while third < sent.end and doc[third].pos_ == "ADV" and doc[third].lower_ not in {"that", "so"}:
        third += 1  # ("..., meant afterwards, ...": an adverb between the cue and its comma)
    if third + 1 >= sent.end or doc[third].text != "," or _comma_cue_entry(ctx, cue) is None:
        return None
    if any(t.is_quote or ctx.in_quote[t.i] >= 0 for t in between) or (
            between[0].lower_ not in {"who", "whose", "which"} and any(
                t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in between)):
        return None
    if between[0].lower_ == "which" and not named:
        return None
    return cue, doc[sent.start:comma] if named or between[0].lower_ in {"who", "whose"} else between, third


def _named_in_apposition(ctx: _Context, token: Token) -> bool:
    """Whether ``token`` is a subject with a person's name in apposition ("the spokeswoman ..., Maria Sakharova")."""
    return token.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "appos" and ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "PERSON" for c in token.children)


#: Words that open a clause after a comma that is no content clause ("..., as Russian media reported").
_NON_CONTENT_OPENERS = {"as", "which", "who", "whom", "whose", "where", "when", "while", "according", "loud", "so",
                        "and", "but", "although", "because", "since", "after", "before", "if"}


def _perfect_subject(ctx: _Context, auxiliary: Token, sent: Span) -> Span | None:
    """The named subject of a German-order perfect: the entity right before "had" or right after it.

    Limit: a person, organisation or place entity ending at the auxiliary ("Lavrov had ...") or
    starting right after it or after its "the" ("Already on Friday had Downing Street ...",
    "There has the Kremlin chief Vladimir Putin ...").
    """
    doc = ctx.doc
    before = ctx.ent_of[auxiliary.i - 1] if auxiliary.i - 1 >= sent.start else None
    # ("On the eve of the Munich Security Conference have ...": an entity in a fronted adverbial is no subject)
    if before is not None and before.end == auxiliary.i and before.label_ in _SPEAKER_LABELS \
            and before.root.dep_ != "pobj":
        return before
    for i in (auxiliary.i + 1, auxiliary.i + 2):
        after = ctx.ent_of[i] if i < sent.end else None
        if after is not None and after.start == i and after.label_ in _SPEAKER_LABELS \
                and (i == auxiliary.i + 1 or doc[auxiliary.i + 1].lower_ == "the"):
            return _titled_person_after(ctx, after, sent) or after
    return None


#: Nouns that name a quotation before it: "had the sentence „It must be forced“ said".
_QUOTATION_NOUNS = {"sentence", "words", "phrase", "remark"}


def _perfect_quote(ctx: _Context, auxiliary: Token, subject: Span, cue_tokens: list[Token], sent: Span) -> int | None:
    """The quote a German-order perfect reports, or ``None``: its number in ``ctx.quotes``.

    Limit: a quote right after the participle, after a colon or not ("had ... said: „…“"); a quote that
    opens the sentence and closes right before ", had" with the named subject after the auxiliary
    ("„…“, had Lavrov ... said"); or a quote after "the sentence"/"the words" between the auxiliary
    and the participle ("had ... the sentence „…“ said").
    """
    doc = ctx.doc
    opening = {start: number for number, (start, _) in enumerate(ctx.quotes)}
    closing = {end: number for number, (_, end) in enumerate(ctx.quotes)}
    after = cue_tokens[-1].i + 1
    if after < sent.end and doc[after].text == ":":
        after += 1
    if after in opening:
        return opening[after]
    if subject.start > auxiliary.i and auxiliary.i - 2 >= sent.start and doc[auxiliary.i - 1].text == ",":
        number = closing.get(auxiliary.i - 2)
        if number is not None and ctx.quotes[number][0] <= sent.start + 1:
            return number
    for i in range(auxiliary.i + 1, cue_tokens[0].i):
        if i in opening and ctx.quotes[opening[i]][1] < cue_tokens[0].i and doc[i - 1].lower_ in _QUOTATION_NOUNS:
            return opening[i]
    return None


def _titled_person_after(ctx: _Context, ent: Span, sent: Span, *, reach: int = 5) -> Span | None:
    """The person a body's name only qualifies: "the FDP finance politician Tobias Reinhold" names Reinhold.

    Limit: after the entity, one to ``reach`` lower-case nouns or adjectives (the title), then a person
    entity of two words or more, all in the same sentence; ``None`` otherwise.
    """
    doc = ctx.doc
    if ent.label_ == "PERSON":
        return None
    i = ent.end
    if i < sent.end and doc[i].tag_ == "POS":
        i += 1  # "had Russia's foreign minister Sergej Lawrow ... said"
    while i < min(sent.end, ent.end + reach + 1) and doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"}:
        i += 1
    person = ctx.ent_of[i] if ent.end < i < sent.end else None
    return person if person is not None and person.start == i and person.label_ == "PERSON" and len(person) >= 2 \
        else None


def _verb_final_perfect_fallback(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token],
                                 used_quotes: set[int], *, last: _Speaker | None) -> list[Claim]:
    """Machine-translated German perfect with the participle last: "Lavrov had concerning X said, one must ...".

    The parser reads the auxiliary as the main verb and hangs the participle elsewhere, so the
    cue finds no subject. Limit: a named subject next to "had/has/have" (see
    :func:`_perfect_subject`), only words without a verb or comma between the auxiliary and the
    cue's participle; the content is the clause after the participle's comma (to a colon before a
    quote), or, when the sentence ends there, what stands between the subject and the participle.
    Sentences whose content another claim already reads are left alone.
    """
    doc = ctx.doc
    claims: list[Claim] = []
    for auxiliary in ctx.tokens:
        if auxiliary.lemma_ != "have" or auxiliary.tag_ not in {"VBD", "VBZ", "VBP"} or ctx.in_quote[auxiliary.i] >= 0:
            continue
        sent = sents[ctx.sent_of[auxiliary.i]]
        subject = _perfect_subject(ctx, auxiliary, sent)
        if subject is None:
            continue
        middle_start = subject.end if subject.start > auxiliary.i else auxiliary.i + 1
        participle = None
        for t in doc[middle_start:sent.end]:
            if ctx.in_quote[t.i] >= 0 or t.is_quote:
                continue
            if t.text in {",", ";", ":", ".", "!", "?"} or t.is_space:
                break
            found_cue = _trailing_cue_entry(ctx, t) if t.tag_ in {"VBN", "VBD"} else None
            if found_cue is not None:
                participle = found_cue
                break
            if t.pos_ in {"VERB", "AUX"} and not (t.tag_ == "VBG" and t.lower_ in {"concerning", "regarding"}):
                break  # a verb of its own ("had ... met and said"): not one verb-final perfect
        if participle is None:
            continue
        entry, cue_tokens = participle
        last_cue = cue_tokens[-1].i
        if any(c.dep_ == "neg" for c in cue_tokens[0].children) or any(
                doc[i].lower_ in {"not", "never", "n't"} for i in range(middle_start, cue_tokens[0].i)):
            continue  # what someone has not said is no claim
        quote = _perfect_quote(ctx, auxiliary, subject, cue_tokens, sent)
        if quote is not None:
            # "had ... said: „It must be forced.“", "„…“, had Lavrov ... said": the quote is the claim
            owned = [c for c in found if id(c) in cue_of and cue_of[id(c)].i == cue_tokens[0].i]
            if quote in used_quotes or any(c.mode == "direct" for c in owned):
                continue
            speaker = _resolve_speaker(ctx, subject.root, stop=subject.end, last=last)
            if not speaker.actor_id:
                continue
            for claim in owned:  # (a reading of the words around the quote as the content goes)
                found.remove(claim)
            used_quotes.add(quote)
            claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="direct",
                                      content=_quote_content(ctx, [quote]), addressee=None,
                                      extra=[doc[ctx.quotes[quote][0]].idx]))
            continue
        after = last_cue + 1
        if after + 2 < sent.end and doc[after].lower_ == "that" and doc[after].dep_ != "nsubj" \
                and any(ctx.in_quote[i] >= 0 for i in range(after + 1, sent.end)) \
                and not any(id(c) in cue_of and cue_of[id(c)].i == cue_tokens[0].i for c in found):
            # "had earlier said that Kiev to their implementation brought must be: „It must be forced.“"
            start, stop = _trim(doc, after + 1, sent.end)
        elif after < sent.end and doc[after].text == "," and after + 2 < sent.end \
                and doc[after + 1].lower_ not in _NON_CONTENT_OPENERS and not doc[after + 1].is_quote \
                and doc[after + 1].pos_ not in {"VERB", "AUX"}:  # "..., wrote the agency X": an attribution
            stop = next((t.i for t in doc[after + 1:sent.end] if t.text in {":", ";"} and ctx.in_quote[t.i] < 0),
                        sent.end)
            start, stop = _trim(doc, after + 1, stop)
        elif after >= sent.end or doc[after].text in {".", "!"} or doc[after].is_space:
            start = middle_start
            # "in December", "on Friday": a date before the content is the circumstance of the cue
            while start < cue_tokens[0].i and (doc[start].ent_type_ in {"DATE", "TIME"} or doc[start].pos_ == "ADV"
                                               or doc[start].dep_ == "prep" and doc[start + 1].ent_type_ in {
                                                   "DATE", "TIME"}):
                start += 1
            start, stop = _trim(doc, start, cue_tokens[0].i)
        else:
            continue
        if stop - start < 2 or not _has_content_word(doc[start:stop]):
            continue
        if any(i in ctx.cue_entries or _trailing_cue_entry(ctx, doc[i]) is not None for i in range(start, stop)):
            continue  # "..., from Brussels it was said, one stand ready": the clause has a cue of its own
        owned = [c for c in found if id(c) in cue_of and cue_of[id(c)].i == cue_tokens[0].i]
        if owned:
            # the cue has its claim already; one without a speaker gets the perfect's named subject
            claim = owned[0]
            speaker = _resolve_speaker(ctx, subject.root, stop=subject.end, last=last) if not claim.speaker_id else None
            fixed = claim
            if speaker is not None and speaker.actor_id:
                fixed = fixed._replace(speaker_text=speaker.text, speaker_id=speaker.actor_id, speaker_name=speaker.name,
                                       speaker_start=speaker.start, speaker_end=speaker.end,
                                       start_char=min(claim.start_char, speaker.start))
            if start > last_cue and fixed.content_end <= cue_tokens[0].idx:
                # "had from NATO guarantees demanded, that the alliance not expand": the object before the
                # participle and the clause after its comma are one content
                end_char = doc[stop - 1].idx + len(doc[stop - 1].text)
                fixed = fixed._replace(content=ctx.text[fixed.content_start:end_char], content_end=end_char,
                                       end_char=max(fixed.end_char, end_char))
            if fixed is not claim:
                found[found.index(claim)] = fixed
                cue_of[id(fixed)] = cue_of[id(claim)]
            continue
        span = doc[start:stop]
        if any(c.content_start < span.end_char and span.start_char < c.content_end for c in found + claims):
            continue  # another claim reads it already
        speaker = _resolve_speaker(ctx, subject.root, stop=subject.end, last=last)
        if not speaker.actor_id:
            continue
        quoted = [i for i in range(start, stop) if ctx.in_quote[i] >= 0]
        used_quotes.update(ctx.in_quote[i] for i in quoted)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                                  mode="mixed" if quoted else "indirect",
                                  content=(span.start_char, span.end_char, span.text), addressee=None))
    return claims


#: Words that open the complement of an object cue in German order ("accused X already in December of ...").
_OBJECT_COMPLEMENT_MARKS = {"of", "to"}


def _object_complement_start(ctx: _Context, addressee: Token, sent_end: int, *, reach: int = 7) -> int | None:
    """The index of the "of"/"to" that opens an object cue's complement after its addressee, or ``None``.

    Limit: only adverbials may stand between the addressee's head and the mark ("Moscow in a
    statement of", "the NATO already in December of"): at most ``reach`` words, no verb, comma or quote.
    """
    doc = ctx.doc
    for i in range(addressee.i + 1, min(sent_end, addressee.i + 1 + reach)):
        t = doc[i]
        if t.lower_ in _OBJECT_COMPLEMENT_MARKS:
            # the mark hangs on the cue, the addressee or an adverbial of the cue ("in a statement of",
            # "in December of"), never on a noun of its own ("for its hesitation in the question of")
            cue = addressee.head.head if addressee.dep_ == "pobj" else addressee.head
            host = t.head
            attached = host.i in {cue.i, addressee.i} or host.dep_ == "pobj" and host.head.head.i == cue.i
            if i + 1 >= sent_end or not attached:
                return None
            following = doc[i + 1]
            # "of" opens an accusation's act ("of bringing", "of to „close"), not a name's body ("Popa of the agency")
            if t.lower_ == "of" and not (following.tag_ == "VBG" or following.lower_ == "to" or following.is_quote):
                return None
            return i
        if t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":", "."} or t.is_quote or ctx.in_quote[i] >= 0:
            return None
    return None


def _person_speaker_before(ctx: _Context, found: list[Claim], char: int) -> _Speaker | None:
    """The speaker of the last claim before character ``char`` whose speaker is a person the text names, or ``None``.

    For the fallback rules that run after the main pass: a "he" there refers back like one found
    in order would. Limit: a person is an actor some PERSON entity of the document is linked to.
    """
    people = {ent.kb_id_ for ent in ctx.ents if ent.label_ == "PERSON" and ent.kb_id_}
    before = [c for c in found if c.start_char < char and c.speaker_id in people]
    if not before:
        return None
    claim = max(before, key=lambda c: c.start_char)
    return _Speaker(claim.speaker_text, claim.speaker_id, claim.speaker_name, claim.speaker_start, claim.speaker_end, True)


def _object_complement_claims(ctx: _Context, found: list[Claim], cue_of: dict[int, Token],
                              sents: list[Span]) -> list[Claim]:
    """German-order complements of object cues: "accused Moscow in a statement of blocking X", "called on X to the costs to relieve".

    Machine-translated German keeps the infinitive or "of" phrase after the addressee and
    adverbials, where the parser hangs it on the verb or a noun; the claim then reads only the
    addressee (or nothing). Limit: cues whose addressee is their object (``data/cues.csv``); the
    complement runs from the mark to the sentence end (or a comma before a relative clause);
    an existing claim of the cue is given that content when its own lies outside it, a missing
    one is made when the cue's subject resolves to an actor.

    Returns:
        ``found`` with the changed and the new claims.
    """
    doc = ctx.doc
    by_cue = {cue_of[id(c)].i: c for c in found if id(c) in cue_of}
    result = list(found)
    for i, entry in ctx.cue_entries.items():
        token = doc[i]
        if "object" not in entry.addressee or any(c.dep_ == "neg" for c in token.children) \
                or entry.complement == "object_then_particle":
            continue  # ("warned before X of Y": the particle's phrase is the content, not an addressee)
        particle = None
        if entry.particle:
            particle = next((c for c in token.children if c.lower_ == entry.particle and c.i > token.i), None)
            addressee = next((g for g in particle.children if g.dep_ == "pobj"), None) if particle is not None else None
        else:
            addressee = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
        if addressee is None or addressee.pos_ not in {"NOUN", "PROPN"}:
            continue
        sent = sents[ctx.sent_of[i]]
        mark = _object_complement_start(ctx, addressee, sent.end)
        if mark is None:
            continue
        stop = next((t.i for t in doc[mark + 1:sent.end] if ctx.in_quote[t.i] < 0 and (
            t.text in {";", ":"} or t.text == "," and t.i + 1 < sent.end
            and doc[t.i + 1].lower_ in {"which", "who", "whom", "that", "while", "but", "and"})), sent.end)
        start, stop = _trim(doc, mark + 1, stop)
        if stop - start < 2 or not _has_content_word(doc[start:stop]):
            continue
        span = doc[start:stop]
        quoted = any(ctx.in_quote[k] >= 0 for k in range(start, stop))
        mode = "mixed" if quoted else "indirect"
        claim = by_cue.get(i)
        if claim is not None:
            phrase_start = doc[addressee.left_edge.i].idx
            inside = span.start_char < claim.content_start and claim.content_end <= span.end_char
            if not (inside or phrase_start <= claim.content_start and claim.content_end <= doc[mark].idx):
                continue  # the claim reads the complement or something else; only the addressee or a piece is replaced
            fixed = claim._replace(content=span.text, content_start=span.start_char, content_end=span.end_char,
                                   mode=mode, start_char=min(claim.start_char, span.start_char),
                                   end_char=max(claim.end_char, span.end_char))
            result[result.index(claim)] = fixed
            cue_of[id(fixed)] = token
            continue
        subject = _subject(token)
        if subject is None or any(c.content_start < span.end_char and span.start_char < c.content_end
                                  for c in result):
            continue
        # (a pronoun takes up the last person who spoke before: "…, wrote Feldmeier on Twitter. He called on …")
        speaker = _resolve_speaker(ctx, subject, stop=token.i, last=_person_speaker_before(ctx, result, token.idx))
        if not speaker.actor_id:
            continue
        new = _make_claim(ctx, speaker=speaker, cue_tokens=[token, particle] if particle is not None else [token],
                          entry=entry, mode=mode,
                          content=(span.start_char, span.end_char, span.text), addressee=addressee)
        result.append(new)
        cue_of[id(new)] = token
    return result


def _noun_tagged_cue_entry(ctx: _Context, token: Token) -> CueEntry | None:
    """The verb cue entry of a present-tense (or past) reporting verb the tagger read as a noun, or ``None``.

    "Harbour chief Petra Holm demands since March „…“, that ...": after a title and a name the
    tagger often takes the verb's -s form for a plural noun (NNS). Limit: a single-word cue with
    no particle, the word ending in "s" (or a past form tagged NN right before a comma: "Lea
    Bartusch (17) meant, ..."), or a verb's -s form the parser made the auxiliary of a participle
    after it ("Moscow demands instead written guarantees"), with no determiner or possessive of its
    own, and not inside a quote.
    """
    past = token.tag_ == "NN" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "," \
        and (token.lower_ in _IRREGULAR_PASTS or token.lower_.endswith("ed"))
    # ("Moscow demands instead written guarantees": the parser made the verb an auxiliary or subject of "written")
    auxiliary = token.tag_ == "VBZ" and token.dep_ in {"aux", "nsubj"} and token.head.i > token.i \
        and token.head.tag_ in {"VBN", "VBD"}
    if (token.tag_ != "NNS" or not token.lower_.endswith("s")) and not past and not auxiliary \
            or ctx.in_quote[token.i] >= 0:
        return None
    if any(c.dep_ in {"det", "poss", "nummod"} and not any(t.pos_ == "PROPN" for t in token.doc[c.i:token.i])
           and token.doc[c.i - 1].text != "(" for c in token.children):
        # "the demands", "his demands", "two demands": a real noun (not "The chief Holm demands", "Holm (52) demands")
        return None
    # ("Pupil spokeswoman Lea Bartusch (17) meant, the West have ...": a past form read as a noun before
    # the comma of its reported clause)
    entries = past_form_entries(token.lower_, ctx.cues) if past else \
        ctx.cues.verbs.get((token.lemma_ or token.lower_).lower(), [])
    return next((e for e in entries if not e.particle and e.complement != "colon"), None)


def _opening_name(ctx: _Context, token: Token, sent: Span) -> Span | None:
    """The named entity that ends right before ``token`` (an "(age)" between allowed) and opens the sentence, or ``None``.

    Limit: only title words (nouns, proper nouns, adjectives, determiners) may stand between the
    sentence start and the name, which is how a subject opens a German main clause in translation.
    """
    doc = ctx.doc
    before = token.i - 1
    if before > sent.start and doc[before].text == ")":
        opening = next((i for i in range(before - 1, max(sent.start, before - 4) - 1, -1) if doc[i].text == "("), None)
        if opening is None:
            return None
        before = opening - 1  # "Petra Holm (52) demands": the age in brackets belongs to the name
    if before < sent.start:
        return None
    ent = ctx.ent_of[before]
    if ent is None or ent.end != before + 1 or not ent.kb_id_:
        return None
    if any(t.pos_ not in {"DET", "NOUN", "PROPN", "ADJ"} or ctx.in_quote[t.i] >= 0 for t in doc[sent.start:ent.start]):
        return None  # a verb or a clause before the name: the name is no sentence-opening subject
    return ent


def _noun_tagged_verb_claims(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token],
                             used_quotes: set[int], *, last: _Speaker | None) -> list[Claim]:
    """Claims of a reporting verb in the present tense that the tagger read as a plural noun.

    "Harbour chief Petra Holm demands since March „binding guarantees“, that the port not
    expands": the verb, tagged NNS, gets no verb reading, or a nominal one with a wrong speaker.
    Limit: the cue must follow a named entity that opens the sentence (see :func:`_opening_name`);
    prepositional adjuncts and dates right after the cue are the circumstance, the rest of the
    sentence (to a semicolon or colon) is the content. A claim the same cue already made is
    replaced; a content another claim reads already is left alone.
    """
    doc = ctx.doc
    claims: list[Claim] = []
    for token in ctx.tokens:
        entry = _noun_tagged_cue_entry(ctx, token)
        if entry is None:
            continue
        sent = sents[ctx.sent_of[token.i]]
        name = _opening_name(ctx, token, sent)
        if name is None:
            continue
        start = token.i + 1
        # "since March", "from the council": prepositional adjuncts between the cue and its object
        while start < sent.end and (doc[start].pos_ in {"ADP", "SCONJ"} and doc[start].lower_ not in {"that", "as"}
                                    or doc[start].ent_type_ in {"DATE", "TIME"} or doc[start].pos_ == "ADV"):
            named = ctx.ent_of[start + 1 + (doc[start + 1].lower_ == "the")] \
                if start + 2 < sent.end and doc[start].pos_ == "ADP" else None
            if start + 1 < sent.end and _since_duration(doc, start):
                start += 2  # ("since weeks deliveries of weapons": German "seit Wochen" before the object)
            elif named is not None and named.start in {start + 1, start + 2} and named.label_ in _SPEAKER_LABELS:
                start = named.end  # ("from Berlin weapons": the named addressee ends the adjunct)
            elif doc[start].pos_ in {"ADP", "SCONJ"}:
                stop = next((t.i for t in doc[start + 1:min(sent.end, start + 6)]
                             if t.pos_ in {"NOUN", "PROPN", "PRON"} and not (
                                 t.i + 1 < sent.end and doc[t.i + 1].pos_ in {"NOUN", "PROPN"})), None)
                if stop is None:
                    break
                start = stop + 1
            else:
                start += 1
        end = next((t.i for t in doc[start:sent.end] if t.text in {";", ":"} and ctx.in_quote[t.i] < 0), sent.end)
        start, end = _trim(doc, start, end)
        if end - start < 3 or not _has_content_word(doc[start:end]):
            continue
        # ("demands ... written guarantees": a participle right before a noun modifies it, it reports nothing)
        other = next((i for i in range(start, end) if i in ctx.cue_entries and ctx.in_quote[i] < 0
                      and not (i == start and doc[i].tag_ in {"VBN", "VBD"} and i + 1 < end
                               and doc[i + 1].pos_ in {"NOUN", "ADJ"})), None)
        comma = next((j for j in range(other - 1, start, -1) if doc[j].text == ","), None) if other is not None else None
        if comma is not None and comma - start >= 3 and (doc[comma + 1].lower_ in {"and", "but"} or any(
                c.dep_ == "nsubj" and comma < c.i < other for c in doc[other].children)):
            # ("Kiev demands ... weapons, Berlin refuses the delivery": a clause of its own after a comma, with its
            # own subject or coordinated by "and", is another claim; the content ends before it)
            end = comma
        elif other is not None:
            continue  # a cue of its own in the rest: the usual reading decides
        span = doc[start:end]
        owned = [c for c in found if id(c) in cue_of and cue_of[id(c)].i == token.i]
        if any(c.content_start < span.end_char and span.start_char < c.content_end
               for c in found + claims if c not in owned):
            continue  # another claim reads it already
        speaker = _resolve_speaker(ctx, name.root, stop=name.end, last=last)
        if not speaker.actor_id:
            continue
        for claim in owned:
            found.remove(claim)  # "demands from the West „…“": the nominal reading gave the addressee as speaker
        claims.append(_span_claim(ctx, start, end, speaker=speaker, cue_tokens=[token], entry=entry,
                                  used_quotes=used_quotes))
    return claims


def _subject_after_fronted_cue(ctx: _Context, i: int, sent: Span) -> Span | None:
    """The subject right after a cue that an adverb put second (see :func:`_fronted_adverb_cue_claims`), or ``None``.

    A pronoun right after the cue ("Also criticised he the EU"), else the first full name of a person in the next six
    words (the model may tag a body or title before it a one-word name: "[Konsumentenbund] chairman [Walter X]"), a
    one-word name, the last of names that follow each other ("[Team Kärnten-Abgeordnete] [Elisabeth X]"), or a listed
    body not before a noun ("the FPÖ man" is a person); only an article and capitalised or role words may stand
    before it.
    """
    doc = ctx.doc
    if doc[i + 1].lower_ in _PARENTHETICAL_PRONOUNS:
        return doc[i + 1:i + 2]
    window = [ctx.ent_of[j] for j in range(i + 1, min(sent.end, i + 7))
              if ctx.ent_of[j] is not None and ctx.ent_of[j].start == j]
    # (a body's name before a person's noun describes the person: "Besides criticised the FPÖ man, ...")
    ent = next((e for e in window if e.label_ == "PERSON" and len(e) >= 2), None) \
        or next((e for e in window if e.label_ == "PERSON"), None) or next(
        (e for e in window if e.label_ == "ORG" and e.kb_id_ and not (
            e.end < sent.end and doc[e.end].is_lower and doc[e.end].pos_ == "NOUN")), None)
    while ent is not None and ent.label_ == "PERSON" and ent.end < sent.end and ctx.ent_of[ent.end] is not None \
            and ctx.ent_of[ent.end].start == ent.end and ctx.ent_of[ent.end].label_ == "PERSON":
        ent = ctx.ent_of[ent.end]  # ("[Team Kärnten-Abgeordnete] [Elisabeth Kronawetter]": the name after the title)
    if ent is None:
        return None
    before = doc[i + 1:ent.start]
    if not all(t.pos_ in {"DET", "PROPN", "NOUN", "ADJ"} or t.text in _NAME_HYPHENS for t in before):
        return None
    if any(t.is_lower and t.pos_ != "DET" and not t.is_punct for t in before) \
            and not any((t.lemma_ or t.lower_).lower() in ctx.cues.roles for t in before):
        return None  # ("the Landtag member Hinrich Wöltje": lower-case words only with a role among them)
    return ent


def _fronted_adverb_cue_claims(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token],
                               used_quotes: set[int], *, last: _Speaker | None) -> list[Claim]:
    """Claims of a German main clause opened by an adverb: "Sharply criticised FPÖ-Gemeinderat Günther Prantl the resolution".

    Translated German puts the finite verb second and the subject after it ("Scharf kritisierte X den
    Beschluss"); the parser reads the verb as a modifier of the name or the speaker as its object. Limit: one or
    two adverbs open the sentence, a verb cue of data/cues.csv without a particle follows (past or present
    tense), then a person's name (or, with no person, a body's), with only an article and capitalised or
    role words before it in at most six words; an "(age)" or party bracket and a short apposition closed by a
    comma ("Herta Kofler-Bichl, 44, nurse in Kufstein,") and a time ("on Monday evening") belong to the
    speaker; the rest of the sentence is the content. A claim the cue made with another content or
    speaker is replaced; a content another claim reads is left alone.
    """
    doc = ctx.doc
    claims: list[Claim] = []
    for sent in sents:
        i = sent.start
        while i < sent.end and (doc[i].is_space or doc[i].is_punct and not doc[i].is_quote):
            i += 1
        opening = i
        while i < min(sent.end, opening + 2) and doc[i].pos_ == "ADV" and doc[i].is_alpha and ctx.in_quote[i] < 0:
            i += 1
        if i == opening or i + 3 >= sent.end or not doc[opening].is_title:
            continue
        token = doc[i]
        lemma = (token.lemma_ or token.lower_).lower()
        entry = ctx.cue_entries.get(i) or next((e for e in ctx.cues.verbs.get(lemma, []) if not e.particle), None)
        if entry is None or entry.particle or token.tag_ not in {"VBD", "VBZ", "VBN"} or ctx.in_quote[i] >= 0:
            continue
        ent = _subject_after_fronted_cue(ctx, i, sent)
        if ent is None:
            continue
        start = ent.end
        if start < sent.end and doc[start].text == "(":
            start = next((j + 1 for j in range(start, min(sent.end, start + 6)) if doc[j].text == ")"), start)
        for _ in range(2):  # (", 44, nurse in Kufstein,": an age and a trade, each set off by commas)
            if start >= sent.end or doc[start].text != ",":
                break
            comma = next((j for j in range(start + 1, min(sent.end, start + 8)) if doc[j].text == ","), None)
            if comma is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[start + 1:comma]) \
                    or doc[start + 1].lower_ in {"the", "a", "an", "that"}:
                break  # ("..., the plan, ...": the object; "X, that ...": a clause)
            start = comma + 1
        if start < sent.end and doc[start].text == ",":
            continue  # ("Sharply criticised X, that ...": no apposition closed, the clause is read elsewhere)
        while start < sent.end and (doc[start].ent_type_ in {"DATE", "TIME"} or (
                doc[start].pos_ == "ADP" and start + 1 < sent.end and doc[start + 1].ent_type_ in {"DATE", "TIME"})):
            start += 1  # ("on Monday evening the draft budget": a time after the speaker is its circumstance)
        # ("the language of the armament: Who only of troops ... speak, talk no longer about people": a colon spells
        # the object out; a semicolon ends the statement)
        end = next((t.i for t in doc[start:sent.end] if t.text == ";" and ctx.in_quote[t.i] < 0), sent.end)
        start, end = _trim(doc, start, end)
        if end - start < 2 or not _has_content_word(doc[start:end]):
            continue
        speaker = _resolve_speaker(ctx, ent.root, stop=ent.end, last=last)
        if speaker.actor_id:
            # (the usual reading got it when its claim of this speaker covers where the content starts)
            _replace_cue_claims(ctx, found, claims, cue_of, token, (start, end), speaker, entry, used_quotes,
                                read=lambda c, span: c.content_start <= span.start_char < c.content_end)
    return claims


def _fronted_particle_phrase_claims(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token],
                                    used_quotes: set[int], *, last: _Speaker | None) -> list[Claim]:
    """Claims of a particle cue whose phrase opens the sentence: "Before a further price spiral warned on Tuesday also the X".

    Translated German fronts the object of "warnen vor" ("Vor einer Preisspirale warnte ... der X"); the parser makes
    the phrase's noun the subject. Limit: the sentence opens with the particle of a data/cues.csv row of the verb
    that follows within ten words (no comma or other verb between: "Before panic purchases warned she"), in the
    past or present tense; after adverbs and a time, a pronoun or a name is the subject (see
    :func:`_subject_after_fronted_cue`); the fronted phrase is the content. A claim the cue made with another
    speaker is replaced.
    """
    doc = ctx.doc
    claims: list[Claim] = []
    for sent in sents:
        opening = next((t.i for t in sent if not (t.is_space or t.is_punct and not t.is_quote)), None)
        if opening is None or doc[opening].pos_ != "ADP" or not doc[opening].is_title or ctx.in_quote[opening] >= 0:
            continue
        token = next((t for t in doc[opening + 1:min(sent.end, opening + 11)]
                      if t.pos_ in {"VERB", "AUX"} or t.is_punct and not t.is_quote), None)
        if token is None or token.is_punct or token.i < opening + 2 or token.tag_ not in {"VBD", "VBZ"}:
            continue
        lemma = (token.lemma_ or token.lower_).lower()
        entry = next((e for e in ctx.cues.verbs.get(lemma, []) if e.particle == doc[opening].lower_), None)
        if entry is None:
            continue
        k = token.i + 1
        while k < sent.end and (doc[k].pos_ == "ADV" or doc[k].ent_type_ in {"DATE", "TIME"} or (
                doc[k].pos_ == "ADP" and k + 1 < sent.end and doc[k + 1].ent_type_ in {"DATE", "TIME"})):
            k += 1  # ("warned on Tuesday also the X": a time and adverbs before the subject)
        if k + 1 >= sent.end:
            continue
        ent = _subject_after_fronted_cue(ctx, k - 1, sent)
        if ent is None or any(t.lower_ == entry.particle for t in doc[token.i + 1:sent.end]):
            continue  # ("Before 300 members warned the 61-year-old before a wave of closures": the particle follows)
        colon = next((t.i for t in doc[ent.end:sent.end] if t.text == ":" and ctx.in_quote[t.i] < 0), None)
        # ("Before a hasty exit warned he expressly: A termination ... could the club dearly come to stand": the
        # clause after a colon spells the warning out)
        start, end = _trim(doc, opening, token.i) if colon is None else _trim(doc, colon + 1, sent.end)
        if end - start < 2 or not _has_content_word(doc[start:end]):
            continue
        speaker = _resolve_speaker(ctx, ent.root, stop=ent.end, last=last)
        if speaker.actor_id:
            # (the usual reading got it when its claim of this speaker overlaps the content)
            _replace_cue_claims(ctx, found, claims, cue_of, token, (start, end), speaker, entry, used_quotes,
                                read=lambda c, span: c.content_start < span.end_char and span.start_char < c.content_end)
    return claims


def _replace_cue_claims(ctx: _Context, found: list[Claim], claims: list[Claim], cue_of: dict[int, Token], token: Token,
                        content: tuple[int, int], speaker: _Speaker, entry: CueEntry, used_quotes: set[int], *,
                        read: Callable[[Claim, Span], bool]) -> None:
    """Add the claim a German word-order rule read for ``token`` to ``claims``, in place of the cue's own claims.

    Nothing is added when a claim the cue made names this speaker and ``read`` says it reads the content already,
    when the cue made a quoted claim (the quote rules read it), or when another claim reads the content; the
    cue's own claims are removed from ``found`` otherwise (used by :func:`_fronted_adverb_cue_claims` and
    :func:`_fronted_particle_phrase_claims`).
    """
    span = ctx.doc[content[0]:content[1]]
    owned = [c for c in found if id(c) in cue_of and cue_of[id(c)].i == token.i]
    if any(c.speaker_id == speaker.actor_id and read(c, span) or c.mode != "indirect" for c in owned):
        return  # the usual reading got it (a quote the cue introduced is read by the quote rules)
    if any(c.content_start < span.end_char and span.start_char < c.content_end
           for c in found + claims if c not in owned):
        return  # another claim reads it already
    for claim in owned:
        found.remove(claim)
    claims.append(_span_claim(ctx, span.start, span.end, speaker=speaker, cue_tokens=[token], entry=entry,
                              used_quotes=used_quotes))


#: Pronouns that can speak in a mid-sentence parenthetical ("The vote, he told reporters, was ...").
_PARENTHETICAL_PRONOUNS = {"he", "she", "they"}


def _parenthetical_speaker(ctx: _Context, cue: Token, sent: Span) -> tuple[int, Token, int] | None:
    """The opening comma, the speaker's head and the closing comma of a parenthetical attribution, or ``None``.

    "SUBJECT, he told reporters afterward, PREDICATE" (subject first) or "SUBJECT, said X of the Y
    Institute, PREDICATE" (inverted, a named speaker). Limit: the speaker is a pronoun or a named
    entity; only nouns, names, adverbs, prepositions and numbers may stand between the cue and the
    closing comma, at most 12 words.
    """
    doc = ctx.doc
    before = doc[cue.i - 1] if cue.i > sent.start else None
    if before is None:
        return None
    if before.text == ",":  # inverted: ", said Katrin Vogt of the Harbour Institute,"
        ent = ctx.ent_of[cue.i + 1] if cue.i + 1 < sent.end else None
        if ent is None or ent.start != cue.i + 1 or ent.label_ not in _SPEAKER_LABELS:
            return None
        opening, head, after = cue.i - 1, ent.root, ent.end
    else:
        ent = ctx.ent_of[before.i]
        if before.lower_ in _PARENTHETICAL_PRONOUNS:
            start, head = before.i, before
        elif ent is not None and ent.end == cue.i and ent.label_ in _SPEAKER_LABELS:
            start, head = ent.start, ent.root
        else:
            return None
        opening, after = start - 1, cue.i + 1
    if opening <= sent.start or doc[opening].text != ",":
        return None
    closing = next((t.i for t in doc[after:min(sent.end, after + 12)] if t.text == "," or not (
        t.pos_ in {"NOUN", "PROPN", "ADV", "ADP", "DET", "NUM", "ADJ", "PART"} or ctx.ent_of[t.i] is not None)), None)
    if closing is None or doc[closing].text != "," or ctx.in_quote[closing] >= 0:
        return None
    return opening, head, closing


def _parenthetical_attribution_claims(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token],
                                      used_quotes: set[int]) -> list[Claim]:
    """Claims of an attribution set off by commas between a subject and its predicate.

    "The vote, he told reporters afterward, was „a gift ...“" and "The harbour's role, said Katrin
    Vogt of the Coastal Institute, would depend on ...": the parser takes the subject for the
    cue's and the predicate for a conjunct or another clause. Limit: the words before the first
    comma must be one noun phrase (no verb, quote or cue) opening the sentence, and the part after
    the second comma must open with a finite verb (adverbs before it allowed). A claim the same cue
    made is replaced; a content another claim reads already is left alone.
    """
    doc = ctx.doc
    claims: list[Claim] = []
    for cue_i in sorted(ctx.cue_entries):
        cue = doc[cue_i]
        sent = sents[ctx.sent_of[cue_i]]
        found_speaker = _parenthetical_speaker(ctx, cue, sent)
        if found_speaker is None:
            continue
        opening, head, closing = found_speaker
        left_start, left_end = _trim(doc, sent.start, opening)
        if left_end - left_start < 1 or any(
                t.pos_ in {"VERB", "AUX"} or t.is_quote or ctx.in_quote[t.i] >= 0 or t.i in ctx.cue_entries
                or t.text in {",", ";", ":"} for t in doc[left_start:left_end]):
            continue  # "He left, she said, and ...": a clause before the parenthetical, not a subject
        if not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in doc[left_start:left_end]):
            continue
        right_start, right_end = _trim(doc, closing + 1, sent.end)
        verb = next((t for t in doc[right_start:right_end] if t.pos_ != "ADV"), None)
        if verb is None or verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {"VBD", "VBZ", "VBP", "MD"} \
                or verb.i in ctx.cue_entries or ctx.in_quote[verb.i] >= 0:
            continue  # the predicate must follow: "The vote, he said, was ..."
        owned = [c for c in found if id(c) in cue_of and cue_of[id(c)].i == cue_i]
        left, right = doc[left_start:left_end], doc[right_start:right_end]
        if any(c.content_start < right.end_char and left.start_char < c.content_end
               for c in found + claims if c not in owned):
            continue  # another claim reads it already
        speaker = _resolve_speaker(ctx, head, stop=closing, last=None)
        if not speaker.actor_id:
            continue
        entry = ctx.cue_entries[cue_i]
        for claim in owned:
            found.remove(claim)  # the parse gave the subject or the predicate alone
        quoted = {ctx.in_quote[i] for i in range(right_start, right_end) if ctx.in_quote[i] >= 0}
        used_quotes.update(quoted)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[cue], entry=entry,
                                  mode="mixed" if quoted else "indirect",
                                  content=(left.start_char, right.end_char, f"{left.text} {right.text}"),
                                  addressee=None))
    return claims



#: Parts of speech of an adverbial between causative "let" and its speech infinitive ("through a spokeswoman").
_LET_ADJUNCT_POS = {"ADP", "DET", "NOUN", "PROPN", "ADJ", "ADV", "NUM"}


def _caused_speech_entry(ctx: _Context, let: Token, word: Token) -> CueEntry | None:
    """The cue entry of the speech infinitive ``word`` after causative "let" ("let declare"), or ``None``.

    Limit: a single-word verb cue read from the word's own form (the tagger often takes the bare
    infinitive for a noun), or a "let X" phrasal row of the cue table ("let know").
    """
    phrasal = next((e for e in ctx.cues.verbs.get("let", []) if e.particle == word.lower_), None)
    if phrasal is not None:
        return phrasal
    return next((e for e in ctx.cues.verbs.get(word.lower_, []) if not e.particle and e.complement != "colon"), None)


def _caused_speech_claims(ctx: _Context, sents: list[Span], found: list[Claim], used_quotes: set[int]) -> list[Claim]:
    """Claims of German causative speech: "The association let through a spokeswoman explain, one prepare ...".

    German "ließ (durch X) erklären, ..." (= had it declared) keeps "let" and a bare infinitive in
    translation; the parser reads the infinitive as a noun or a clause of its own, so the
    speaker (the subject of "let") gets no claim. Limit: only adverbials (no verb, no comma) may
    stand between "let" and the infinitive, which must be followed by a comma, colon or "that";
    the content runs from there to the sentence end (or a semicolon). A content another claim
    reads already is left alone; the speaker must resolve to an actor.
    """
    doc = ctx.doc
    claims: list[Claim] = []
    for let in ctx.tokens:
        if (let.lemma_ or let.lower_).lower() != "let" or let.pos_ not in {"VERB", "AUX"} or ctx.in_quote[let.i] >= 0:
            continue
        sent = sents[ctx.sent_of[let.i]]
        cue = None
        for word in doc[let.i + 1:min(sent.end - 2, let.i + 9)]:
            nxt = doc[word.i + 1]
            # (the infinitive closes the German verb bracket: a comma, colon or "that" opens what was said)
            if (nxt.text in {",", ":"} or nxt.lower_ == "that") and _caused_speech_entry(ctx, let, word) is not None:
                cue = word
                break
            if word.pos_ not in _LET_ADJUNCT_POS and word.tag_ != "PRP$" or word.is_punct:
                break  # a verb or punctuation before any speech infinitive: "let" is no causative of speech
        if cue is None:
            continue
        entry = _caused_speech_entry(ctx, let, cue)
        # the subject of "let", or of the verb it became the auxiliary of ("let spread that ...")
        holder = let.head if let.dep_ == "aux" else let
        subject = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < let.i), None)
        if subject is None or entry is None:
            continue
        start = cue.i + 1 + (doc[cue.i + 1].text in {",", ":"})
        start += start < sent.end and doc[start].lower_ == "that"
        end = next((t.i for t in doc[start:sent.end] if t.text == ";" and ctx.in_quote[t.i] < 0), sent.end)
        start, end = _trim(doc, start, end)
        if end - start < 3 or not _has_content_word(doc[start:end]):
            continue
        span = doc[start:end]
        if any(c.content_start < span.end_char and span.start_char < c.content_end for c in found + claims):
            continue  # another claim reads it already
        speaker = _resolve_speaker(ctx, subject, stop=let.i, last=None)
        if not speaker.actor_id:
            continue
        quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
        used_quotes.update(quoted)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[let, cue], entry=entry,
                                  mode="mixed" if quoted else "indirect",
                                  content=(span.start_char, span.end_char, span.text), addressee=None))
    return claims


#: Tags of a participle or past form that closes a German verb-final clause ("... demanded and ... described").
_FINAL_CUE_TAGS = {"VBN", "VBD"}


def _coordinated_final_cue_claims(ctx: _Context, sents: list[Span], found: list[Claim],
                                  used_quotes: set[int]) -> list[Claim]:
    """Claims of a second verb-final cue coordinated with a claimed one: "X had A demanded and B as „weak“ described.".

    German perfects put both participles last ("hatte A gefordert und B als X bezeichnet"); the
    parser reads the second participle as a noun or a modifier, so its claim is lost. Limit: a
    claimed cue in the past or participle form right before "and", a verb-free stretch after
    "and", and a cue in the same form closing the sentence; the second claim takes the first
    claim's speaker, and a content another claim reads already is left alone.
    """
    doc = ctx.doc
    claims: list[Claim] = []
    for sent in sents:
        end = sent.end
        while end > sent.start and (doc[end - 1].is_space or doc[end - 1].text in {".", "!"}):
            end -= 1
        if end - sent.start < 6 or end == sent.end or doc[end].text != ".":
            continue  # (only a declarative sentence closed by its participle)
        last = doc[end - 1]
        found_cue = _trailing_cue_entry(ctx, last) if last.tag_ in _FINAL_CUE_TAGS else None
        if found_cue is None or len(found_cue[1]) != 1:
            continue
        entry = found_cue[0]
        # the nearest "and" before the closing participle; only a verb-free stretch may follow it
        joint = next((t for t in reversed(doc[sent.start + 2:last.i - 1]) if t.lower_ == "and"), None)
        if joint is None or ctx.in_quote[joint.i] >= 0:
            continue
        first = doc[joint.i - 1]
        stretch = doc[joint.i + 1:last.i]
        if first.tag_ not in _FINAL_CUE_TAGS or len(stretch) < 2 \
                or any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" or t.text in {",", ";", ":"} for t in stretch) \
                or not _has_content_word(stretch):
            continue  # (a finite verb or a comma after "and" opens a clause of its own)
        prior = next((c for c in found if c.cue.split()[:1] == [first.text] and c.start_char <= first.idx < c.end_char
                      and c.speaker_id), None)
        if prior is None or any(c.content_start < stretch.end_char and stretch.start_char < c.content_end
                                for c in found + claims if c is not prior):
            continue
        speaker = _Speaker(prior.speaker_text, prior.speaker_id, prior.speaker_name, prior.speaker_start,
                           prior.speaker_end)
        quoted = {ctx.in_quote[i] for i in range(stretch.start, stretch.end) if ctx.in_quote[i] >= 0}
        used_quotes.update(quoted)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[last], entry=entry,
                                  mode="mixed" if quoted else "indirect",
                                  content=(stretch.start_char, stretch.end_char, stretch.text), addressee=None))
    return claims
