"""Reported speech: verb complements, passives, nominal cues, "according to"/"loud X" and "in his view"."""
from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from spacy.tokens import Doc, Span, Token

from workbench.actors import _is_age_description
from workbench.claims.context import (
    Claim,
    _actor_of,
    _Context,
    _entity_speaker,
    _has_content_word,
    _is_time_adjunct,
    _make_claim,
    _quote_content,
    _seat_of_body,
    _span_claim,
    _Speaker,
    _trim,
)
from workbench.claims.cues import (
    CueEntry,
    CueLexicon,
    _fronted_particle,
    _match_verb_cue,
    _separated_particle,
    _stranded_particle,
)
from workbench.claims.references import (
    _PERSON_PRONOUNS,
    _PRONOUN_GENDER,
    _antecedent,
    _introduced_as,
    party_labels,
)
from workbench.claims.speakers import (
    _REGIONAL_DEPARTMENT_NOUNS,
    _SPEAKER_LABELS,
    _author_of_study,
    _body_just_named,
    _label_speaker,
    _land_ministry,
    _ministry_seated_in_a_land,
    _office_holder_government,
    _phrase_span,
    _resolve_speaker,
    _subject,
    _world,
    author_of,
    claim_words,
    default_actor_types,
    default_role_types,
    earlier_voice,
    government_circles,
    rejecter_after_fronted_object,
)
from workbench.names import load_name_genders, lookup_key, slugify

_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "parataxis"}


#: Subjects that name nobody: "whether anyone calls it one", "nobody wants to".
_INDEFINITE_SUBJECTS = {"anyone", "anybody", "nobody", "someone", "somebody", "everyone", "everybody", "one"}
#: Words that open a source attribution ("loud X", "according to X"), which names its own speaker.
_SOURCE_WORDS = {"loud", "according"}
#: Words that open an embedded question ("asked why ...", "asked whether ...").
_QUESTION_WORDS = {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}


def _is_question_complement(token: Token) -> bool:
    """Whether a clause complement is an embedded question ("why the centre had not published ...")."""
    return any(c.lower_ in _QUESTION_WORDS and c.dep_ in {"mark", "advmod", "dobj", "nsubj", "attr", "pobj"}
               and c.i < token.i for c in token.children) or token.lower_ in _QUESTION_WORDS


#: Words that make a clause subordinate ("When shelling resumed, the OSCE said ..."): not reported content.
_SUBORDINATORS = {"when", "while", "after", "before", "as", "once", "where", "since", "because", "if", "unless",
                  "although", "though", "until", "whereas"}


#: Conjunctions of a time or circumstance clause ("..., its envoy said, as the crisis reached ...").
_CIRCUMSTANCE_MARKS = {"as", "while", "when", "after", "before", "since", "once"}


def _is_main_clause_advcl(doc: Doc, clause: Token, subject: Token) -> bool:
    """Whether an ``advcl`` before "…, the OSCE said" is a finite main clause the parser misattached.

    "KYIV (Wire) - Shelling damaged a station ..., the OSCE said": after a dateline the parser reads
    the reported clause as an adverbial one; only an unmarked finite clause set off by a comma
    right before the subject is content ("Speaking in Vienna, ..." or "When ..., ..." are not).
    """
    if clause.dep_ != "advcl" or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != ",":
        return False
    finite = clause.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in clause.children)
    # a subordinating word or a missing subject makes it an adverbial clause, not a reported one
    marked = any(c.dep_ in {"mark", "advmod"} and c.lower_ in _SUBORDINATORS for c in clause.children)
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
    return finite and has_subject and not marked


def _passive_claim(ctx: _Context, token: Token, entry: CueEntry, agent: Token, used_quotes: set[int], *,
                   last: _Speaker | None) -> Claim | None:
    """A passive cue with its agent as speaker: the clausal subject, ``that``-clause or ``of`` object is the content.

    Limit: only the agent phrase headed by ``by`` is read; a passive with no agent ("so it was
    said") is no claim. "X was accused by Y of Z": X is the addressee, Z the content.
    """
    doc = ctx.doc
    if ctx.in_quote[agent.i] >= 0:
        return None
    pieces = [c for c in token.children if c.dep_ in {"csubjpass", "ccomp"}
              or (c.dep_ == "prep" and c.lower_ in {"of", "for", "over", "as", "against"})]
    opening = token.head.left_edge if token.dep_ == "conj" and token.head.i < token.i else None
    if not pieces and opening is not None and opening.lower_ == "that" and (
            opening.i == 0 or opening.is_sent_start or doc[opening.i - 1].is_space):
        # "That sanctions must be prepared was stressed by X": the parser reads the clausal subject as
        # a main clause and the cue as its conjunct; the clause after "That" is the content
        first_aux = min([c.i for c in token.children if c.dep_ in {"auxpass", "aux"}] + [token.i])
        start, end = _trim(doc, opening.i + 1, first_aux)
        pieces = [doc[start]] if end > start else []
        start_end = (start, end)
    else:
        start_end = None
    judged = next((c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON" and c.right_edge.i < token.i
                   and ctx.in_quote[c.i] < 0), None)
    as_pieces = [p for p in pieces if p.dep_ == "prep" and p.lower_ == "as"]
    if judged is not None and start_end is None and pieces == as_pieces and entry.claim_type != "accusation":
        # "The motion was described by Hon. X as 'sensible, overdue and unfunded'", "A collection ... was proposed by
        # the dockmaster, Mr Y": what a passive cue's agent welcomed, proposed or described is its subject (with
        # the "as" judgement), as the object is in the active voice
        left = _trim(doc, judged.left_edge.i, judged.right_edge.i + 1)
        right = _trim(doc, min(t.i for t in as_pieces[0].subtree), max(t.i for t in as_pieces[0].subtree) + 1) \
            if as_pieces else None
        if left[1] <= left[0] or not _has_content_word(doc[left[0]:left[1]]):
            return None
        # ("was proposed by the marina's dockmaster, Mr Lionel Hodge": the name in apposition to the role speaks)
        named = next((c for c in agent.children if c.dep_ == "appos" and ctx.ent_of[c.i] is not None
                      and ctx.ent_of[c.i].label_ == "PERSON"), None)
        after = agent.right_edge.i + 1
        if named is None and agent.is_lower and after + 2 < len(doc) and doc[after].text == ",":
            # (the parser may hang the apposition on the verb: the person's name right after the role's comma)
            person = next((ctx.ent_of[i] for i in range(after + 1, min(after + 3, len(doc)))
                           if ctx.ent_of[i] is not None and ctx.ent_of[i].label_ == "PERSON"
                           and all(lookup_key(t.text) in load_name_genders().titles for t in doc[after + 1:i])), None)
            if person is not None and person.end < len(doc) and doc[person.end].text in {",", "."}:
                named = person.root
        speaker = _resolve_speaker(ctx, named if named is not None else agent, stop=None, last=last)
        by = agent.head
        cue_tokens = sorted([*(c for c in token.children if c.dep_ == "auxpass"), token, by], key=lambda t: t.i)
        if right is None or right[1] <= right[0]:
            return _span_claim(ctx, *left, speaker=speaker, cue_tokens=cue_tokens, entry=entry, used_quotes=used_quotes)
        content, mode = _joined_sides(ctx, left, right, used_quotes)
        return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode=mode, content=content,
                           addressee=None)
    if not pieces:
        return None
    addressee = next((c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)
    if start_end is not None:
        start, end = start_end
        addressee = None
    else:
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


def _addressee(token: Token, entry: CueEntry, *, has_clause: bool) -> Token | None:
    """The addressee head: object of "tell/accuse/urge", or object of a listed preposition."""
    to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == token.i + 1
               and any(g.dep_ == "pobj" for g in c.children)), None)
    if to is not None and "object" in entry.addressee and any(
            c.dep_ in {"dobj", "xcomp"} and c.i > to.i for c in token.children):
        # "has asked to the Region a meeting" (machine-translated Italian "chiedere a X"): the "to"
        # phrase right after the cue names the addressee, and the object after it is the content
        return next(g for g in to.children if g.dep_ == "pobj")
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


#: Tags of a finite verb or modal: a clause after a comma needs one to be reported speech, and one opens and
#: closes the that-clause of a possessed nominal cue that is its sentence's subject.
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


#: Subject pronouns that open German reported speech in machine translation ("..., one examine ...").
_GERMAN_SUBJECT_PRONOUNS = {"one", "he", "she", "it", "they"}


def _bare_comma_after(doc: Doc, token: Token, sent: Span, *, cues: CueLexicon | None = None) -> int | None:
    """The index of a comma right after a cue or its adjective particle ("said, ...", "made clear, ..."), else ``None``.

    With ``cues``, also the comma after a particle separated from the cue by an adverbial ("let on
    request know, ...") or after a bare preposition that is the cue's particle ("held against, ...").
    """
    after = token.i + 1
    if after < sent.end and doc[after].dep_ in {"oprd", "prt"} and doc[after].head.i == token.i:
        after += 1  # "made clear, Germany must ...": the particle of a phrasal cue stands before the comma
    elif cues is not None and after < sent.end and not doc[after].n_lefts + doc[after].n_rights \
            and any(e.particle == doc[after].lower_ for e in cues.verbs.get((token.lemma_ or token.lower_).lower(), [])):
        after += 1  # "held against, talks replace ...": a preposition with no object is the cue's particle
    elif cues is not None and after + 1 < sent.end and doc[after].pos_ == "ADV" and doc[after + 1].lower_ == "before" \
            and not doc[after + 1].n_lefts + doc[after + 1].n_rights \
            and any(e.particle == "before" for e in cues.verbs.get((token.lemma_ or token.lower_).lower(), [])):
        after += 2  # "She warned however before, ...": an adverb may stand between the cue and its particle
    elif cues is not None and (entry := _match_verb_cue(token, cues)) is not None \
            and (particle := _separated_particle(token, entry)) is not None:
        after = particle.i + 1  # "let on request know, Russia be ...": the particle closes the German verb bracket
    return after if after + 1 < sent.end and doc[after].text == "," else None


#: Parts of speech of an adverbial between a cue and the comma of its German "that" clause ("on request").
_ADJUNCT_POS = {"ADP", "DET", "NOUN", "PROPN", "ADJ", "ADV", "NUM"}


def _impersonal_one_after_comma(ctx: _Context, token: Token, sent: Span, subject: Token, *,
                                reach: int = 6) -> Span | None:
    """The clause "one VERB ..." after "said (on request only), ": German "man" with the subjunctive.

    The parser may read "one examine »all options«" as a number before a noun and find no verb
    (:func:`_comma_complement` needs one). Limit: the subject stands before the cue (or an official
    with an "of" phrase right after it), only adjuncts stand between the cue (or that phrase) and the comma, and a lower-case word that is no preposition, time or
    "of" follows "one"; the clause runs to the sentence end.
    """
    doc = ctx.doc
    first = token.i + 1
    if subject.i > token.i:
        # ("Opposite the Kreisecho said a spokeswoman of the Land government, one count on ...": an inverted
        # official and its "of" phrase stand before the comma)
        if not (subject.i <= token.i + 2 and subject.i + 1 < sent.end and doc[subject.i + 1].lower_ == "of"
                and (subject.lemma_ or subject.lower_).lower() in ctx.cues.officials):
            return None
        first = subject.i + 2
        reach = 5
    comma = next((j for j in range(first, min(sent.end, first + reach))
                  if doc[j].text == "," or doc[j].pos_ not in _ADJUNCT_POS or ctx.in_quote[j] >= 0), None)
    if comma is None or doc[comma].text != "," or comma + 3 >= sent.end:
        return None
    one, verb = doc[comma + 1], doc[comma + 2]
    if one.lower_ != "one" or not (verb.is_lower and verb.is_alpha) or verb.pos_ in {"ADP", "DET", "PRON", "NUM"} \
            or verb.lower_ in {"of", "another", "day", "time", "way", "thing", "side", "hand"}:
        return None
    start, end = _trim(doc, comma + 1, sent.end)
    return doc[start:end] if end - start >= 3 else None


def _comma_complement(ctx: _Context, token: Token, sent: Span, subject: Token) -> Span | None:
    """The finite clause after "X said (to Reuters / on request), <clause>": German "sagte, die Truppen seien ...".

    Machine translation drops the "that" of German and Russian reported speech and keeps the comma;
    the parser then reads the reported clause as the main clause and the cue as its dependant.
    Limit: only adjuncts or an addressee (no verb, no quote) may stand between the cue and the comma;
    the clause after it must open with its own subject and hold a finite verb, and run to the end of
    the sentence; a cue with a clause complement of its own after it is left to the usual reading.
    """
    doc = ctx.doc
    own_entry = _match_verb_cue(token, ctx.cues)
    particle = own_entry.particle if own_entry is not None else ""
    # "At the same time conceded Holm, that ...": German verb-second order puts the subject right after the
    # cue, before the comma of the reported clause
    # ("said Lohmeyer moreover, she hold ...": an adverb may stand between the subject and the comma)
    subject_comma = subject.i + 2 if subject.i + 2 < sent.end and doc[subject.i + 1].pos_ == "ADV" \
        and doc[subject.i + 2].text == "," else subject.i + 1
    if token.i < subject.i and subject_comma < sent.end and doc[subject_comma].lower_ == "of":
        # ("Opposite the Nachrichten said a spokeswoman of the state chancellery, Kiel support ...": the
        # official's "of" phrase ends the speaker phrase at its comma)
        subject_comma = next((j for j in range(subject_comma + 1, min(sent.end, subject_comma + 6)) if doc[j].text == ","
                              and all(t.pos_ in {"DET", "NOUN", "PROPN", "ADJ"} for t in doc[subject_comma + 1:j])),
                             subject_comma)
    if subject_comma < sent.end and doc[subject_comma].lower_ in {"after", "at", "on", "in"} \
            and doc[token.i - 1].text != "," and ctx.in_quote[token.i - 1] < 0:
        # ("Opposite the Grenzbote said Kaltofen after the session, he want ...": a time or place adjunct after
        # the inverted subject, before the comma of the reported clause)
        subject_comma = next((j for j in range(subject_comma + 1, min(sent.end, subject_comma + 5))
                              if doc[j].text == "," or doc[j].pos_ not in _ADJUNCT_POS), subject_comma)
    inverted = token.i < subject.i <= token.i + 4 and subject_comma < sent.end and doc[subject_comma].text == "," \
        and not any(t.is_punct for t in doc[token.i + 1:subject.i + 1])
    if (subject.i > token.i and not inverted) or any(c.dep_ in {"ccomp", "xcomp"} and c.i > token.i
                                  # ("let know, Kiel stand ready": the parser may read the particle as a clause)
                                  and not (particle and c.lower_ == particle and c.i == c.left_edge.i == c.right_edge.i)
                                  # "said on Monday in Kiel, one examine ...": a clause the parser did
                                  # attach still opens at the comma after the cue's adjuncts
                                  and not (c.left_edge.i > token.i + 1 and "," in {doc[c.left_edge.i - 1].text,
                                                                                   doc[c.left_edge.i].text}
                                           and subject.i < token.i and doc[subject.left_edge.i - 1].text == ",")
                                  # ("stressed in Brussels, the door of NATO stand open ...; about X decide
                                  # only ...": the clause opens at the comma after the cue's place adjunct)
                                  # (the parser may hang the comma itself on the clause: "said on request, one")
                                  # ("said on request of our newspaper, Russia be ...": a possessive in the adjunct)
                                  and not ((edge := c.left_edge.i + (doc[c.left_edge.i].text == ",")) > token.i + 2
                                           and doc[edge - 1].text == "," and subject.i < token.i
                                           and all(t.pos_ in _ADJUNCT_POS or t.tag_ == "PRP$"
                                                   for t in doc[token.i + 1:edge - 1]))
                                  # "told the agency only, the embassy comment ...": an adverb the parser hung on
                                  # the clause stands before its comma and belongs to the cue
                                  and not ((subject.i < token.i or inverted) and c.left_edge.i > token.i + 1
                                           and doc[c.left_edge.i].pos_ == "ADV"
                                           and doc[c.left_edge.i + 1].text == ","
                                           and c.left_edge.i + 2 < c.i)
                                  # "suggested, the EU should the transit ... secure": German reported speech
                                  # after a bare comma runs to the sentence end, past the verb-final words the
                                  # parser left out of the clause it attached
                                  # (a phrasal cue's particle may stand before the comma: "made clear, ...")
                                  and not ((bare := _bare_comma_after(doc, token, sent, cues=ctx.cues)) is not None
                                           and c.left_edge.i >= bare
                                           and (doc[bare + 1].lower_ not in _SUBORDINATORS | {"that"}
                                                or _opens_german_that_clause(ctx, bare, sent)))
                                  for c in token.children):
        return None
    if any(_next_speakers_clause(ctx, token, c) for c in token.children) \
            or _named_clause_after_own_object(ctx, token, sent, own_entry):
        return None  # "Kiev asks the West for more support, Moscow denies ...": the clause is Moscow's claim
    # ("warned before, sanctions ... to decide": German "warnte davor, ..." leaves "before" right before the comma)
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ in _SUBORDINATORS | _QUESTION_WORDS
           and not (c.lower_ == "before" and c.i == token.i + 1 and c.i + 1 < len(doc) and doc[c.i + 1].text == ",")
           for c in token.children) \
            or subject.lower_ in _QUESTION_WORDS:
        return None  # "Asked whether X would request a base, Y said ...": a subordinate cue reports nothing
    if token.dep_ == "ccomp" and token.head.i in ctx.cue_entries and token.head.tag_ in {"VBZ", "VBD"} \
            and subject.i < token.i and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > token.i and (edge := token.right_edge.i) + 2 < sent.end
            and doc[edge + 1].text == "," and c.lemma_ not in ctx.cues.nouns and c.lemma_ not in ctx.cues.verbs
            and any(g.dep_ == "nsubj" and g.left_edge.i == edge + 2 and g.i < token.head.i
                    for g in token.head.children)
            for c in token.children):
        # "Moscow denies every attack plan, Kiev accuses the Kremlin ...": the cue's own object is what it
        # said, and the clause after the comma is the next speaker's claim, not this one's (but "rejected the
        # reproach, Russia threaten ..." reports the reproach's content); so with a predicate noun or a particle
        # after the object ("Kiev calls the recognition a breach of law, Moscow justifies ...", "Kiev calls the
        # own population on to calm, Moscow calls ...")
        return None
    comma = next((i for i in range(token.i + 1, min(sent.end, token.i + 10)) if doc[i].text in {",", ";", "."}
                  or doc[i].is_quote or ctx.in_quote[i] >= 0
                  # ("made at the beginning clear, ...": a participle modifying a noun of the adjunct is no verb)
                  or (doc[i].pos_ in {"VERB", "AUX"} and not (doc[i].dep_ == "amod" and doc[i].head.dep_ == "pobj")
                      and not (particle and doc[i].lower_ == particle))), None)
    if comma is None or doc[comma].text != ",":
        return None  # no comma, or a verb or quote before it: the cue has an ordinary complement
    start, end = _trim(doc, comma + 1, sent.end)
    bare = comma == _bare_comma_after(doc, token, sent, cues=ctx.cues)
    adjuncts_before = all(t.pos_ in _ADJUNCT_POS for t in doc[token.i + 1:comma])
    # ("stressed on request, that ..."): adjuncts between the cue and the comma leave the clause German too
    german_that = (bare or inverted and comma == subject_comma or subject.i < token.i and adjuncts_before) \
        and _opens_german_that_clause(ctx, comma, sent)
    if german_that and doc[start].lower_ == "that":
        start += 1  # "criticised, that Berlin ... directed has": the conjunction is no part of what was said
    semicolon = next((i for i in range(start, end) if doc[i].text == ";" and ctx.in_quote[i] < 0), None)
    if semicolon is not None and any(i in ctx.cue_entries for i in range(semicolon + 1, end)):
        # "said, Moscow could ...; a spokeswoman told journalists, ...": a semicolon before another
        # cue ends this claim, and the rest is the other speaker's
        start, end = _trim(doc, start, semicolon)
    joint = next((i for i in range(start + 3, end - 2) if doc[i].text == "," and doc[i + 1].lower_ in {"and", "but"}
                  and ctx.in_quote[i] < 0 and any(
                      j in ctx.cue_entries and any(c.dep_ == "nsubj" and c.i == i + 2 for c in doc[j].children)
                      for j in range(i + 3, min(end, i + 6)))), None)
    if joint is not None:
        start, end = _trim(doc, start, joint)  # "..., one hope for a solution, and she referred to ...": her next claim
    if end - start < 3 or doc[start].lower_ in _SUBORDINATORS | _QUESTION_WORDS | {"and", "but", "or", "which", "who"}:
        return None  # "said, when ...", "said, and ...": a subordinate or coordinated clause, not reported speech
    if doc[start].lower_ in {"without", "instead"} and doc[end - 1].tag_ == "VB" and doc[end - 2].lower_ == "to":
        # "criticised, without names to name": German "ohne ... zu" is the manner of saying, not what was
        # said (but "said, without Paris at the table give it no solution" is)
        return None
    if doc[start].tag_ == "VBG" or doc[start].lower_ in {"adding", "saying", "while", "as"}:
        return None
    clause = doc[start:end]
    # the clause opens with its subject: a finite verb in it has a subject starting at the comma
    # ("the EU be no player": a bare "be" with its own subject is German subjunctive "sei", finite too)
    # ("the town stand behind its soldiers": a base form with no auxiliary is German subjunctive "stehe")
    finite = [t for t in clause if (t.tag_ in _FINITE_TAGS or t.lower_ in _ALWAYS_SUBJUNCTIVE or (
        t.tag_ == "VB" and t.pos_ == "VERB" and not any(c.dep_ in {"aux", "auxpass"} for c in t.children)))
              and ctx.in_quote[t.i] < 0 and any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.left_edge.i == start for c in t.children)]
    if not finite:
        # "told the weekly, a Finnish membership would „…“": the parser lost the clause at the quote; a
        # noun phrase and then a modal or finite verb still open a clause of its own
        # ("his country will „no second X“ allow": a possessive opens the noun phrase too)
        opening = next((t for t in clause if not (t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
                                                  or t.tag_ == "PRP$" or t.text in _NAME_HYPHENS)), None)
        # ("made clear, Germany must firmly at the side ... stand": a one-word subject before a modal too)
        if opening is not None and (opening.i > start + 1 or opening.i > start and opening.tag_ == "MD") \
                and opening.tag_ in _FINITE_TAGS and opening.pos_ == "AUX" \
                and ctx.in_quote[opening.i] < 0 and opening.i not in ctx.cue_entries:
            finite = [opening]
        elif doc[start].lower_ in _GERMAN_SUBJECT_PRONOUNS and start + 1 < end \
                and doc[start + 1].tag_ in {"VB", "VBP", "MD"} \
                and doc[start + 1].pos_ in {"VERB", "AUX"} and start + 1 not in ctx.cue_entries:
            # "..., one examine the situation daily": a subject pronoun and a subjunctive (base form) verb
            # ("..., one will „no second X“ accept": or a modal, which the parser may cut off at a quote)
            finite = [doc[start + 1]]
    if not finite and subject.i < token.i and own_entry is not None and "object" in own_entry.addressee \
            and comma > token.i + 1 and all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN"} for t in doc[token.i + 1:comma]) \
            and any(c.dep_ in {"dobj", "dative"} and token.i < c.i < comma for c in token.children):
        # "A member of the delegation told the DNR, Kiev hope on a clear signal": after the addressee's comma a
        # noun phrase and a finite (or subjunctive base-form) verb open German reported speech
        verb = next((t for t in clause if t.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and verb.i > start and (verb.tag_ in _FINITE_TAGS or verb.tag_ == "VB") \
                and ctx.in_quote[verb.i] < 0 and verb.i not in ctx.cue_entries and all(
                    t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"} or t.tag_ in {"PRP$", "HYPH"}
                    or t.lower_ in {"of", "from"} for t in doc[start:verb.i]):
            finite = [verb]
    if not finite and doc[start].pos_ == "ADP":
        # "said, without Paris at the table give it no solution": German verb-second order puts a fronted
        # adverbial before the finite verb and the subject after it (an inverted clause of its own)
        verb = next((t for t in clause if t.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and verb.tag_ in _FINITE_TAGS | {"VB"} and verb.i + 1 < end and ctx.in_quote[verb.i] < 0 \
                and verb.i not in ctx.cue_entries and all(
                    t.pos_ in {"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ"} or t.tag_ == "PRP$"
                    for t in doc[start:verb.i]) \
                and (doc[verb.i + 1].lower_ in _GERMAN_SUBJECT_PRONOUNS | {"there"}
                     or doc[verb.i + 1].pos_ in {"DET", "PROPN"}):
            finite = [verb]
    if not finite and german_that:
        # the parser breaks verb-final German clauses after "that" in many ways; a verb anywhere in them will do
        finite = [t for t in clause if _is_clause_predicate(t) and ctx.in_quote[t.i] < 0][-1:] or (
            # a clause whose subject the parser hung on "that" ends, verb-final, with the sentence
            [doc[end - 1]] if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i >= start
                                  for c in doc[start - 1].children) else [])
    # ("criticised in contrast, the debate turn ...": adverbials of the cue may stand before the comma)
    # (not for a trailing attribution, "…, the spokesman said on Thursday, a day after ...", nor in a
    # relative clause, "which the President calls on, the republics to recognise")
    adjuncts_only = bare or (
        adjuncts_before
        and not any(c.dep_ in {"dobj", "attr", "oprd", "dative"} and token.i < c.i < comma for c in token.children)
        and not (subject.left_edge.i > sent.start and (doc[subject.left_edge.i - 1].text in {",", ";", ":"} or doc[subject.left_edge.i - 1].is_quote))
        and not any(t.tag_ in {"WDT", "WP"} for t in doc[sent.start:token.i]))
    if not finite and subject.i < token.i and adjuncts_only:
        # "He added, decisive be the week after ...": a bare "be" (German subjunctive "sei") early in the
        # clause makes it reported speech, whatever the parser made of the fronted words before it
        finite = [t for t in doc[start:min(end, start + 5)] if t.lower_ in _ALWAYS_SUBJUNCTIVE and t.tag_ == "VB"
                  and ctx.in_quote[t.i] < 0 and t.i > start and doc[t.i - 1].tag_ not in {"MD", "TO", "RB"}
                  and doc[t.i - 1].lower_ not in {"to", "not", "never"}
                  and not any(c.dep_ in {"aux", "auxpass"} for c in t.children)][:1]
    if not finite and adjuncts_only and subject.i < token.i and doc[start].pos_ in {"DET", "PROPN", "NOUN"}:
        # "emphasised, a war in Ukraine would the energy prices „…“ can": a subject with a phrase of its
        # own, then a modal, opens German reported speech too (the parser may lose the clause's verb)
        verb = next((t for t in clause if t.pos_ in {"VERB", "AUX"} and ctx.in_quote[t.i] < 0), None)
        if verb is not None and verb.tag_ == "MD" and verb.i > start + 1 and verb.i not in ctx.cue_entries \
                and all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"} or t.tag_ == "PRP$"
                        for t in doc[start:verb.i]):
            finite = [verb]
    if not finite and subject.i < token.i and adjuncts_only \
            and end - start >= 5 and (doc[start].pos_ in {"DET", "PROPN"} or doc[start].tag_ == "PRP$"
                                      or doc[start].lower_ in _GERMAN_SUBJECT_PRONOUNS) \
            and not any(ctx.in_quote[i] >= 0 or doc[i].text in {":", ";"} for i in range(start, end)) \
            and any(t.pos_ not in {"DET", "NOUN", "PROPN", "ADJ", "CCONJ", "PUNCT", "NUM"} and t.tag_ != "PRP$"
                    for t in clause):
        # "Brammer emphasised, the timetable for February stand firm": English puts no comma between a verb
        # and its object, so a noun phrase after a cue's bare comma opens German reported speech even when
        # the tagger read its subjunctive verb ("stand", "measure") as a noun
        finite = [t for t in clause if not start <= t.head.i < end or t.head.i == t.i][:1]
    # ("a resolution, which the President calls on, the republics to recognise": in a relative clause the
    # parser's subject may be the German object, so the rule keeps to main clauses)
    if not finite and subject.i < token.i and end - start >= 4 and doc[end - 1].tag_ == "VB" \
            and token.dep_ not in {"relcl", "acl"} and not any(t.tag_ in {"WDT", "WP"} for t in doc[sent.start:token.i]) \
            and doc[end - 2].lower_ == "to" and (doc[start].pos_ in {"DET", "NOUN", "PROPN", "ADJ"}
                                                 or doc[start].tag_ == "PRP$") \
            and all(t.pos_ in _ADJUNCT_POS for t in doc[token.i + 1:comma]) \
            and not any(ctx.in_quote[i] >= 0 or doc[i].text in {":", ";", ","} for i in range(start, end)):
        # "demands from the state government, the visa procedures to accelerate": a German infinitive
        # clause ("... zu beschleunigen") after the comma puts its object first and "to" + verb last
        finite = [doc[end - 1]]
    if not finite:
        return None
    last = doc[end - 1]
    # ("criticised, the TSV have the parents not asked": a negated verb-final cue reports nothing)
    if last.i in ctx.cue_entries and last.tag_ in {"VBN", "VBD"} and last.i != finite[0].i \
            and doc[last.i - 1].lower_ not in {"not", "never"} and any(
            t.lemma_ in {"have", "be"} for t in doc[start:last.i]) and any(
            ctx.ent_of[t.i] is not None for t in doc[start:min(end, start + 3)]):
        # "Putin has guarantees demanded, Washington and Brussels have a veto right rejected": a German
        # verb-final clause after the comma is another speaker's statement, with a cue of its own
        return None
    if finite[0].i in ctx.cue_entries and adjuncts_only and not bare and not german_that \
            and not any(c.dep_ == "dobj" and c.i > finite[0].i for c in finite[0].children):
        # "have their crews called back, it was said in Copenhagen": the clause is an attribution
        # (but not "said on request, one observe the situation ...": a verb with an object is what was said)
        return None
    if finite[0].i in ctx.cue_entries and (all(t.is_punct or t.is_space or t.ent_type_ in {"DATE", "TIME"}
                                                 or _is_time_adjunct(t.head) for t in doc[finite[0].i + 1:end])
                                             or finite[0].i + 1 < len(doc) and doc[finite[0].i + 1].is_punct):
        # "rejected it, Keller said (on Monday)", "pressed for more, she noted, “and …”": the clause
        # is another attribution, not content
        return None
    if finite[0].i in ctx.cue_entries and any(c.dep_ in {"ccomp", "xcomp"} and c.i > finite[0].i
                                                for c in finite[0].children):
        return None  # "..., Keller said only that ...": the clause reports speech of its own
    return clause


def _adjunct_nouns(preposition: Token, *, depth: int = 3) -> list[Token]:
    """The nouns of a prepositional phrase and of the phrases nested in it ("in a statement at the close of the meeting").

    Limit: follows only preposition -> object arcs, ``depth`` prepositions deep.
    """
    nouns = [p for p in preposition.children if p.dep_ == "pobj"]
    if depth > 1:
        # "said in a statement at the close of the meeting that ...": the parser hangs the that-clause
        # on the last noun of a chain of setting phrases, not on the first
        nouns += [n for p in list(nouns) for q in p.children if q.dep_ == "prep" and q.i > p.i
                  for n in _adjunct_nouns(q, depth=depth - 1)]
    return nouns


#: Nouns whose content a clause after a comma spells out ("the assumption, the prices would sink").
_THOUGHT_NOUNS = {"assumption", "impression", "illusion", "idea", "notion", "belief", "hope", "fear", "expectation",
                  "conviction", "thesis", "fallacy", "misconception", "error", "mistake"}


#: Words opening a clause that spells out what is warned of ("a „domino effect“, if ...", "a war, which ...").
_WARNED_OF_CLAUSE_OPENERS = {"if", "should", "which", "that", "who", "when", "in", "so"}


def _particle_object_claim(ctx: _Context, token: Token, entry: CueEntry, sent: Span, used_quotes: set[int], *,
                           speaker: _Speaker, cue_tokens: list[Token]) -> Claim | None:
    """"warned (the government) before a special way in the question of X": German "warnen vor X".

    Limit: the particle's phrase and the prepositional phrases of the cue after it, to the end of
    the last of them, are the content; an object between the cue and the particle is the addressee.
    """
    doc = ctx.doc
    # ("warned before cancelling the trip": a warning's particle may take a gerund; "thank you for joining us" is none)
    objects = {"pobj", "pcomp"} if entry.claim_type == "warning" else {"pobj"}
    particle = next((c for c in token.children if c.lower_ == entry.particle and c.dep_ == "prep" and c.i > token.i
                     and any(g.dep_ in objects for g in c.children)), None)
    if particle is None:
        # "warned at the same time before a „gas shock“": the parser hung the particle on the adverbial
        particle = _stranded_particle(token, entry)
        if particle is None or not any(g.dep_ == "pobj" for g in particle.children):
            return None
    # "warned before X in the question of Y": later phrases of the cue still describe what is warned of
    # (a date or time phrase is circumstance, and a clause after a comma is another statement)
    # (the particle repeated after "but also" or "and" is the same warning: "warned before a “panic mood”, but also
    # before naivety")
    following = [c for c in token.children if c.i > particle.i and c.dep_ == "prep" and not _is_time_adjunct(c)
                 and (not any(t.text in {",", ";"} and ctx.in_quote[t.i] < 0 for t in doc[particle.i:c.i])
                      or c.lower_ == entry.particle and doc[c.i - 1].lower_ in {"also", "and", "or"})]
    end = max(max(t.i for t in p.subtree) for p in [particle, *following]) + 1
    start, end = _trim(doc, particle.i + 1, min(end, sent.end))
    # ("warned before it that smaller farms the year not survive could": German "davor, dass" without its comma)
    if end - start == 1 and doc[start].lower_ in {"it", "this"} and end < sent.end and doc[end].text in {",", "that"}:
        # "warned before it, (that) the states the bill pay would": German "davor warnen, dass" puts a
        # pronoun in the particle's place and the warning in the clause after the comma
        start, end = _trim(doc, end + 1, sent.end)
        if start < end and doc[start].lower_ == "that":
            start += 1
        if end - start < 3:
            return None
    if end + 2 < sent.end and doc[end].text == "," and end - start <= 3 \
            and (doc[end - 1].lemma_ or doc[end - 1].lower_).lower() in _THOUGHT_NOUNS:
        # "warned before the assumption, the prices would ... sink": the clause after the comma spells out
        # the assumption warned of (German "vor der Annahme, die Preise würden ...")
        end = _trim(doc, end, sent.end)[1]
    elif end + 2 < sent.end and (doc[end].text == "," and doc[end + 1].lower_ in _WARNED_OF_CLAUSE_OPENERS
                                 or doc[end].text == ":" and not doc[end + 1].is_quote):
        # "warned before „a domino effect“, if sanctions ... catch", "before an economic war, which Europe more
        # harm than Russia", "before panic: Germany is not party ...": the clause after it belongs to the warning
        end = _trim(doc, end, next((k for k in range(end + 1, sent.end) if doc[k].text in {";", ":"}
                                    and ctx.in_quote[k] < 0), sent.end))[1]
    elif entry.claim_type == "warning":
        end = _reason_after_object(ctx, end, sent)  # "warned before exaggerated worry, the region be no crisis area"
    # ("warned before a cold February": NER reads a season or month after "a" as a date, but an indefinite one
    # is what is warned of, not when)
    if end <= start or not _has_content_word(doc[start:end]) and not (
            entry.claim_type == "warning" and doc[start].lower_ in {"a", "an"}
            and any(t.pos_ in {"NOUN", "PROPN"} for t in doc[start:end])):
        return None
    span = doc[start:end]
    addressee = next((c for c in token.children if c.dep_ in {"dobj", "dative"} and token.i < c.i < particle.i), None)
    mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    return _make_claim(ctx, speaker=speaker, cue_tokens=[*cue_tokens, particle] if particle not in cue_tokens
                       else cue_tokens, entry=entry, mode="mixed" if mixed else "indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=addressee)


def _called_on_to_noun(ctx: _Context, token: Token, entry: CueEntry, sent: Span) -> tuple[Token, tuple[int, int]] | None:
    """The addressee and the noun phrase of "called on X to <noun>" (German "X zu Y aufrufen"), or ``None``.

    Limit: an appeal's cue with the particle "on" or "upon" and no clause of its own; the first "to" after the
    particle's object, in the same clause (no comma, semicolon, colon or verb between), must be a preposition with
    a noun object, and no "to" before a bare verb may follow it (a verb-final infinitive); the content runs from it
    to the end of the "to" phrase, or of a quote opened right after it.
    """
    if entry.particle not in {"on", "upon"} or entry.claim_type != "proposal" or any(
            c.dep_ in {"xcomp", "ccomp"} and c.i > token.i for c in token.children):
        return None
    doc = ctx.doc
    particle = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == entry.particle and c.i > token.i), None)
    addressee = next((c for c in particle.children if c.dep_ == "pobj"), None) if particle is not None else None
    if addressee is None:
        return None
    to = next((t for t in doc[addressee.i + 1:sent.end] if t.lower_ == "to"), None)
    if to is None or to.dep_ != "prep" or not any(c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"} for c in to.children) \
            or any(t.text in {",", ";", ":"} or t.pos_ in {"VERB", "AUX"} for t in doc[addressee.i + 1:to.i]) \
            or any(t.lower_ == "to" and t.i + 1 < sent.end and doc[t.i + 1].tag_ == "VB" for t in doc[to.i + 1:sent.end]):
        # (a verb-final infinitive later is the appeal: "called on the partners to the help not only now to send")
        return None
    start, end = _trim(doc, to.i + 1, min(to.right_edge.i + 1, sent.end))
    if ctx.in_quote[to.i + 1] >= 0 or to.i + 1 < sent.end and doc[to.i + 1].is_quote:
        end = max(end, _trim(doc, to.i + 1, sent.end)[1])  # ("to a „Christmas truce of words“": the quote closes it)
    return (addressee, (start, end)) if end > start and _has_content_word(doc[start:end]) else None


def _is_contrast_adverb(doc: Doc, cue: Token, preposition: Token) -> bool:
    """Whether "against it" right after a cue is machine-translated German "dagegen" (= on the other hand).

    Limit: only "against it" directly after the cue with more of the clause after it ("welcomed
    against it the German decision"); a clause-final "warned against it" keeps its object.
    """
    after = preposition.i + 2
    return (preposition.lower_ == "against" and preposition.i == cue.i + 1 and after < len(doc)
            and doc[preposition.i + 1].lower_ == "it" and not doc[after].is_punct and not doc[after].is_space)


#: Personal pronouns that open the clause after a translated "of that" ("accused X of that he ...").
_CLAUSE_OPENING_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}


def _of_that_clause(ctx: _Context, token: Token, sent: Span, *, reach: int = 8) -> Span | None:
    """The clause after a machine-translated "CUE X of that CLAUSE" ("accused Kiel of that it acts alone").

    Limit: "of that" within ``reach`` tokens after the cue with no punctuation before it; "that"
    must open a clause (a conjunction, a pronoun subject after it, or a finite verb within
    ``reach`` tokens with no "of" before it: not "of that period of treating ..."). The clause runs
    to the sentence end or a semicolon.
    """
    doc = ctx.doc
    limit = min(sent.end, token.i + reach)
    of = next((t for t in doc[token.i + 1:limit] if t.lower_ == "of" and t.i + 2 < sent.end
               and doc[t.i + 1].lower_ == "that" and ctx.in_quote[t.i] < 0), None)
    if of is None or any(t.is_punct for t in doc[token.i + 1:of.i]):
        return None
    that = doc[of.i + 1]
    finite = next((t for t in doc[that.i + 1:min(sent.end, that.i + 1 + reach)]
                   if t.tag_ in {"VBZ", "VBD", "VBP", "MD"}), None)
    if not (that.dep_ == "mark" or doc[that.i + 1].lower_ in _CLAUSE_OPENING_PRONOUNS or (
            finite is not None and not any(t.lower_ == "of" for t in doc[that.i + 1:finite.i]))):
        return None
    end = next((t.i for t in doc[that.i + 1:sent.end] if t.text == ";" and ctx.in_quote[t.i] < 0), sent.end)
    start, end = _trim(doc, that.i + 1, end)
    return doc[start:end] if end - start > 1 else None


def _is_ones_part(noun: Token) -> bool:
    """Whether ``noun`` is the "part" of "for his/its part", an adjunct saying whose turn it is, not content."""
    return noun.lower_ == "part" and any(c.dep_ == "poss" for c in noun.children)


def _target_with_relative_claim(ctx: _Context, token: Token, entry: CueEntry, sent: Span, used_quotes: set[int], *,
                                speaker: _Speaker, cue_tokens: list[Token]) -> Claim | None:
    """An accusation's target and the relative clause that says what it did: "criticised ... the Kremlin, which ...".

    Limit: a cue with an object addressee and no complement the parser found; after it only adverbials
    ("at the same time", "moreover"), then "the" and at most four words or a name, a comma and
    "which"/"who"; the content runs from the target to the sentence end.
    """
    doc = ctx.doc
    if "object" not in entry.addressee or entry.claim_type != "accusation":
        return None
    i = token.i + 1
    while i < sent.end:
        if doc[i:i + 4].text.lower() == "at the same time":
            i += 4
        elif doc[i:i + 2].text.lower() == "in addition":
            i += 2
        elif doc[i].pos_ == "ADV":
            i += 1  # "moreover"
        else:
            break
    if i < sent.end and ctx.ent_of[i] is not None and ctx.ent_of[i].start == i \
            and speaker.start <= doc[i].idx < speaker.end and ctx.ent_of[i].end < sent.end:
        i = ctx.ent_of[i].end  # "In addition criticised Prentner the trade, which ...": the speaker comes first
    if i >= sent.end or not (doc[i].lower_ == "the" or (ctx.ent_of[i] is not None and ctx.ent_of[i].start == i)):
        return None
    comma = next((j for j in range(i + 1, min(sent.end - 2, i + 6)) if doc[j].text == ","), None)
    if comma is None or doc[comma + 1].lower_ not in {"which", "who"} or any(
            doc[j].pos_ in {"VERB", "AUX"} or ctx.in_quote[j] >= 0 for j in range(i, comma)):
        return None
    start, end = _trim(doc, i, sent.end)
    if end - start < 5:
        return None
    return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry, used_quotes=used_quotes,
                       addressee=doc[comma - 1])


#: Words German "seit" ("since") takes for a duration without a date: "since long", "since weeks".
_DURATION_WORDS = frozenset({"long", "days", "weeks", "months", "years", "decades"})


def _since_duration(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` opens German "seit" with a duration and no date: "since long", "since weeks"."""
    return doc[i].lower_ == "since" and i + 1 < len(doc) and doc[i + 1].lower_ in _DURATION_WORDS


def _duration_then_object(prep: Token) -> bool:
    """Whether "since" + a duration word is followed by an object the parser hung on "since" ("since long a stationing")."""
    doc = prep.doc
    if prep.dep_ != "prep" or prep.i + 2 >= len(doc) or not _since_duration(doc, prep.i):
        return False
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return noun is not None and noun.i > prep.i + 1 and noun.pos_ == "NOUN" and noun.lower_ not in _DURATION_WORDS \
        and noun.ent_type_ not in {"DATE", "TIME"}


def _duration_then_as(adjunct: Token) -> bool:
    """Whether a "since" + duration adjunct ("since years", "since long") carries an "as" predicate after it."""
    doc = adjunct.doc
    start = adjunct.i - (adjunct.lower_ in _DURATION_WORDS and adjunct.i > 0 and doc[adjunct.i - 1].lower_ == "since")
    return _since_duration(doc, start) and any(
        g.dep_ == "prep" and g.lower_ == "as" and g.i == start + 2 for g in adjunct.subtree)


def _finite_verb_of_its_own(span: Span) -> bool:
    """Whether a span opens with a finite verb or holds one that no preposition or wh-word before it subordinates.

    "clarity about which sanctions come could" holds its verb in a clause of its own; "is ready" does not.
    Participles (VBN, VBG) count as modifiers.
    """
    finite = [t for t in span if t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"}]
    opening = next((t for t in span if not t.is_punct), None)
    if not finite or opening is None:
        return opening is None
    return opening in finite or not any(t.tag_ in {"WDT", "WP", "WRB", "IN"}
                                        for verb in finite for t in span.doc[span.start:verb.i])


def _object_glued_to_source_claim(ctx: _Context, token: Token, entry: CueEntry, used_quotes: set[int], *,
                                  speaker: _Speaker, cue_tokens: list[Token]) -> Claim | None:
    """What is demanded "from" a named addressee when the parser glued it to the addressee's phrase.

    "The Kremlin demands from the NATO written security guarantees" (German "fordert von der NATO
    schriftliche Garantien"): the parser makes the object the noun of "from" and the addressee its
    modifier. Limit: a cue whose addressee stands after "from", with no object or clause found; the
    "from" phrase opens with a named actor (after "the" and lower-case kind nouns), and at least one
    more word with a noun follows the name inside the phrase, no verb but after a preposition or
    wh-word ("clarity about which sanctions come could"): that rest is the content, the name the
    addressee.
    """
    doc = ctx.doc
    if "from" not in entry.addressee:
        return None
    source = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > token.i), None)
    noun = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    if noun is None:
        return None
    first = source.i + 1 + (doc[source.i + 1].lower_ == "the")
    while first < noun.right_edge.i and doc[first].is_lower and (doc[first].pos_ == "NOUN" or doc[first].tag_ == "VBG") \
            and ctx.ent_of[first] is None:
        first += 1  # ("from the operating company Nord Stream 2 AG a dismantling plan": the kind before the name)
    named = ctx.ent_of[first] if first < len(doc) else None
    end = noun.right_edge.i + 1
    if named is None or not source.i < named.start <= first or not named.kb_id_ or named.end >= end \
            or not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[named.end:end]) \
            or _finite_verb_of_its_own(doc[named.end:end]):
        return None
    start, end = _trim(doc, named.end, end)
    if end <= start:
        return None
    return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry, used_quotes=used_quotes,
                       addressee=named.root)


def _named_clause_after_own_object(ctx: _Context, token: Token, sent: Span, entry: CueEntry | None) -> bool:
    """Whether a cue's own object is followed by a comma and a clause of a named subject: "Kiev sees in it a danger ..., Washington opposes the project".

    The cue said its object; the clause after the comma is another actor's, not reported speech.
    Limit: a cue that takes no addressee object ("warned the EU, Russia could attack" reports the clause);
    the object is a common noun, no speech noun ("rejected the reproach, Russia threaten ..." reports the
    reproach); the clause's subject is a proper name of an entity opening it, with a finite verb.
    """
    if entry is None or "object" in entry.addressee:
        return False
    doc = ctx.doc
    objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > token.i
               and c.lemma_ not in ctx.cues.nouns and c.lemma_ not in ctx.cues.verbs]
    if not objects:
        return False
    comma = next((j for j in range(objects[0].right_edge.i + 1, sent.end) if doc[j].text in {",", ";"}), None)
    if comma is None or comma + 1 >= sent.end or ctx.in_quote[comma] >= 0:
        return False
    after = doc[comma + 1]
    return after.pos_ == "PROPN" and ctx.ent_of[after.i] is not None and after.dep_ == "nsubj" \
        and after.head.tag_ in {"VBZ", "VBD", "VBP"} and after.head.i > after.i


def _next_speakers_clause(ctx: _Context, token: Token, clause: Token) -> bool:
    """Whether a clause after a cue's object and a comma is another speaker's claim: "Kiev asks the West for support, Moscow denies any plans".

    German news strings claims of several capitals with commas; the parser hangs the second on the
    first cue as its complement. Limit: the clause's verb is a cue whose subject, an actor's proper
    name, opens the clause right after the comma; the first cue has an object of its own before it.
    """
    if clause.dep_ != "ccomp" or clause.i <= token.i or clause.i not in ctx.cue_entries:
        return False
    doc = ctx.doc
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or ctx.ent_of[subject.i] is None or subject.pos_ != "PROPN" or subject.left_edge.i < 1:
        return False  # (a description, "told the agency only, the embassy comment ...", is reported speech)
    comma = subject.left_edge.i - 1
    return doc[comma].text == "," and comma > token.i and any(
        c.dep_ in {"dobj", "attr", "oprd"} and token.i < c.i < comma for c in token.children)


def _names_only_a_place(ctx: _Context, preposition: Token) -> bool:
    """Whether a preposition's object is a place's name and nothing more ("from Kyiv", "from the Donbas")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if len(objects) != 1 or ctx.ent_of[objects[0].i] is None:
        return False
    ent = ctx.ent_of[objects[0].i]
    return ent.label_ in {"GPE", "LOC", "FAC"} and all(
        t.i in range(ent.start, ent.end) or t.dep_ == "det" for t in objects[0].subtree)


def _holds_the_inverted_subject(ctx: _Context, token: Token, subject: Token, clause: Token) -> bool:
    """Whether a clause after a cue is only where the parser hung the cue's inverted subject: "Panic help nobody, said he opposite the Westpfalz-Echo".

    Translated German puts the reported clause first and inverts the cue and its subject ("..., sagte er
    gegenüber dem Westpfalz-Echo"); the parser makes "he" the subject of what follows ("opposite", or the
    next clause: "..., said he, the contracts run over one year") and reads that as the cue's complement.
    Limit: the subject stands right after the cue, after a comma, and hangs on the clause (the caller reads the
    three words or more before the comma, when they hold a verb or an object and no quote or cue).
    """
    return clause.i > token.i and subject.i == token.i + 1 and subject.head.i == clause.i \
        and subject.dep_ in {"nsubj", "nsubjpass"} and token.i > 0 and ctx.doc[token.i - 1].text == ","


def _opens_with_foreign_subordinator(doc: Doc, clause: Token) -> bool:
    """Whether a clause after a comma opens with a subordinator ("as", "while") that marks a verb inside it."""
    first = doc[clause.left_edge.i]
    return clause.dep_ == "ccomp" and first.dep_ == "mark" and first.lower_ in _SUBORDINATORS \
        and first.head.i != clause.i and first.i > 0 and doc[first.i - 1].text == ","


def _in_what_called(token: Token) -> Token | None:
    """The name given in "in what X called Y" / "in what X described as Y": Y's head, or ``None``.

    Limit: the cue is the clause of an "in" whose object is "what"; Y is the cue's predicate noun
    (the parser's ``oprd``) or the object of its "as".
    """
    if token.dep_ != "pcomp" or token.head.lower_ != "in" or not any(
            c.dep_ == "dobj" and c.lower_ == "what" and c.i < token.i for c in token.children):
        return None
    named = next((c for c in token.children if c.dep_ in {"oprd", "attr"} and c.i > token.i), None)
    if named is None:
        named = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > token.i
                      for g in c.children if g.dep_ == "pobj"), None)
    return named


def _main_clause_after_as(ctx: _Context, token: Token) -> tuple[int, int] | None:
    """(start, end) of the main clause a fronted "As X reported, ..." clause attributes, or ``None``.

    "As Flag and Ledger reported on Dec. 9, at least two fund administrators ... have begun screening ...":
    the cue heads an adverbial clause opened by "as" at the sentence start, the main verb after its
    comma heads what was reported. Limit: the "as" clause opens the sentence (after quote marks at
    most), has its own subject and no object or clause, and ends in a comma within seven words of the
    cue; the main clause has a subject and no quote mark.
    """
    doc = ctx.doc
    if token.dep_ != "advcl" or token.head.i <= token.i:
        return None
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < token.i), None)
    sent_start = token.sent.start
    if mark is None or mark.i != token.left_edge.i or any(not doc[j].is_quote for j in range(sent_start, mark.i)):
        return None
    if not any(c.dep_ == "nsubj" for c in token.children) or any(
            c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.children):
        return None  # ("As expected", "As he said he would", "As the minister told MPs, ...": no reported clause)
    # (a time phrase may stand before the comma, which the parser hangs on the main verb: "As the minister said
    # last week, ...")
    comma = next((j for j in range(token.i + 1, min(token.i + 8, token.sent.end)) if doc[j].text == ","), len(doc))
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i + 1:comma]):
        return None
    main = token.head
    if comma >= len(doc) or doc[comma].text != "," or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > comma
                                                               for c in main.children):
        return None
    start, end = _trim(doc, comma + 1, main.right_edge.i + 1)
    if end - start < 3 or any(doc[j].is_quote or ctx.in_quote[j] >= 0 for j in range(start, end)):
        return None
    return start, end


def _object_after_party_bracket(ctx: _Context, token: Token, subject: Token) -> Token | None:
    """The object the parser hung on an inverted speaker after the party's bracket, or ``None``.

    "In the council demanded Anja Pirker (Greens) an advice point": the name is the cue's object in the
    parse, and the real object its apposition right after ")"; so too when the name is the cue's subject
    ("Sharply criticised Kreisrat Uwe Strobelt (AfD) the federal government for its energy policy").
    Limit: a common noun outside any entity.
    """
    if subject.i < token.i or subject.dep_ not in {"dobj", "nsubj"} or subject.head.i != token.i:
        return None
    return next((a for a in subject.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > subject.i
                 and ctx.ent_of[a.i] is None and ctx.doc[a.left_edge.i - 1].text == ")"), None)


def _reported_claim(ctx: _Context, token: Token, entry: CueEntry, sents: list[Span], used_quotes: set[int], *,
                    subject: Token, speaker: _Speaker, cue_tokens: list[Token]) -> Claim | None:
    """Reported speech of a verb cue with no quote of its own: its complement clause, object or prepositions.

    Limit: reads the complement the parser attached to the cue (after it, or before a sentence-final
    cue in machine-translated German word order); a cue needing a clause with none is no claim.
    """
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    if token.tag_ == "VB" and token.dep_ in {"ccomp", "xcomp", "advcl"} and token.head.i in ctx.cue_entries \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and subject.head.i == token.i \
            and subject.pos_ == "NOUN":
        return None  # "He appealed to the citizens, free rooms at the town hall to report": what was asked for
    named_as = _in_what_called(token)
    if named_as is not None:
        # "..., in what officials in Kyiv called a deliberate attempt to spread fear": what the event is called
        start, end = _trim(doc, min(t.i for t in named_as.subtree), max(t.i for t in named_as.subtree) + 1)
        return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                           used_quotes=used_quotes) if end - start >= 2 else None
    reported_as = _main_clause_after_as(ctx, token)
    if reported_as is not None:
        # "As the Weekly reported in January, several firms had already begun ...": what was reported is the
        # sentence's main clause after the fronted "as" clause
        return _span_claim(ctx, *reported_as, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                           used_quotes=used_quotes)
    fronted = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None) \
        if subject.i > token.i else None
    rejecter = rejecter_after_fronted_object(token, [fronted]) if fronted is not None else None
    if rejecter is not None and rejecter.i == subject.i:
        # "Reports of panic in the west of the country rejects Hnatjuk decidedly": the fronted object is what
        # is rejected
        return _fronted_object_claim(ctx, token, entry, _trim(doc, fronted.left_edge.i, fronted.right_edge.i + 1),
                                     (subject.i if subject.pos_ == "PRON" else subject.right_edge.i) + 1, sent,
                                     used_quotes, speaker=speaker, cue_tokens=cue_tokens)
    if entry.complement == "object_then_particle":
        return _particle_object_claim(ctx, token, entry, sent, used_quotes, speaker=speaker, cue_tokens=cue_tokens)
    called_to = _called_on_to_noun(ctx, token, entry, sent)
    if called_to is not None:
        # "Berlin and Paris called on Moscow anew to de-escalation": German "rief X zu Y auf"; the "to" phrase's
        # noun is the appeal, the particle's object its addressee
        addressee, (start, end) = called_to
        return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                           used_quotes=used_quotes, addressee=addressee)
    of_that = _of_that_clause(ctx, token, sent) if entry.claim_type == "accusation" else None
    if of_that is not None:
        # "accused the government of that it „acts alone”": Slavic "в том, что" / Polish "o to, że"
        # in machine translation; the clause after "of that" is the accusation, the object its target
        target = next((c for c in token.children if c.dep_ == "dobj" and token.i < c.i < of_that.start), None)
        return _span_claim(ctx, of_that.start, of_that.end, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                           used_quotes=used_quotes, addressee=target)
    from_object = _from_addressee_object(ctx, token, entry, sent) or _object_after_adverbials(ctx, token, sent)
    if from_object is not None:
        # "demanded from Berlin defensive weapons": the object after the addressee is the demand
        addressee, content_span = from_object
        return _span_claim(ctx, content_span.start, content_span.end, speaker=speaker, cue_tokens=cue_tokens,
                           entry=entry, used_quotes=used_quotes, addressee=addressee)
    # (the parser may hang the article of an age description on the cue: "the 58-year-old added")
    comma = min([subject.left_edge.i] + [c.i for c in token.children if c.dep_ == "det" and c.i < subject.i]) - 1
    if token.dep_ == "conj" and subject.head.i == token.i and sent.start < token.head.i < comma < subject.i < token.i \
            and doc[comma].text == "," and token.i + 1 < sent.end and doc[token.i + 1].is_punct \
            and token.tag_ in {"VBD", "VBZ", "VBP"} and doc[comma + 1].tag_ not in {"WDT", "WP", "WP$", "WRB"} \
            and (subject.ent_type_ == "PERSON" or subject.pos_ == "PRON" or subject.lower_.endswith("old")
                 or (subject.lemma_ or subject.lower_).lower() in ctx.cues.roles | ctx.cues.officials) \
            and not any(c.i > token.i and not c.is_punct for c in token.children):
        # "The contract be valid and by the Federal Government approved, the 58-year-old added.": the parser
        # joins a trailing attribution to the clause before its comma, which is what was said
        attribution_comma = comma
    elif subject.dep_ == "dobj" and subject.head.i == token.i and subject.i == token.i + 1 and token.i - 1 > sent.start \
            and doc[token.i - 1].text == "," and (subject.ent_type_ == "PERSON" or subject.pos_ == "PRON" and not any(
                i in ctx.cue_entries for i in range(sent.start, token.i - 1))):
        # "The criticism from the Baltic states he take seriously, said Ebeling, but ...", "..., criticised she": an
        # inverted speaker the parser made the object; the clause before the comma is what was said (a pronoun
        # only after a clause with no cue of its own: "The association expects ..., added he" is read elsewhere)
        attribution_comma = token.i - 1
    else:
        attribution_comma = None
    if attribution_comma is not None:
        start, end = _trim(doc, sent.start, attribution_comma)
        if end - start >= 2:
            return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                               used_quotes=used_quotes)
    # ("Vladimir Putin had in December „precise legal guarantees“ demanded, that ...": with the subject on
    # the auxiliary, the parser takes the quoted verb-final object for the cue's own subject)
    misread_objects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and subject.i < c.i < token.i
                       and subject.head.i != token.i and c.pos_ in {"NOUN", "PROPN"}
                       and any(ctx.in_quote[t.i] >= 0 for t in c.subtree)]
    comma_clause = _comma_complement(ctx, token, sent, subject) or _impersonal_one_after_comma(ctx, token, sent, subject)
    if comma_clause is not None and misread_objects:
        comma_clause = doc[min(t.i for t in misread_objects[0].subtree):comma_clause.end]
    if comma_clause is not None:
        mixed = any(ctx.in_quote[i] >= 0 for i in range(comma_clause.start, comma_clause.end))
        for i in range(comma_clause.start, comma_clause.end):
            if ctx.in_quote[i] >= 0:
                used_quotes.add(ctx.in_quote[i])
        addressee = next((c for c in token.children if c.dep_ in {"dobj", "dative"} and c.i > token.i
                          and "object" in entry.addressee), None) or _addressee(token, entry, has_clause=True)
        content = (comma_clause.start_char, comma_clause.end_char, comma_clause.text)
        comma = subject.left_edge.i - 1
        if sent.start < comma < subject.i < token.i and doc[comma].text == ",":
            # "The embassy remains open, a spokeswoman said on Monday, one examine the situation daily":
            # German reported speech on both sides of a mid-sentence attribution is one claim
            left_start, left_end = _trim(doc, sent.start, comma)
            left = doc[left_start:left_end]
            if len(left) > 2 and any(t.pos_ in {"VERB", "AUX"} for t in left) and not any(
                    ctx.in_quote[i] >= 0 or i in ctx.cue_entries for i in range(left_start, left_end)):
                content = (left.start_char, comma_clause.end_char, f"{left.text} {comma_clause.text}")
        return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                           mode="mixed" if mixed else "indirect", content=content, addressee=addressee)
    if any(_holds_the_inverted_subject(ctx, token, subject, c) for c in token.children):
        # "Panic help nobody, said he opposite the Westpfalz-Echo": the clause before the cue is what was said
        start, end = _trim(doc, sent.start, token.i - 1)
        # (the parser may read the clause's verb as a noun, "Panic [help] nobody", but its object stays one)
        if end - start >= 3 and any(t.pos_ in {"VERB", "AUX"} or t.dep_ == "dobj" for t in doc[start:end]) and not any(
                ctx.in_quote[i] >= 0 or i in ctx.cue_entries for i in range(start, end)):
            return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                               used_quotes=used_quotes)
    that_clause = _misparsed_that_clause(ctx, token, sent) or _that_clause_after_addressee(ctx, token, entry, sent) \
        or _clause_read_as_second_subject(ctx, token, subject, sent)
    if that_clause is not None:
        return _span_claim(ctx, that_clause.start, that_clause.end, speaker=speaker, cue_tokens=cue_tokens,
                           entry=entry, used_quotes=used_quotes)
    # reported speech: the complement to the right of the cue (a semicolon closes the cue's clause:
    # "had a new dialogue announced; this initiative should Berlin support" is another statement)
    # (a clause that opens before the semicolon is still the cue's: "stressed that the share ... lie; the
    # dependence be ...", where the parser made the verb after the semicolon the clause's head)
    # "expressed herself about NATO and the West" (German "äußerte sich über/zu"): the reflexive is no content,
    # the topic after "about", "on", "over" or "to" is
    reflexive = (token.lemma_ or token.lower_).lower() == "express" and (any(
        c.dep_ in {"dobj", "dative"} and c.lower_ in _REFLEXIVES and c.i > token.i for c in token.children)
        # (or before a verb-final "expressed": "has herself once more about NATO and the West expressed")
        or _reflexive_before(ctx, token) is not None)
    complements = [c for c in token.children if c.i > token.i and not any(
        doc[j].text == ";" and ctx.in_quote[j] < 0 for j in range(token.i + 1, c.i)
        if not (c.dep_ == "ccomp" and c.left_edge.i < j and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == token.i + 1 for m in c.children))) and (
        c.dep_ in _CLAUSE_DEPS or c.dep_ in {"dobj", "attr", "oprd"}
        or (c.dep_ == "prep" and c.lower_ in {"of", "for", "against", "as", "on", "about"})
        # ("demands for his part „precise guarantees“": a quoted object the parser hung as an apposition)
        or (c.dep_ == "appos" and ctx.in_quote[c.i] >= 0)
        # "referred to the Minsk agreements": the particle of a phrasal cue heads its content
        # ("reported from Kyiv": a place after "from" is where the report came from, not what it said)
        or (c.dep_ == "prep" and entry.particle and c.lower_ == entry.particle
            and not (c.lower_ == "from" and _names_only_a_place(ctx, c)))
        # ("demands from the NATO since long a lasting stationing of troops": German "seit langem" before the
        # object; the parser makes the object the noun of "since")
        or _duration_then_object(c)
        # ("rejects the pipeline since years as a danger", "describes X since long as a project": German
        # "seit Jahren als ..."; the parser hangs the "as" predicate on the duration)
        or _duration_then_as(c)
        # "demanded he, that the format ... meets": a verb-final clause the parser could not label
        # ("that NATO not further to east expands" hung as an adverb): a "that" mark opens a clause
        or (c.dep_ in {"dep", "advmod", "npadvmod", "acomp"}
            and any(g.dep_ == "mark" and g.lower_ == "that" and g.i < c.i for g in c.children))
        # "demanded guarantees, that the harbour not further expands": the parser hangs the clause's
        # words on its conjunction, which it makes a child of the cue
        # ("„precise legal guarantees“ demanded that NATO itself not further east expand": with no comma the
        # parser may make the clause's subject the object of "that")
        or (c.dep_ == "mark" and c.lower_ == "that" and any(g.dep_ in {"nsubj", "nsubjpass", "pobj"}
                                                              for g in c.children)))
        # "said on Saturday", "..., speaking on condition of anonymity": circumstances, not content
        and not (_is_time_adjunct(c) and not _holds_quote(c) and not _duration_then_as(c))
        and not (c.dep_ == "advcl" and c.tag_ == "VBG") and not _is_contrast_adverb(doc, token, c)
        # ("demands for his part „…“": "for his part" says whose turn it is, not what is demanded)
        and not (c.lower_ == "for" and any(_is_ones_part(g) for g in c.children))
        # ("spoke he of a „demand“": the inverted subject pronoun the parser read as the object is no content)
        and c.i != subject.i
        # ("X will keep ..., the government said on Tuesday, as European prices hit a record and flows ...
        # went into reverse": a clause the parser made the cue's complement, opening after a comma with
        # the subordinator of another verb, is a circumstance)
        and not _opens_with_foreign_subordinator(doc, c)
        # ("Kiev asks since weeks the West for support, Moscow denies any plans": the next capital's claim)
        and not _next_speakers_clause(ctx, token, c)]
    bracketed = _object_after_party_bracket(ctx, token, subject)
    if bracketed is not None and bracketed not in complements:
        complements.append(bracketed)
    # ("threatened for its part with countermeasures": a phrase the parser hung on "part" is the cue's own)
    complements += [g for c in token.children if c.lower_ == "for" and c.i > token.i for p in c.children
                    if _is_ones_part(p) for g in p.children if g.dep_ == "prep" and g.i > p.i]
    stranded = _stranded_particle(token, entry)
    if stranded is not None and ctx.sent_of[stranded.i] == ctx.sent_of[token.i]:
        # "spoke in the Nationalrat of a „war hysteria“": the particle hung on the adverbial's noun heads the content
        complements = [c for c in complements if not (c.dep_ == "prep" and c.i < stranded.i)] + [stranded]
    fronted = _fronted_particle(token, entry) if not complements else None
    # (a particle the parser read as a conjunction has no object: the verb-final branch below reads it)
    if fronted is not None and ctx.sent_of[fronted.i] == ctx.sent_of[token.i] \
            and any(g.dep_ in {"pobj", "pcomp"} for g in fronted.children):
        # "has the deputy X for caution pleaded": the particle's phrase before the clause-final participle
        complements = [fronted]
    separated = _separated_particle(token, entry)
    if separated is not None and separated.i > token.i + 1 and any(c.i > separated.i for c in complements):
        # "let on request know, the port be ...": the adverbial before the particle is no content
        complements = [c for c in complements if c.i > separated.i]
    if any(c.dep_ == "dobj" for c in complements):
        # "demanded ferries from the ministry, including a second boat": the parser may hang the
        # "including" list on the verb, but it still spells out the object
        complements += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "including" and c.i > token.i
                        and doc[c.i - 1].text == "," and ctx.sent_of[c.i] == ctx.sent_of[token.i]]
    # "had on the fees commented, as local media reported": an "as" clause of another cue names the
    # reporter's source, it is never what the speaker said
    complements = [c for c in complements if not (c.dep_ == "advcl" and c.i in ctx.cue_entries and any(
        g.dep_ == "mark" and g.lower_ == "as" and g.i < c.i for g in c.children))]
    if any(c.dep_ != "advcl" for c in complements):
        # "pressed the West for an answer, while Warsaw said ...": a subordinate clause after the
        # cue's own complement that reports another speaker is that speaker's claim, not this one's
        complements = [c for c in complements if not (c.dep_ == "advcl" and c.i in ctx.cue_entries and any(
            g.dep_ in {"mark", "advmod"} and g.lower_ in _SUBORDINATORS and g.i < c.i for g in c.children))]
    if token.dep_ in {"parataxis", "ccomp", "conj"} and token.head.i < subject.left_edge.i < token.i \
            and doc[subject.left_edge.i - 1].text == ",":
        # "X will speak up for Y, its envoy said, as the crisis reached ...": after a trailing attribution
        # a time or circumstance clause is the reporter's; the host clause before it is what was said
        complements = [c for c in complements if not (c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in _CIRCUMSTANCE_MARKS and g.i < c.i for g in c.children))]
    # ("A member, who ..., said, Kiev asks for weapons": a cue before the subject reports this cue's clause)
    before = [c for c in token.children if (c.dep_ in {"ccomp", "parataxis"} or _is_main_clause_advcl(doc, c, subject))
              and c.i < token.i and c.i < subject.i < token.i and ctx.in_quote[c.i] < 0 and not _opens_with_source(c)
              and not (c.i in ctx.cue_entries and c.i + 2 == subject.left_edge.i
                       and doc[c.i + 1].text == ",")
              # ("Moscow denies any attack plans, Kiev asks its partners for more support": a cue with its
              # own subject before the comma is the other speaker's claim, when this cue has words of its own)
              and not (c.i in ctx.cue_entries and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)
                       and doc[subject.left_edge.i - 1].text == "," and subject.left_edge.i - 2 <= c.right_edge.i < subject.left_edge.i
                       and any(g.i > token.i and (g.dep_ in {"ccomp", "xcomp"}
                                                  or (g.dep_ == "dobj" and "object" not in entry.addressee)
                                                  or (entry.complement == "request"
                                                      and any(t.dep_ == "prep" for t in g.subtree)))
                               for g in token.children))
              # "X went further: she called for Y": a colon before the subject closes the clause before it
              # (so does a semicolon: "The Post had reported of a plan; Moscow speaks of „hysteria“")
              and not any(doc[j].text in {":", ";"} and ctx.in_quote[j] < 0 for j in range(c.i, subject.left_edge.i))]
    if not before and subject.i < token.i and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == ",":
        # ("MUMBAI: Indian refiners have begun booking cargoes, the association said": the parser hangs the
        # reported clause on the dateline's place name, which it makes the cue's adverbial)
        before = [g for c in token.children if c.dep_ in {"advcl", "npadvmod", "dep"} and c.i == sent.start
                  and c.is_upper and len(c.text) > 2 and c.i + 1 < len(doc) and doc[c.i + 1].text in {":", "-", "—", "–"}
                  for g in c.children if g.dep_ in {"acl", "relcl", "ccomp", "appos"} and g.i > c.i + 1
                  and any(s.dep_ in {"nsubj", "nsubjpass"} for s in g.children) and ctx.in_quote[g.i] < 0]
    # ("..., he told a news conference": the object of "tell" is its addressee, not its content)
    own = {"ccomp", "xcomp", "attr", "oprd"} | (set() if "object" in entry.addressee else {"dobj"})
    # ("..., she made clear": the particle of a phrasal cue is no complement of its own)
    if any(c.lower_ in _REFLEXIVES and c.i == token.i - 1 and doc[c.i - 1].lemma_ == "have" for c in token.children) \
            and not any(c.i > token.i and c.dep_ in {"ccomp", "xcomp", "dobj", "prep"} for c in token.children):
        # "..., twelve drivers have themselves reported": German "haben sich gemeldet" (came forward) reports
        # nothing (but "Putin had himself of „…“ spoken" is German "selbst", emphatic)
        return None
    if before and not any(c.dep_ in own and not (entry.particle and c.lower_ == entry.particle)
                          and not _is_closing_addressee(ctx, c, sent) for c in complements):
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
                       and c.i < subject.i and ctx.in_quote[c.i] < 0 and not _opens_with_source(c)]
        if not complements and any(_opens_with_source(c) for c in token.children
                                   if c.dep_ in {"ccomp", "parataxis"} and c.i < subject.i < token.i):
            # "Loud the Post has Russia reserves brought, the US government warns since days of an
            # attack": the clause before is the source's report; what this cue says follows it
            start, end = _trim(doc, token.i + 1, sent.end)
            span = doc[start:end]
            if end - start >= 3 and any(t.pos_ in {"NOUN", "PROPN"} for t in span):
                quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
                if not quoted & used_quotes:
                    used_quotes.update(quoted)
                    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                                       mode="mixed" if quoted else "indirect",
                                       content=(span.start_char, span.end_char, span.text), addressee=None)
    if not complements and subject.i < token.i and (token.i + 1 >= len(doc) or doc[token.i + 1].is_punct):
        # German word order in machine translation puts the cue last ("has before a return of
        # the cold war warned"): its objects stand between the subject and the verb
        # (the parser may hang them on a stranded auxiliary "has")
        hosts = [token] + [c for c in token.children if c.i < token.i and c.lemma_ in {"have", "be"}
                           and c.dep_ in {"ccomp", "aux", "advcl"}]
        if token.head.i < token.i and token.head.lemma_ in {"have", "be"}:
            hosts.append(token.head)  # "has itself about the Nato expressed": the verb hangs on "has"
        if token.dep_ == "acl" and token.head.dep_ == "dobj" and token.head.head.lemma_ == "have":
            hosts.append(token.head.head)  # "has the decision welcomed": the verb hangs on the object
        complements = [c for host in hosts for c in host.children if subject.i < c.i < token.i
                       and (c.dep_ in {"prep", "dobj"} or (c.pos_ == "ADP" and any(g.dep_ == "pobj" for g in c.children))
                            # "in which he the course of the West sharply criticised": the object
                            # before a verb-final cue is read as a second subject
                            or (c.dep_ == "nsubj" and c.pos_ == "NOUN" and host is token and c.i > subject.i))
                       # ("had „precise legal guarantees“ against X demanded": a quoted object with no verb of its own)
                       and (ctx.in_quote[c.i] < 0 or c.dep_ == "dobj" and not any(
                           t.pos_ in {"VERB", "AUX"} for t in doc[ctx.quotes[ctx.in_quote[c.i]][0]:ctx.quotes[ctx.in_quote[c.i]][1]]))
                       and c.ent_type_ not in {"DATE", "TIME"}
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
        if token.dep_ == "ccomp" and token.head.i < token.i - 1 and doc[token.i - 1].text == "," \
                and token.i < subject.i and ctx.sent_of[token.head.i] == ctx.sent_of[token.i]:
            host = token.head  # "Those help a small dairy little, criticised X": an inverted cue read as the clause's complement
        if token.dep_ == "ccomp" and token.head.i < subject.left_edge.i and subject.i < token.i \
                and subject.head.i == token.i and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == "," \
                and all(t.pos_ == "ADV" for t in doc[subject.right_edge.i + 1:token.i]) \
                and ctx.sent_of[token.head.i] == ctx.sent_of[token.i] and (token.head.lemma_ or "").lower() not in {
                    "be", "have"} and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > token.i
                                              for c in token.children) \
                and token.head.i not in ctx.cue_entries and ctx.in_quote[token.head.i] < 0 and not any(
                    # ("X reported, many ask ...", "Y knows already, ... calls": a host with a speaking subject of
                    # its own is that speaker's clause)
                    c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ == "PRON" or ctx.ent_of[c.i] is not None
                                                          and ctx.ent_of[c.i].label_ == "PERSON")
                    for c in token.head.children):
            # "Steelworkers fear a move could push bills up ..., the X Federation warned on Friday": the parser
            # hung the trailing attribution on the reported clause's verb
            host = token.head
        if token.dep_ == "conj" and token.tag_ in {"VBD", "VBZ"} and token.head.i < subject.left_edge.i < token.i \
                and subject.head.i == token.i \
                and doc[subject.left_edge.i - 1].text == "," and ctx.sent_of[token.head.i] == ctx.sent_of[token.i] \
                and not any(c.dep_ == "cc" and c.i < token.i for c in token.head.children) \
                and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > token.i for c in token.children):
            host = token.head  # "Denmark will send jets ..., the Ministry of Defence announced on Monday": a comma splice
        if host is not None and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _SUBORDINATORS and c.i < token.i
                                    for c in token.children):
            host = None  # "... only when Moscow replies to the letters": a subordinate cue reports no host clause
        if host is not None and entry.complement != "finite" and (ctx.in_quote[host.i] < 0 or (
                # "The Commission, he said, had “not sent a single zloty”": a quoted fragment
                # after the parenthetical ends the host clause that opened before it
                ctx.quotes[ctx.in_quote[host.i]][0] > token.i and host.left_edge.i < subject.left_edge.i
                and ctx.in_quote[host.left_edge.i] < 0)):
            complements = [host]
    if not complements and ctx.sent_of[token.i] == ctx.sent_of[subject.i]:
        # "The councillor contradicted sharply: X confuse cause and effect": a cue with no object
        # whose adverbs end in a colon reports the clause after the colon
        # (a colon right after the cue too: with no complement the parser attached nothing to it)
        claim = _colon_clause_claim(ctx, token, used_quotes, speaker=speaker, cue_tokens=cue_tokens, entry=entry)
        if claim is not None:
            return claim
    misattached: list[Token] = []
    if not any(c.dep_ in _CLAUSE_DEPS for c in complements):
        # "made clear for weeks that it wants ...": the parser hangs the that-clause on the time
        # adjunct's noun as a relative clause; a relative clause never opens with the conjunction "that"
        misattached = [g for c in token.children if c.dep_ == "prep" and c.i > token.i for p in _adjunct_nouns(c)
                       for g in p.children if g.dep_ in {"relcl", "acl"} and (any(
                           m.dep_ == "mark" and m.lower_ == "that" and m.i < g.i for m in g.children)
                           # "warned in a debate that the government could not wait": the parser makes
                           # "that" the object of a relative clause, but one that has a subject of its own
                           # after "that" on a setting noun ("in a debate") is what was said
                           or (c.lower_ in {"in", "at", "during"} and doc[g.left_edge.i].lower_ == "that"
                               and doc[g.left_edge.i].i == p.i + 1 and any(
                                   s.dep_ in {"nsubj", "nsubjpass"} and s.i > g.left_edge.i for s in g.children))
                           # ("said in a statement Belgrade was „hiding …“": with no "that", a clause opening
                           # right after the setting noun with a subject of its own, no relative pronoun)
                           or (c.lower_ in {"in", "at", "during"} and g.dep_ == "relcl" and g.left_edge.i == p.i + 1
                               and any(s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ not in {"WDT", "WP", "PRP"}
                                       and s.i < g.i for s in g.children)
                               and not any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in doc[p.i:g.i])))]
        if misattached:
            complements = [c for c in complements if c.dep_ != "prep"] + misattached
    # "has made clear that a violation would ...": the parser makes the particle the clause's head
    # (ccomp) and hangs the clause on it; the clause after the particle is the content
    particle_heads = [g for c in complements if entry.particle and c.lower_ == entry.particle and c.dep_ == "ccomp"
                      for g in c.children if g.dep_ in {"ccomp", "csubj"} and g.i > c.i]
    if particle_heads:
        misattached += particle_heads
        complements = [c for c in complements if c.lower_ != entry.particle] + particle_heads
    if entry.complement == "clause" and not any(c.dep_ in _CLAUSE_DEPS for c in complements):
        # "have argued that talk of X plays into ...": the parser reads the conjunction "that" as a
        # determiner of the clause's first noun; a subordinating "that" (tag IN) opens a clause
        misattached += [c for c in complements if c.dep_ == "dobj" and any(
            g.dep_ == "det" and g.lower_ == "that" and g.tag_ == "IN" and g.i == c.left_edge.i for g in c.children)]
        # "added that EU officials she had spoken to expected ...": a relative clause inside the clause's
        # subject hides its verb, and the parser reads the subject as the object, "that" as its mark;
        # a conjunction right after the cue opens a clause (a relative "that" never has an object as its head)
        misattached += [c for c in complements if c.dep_ == "dobj" and c.left_edge.i == token.i + 1 and any(
            g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)
            and any(g.dep_ == "relcl" for g in c.children)]
        # "made clear that the district will pay": the parser hangs the that-clause on the particle "clear"
        on_particle = [g for c in complements if entry.particle and c.lower_ == entry.particle
                       and c.dep_ in {"oprd", "acomp"}
                       for g in c.children if g.dep_ in {"ccomp", "csubj"} and g.i > c.i]
        if on_particle:
            misattached += on_particle
            complements = [c for c in complements if c.lower_ != entry.particle] + on_particle
        if "object" in entry.addressee:
            # "told the weekly briefing that the council had been informed": the parser reads the
            # that-clause as a relative clause of the addressee; one with a subject of its own after
            # "that" is what was told (a relative "that" would itself be its subject or object)
            misattached += [g for c in complements if c.dep_ == "dobj" for g in c.children if g.dep_ == "relcl"
                            and g.i > c.i and doc[g.left_edge.i].lower_ == "that" and any(
                                s.dep_ in {"nsubj", "nsubjpass"} and s.i > g.left_edge.i for s in g.children)]
            # "told The Austral Business Daily his company had locked in supply": with no "that", the parser
            # reads the reported clause as a contact relative clause of the addressee; one that opens right
            # after the addressee with a subject of its own (no relative pronoun) is what was told
            misattached += [g for c in complements if c.dep_ == "dobj" for g in c.children if g.dep_ == "relcl"
                            and g.i > c.i and g.left_edge.i == c.i + 1
                            and any(s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ not in {"WDT", "WP"}
                                    and s.i < g.i for s in g.children)
                            and not any(t.tag_ in {"WDT", "WP", "WP$"} for t in doc[c.i:g.i])]
            complements += [g for g in misattached if g.dep_ == "relcl" and g not in complements]
    # "told, that since Thursday every hour a customer call": a German verb-final that-clause whose verb
    # the tagger read as a noun; the parser hangs that noun on the cue (object, adverbial), the "that" on it
    misattached += [c for c in complements if c.dep_ in {"dobj", "npadvmod", "dep", "advmod", "acomp"}
                    and c.i > token.i + 2 and doc[token.i + 1].text == ","
                    and doc[token.i + 2].lower_ == "that" and doc[token.i + 2].head.i == c.i
                    and doc[token.i + 2].dep_ == "mark"]
    trailing_view = False
    if not complements and entry.complement == "finite" and token.dep_ in {"acomp", "ccomp"} and token.head.lemma_ == "be" \
            and token.head.i < token.i and subject.i < token.i:
        # ("The next weeks be decisive, he is convinced.", "The customers have for it understanding, is she
        # convinced.": German "ist er überzeugt" after the view; the parser hangs the clause before the comma
        # on the copula)
        complements = [c for c in token.head.children if c.dep_ == "ccomp" and c.i < subject.left_edge.i
                       and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ","][:1]
    if not complements and entry.complement == "finite" and token.dep_ == "ccomp" and token.head.i < subject.left_edge.i \
            and subject.i < token.i and doc[subject.left_edge.i - 1].text == "," and token.head.i not in ctx.cue_entries \
            and all(t.dep_ in {"auxpass", "aux", "advmod"} for t in doc[subject.right_edge.i + 1:token.i]) \
            and token.i + 1 < len(doc) and doc[token.i + 1].text in {".", "!"} and ctx.in_quote[token.head.i] < 0:
        # ("Without an agreement becomes that every year more difficult, he is convinced.": the view closing its
        # sentence hangs on the clause before the comma, which the parser made the root)
        complements = [token.head]
        trailing_view = True
    # the head a cue modifies is its host clause, unless the cue is a participle of that head (acl)
    host_i = token.head.i if token.dep_ != "acl" else -1
    clause = [c for c in complements if c.dep_ in _CLAUSE_DEPS or c.i == host_i or c in misattached]
    if clause and clause[0].i > token.i and _conditional_after_comma(clause[0]) and clause[0].left_edge.i == token.i + 2:
        # "He warned, should the conflict escalate, will many quarries the season not survive": German puts the
        # condition first; the main clause after it, whatever the parser hung it on, is said too
        main = [c for c in token.children if c.i > clause[0].i and c not in clause and c.dep_ in {"dep", "ccomp"}]
        clause += main
        complements += [c for c in main if c not in complements]
    if entry.complement == "finite" and not trailing_view and not any(c.dep_ == "ccomp" and not (
            # "expect that question to be asked": a demonstrative "that" opens no that-clause
            doc[c.left_edge.i].lower_ == "that" and doc[c.left_edge.i].dep_ == "det")
            # "expect sanctions to dominate": an infinitive is no finite clause
            and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in clause) \
            and not any(c in misattached and c.head.i == token.i for c in clause):
        # ("is convinced, that the situation ... calm will": the parser's reading of a German
        # verb-final that-clause is still the clause)
        return None  # "agreed to meet" is an action; only "agreed that ..." reports a statement
    if entry.complement == "clause" and not clause and "object" in entry.addressee:
        told = _clause_after_addressee(ctx, token, sent)
        if told is not None and not {ctx.in_quote[i] for i in range(*told) if ctx.in_quote[i] >= 0} & used_quotes:
            # "told the newspaper that the high prices many firms bring to the limit", "told the broadcaster,
            # many commuters work in Saarland": German word order the parser could not hang on the cue
            target = next((c for c in token.children if c.dep_ in {"dobj", "dative"} and c.i > token.i), None)
            return _span_claim(ctx, *told, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                               used_quotes=used_quotes, addressee=target)
    if entry.complement == "clause" and not clause and subject.i < token.i and token.i + 4 < sent.end \
            and doc[token.i + 1].text == "," and doc[token.i + 2].pos_ in {"NOUN", "PROPN", "DET", "ADJ", "PRON"} \
            and doc[token.i + 2].lower_ not in _SUBORDINATORS | {"that", "which", "who"} \
            and any(c.i >= token.i + 2 and c.dep_ in {"dobj", "npadvmod", "attr"} for c in token.children) \
            and not _holds_another_voice(ctx, token.i + 2, sent.end):
        # "The AfD faction declared, sanctions harm above all the own economy": German reported speech after the
        # cue's comma whose verb the tagger read as a noun ("harm"), so the parser made it the cue's object
        # (not before a source of its own: "The company consider, loud Wöhrle, already short-time work")
        start, end = _trim(doc, token.i + 2, sent.end)
        if end - start >= 3:
            return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                               used_quotes=used_quotes)
    if not clause and subject.i < token.i and (infinitive := _infinitive_after_adverbial(ctx, token, sent)) is not None:
        # "Moscow rejects since weeks, an attack on the neighbouring country to plan": German "weist seit
        # Wochen zurück, ... zu planen"; the parser hangs the infinitive clause after the comma on the adverbial
        return _span_claim(ctx, *infinitive, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                           used_quotes=used_quotes)
    if entry.complement == "clause" and not clause:
        # "called the plan a mistake" names something; "call her for advice" (a pronoun object and no
        # predicate noun) only summons someone; "underlined the meaning of the fishery" states
        # that it matters (an object naming importance)
        if not any((c.dep_ in {"attr", "oprd"} or c.dep_ == "dobj" and c.pos_ != "PRON")
                   and token.lemma_ in {"call", "consider"} for c in complements) and not any(
                c.dep_ == "dobj" and (c.lemma_ or c.lower_).lower() in _WEIGHT_NOUNS for c in complements):
            return None
    if not complements and misread_objects and (token.i + 1 >= len(doc) or doc[token.i + 1].text in {";", "."}):
        # "Putin had in December „precise legal guarantees“ against a NATO eastward expansion demanded;
        # ...": the verb-final object the parser read as the subject, with what hangs on it, is the content
        misread = misread_objects[0]
        start, end = _trim(doc, min(t.i for t in misread.subtree), max(t.i for t in misread.subtree) + 1)
        if end > start:
            return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                               used_quotes=used_quotes)
    topic = next((t for t in token.subtree if t.i > token.i and t.dep_ == "prep" and t.lower_ in _TOPIC_PREPOSITIONS
                  and ctx.in_quote[t.i] < 0 and ctx.sent_of[t.i] == ctx.sent_of[token.i]
                  and doc[t.i - 1].lower_ not in {"not", "never"}), None) if reflexive else None
    if topic is None and reflexive and not any(c.dep_ in _CLAUSE_DEPS for c in complements):
        # ("has in this week once more about the NATO and the West expressed herself": the topic of a
        # verb-final "expressed" stands before it, and the parser may hang it on a time adverb)
        topic = _topic_before(ctx, token)
    if topic is not None and all(c.lower_ in _REFLEXIVES or c.i == topic.i for c in complements):
        # (the parser may hang the topic on a time phrase before it: "expressed herself in the same week once
        # more about NATO and the West")
        complements = [topic]
    if any(c.dep_ == "dobj" and c.lower_ in {"nothing", "little"} for c in complements) \
            and not any(c.dep_ in _CLAUSE_DEPS for c in complements):
        return None  # "The ministry said nothing", "has said little in public": what was not said is no claim
    if not complements:
        # "She criticised at the same time the Kremlin, which ... put": German "kritisierte X, der ...";
        # the parser may hang the target on the relative clause's verb
        return _target_with_relative_claim(ctx, token, entry, sent, used_quotes, speaker=speaker,
                                           cue_tokens=cue_tokens) \
            or _object_glued_to_source_claim(ctx, token, entry, used_quotes, speaker=speaker, cue_tokens=cue_tokens)
    addressee = _addressee(token, entry, has_clause=bool(clause))
    accused_object = addressee if addressee is not None and addressee.dep_ == "dobj" else None
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
    if entry.keeps_object:
        # "holds a war for unlikely": the object and the predicative particle together
        pieces += [c for c in token.children if c.lower_ == entry.particle and c.dep_ in {"prep", "conj"}
                   and c not in pieces]
    elif entry.particle and any(c.lower_ == entry.particle and c.dep_ == "prep" and c.i > token.i and any(
            d.dep_ == "dobj" and d.i > c.i and not any(t.is_punct for t in doc[c.i:d.left_edge.i])
            for d in token.children) for c in token.children) and not any(p.dep_ in _CLAUSE_DEPS for p in pieces):
        # "sees in the pipeline a danger": an object right after the particle's phrase (no comma,
        # no clause: not "called on NATO to station troops, a request ...") is what is seen in it
        # (not "in turn" before the cue: "Moscow in turn sees in the approach ... a threat")
        pieces += [c for c in token.children if c.lower_ == entry.particle and c.dep_ == "prep" and c.i > token.i
                   and c not in pieces]
    elif entry.particle and entry.particle != "as":
        # "call for X": the particle's object is the content ("regard X as Y" keeps both)
        # (a preposition before the verb is no particle of it: "On Thursday, X commented on ...")
        pieces = [c for c in pieces if c.lower_ != entry.particle] + [
            g for c in [*(c for c in token.children if c.i > token.i), *([stranded] if stranded is not None else []),
                      *([fronted] if fronted is not None else [])] if c.lower_ == entry.particle
            for g in c.children if g.dep_ in {"pobj", "pcomp"}
            # "has made known its solidarity": the object of an adjective particle is what was made known
            # ("let know that the port ...", "has made know that ...": so is the clause of a verb particle)
            or (c.pos_ in {"ADJ", "VERB"} and g.dep_ in {"dobj", "ccomp"} and g.i > c.i)]
        if entry.particle == "on" and addressee is not None:
            pieces = [p for p in pieces if p.i != addressee.i]
    if entry.particle == "as" and any(p.dep_ == "dobj" for p in pieces):
        # "described the warnings in a statement as „campaign“": the parser hangs the "as" on the adverbial
        # after the object; that adverbial holds the rest of what was said
        pieces += [c for c in token.children if c.dep_ == "prep" and c not in pieces and c.i > token.i
                   and any(p.dep_ == "dobj" and p.i < c.i for p in pieces)
                   and any(g.lower_ == "as" and g.dep_ == "prep" for g in c.subtree)
                   and not any(t.text in {",", ";", ":"} for t in doc[token.i:c.right_edge.i])]
    if pieces and all(p.dep_ == "prep" and p.lower_ == "as" for p in pieces) and addressee is not None \
            and addressee.dep_ == "dobj" and addressee.i < pieces[0].i:
        # "criticised the debate in a short statement as „one-sided“": what is called one-sided is the
        # object, so it belongs to the content rather than being the addressee
        pieces, addressee = [addressee, *pieces], None
    if len(pieces) == 1 and pieces[0].dep_ == "dobj" and pieces[0].lower_ in {"this", "that", "it"}:
        # "rejects this with reference to the mission", "justified this with the threat of X": the
        # pronoun only points back; the phrase after it says what the speaker gave as grounds
        pieces += [c for c in token.children if c.dep_ == "prep" and c.i > pieces[0].i and not _is_time_adjunct(c)
                   and not any(doc[j].text in {",", ";"} for j in range(pieces[0].i, c.i))]
    particle_colon = next((c for c in token.children if entry.particle and c.lower_ == entry.particle
                           and c.i == token.i + 1 and c.i + 1 < len(doc) and doc[c.i + 1].text == ":"), None)
    if not pieces and particle_colon is not None:
        # "The headmistress held against: One bring nobody in danger": German "hielt dagegen:" puts what was
        # said after a colon right after the phrasal cue's particle
        claim = _colon_clause_claim(ctx, particle_colon, used_quotes, speaker=speaker, cue_tokens=cue_tokens,
                                    entry=entry)
        if claim is not None:
            return claim
    if not pieces:
        return None
    host = token.head if token.head.i not in {token.i, -1} and any(p.i == host_i for p in pieces) else None
    if host is not None:
        # the host clause without the parenthetical attribution itself
        sent = sents[ctx.sent_of[token.i]]
        start, end = _trim(doc, max(sent.start, min(t.i for t in host.subtree)), sent.end)
        # the first comma after the cue (past its adjuncts: "said this week, as ...")
        tail = next((j + 1 for j in range(token.i + 1, min(sent.end - 1, token.i + 6)) if doc[j].text == ","), sent.end)
        if start < subject.left_edge.i < token.i and tail < sent.end and doc[tail].lower_ in _CIRCUMSTANCE_MARKS \
                and not any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i + 1:tail]):
            # "X will speak up for Y, its envoy said, as the crisis reached ...": a subordinate clause
            # after a trailing attribution is the reporter's circumstance, not what was said
            start, end = _trim(doc, start, subject.left_edge.i)
        after = max(t.i for t in token.subtree) + 1
        # "In Berlin underlined the SPD politician X, the government stand ...": a German inverted
        # attribution opens its host sentence; what was said follows the attribution
        inverted = start <= token.i < subject.i and ctx.sent_of[subject.i] == ctx.sent_of[token.i]
        # "A spokeswoman of the forum said, one advise the firms ...": German reported speech after the
        # cue's comma, which the parser made the host of the attribution before it
        leading = subject.left_edge.i == _trim(doc, sent.start, sent.end)[0] and subject.i < token.i < host.i \
            and doc[after - 1].text == "," and subject.tag_ not in {"WP", "WDT"}
        if inverted and start < token.i - 1 and doc[token.i - 1].text == ",":
            # "The guarantees help a small dairy little, criticised Wiedemann, because the application
            # takes weeks": an inverted attribution after its clause's comma trails what was said; a
            # subordinate clause after it still belongs to the claim
            left = _trim(doc, start, token.i - 1)
            following = _trim(doc, after, end)
            if left[1] - left[0] >= 3 and _has_content_word(doc[left[0]:left[1]]) and not any(
                    ctx.in_quote[i] >= 0 or i in ctx.cue_entries for i in range(*left)):
                if following[1] - following[0] >= 3 and doc[following[0]].lower_ in _SUBORDINATORS - _CIRCUMSTANCE_MARKS:
                    left_span, right_span = doc[left[0]:left[1]], doc[following[0]:following[1]]
                    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="indirect",
                                       content=(left_span.start_char, right_span.end_char,
                                                f"{left_span.text}, {right_span.text}"), addressee=None)
                return _span_claim(ctx, *left, speaker=speaker, cue_tokens=cue_tokens, entry=entry)
        if inverted or leading:
            following = _trim(doc, after, end)
            if following[1] - following[0] >= 3:
                return _span_claim(ctx, *following, speaker=speaker, cue_tokens=cue_tokens, entry=entry)
            if inverted:
                return None
        if subject.left_edge.i <= start:
            # "It had, she said, kept the allies informed": the parser cut the host clause at the
            # parenthetical; the claim is the whole sentence without it
            return _mid_parenthetical_claim(ctx, token, entry, sent, used_quotes, subject=subject, speaker=speaker,
                                            cue_tokens=cue_tokens)
        if token.dep_ == "ccomp" and start < subject.left_edge.i < token.i and doc[subject.left_edge.i - 1].text == ",":
            start, end = _trim(doc, start, subject.left_edge.i - 1)  # (the trailing attribution is no part of it)
        # (mixed when a quoted fragment lies in the host)
        return _span_claim(ctx, start, end, speaker=speaker, cue_tokens=cue_tokens, entry=entry)
    start = min(min(t.i for t in p.subtree) for p in pieces)
    end = max(max(t.i for t in p.subtree) for p in pieces) + 1
    infinitive = len(pieces) == 1 and pieces[0].dep_ == "xcomp" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in pieces[0].children)
    comma = _bare_comma_after(doc, token, sent, cues=ctx.cues) if infinitive else None
    if comma is not None and comma + 1 < start \
            and all(t.head.i == token.i or any(a.i == token.i and a.i < comma for a in t.ancestors)
                    for t in doc[comma + 1:start]) and all(ctx.in_quote[i] < 0 for i in range(comma + 1, start)):
        # "warned before, in the next winter on luck to count": a German infinitive clause after the
        # cue's comma puts its adjuncts first; the parser hangs them on the cue, but they belong to it
        start = comma + 1
    while end < len(doc) and doc[end].dep_ == "conj" and doc[end].pos_ == "VERB" and doc[end].head.i == token.i \
            and end not in ctx.cue_entries \
            and ctx.in_quote[end] < 0 and ctx.sent_of[end] == ctx.sent_of[token.i] and token.i < start \
            and not doc[end - 1].is_punct and not any(c.dep_ == "cc" and c.i > token.i for c in token.children) \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in doc[end].children):
        # "urged shipping companies to give Ukrainian crews free calls home": the parser read a word of the
        # content as a verb joined to the cue with no "and" between; the content runs on over it
        end = max(t.i for t in doc[end].subtree) + 1
    joined_report = _reported_conjunct(ctx, token, pieces, end) if token.i < start else None
    if joined_report is not None:
        end = joined_report
    if token.i < start and end < len(doc) and doc[end - 1].dep_ == "cc" and doc[end - 1].lower_ in {"and", "or"} \
            and ctx.in_quote[end] < 0:
        # "referred to it that the partnership since eleven years exists and never cancelled was": a German
        # verb-final conjunct of the clause, its words before its verb; the parser joins the verb to the
        # cue, and the clause would end on its "and"
        joined = next((c for c in token.children if c.dep_ == "conj" and c.i > end and c.left_edge.i == end
                       and c.i not in ctx.cue_entries and ctx.sent_of[c.i] == ctx.sent_of[token.i]
                       and all(g.i < c.i or g.is_punct for g in c.children)
                       and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
                       and c.i + 1 < len(doc) and doc[c.i + 1].is_punct), None)
        if joined is not None:
            end = joined.i + 1
    verb = end + 1
    if start > token.i and doc[start].lower_ == "that" and doc[start].tag_ == "IN" \
            and doc[start].dep_ == "det" and verb < len(doc) and doc[end].text == "," \
            and doc[verb].dep_ == "conj" and doc[verb].pos_ in {"VERB", "AUX"} and doc[verb].head.i == token.i \
            and verb not in ctx.cue_entries and ctx.in_quote[verb] < 0 and ctx.sent_of[verb] == ctx.sent_of[token.i] \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in doc[verb].children) \
            and not any(c.dep_ == "cc" and c.i > token.i for c in token.children):
        # "He maintained that Ireland, as a neutral country, had little leverage": the parser reads "that" as a
        # determiner, the clause's subject as the object and its verb as a second verb of the cue
        end = max(t.i for t in doc[verb].subtree) + 1
    if entry.particle == "for" and end + 1 < len(doc) and doc[end].lower_ == "to" and ctx.in_quote[end] < 0 \
            and doc[end].head.i == token.i and ctx.sent_of[end] == ctx.sent_of[token.i]:
        # "called for the state to double emergency fuel assistance": the parser hangs the infinitive that
        # says what is called for on the cue (as a preposition when it misreads the verb)
        end = max(t.i for t in doc[end].subtree) + 1
    accused = _accusation_span(ctx, token, accused_object, sents[ctx.sent_of[token.i]]) \
        if entry.claim_type == "accusation" and accused_object is not None else None
    if accused is not None:
        start, end = accused
        if addressee is None and ctx.ent_of[accused_object.i] is not None:
            addressee = accused_object  # "accused the West of ...": the accused is the addressee
    if addressee is not None and start <= addressee.i < end:
        if addressee.i < min(p.i for p in pieces):
            start = max(t.i for t in addressee.subtree) + 1
        elif addressee.head.dep_ == "prep" and not any(
                (c.dep_ in {"acl", "relcl", "ccomp"} or c.lower_ == "including") and c.i > addressee.i
                for c in addressee.head.head.children):
            # "guarantees from the United States": drop the addressee (but not a clause after it:
            # "guarantees from the West that NATO would not ...", nor the list that spells out the
            # object: "guarantees from the West, including a halt to X")
            end = min(end, addressee.head.i)
    if start > token.i or start < subject.i < token.i and all(p.i > token.i for p in pieces):
        # "treaties, which Washington says contain X": the relative pronoun before the speaker
        # belongs to the clause after the cue but is no part of what was said
        start, end = max(start, token.i + 1), min(end, sent.end)
    elif subject.i < start:
        start, end = max(start, subject.i + 1), min(end, token.i)  # the verb-final order above
    else:
        start, end = max(start, sent.start), min(end, subject.i, token.i)
    start, end = _trim(doc, start, end)
    if entry.claim_type in {"demand", "proposal"} and infinitive and addressee is not None and addressee.dep_ == "dobj" \
            and addressee.head.i == token.i and token.i < addressee.i < start and addressee.pos_ in {"NOUN", "PRON"} \
            and ctx.ent_of[addressee.i] is None and addressee.right_edge.i < start \
            and all(ctx.in_quote[i] < 0 for i in range(addressee.left_edge.i, start)) \
            and not any(t.is_punct for t in doc[addressee.right_edge.i + 1:start]):
        # "urged British nationals still in the country to leave": a group described, not named, is who the
        # appeal is for and part of it (the addressee keeps it too)
        start = addressee.left_edge.i
    if entry.claim_type in {"demand", "proposal"} and token.i < start and end + 3 < sent.end and doc[end].text == "," \
            and ctx.in_quote[end] < 0 and any(t.dep_ == "dobj" and t.head.i == token.i for t in doc[start:end]):
        # ("Kiev urged the West, closed together to stand": German "forderte den Westen auf, geschlossen
        # zusammenzustehen" gives the appeal after the one appealed to, as an infinitive closing the clause)
        tail_start, tail_end = _trim(doc, end + 1, _semicolon_or_end(ctx, end + 1, sent))
        tail = doc[tail_start:tail_end]
        if len(tail) >= 3 and tail[-1].tag_ == "VB" and doc[tail[-1].i - 1].lower_ == "to" \
                and all(ctx.in_quote[t.i] < 0 for t in tail) and tail_start not in ctx.cue_entries \
                and not any(t.tag_ in {"VBZ", "VBP", "MD"} or t.dep_ in {"nsubj", "nsubjpass"} or t.i in ctx.cue_entries
                            for t in tail):
            start, end = tail_start, tail_end
    if entry.claim_type == "demand" and token.i < start and any(
            t.dep_ == "dobj" and t.head.i == token.i for t in doc[start:end]):
        end = _object_continued(ctx, end, sent)
        if end + 3 < sent.end and doc[end].text == "," and doc[end + 1].lower_ == "that" and ctx.in_quote[end] < 0 \
                and (doc[end - 1].pos_ == "NOUN" or doc[end - 1].is_quote) and doc[end + 1].head.i in {
                    token.i, doc[end - 1].i} | {t.i for t in doc[start:end]}:
            # ("demands from the West „precise legal guarantees“, that the NATO itself not further to the east
            # expand": German "Garantien, dass ..." completes the demanded noun after its comma)
            end = _semicolon_or_end(ctx, end + 2, sent)
            end = _trim(doc, start, end)[1]
    if entry.claim_type == "accusation" and token.i < start and end + 3 < sent.end and doc[end].pos_ == "ADV" \
            and doc[end + 1].text == ":" and ctx.in_quote[end + 1] < 0:
        end += 1  # ("criticised the federal government sharply: Berlin leave ..."): an adverb before the colon
    if entry.claim_type == "accusation" and token.i < start and end + 3 < sent.end and ctx.in_quote[end] < 0 \
            and (doc[end].text == ":" or doc[end].text == "," and doc[end + 1].lower_ in {"it", "they", "he", "she"}
                 and end + 2 not in ctx.cue_entries) \
            and all(t.i == token.i or t.i in range(start, end) for t in doc[start:end].root.ancestors if t.i < end) \
            and any(t.dep_ == "dobj" and t.head.i == token.i for t in doc[start:end]):
        # "criticised the federal government: It have the firms too late informed", "criticised he the EU,
        # it drive Austria into an own goal": German gives the reproach after the target, in a clause of its own
        end = _trim(doc, end + 1, sent.end)[1]
    elif entry.claim_type in {"accusation", "warning"} and token.i < start:
        end = _reason_after_object(ctx, end, sent)
    for other in range(start + 1, end):
        speaker_of_other = next((c for c in doc[other].children if c.dep_ == "nsubj" and c.i < other), None) \
            if other in ctx.cue_entries and other != token.i else None
        if speaker_of_other is not None and speaker_of_other.left_edge.i > start \
                and doc[speaker_of_other.left_edge.i - 1].text == ",":
            # "X had pressed for more, he noted, “and …”": a comma-set attribution of its own ends
            # this claim; what follows is the other speaker's
            start, end = _trim(doc, start, speaker_of_other.left_edge.i - 1)
            break
        if speaker_of_other is not None and doc[other].dep_ == "conj" and speaker_of_other.left_edge.i > start + 1 \
                and doc[speaker_of_other.left_edge.i - 1].lower_ in {"and", "but", "while"} \
                and doc[speaker_of_other.left_edge.i - 2].text == "," and ctx.in_quote[other] < 0:
            # "Moscow has long argued that X, and the foreign ministry has warned that Y": a coordinated
            # cue with its own subject ends this claim; it is the other speaker's claim, not nested in it
            start, end = _trim(doc, start, speaker_of_other.left_edge.i - 2)
            break
    if end - start > 1 and doc[start].lower_ == "that" and (doc[start].tag_ == "IN" or doc[start].head in misattached):
        start += 1  # the conjunction opening a clause is no part of what was said
    comma = subject.left_edge.i - 1
    if start < comma < token.i and subject.i < token.i and doc[comma].text == "," and end <= comma + 1 \
            and token.i + 1 < len(doc) and doc[token.i + 1].is_punct:
        # "X described the warnings as „campaign“; Russia have its obligations fulfilled, it added": a trailing
        # attribution reports only the clause after the last semicolon before it, when the clause before the
        # semicolon has a cue of its own (else the semicolon only joins the speaker's two sentences)
        semicolon = next((j for j in range(comma - 1, sent.start, -1) if doc[j].text == ";" and ctx.in_quote[j] < 0), None)
        if semicolon is not None and comma - semicolon > 3 and any(
                j in ctx.cue_entries and ctx.in_quote[j] < 0 and any(
                    c.dep_ == "nsubj" and ctx.ent_of[c.i] is not None for c in doc[j].children)
                for j in range(sent.start, semicolon)):
            start, end = _trim(doc, semicolon + 1, comma)
    told = _outlet_told_before_comma(ctx, token, subject, start, end)
    if told is not None:
        # "Ole Petersen said the Abendkurier, the jobs hang ...": German "sagte dem Abendkurier" puts
        # the outlet told right after the cue, and the reported clause after its comma
        start = told.end + 1
        ctx.told.add(told.root.i)
        if addressee is None and told.root.left_edge.i >= told.start and told.root.right_edge.i < told.end:
            addressee = told.root  # (only when the parser kept the outlet's phrase to itself)
    if end - start == 1 and doc[start].lower_ == "it" and end + 3 < sent.end and doc[end].text == "," \
            and doc[end + 1].lower_ == "that" and ctx.in_quote[end] < 0:
        # "referred to it, that the agreements a ceasefire foresee": German "darauf verweisen, dass" puts
        # a pronoun in the object's place and what was said in the clause after the comma
        start, end = _trim(doc, end + 2, sent.end)
    if token.i < start < end and (token.lemma_ or token.lower_).lower() in claim_words("pointing_verb"):
        start, end = _pointed_content(ctx, token, subject, start, end, sent)
    if token.i < start < end and (token.lemma_ or token.lower_).lower() in claim_words("grounding_verb"):
        end = _grounds_after_object(ctx, token, end, sent)
    if end <= start:
        return None
    span = doc[start:end]
    if len(span) == 1 and span[0].tag_ in {"WP", "WDT"}:
        return None  # "what Moscow has asked for": a lone wh-word stands for content said elsewhere
    mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                       mode="mixed" if mixed else "indirect", content=(span.start_char, span.end_char, span.text),
                       addressee=addressee)


#: Words that open a relative clause after a comma ("the war in the Donbas, which since 2014 ...").
_RELATIVE_OPENERS = {"which", "whose", "who", "whom", "where"}


def _semicolon_or_end(ctx: _Context, start: int, sent: Span) -> int:
    """The first unquoted semicolon from ``start`` on in ``sent`` (where a clause of reported speech ends), else its end."""
    return next((i for i in range(start, sent.end) if ctx.doc[i].text == ";" and ctx.in_quote[i] < 0), sent.end)


#: Words before a base-form verb that make it no finite verb (an infinitive, a modal's or "do"'s complement).
_NON_FINITE_MARKERS = frozenset({"to", "not", "will", "would", "should", "must", "can", "could", "may", "might", "do",
                                 "does", "did"})


def _fronted_object_claim(ctx: _Context, token: Token, entry: CueEntry, span: tuple[int, int], rest_start: int,
                          sent: Span, used_quotes: set[int], *, speaker: _Speaker, cue_tokens: list[Token]) -> Claim | None:
    """The claim of a German verb-second sentence whose object, ``doc[span]``, stands before the cue and the speaker.

    "Reports of panic rejects Hnatjuk decidedly", "The accusation rejected Hohenadel as »absurd«", "An immediate
    gas stop hold he for unlikely, because ...": the fronted object is the content, with what follows the speaker
    (from ``rest_start``) to a semicolon or the next cue (what it was rejected or held as, the reason given), but
    not a lone adverb.
    """
    doc = ctx.doc
    close = _semicolon_or_end(ctx, rest_start, sent)
    rest = _rest_before_next_cue(ctx, rest_start, close)
    if any(not (t.is_punct or t.pos_ in {"ADV", "PART"}) for t in doc[rest[0]:rest[1]]):
        content, mode = _joined_sides(ctx, span, rest, used_quotes)
        return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode=mode, content=content,
                           addressee=None)
    return _span_claim(ctx, *span, speaker=speaker, cue_tokens=cue_tokens, entry=entry, used_quotes=used_quotes)


def _rest_before_next_cue(ctx: _Context, start: int, end: int) -> tuple[int, int]:
    """``doc[start:end]`` trimmed, cut at the last comma before a cue of its own ("..., she warned however before X").

    Limit: the cue must stand outside quotes and open no "as" aside ("The reason sees he, as he says, in
    the political situation" goes on); with no comma before it, the rest ends at the cue; adverbs opening
    the rest ("however") are the cue's and stay out.
    """
    doc = ctx.doc
    cue = next((i for i in range(start, end) if i in ctx.cue_entries and ctx.in_quote[i] < 0
                and not any(c.lower_ == "as" and c.dep_ in {"mark", "advmod"} for c in doc[i].children)), None)
    if cue is not None:
        end = max((i for i in range(start, cue) if doc[i].text == "," and ctx.in_quote[i] < 0), default=cue)
    start, end = _trim(doc, start, end)
    while start < end - 1 and doc[start].pos_ == "ADV" and ctx.in_quote[start] < 0:
        start += 1  # ("rejected the Landrat however as not admissible": an adverb of the cue's)
    return start, end


#: Verbs and auxiliaries that open a second predicate of reported speech, backshifted ("... and was in contact").
_REPORTED_PREDICATE_OPENERS = frozenset({"was", "were", "is", "are", "had", "has", "have", "would", "could", "will",
                                          "can", "should", "might"})


def _reported_conjunct(ctx: _Context, token: Token, pieces: list[Token], end: int) -> int | None:
    """The end of a second predicate the parser joined to the cue that goes on with the reported clause.

    "The Department said it was "monitoring developments" and was in contact with the export industry":
    the parser joins "was in contact" to "said", but it is the reported clause's second predicate, with
    the clause's subject. Limit: the reported clause is one complement with a subject of its own; only
    "and"/"but" stands between it and the conjunct, which has no subject and opens with a finite form of
    be, have or a modal (:data:`_REPORTED_PREDICATE_OPENERS`), in the same sentence, outside quotes, with no cue.
    """
    doc = ctx.doc
    if len(pieces) != 1 or pieces[0].dep_ != "ccomp" \
            or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in pieces[0].children):
        return None
    conj = next((c for c in token.children if c.dep_ == "conj" and c.i >= end), None)
    if conj is None or conj.i in ctx.cue_entries or ctx.in_quote[conj.i] >= 0 \
            or ctx.sent_of[conj.i] != ctx.sent_of[token.i] \
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children):
        return None
    opener = conj.left_edge
    gap = [t for t in doc[end:opener.i] if not (t.is_space or t.is_quote)]
    if len(gap) != 1 or gap[0].lower_ not in {"and", "but"} or opener.lower_ not in _REPORTED_PREDICATE_OPENERS:
        return None
    return _trim(doc, end, max(t.i for t in conj.subtree) + 1)[1]


def _pointed_content(ctx: _Context, token: Token, subject: Token, start: int, end: int, sent: Span) -> tuple[int, int]:
    """What a pointing verb ("referred to", German "verwies auf") reports, beyond the thing pointed to.

    Machine-translated German gives the statement after the thing: "referred to it that the canton
    the situation observe, but no aid plan" (German "darauf, dass ..."), "referred to the existing
    line: one delivers no weapons", "referred to the war in the Donbas, which since 2014 thousands
    of dead demanded has", "referred to a report, according to which Russia troops gathered"; and
    "Reservists could support, he referred to it" points back to the clause before. Limit: the
    clause runs to the end of the sentence or a semicolon outside quotes.
    """
    doc = ctx.doc

    def clause_end(begin: int) -> int:
        stop = _semicolon_or_end(ctx, begin, sent)
        return _trim(doc, begin, stop)[1]

    if doc[start].lower_ == "it":
        that = start + 1 + (start + 1 < sent.end and doc[start + 1].text == ",")
        if that + 2 < sent.end and doc[that].lower_ == "that" and ctx.in_quote[that] < 0:
            return that + 1, clause_end(that + 1)  # "referred to it that ..." (keeps an opening "for")
        comma = subject.left_edge.i - 1
        if end - start == 1 and subject.i < token.i and sent.start < comma and doc[comma].text == "," \
                and ctx.in_quote[comma] < 0 and all(t.is_punct or t.is_space for t in doc[end:sent.end]):
            return _trim(doc, sent.start, comma)  # "..., he referred to it.": the clause before the comma
        return start, end
    if end + 2 >= sent.end or ctx.in_quote[end] >= 0:
        return start, end
    if doc[end].text == ":" or doc[end].text == "," and (
            doc[end + 1].lower_ in _RELATIVE_OPENERS
            or doc[end + 1].pos_ == "ADP" and doc[end + 2].lower_ in {"which", "whom"}
            or doc[end + 1].lower_ == "according" and end + 3 < sent.end and doc[end + 3].lower_ == "which"):
        return start, clause_end(end + 1)
    return start, end


#: Words that open the reason for a reproach or warning after its object's comma ("criticised the federal
#: government, which itself too one-sidedly on NATO rely", "..., because it hard do").
_REASON_OPENERS = {"which", "who", "because"}


def _reason_after_object(ctx: _Context, end: int, sent: Span) -> int:
    """The end of an accusation's or warning's content run on over the clause that gives its reason.

    Machine-translated German names the target or danger and then says why, after a comma: "criticised the
    federal government, because it itself with a clear line hard do", "warned before exaggerated worry,
    the region be no crisis area". Limit: the clause follows the object's comma, outside quotes, and opens
    with "which", "who" or "because", or holds a verb in the German subjunctive (:func:`_subjunctive_verb`);
    it runs to the sentence end or a semicolon and holds no cue or source of its own.
    """
    doc = ctx.doc
    # ("the federal government, which itself": the parser may hang the relative clause's first words on the object)
    end = next((i for i in range(max(sent.start, end - 3), end) if doc[i].text == "," and ctx.in_quote[i] < 0
                and doc[i + 1].lower_ in _REASON_OPENERS), end)
    if end + 3 >= sent.end or doc[end].text != "," or ctx.in_quote[end] >= 0:
        return end
    stop = _semicolon_or_end(ctx, end + 1, sent)
    start, stop = _trim(doc, end + 1, stop)
    clause = doc[start:stop]
    if len(clause) < 3 or any(t.i in ctx.cue_entries or t.lower_ in _SOURCE_WORDS for t in clause):
        return end
    if clause[0].lower_ in _REASON_OPENERS or _subjunctive_verb(ctx, clause) is not None or _subjunctive_subclause(clause):
        return stop
    return end


def _subjunctive_subclause(clause: Span) -> bool:
    """Whether a clause the parser hung under another verb holds a German subjunctive ("the region be no crisis area").

    Limit: "be" with a subject other than I/you/we/they, or a present base form ("the village have") with a
    singular common-noun subject, with no auxiliary or modal before it.
    """
    for verb in clause:
        if verb.tag_ not in {"VB", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.i < verb.i for c in verb.children):
            continue
        if verb.i > clause.start and verb.doc[verb.i - 1].lower_ in _NON_FINITE_MARKERS:
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
        if subject is None and verb.dep_ == "aux":
            subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
        if subject is None or subject.lower_ in {"i", "you", "we", "they"}:
            continue
        if verb.lower_ == "be" or subject.tag_ == "NN" and not any(c.dep_ in {"conj", "cc"} for c in subject.children):
            return True
    return False


def _grounds_after_object(ctx: _Context, token: Token, end: int, sent: Span) -> int:
    """The end of a justification's content run on over the grounds given "with" after the object.

    "Faction leader X justified the motion with the tense situation in Eastern Europe" (German "begründete
    den Antrag mit ..."): the grounds are what was said, the motion only what it was said about; a colon
    clause after the grounds spells them out ("with the consequences for the region: Sanctions hit ...").
    Limit: a "with" right after the object (or one adverb), hung on the cue or its object, outside quotes;
    the colon clause runs to the sentence end or a semicolon.
    """
    doc = ctx.doc
    at = end + (end < sent.end and doc[end].pos_ == "ADV")
    if at >= sent.end or doc[at].lower_ != "with" or ctx.in_quote[at] >= 0 \
            or not (doc[at].head.i == token.i or doc[at].head.head.i == token.i):
        return end
    end = _trim(doc, at, max(t.i for t in doc[at].subtree) + 1)[1]
    if end + 2 < sent.end and doc[end].text == ":" and ctx.in_quote[end] < 0:
        stop = _semicolon_or_end(ctx, end, sent)
        end = _trim(doc, end + 1, stop)[1]
    return end


def _infinitive_after_adverbial(ctx: _Context, token: Token, sent: Span) -> tuple[int, int] | None:
    """The bounds of a translated German infinitive clause after a cue, a short adverbial and a comma, or ``None``.

    "Moscow denies for its part, an attack on the neighbour country to plan": German "bestreitet
    seinerseits, ... zu planen" keeps the infinitive at the end, and the parser hangs what follows
    the comma on the adverbial. Limit: one to four words between cue and comma, none a verb, a quote
    mark or a noun the cue takes as object ("rejected the reproach, ..." is read elsewhere), and not
    in a relative clause; then the rest of the sentence, at least three words, ends in "to" and a
    base-form verb and holds no other cue, quote or source.
    """
    doc = ctx.doc
    if token.dep_ == "relcl" or any(c.tag_ in {"WDT", "WP"} for c in token.children):
        # ("a resolution, which the mayor calls on, the fees to lower": the relative clause's object speaks for it)
        return None
    comma = next((i for i in range(token.i + 2, min(token.i + 6, sent.end)) if doc[i].text == ","), None)
    if comma is None or any(t.pos_ in {"VERB", "AUX"} or t.is_quote or t.dep_ == "dobj" or t.text in {":", ";"}
                            for t in doc[token.i + 1:comma]):
        return None
    end = sent.end
    while end > comma + 1 and doc[end - 1].is_punct:
        end -= 1
    if end - (comma + 1) < 3 or doc[end - 1].tag_ != "VB" or doc[end - 2].lower_ != "to":
        return None
    if _holds_another_voice(ctx, comma + 1, end):
        return None
    return comma + 1, end


def _holds_another_voice(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` holds a cue, a quoted word or a source word ("loud", "according") of its own."""
    return any(i in ctx.cue_entries or ctx.in_quote[i] >= 0 or ctx.doc[i].lower_ in _SOURCE_WORDS
               for i in range(start, end))


def _colon_clause_claim(ctx: _Context, token: Token, used_quotes: set[int], *, speaker: _Speaker,
                        cue_tokens: list[Token], entry: CueEntry) -> Claim | None:
    """The claim of the clause after a colon right after ``token`` (:func:`_colon_clause`), or ``None``.

    A quote in the clause that another cue already reports leaves it to that cue; a quote it holds makes
    the claim mixed.
    """
    after_colon = _colon_clause(ctx, token, right_after=True)
    if after_colon is None:
        return None
    quoted = {ctx.in_quote[i] for i in range(after_colon.start, after_colon.end) if ctx.in_quote[i] >= 0}
    if quoted & used_quotes:
        return None
    used_quotes.update(quoted)
    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="mixed" if quoted else "indirect",
                       content=(after_colon.start_char, after_colon.end_char, after_colon.text), addressee=None)


def _outlet_told_before_comma(ctx: _Context, token: Token, subject: Token, start: int, end: int) -> Span | None:
    """The outlet a cue's content opens with, before a comma: "said the Abendkurier, the jobs ...", or ``None``.

    Limit: the cue has its subject before it; the content starts right after the cue with "the" and a
    named entity (no person, but a one-word "person" after "the" is a misread name) that a comma
    closes, and at least three words follow the comma.
    """
    doc = ctx.doc
    if not subject.i < token.i or start != token.i + 1 or doc[start].lower_ != "the":
        return None
    named = ctx.ent_of[start + 1] if start + 1 < end else None
    # (the model may take an outlet's one-word name after "the" for a person: "the Abendkurier")
    if named is None or named.start != start + 1 or named.end + 4 > end or doc[named.end].text != "," \
            or not (named.label_ in {"ORG", "WORK_OF_ART", "PRODUCT"} or named.label_ == "PERSON" and len(named) == 1):
        return None
    return doc[start:named.end]


#: Words that may follow the named addressees of "demanded from X and Y alike ...".
_ADDRESSEE_ADVERBS = {"alike", "equally", "again", "also", "now", "besides", "moreover", "furthermore", "additionally",
                      "therefore", "however", "still", "already"}


#: Words that open the object after an addressee noun phrase ("from the employers a guarantee", "more staff").
_OBJECT_OPENERS = {"a", "an", "the", "more", "no", "every", "all", "some", "any", "further", "its", "their", "his", "her"}
#: Prepositions of an adjunct that German word order puts between a demand and its object ("demanded in the plenary a ban").
_ADJUNCT_PREPOSITIONS = {"in", "on", "at"}


def _addressee_phrase(doc: Doc, start: int, end: int) -> tuple[int, Token] | None:
    """The end and head of the noun phrase after "from"/"of" in "demanded from the state government more staff".

    Limit: an optional "the", then at most four adjectives, nouns or names (several names joined by
    "and"); the phrase ends before a word that opens another noun phrase (:data:`_OBJECT_OPENERS`), a
    quote mark, or a lower-case word right after a capitalised name ("the Federal Government clarity") or
    after a noun naming a body ("the federal government clarity").
    """
    i = start + (start < end and doc[start].lower_ == "the")
    first, head = i, None
    while i < end and i - first < 4:
        word = doc[i]
        if word.lower_ in _OBJECT_OPENERS or word.is_quote or word.ent_type_ in {"DATE", "TIME"} \
                or word.pos_ not in {"ADJ", "NOUN", "PROPN"}:
            break
        if head is not None and head.pos_ == "PROPN" and head.text[:1].isupper() and word.is_lower:
            break  # "from the Federal Government clarity": the name ends, the object begins
        if head is not None and head.pos_ == "NOUN" and word.pos_ == "NOUN" and word.is_lower \
                and default_role_types().get((head.lemma_ or head.lower_).lower()) not in {None, "person"} \
                and (word.lemma_ or word.lower_).lower() not in default_role_types():
            break  # "from the federal government clarity", "from the management transparency": a body, then the object
        head = word
        i += 1
        if i + 1 < end and doc[i].lower_ == "and" and doc[i + 1].pos_ == "PROPN":
            i += 1  # "from Berlin and Moscow alike"
            first = i
    # ("in the plenary a ban": the tagger may read the adjunct's noun as an adjective)
    if head is None or head.pos_ not in {"NOUN", "PROPN"} and not (i < end and doc[i].lower_ in _OBJECT_OPENERS):
        return None
    return i, head


#: Words after a comma that go on with a demanded object ("more support, including weapons", "a package, with ...").
_OBJECT_CONTINUATIONS = frozenset({"including", "with", "especially", "above", "among", "such"})


#: Words that open the next clause after a comma ("..., while the Russian side ...").
_NEXT_CLAUSE_OPENERS = frozenset({"while", "whereas", "because", "but", "although", "since", "as", "so", "and", "which",
                                  "who", "when", "if", "whether"})


def _misparsed_that_clause(ctx: _Context, token: Token, sent: Span) -> Span | None:
    """The "that" clause right after a cue the parser could not read: "He criticised however, that one ... blame".

    Translated German puts the clause's verb last ("that the state government „in the fog drive“"),
    and the parser makes "that" an object or determiner and the clause's words nouns. Limit: "that"
    follows the cue at once or after adverbs and a comma, outside quotes, and is not the marker of a
    clause the parser hung on the cue; the clause runs to a comma or semicolon before a word that
    opens another clause, or to "and" before another cue, or to the sentence end, holds three
    words at least and ends with a verb (or a word the tagger took for a noun: "blame"), with no
    finite verb before its last two words.
    """
    doc = ctx.doc
    i = token.i + 1
    while i < sent.end and (doc[i].pos_ == "ADV" and doc[i].lower_ != "that" or doc[i].text == ","):
        i += 1
    if i >= sent.end - 3 or doc[i].lower_ != "that" or ctx.in_quote[i] >= 0:
        return None
    that = doc[i]
    if that.dep_ == "mark" and that.head.pos_ in {"VERB", "AUX"} and that.head.head.i == token.i:
        return None  # the parser read the clause: the usual reading applies
    end = sent.end
    for k in range(i + 1, sent.end - 1):
        if ctx.in_quote[k] >= 0:
            continue
        if doc[k].text in {",", ";", ":"} and doc[k + 1].lower_ in _NEXT_CLAUSE_OPENERS \
                or doc[k].lower_ == "and" and k + 1 in ctx.cue_entries:
            end = k
            break
    start, end = _trim(doc, i + 1, end)
    words = [t for t in doc[start:end] if not (t.is_punct or t.is_quote)]
    if end - start < 3 or not words or not (words[-1].pos_ in {"VERB", "AUX"}
                                            or (words[-1].is_lower and words[-1].pos_ == "NOUN")):
        return None  # a verb-final clause ends with its verb ("rejected that as „absurd“": "that" is the object)
    if any(t.tag_ in _FINITE_TAGS and ctx.in_quote[t.i] < 0 for t in words[:-2]):
        return None  # an English clause has its verb early ("warned that disinformation was spreading ...")
    return doc[start:end]


def _that_clause_after_addressee(ctx: _Context, token: Token, entry: CueEntry, sent: Span) -> Span | None:
    """The "that" clause after a cue's addressee the parser hung elsewhere: "who told worshippers that prayer and
    politics were “not opposites this winter”" (the clause made a complement of the sentence's main verb).

    Limit: a cue that takes an object addressee (data/cues.csv), its object right after it, then "that" marking a
    clause whose verb is no child of the cue and comes after "that", outside quotes; the clause runs to the
    sentence end and holds a finite verb.
    """
    if "object" not in entry.addressee:
        return None
    doc = ctx.doc
    addressee = next((c for c in token.children if c.dep_ in {"dobj", "dative"} and c.i == token.i + 1
                      or c.dep_ in {"dobj", "dative"} and c.left_edge.i == token.i + 1), None)
    if addressee is None or addressee.right_edge.i + 2 >= sent.end:
        return None
    that = doc[addressee.right_edge.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark" or ctx.in_quote[that.i] >= 0 or that.head.i < that.i \
            or that.head.head.i == token.i or that.head.i == token.i:
        return None
    start, end = _trim(doc, that.i + 1, sent.end)
    if end - start < 3 or not any(t.tag_ in _FINITE_TAGS for t in doc[start:end]):
        return None
    return doc[start:end]


def _clause_read_as_second_subject(ctx: _Context, token: Token, subject: Token, sent: Span) -> Span | None:
    """The reported clause whose subject the parser hung on the cue: "The Rev Peter Ollerton, priest-in-charge of the
    parish, says a service of prayer ... will be held" ("service" made a second subject of "says", "held" a conjunct).

    Limit: a present or past cue with its speaker before it and a second subject right after it, and no clause of
    its own; a verb (not the cue) follows that subject in the sentence; the clause runs to the sentence end.
    """
    if subject.i > token.i or token.tag_ not in {"VBZ", "VBD"} or any(
            c.dep_ in {"ccomp", "xcomp"} for c in token.children):
        return None
    doc = ctx.doc
    second = next((c for c in token.children if c.dep_ == "nsubj" and c.i > token.i and c.left_edge.i == token.i + 1),
                  None)
    if second is None or ctx.in_quote[second.i] >= 0:
        return None
    if not any(t.pos_ in {"VERB", "AUX"} and t.i != token.i for t in doc[second.right_edge.i + 1:sent.end]):
        return None
    start, end = _trim(doc, token.i + 1, sent.end)
    return doc[start:end] if end - start >= 3 else None


def _object_continued(ctx: _Context, end: int, sent: Span) -> int:
    """The end of a demanded object that goes on after a comma: "more support, including defensive weapons".

    Limit: the comma at ``end`` must be followed by a word of :data:`_OBJECT_CONTINUATIONS`
    ("including", "with", "especially" ...); the object then runs to the next comma or semicolon
    outside quotes, and on again while such a word follows; no verb or relative word may stand in the part added.
    """
    doc = ctx.doc
    while end + 1 < sent.end and doc[end].text == "," and doc[end + 1].lower_ in _OBJECT_CONTINUATIONS \
            and ctx.in_quote[end] < 0:
        following = next((k for k in range(end + 2, sent.end) if doc[k].text in {";", ","} and ctx.in_quote[k] < 0),
                         sent.end)
        if any(t.pos_ in {"VERB", "AUX"} or t.tag_ in {"WDT", "WP", "WP$"} for t in doc[end + 2:following]):
            break  # ("more money, with which the schools be repaired": a clause, not the object)
        end = following
    return end


def _from_addressee_object(ctx: _Context, token: Token, entry: CueEntry, sent: Span) -> tuple[Token | None, Span] | None:
    """The addressee and the object of "demanded from Berlin (and Moscow alike) a return to talks", or ``None``.

    German "forderte von Berlin X" keeps the addressee before the object in machine translation, and
    the parser hangs the object on "from" or on an adverb. Limit: a cue whose ``addressee`` in
    ``data/cues.csv`` lists "from" (or a demand), with "from"/"of" right after it and a noun phrase
    as the addressee (see :func:`_addressee_phrase`), or an adjunct "in the plenary" there; then a noun
    phrase, not a verb or clause, up to the next comma or semicolon.
    """
    doc = ctx.doc
    # ("At the same time demanded she from the federal government more help": German verb-second order puts
    # the pronoun subject after the cue, which the parser reads as its object)
    pronoun = token.i + 1 if token.i + 1 < sent.end and doc[token.i + 1].lower_ in {"he", "she", "they"} \
        and doc[token.i + 1].dep_ in {"dobj", "nsubj"} and doc[token.i + 1].head.i == token.i else None
    # (an adverbial clause after a comma is no object either: "demanded from the West tough sanctions, before it
    # too late be")
    if token.i + 2 >= sent.end or any(c.dep_ in {"dobj", "ccomp", "xcomp"} and not _conditional_after_comma(c)
                                      and not _adverbial_after_comma(c) and c.i != pronoun for c in token.children):
        return None  # the parser found the object itself: the usual reading applies
    takes_from = "from" in entry.addressee or entry.claim_type == "demand"
    i, addressee, phrases = token.i + 1 + (pronoun is not None), None, 0
    while i + 1 < sent.end and phrases < 2:
        preposition = doc[i].lower_
        if not (preposition in {"from", "of"} and takes_from or preposition in _ADJUNCT_PREPOSITIONS
                and entry.claim_type == "demand"):
            break
        if preposition in _ADJUNCT_PREPOSITIONS and doc[i + 1].ent_type_ in {"DATE", "TIME"}:
            # ("demanded on Wednesday from the West more economic help": a time adjunct before the addressee)
            i += 2
            while i < sent.end and doc[i].ent_type_ in {"DATE", "TIME"} and doc[i].ent_iob_ == "I":
                i += 1
            phrases += 1
            continue
        # ("demanded in a first reaction a social tariff": an adjunct may open with an indefinite article)
        indefinite = preposition in _ADJUNCT_PREPOSITIONS and doc[i + 1].lower_ in {"a", "an"}
        found = _addressee_phrase(doc, i + 1 + indefinite, sent.end)
        if found is None:
            return None
        i, head = found
        if preposition in {"from", "of"}:
            addressee = addressee or head
        phrases += 1
    if not phrases or addressee is None and doc[token.i + 1 + (pronoun is not None)].lower_ in {"from", "of"}:
        return None
    while i < sent.end and doc[i].lower_ in _ADDRESSEE_ADVERBS:
        i += 1
    # (the object ends before "and" and another cue: "more staff for the reception and accused the federal government ...")
    end = next((k for k in range(i, sent.end) if (doc[k].text in {";", ","} or doc[k].lower_ == "and" and k + 1 in ctx.cue_entries)
                and ctx.in_quote[k] < 0), sent.end)
    start, end = _trim(doc, i, _object_continued(ctx, end, sent))
    # the object is a noun phrase ("defensive weapons", "further „precise legal guarantees“"), not a clause
    # (a participle may open it as an adjective: "binding assurances")
    if end - start < 1 or not (doc[start].pos_ in {"DET", "ADJ", "NOUN", "NUM", "ADV"} or doc[start].is_quote
                               or doc[start].tag_ in {"VBG", "VBN"} and doc[start].dep_ in {"amod", "compound"}):
        return None
    # (a "that" clause may complete its noun: "a guarantee that no one ... dismissed is"; so may a question after
    # it: "clarity about which sanctions come could", "an answer, whether ...")
    that = next((t.i for t in doc[start + 1:end] if t.lower_ == "that" and doc[t.i - 1].pos_ == "NOUN"
                 or t.tag_ in {"WDT", "WP", "WRB"} and t.i - start >= 2 and doc[t.i - 1].lower_ in {"about", "on", "over"}
                 or t.lower_ == "whether"), end)
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ in _FINITE_TAGS and ctx.in_quote[t.i] < 0 for t in doc[start:that]):
        return None  # "demanded from Berlin, the troops be withdrawn": a clause is read elsewhere
    return addressee, doc[start:end]


#: Adverbials German word order puts between a cue and its object ("criticised in turn the Western «hysteria»").
_OBJECT_ADVERBIALS = (("above", "all"), ("in", "turn"), ("by", "contrast"), ("in", "contrast"), ("in", "addition"),
                      ("at", "the", "same", "time"), ("once", "more"), ("once", "again"), ("moreover",), ("also",),
                      ("however",), ("furthermore",), ("besides",), ("again",), ("sharply",), ("strongly",),
                      ("especially",), ("particularly",), ("expressly",), ("explicitly",), ("decisively",),
                      ("vehemently",), ("likewise",))


def _object_after_adverbials(ctx: _Context, token: Token, sent: Span) -> tuple[None, Span] | None:
    """The object of "criticised above all the Green-led ministry, which ...", or ``None``.

    German word order puts adverbials between the verb and its object, and the parser hangs the object
    on the adverbial ("above all", "in turn") as its noun. Limit: a cue with no object or clause of its
    own, one or two adverbials of :data:`_OBJECT_ADVERBIALS` right after it, then a noun phrase (an
    article, adjective, noun, name or quote mark first) that runs, with any relative clause, to a
    semicolon, a colon or the sentence end; no addressee is read.
    """
    doc = ctx.doc
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.children):
        return None
    i, matched = token.i + 1, 0
    while matched < 2:
        phrase = next((p for p in _OBJECT_ADVERBIALS if i + len(p) <= sent.end
                       and all(doc[i + k].lower_ == w for k, w in enumerate(p))), None)
        if phrase is None:
            break
        i += len(phrase)
        matched += 1
    if not matched or i >= sent.end or ctx.in_quote[i] >= 0 and not doc[i].is_quote:
        return None
    if not (doc[i].pos_ in {"DET", "ADJ", "NOUN", "PROPN"} or doc[i].is_quote or doc[i].tag_ == "PRP$"):
        return None
    end = next((k for k in range(i, sent.end) if doc[k].text in {";", ":"} and ctx.in_quote[k] < 0), sent.end)
    start, end = _trim(doc, i, end)
    relative = next((t.i for t in doc[start:end] if t.tag_ in {"WDT", "WP"} or t.lower_ == "that"), end)
    if end - start < 1 or any(t.pos_ in {"VERB", "AUX"} and t.tag_ in _FINITE_TAGS and t.dep_ != "amod"
                              and ctx.in_quote[t.i] < 0 for t in doc[start:relative]):
        return None  # a clause of its own, not the cue's object
    return None, doc[start:end]


#: Subordinators that open an adverbial clause, never a reported one ("..., before it too late be").
_ADVERBIAL_SUBORDINATORS = frozenset({"before", "until", "because", "while", "whereas", "although", "since"})


def _adverbial_after_comma(clause: Token) -> bool:
    """Whether a clause the parser hung on a cue opens after a comma with a temporal or causal subordinator."""
    first = clause.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == "," and first.lower_ in _ADVERBIAL_SUBORDINATORS


def _conditional_after_comma(clause: Token) -> bool:
    """Whether a clause the parser hung on a cue is a conditional after a comma ("..., should it to the worst come")."""
    first = clause.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == "," and first.lower_ in {"should", "if", "unless"}


def _mid_parenthetical_claim(ctx: _Context, token: Token, entry: CueEntry, sent: Span, used_quotes: set[int], *,
                             subject: Token, speaker: _Speaker, cue_tokens: list[Token]) -> Claim | None:
    """"It had, she said, kept the allies informed": the sentence around a comma-set parenthetical cue.

    Limit: the parenthetical must be set off by commas on both sides (a date or place adjunct may
    follow the cue) with words on both sides; content text skips the parenthetical, offsets span it.
    """
    doc = ctx.doc
    comma = subject.left_edge.i - 1
    close = next((i for i in range(token.i + 1, min(sent.end, token.i + 6)) if doc[i].text == ","), None)
    if comma <= sent.start or doc[comma].text != "," or close is None:
        return None
    left_start, left_end = _trim(doc, sent.start, comma)
    right_start, right_end = _trim(doc, close + 1, sent.end)
    if left_end <= left_start or right_end <= right_start or not _has_content_word(doc[right_start:right_end]):
        return None
    if any(ctx.in_quote[i] >= 0 for i in range(left_start, left_end)):
        return None  # a quote before the parenthetical is attributed as direct speech
    if any(i in ctx.cue_entries for i in range(left_start, left_end)):
        return None  # another cue before it owns that clause
    left, right = doc[left_start:left_end], doc[right_start:right_end]
    mixed = any(ctx.in_quote[i] >= 0 for i in range(right_start, right_end))
    for i in range(right_start, right_end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="mixed" if mixed else "indirect",
                       content=(left.start_char, right.end_char, f"{left.text} {right.text}"), addressee=None)


#: Verbs that may stand between a possessed nominal cue and its colon: "His advice for families was blunt: ...",
#: "His message to newcomers has not changed: ...", "Her warning is a different one: ...".
_COLON_LINKING_VERBS = {"be", "have", "remain", "change", "stay"}


def _colon_after_noun(ctx: _Context, token: Token, *, reach: int = 16) -> int | None:
    """The index of the colon that sets off what a nominal cue reports, or of the word that ends the search.

    Limit: the noun's own phrase ("for parents who ask what to say") and a linking verb with adverbs and
    adjectives ("was blunt", "has not changed", "is a different one") may stand before the colon, within
    ``reach`` tokens; any other verb, a quote mark or the sentence's end stops the search there.
    """
    doc = ctx.doc
    own = {t.i for t in token.subtree}
    for j in range(token.i + 1, min(len(doc), token.i + reach)):
        word = doc[j]
        if word.text == ":" or word.is_quote or word.is_sent_end:
            return j
        if j in own and j > token.i + 1 and word.pos_ in {"VERB", "AUX"} and word.dep_ in {"relcl", "acl", "xcomp", "ccomp", "aux"}:
            continue  # ("Her answer for parents who ask what to say: ..."): the noun's phrase
        if word.pos_ in {"VERB", "AUX"}:
            if (word.lemma_ or word.lower_).lower() in _COLON_LINKING_VERBS:
                continue
            return j
    return None


def _noun_claim(ctx: _Context, token: Token, entry: CueEntry, used_quotes: set[int],
                last: _Speaker | None) -> Claim | None:
    """A nominal cue with a speaker (possessive, "by X", or the subject of its verb) and content."""
    doc = ctx.doc
    if token.dep_ == "dobj" and (token.head.lemma_ or "").lower() == "have" and any(
            c.dep_ == "acl" and c.i > token.i and c.tag_ in {"VBN", "VBD"} and c.i in ctx.cue_entries
            # ("had a comment on the relations with the West written": a bare closing participle of a
            # statement noun with a topic writes the statement; the noun reports)
            and not (entry.claim_type == "statement" and not any(g.dep_ != "punct" for g in c.children)
                     and any(p.dep_ == "prep" and p.lower_ in {"about", "on", "over", "to"} for p in token.children))
            for c in token.children):
        # "The Russian side has the criticism from Poland repeatedly rejected": the noun is the object
        # of a verb-final cue (read there), not a claim of its own
        return None
    speaker_head = None
    for child in token.children:
        if child.dep_ == "poss":
            speaker_head = child
        elif child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            speaker_head = next((g for g in child.children if g.dep_ == "pobj"), speaker_head)
    genitive = _genitive_speaker(ctx, token, entry) if speaker_head is None else None
    if genitive is not None:
        speaker_head = genitive
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.i in ctx.cue_entries:
        return None  # "referred to the demands of X": the phrasal cue's claim holds the demands as its content
    # ("X had already in the past week a statement about the NATO published": in verb-final order the parser may
    # take the object for a second subject of the verb; the subject before it speaks)
    misread_object = token.dep_ == "nsubj" and token.head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.i < token.i for c in token.head.children)
    if token.dep_ in {"dobj", "pobj"} or misread_object:
        verb = token.head if token.dep_ in {"dobj", "nsubj"} else token.head.head
        subject = _subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if misread_object and subject is not None and subject.i == token.i:
            subject = next(c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i)
        if subject is None and verb.pos_ in {"VERB", "AUX"} and verb.i > verb.sent.start:
            # ("In Moscow wrote ex-president Dmitri Medvedev a comment on ...": in verb-second order the parser
            # reads the inverted subject between the verb and its object as a dative; the person speaks)
            subject = next((c for c in verb.children if c.dep_ == "dative" and verb.i < c.i < token.i
                            and c.ent_type_ == "PERSON"), None)
        if subject is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i \
                and doc[verb.i - 1].text == ",":
            # ("The spokeswoman of the ministry, Maria Sakharova, made ... a statement about X": the parser reads
            # the sentence as a noun phrase and the verb as its participle; the name in apposition speaks)
            subject = next((c for c in verb.head.children if c.dep_ == "appos" and c.i < verb.i
                            and ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "PERSON"), None)
        if subject is not None and ctx.ent_of[subject.i] is None and subject.pos_ not in {"PRON", "PROPN"} \
                and (subject.lemma_ or subject.lower_).lower() not in ctx.cues.roles:
            subject = None  # "The first round ended with a joint statement": an event is no speaker
        if subject is not None and subject.lower_ in _INDEFINITE_SUBJECTS:
            subject = None  # "let declare, one examine the proposal „…“": an impersonal "one" proposes nothing
        if subject is not None and (speaker_head is None or speaker_head.pos_ == "PRON"):
            # "Keller repeated her complaint that ...": the verb's subject is the speaker
            speaker_head = subject
    if speaker_head is None or ctx.in_quote[speaker_head.i] >= 0:
        return None
    edge = token.right_edge.i
    for number, (open_i, close_i) in enumerate(ctx.quotes):
        # "Lavrov's remark about the agreements in December — "…" —": a topic phrase may stand between
        # the cue and the dash that sets off the quote, as long as it holds no verb of its own
        plain = token.i < open_i <= token.i + 12 and not any(
            t.pos_ in {"VERB", "AUX"} or t.is_quote or ctx.in_quote[t.i] >= 0 for t in doc[token.i + 1:open_i - 1])
        topic = plain and doc[open_i - 1].text in {"—", "–", ":"}
        # ("Lavrov's remark on the Minsk agreements, "It must be forced", still hangs over ...": a quote set off by
        # commas on both sides stands in apposition to the noun)
        topic = topic or (plain and doc[open_i - 1].text == "," and close_i + 1 < len(doc)
                          and doc[close_i + 1].text in {",", "—", "–"})
        # ("His message to newcomers has not changed: "Bring your worry here"": a linking verb before the colon)
        topic = topic or (token.i < open_i <= token.i + 12 and doc[open_i - 1].text == ":"
                          and _colon_after_noun(ctx, token) == open_i - 1 and speaker_head.dep_ == "poss")
        if number not in used_quotes and (entry.complement != "colon" or doc[open_i - 1].text == ":") and (
                topic or edge < open_i <= edge + 3 and all(
                t.is_punct for t in doc[edge + 1:open_i]) and (open_i == edge + 1 or doc[open_i - 1].text in {
                    "—", "–", "-", ":", ","})):
            # "Lavrov's remark on the agreements — "It must be forced" —": the quote set off after the
            # nominal cue is the remark itself
            used_quotes.add(number)
            speaker = _resolve_speaker(ctx, speaker_head, stop=token.i if speaker_head.i < token.i else None, last=last)
            claim = _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode="direct",
                                content=_quote_content(ctx, [number]), addressee=None)
            if speaker_head.dep_ == "poss":
                ctx.last_speaker = None  # a recalled statement: the sentence is about someone else
            return claim
    colon = _colon_after_noun(ctx, token)
    # (or an "of" genitive: "The advice of the historian to the students in the hall: sources ... to read")
    if colon is not None and doc[colon].text == ":" and (speaker_head.dep_ == "poss" or genitive is not None) \
            and ctx.in_quote[colon] < 0 \
            and (entry.claim_type in {"assessment", "proposal", "demand", "warning", "accusation"}
                 or entry.complement == "colon") \
            and not any(t.lower_ in {"our", "my"} for t in speaker_head.subtree):  # ("Our desk's short answer:")
        # ("His verdict on the Kremlin's intentions: nobody outside Moscow knows them", "Her advice to listeners:
        # call relatives", "Her demand: a crisis staff in the Kreishaus"): what the possessor judged, advised,
        # demanded or warned of follows the colon
        start, end = _trim(doc, colon + 1, doc[colon].sent.end if doc[colon].sent.end > colon + 1
                           else min(len(doc), colon + 40))
        end = next((k for k in range(start, end) if "\n" in doc[k].text), end)
        if end - start >= 3 and not doc[start].is_quote:
            return _span_claim(ctx, start, end, speaker=_resolve_speaker(ctx, speaker_head, stop=token.i, last=last),
                               cue_tokens=[token], entry=entry)
    if entry.complement == "colon":
        return None  # ("the Foreign Office's travel advice", "the US answers on the draft treaties": no colon, no content)
    content_heads = [c for c in token.children if c.i > token.i and (
        c.dep_ in {"acl", "ccomp", "relcl"} and any(g.lower_ == "that" and g.dep_ in {"mark", "dobj", "nsubj"}
                                                  for g in c.children)
        # "a statement released after the conference": a participle describes the statement, not its content
        or (c.dep_ in {"acl", "ccomp"} and not (c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}))
        or (c.dep_ == "prep" and c.lower_ in {"for", "of", "against", "on", "about"}
            and not (genitive is not None and genitive.head.i == c.i)
            # ("wrote a comment of his own" names no content; "a statement of her own about NATO" does)
            and not (c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ == "own" for g in c.children)
                     and not any(g.dep_ == "prep" and g.lower_ in {"about", "on", "over"} for g in c.subtree)))
        # ("wrote a comment over the relations with the West": German "über" is the topic of a statement; but
        # "traded accusations over the handling of the crisis" reports no statement of one speaker)
        or (c.dep_ == "prep" and c.lower_ == "over" and entry.claim_type == "statement")
        # ("the demand of the Kremlin chief after „precise legal guarantees“": German "nach")
        or (genitive is not None and c.dep_ == "prep" and c.lower_ == "after"))]
    if not content_heads and token.dep_ == "dobj" and entry.claim_type == "statement":
        # ("issued a statement on NATO and the West", "made in Moscow a statement about the NATO": the parser
        # hangs the statement's topic on the verb it is the object of)
        content_heads = [c for c in token.head.children if c.dep_ == "prep" and c.i > token.i
                         and (c.lower_ in {"about", "over"} or c.lower_ == "on" and _names_topic(c))]
    if token.dep_ == "pobj" and token.head.lower_ in {"in", "with"} and token.head.head.i in ctx.cue_entries \
            and all(c.dep_ == "prep" for c in content_heads) and not (
                any(c.lower_ in {"about", "over"} or c.lower_ == "on" and _names_topic(c) for c in content_heads)
                and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in token.head.head.children)):
        # "said in a written statement for this article that ...": the noun is the medium of the verb
        # cue, and its prepositional phrase no content of its own (but "Medvedev wrote in a comment about
        # the relations with the West": a verb with no content of its own reports the comment's topic)
        return None
    # ("had in December a statement to NATO and the West published": the verb-final participle the parser hung
    # on the noun closes the sentence; it is the verb of which the statement is the object, no content, and the
    # German "zu" phrase, "to X", is the statement's topic)
    final = [c for c in content_heads if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and not any(
        g.dep_ != "punct" for g in c.children) and c.i + 1 < len(doc) and doc[c.i + 1].is_sent_end
        and doc[c.i + 1].is_punct]
    if final and entry.claim_type == "statement":
        content_heads = [c for c in content_heads if c not in final] or [
            c for c in token.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > token.i and _names_topic(c)
            and not any(g.ent_type_ == "PERSON" for g in c.children)]
    if entry.complement == "clause":
        # ("Strasser's forecast for the rest of the quarter", "Moscow's arguments about X": a noun that reports only
        # a clause has no topic phrase for content)
        content_heads = [c for c in content_heads if c.dep_ != "prep"]
    if not content_heads and token.dep_ == "dobj":
        # "repeated his complaint that X": spaCy often attaches the clause to the verb
        content_heads = [c for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i]
    subject_clause = _that_clause_of_subject(ctx, token) if not content_heads and speaker_head.dep_ == "poss" else None
    if not content_heads and subject_clause is None:
        return None
    if subject_clause is not None:
        start, end = subject_clause
    else:
        start = min(min(t.i for t in c.subtree) for c in content_heads)
        end = max(max(t.i for t in c.subtree) for c in content_heads) + 1
    start, end = _trim(doc, max(start, token.i + 1), end)
    if end <= start or not _has_content_word(doc[start:end]):
        return None
    # (the closing quote mark may hang on the cue, outside the content's subtree: one token more)
    comma = next((i for i in range(start, min(end + 2, len(doc) - 1)) if doc[i].text == "," and ctx.in_quote[i] < 0
                  and doc[i + 1].lower_ == "that"), None) if genitive is not None else None
    if comma is not None and doc[comma].sent == token.sent:
        # "the demand of X after „precise legal guarantees“, that NATO not further expand": the German comma
        # before the that-clause that spells the demand out; the clause ends at its own closing comma,
        # wherever the parser hangs it ("..., that the alliance not expand, stands since December")
        clause = doc[comma + 1].head
        clause_end = max(end, max(t.i for t in clause.subtree) + 1) if clause.i > comma + 1 else end
        stop = next((t.i for t in doc[comma + 2:token.sent.end] if t.text == "," and ctx.in_quote[t.i] < 0),
                    clause_end)
        end = _trim(doc, start, min(stop, clause_end))[1]
    span = doc[start:end]
    speaker = _resolve_speaker(ctx, speaker_head, stop=token.i if speaker_head.i < token.i else None, last=last)
    mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    claim = _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode="mixed" if mixed else "indirect",
                        content=(span.start_char, span.end_char, span.text), addressee=None)
    if speaker_head.dep_ == "poss" or genitive is not None:
        ctx.last_speaker = None  # "Lavrov's remark" recalls a statement: the sentence is about someone else
    return claim


def _that_clause_of_subject(ctx: _Context, token: Token) -> tuple[int, int] | None:
    """The bounds of the that-clause after a possessed nominal cue that is its sentence's subject, or ``None``.

    "Lindqvist's complaint that fertilizer will climb faster than wheat is widely shared": the
    parser reads "that" as a determiner and the clause's verb as the sentence's. Limit: "that"
    right after the noun, then a clause with a finite verb or modal of its own, closed by the next
    finite verb (the sentence's: "is", "drew") before any comma; with no such verb ("His complaint
    that week was ignored") there is no clause.
    """
    doc = ctx.doc
    sent = token.sent
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.i + 3 >= sent.end or doc[token.i + 1].lower_ != "that" \
            or ctx.in_quote[token.i + 1] >= 0:
        return None
    own = next((t.i for t in doc[token.i + 2:sent.end] if t.tag_ in _FINITE_TAGS or t.text in {",", ";", ":"}), None)
    if own is None or doc[own].tag_ not in _FINITE_TAGS or own == token.i + 2:
        return None
    # (a verb chain of the clause itself: "will top", "has been")
    after = own + 1
    while after < sent.end and (doc[after].pos_ in {"AUX", "VERB", "PART"} and doc[after].tag_ not in _FINITE_TAGS
                                or doc[after].tag_ in {"RB", "RBR"}):
        after += 1
    close = next((t.i for t in doc[after:sent.end] if t.tag_ in _FINITE_TAGS or t.text in {";", ":"}
                  or t.text == "," and ctx.in_quote[t.i] < 0), None)
    if close is None or doc[close].tag_ not in _FINITE_TAGS or doc[close - 1].lower_ in {"that", "which", "who"}:
        return None
    start, end = _trim(doc, token.i + 2, close)
    return (start, end) if end - start >= 3 else None


#: Claim types whose nominal cue takes its speaker in an "of" phrase (German genitive: "the demand of the
#: Kremlin chief"); "the criticism of Moscow", "the rejection of the plan" name the target instead, and
#: "the sanctions threats of the West" an action more often than a statement.
_GENITIVE_SPEAKER_TYPES = {"demand", "statement", "proposal", "assessment"}


def _genitive_speaker(ctx: _Context, token: Token, entry: CueEntry) -> Token | None:
    """The speaker of a nominal cue given in an "of" phrase right after it: "the demand of Kremlin chief Putin".

    Limit: cues of :data:`_GENITIVE_SPEAKER_TYPES`; the "of" follows the noun directly and its object
    is a person, organisation or state entity, or a speaker role noun with a person's name in
    apposition or "the" before it ("the Kremlin chief").
    """
    doc = ctx.doc
    if entry.claim_type not in _GENITIVE_SPEAKER_TYPES or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of" \
            or doc[token.i + 1].head.i != token.i or doc[token.i + 1].dep_ != "prep":
        return None
    pobj = next((g for g in doc[token.i + 1].children if g.dep_ == "pobj"), None)
    if pobj is None:
        return None
    entity = ctx.ent_of[pobj.i]
    if entity is not None and entity.label_ in _SPEAKER_LABELS - {"NORP"}:
        return pobj
    if (pobj.lemma_ or pobj.lower_).lower() in ctx.cues.roles and any(
            c.dep_ == "appos" and ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "PERSON"
            or c.dep_ == "det" and c.lower_ == "the" for c in pobj.children):
        return pobj  # ("the demand of the Kremlin chief for ...": a definite description, resolved as a speaker)
    return None


#: Parts of speech of the lower-case kind words between "loud the" and a source's name ("the agency Interfax").
_KIND_WORD_POS = {"NOUN", "ADJ", "PROPN", "VERB"}


def _named_after_kind(doc: Doc, start: int, limit: int, *, reach: int = 4) -> int | None:
    """The first token of a source's name written after lower-case kind words ("the agency Interfax").

    Limit: at most ``reach`` lower-case kind words, optionally followed by "of"/"by"/"from" (and
    "the") and up to ``reach`` more ("the daily reports of the special monitoring mission of the
    OSCE"); the name must start with a capital letter. ``None`` when no name follows.
    """
    i = start
    for _ in range(2):
        first = i
        while i < limit and i - first < reach and doc[i].is_lower and (
                doc[i].pos_ in _KIND_WORD_POS
                # "the oil and gas company OMV": kind words joined by "and"/"or" are one kind
                or (doc[i].lower_ in {"and", "or"} and i > first and i + 1 < limit and doc[i + 1].is_lower
                    and doc[i + 1].pos_ in _KIND_WORD_POS)):
            i += 1
        if i == first or i >= limit:
            return None
        if (doc[i].is_title or doc[i].is_upper) and not doc[i].is_punct:
            return i
        if doc[i].lower_ not in {"of", "by", "from"} or i + 1 >= limit:
            return None
        i += 1 + (doc[i + 1].lower_ == "the")
        if i < limit and (doc[i].is_title or doc[i].is_upper) and not doc[i].is_punct:
            return i
    return None


def _loud_phrase(ctx: _Context, loud: Token, limit: int) -> tuple[int, int] | None:
    """The name of the source after a machine-translated "loud" ("Loud the agency TASS ..."), as token bounds.

    Limit: reads a capitalised name after "the"/"a", title-case adjectives and lower-case kind words
    (see :func:`_named_after_kind`), up to ``limit``; ``None`` when no capitalised name follows.
    """
    doc = ctx.doc
    i = loud.i + 1
    while i < limit and (doc[i].is_quote or doc[i].lower_ in {"the", "a", "an"}):
        i += 1
    while i < limit and doc[i].pos_ == "ADJ" and doc[i].is_title:
        i += 1  # "the Ukrainian news agency Ukrinform": a nationality before the kind word
    if i >= limit:
        return None
    start = _named_after_kind(doc, i, limit) if doc[i].is_lower else i
    if start is None or not (doc[start].is_title or doc[start].is_upper) or doc[start].is_punct:
        return None
    entity = ctx.ent_of[start]
    end = start
    while end < limit and ((doc[end].is_title or doc[end].is_upper or doc[end].pos_ == "PROPN") and not doc[end].is_punct
                           or (entity is not None and end < entity.end)):
        end += 1
    return start, end


#: Words before an adjective "loud" that grade it ("very loud"), never German "laut" (= according to).
_LOUD_GRADERS = {"very", "too", "so", "as", "quite", "rather", "how", "not", "more", "less", "most", "least"}


def _role_words_end(doc: Doc, start: int, limit: int, *, reach: int = 3) -> int | None:
    """The index after one to ``reach`` lower-case role words from ``start`` ("managing director"), or ``None``."""
    end = start
    # ("managing director": the tagger reads "managing" as a participle)
    while end < min(limit, start + reach) and doc[end].is_lower and (doc[end].pos_ in {"NOUN", "ADJ"} or doc[end].tag_ == "VBG"):
        end += 1
    return end if start < end < limit and doc[end - 1].pos_ == "NOUN" else None


#: Entity labels of a body or people whose voice a description after "loud" may name ("an EU diplomat").
_VOICE_LABELS = {"ORG", "NORP", "GPE"}


def _loud_description(ctx: _Context, start: int, limit: int) -> int | None:
    """The end of a source written as a description or a lower-case name after "loud" ("loud the authority").

    Limit: one lower-case role noun of ``data/role_nouns.csv`` or ``data/cues.csv`` (OFFICIAL/ROLE)
    after "the"/"a" ("loud a spokeswoman has ..."), or a lower-case entity with an actor id
    ("Loud dpa spoke ..."); ``None`` for anything else (capitalised names are read elsewhere).
    """
    doc = ctx.doc
    token = doc[start]
    if start >= limit:
        return None
    entity = ctx.ent_of[start]
    if not token.is_lower:
        # "loud an EU diplomat lie ...", "loud a German diplomat": a named body or demonym before a
        # lower-case role noun, after an article, is a description of that body's voice
        role = doc[start + 1] if start + 1 < limit else None
        noun = (role.lemma_ or role.lower_).lower() if role is not None else ""
        if (entity is not None and entity.start == start and entity.end == start + 1 and entity.label_ in _VOICE_LABELS
                and start > 0 and doc[start - 1].lower_ in {"a", "an", "the"} and role is not None and role.is_lower
                and role.pos_ == "NOUN" and (noun in ctx.cues.officials or default_role_types().get(noun) == "person")):
            return start + 2
        return None
    if entity is not None and entity.kb_id_ and entity.start == start and entity.end <= limit:
        return entity.end  # German agencies write themselves lower-case ("dpa"): the entity is the name
    if token.lower_ == "own" and start + 1 < limit and doc[start - 1].lower_ == "loud" and doc[start + 1].pos_ == "NOUN":
        return start + 2  # "loud own statement": German "laut eigener Aussage" names the clause's subject
    lemma = (token.lemma_ or token.lower_).lower()
    if start > 0 and doc[start - 1].lower_ == "the":
        # ("loud the city administration", "loud the regional wine-growers' association": German "laut der
        # Stadtverwaltung" becomes modifiers and a role noun; the description ends with its role noun)
        end = start
        while end < min(limit, start + 5) and doc[end].is_lower and (
                doc[end].pos_ in {"NOUN", "ADJ", "PROPN"} or doc[end].tag_ == "POS" or doc[end].text in {"-", "'"}):
            end += 1
        last = next((i for i in range(end - 1, start, -1) if doc[i].pos_ in {"NOUN", "PROPN"}
                     and ((doc[i].lemma_ or doc[i].lower_).lower() in default_role_types()
                          or (doc[i].lemma_ or doc[i].lower_).lower() in ctx.cues.officials)), None)
        if last is not None:
            return last + 1
    # (after a verb or a comma "loud" is no adjective: German "laut" without its article)
    bare = doc[start - 1].lower_ == "loud" and start >= 2 and (
        doc[start - 2].pos_ in {"VERB", "AUX"} or doc[start - 2].text == ",")
    if bare and token.tag_ == "JJ" and token.is_lower and start + 1 < limit and doc[start + 1].tag_ in {"NN", "NNS"} \
            and (doc[start + 1].lemma_ or doc[start + 1].lower_).lower() in default_role_types() \
            and (start + 2 >= limit or doc[start + 2].pos_ not in {"NOUN", "PROPN"}):
        # "runs everything normally, loud federal police.": German "laut Bundespolizei", an adjective
        # and a role noun without the article
        return start + 2
    # ("loud ministry": German "laut Ministerium" may drop the article before a role noun)
    # (the tagger reads a lower-case noun right after "loud" as a name: "loud ministry")
    if not (token.pos_ == "NOUN" or token.pos_ == "PROPN" and (doc[start - 1].lower_ == "loud" or token.is_lower)) \
            or start == 0 \
            or doc[start - 1].lower_ not in {"the", "a", "an", "loud"}:
        return None
    # German "laut der Behörde" / "laut einer Sprecherin": a role noun stands for a body or voice named before
    known = lemma in default_role_types() or lemma in ctx.cues.officials or lemma in ctx.cues.roles
    # ("Loud the importer be ...": any "the <noun>" right after a sentence-opening "loud" is German "laut
    # dem Importeur", a description of someone named before; English "loud" is never followed by "the")
    after_loud = doc[start - 1].lower_ == "the" and start >= 2 and doc[start - 2].lower_ == "loud"
    opening = token.tag_ == "NN" and after_loud \
        and (doc[start - 2].is_sent_start or doc[start - 2].i == doc[start - 2].sent.start) \
        and start + 1 < limit and doc[start + 1].pos_ in {"VERB", "AUX", "PUNCT"}
    # ("have loud the club asked", "stay loud the farm until March", "Loud the diocese went": German "laut dem X"
    # with a plain noun, one or two words, before the clause goes on; English "loud" is never followed by
    # "the" (without the article, "Loud music played" is English)
    if not (known or opening) and after_loud and token.tag_ in {"NN", "NNP"} and token.is_lower:
        end = _plain_nouns_end(doc, start, limit)
        if end < limit and doc[end].pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"} and not doc[end].is_quote:
            return end
    if not known and bare and token.tag_ == "NN" and token.is_lower:
        # "is loud school the oldest", "should loud district office not be alarmed", "demonstrated, loud
        # police.": German "laut Schule" drops the article; after a verb (or a comma) "loud" is no adjective
        end = _plain_nouns_end(doc, start, limit)
        if end >= limit or doc[end].pos_ not in {"NOUN", "PROPN", "ADJ"} and not doc[end].is_quote:
            return end
    if known and start + 1 < limit and doc[start + 1].lower_ == "circles":
        # "Loud government circles in Berlin be ...": German "laut Regierungskreisen in X"; the circles
        # and the place they sit in are the source
        end = start + 2
        place = end + 1 + (end + 1 < limit and doc[end + 1].lower_ == "the")
        if end < limit and doc[end].lower_ in {"in", "of", "from"} and place < limit and ctx.ent_of[place] is not None \
                and ctx.ent_of[place].start == place and ctx.ent_of[place].end <= limit:
            end = ctx.ent_of[place].end
        return end
    return start + 1 if known or opening else None


def _plain_nouns_end(doc: Doc, start: int, limit: int) -> int:
    """The end of a source of one or two lower-case nouns after "loud (the)": "school", "district office"."""
    end = start + 1
    if end + 1 < limit and doc[end].tag_ == "NN" and doc[end].is_lower:
        end += 1
    return end


#: Reflexive pronouns of a German reflexive verb ("melden sich"), which may stand between the verb and "laut",
#: or right before the participle after "have" ("have themselves reported": came forward, no speech); also the
#: reflexive object of a verb of judgement ("sees itself threatened").
_REFLEXIVES = {"itself", "themselves", "himself", "herself"}


def _is_mid_clause_loud(doc: Doc, before: Token, loud: Token, *, officials: Collection[str] = ()) -> bool:
    """Whether "loud" after a verb opens a German "laut"-source mid-clause ("is loud the mayor ...").

    Limit: the word before must be a verb, auxiliary, modal or clause opener ("has loud the
    ministry", "where loud „Washington Post“") and the word after "the", a quote mark or a
    capitalised name; "was loud and angry" and "a very loud protest" stay adjectives.
    """
    if loud.i + 1 >= len(doc) or before.lower_ in _LOUD_GRADERS:
        return False
    after = doc[loud.i + 1]
    # German word order puts "laut X" after the finite verb; English "loud" there is predicative and
    # is followed by "and", a preposition or the end, never by "the"/a quoted or capitalised name
    # ("have loud him already suitcases packed", "works loud EU diplomats on": English "loud" is never
    # followed by an object pronoun or an abbreviation)
    names_next = after.lower_ in {"the", "him", "her"} or after.is_quote or (
        after.is_title and not after.is_sent_start) or (after.is_upper and len(after) >= 2 and after.is_alpha) or (
        # "are loud regulator E-Control", "is loud plant manager Taras Hutsuliak": German "laut" before a
        # lower-case kind or title and a name; English "loud" is never followed by that
        after.is_lower and after.pos_ == "NOUN" and any(
            t.is_title or t.is_upper for t in doc[loud.i + 2:min(loud.i + 4, len(doc))])
        and doc[loud.i + 2].pos_ in {"NOUN", "PROPN"}) or (
        # "set loud a government spokesman further on talks": German "laut einem Sprecher" after the verb;
        # English "loud" is never followed by "a" and an official's title
        after.lower_ in {"a", "an"} and loud.i + 2 < len(doc) and any(
            (t.lemma_ or t.lower_).lower() in officials for t in doc[loud.i + 2:min(loud.i + 4, len(doc))])) or (
        # "runs loud its speaker Tom Keller the operation normally": German "laut seinem Sprecher X";
        # English "loud" before a possessive, a role and a name does not occur
        after.tag_ == "PRP$" and (role_end := _role_words_end(doc, loud.i + 2, len(doc))) is not None
        and (doc[role_end].is_title or doc[role_end].is_upper)) or (
        # "holds loud government circles firmly at ...": German "laut Regierungskreisen"
        after.is_lower and after.pos_ == "NOUN" and loud.i + 2 < len(doc) and doc[loud.i + 2].lower_ == "circles") or (
        # "are loud managing director Sandra Moritz (44) the diesel costs ... risen": German "laut
        # Geschäftsführerin X", role words with no article before a person's name
        after.is_lower and (role_end := _role_words_end(doc, loud.i + 1, len(doc))) is not None
        and doc[role_end].ent_type_ == "PERSON")
    # ("hope one loud Melnytschuk on ...": German "man"; "has that loud Huber-Strasser not promised")
    opens = before.pos_ in {"AUX", "VERB"} or before.tag_ in {"MD", "WRB", "WDT"} or before.lower_ == "one" or (
        before.lower_ in {"that", "this"} and after.is_title and not after.is_sent_start) or (
        # "report themselves loud the ministry ...": German "melden sich laut X" (the parser may tag the verb a noun)
        before.lower_ in _REFLEXIVES) or (
        # "went last year loud the association": a time adverbial between the verb and "laut"
        before.ent_type_ in {"DATE", "TIME"} and before.dep_ in {"npadvmod", "pobj"}) or (
        # "sleep loud Schlichting": the parser may read the finite verb as a noun and make it the root
        before.dep_ == "ROOT" and before.pos_ == "NOUN" and before.i > 0 and doc[before.i - 1].pos_ in {"NOUN", "PROPN"}
        and loud.i + 1 < len(doc) and doc[loud.i + 1].is_title)
    # ("study currently loud the State Statistical Office": an adverb between the verb and "laut")
    opens = opens or (before.pos_ == "ADV" and before.i > 0 and doc[before.i - 1].pos_ in {"VERB", "AUX"}
                      and (after.lower_ == "the" or (after.is_title and not after.is_sent_start)))
    if not opens and before.pos_ in {"NOUN", "PROPN"} and loud.i + 2 < len(doc) and (
            (after.lower_ in {"a", "an"} and names_next) or (after.ent_type_ == "PERSON" and not after.is_sent_start)):
        # "wants the aid loud a spokeswoman of the chancellery ... support", "had the Germans loud Brückmann
        # received": English "loud" after a noun is never followed by "a" and an official, nor by a person's name
        return True
    if not opens and before.pos_ in {"NOUN", "PROPN"} and after.is_title and not after.is_sent_start \
            and loud.i + 2 < len(doc) and (doc[loud.i + 2].is_title or doc[loud.i + 2].pos_ == "PROPN"):
        # "held the fleet loud Russian Defence Ministry manoeuvres": German "laut" may follow the
        # subject and name its source with no article; English "loud" before a name is never
        # preceded by a bare noun ("a loud Russian band" has an article before it)
        return True
    if not opens and before.pos_ in {"NOUN", "PROPN"} and loud.i + 2 < len(doc) and (
            (after.lower_ == "the" and doc[loud.i + 2].pos_ == "PROPN" and doc[loud.i + 2].is_title)
            or (after.ent_type_ in {"ORG", "GPE"} and after.is_title and not after.is_sent_start)):
        # "In the hotels work loud the Hoteliersvereinigung Innergebirg 300 people", "runs the service loud
        # Bundeswehr normally": the parser may read the finite verb as a noun ("work"), or the subject stands
        # before "laut"; English "loud" after a noun never takes "the" and a name, nor an organisation's name
        return True
    return names_next and opens


#: Prepositions that name what a statement was about ("expressed herself about/on/over/to NATO and the West").
_TOPIC_PREPOSITIONS = frozenset({"about", "on", "over", "to"})


def _clause_before(ctx: _Context, token: Token) -> Iterator[Token]:
    """The words before a verb-final cue in its clause, nearest first.

    Limit: outside quotes, after the sentence's start or its last comma, colon or semicolon, with no other verb
    between them and the cue.
    """
    for t in reversed(ctx.doc[token.sent.start:token.i]):
        if ctx.in_quote[t.i] >= 0 or t.text in {",", ";", ":"} or (t.pos_ == "VERB" and t.i != token.i):
            return
        yield t


def _reflexive_before(ctx: _Context, token: Token) -> Token | None:
    """A reflexive pronoun before a verb-final cue in its clause ("has itself ... about NATO expressed"), or ``None``."""
    return next((t for t in _clause_before(ctx, token) if t.lower_ in _REFLEXIVES), None)


def _topic_before(ctx: _Context, token: Token) -> Token | None:
    """The topic phrase ("about", "on", "over", "to" and a noun) before a verb-final cue in its clause, or ``None``.

    Limit: the clause of :func:`_clause_before`, the farthest such phrase; its noun is no date or time ("on Monday").
    """
    doc = ctx.doc
    found = None
    for t in _clause_before(ctx, token):
        if t.dep_ == "prep" and t.lower_ in _TOPIC_PREPOSITIONS and _names_topic(t) \
                and t.right_edge.i < token.i and doc[t.i - 1].lower_ not in {"not", "never"}:
            found = t
    # (no topic holds the cue's subject: "... in a statement once more to NATO and the West expressed herself",
    # where the parser takes "the West" for the subject, is left unread)
    if found is not None and any(c.dep_ in {"nsubj", "nsubjpass"} and found.i <= c.i < token.i for c in token.children):
        return None  # (a subject after the topic is a part of it the parser split off)
    return found


def _names_topic(preposition: Token) -> bool:
    """Whether "on X" names a topic ("a statement on NATO and the West"), not a day ("on Monday")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return bool(objects) and objects[0].ent_type_ not in {"DATE", "TIME"}


def _is_role_after_noun_loud(ctx: _Context, before: Token, loud: Token, limit: int) -> bool:
    """Whether "loud the <role>" after a noun is German "laut" mid-clause ("gathered on the Bundesplatz loud the police").

    Limit: "the", up to two lower-case modifiers and a role noun of ``data/role_nouns.csv`` or an
    official's title of ``data/cues.csv``, then more of the clause; English "loud" after a noun
    ("played the music loud the whole night") is not followed by a role.
    """
    doc = ctx.doc
    if before.pos_ not in {"NOUN", "PROPN"} or loud.i + 3 >= limit or doc[loud.i + 1].lower_ != "the" \
            or before.ent_type_ == "PERSON" or any(i in ctx.cue_entries for i in range(max(0, before.i - 3), before.i)):
        return False  # ("so Lavrov loud the agency Interfax": the agency relays the quoted speaker's words)
    end = _loud_description(ctx, loud.i + 2, limit)
    return end is not None and end < limit and not (doc[end].is_punct or doc[end].is_title) and any(
        (t.lemma_ or t.lower_).lower() in default_role_types() or (t.lemma_ or t.lower_).lower() in ctx.cues.officials
        for t in doc[loud.i + 2:end])


def _is_bare_loud_source(ctx: _Context, before: Token, loud: Token) -> bool:
    """Whether "loud" after a verb or noun opens a German "laut" source without an article ("lie loud ministry").

    Limit: only "own" and a noun ("loud own statement") or a lower-case role noun of
    ``data/role_nouns.csv`` or ``data/cues.csv`` right after "loud"; English "loud" before a noun
    ("loud music") needs an article or stands before a noun no role list knows.
    """
    doc = ctx.doc
    if loud.i + 2 >= len(doc) or before.lower_ in _LOUD_GRADERS \
            or before.pos_ not in {"AUX", "VERB", "NOUN", "PROPN", "PRON"}:
        return False
    if before.ent_type_ in {"DATE", "TIME"} and before.pos_ == "NOUN":
        # ("demonstrated in the evening loud police about 150 people", "work this winter loud association around
        # 140 people": a time adverbial between the verb and German "laut" keeps it mid-clause)
        before = _verb_before_time(before) or before
    after = doc[loud.i + 1]
    if after.lower_ == "own":
        # English never says "loud own"; German "laut eigener Aussage/Angaben" does
        return doc[loud.i + 2].pos_ == "NOUN"
    def known(word: Token) -> bool:
        lemma = (word.lemma_ or word.lower_).lower()
        return lemma in default_role_types() or lemma in ctx.cues.officials or lemma in ctx.cues.roles

    if after.is_lower and after.tag_ == "NN" and before.pos_ in {"AUX", "VERB"} and loud.i + 3 < len(doc) \
            and doc[loud.i + 2].is_lower and doc[loud.i + 2].tag_ == "NN" and known(doc[loud.i + 2]) \
            and doc[loud.i + 3].pos_ not in {"NOUN", "PROPN"}:
        return True  # "should loud district office not be alarmed": a compound ending in a role noun
    # (the role noun must head the phrase: "is loud government circles not before February" names no body)
    return after.is_lower and after.pos_ in {"NOUN", "PROPN"} and before.pos_ in {"AUX", "VERB"} \
        and doc[loud.i + 2].pos_ not in {"NOUN", "PROPN"} and known(after)


def _verb_before_time(time: Token, *, reach: int = 3) -> Token | None:
    """The verb right before a time adverbial ("demonstrated in the evening", "work this winter"), or ``None``.

    Only articles, prepositions, determiners and adjectives may stand between the verb and the time noun.
    """
    doc = time.doc
    for i in range(time.i - 1, max(time.sent.start, time.i - 1 - reach) - 1, -1):
        if doc[i].pos_ in {"AUX", "VERB"}:
            return doc[i]
        if doc[i].pos_ not in {"DET", "ADP", "ADJ"}:
            return None
    return None


def _negated_cue(cue: Token) -> bool:
    """Whether a cue is negated: a "neg" child, or "not"/"never" right before it (German order, "has X not promised")."""
    return cue.doc[cue.i - 1].lower_ in {"not", "never"} or any(c.dep_ == "neg" for c in cue.children)


def _relays_another_cue(ctx: _Context, sent: Span, attribution: tuple[int, int]) -> bool:
    """Whether a "loud X" sentence has a cue verb of its own outside quotes, whose speaker X only relays.

    Limit: a verb cue after the attribution in the same clause, with no comma, semicolon or colon
    between ("Loud the agency TASS described the deputy X the threats as ..." is the deputy's
    claim; "Loud X the number rose; the observers reported ..." is X's and the observers').
    """
    doc = ctx.doc
    # (a negated cue reports nothing: "The management has that loud X until now not promised"; a cue
    # that takes only a clause reports nothing with a plain object: "Loud X maintain 38 firms business
    # relations with Russia", German "unterhalten")
    return any(attribution[1] <= i < sent.end and ctx.in_quote[i] < 0
               and not any(t.text in {",", ";", ":"} for t in doc[attribution[1]:i])
               and not _negated_cue(doc[i]) and not _plain_object_of_clause_cue(doc[i], entry)
               and _has_speaking_subject(ctx, doc[i], attribution)
               for i, entry in ctx.cue_entries.items())


#: Pronouns that name no speaker as the subject of a cue ("nobody can predict", German "man" as "one").
_INDEFINITE_SUBJECTS = frozenset({"nobody", "no-one", "anyone", "anybody", "everyone", "everybody", "one", "someone",
                                  "somebody"})


def _has_speaking_subject(ctx: _Context, cue: Token, attribution: tuple[int, int]) -> bool:
    """Whether a cue after a "loud X" may have a speaker of its own, whom X only relays.

    Not when its only subjects are common nouns that speak for nobody ("Loud her have eleven families
    relatives a place offered"), nor when the parser made the source itself the subject of a passive
    ("Loud Foreign Office is from travels advised against"). A cue with no subject found keeps its own
    speaker: German inversion puts it after the cue ("Loud TASS described the deputy X ...").
    """
    # (the translated perfect may hang the subject on the auxiliary: "Loud X has Moscow ... insisted")
    holders = [cue, *(c for c in cue.children if c.dep_ in {"aux", "auxpass"} or c.lemma_ in {"have", "be"})]
    if cue.head.i != cue.i and (cue.head.lemma_ in {"have", "be"} or cue.dep_ in {"conj", "xcomp"}):
        holders.append(cue.head)
    subjects = [c for holder in holders for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        # (a participle that modifies a noun, "a place offered", reports nothing)
        return cue.dep_ not in {"acl", "amod"}
    outside = [c for c in subjects if not attribution[0] <= c.i < attribution[1]]
    if not outside:
        # the source read as the subject: German inversion names the cue's own speaker after it ("Loud
        # Interfax threatened a Russian official ..."), but a passive has none ("is ... advised against")
        # (nor has a plural verb right after a single name: "Loud Abramowski ask above all older members
        # ...", German "fragen", whose subject follows it and speaks for nobody named)
        # (also when the parser took that subject for the object: "Loud Kettler ask the pupils there already,
        # whether ...", "Loud Piątkowski ask many, whether ...": a plural common noun or "many" names no one)
        if cue.i == attribution[1] and cue.tag_ in {"VB", "VBP"} and all(
                c.tag_ == "NNP" for c in subjects) and not any(c.dep_ == "dobj" and not _unnamed_plural(ctx, c)
                                                               for c in cue.children):
            return False
        return not (cue.head.lemma_ == "be" and cue.head.i < cue.i or any(c.dep_ == "auxpass" for c in cue.children))
    # ("can loud Oltmanns nobody predict", "hope one loud X": an indefinite pronoun speaks for nobody)
    return any(ctx.ent_of[c.i] is not None or c.pos_ == "PROPN" or (c.pos_ == "PRON" and c.lower_ not in _INDEFINITE_SUBJECTS)
               or (c.lemma_ or c.lower_).lower() in ctx.cues.officials | ctx.cues.roles
               or default_role_types().get((c.lemma_ or c.lower_).lower()) is not None for c in outside)


def _unnamed_plural(ctx: _Context, token: Token) -> bool:
    """Whether ``token`` is a plural common noun or a quantifier that names no one ("the pupils", "many")."""
    return ctx.ent_of[token.i] is None and token.is_lower and (
        token.tag_ == "NNS" or token.lower_ in {"many", "some", "several", "most", "few", "all"}) \
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _plain_object_of_clause_cue(token: Token, entry: CueEntry) -> bool:
    """Whether a cue that reports only clauses has a plain object and no clause here ("maintain relations")."""
    return entry.complement == "clause" and any(c.dep_ == "dobj" for c in token.children) \
        and not any(c.dep_ in {"ccomp", "xcomp", "advcl"} for c in token.children)


def _loud_role_apposed_name(ctx: _Context, start: int, limit: int, *, reach: int = 8) -> Span | None:
    """The person named in apposition after "loud the headmistress of the partner school, X, ...", or ``None``.

    Limit: lower-case words (and "of the" with a name) up to a comma within ``reach`` tokens, the first of
    them a noun or adjective; then a person entity and a comma right after it.
    """
    doc = ctx.doc
    if start >= limit or not doc[start].is_lower or doc[start].pos_ not in {"NOUN", "ADJ"}:
        return None
    comma = next((i for i in range(start + 1, min(limit, start + reach)) if doc[i].text == ","), None)
    if comma is None or any(t.pos_ in {"VERB", "AUX"} or ctx.in_quote[t.i] >= 0 or t.is_punct
                            for t in doc[start:comma]):
        return None
    name = ctx.ent_of[comma + 1] if comma + 1 < limit else None
    if name is None or name.label_ != "PERSON" or name.start != comma + 1 or name.end >= limit \
            or doc[name.end].text != ",":
        return None
    return name


def _source_claim(ctx: _Context, token: Token, sents: list[Span], used_quotes: set[int], *,
                  last: _Speaker | None = None) -> Claim | None:
    """"according to X, ..." and the machine-translated "loud X, ...": the rest of the sentence.

    Limit: "according to him/her" resolves the pronoun to the person speaking before it; other
    pronouns ("according to them") stay without an actor.
    """
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    opener_is_bare = mid_clause = False
    outlet: Span | None = None
    coordinated = False
    if token.lower_ == "according":
        if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            return None
        if token.i > 0 and token.i - 1 in ctx.cue_entries and any(
                c.dep_ == "nsubj" and (c.pos_ in {"PROPN", "PRON"} or ctx.ent_of[c.i] is not None)
                for c in doc[token.i - 1].children):
            return None  # "„…“, Lavrov said according to Russian agencies": the agencies relay the named speaker
        entry = ctx.cues.sources.get("according to")
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if entry is None or not objects:
            return None
        head = objects[0]
        named = ctx.ent_of[head.i + 1] if head.i + 1 < sent.end else None
        if head.pos_ == "NOUN" and head.is_lower and named is not None and named.start == head.i + 1 \
                and named.label_ in {"ORG", "PERSON"} and ctx.in_quote[head.i + 1] < 0:
            # "according to the Russian news agency Interfax": the name after the kind noun is the source
            # (the parser may hang it elsewhere), not the nationality before it
            head = named.root
            phrase = doc[objects[0].left_edge.i:named.end]
        else:
            phrase = _phrase_span(head)
            # ("According to X, an analyst at Y, war-risk premiums ... have doubled": the parser makes the
            # clause's subject a second apposition of the source; the source's phrase ends before it)
            commas = [t.i for t in phrase if t.text == "," and t.i > head.i]
            verb = doc[phrase.end] if phrase.end < sent.end else None
            if verb is not None and verb.pos_ == "AUX" and verb.dep_ != "ROOT":
                verb = verb.head
            # (also with one comma: "According to the London broker X, additional premiums ... rose")
            if len(commas) >= 1 and verb is not None and verb.pos_ in {"AUX", "VERB"} \
                    and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                phrase = doc[phrase.start:commas[-1]]
            after = ctx.ent_of[phrase.end + 1] if phrase.end + 1 < sent.end and doc[phrase.end].text == "," else None
            if head.pos_ == "NOUN" and head.is_lower and phrase.end - 1 == head.i and after is not None \
                    and after.label_ == "PERSON" and after.start == phrase.end + 1 and len(after) >= 2 \
                    and all(t.is_punct or t.is_space for t in doc[after.end:sent.end]):
                # "..., according to its treasurer, Roman Dzhus.": the name after the role's comma closes
                # the sentence; the parser hangs it on the verb, but it is the role's holder
                head = after.root
                phrase = doc[phrase.start:after.end]
        cue_tokens = [token, to]
        attribution_end = phrase.end
        # (", and according to The Washington Post, Russia has massed troops": a coordinated clause opens with the
        # source, whose report is the clause after it, not the first conjunct)
        coordinated = token.i >= 2 and doc[token.i - 1].lower_ in {"and", "but"} and doc[token.i - 2].text == ","
    else:
        entry = ctx.cues.sources.get("loud")
        if entry is not None and token.i + 1 == sent.end < len(doc) and not token.whitespace_.count("\n") \
                and ctx.sent_of[token.i] + 1 < len(sents) and (doc[token.i + 1].is_title or doc[token.i + 1].is_quote):
            # "Loud The Washington Post, Russia has ...": the sentence splitter ends a sentence at a lone
            # "Loud" before a capitalised article; German "laut" always names its source after it
            sent = doc[sent.start:sents[ctx.sent_of[token.i] + 1].end]
        if entry is None or token.i + 1 >= sent.end:
            return None
        previous = [t for t in doc[sent.start:token.i] if not t.is_space]
        if previous and len(previous) <= 2 and all(t.pos_ in {"CCONJ", "ADV"} and t.is_alpha for t in previous) \
                and previous[0].is_title:
            # "And loud Washington Post has Russia ...", "But loud the agency ...": a connective
            # opening the sentence leaves "loud" its opener
            previous = []
        before = previous[-1] if previous else None
        opener_is_bare = before is not None and not before.is_punct and _is_bare_loud_source(ctx, before, token)
        # (", and loud Washington Post draws Russia ...": a coordinated clause opens with the source)
        coordinated = before is not None and before.lower_ in {"and", "but"} and before.i > 0 \
            and doc[before.i - 1].text == "," and token.i + 1 < len(doc) \
            and (doc[token.i + 1].is_title or doc[token.i + 1].is_quote or doc[token.i + 1].lower_ == "the")
        mid_clause = before is not None and not before.is_punct and before.lower_ not in {"to", "by"} \
            and not coordinated and (_is_mid_clause_loud(doc, before, token, officials=ctx.cues.officials)
                                     or _is_role_after_noun_loud(ctx, before, token, sent.end))
        if before is not None and not (before.is_punct or before.lower_ in {"to", "by"} or opener_is_bare or coordinated
                                       or mid_clause):
            return None  # "a loud protest" mid-clause is an adjective, not "laut"
        start = token.i + 1
        while doc[start].is_quote and start + 1 < sent.end:
            start += 1  # "loud „Washington Post“": the source's name in quote marks
        if doc[start].lower_ == "the" and start + 1 < sent.end:
            start += 1
            while doc[start].is_quote and start + 1 < sent.end:
                start += 1  # "Loud the „Washington Post“": the article stands before the quote mark
        elif doc[start].tag_ == "PRP$" and (role_end := _role_words_end(doc, start + 1, sent.end)) is not None \
                and (doc[role_end].is_title or doc[role_end].is_upper):
            # "Loud its spokesman Jens Ohm need ...", "Loud its managing director Harald Eichinger are ...":
            # German "laut seinem Sprecher X" names him after the role
            start = role_end if ctx.ent_of[role_end] is not None and ctx.ent_of[role_end].label_ == "PERSON" \
                else start + 1
        apposed = _loud_role_apposed_name(ctx, start, sent.end) if doc[start - 1].lower_ == "the" else None
        if apposed is not None:
            # "Loud the integration commissioner of the district, Miriam Kettler, live ...": the name in
            # apposition to the role is the source
            start = apposed.start
        role = (doc[start].lemma_ or doc[start].lower_).lower()
        if role not in ctx.cues.roles and doc[start].is_lower and start + 1 < sent.end and doc[start + 1].is_lower \
                and doc[start].pos_ == "NOUN" and (doc[start + 1].lemma_ or doc[start + 1].lower_).lower() in ctx.cues.roles:
            # "Loud the district administrator is ...": the role noun after its kind word
            role = (doc[start + 1].lemma_ or doc[start + 1].lower_).lower()
            if doc[start - 1].lower_ == "the" and ctx.resolve_references:
                return _loud_role_claim(ctx, token, doc[start - 1:start + 2], role, sent, entry, used_quotes)
        if doc[start - 1].lower_ == "the" and role in ctx.cues.roles and ctx.resolve_references:
            # "Loud the mayor was ...": German "laut dem Bürgermeister" names the source by its role
            return _loud_role_claim(ctx, token, doc[start - 1:start + 1], role, sent, entry, used_quotes)
        if doc[start - 1].lower_ == "the" and start + 5 < sent.end and doc[start].like_num \
                and _is_age_description(doc[start + 4]) and ctx.resolve_references:
            # "Loud the 52-year-old have the school ...": German "laut der 52-Jährigen" names the source by age
            return _loud_role_claim(ctx, token, doc[start - 1:start + 5], "", sent, entry, used_quotes)
        noun = start + (doc[start].lower_ in {"a", "an"})
        if noun + 2 < sent.end and doc[noun].pos_ == "NOUN" and doc[noun + 1].lower_ in {"of", "by", "from", "in"}:
            # "Loud a report of the Washington Post": German "laut einem Bericht der ..." names the source
            # after the report noun
            named = noun + 2 + (doc[noun + 2].lower_ == "the" and noun + 3 < sent.end)
            while doc[named].is_quote and named + 1 < sent.end:
                named += 1  # "Loud a report of the „Washington Post“": the name in quote marks
            if doc[named].is_lower and (kinded := _named_after_kind(doc, named, sent.end)) is not None:
                named = kinded  # "Loud a survey of the institute Demoskop": the name follows its kind word
            if doc[named].is_title or doc[named].is_upper:
                start = named
        lead = start
        # ("the Slovak news agency TASR": the tagger may read the nationality as a proper noun)
        while lead < sent.end and (doc[lead].pos_ == "ADJ" and doc[lead].is_title
                                   or doc[lead].ent_type_ == "NORP" and lead + 1 < sent.end and doc[lead + 1].is_lower):
            lead += 1
        named = _named_after_kind(doc, lead, sent.end) if lead < sent.end and doc[lead].is_lower else None
        if named is not None and (lead > start or not (doc[start].is_title or doc[start].is_upper)):
            # "Loud the agency Interfax could ...", "loud the Ukrainian news agency Ukrinform": German
            # "laut der Agentur X" names the source after its kind
            start = named
        elif named is None and lead < sent.end and doc[lead].is_lower:
            # "Loud the news agency dpa, ...": German agencies write their names lower-case, after the kind
            # words; a known entity there is the source's name
            kind_end = lead
            while kind_end < min(sent.end - 1, lead + 4) and doc[kind_end].is_lower \
                    and doc[kind_end].pos_ in _KIND_WORD_POS and ctx.ent_of[kind_end] is None:
                kind_end += 1
            entity = ctx.ent_of[kind_end]
            if kind_end > lead and entity is not None and entity.kb_id_ and entity.start == kind_end:
                start = kind_end
        described = _loud_description(ctx, start + (doc[start].lower_ in {"a", "an"}), sent.end)
        if described is not None:
            end = described
        elif start == token.i + 1 and doc[start].lower_ in {"him", "her"}:
            end = start + 1  # "Many families have loud him already suitcases packed": German "laut ihm"
        elif not (doc[start].is_title or doc[start].is_upper):
            return None  # "loud" attributes only to a named source
        else:
            end = start
        while described is None and end < sent.end and (
                doc[end].is_title or doc[end].is_upper or doc[end].pos_ == "PROPN"
                or (ctx.ent_of[start] is not None and end < ctx.ent_of[start].end)
                # ("Loud the Serles-Kurier plans ...")
                or _joins_double_name(doc, end, start, sent.end)):
            end += 1
        kind = next((i for i in (end, end - 1) if start <= i < len(doc)
                     and default_role_types().get(doc[i].lower_) == "media"), None)
        if kind is not None:
            # "Loud the American newspaper „Washington Post“": the outlet's name follows its kind (the
            # parser may start a new sentence at the quote mark before the name: the sentences are one)
            named = kind + 1
            while named < len(doc) and doc[named].is_quote:
                named += 1
            if named < len(doc) and (doc[named].is_title or doc[named].is_upper) and "\n" not in doc[end:named].text:
                start = end = named
                # ("Loud the US newspaper „Washington Post“": the outlet speaks, not the country before its kind)
                outlet = ctx.ent_of[named] if ctx.ent_of[named] is not None and ctx.ent_of[named].kb_id_ else None
                while end < len(doc) and (doc[end].is_title or doc[end].is_upper or doc[end].pos_ == "PROPN"):
                    end += 1
                if end > sent.end:
                    sent = doc[sent.start:sents[ctx.sent_of[end - 1]].end]
        phrase = doc[start if doc[token.i + 1].is_quote else token.i + 1:end]
        head = phrase.root
        if head.pos_ == "DET" and len(phrase) > 1 and phrase[-1].pos_ in {"PROPN", "NOUN"} and head.head.i >= end:
            # "Loud the Unternehmerkreis Naabtal hang ...": the parser hung every word of the name on the
            # verb after it, and the phrase's first word, the article, passes for its root
            head = phrase[-1]
        attribution_end = end + (end < sent.end and doc[end].is_quote)  # with the closing mark of a quoted name
        # ("loud managing director Sandra Moritz (44) the diesel costs": with the age)
        attribution_end = _bracketed_age_end(doc, attribution_end, sent.end)
        cue_tokens = [token]
        if not len(phrase):
            return None
        if not any(t.lower_ in {"of", "by", "from"} for t in doc[token.i + 1:start]) \
                and _relays_another_cue(ctx, sent, (token.i, attribution_end)):
            # ("Loud a report of the Courier has Kiel ... asked": a report is the source's own finding)
            return None  # "Loud the agency TASS described the deputy X ...": the agency relays the cue's speaker
    attribution = (token.i, attribution_end)
    # the content is the sentence outside the attribution phrase (and its comma); a clause before a
    # semicolon or colon is another statement ("X has warned; loud the authority is ...")
    opening = _clause_start(ctx, sent, token.i)
    left = doc[opening:attribution[0]]
    # ("Loud the Post has Russia troops gathered; Moscow denies ...": a semicolon before another named
    # speaker's cue or attribution opens that speaker's statement; "…; weapons reject a majority" goes on)
    closing = next((i for i in range(attribution[1], sent.end) if ctx.in_quote[i] < 0 and (
        doc[i].text == ";" and _names_another_speaker(ctx, i + 1, sent.end)
        # ("Loud the Post has Russia reserves brought, the US government warns of ...": a comma or dash
        # right before a named subject and its own cue splices that speaker's clause on)
        # (not the attribution's own comma: "According to X, Kyiv had asked ..." is X's report)
        or doc[i].text in {",", "–", "—"} and i > attribution[1] and _opens_speaker_clause(ctx, i + 1, sent.end))),
        sent.end)
    right = doc[attribution[1]:closing]
    part = right if len(right) >= len(left) or coordinated else left
    if token.lower_ == "according" and not coordinated and _reports_clause_before(ctx, left, right):
        part = left  # "..., according to Reuters, and the company has booked ...": the report is before it
    resuming = next((t for t in right if not (t.is_punct or t.is_space)), None)
    if token.lower_ == "according" and not coordinated and resuming is not None \
            and resuming.lower_ in _CIRCUMSTANCE_MARKS and _has_content_word(left) and len(left) >= 3:
        # "Premiums have tripled, according to X, as the standoff weighs on ...": a subordinate clause after
        # the source is the reporter's circumstance; the report is the clause before it
        part = left
    sides = None
    if opener_is_bare or mid_clause and len(right) and len(left):
        # "the costs lie loud ministry at around 5.3 million euros": a "laut" mid-clause attributes
        # its whole clause, on both sides of the source ("Every fifth screw goes loud Gmelin to ...")
        commas = [i for i in range(opening, token.i) if doc[i].text == "," and ctx.in_quote[i] < 0]
        while len(commas) >= 2 and doc[commas[-2] + 1].tag_ in {"WDT", "WP", "WP$"}:
            # ("Around 80 percent of the gas, which Austria consumes, comes loud the regulator from Russia": a
            # relative clause between two commas belongs to the clause it sits in)
            commas = commas[:-2]
        clause_start = commas[-1] + 1 if commas else opening
        part = doc[clause_start:closing]
        if mid_clause and not opener_is_bare:
            # (the content skips the source: "has loud „Kiel Courier“ the fees raised" quotes no words)
            left_side = _trim(doc, clause_start, token.i)
            right_side = _trim(doc, attribution[1], closing)
            if attribution[1] < right_side[0] and doc[right_side[0] - 1].is_alpha:
                right_side = (right_side[0] - 1, right_side[1])  # ("goes loud Gmelin to customers": keep "to")
            if left_side[1] > left_side[0] and right_side[1] > right_side[0]:
                sides = (left_side, right_side)
    opener = next((t for t in reversed(left) if not (t.is_punct or t.is_space)), None)
    resumed = next((t for t in right if not (t.is_punct or t.is_space)), None)
    if len(right) and opener is not None and opener.lower_ in {"that", "which", "who"} \
            and (opener.dep_ in {"nsubj", "nsubjpass"}
                 # ("forces that, according to X, has continued": the parser may read "that" as a conjunction)
                 or (opener.dep_ == "mark" and resumed is not None and resumed.pos_ in {"AUX", "VERB"})):
        # "a build-up that, according to X, has continued for weeks": the attribution sits inside a
        # relative clause, and what the source reports is that clause
        part = right
    start, end = _trim(doc, part.start, part.end)
    if end <= start:
        return None
    span = doc[start:end]
    # keep the entity but drop a "Loud" the NER glued onto it
    # (an entity without a capitalised word, "the „" before a quoted name, is a stray of the NER)
    # ("the Russian news agency Interfax": a named body in the phrase beats the nationality before it)
    # (a place that says where the source sits is no source: "the Lagos-based Centre for ...")
    named_ents = sorted((e for e in ctx.ents_within(phrase) if (e.label_ in _SPEAKER_LABELS or e.kb_id_)
                         and any(t.is_title or t.is_upper for t in e) and not _seat_of_body(doc, e)),
                        key=lambda e: e.label_ == "NORP")
    kind_before_head = next((e for e in named_ents if e.start <= head.i < e.end and any(
        t.is_lower and t.pos_ == "NOUN" for t in doc[phrase.start:e.start])), None)
    if kind_before_head is not None:
        # "the London broker Calloway Marine": the name after a kind noun is the source, not the city before it
        named_ents = [kind_before_head] + [e for e in named_ents if e is not kind_before_head]
    ent = author_of(ctx, phrase) or outlet or next(iter(named_ents), None) or ctx.ent_of[head.i]
    name_words = phrase[1:] if len(phrase) > 1 and phrase[0].lower_ == "the" else phrase
    # "according to a survey of the association", "Loud a study of the Forschungsstelle Grenzraum", "figures
    # compiled by the Clarion": the body that made the survey, study or figures is the source
    author = _author_of_study(head) if ctx.resolve_references else None
    study = None
    if author is not None and author.pos_ == "PROPN" and ctx.ent_of[author.i] is None:
        # (a name no model or list knows, by its slug: "the Forschungsstelle Grenzraum")
        words = [c for c in author.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title] + [author]
        if all(t.is_alpha and t.is_title for t in words):
            name = " ".join(t.text for t in words)
            study = _Speaker(name, slugify(name), name, phrase.start_char, phrase.end_char)
    elif author is not None and (ctx.ent_of[author.i] is not None or author.lower_ in default_role_types()):
        study = _resolve_speaker(ctx, author, stop=None, last=last)
        named = ctx.ent_of[author.i]
        if not study.actor_id and named is not None and named.label_ in {"PRODUCT", "WORK_OF_ART", "ORG"} \
                and all(t.is_title or t.lower_ == "the" for t in named):
            # ("figures compiled by the [Clarion]PRODUCT": an outlet's name the model gave no actor's label)
            name = named.text[4:] if named[0].lower_ == "the" else named.text
            study = _Speaker(name, slugify(name), name, phrase.start_char, phrase.end_char)
        if not study.actor_id and author.is_lower and default_role_types().get(author.lower_, "person") != "person":
            # ("a survey of the association" after "The Handwerksverband Ems-Jade ...": the body just named)
            body = _body_just_named(ctx, phrase.start)
            study = _Speaker(study.text, body[0], body[1], study.start, study.end) if body is not None else study
    if study is not None and study.actor_id:
        speaker = _Speaker(phrase.text, study.actor_id, study.name, phrase.start_char, phrase.end_char)
    elif ent is None and 2 <= len(name_words) <= 4 and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title
                                                           for t in name_words):
        # "Loud the Unternehmerkreis Naabtal hang ...": a name of capitalised words no model or list knows
        # is still an actor, by its slug
        speaker = _Speaker(phrase.text, slugify(name_words.text), name_words.text, phrase.start_char, phrase.end_char)
    elif (head.lemma_ or head.lower_).lower() in ctx.cues.officials or (
            # "loud the authority": a definite description names the body mentioned before
            ent is None and head.is_lower and (head.lemma_ or head.lower_).lower() in default_role_types()) or (
            # "Loud the importer be ...": a description of a person introduced with that noun
            ent is None and head.is_lower and head.tag_ == "NN" and doc[head.i - 1].lower_ == "the") or (
            ctx.ent_of[head.i] is None and head.pos_ == "PROPN" and head.text[:1].isupper()) or (
            ent is None and any(c.lower_ == "own" for c in head.children)) or (
            ent is None and government_circles(head)):
        # ("according to own statements": the speaker rules read the clause's subject as the source)
        # "according to one senior NATO official": the anonymous official speaks for the institution;
        # "according to Lugansk Aqua": a name NER split is read from the phrase itself
        speaker = _resolve_speaker(ctx, head, stop=None, last=None)
        lemma = (head.lemma_ or head.lower_).lower()
        if not speaker.actor_id and head.is_lower and (lemma in ctx.cues.officials or (
                default_role_types().get(head.lower_) != "person" and lemma not in ctx.cues.roles)):
            # "The BSI has ... exhorted; loud the authority is ...": an unnamed body or its
            # spokeswoman speaks for the body just named
            body = _body_just_named(ctx, phrase.start)
            if body is not None:
                speaker = _Speaker(speaker.text, body[0], body[1], speaker.start, speaker.end)
        speaker = _Speaker(phrase.text, speaker.actor_id, speaker.name, phrase.start_char, phrase.end_char)
    elif head.pos_ == "PRON" and head.lower_ in _PRONOUN_GENDER and ctx.resolve_references:
        # "According to him, the contract is ...": the person the pronoun refers back to
        found = _antecedent(ctx, head.i, last=last, gender=_PRONOUN_GENDER[head.lower_])
        speaker = _Speaker(phrase.text, found.actor_id if found else "", found.name if found else phrase.text,
                           phrase.start_char, phrase.end_char, True)
    elif ent is not None:
        actor_id, name = _entity_speaker(ent)
        if not actor_id and name.lower().startswith("loud "):
            name = name[5:]
        speaker = _Speaker(phrase.text, actor_id, name, phrase.start_char, phrase.end_char)
    else:
        speaker = _Speaker(phrase.text, "", phrase.text, phrase.start_char, phrase.end_char)
    if sides is not None:
        content, mode = _joined_sides(ctx, *sides, used_quotes)
        return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode=mode, content=content,
                           addressee=None)
    if token.lower_ == "loud" and not opener_is_bare and token.i > sent.start and doc[token.i - 1].text == "," \
            and attribution_end < sent.end and doc[attribution_end].text == ",":
        # "The electricity costs have themselves, loud managing director X, since summer tripled", "Over politics
        # speak the two, loud coach Y, »only seldom«": a "laut" set in commas interrupts its clause
        around = _around_parenthesis(ctx, sent, token.i - 1, attribution_end, used_quotes)
        if around is not None:
            return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode=around[1],
                               content=around[0], addressee=None)
    mode = "mixed" if any(ctx.in_quote[i] >= 0 for i in range(start, end)) else "indirect"
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            used_quotes.add(ctx.in_quote[i])
    return _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode=mode,
                       content=(span.start_char, span.end_char, span.text), addressee=None)


def _loud_document_claim(ctx: _Context, token: Token, sents: list[Span], used_quotes: set[int]) -> Claim | None:
    """"Loud press release of the company ...", "loud his count": a "laut" citing a document, or role words and a name.

    German "laut Pressemitteilung", "laut einer Umfrage der Kammer", "laut seiner Zählung" cite a
    document; its author is the source: the body or person named after "of"/"from"/"by", the owner a
    possessive names ("its" the body just named, "his"/"her" the person), else the body named in
    this or the sentence before. "Loud filling-station tenant Alois Rief (55) has ..." names a person after
    up to five role words (with an age in brackets). Limit: a fallback for what :func:`_source_claim` leaves
    unread; a document noun of ``data/claim_words.csv`` (kind ``source_document``) after "loud", an article or
    possessive and at most three lower-case modifiers; "loud" after an article or a grading adverb is
    English; "our" (the newsroom's own owner) is left alone before a document.
    """
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    before = doc[token.i - 1] if token.i > sent.start else None
    if before is not None and not before.is_punct and (
            before.lower_ in _LOUD_GRADERS | {"a", "an", "the"}
            or before.pos_ not in {"AUX", "VERB", "NOUN", "PROPN", "PRON", "ADV", "NUM", "CCONJ"}):
        return None
    documents = claim_words("source_document")
    i = token.i + 1
    owner_word = doc[i] if i < sent.end and (doc[i].lower_ in {"a", "an", "the"} or doc[i].tag_ == "PRP$") else None
    i += owner_word is not None
    role = i
    while role < min(sent.end, i + 5) and ctx.ent_of[role] is None and (
            doc[role].is_alpha or doc[role].text in {"-", "'", "’", "'s", "’s"}):
        role += 1
    person = ctx.ent_of[role] if role < sent.end else None
    if role > i and person is not None and person.label_ == "PERSON" and person.start == role:
        # "Loud filling-station tenant Alois Rief (55) has the price ...", "gave it loud managing director Petra
        # Schedler so far «only in single cases»": German "laut" before a role and a person's name
        actor_id, name, _ = _actor_of(ctx, person)
        return _loud_content_claim(ctx, token, sent, before, _bracketed_age_end(doc, person.end, sent.end),
                                   (actor_id, name), used_quotes)
    noun = i
    while noun < min(sent.end, i + 4) and doc[noun].is_lower and doc[noun].pos_ in {"NOUN", "ADJ", "PROPN", "VERB"} \
            and (doc[noun].lemma_ or doc[noun].lower_).lower() not in documents:
        noun += 1
    if noun >= sent.end - 1 or not doc[noun].is_lower or (doc[noun].lemma_ or doc[noun].lower_).lower() not in documents:
        return None
    end = noun + 1
    speaker: tuple[str, str] | None = None
    if end + 1 < sent.end and doc[end].lower_ in {"of", "from", "by"}:
        # "Loud a flash survey of the IHK Ruhrbogen-Sauerland", "loud calculation of the supplier": the author
        named = ctx.ent_of[end + 1] or (ctx.ent_of[end + 2] if doc[end + 1].lower_ == "the" and end + 2 < sent.end
                                        else None)
        if named is not None and named.kb_id_ and named.start <= end + 2 and named.end <= sent.end:
            actor_id, name, _ = _actor_of(ctx, named)
            speaker, end = (actor_id, name), named.end
        elif doc[end + 1].lower_ == "the" and end + 2 < sent.end and doc[end + 2].is_lower \
                and default_role_types().get((doc[end + 2].lemma_ or doc[end + 2].lower_).lower(), "person") != "person":
            speaker, end = _body_just_named(ctx, token.i), end + 3
        else:
            return None
    elif owner_word is not None and owner_word.lower_ in {"his", "her"}:
        # "function loud his count only 140 reliably": the person the possessive refers back to
        found = _antecedent(ctx, token.i, last=None, gender=_PRONOUN_GENDER[owner_word.lower_])
        speaker = (found.actor_id, found.name) if found is not None else None
    elif owner_word is None or owner_word.lower_ in {"a", "an", "the", "its", "their"}:
        # "Loud press release shall a first truck ...", "has loud its press office a donation account ...":
        # the body the text is about
        speaker = _body_just_named(ctx, token.i)
    return _loud_content_claim(ctx, token, sent, before, end, speaker, used_quotes)


def _bracketed_age_end(doc: Doc, end: int, limit: int) -> int:
    """After an age in brackets right at ``end`` ("Alois Rief (55)"), before ``limit``, else ``end``."""
    if end + 2 < limit and doc[end].text == "(" and doc[end + 1].like_num and doc[end + 2].text == ")":
        return end + 3
    return end


def _loud_content_claim(ctx: _Context, token: Token, sent: Span, before: Token | None, end: int,
                        speaker: tuple[str, str] | None, used_quotes: set[int]) -> Claim | None:
    """The claim of a "loud" attribution ending before token ``end``: the rest of the sentence, or both sides of
    it when "loud" stands mid-clause (German "laut" after the finite verb)."""
    doc = ctx.doc
    if speaker is None or not speaker[0]:
        return None
    entry = ctx.cues.sources.get("loud")
    if entry is None:
        return None
    if before is None or before.is_punct:
        found = _rest_of_sentence(ctx, sent, (token.i, end), used_quotes)
        if found is None:
            return None
        content, mode = found
    else:
        # ("plans the school loud the press release a video conference ...": mid-clause, both sides are the content)
        clause_start = max((j + 1 for j in range(sent.start, token.i) if doc[j].text in {",", ";", ":"}
                            and ctx.in_quote[j] < 0), default=sent.start)
        left, right = _trim(doc, clause_start, token.i), _trim(doc, end, sent.end)
        if left[1] <= left[0] or right[1] <= right[0] or not _has_content_word(doc[left[0]:right[1]]):
            return None
        content, mode = _joined_sides(ctx, left, right, used_quotes)
    phrase = doc[token.i + 1:end]
    return _make_claim(ctx, speaker=_Speaker(phrase.text, speaker[0], speaker[1], phrase.start_char, phrase.end_char),
                       cue_tokens=[token], entry=entry, mode=mode, content=content, addressee=None)


#: Words after German verb-second inversion's comma that open an apposition of the name, not the reported clause.
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "who", "whose", "which", "one", "its", "his", "her", "their"})


def _inverted_name_claim(ctx: _Context, token: Token, entry: CueEntry, sents: list[Span],
                         used_quotes: set[int]) -> Claim | None:
    """German word order the parser misread, for a cue no other rule read: the speaker after the cue or its auxiliary.

    "In St. Pölten demanded FPÖ-Landtag deputy Reinhard Pfeiffer, Austria must ...": verb-second inversion puts
    the speaker after the cue and the reported clause after its comma (the parser takes the name for an object).
    "Already in December had Kremlin chief Vladimir Putin „…“ demanded that NATO ...", "Mayor Renate Obermeier
    (Free Voters) has from the garrison more information ... demanded": the translated perfect puts the cue last,
    and the subject stands right after or right before its auxiliary. Limit: a fallback for a cue of
    ``data/cues.csv`` that yields nothing otherwise; the speaker is a person's name after at most five role
    words (or right before the auxiliary, with a bracketed party or age); inverted, a comma and a clause with a
    finite verb follow the name, not an apposition; verb-final, the cue closes its clause and the content is the
    clause after it ("that ...", a comma) or else the words between the speaker and the cue.
    """
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    # (a verb that reports only a topic, "had on the harbour fees commented", is read by the topic rules)
    if token.i == sent.start or entry.complement not in {"any", "clause", ""} \
            or (token.lemma_ or token.lower_).lower() in claim_words("topic_verb"):
        return None
    # (German word order with a quote after the cue is the quote rules' to read: "... said that Kiev ... must be:
    # „It must be forced.“")
    quoted_after = any(ctx.in_quote[i] >= 0 for i in range(token.i + 1, sent.end))

    def person_after(start: int) -> Span | None:
        j = start
        while j < min(sent.end, start + 5) and ctx.in_quote[j] < 0 and (ctx.ent_of[j] is None or (
                ctx.ent_of[j].label_ != "PERSON" and ctx.ent_of[j].end - ctx.ent_of[j].start == 1)) \
                and (doc[j].is_alpha or doc[j].text in {"-", "‐"}) and j not in ctx.cue_entries:
            j += 1
        found = ctx.ent_of[j] if j < sent.end else None
        return found if found is not None and found.label_ == "PERSON" and found.start == j else None

    def bracket_end(end: int) -> int:
        if end + 2 < sent.end and doc[end].text == "(":
            close = next((k for k in range(end + 1, min(sent.end, end + 6)) if doc[k].text == ")"), None)
            return close + 1 if close is not None else end
        return end

    def finite(start: int, end: int) -> bool:
        return any(t.tag_ in _FINITE_TAGS and ctx.in_quote[t.i] < 0 for t in doc[start:end])

    def last_touching(person: Span) -> Span:
        # ("[Kremlin chief] [Vladimir Putin]", "[Russian President] [Vladimir Putin]": the name after the role)
        while person.end < token.i and ctx.ent_of[person.end] is not None and ctx.ent_of[person.end].label_ == "PERSON":
            person = ctx.ent_of[person.end]
        return person

    speaker = content = None
    if token.tag_ in {"VBD", "VBZ", "VBP"} and not quoted_after and not (doc[token.i - 1].is_punct or doc[token.i - 1].is_quote) \
            and (person := person_after(token.i + 1)) is not None:
        end = bracket_end(person.end)
        if end + 2 < sent.end and doc[end].text == "," and doc[end + 1].lower_ not in _APPOSITION_OPENERS \
                and finite(end + 1, sent.end):
            speaker, content = person, _trim(doc, end + 1, sent.end)
    # (a subordinate clause puts the auxiliary after the cue: "in which Putin „…“ demanded has, that NATO ...")
    trailing = token.i + 2 < sent.end and doc[token.i + 1].lemma_ in {"have", "be"} \
        and doc[token.i + 1].tag_ in {"VBZ", "VBP", "VBD"} and (doc[token.i + 2].is_punct or doc[token.i + 2].lower_ == "that")
    cue_end = token.i + 1 + trailing
    closes = cue_end < sent.end and (doc[cue_end].is_punct or doc[cue_end].lower_ == "that") and not quoted_after
    if speaker is None and token.tag_ in {"VBN", "VBD"} and closes and trailing:
        opening = max((t.i + 1 for t in doc[sent.start:token.i] if t.text in {",", ";", ":"} and ctx.in_quote[t.i] < 0),
                      default=sent.start)
        speaker = next((last_touching(e) for e in ctx.ents if opening <= e.start and e.end <= token.i
                        and e.label_ == "PERSON" and ctx.in_quote[e.start] < 0), None)
        after = cue_end + (doc[cue_end].text == "," and cue_end + 1 < sent.end and doc[cue_end + 1].lower_ == "that")
        if speaker is not None and (doc[after].lower_ == "that" or finite(after + 1, sent.end)):
            content = _trim(doc, after + 1, sent.end)
    elif speaker is None and token.tag_ in {"VBN", "VBD"} and closes:
        # (the perfect's "have": a "be" before a participle is a passive, "Petra Holm was told that ...")
        aux = next((t for t in reversed(doc[sent.start:token.i]) if t.lemma_ == "have"
                    and t.tag_ in {"VBD", "VBZ", "VBP"} and ctx.in_quote[t.i] < 0), None)
        if aux is None or any(t.text in {",", ";", ":"} and ctx.in_quote[t.i] < 0 for t in doc[aux.i:token.i]):
            return None
        person = person_after(aux.i + 1)
        person = last_touching(person) if person is not None else None
        if person is None and aux.i > sent.start:
            # ("Mayor Renate Obermeier (Free Voters) has ... demanded": the subject before its auxiliary)
            before = aux.i - 1
            if doc[before].text == ")":
                before = next((k - 1 for k in range(before, max(sent.start, before - 6), -1) if doc[k].text == "("), before)
            named = ctx.ent_of[before] if before >= sent.start else None
            person = named if named is not None and named.label_ == "PERSON" and named.end == before + 1 else None
        if person is None:
            return None
        after = token.i + 1 + (doc[token.i + 1].text == "," and token.i + 2 < sent.end
                               and doc[token.i + 2].lower_ == "that")
        if doc[after].lower_ == "that" or doc[after].text == "," and finite(after + 1, sent.end) \
                and doc[after + 1].pos_ not in {"SCONJ", "ADV"}:  # (not ", as local media reported")
            content = _trim(doc, after + 1, sent.end)
        if content is None and doc[after].text != ",":
            start = max(person.end, aux.i + 1)
            start = bracket_end(start)
            content = _trim(doc, start, token.i)
            if any((t.lemma_ or t.lower_).lower() in ctx.cues.nouns for t in doc[content[0]:content[1]]):
                return None  # ("has X a comment on the West written": the nominal cue's rule reads it)
        speaker = person
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if speaker is None and subject is not None and not any(c.dep_ in {"ccomp", "xcomp"} for c in token.children):
        # ("X said in a statement circulated to buyers that shipments ... would continue": the parser hangs the
        # that-clause on a noun of the phrase between; the first "that" after the cue, past a statement's noun and
        # its participle with no verb or comma between, opens what was said)
        # (the parser may read the conjunction as a relative pronoun: "... read to the court that it buys ...")
        that = next((t for t in doc[token.i + 1:min(sent.end, token.i + 12)] if t.lower_ == "that" and (
            t.dep_ == "mark" or t.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.i > t.i for c in t.head.children))), None)
        between = doc[token.i + 1:that.i] if that is not None else None
        statements = claim_words("statement_noun") | claim_words("source_document")
        if between is not None and any((t.lemma_ or t.lower_).lower() in statements for t in between) \
                and not any(t.lower_ in {"who", "which", "whose"} or t.pos_ == "VERB" and t.dep_ != "acl" for t in between) \
                and not any(t.text in {",", ";", ":"} or t.is_quote or t.tag_ in _FINITE_TAGS and t.dep_ != "acl"
                            for t in between) \
                and finite(that.i + 1, sent.end):
            start, end = _trim(doc, that.i + 1, sent.end)
            found = _resolve_speaker(ctx, subject, stop=None, last=None)
            if found.actor_id and end > start:
                return _span_claim(ctx, start, end, speaker=found, cue_tokens=[token], entry=entry,
                                   used_quotes=used_quotes)
    if speaker is None and token.tag_ in {"VBD", "VBZ"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        # ("Speaking by phone from her hostel, Ananya Nair, 22, said most of her classmates wanted to stay": the parser
        # hangs the name on the fronted phrase; the person right before the cue, past an age, is its subject)
        j = token.i - 1
        while j > sent.start and token.i - j <= 4 and (doc[j].text in {",", ")", "("} or doc[j].like_num):
            j -= 1
        named = ctx.ent_of[j] if j >= sent.start else None
        clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
        if named is not None and named.label_ == "PERSON" and named.end == j + 1 and ctx.in_quote[j] < 0 \
                and named.start > sent.start and doc[named.start - 1].text == "," and clause is not None:
            speaker, content = named, _trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
    if speaker is None or content is None or content[1] <= content[0] or not _has_content_word(doc[content[0]:content[1]]):
        return None
    # (what stands after the content's own semicolon, or after a comma before another cue, is another statement:
    # "which the West not give can; on the other side be diplomacy the only way, explained X")
    stop = next((i for i in range(content[0] + 1, content[1]) if ctx.in_quote[i] < 0 and (
        doc[i].text in {";", ":"} or doc[i].text == "," and i + 1 < content[1] and i + 1 in ctx.cue_entries)), None)
    if stop is not None:
        content = _trim(doc, content[0], stop)
    if content[1] <= content[0] or doc[content[0]].is_quote or any(
            ctx.in_quote[i] >= 0 and ctx.in_quote[i] in used_quotes for i in range(*content)):
        return None  # (a quote is the direct rules' to read: "had over Minsk said, „It must be forced“, reminded X")
    actor_id, name, _ = _actor_of(ctx, speaker)
    if not actor_id:
        return None
    return _span_claim(ctx, *content, speaker=_Speaker(speaker.text, actor_id, name, speaker.start_char, speaker.end_char,
                                                       True), cue_tokens=[token], entry=entry, used_quotes=used_quotes)


def _reports_clause_before(ctx: _Context, left: Span, right: Span) -> bool:
    """Whether a mid-sentence "according to X" attributes the clause before it, not the words after it.

    "Buyers held back at the auction, according to Bahari Tea Brokers, one of the firms that ...":
    an apposition describing the source follows; "... have fallen, according to Reuters, and the
    company has booked ...": a coordinated clause follows. Limit: the clause before must hold a
    finite verb; the apposition opens with a noun phrase and holds no finite verb before a
    relative pronoun.
    """
    if len(right) < 2 or right[0].text != "," or not any(t.tag_ in _FINITE_TAGS and ctx.in_quote[t.i] < 0 for t in left):
        return False
    following = right[1]
    if following.lower_ in {"and", "but"}:
        return True
    if following.lower_ in {"one", "a", "an", "the"} or following.pos_ in {"NOUN", "ADJ"}:
        for t in right[1:]:
            if t.lower_ in {"that", "which", "who", "whose"} or t.text == ",":
                return True
            if t.tag_ in _FINITE_TAGS:
                return False
        return True
    return False


def _accusation_span(ctx: _Context, token: Token, addressee: Token | None, sent: Span) -> tuple[int, int] | None:
    """Token bounds of what "X accused Y (on Monday) of Z ..." accuses Y of: from "of"/"for" to the clause's end.

    The parser often hangs only the first noun on "of" ("of hysteria") and the rest of the charge
    on the verb ("over an invasion nobody plans"), or "of" on a time adverbial between ("accused the
    West in these days of a „hysteria“"). Limit: "of"/"for" must follow the object within six words,
    with no punctuation or verb between; the charge ends at a semicolon or colon, or at a comma
    before a circumstance ("as", "while" ...), a coordinated clause or another attribution.
    """
    doc = ctx.doc
    if addressee is None or addressee.i < token.i or ctx.in_quote[addressee.i] >= 0:
        return None
    after = max(t.i for t in addressee.subtree) + 1
    charge = next((c for c in addressee.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i > addressee.i
                   and c.right_edge.i + 1 == after and not any(
                       g.lower_ == "the" or ctx.ent_of[g.i] is not None for g in c.subtree)), None)
    if charge is not None:
        # "accused the CDU minister of election campaign at the expense of the workers": the parser hangs
        # the charge's "of" on the object; an "of" phrase with no "the" and no name is the charge, not
        # a part of the object's name ("the head of the agency")
        after = charge.i
    preposition = next((t for t in doc[after:min(sent.end, after + 6)] if t.lower_ in {"of", "for"}), None)
    if preposition is None or any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[after:preposition.i]) \
            or ctx.in_quote[preposition.i] >= 0 or preposition.i + 1 >= sent.end:
        return None
    end = sent.end
    for i in range(preposition.i + 1, sent.end):
        if ctx.in_quote[i] >= 0:
            continue
        if doc[i].text in {";", ":"} or (doc[i].dep_ == "nsubj" and doc[i].head.i == i + 1
                                          and i + 1 in ctx.cue_entries and doc[i].pos_ in {"PRON", "PROPN"}
                                          and (any(c.dep_ == "ccomp" and c.i > i + 1 for c in doc[i + 1].children)
                                               or doc[i - 1].lower_ in {"that", "which"} and doc[i - 1].tag_ == "WDT")):
            # (a speaker with a cue and clause of its own ends it too: "of stoking hysteria about an invasion it
            # says it never planned" holds another claim, as does a relative clause: "over a backlog of files that
            # he described as „…“"; "of sending what she described as „…“" does not: that is the charge)
            end = i - (doc[i].text not in {";", ":"} and doc[i - 1].tag_ == "WDT")
            break
        if doc[i].text == "," and i + 1 < sent.end and (
                doc[i + 1].lower_ in _CIRCUMSTANCE_MARKS | {"and", "but", "while", "saying", "adding"}
                or any(j in ctx.cue_entries for j in range(i + 1, min(sent.end, i + 5)))):
            end = i
            break
    start, end = _trim(doc, preposition.i, end)
    return (start, end) if end > start + 1 else None


#: Indefinite pronouns that name no speaker ("Nobody doubted, that ...", "Everyone knows, that ..."): those of
#: _INDEFINITE_SUBJECTS but "one", whose German impersonal "man" does report.
_NOBODY = (_INDEFINITE_SUBJECTS - {"one"}) | {"noone"}


def _comma_that_claims(ctx: _Context, sents: list[Span], found: list[Claim], used_quotes: set[int]) -> list[Claim]:
    """ "X pointed out, that Austria ... obtains": a cue no claim was read from, then a comma and "that".

    Machine-translated German keeps the comma before "dass" and the verb at the clause's end; the
    parser may then make "that" an object and lose the clause. Limit: the cue (and its particle) must
    stand right before ", that", have a subject, and no claim found so far may use the cue or reach
    into the clause; the clause runs to the sentence end or a semicolon and must hold a verb.
    """
    doc = ctx.doc
    claims = []
    for token, entry in ctx.cue_entries.items():
        cue = doc[token]
        after = token + 1 + (bool(entry.particle) and token + 1 < len(doc) and doc[token + 1].lower_ == entry.particle)
        if after + 2 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ != "that" \
                or entry.complement not in {"clause", "finite", "any"} or ctx.in_quote[after + 1] >= 0:
            continue
        sent = sents[ctx.sent_of[token]]
        end = _semicolon_or_end(ctx, after + 2, sent)
        start, end = _trim(doc, after + 2, end)
        # (German order puts the verb last, where the tagger may take it for a noun: "... from Russia obtains")
        if end - start < 3 or not (any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end])
                                   or (doc[end - 1].is_lower and doc[end - 1].is_alpha)):
            continue
        content_start, content_end = doc[start:end].start_char, doc[start:end].end_char
        if any(c.start_char <= cue.idx < c.end_char or (c.content_start < content_end and content_start < c.content_end)
               for c in found):
            continue
        # ("The chairman of the circle, Bernd Ostermeier, is convinced, that ...": a passive-form cue's subject)
        subject = _subject(cue) or next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < token), None)
        auxiliary = next((c for c in cue.children if c.dep_ == "auxpass" and c.i == token - 1), None)
        if subject is None and auxiliary is not None:
            # ("Energy economist X of the Y Institute is convinced, that ...": the parser hung the subject on "is";
            # "Pichlmaier is convinced, that ...": or took the one-word name opening the sentence for an adverb)
            subject = next((g for g in auxiliary.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
            first = doc[auxiliary.i - 1] if auxiliary.i > 0 else None
            if subject is None and first is not None and first.is_sent_start and first.ent_type_ in {"PERSON", "ORG"} \
                    and first.ent_iob_ == "B" and first.text[:1].isupper():
                subject = first
        if subject is None or subject.i > token or subject.lower_ in _NOBODY:
            continue  # ("Nobody in the hall doubted, that he ... meant": no one's claim)
        speaker = _resolve_speaker(ctx, subject, stop=token, last=None)
        quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
        if quoted & used_quotes:
            continue
        used_quotes.update(quoted)
        cue_tokens = [cue] + ([doc[token + 1]] if after == token + 2 else [])
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                                  mode="mixed" if quoted else "indirect",
                                  content=(content_start, content_end, ctx.text[content_start:content_end]),
                                  addressee=None))
    return claims


def _colon_speech_claims(ctx: _Context, sents: list[Span], found: list[Claim], used_quotes: set[int]) -> list[Claim]:
    """A person's sentence that ends in a colon and what they say after it, with no reporting verb.

    "Svenja Kolbeck saw it differently: the mission be no model", "The Green politician remained
    with his criticism: Austria have ...", "Then becomes she serious: „When it goes bad ...“": German
    news introduces a speaker's words with a colon after any verb. Limit: the subject before the
    colon must resolve to a named person (also through "he"/"she" or a description); the part
    before the colon holds no cue; the part after it is a quote or a clause with a verb, and no
    claim found so far reaches into it.
    """
    doc = ctx.doc
    entry = next(iter(ctx.cues.verbs.get("say", [])), None)
    if entry is None:
        return []
    claims = []
    for sent in sents:
        if ":" not in ctx.text[sent.start_char:sent.end_char]:
            continue  # (most sentences have none: no pass over their tokens)
        colon = next((t.i for t in sent if t.text == ":" and ctx.in_quote[t.i] < 0), None)
        if colon is None or colon - sent.start < 2 or sent.end - colon < 4:
            continue
        start, end = _trim(doc, colon + 1, sent.end)
        if end - start < 3 or doc[start].lower_ in _SOURCE_WORDS:
            continue
        content_start, content_end = doc[start:end].start_char, doc[start:end].end_char
        if any(c.content_start < content_end and content_start < c.content_end for c in found):
            continue
        before = doc[sent.start:colon]
        if any(t.i in ctx.cue_entries for t in before) or any(ctx.in_quote[t.i] >= 0 for t in before):
            continue
        if any(t.lower_ in _SOURCE_WORDS or (t.lower_ == "so" and doc[t.i - 1].text == ",") for t in before):
            continue  # ("Until then, so Tiedemann, remain he on his post: „…“": the source is named already)
        if sum(t.is_alpha for t in doc[start:end]) < 2:
            continue  # ("a folder marked with a single word: “Plan”" names, it does not speak)
        # (the parser may hang the clause before the colon on the one after it: any verb with its subject there)
        verb = next((t for t in before if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"relcl", "acl"}
                     and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < colon for c in t.children)), None)
        if verb is None:
            continue
        # (of two subjects, a name beats the noun of its description: "the CDU economy politician Dr.
        # Friedrich Oelkers supported a hard line: ...", which the parser splits in two)
        subject = min((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < colon),
                      key=lambda c: (not (c.ent_type_ or c.pos_ in {"PRON", "PROPN"}), c.i))
        quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
        if not (doc[start].is_quote or quoted) and not any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end]):
            continue  # "Kolbeck named three towns: Gera, Jena and Suhl" lists, it does not speak
        if quoted & used_quotes:
            continue
        speaker = _resolve_speaker(ctx, subject, stop=colon, last=None)
        ent = ctx.ent_of[subject.i]
        if not speaker.actor_id or not (speaker.person or (ent is not None and ent.label_ == "PERSON")):
            continue
        used_quotes.update(quoted)
        mode = "direct" if doc[start].is_quote and ctx.in_quote[end - 1] >= 0 and len(quoted) == 1 else (
            "mixed" if quoted else "indirect")
        content = _quote_content(ctx, sorted(quoted)) if mode == "direct" else (
            content_start, content_end, ctx.text[content_start:content_end])
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[verb], entry=entry, mode=mode, content=content,
                                  addressee=None))
    return claims


def _names_another_speaker(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` holds a cue with a named subject ("Moscow denies") or a "so X" attribution.

    Limit: the subject must be an entity; the attribution is "so" after a comma followed by a
    capitalised word. Quoted words do not count.
    """
    doc = ctx.doc
    for t in doc[start:end]:
        if ctx.in_quote[t.i] >= 0:
            continue
        if t.i in ctx.cue_entries and any(c.dep_ in {"nsubj", "nsubjpass"} and ctx.ent_of[c.i] is not None
                                          for c in t.children):
            return True
        if t.lower_ == "so" and t.i > start and doc[t.i - 1].text == "," and t.i + 1 < end \
                and doc[t.i + 1].text[:1].isupper():
            return True
    return False


#: Objects that make "stressed/underlined X" a statement without a clause: "underlined the meaning of the
#: dialogue", "stressed the importance of unity", "emphasised the need for talks".
_WEIGHT_NOUNS = {"importance", "meaning", "significance", "need", "necessity", "role", "value", "urgency"}


def _opens_with_source(clause: Token) -> bool:
    """Whether a clause opens with a "loud X"/"according to X" attribution: a source's report, not a cue's.

    Limit: the attribution must be the clause's first word (after quote marks).
    """
    first = next((t for t in clause.subtree if not t.is_quote), None)
    if first is None or first.lower_ not in _SOURCE_WORDS:
        return False
    doc = first.doc
    return first.lower_ != "according" or (first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "to")


def _names_a_voice(entity: Span | None) -> bool:
    """Whether an entity can name a speaker: linked to an actor or a person, body or place (not "One", a number)."""
    return entity is not None and (bool(entity.kb_id_) or entity.label_ in _SPEAKER_LABELS)


def _opens_speaker_clause(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` opens with a named subject whose verb is a cue ("the US government warns").

    Limit: the subject's phrase must begin at ``start`` (after "and"/"but"/"while") and be an
    entity; quoted cues do not count.
    """
    doc = ctx.doc
    if start < end and doc[start].lower_ in {"and", "but", "while", "whereas"}:
        start += 1  # "Loud the Post has Russia troops gathered, and Vladimir Putin had ... demanded"
    for i in range(start, min(end, start + 16)):
        if i not in ctx.cue_entries or ctx.in_quote[i] >= 0:
            continue
        if _negated_cue(doc[i]):
            continue  # "the TSV have the parents not asked": a negated cue reports nothing of its own
        # ("and Vladimir Putin had in December „…“ demanded": the parser hangs the subject on the auxiliary)
        heads = [doc[i], *(c for c in doc[i].children if c.dep_ == "aux" and c.i < i)]
        # ("the Russian embassy let know": a body named by a noun with a linked modifier counts too)
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < i and c.left_edge.i == start
               and any(_names_a_voice(ctx.ent_of[t.i]) for t in c.subtree) for h in heads for c in h.children):
            return True
        named = ctx.ent_of[start]
        if _names_a_voice(named) and named.start == start and named.end < i and doc[named.end].pos_ == "AUX" \
                and not any(t.text in {",", ";", ":"} and ctx.in_quote[t.i] < 0 for t in doc[named.end:i]):
            return True  # "Vladimir Putin had already in December „…“ demanded": a name, its auxiliary, the cue last
    return False


#: Words after "told X," that open no reported clause ("told reporters, adding ...", "told the paper, which ...").
_NOT_A_TOLD_CLAUSE = frozenset({"which", "who", "whom", "whose", "where", "when", "while", "as", "but", "and", "or",
                                "adding", "citing", "saying", "according", "though", "although", "after", "before",
                                "because", "if", "since", "without", "in", "on", "at", "with", "for", "from", "by"})


def _clause_after_addressee(ctx: _Context, token: Token, sent: Span) -> tuple[int, int] | None:
    """The token range of a reported clause right after the addressee of "tell" that the parser did not attach.

    Machine-translated German keeps the verb of a that-clause last ("told the newspaper that the prices
    many firms bring to the limit") or drops "that" after a comma ("told the broadcaster, many
    commuters work in Saarland"), and the parser then reads "that" as an object or the clause's nouns
    as more objects. Limit: the addressee is the cue's object right after it (a quoted name after it
    belongs to it: "the newspaper „Thüringer Landeszeitung“"); then "that", or a comma and no word of
    :data:`_NOT_A_TOLD_CLAUSE` or participle; the clause runs to the sentence end, three words or more
    with a content word, outside quotes at its start, and no cue of its own.
    """
    doc = ctx.doc
    if token.dep_ in {"relcl", "acl"}:
        return None  # ("X, who advises the ministry, sees it differently": a relative clause reports nothing)
    target = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if target is None or target.left_edge.i > token.i + 2 or target.pos_ not in {"NOUN", "PROPN"}:
        return None
    after = target.i + 1
    if after < sent.end and (ctx.in_quote[after] >= 0 or doc[after].is_quote):
        number = ctx.in_quote[after] if ctx.in_quote[after] >= 0 else ctx.in_quote[after + 1] if after + 1 < sent.end else -1
        if number < 0:
            return None
        after = ctx.quotes[number][1] + 1  # the outlet's quoted name is part of the addressee
    if after + 1 >= sent.end:
        return None
    if not (doc[after].lower_ == "that" or doc[after].text == "," and doc[after + 1].lower_ not in _NOT_A_TOLD_CLAUSE
            and doc[after + 1].tag_ not in {"VBG", "VBN"} and not doc[after + 1].is_quote):
        return None
    start, end = _trim(doc, after + 1, sent.end)
    if end - start < 3 or not _has_content_word(doc[start:end]) or ctx.in_quote[start] >= 0 \
            or any(i in ctx.cue_entries for i in range(start, end)):
        return None
    return start, end


def _reports_own_source(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` names who says it: a cue outside quotes with a named subject or agent
    ("The Russian Foreign Ministry had the accusation rejected", "as the agency Interfax reported", "so
    it was said from the Defence Ministry"), or a comma + "so", "loud" or "according" before a named source.

    Limit: the subject, agent or source must contain an actor entity.
    """
    doc = ctx.doc
    for i in range(start, end):
        if ctx.in_quote[i] >= 0:
            continue
        if doc[i].lower_ in _ATTRIBUTION_WORDS and i > start and doc[i - 1].text == "," and any(
                _names_a_voice(ctx.ent_of[j]) for j in range(i + 1, min(end, i + 8))):
            return True
        if i in ctx.cue_entries and not _negated_cue(doc[i]):
            heads = [doc[i], *(c for c in doc[i].children if c.dep_ == "aux"), doc[i].head]
            if any(c.dep_ in {"nsubj", "nsubjpass", "agent"} and start <= c.i < end
                   and any(_names_a_voice(ctx.ent_of[t.i]) for t in c.subtree if start <= t.i < end)
                   for h in heads for c in h.children):
                return True
            if any(c.dep_ == "prep" and c.lower_ == "from" and any(_names_a_voice(ctx.ent_of[t.i]) for t in c.subtree)
                   for c in doc[i].children):
                return True
    return False


def _both_sides(ctx: _Context, sent: Span, comma: int, end: int,
                used_quotes: set[int]) -> tuple[tuple[int, int, str], str] | None:
    """Content around a mid-sentence German attribution: "X one has calculated, so Y, and they be bearable".

    Limit: the attribution (from the comma at ``comma`` to ``end``) must be followed by a comma and
    "and", "but" or "that" + a clause with a verb to the sentence end; the content text skips the attribution and
    its offsets span it. ``None`` when no such continuation follows.
    """
    doc = ctx.doc
    # (or "but": "He be ready to accept export controls, so Rehberg, but the rules must clear be")
    # (or "that": "He hoped, said Hnatyuk, that the convoy never a war zone reach must")
    if end + 2 >= sent.end or doc[end].text != "," or doc[end + 1].lower_ not in {"and", "but", "that"}:
        return None
    left_start, left_end = _trim(doc, sent.start, comma)
    right_start, right_end = _trim(doc, end + 1, sent.end)
    if left_end <= left_start or right_end <= right_start + 1 \
            or not any(t.pos_ in {"VERB", "AUX"} for t in doc[right_start:right_end]):
        return None
    return _joined_sides(ctx, (left_start, left_end), (right_start, right_end), used_quotes)


def _clause_start(ctx: _Context, sent: Span, before: int) -> int:
    """The first token of the clause that token ``before`` stands in: after the last unquoted semicolon or colon."""
    return max((i + 1 for i in range(sent.start, before) if ctx.doc[i].text in {";", ":"} and ctx.in_quote[i] < 0),
               default=sent.start)


def _joined_sides(ctx: _Context, left: tuple[int, int], right: tuple[int, int],
                  used_quotes: set[int]) -> tuple[tuple[int, int, str], str]:
    """The content of two token ranges around an attribution, and its mode ("mixed" when a quote is in it).

    The text joins both sides with a space and skips what stands between them; the offsets span
    both. The quotes inside are marked used.
    """
    doc = ctx.doc
    indices = [*range(*left), *range(*right)]
    used_quotes.update(ctx.in_quote[i] for i in indices if ctx.in_quote[i] >= 0)
    mode = "mixed" if any(ctx.in_quote[i] >= 0 for i in indices) else "indirect"
    first, second = doc[left[0]:left[1]], doc[right[0]:right[1]]
    return (first.start_char, second.end_char, f"{first.text} {second.text}"), mode


def inverted_parenthetical_claim(ctx: _Context, token: Token, entry: CueEntry, sents: list[Span], used_quotes: set[int],
                                 *, last: _Speaker | None) -> Claim | None:
    """A cue set in commas inside the clause it reports, its speaker after it: "Brussels must, meant Niederkofler, the
    fertiliser tariffs suspend" (German "Brüssel müsse, meinte Niederkofler, ...").

    Both sides of the attribution are the content (see :func:`_around_parenthesis`; the parser's subject of the
    cue before the comma is the content's). Limit: a cue with no particle and no object it addresses, right after
    a comma with no quote before it; no person's name right before that comma and no subject there that is a
    person, body, pronoun or role ("a spokesman ..., Tomasz Zielonka, said Poland, which ..."); a name (a person's,
    body's or place's entity, or a surname named before), "he"/"she" or a description (see :func:`_so_label`)
    right after the cue, closed by a comma.
    """
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    if entry.particle or "object" in entry.addressee or token.i - 2 < sent.start or doc[token.i - 1].text != "," \
            or ctx.in_quote[token.i - 1] >= 0 or ctx.in_quote[token.i - 2] >= 0 or doc[token.i - 2].is_quote:
        # (a quote before the comma is the direct quotation rules': "„…“, said X, works council chairman"; after "told"
        # or "accused" the phrase is the one addressed: "Viktor Sommerfeld, told the newspaper, the association ...")
        return None
    before = ctx.ent_of[token.i - 2]
    if (before is not None and before.label_ == "PERSON") or any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i and (
                c.lower_ in {"he", "she"} or (ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ in {"PERSON", "ORG"})
                or (c.lemma_ or c.lower_).lower() in ctx.cues.roles | ctx.cues.officials) for c in token.children):
        # ("The chairman, Viktor Sommerfeld, explained the newspaper, ...", "a spokesman ..., Tomasz Zielonka, said
        # Poland, which ..., would invite": a person or role before the comma is the subject, which speaks)
        return None
    end, kind = _so_label(ctx, token.i + 1, sent.end)
    if not kind or end + 2 >= sent.end or doc[end].text != ",":
        return None
    named = ctx.ent_of[token.i + 1]
    if kind == "name" and not (named is not None and named.label_ in {"PERSON", "ORG", "GPE", "NORP"}
                               or ctx.surnames.get(doc[token.i + 1:end].text)):
        return None  # ("Merkel, meanwhile, said Tuesday, ...": a date is no speaker)
    content = _around_parenthesis(ctx, sent, token.i - 1, end, used_quotes)
    if content is None:
        return None
    speaker = _so_speaker(ctx, doc[token.i + 1:end], kind, last=last)
    if speaker is None or not speaker.actor_id:
        return None
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode=content[1], content=content[0],
                       addressee=None)


def _around_parenthesis(ctx: _Context, sent: Span, comma: int, closing: int,
                        used_quotes: set[int]) -> tuple[tuple[int, int, str], str] | None:
    """Content around a German attribution set in commas inside its clause: "Germany must, so X, finally act".

    German "Deutschland müsse, so X, endlich ..." interrupts the reported clause, so both sides are
    the content (its text skips the attribution, its offsets span it). Limit: a comma must close the
    attribution at ``closing``; the left side starts after a semicolon or colon when there is one, and
    holds no verb of its own (a subject, a modal: "Paris and Berlin should"); ``None`` otherwise.
    """
    doc = ctx.doc
    if closing + 2 >= sent.end or doc[closing].text != ",":
        return None
    left_start, left_end = _trim(doc, _clause_start(ctx, sent, comma), comma)
    right_start, right_end = _trim(doc, closing + 1, sent.end)
    if left_end <= left_start or right_end - right_start < 2 or not _has_content_word(doc[right_start:right_end]):
        return None
    # ("The neutrality forbid it, so the Freedom Party man, to take side": an infinitive after the attribution
    # goes on with the clause before it)
    infinitive = doc[closing + 1].tag_ == "TO" and closing + 2 < sent.end and doc[closing + 2].tag_ == "VB"
    if infinitive:
        right_start = closing + 1  # (with its "to")
    # ("The price of feed has itself, so X, since summer 30 percent increased": German "hat sich ... erhöht"; an
    # auxiliary the parser read as the main verb, before a reflexive pronoun, keeps the clause open)
    split_perfect = any(t.lower_ in _REFLEXIVES for t in doc[left_end - 1:left_end]) and any(
        t.pos_ == "VERB" and t.tag_ in {"VBN", "VBD"} for t in doc[right_end - 1:right_end])
    # ("Customers with fixed-price contracts be, so the firm, initially not affected": German "seien ... nicht
    # betroffen"; a bare "be"/"have" or modal closing the left side and a participle or infinitive with no
    # finite verb on the right are one clause)
    split_perfect = split_perfect or (
        (doc[left_end - 1].lemma_ in {"be", "have"} or doc[left_end - 1].tag_ == "MD")
        and any(t.tag_ in {"VBN", "VB"} for t in doc[right_start:right_end])
        and not any(t.tag_ in _FINITE_TAGS and ctx.in_quote[t.i] < 0 for t in doc[right_start:right_end]))
    if not infinitive and not split_perfect and any(t.pos_ == "VERB" and ctx.in_quote[t.i] < 0
                                                    for t in doc[left_start:left_end]) and (
            any(t.i in ctx.cue_entries for t in doc[left_start:left_end])
            or any(t.pos_ in {"VERB", "AUX"} and ctx.in_quote[t.i] < 0 for t in doc[right_start:right_end])):
        # a verb on both sides is two clauses; but German verb-second keeps the finite verb before the
        # attribution and the rest after it: "The people feel, so Smirnova, „between all chairs“"
        return None
    return _joined_sides(ctx, (left_start, left_end), (right_start, right_end), used_quotes)


def _rest_of_sentence(ctx: _Context, sent: Span, attribution: tuple[int, int],
                      used_quotes: set[int]) -> tuple[tuple[int, int, str], str] | None:
    """Content of a source attribution: the longer side of the sentence around it, and its mode."""
    doc = ctx.doc
    left = doc[sent.start:attribution[0]]
    right = doc[attribution[1]:sent.end]
    part = right if len(right) >= len(left) else left
    start, end = _trim(doc, part.start, part.end)
    # ("But far away it is not, so the 58-year-old": a clause of a subject and its verb says something too)
    if end <= start or not (_has_content_word(doc[start:end]) or any(
            t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"AUX", "VERB"} and start <= t.head.i < end
            for t in doc[start:end])):
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
    named = _holder_in_apposition(ctx, phrase, sent)
    if named is not None:
        # "Loud the battalion commander, Lieutenant Colonel Arne Bückmann, who as guest spoke, are the
        # soldiers ...": the role's holder is named in its apposition, whoever held such a role before
        holder, phrase_end = named
        actor_id, name, _ = _actor_of(ctx, holder)
        found = _rest_of_sentence(ctx, sent, (token.i, phrase_end), used_quotes)
        if found is None or not actor_id:
            return None
        speaker = _Speaker(holder.text, actor_id, name, holder.start_char, holder.end_char, True)
        return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode=found[1], content=found[0],
                           addressee=None)
    antecedent = _antecedent(ctx, phrase.start, last=None, role=role)
    voice = earlier_voice(ctx, phrase[-1], phrase.start) if role in ctx.cues.officials else None
    if voice is not None:
        # "..., assured a spokesman of the Land agriculture department. Loud the spokesman wants ...": the
        # anonymous voice of that role just before, as "the spokesman said" would take it up
        antecedent = voice
    found = _rest_of_sentence(ctx, sent, (token.i, phrase.end), used_quotes)
    if antecedent is None or found is None:
        return None
    speaker = _Speaker(phrase.text, antecedent.actor_id, antecedent.name, phrase.start_char, phrase.end_char, True)
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode=found[1], content=found[0],
                       addressee=None)


def _holder_in_apposition(ctx: _Context, phrase: Span, sent: Span) -> tuple[Span, int] | None:
    """The person named in apposition after a role phrase, and where the attribution ends, or ``None``.

    "the battalion commander, Lieutenant Colonel Arne Bückmann, ..." -> (Arne Bückmann, after its comma);
    a relative clause on the person ("..., who as guest spoke, ...") belongs to the attribution.
    Limit: a comma right after the role, at most three capitalised title words, a person's name of
    two words or more, and a comma after it.
    """
    doc = ctx.doc
    i = phrase.end
    if i + 2 >= sent.end or doc[i].text != ",":
        return None
    i += 1
    first = i
    while i < min(sent.end, first + 3) and ctx.ent_of[i] is None and doc[i].is_title:
        i += 1
    person = ctx.ent_of[i] if i < sent.end else None
    if person is None or person.label_ != "PERSON" or person.start != i or len(person) < 2 \
            or person.end + 1 >= sent.end or doc[person.end].text != ",":
        return None
    end = person.end + 1
    if doc[end].lower_ in {"who", "whose"}:
        end = next((j + 1 for j in range(end + 1, min(sent.end, end + 16)) if doc[j].text == ","
                    and ctx.in_quote[j] < 0), None)
        if end is None:
            return None
    return person, end


def _view_claim(ctx: _Context, token: Token, sents: list[Span], used_quotes: set[int],
                last: _Speaker | None) -> Claim | None:
    """"In his view, ...", "In the Kremlin's opinion, ...", "By his words, ...": the possessor holds the rest of the sentence.

    Limit: only the fixed phrase "in <possessor> view/opinion" opening or closing a clause is read;
    "a view of the river" or "in view of" are no claims.
    """
    doc = ctx.doc
    entry = ctx.cues.sources.get(token.lower_)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if entry is None or token.dep_ != "pobj" or token.head.lower_ not in {"in", "by"}:
        return None
    preposition = token.head
    sent = sents[ctx.sent_of[token.i]]
    opening = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if preposition.lower_ == "by" and (opening is None or opening.i != preposition.i or owner is None):
        # Russian "По его словам" / "По её мнению" machine-translated as "By his words, ...": only a
        # sentence-opening phrase with a possessor attributes ("shocked by his words" does not)
        return None
    phrase_end = token.i + 1
    stop: int | None = token.i
    if owner is None:
        # "In the opinion of X, ...", "In the view of X", machine-translated "In opinion of dr X":
        # the holder follows in an "of" phrase ("in view of the situation" without "the" is a fixed phrase)
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
        if owner is None or determiners not in ([], ["the"]) or (token.lower_ == "view" and not determiners):
            return None
        # (a bare surname of a person named in full before counts: "in the opinion of Eilers")
        named = ctx.ent_of[owner.i] is not None and ctx.ent_of[owner.i].label_ in _SPEAKER_LABELS \
            or owner.pos_ == "PROPN" and bool(ctx.surnames.get(owner.text))
        if not (named or (owner.lemma_ or owner.lower_).lower() in ctx.cues.roles):
            return None  # "in the opinion of many": only a named holder or a role is a source
        if ctx.in_quote[owner.i] >= 0 or (preposition.i != sent.start and not named):
            return None  # only a sentence-opening attribution is read, or a named holder's mid-clause one
        phrase_end = owner.right_edge.i + 1
        stop = None
        follower = ctx.ent_of[phrase_end] if phrase_end < sent.end and not named else None
        if follower is not None and follower.label_ == "PERSON" and follower.start == phrase_end:
            # "In the opinion of the agricultural trader Heike Möller-Brandt, whose company ... sells, is the
            # situation ...": the parser makes the name after the role the main clause's subject; the name
            # is the holder, and a relative clause after it is still part of the phrase
            owner, named, phrase_end = follower.root, True, follower.end
            if phrase_end + 1 < sent.end and doc[phrase_end].text == "," \
                    and doc[phrase_end + 1].lower_ in {"who", "whose", "which"}:
                phrase_end = next((i + 1 for i in range(phrase_end + 2, sent.end)
                                   if doc[i].text == "," and ctx.in_quote[i] < 0), phrase_end)
        if preposition.i != sent.start and not (preposition.i > sent.start and doc[preposition.i - 1].text in {";", ":"}):
            # "The steel prices would in the opinion of Eilers hardly sink": German "nach Ansicht von X" inside
            # the clause; the clause around it, on both sides, is X's view
            speaker = _resolve_speaker(ctx, owner, stop=None, last=last)
            found = _clause_around(ctx, sent, preposition.i, phrase_end, used_quotes)
            if found is None or not speaker.actor_id:
                return None
            return _make_claim(ctx, speaker=speaker, cue_tokens=[preposition, *doc[preposition.i + 1:token.i + 1]],
                               entry=entry, mode=found[1], content=found[0], addressee=None)
    elif ctx.in_quote[owner.i] >= 0 or any(c.dep_ == "prep" for c in token.children):
        return None  # "in his view of the talks" is a topic, not an attribution
    if owner.pos_ == "PRON" and owner.lower_ not in _PERSON_PRONOUNS:
        return None  # "in my view", "in our view": the author's own voice is not a claim
    speaker = _resolve_speaker(ctx, owner, stop=stop, last=last)
    inside = sent.start < preposition.i and phrase_end < sent.end and not doc[preposition.i - 1].is_punct \
        and not doc[phrase_end].is_punct and ctx.in_quote[preposition.i - 1] < 0 \
        and sum(not (t.is_punct or t.pos_ == "CCONJ") for t in doc[_clause_start(ctx, sent, preposition.i):preposition.i]) >= 2
    # ("The total exposure ... lie in her opinion well below that of Italian houses": German "liege ihrer Meinung
    # nach ..." sets the attribution inside its clause, with no commas; the clause on both sides is the view)
    found = (_clause_around(ctx, sent, preposition.i, phrase_end, used_quotes) if inside else None) \
        or _rest_of_sentence(ctx, sent, (preposition.i, phrase_end), used_quotes)
    if found is None:
        return None
    return _make_claim(ctx, speaker=speaker, cue_tokens=[preposition, *doc[preposition.i + 1:token.i + 1]],
                       entry=entry, mode=found[1], content=found[0], addressee=None)


def _clause_around(ctx: _Context, sent: Span, start: int, end: int,
                   used_quotes: set[int]) -> tuple[tuple[int, int, str], str] | None:
    """The clause around an attribution phrase ``doc[start:end]`` inside it, and its mode.

    Limit: the clause runs from the last semicolon or colon before the phrase to the next one after
    it (else the sentence bounds); both sides need a word, and the text skips the phrase.
    """
    doc = ctx.doc
    opening = _clause_start(ctx, sent, start)
    closing = next((i for i in range(end, sent.end) if doc[i].text in {";", ":"} and ctx.in_quote[i] < 0), sent.end)
    left_start, left_end = _trim(doc, opening, start)
    right_start, right_end = _trim(doc, end, closing)
    if left_end <= left_start or right_end <= right_start or not _has_content_word(doc[right_start:right_end]):
        return None
    return _joined_sides(ctx, (left_start, left_end), (right_start, right_end), used_quotes)


def _for_source_claim(ctx: _Context, token: Token, sents: list[Span], used_quotes: set[int],
                      last: _Speaker | None) -> Claim | None:
    """"For the analyst X, of the Centre Y, the risk remains weak": French "Pour X, ..." gives X's view.

    Limit: only a sentence-opening "For" whose object names a person by a role ("For X, researcher
    at Y", "For the analyst X"); the content is the main clause after the attribution's closing
    comma, from its subject on. "For years, ...", "For Russia, ..." or "For Macron, ..." (no role:
    the author's own framing) are no attribution.
    """
    doc = ctx.doc
    entry = ctx.cues.sources.get("for")
    sent = sents[ctx.sent_of[token.i]]
    opening = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if entry is None or opening is None or opening.i != token.i or token.dep_ != "prep":
        return None
    main = sent.root
    if main.i <= token.i + 2 or main.pos_ not in {"VERB", "AUX"}:
        return None
    # the parser often hangs the main clause's subject on the name (or the name on the main verb):
    # the attribution ends at the last comma before the main verb, and a subject (no verb) follows it
    commas = [i for i in range(token.i + 2, main.i) if doc[i].text == "," and ctx.in_quote[i] < 0]
    if not commas or not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in doc[commas[-1] + 1:main.i]) \
            or any(t.pos_ == "VERB" for t in doc[commas[-1] + 1:main.i]):
        return None
    phrase = doc[token.i + 1:commas[-1]]
    if any(ctx.in_quote[t.i] >= 0 or t.pos_ == "VERB" for t in phrase):
        return None
    if not any(t.pos_ == "NOUN" and (t.lemma_ or t.lower_).lower() in ctx.cues.roles
               or ctx.ent_of[t.i] is not None and ctx.ent_of[t.i].label_ == "PERSON" for t in doc[token.i + 1:commas[0]]):
        return None  # "For the first time in months, advisers from X, Y and Z sat": no person before the first comma
    # a role in the phrase marks a person quoted for a view, not a beneficiary ("For the families, ...")
    roles = [t for t in phrase if t.pos_ == "NOUN" and (t.lemma_ or t.lower_).lower() in ctx.cues.roles]
    if not roles:
        return None
    named = next((ctx.ent_of[t.i] for t in doc[token.i + 1:commas[0]] if ctx.ent_of[t.i] is not None
                  and ctx.ent_of[t.i].label_ == "PERSON"), None)
    # "For the analyst Svetlana Gutu": the name after the role is the speaker
    speaker = _label_speaker(ctx, named) if named is not None else _resolve_speaker(ctx, roles[0], stop=commas[0],
                                                                                    last=last)
    if not speaker.actor_id:
        return None
    # the parser may glue the next sentence's quote on ("... remains weak. « … », underlined she"):
    # the view ends at the first full stop outside quotes
    stop = next((t.i + 1 for t in doc[commas[-1] + 1:sent.end] if t.text in {".", "!", "?"}
                 and ctx.in_quote[t.i] < 0), sent.end)
    found = _rest_of_sentence(ctx, doc[sent.start:stop], (token.i, commas[-1] + 1), used_quotes)
    if found is None:
        return None
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode=found[1], content=found[0],
                       addressee=None)


def _as_source_claim(ctx: _Context, token: Token, sents: list[Span], used_quotes: set[int],
                     last: _Speaker | None) -> Claim | None:
    """"As informs „The Washington Post“, Russia concentrated ...": a sentence-opening "As <cue> X," attribution.

    Limit: machine-translated Polish/German "Jak informuje X" / "Wie X berichtet" (also after a
    comma, Russian "..., как писала X, ..."); the cue must be a
    statement cue right after "As", the source a named entity or a role (an appositive name after a
    comma wins), and the content is the rest of the sentence after the source's comma.
    """
    doc = ctx.doc
    sent = sents[ctx.sent_of[token.i]]
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    # "In Washington, as wrote newspaper X, observe ...": Russian "как писала X" may follow a comma
    parenthetical = token.i > sent.start and doc[token.i - 1].text == ","
    final_cue = _as_clause_cue(ctx, token)
    if final_cue is not None:
        return _as_final_cue_claim(ctx, token, *final_cue, sent, used_quotes, last=last)
    if first is None or (first.i != token.i and not parenthetical) or token.i + 2 >= sent.end:
        return None
    cue = doc[token.i + 1]
    lemmas = [(cue.lemma_ or cue.lower_).lower(), cue.lower_, cue.lower_.removesuffix("s")]
    entry = next((e for lemma in lemmas for e in ctx.cues.verbs.get(lemma, []) if not e.particle), None)
    # "As agreed, ...", "As expected, ...": only a cue that reports a statement names a source
    if entry is None or entry.claim_type != "statement":
        return None
    i = token.i + 2
    while i < sent.end and (doc[i].is_quote or doc[i].lower_ in {"by", "on", "the"} and doc[i + 1].ent_type_ in {"DATE", "TIME"}
                            or doc[i].ent_type_ in {"DATE", "TIME"} or doc[i].lower_ == "by"):
        i += 1  # "As informed on Tuesday ...", "As reported by ...": time adjuncts and "by" precede the source
    comma = next((j for j in range(i, min(sent.end, i + 24)) if doc[j].text == ","), None)
    if comma is None or comma == i:
        return None
    if comma > i + 12 and any(doc[j].pos_ in {"VERB", "AUX"} for j in range(i, comma)):
        # a long lead-in ("on the briefing on Tuesday the head of ... X,") is a source only when it has no verb
        return None
    source = [j for j in range(i, comma) if ctx.ent_of[j] is not None and ctx.ent_of[j].label_ in _SPEAKER_LABELS]
    if comma + 1 < sent.end and ctx.ent_of[comma + 1] is not None and ctx.ent_of[comma + 1].label_ == "PERSON":
        # "the mayor of the commune, Stanisław Kowalik, ...": the appositive name is the source
        name = ctx.ent_of[comma + 1]
        if name.end < sent.end and doc[name.end].text == ",":
            source, comma = [name.root.i], name.end
    roles = [j for j in range(i, comma) if (doc[j].lemma_ or doc[j].lower_).lower() in ctx.cues.roles]
    if not source and not roles:
        return None  # "As noted above, ...": no named source
    head = doc[source[-1]] if source else doc[roles[0]]
    if ctx.in_quote[comma] >= 0:
        return None  # the comma must close the attribution, not stand inside a quote
    if ctx.ent_of[head.i] is not None:
        head = ctx.ent_of[head.i].root
    found = _rest_of_sentence(ctx, sent, (token.i, comma + 1), used_quotes)
    if found is None or found[0][0] < doc[comma].idx:
        return None
    speaker = _resolve_speaker(ctx, head, stop=comma, last=last)  # the phrase ends at its comma
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token, cue], entry=entry, mode=found[1], content=found[0],
                       addressee=None)


#: Prepositions that name whom a speaker told in German "gegenüber X" / "zu X" ("as X opposite the paper confirmed").
_TOLD_PREPOSITIONS = {"opposite", "towards", "to", "vis-à-vis"}


def _as_clause_cue(ctx: _Context, as_token: Token, *, reach: int = 14) -> tuple[Token, CueEntry] | None:
    """The statement cue (and its entry) that ends a German "..., as X (opposite Y) confirmed." clause after ``as_token``.

    German "wie X gegenüber Y bestätigte" keeps the verb last. Limit: "as" after a comma, a noun
    phrase right after it (an article, a name or a noun), no other verb before the cue, and the
    cue last in its sentence or before a comma; the cue must report a statement.
    """
    doc = ctx.doc
    if as_token.i < 2 or doc[as_token.i - 1].text != "," or as_token.i + 2 >= len(doc) \
            or ctx.in_quote[as_token.i] >= 0 or doc[as_token.i + 1].pos_ not in {"DET", "PROPN", "NOUN"}:
        return None
    sent_end = as_token.sent.end
    for i in range(as_token.i + 2, min(sent_end, as_token.i + reach)):
        token = doc[i]
        if ctx.in_quote[i] >= 0 or token.text in {",", ";", ":"}:
            return None
        if token.pos_ in {"VERB", "AUX"} or i in ctx.cue_entries:
            following = doc[i + 1] if i + 1 < len(doc) else None
            entry = ctx.cue_entries.get(i) or next(iter(ctx.cues.verbs.get((token.lemma_ or token.lower_).lower(), [])),
                                                   None)
            if entry is None or entry.claim_type != "statement" or entry.particle:
                return None
            if following is not None and following.text not in {".", ",", ";", "!"} and not following.is_space:
                return None
            return token, entry
    return None


def _as_final_cue_claim(ctx: _Context, as_token: Token, cue: Token, entry: CueEntry, sent: Span,
                        used_quotes: set[int], *, last: _Speaker | None) -> Claim | None:
    """ "Eleven exhibitors have cancelled, as a spokeswoman of the Messe opposite the paper confirmed.": the clause before.

    Limit: the speaker is the phrase between "as" and a "told" preposition (or the cue); the
    content is the clause before the comma, back to the sentence start or a semicolon or colon.
    """
    doc = ctx.doc
    stop = next((i for i in range(as_token.i + 2, cue.i) if doc[i].lower_ in _TOLD_PREPOSITIONS), cue.i)
    phrase = doc[as_token.i + 1:stop]
    head = next((t for t in phrase if t.head.i < phrase.start or t.head.i >= phrase.end or t.head.i == t.i), None)
    if head is None or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    start, end = _trim(doc, _clause_start(ctx, sent, as_token.i), as_token.i - 1)
    if end - start < 3 or any(i in ctx.cue_entries for i in range(start, end)):
        # ("X had over the Union commented, as the agency Nordpress wrote": the clause is X's claim;
        # the "as" clause only names the reporter's source)
        return None
    quoted = {ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0}
    if quoted & used_quotes:
        return None
    used_quotes.update(quoted)
    speaker = _resolve_speaker(ctx, head, stop=stop, last=last)
    span = doc[start:end]
    addressee = doc[stop + 1:cue.i].root if stop < cue.i - 1 else None
    return _make_claim(ctx, speaker=speaker, cue_tokens=[cue], entry=entry, mode="mixed" if quoted else "indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=addressee)


#: Hyphens joining the parts of a double name ("Aydemir-Roth"), which the tokenizer splits off.
_NAME_HYPHENS = {"-", "‐", "‑"}


def _joins_double_name(doc: Doc, i: int, start: int, limit: int) -> bool:
    """Whether ``doc[i]`` is a hyphen glued to two capitalised parts of one name read from ``start`` ("Aydemir-Roth",
    "Serles-Kurier"; the tokenizer splits the hyphen off), with the second part before ``limit``."""
    return doc[i].text in _NAME_HYPHENS and i > start and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and i + 1 < limit and doc[i + 1].text[:1].isupper()


def _so_label(ctx: _Context, start: int, limit: int) -> tuple[int, str]:
    """The end of the speaker label after German "so" and its kind: ``name``, ``description`` or ``pronoun``.

    Limit: a name is capitalised proper nouns or an entity (a double name with a hyphen too); a
    description is "the" with an entity or a noun ("so the spokeswoman", "so the 46-year-old"),
    with a seat after "in" ("so the ministry in Minsk"); ``(start, "")`` when none of these follows.
    """
    doc = ctx.doc
    if start >= limit:
        return start, ""
    if doc[start].lower_ in {"he", "she"}:
        return start + 1, "pronoun"
    if doc[start].lower_ in {"a", "an"} and start + 1 < limit:
        # "so a spokeswoman of the network operator Gascade": an anonymous official and the body named after "of"
        # ("so an office spokesman": the official may follow a noun naming the body's kind)
        official = next((i for i in range(start + 1, min(limit, start + 3))
                         if (doc[i].lemma_ or doc[i].lower_).lower() in ctx.cues.officials), None)
        # (or a body's name: "so a NATO diplomat opposite TWR")
        if official is not None and all(doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"} or (
                ctx.ent_of[i] is not None and ctx.ent_of[i].kb_id_ and ctx.ent_of[i].label_ in {"ORG", "NORP", "GPE"})
                                        for i in range(start + 1, official)):
            return _of_attachment(ctx, official + 1, limit), "description"
    party = ctx.ent_of[start]
    if party is not None and party.start == start and party.label_ in {"ORG", "NORP"} and party.end < limit \
            and doc[party.end].is_lower and (named := _named_after_role(ctx, party.end, limit)) is not None:
        return named, "name"  # ("so ÖVP club chairman Bernhard Wiesmayr": the party's or body's name before the role)
    if doc[start].is_lower and doc[start].lower_ != "the" and (
            named := _named_after_role(ctx, start + (doc[start].tag_ == "PRP$"), limit)) is not None:
        # "so managing director Petra Hollerer", "so its foreign policy spokesman Harald Feichtinger"
        return named, "name"
    if doc[start].lower_ == "the":
        named = _named_after_role(ctx, start + 1, limit)
        if named is not None:
            return named, "name"  # "so the Eastern Europe historian Matthias Görlich": the name after the role
        kind_end = next((i for i in range(start + 1, min(limit, start + 5)) if not (
            doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"})), limit)
        body = ctx.ent_of[kind_end] if start + 1 < kind_end < limit else None
        if body is not None and body.start == kind_end and body.end <= limit and body.label_ in {"ORG", "NORP"} \
                and body.kb_id_ and doc[kind_end - 1].pos_ == "NOUN":
            return body.end, "name"  # "so the state agency TASS": a body's name after its kind
        noun = doc[start + 1] if start + 3 < limit else None
        if noun is not None and noun.is_lower and noun.pos_ == "NOUN" and doc[start + 2].lower_ == "of" \
                and (noun.lemma_ or noun.lower_).lower() not in ctx.cues.roles | ctx.cues.officials \
                and default_role_types().get((noun.lemma_ or noun.lower_).lower()) is None:
            owner_start = start + 3 + (doc[start + 3].lower_ == "the")
            owner = ctx.ent_of[owner_start] if owner_start < limit else None
            if owner is not None and owner.start == owner_start and owner.end <= limit and owner.kb_id_ \
                    and owner.label_ in _SPEAKER_LABELS:
                return owner.end, "name"  # "so the reading of the Kremlin": what the body said, not a person
        if start + 2 <= limit and (doc[start + 1].is_title and default_role_types().get(doc[start + 1].lower_) == "person"
                                   or doc[start + 1].lower_ in party_labels()) \
                and (start + 2 == limit or doc[start + 2].text in {",", ".", "!"}):
            return start + 2, "description"  # "so the Liberal", "so the Green": a party member named by the party
        ent = ctx.ent_of[start]
        if (role := _role_after_modifiers(ctx, start + 1, limit)) is not None:
            end = role  # "so the Green politician", "so the Emmental farmer": a modifier before the role noun
        elif ent is not None and ent.start == start and ent.end <= limit and ent.label_ in _SPEAKER_LABELS:
            end = ent.end  # the actor component read the description as one mention
        elif start + 1 < limit and (named := ctx.ent_of[start + 1]) is not None and named.start == start + 1 \
                and named.end <= limit and named.label_ in _SPEAKER_LABELS and named.kb_id_:
            return named.end, "name"  # "so the Kremlin": the article before a linked body is no description
        elif (aged := _age_end(doc, start + 1, limit)) is not None:
            end = aged  # "so the 61-year-old": the tokenizer splits the age into number, hyphens and words
        elif start + 1 < limit and (doc[start + 1].pos_ == "NOUN" or doc[start + 1].is_lower and doc[start + 1].is_alpha and (
                # ("so the theologian.": the tagger may miss a role noun at the sentence end)
                (doc[start + 1].lemma_ or doc[start + 1].lower_).lower() in ctx.cues.roles | ctx.cues.officials
                or default_role_types().get(doc[start + 1].lower_) is not None
                # ("so the hotelier.": the tagger may read a trade's noun as an adjective or a verb)
                or _AGENT_NOUN.search(doc[start + 1].lower_) is not None
                and (start + 2 == limit or doc[start + 2].text in {",", ".", "!"}))
                # ("so the Freedomite.", "so the Oberkommissarin.": a capitalised word no entity names, read as a
                # proper noun, closing the sentence)
                or doc[start + 1].pos_ == "PROPN" and doc[start + 1].is_title and (
                    ctx.ent_of[start + 1] is None or ctx.ent_of[start + 1].label_ == "NORP" and not ctx.ent_of[start + 1].kb_id_)
                and start + 2 < len(doc) and doc[start + 2].text in {".", "!"}):
            end = start + 2
            # ("so the tour guide", "so the team leader": a compound noun's head is the last noun)
            while end < min(limit, start + 4) and doc[end].is_lower and doc[end].pos_ == "NOUN" \
                    and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
                end += 1
            # "so the ex-colonel", "so the co-chair": the tokenizer splits a hyphenated noun in three
            if end + 1 < limit and doc[end].text in _NAME_HYPHENS and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower:
                end += 2
        elif (closing := _closing_description_end(ctx, start + 1, limit)) is not None:
            end = closing  # "so the handball player.", "so the CSU man.": modifiers, then the noun that ends the sentence
        else:
            return start, ""
        if end + 1 < limit and doc[end].is_lower and doc[end].pos_ == "NOUN" and doc[end + 1].text in {",", ".", "!"} \
                and (aged := _age_end(doc, start + 1, end)) is not None and aged == end:
            end += 1  # "so the 56-year-old theologian": the role after the age belongs to it
        elif end + 2 < limit and doc[end].is_lower and doc[end].pos_ in {"NOUN", "ADJ"} and doc[end + 1].is_lower \
                and doc[end + 1].pos_ == "NOUN" and doc[end + 2].text in {",", ".", "!"} \
                and (aged := _age_end(doc, start + 1, end)) is not None and aged == end:
            end += 2  # ("so the 44-year-old pipe fitter", "so the 20-year-old law student": a two-word role)
        if end + 1 < limit and doc[end].lower_ == "in" and ctx.ent_of[end + 1] is not None \
                and ctx.ent_of[end + 1].label_ == "GPE" and ctx.ent_of[end + 1].end <= limit:
            end = ctx.ent_of[end + 1].end  # "so the ministry in Minsk": the seat belongs to the description
        return end, "description"
    end = start
    while end < limit and (((doc[end].pos_ == "PROPN" or ctx.ent_of[end] is not None) and doc[end].text[:1].isupper())
                           or _joins_double_name(doc, end, start, limit)):  # ("so Aydemir-Roth")
        end += 1
    if start < end < limit and doc[end].tag_ == "NNS" and (doc[end].lemma_ or doc[end].lower_).lower() in ctx.cues.officials:
        return end + 1, "description"  # ("Since then, so US officials, has ...": officials of the state named)
    return end, "name" if end > start else ""


def _role_after_modifiers(ctx: _Context, start: int, limit: int) -> int | None:
    """The end of "Green politician" or "Emmental farmer" after "so the": one or two modifiers, then a role noun.

    Limit: the role noun (``data/cues.csv`` ROLE/OFFICIAL or a person's noun of ``data/role_nouns.csv``)
    is lower-case and followed by a comma or the sentence end; the modifiers are adjectives or nouns,
    capitalised or not.
    """
    doc = ctx.doc
    # ("so the Greek-Catholic priest": a hyphenated modifier is three tokens)
    hyphenated = start + 3 < limit and doc[start + 1].text in _NAME_HYPHENS and not doc[start].whitespace_ \
        and not doc[start + 1].whitespace_ and doc[start + 2].is_alpha
    for i in range(start + 1, min(limit, start + 3 + 2 * hyphenated)):
        lemma = (doc[i].lemma_ or doc[i].lower_).lower()
        if doc[i].is_lower and doc[i].pos_ == "NOUN" and (lemma in ctx.cues.roles or lemma in ctx.cues.officials
                                                          or default_role_types().get(lemma) == "person"):
            # ("so the managing director": a participle may modify the role)
            if all((doc[j].pos_ in {"ADJ", "NOUN", "PROPN"} or doc[j].tag_ == "VBG") and doc[j].is_alpha
                   or (hyphenated and j == start + 1) for j in range(start, i)) \
                    and (i + 1 >= limit or doc[i + 1].text in {",", ".", "!"}):
                return i + 1
            return None
    return None


def _age_end(doc: Doc, start: int, limit: int) -> int | None:
    """The end of an age written as a noun ("61-year-old", "61-year-old's") opening at ``start``, else ``None``.

    Limit: a number, then only hyphens and the words "year(s)" and "old" up to "old", as the
    tokenizer splits "61-year-old"; an adjective after it ("the 61-year-old mayor") is no part of it.
    """
    if start >= limit or doc[start].pos_ != "NUM" and not doc[start].like_num:
        return None
    for i in range(start + 1, min(limit, start + 5)):
        if doc[i].lower_ == "old" or doc[i].lower_.endswith("-old"):
            return i + 1
        if doc[i].text not in _NAME_HYPHENS and doc[i].lower_ not in {"year", "years"}:
            return None
    return None


def _named_after_role(ctx: _Context, start: int, limit: int, *, reach: int = 5) -> int | None:
    """The end of a person's name written after a role noun ("the Eastern Europe historian Matthias Görlich").

    Limit: the role noun (``data/cues.csv`` ROLE/OFFICIAL, or a person's noun of data/role_nouns.csv)
    within ``reach`` words, only nouns and adjectives before it, and a person entity right after it;
    ``None`` otherwise.
    """
    doc = ctx.doc
    for i in range(start, min(limit, start + reach)):
        lemma = (doc[i].lemma_ or doc[i].lower_).lower()
        # (or a person's noun of data/role_nouns.csv: "so farm manager Johann Pölzl")
        if doc[i].is_lower and (lemma in ctx.cues.roles or lemma in ctx.cues.officials
                                or default_role_types().get(lemma) == "person"):
            person = ctx.ent_of[i + 1] if i + 1 < limit else None
            if person is not None and person.start == i + 1 and person.label_ == "PERSON" and person.end <= limit:
                return person.end
            return None
        if doc[i].pos_ not in {"ADJ", "NOUN", "PROPN"} and doc[i].tag_ != "VBG" or doc[i].is_punct:
            return None
    return None


#: Hedges between German "so" and its speaker ("so at least X", German "so jedenfalls/zumindest X").
_SO_HEDGES = (("at", "least"), ("at", "any", "rate"),
              # (German "so hieß es aus dem Ministerium": "so it was said from the Defence Ministry")
              ("it", "was", "said", "from"), ("it", "was", "said", "in"), ("it", "said", "from"), ("it", "said", "in"),
              ("it", "is", "said", "from"), ("it", "is", "said", "in"), ("it", "was", "called", "from"),
              ("it", "was", "called", "in"), ("it", "called", "from"), ("it", "called", "in"))


def _so_hedge_end(doc: Doc, start: int, limit: int) -> int:
    """The first word after a hedge such as "at least" that opens a "so" label, or ``start`` when none does."""
    for hedge in _SO_HEDGES:
        if start + len(hedge) < limit and tuple(t.lower_ for t in doc[start:start + len(hedge)]) == hedge:
            return start + len(hedge)
    return start


def _of_attachment(ctx: _Context, end: int, limit: int) -> int:
    """The end of an "of" phrase naming a speaker's body ("of the network operator Gascade"), or ``end`` when none follows."""
    doc = ctx.doc
    if end + 1 >= limit or doc[end].lower_ != "of":
        return end
    i = end + 1
    while i < limit and (doc[i].pos_ in {"DET", "ADJ", "NOUN", "PROPN"} or ctx.ent_of[i] is not None) \
            and ctx.in_quote[i] < 0 and doc[i].lower_ not in _CIRCUMSTANCE_WORDS:
        i += 1
    return i if i > end + 1 else end


#: Words that open a circumstance after a "so" label ("so the spokesman on Tuesday in Berlin").
_CIRCUMSTANCE_WORDS = {"in", "on", "at", "to", "towards", "after", "during", "before", "opposite", "loud",
                       "according", "via", "with", "from"}


def _person_body_end(ctx: _Context, end: int, limit: int) -> int:
    """The end of an "of" phrase after a person's name ("Görlich of the Chemnitz Institute"), or ``end``."""
    if 0 < end < len(ctx.doc) and ctx.doc[end].lower_ == "of" and ctx.doc[end - 1].ent_type_ == "PERSON":
        return _of_attachment(ctx, end, limit)  # the body a person works for belongs to the attribution
    return end


def _closing_description_end(ctx: _Context, start: int, limit: int, *, reach: int = 4) -> int | None:
    """The end of "handball player" in "so the handball player.": up to ``reach`` words that close the sentence.

    Limit: lower-case words or a party's or body's abbreviation ("the CSU man"), the last a lower-case
    noun right before the full stop; ``None`` otherwise.
    """
    doc = ctx.doc
    i = start
    while i < min(limit, start + reach) and doc[i].is_alpha and (
            doc[i].is_lower or doc[i].is_upper and doc[i].pos_ == "PROPN"):
        i += 1
    if i == start or i >= len(doc) or doc[i].text not in {".", "!"} or not (doc[i - 1].is_lower and doc[i - 1].pos_ == "NOUN"):
        return None
    return i


def _so_label_closed(ctx: _Context, end: int, limit: int) -> bool:
    """Whether a "so" label ends at ``end``: a comma, the sentence end, or a circumstance to the sentence end.

    A person's "of" phrase ("so Görlich of the Chemnitz Institute") may stand before any of them.

    Limit: the circumstance ("on Tuesday in Berlin", "towards the Wochenblick", "loud the agency
    Interfax") opens with a preposition or "loud", holds no verb and no quote, and is at most ten
    words long.
    """
    doc = ctx.doc
    end = _person_body_end(ctx, end, limit)
    if end + 2 < len(doc) and doc[end].text == "(":
        # "so mayor Thomas Ebersbach (non-party).": a party label in brackets after the name
        close = next((i for i in range(end + 1, min(limit, end + 6)) if doc[i].text == ")"), None)
        if close is not None and close + 1 < len(doc) and (doc[close + 1].text in {".", "!", ","} or doc[close + 1].is_space):
            return True
    # (a semicolon too: "..., so the spokesman; one want first the talks wait for")
    if end >= len(doc) or doc[end].text in {",", ".", "!", ";"} or doc[end].is_space:
        return True
    if doc[end].pos_ == "ADV" and end + 1 < len(doc) and doc[end + 1].text in {".", "!", ","}:
        # "so Hrytschenko further." / "so the spokesman further, that ..." (German "so X weiter"): one
        # adverb before the sentence end or the comma that closes the attribution
        return True
    if doc[end].lower_ not in _CIRCUMSTANCE_WORDS:
        return False
    if _verbless_tail_end(ctx, end, limit) is not None:
        return True
    # "The Commission, so a spokesman in Brussels, works on ...": a short circumstance closed by a comma
    return _circumstance_comma(ctx, end, limit) is not None


def _verbless_tail_end(ctx: _Context, start: int, limit: int) -> int | None:
    """Where a short circumstance from ``start`` to the sentence end stops ("in a written statement."), or ``None``.

    Limit: one to ten tokens before the full stop (or ``limit``), no verb (a participle before a noun,
    "written", is none) and no quote.
    """
    doc = ctx.doc
    limit = min(limit, len(doc))
    stop = next((i for i in range(start, limit) if doc[i].text in {".", "!"} or doc[i].is_space), limit)
    tail = doc[start:stop]
    if 0 < len(tail) <= 10 and not any((t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod") or ctx.in_quote[t.i] >= 0
                                       for t in tail):
        return stop
    return None


def _circumstance_comma(ctx: _Context, start: int, limit: int, *, reach: int = 5) -> int | None:
    """The comma closing a short circumstance after a "so" label ("in Brussels,"), or ``None``.

    Limit: a preposition of ``_CIRCUMSTANCE_WORDS`` then at most ``reach`` words, none a verb,
    quote or punctuation, before the comma.
    """
    doc = ctx.doc
    if start >= limit or doc[start].lower_ not in _CIRCUMSTANCE_WORDS:
        return None
    for i in range(start + 1, min(limit, start + 1 + reach)):
        if doc[i].text == ",":
            return i if i > start + 1 else None
        if doc[i].pos_ in {"VERB", "AUX"} or doc[i].is_punct or ctx.in_quote[i] >= 0:
            return None
    return None


def _so_speaker(ctx: _Context, label: Span, kind: str, *, last: _Speaker | None) -> _Speaker | None:
    """The speaker of a "so" label (see :func:`_so_label`); ``None`` for a reference that cannot be resolved."""
    demonym = len(label) == 2 and label[0].lower_ == "the" and label[1].ent_type_ == "NORP" \
        and not label[1].lower_.endswith("s")
    if kind == "name" and not (demonym and ctx.resolve_references):
        return _label_speaker(ctx, label)
    if not ctx.resolve_references:
        return None
    head = label[-1]
    if demonym:
        # "„…“, so the Czech": one person of that nationality named before, as "said the Czech" reads it
        found = _resolve_speaker(ctx, head, stop=label.end, last=last)
        if found.actor_id or kind != "description":
            return _Speaker(label.text, found.actor_id, found.name, label.start_char, label.end_char, True) \
                if found.actor_id else None
    if kind == "description" and label[0].lower_ in {"a", "an"}:
        # "a spokeswoman of the operator X": the official heads it, with the body it speaks for (also after a
        # kind noun: "so a ministry spokeswoman")
        head = next((t for t in label[1:3] if (t.lemma_ or t.lower_).lower() in ctx.cues.officials), label[1])
    elif kind == "description":
        # "the ministry in Minsk": the noun before the seat phrase heads the description
        head = next((t for t in reversed(label) if t.pos_ in {"NOUN", "ADJ"} and t.ent_type_ != "GPE"), label[-1])
        if head.i - 2 == label.start + 1 and label.doc[head.i - 1].text in _NAME_HYPHENS \
                and not label.doc[head.i - 2].whitespace_ and label.doc[head.i - 2].is_alpha:
            # "the ex-colonel": the part before the hyphen heads the split noun, as the parser reads "said the ex-colonel"
            head = label.doc[head.i - 2]
    found = _resolve_speaker(ctx, head, stop=label.end, last=last)
    if kind == "description" and len(label) == 2 and head.lower_ in party_labels() and ctx.resolve_references \
            and (not found.actor_id or found.actor_id not in default_actor_types()):
        # "so the liberal", "so the Liberal" after "Simone Wicki (FDP)": the person the text introduced with the
        # party's label (not a new actor "Liberal")
        found = _antecedent(ctx, label.start, last=last, role=head.lower_) or found
    if kind == "description" and not found.actor_id and label[0].lower_ in {"a", "an"} and label[-1].pos_ == "PROPN":
        # "a spokeswoman of the network operator Gascade": a body no gazetteer knows still has its name
        first = label.end - 1
        while first - 1 > label.start and label.doc[first - 1].pos_ == "PROPN":
            first -= 1
        named = _label_speaker(ctx, label.doc[first:label.end])
        found = _Speaker(label.text, named.actor_id, named.name, label.start_char, label.end_char, False)
    if kind == "description" and not found.actor_id and label[0].lower_ in {"a", "an"} and (
            len(label) == 2 or all(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in label[1:])):
        # ("so an office spokesman": a kind noun before the official changes nothing)
        # "The Commission, so a spokesman in Brussels, ...": a bare anonymous official speaks for the body
        # just named
        body = _body_just_named(ctx, label.start)
        if body is not None:
            found = _Speaker(label.text, body[0], body[1], label.start_char, label.end_char, False)
    if kind == "description" and not found.actor_id and label[0].lower_ == "the" and head.is_alpha \
            and head.is_lower and _AGENT_NOUN.search(head.lower_) \
            and default_role_types().get((head.lemma_ or head.lower_).lower(), "person") == "person":
        # ("„…“, so the forwarder", "so the master roofer": a person's trade no list knows, as German "so der
        # Spediteur" writes it, is the person the text is about; a body's noun is resolved above)
        noun = (head.lemma_ or head.lower_).lower()
        introduced = [ent for ent in ctx.ents if ent.end <= label.start and ent.label_ == "PERSON"
                      and ent.kb_id_ and ctx.in_quote[ent.start] < 0 and _introduced_as(ent, noun)]
        if len({ent.kb_id_ for ent in introduced}) == 1:
            # (only the one person the text introduced with that word: "Hotelier Martina Pfurtscheller")
            ent = introduced[-1]
            actor_id, name, _ = _actor_of(ctx, ent)
            found = _Speaker(ent.text, actor_id, name, ent.start_char, ent.end_char, True)
        elif noun not in ctx.cues.officials | ctx.cues.roles and noun not in default_role_types():
            # (else, for a trade no list knows, the person the text is about: "Matthiesen ... „…“, so the forwarder")
            person = _antecedent(ctx, label.start, last=last)
            if person is not None and person.actor_id:
                found = person
    if kind == "description" and not found.actor_id and label[0].lower_ == "the" and 2 <= len(label) <= 4 \
            and label.end < len(label.doc) and label.doc[label.end].text in {".", "!"} \
            and all(t.pos_ in {"NOUN", "PROPN", "ADJ"} and ctx.ent_of[t.i] is None for t in label[1:]) \
            and default_role_types().get((head.lemma_ or head.lower_).lower(), "person") == "person":
        # "„…“, so the pedagogue.", "so the Freedomite.", "so the CSU man.": a sentence-final description
        # after a quote, of a person no list describes so, is the person the text has just named
        person = _antecedent(ctx, label.start, last=last)
        if person is not None and person.actor_id:
            found = person
    if kind == "description" and not found.actor_id:
        return None  # an unresolved "the man" names nobody
    return _Speaker(label.text, found.actor_id, found.name, label.start_char, label.end_char, True)


#: Endings of a noun that names a person by what they do ("forwarder", "hotelier", "roofer", "pianist").
#: (not "-ent" or "-ment": "so the statement"; nor a short "-ist": "so the gist")
_AGENT_NOUN = re.compile(r"(?:er|or|[a-z]{4}ist|ian|eur)$")


def _so_reported_claims(ctx: _Context, sents: list[Span], used_quotes: set[int],
                        last: _Speaker | None) -> list[Claim]:
    """Machine-translated German "so X" after reported speech: "The format must be revived, so Keller."

    Limit: "so" must follow a comma and be followed by a name (an entity or capitalised proper
    nouns) or "he"/"she", then a comma or the sentence end ("The Kremlin wants, so Hoppe, above
    all ..."); the content is the longer side of the sentence around the attribution. English
    ", so he left" (a verb after the name) is no attribution.
    """
    doc = ctx.doc
    entry = ctx.cues.sources.get("so")
    if entry is None:
        return []
    claims = []
    for token in ctx.tokens:
        if token.lower_ != "so" or ctx.in_quote[token.i] >= 0 or token.i < 2 or token.i + 2 >= len(doc) \
                or doc[token.i - 1].text != "," or doc[token.i - 2].is_quote or ctx.in_quote[token.i - 2] >= 0:
            continue  # "„…“, so X" is read by the quote rule
        sent = sents[ctx.sent_of[token.i]]
        if token.i + 1 == sent.end and ctx.sent_of[token.i] + 1 < len(sents) and "\n" not in token.whitespace_:
            # ("..., will Austria every EU sanction carry, so | the spokesman.": the sentence splitter may end a
            # sentence at "so"; a short lower-case rest is its label)
            following = sents[ctx.sent_of[token.i] + 1]
            if doc[following.start].is_lower and len(following) <= 10:
                sent = doc[sent.start:following.end]
        first = _so_hedge_end(doc, token.i + 1, sent.end)
        end, kind = _so_label(ctx, first, sent.end)
        # the attribution is closed by a comma, a circumstance or the sentence end: otherwise "so" is a conjunction
        if not kind or end >= len(doc) or not _so_label_closed(ctx, end, sent.end):
            continue
        speaker = _so_speaker(ctx, doc[first:end], kind, last=last)
        if speaker is None:
            continue
        closing = _person_body_end(ctx, end, sent.end)
        closing += closing + 1 < len(doc) and doc[closing].pos_ == "ADV" and doc[closing + 1].text == ","
        # ("so a spokesman in Brussels, works on ...": the circumstance belongs to the attribution)
        closing = _circumstance_comma(ctx, closing, sent.end) or closing
        if closing < sent.end and doc[closing].lower_ in _CIRCUMSTANCE_WORDS:
            # ("Russia threaten nobody, so the embassy in a written statement.": a circumstance closing the
            # sentence belongs to the attribution, not to what was said)
            closing = _verbless_tail_end(ctx, closing, sent.end) or closing
        # ("The Harbour Trust, so a spokesman in Husum, work on ...": an anonymous official speaks for the body
        # before it, which is no part of the content)
        if closing < sent.end and doc[closing].text == ";":
            # ("..., so the spokesman; one want first ...": what stands before the label is the content)
            sent = doc[sent.start:closing]
        found_content = _both_sides(ctx, sent, token.i - 1, end, used_quotes) or (
            None if doc[first].lower_ in {"a", "an"} else _around_parenthesis(
                ctx, sent, token.i - 1, closing, used_quotes)) or _rest_of_sentence(
            ctx, sent, (token.i - 1, closing + (closing < len(doc) and doc[closing].text == ",")), used_quotes)
        if found_content is None:
            continue
        if kind == "description":
            speaker = _description_outside_content(ctx, speaker, doc[first:end], found_content[0], last=last)
            if speaker is None:
                continue
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode=found_content[1],
                                  content=found_content[0], addressee=None))
    return claims


def _description_outside_content(ctx: _Context, speaker: _Speaker, label: Span, content: tuple[int, int, str], *,
                                 last: _Speaker | None) -> _Speaker | None:
    """The speaker of a "so the ex-general" label, looked up before the content when it resolved to a person named in it.

    "Putin demand guarantees, but the real goal be Kiev, so the ex-general": the person the content
    talks about is not the one who says it. Limit: only entities linked to the same actor inside
    the content are checked, and only for a person's role ("general", not "company"); ``None`` when
    no other person fits before the content.
    """
    start, end = content[0], content[1]
    head = next((t for t in reversed(label) if t.pos_ in {"NOUN", "ADJ"}), label[-1])
    role = (head.lemma_ or head.lower_).lower()
    if role not in ctx.cues.roles and default_role_types().get(role) != "person":
        return speaker  # "so the company": a body may well be named in what it says
    if not any(start <= e.start_char and e.end_char <= end and e.kb_id_ == speaker.actor_id for e in ctx.ents) \
            or any(e.end_char <= start and e.kb_id_ == speaker.actor_id
                   and ctx.sent_of[e.start] >= ctx.sent_of[label.start] - 3 for e in ctx.ents):
        return speaker
    first = ctx.doc.char_span(start, end, alignment_mode="expand")
    if first is None:
        return None
    antecedent = _antecedent(ctx, first.start, last=last, role=role)
    if antecedent is None or not antecedent.actor_id:
        return None
    return _Speaker(speaker.text, antecedent.actor_id, antecedent.name, speaker.start, speaker.end, True)


#: Entity labels that can stand for a speaking body in an impersonal attribution ("From Vilnius", "In Helsinki").
_SOURCE_LABELS = {"GPE", "ORG", "NORP", "LOC", "FAC"}
#: Prepositions after "it was said" that name its source ("from Moscow", "in a statement of X").
_SOURCE_PREPOSITIONS = {"from", "in", "by"}


def _statement_entry(ctx: _Context, token: Token) -> CueEntry | None:
    """The statement cue entry of a verb without a particle ("said", "communicated"), or ``None``."""
    lemma = (token.lemma_ or token.lower_).lower()
    return next((e for e in ctx.cues.verbs.get(lemma, []) if not e.particle and e.claim_type == "statement"), None)


def _names_its_land(ent: Span, land_name: str) -> bool:
    """Whether a body's name holds a word of its Land's ("Lower Saxony Ministry", "Thuringian justice ministry")."""
    stems = {w[:5].lower() for w in re.split(r"[\s-]+", land_name) if len(w) >= 5 and w[:1].isupper()
             and w.lower() not in {"government", "state"}}
    return any(t.text[:5].lower() in stems for t in ent if len(t.text) >= 5)


def _source_entity(ctx: _Context, start: int, end: int) -> Span | None:
    """The first named speaking body in ``doc[start:end]`` (an entity linked to an actor).

    A place that only says where the source sits is skipped ("the Lagos-based Centre for ...",
    "a trade body based in Mumbai").
    """
    doc = ctx.doc
    for i in range(start, end):
        ent = ctx.ent_of[i]
        if ent is not None and ent.label_ in _SOURCE_LABELS | {"PERSON"} and ent.kb_id_ and ent.end <= end \
                and not _seat_of_body(doc, ent):
            return ent
    return None



#: Prepositions opening a "From X it was said" sentence that name its source ("From the ministry", "By the club").
_OPENING_SOURCE_PREPOSITIONS = frozenset({"from", "by"})


def _it_was_said_claims(ctx: _Context, sents: list[Span], used_quotes: set[int]) -> list[Claim]:
    """Machine-translated German "Aus Vilnius hieß es, ...": "From Vilnius it was said, ..." and "..., it was said from X".

    Limit: "it" + a form of "be" + a statement cue's participle, outside quotes; the source is the
    first named body in a "From X" phrase opening the sentence (the content follows the comma after
    the cue) or in the "from/in/by" phrase after a sentence-final "it was said" (the content is the
    clause before its comma). Without a named source ("it was communicated") there is no claim.
    """
    doc = ctx.doc
    claims = []
    for be in ctx.tokens:
        # "Gazprom fulfils all contracts, it said from the group": German "hieß es aus dem Konzern" rendered
        # without the passive; only after a comma and before "from", which names the source
        said_from = be.tag_ == "VBD" and be.i >= 2 and doc[be.i - 1].lower_ == "it" and doc[be.i - 2].text == "," \
            and be.i + 2 < len(doc) and doc[be.i + 1].lower_ == "from" and ctx.in_quote[be.i] < 0
        if not said_from and (be.lemma_ != "be" or ctx.in_quote[be.i] >= 0 or be.i + 2 >= len(doc) or be.i == 0):
            continue
        # "it was further said": one adverb may stand between the auxiliary and the participle
        cue = doc[be.i + 2] if doc[be.i + 1].tag_ == "RB" and doc[be.i + 1].lower_ != "not" else doc[be.i + 1]
        dated = be.i + 3 < len(doc) and doc[be.i + 1].lower_ in {"on", "at"} and doc[be.i + 2].ent_type_ in {
            "DATE", "TIME"}
        if dated:
            # "it was on Thursday said": German puts the day between the auxiliary and the participle
            # (the parser, losing the passive, then tags the participle a past tense)
            cue = doc[be.i + 3]
        token = doc[be.i - 1]
        if said_from:
            cue, dated = be, True
        if be.i + 2 < len(doc) and doc[be.i + 1].lower_ == "to" and doc[be.i + 2].tag_ == "VB" \
                and any(e.complement == "impersonal" for e in ctx.cues.verbs.get(doc[be.i + 2].lower_, [])):
            # "From the Foreign Ministry in Vienna was to hear, one follow ...": German "war zu hören" keeps the
            # infinitive (an impersonal row of data/cues.csv: "hear")
            cue, dated = doc[be.i + 2], True
        opens_from = doc[max([t.i + 1 for t in sents[ctx.sent_of[be.i]] if t.i < be.i and t.text in {",", ";", ":"}],
                             default=sents[ctx.sent_of[be.i]].start)].lower_ in _OPENING_SOURCE_PREPOSITIONS
        # ("From the ministry it was on request said, ...": a source phrase before "it" allows the same order)
        if not (cue.tag_ == "VBN" or dated) and (token.lower_ != "it" or opens_from) and be.i + 2 < len(doc):
            # "From the Chancellery was to the pipeline only said, ...": German verb-final order puts
            # adverbials between the auxiliary and the participle (unpunctuated, a few words; the
            # parser, losing the passive, may tag the participle a past tense)
            late = next((t for t in doc[be.i + 1:min(be.i + 7, len(doc))] if t.pos_ not in _ADJUNCT_POS | {"PART"}),
                        None)
            if late is not None and late.i > be.i + 1 and late.tag_ in {"VBN", "VBD"}:
                cue, dated = late, True
        if not (cue.tag_ == "VBN" or dated and cue.tag_ in {"VBD", "VB"}) or ctx.sent_of[cue.i] != ctx.sent_of[be.i]:
            continue
        entry = _statement_entry(ctx, cue)
        if entry is None:
            continue
        sent = sents[ctx.sent_of[be.i]]
        has_it = token.lower_ == "it"
        subject_end = token.i if has_it else be.i  # "From the central bank was said": German drops the "it"
        # "..., from Brussels it was said, one stand ready": the source phrase may open a clause after a comma
        # ("...: From the office it was said, ...": a colon opens a clause of its own too)
        clause_start = max([t.i + 1 for t in doc[sent.start:subject_end] if t.text in {",", ";", ":"}
                            and ctx.in_quote[t.i] < 0], default=sent.start)
        # ("..., and from diplomatic circles of the alliance it was said": a coordinated clause opens after "and")
        opening = next((t for t in doc[clause_start:subject_end] if not (t.is_space or t.is_punct
                                                                          or t.lower_ in {"and", "but"})), None)
        cue_tokens = [token, cue] if said_from else [token, be, cue] if has_it else [be, cue]
        if not has_it and (opening is None or opening.lower_ != "from"):
            continue
        # ("By the ÖVP-Klub it was in the debate emphasized, that ...": German "Vom ÖVP-Klub wurde betont" names the
        # source with "by" too)
        if opening is not None and (opening.lower_ == "from" or has_it and opening.lower_ == "by") \
                and opening.i < subject_end \
                and not any(t.text == "," for t in doc[opening.i:subject_end]):
            # "From the Federal Ministry it was said, the supply be guaranteed": the source opens the sentence
            source = _source_entity(ctx, opening.i + 1, subject_end)
            phrase = doc[opening.i:subject_end]
            if source is None:
                # "From the ministry it was further said": an unnamed body resolves like a subject would
                head = next((c for c in opening.children if c.dep_ == "pobj"), None)
                resolved = _resolve_speaker(ctx, head, stop=subject_end, last=None) if head is not None else None
                if (resolved is None or not resolved.actor_id) and head is not None:
                    # "from diplomatic circles of the alliance": the circles speak for the body after "of"
                    owner = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for g in c.children if g.dep_ == "pobj" and g.i < subject_end), None)
                    if owner is not None:
                        resolved = _resolve_speaker(ctx, owner, stop=subject_end, last=None)
                # (circles that name no body name nobody: "From diplomatic circles it was said", unlike "the circle",
                # a body: "the Ynys Môn Ukrainian Friendship Circle ... the circle")
                if resolved is not None and (resolved.actor_id or head is not None and head.pos_ == "NOUN" and (
                        default_role_types().get((head.lemma_ or head.lower_).lower()) not in {None, "person"})
                        and not (head.tag_ == "NNS" and (head.lemma_ or head.lower_).lower() == "circle")):
                    # ("From the company management it was said": a body the text does not name still
                    # speaks; the claim keeps the phrase, unlinked)
                    source = resolved
            start = cue.i + 1
            while start < sent.end and doc[start].tag_ == "RB" and start + 1 < sent.end and doc[start + 1].text == ",":
                start += 1  # "it was said additionally, ...": an adverb before the comma belongs to the cue
            if start + 2 < sent.end and doc[start].lower_ == "on" and doc[start + 1].lower_ == "request" \
                    and doc[start + 2].text == ",":
                start += 2  # ("it was said on request, ...": German "auf Anfrage" is when, not what)
            start += start < sent.end and doc[start].text == ","
            start += start < sent.end and doc[start].lower_ == "that"
            start, end = _trim(doc, start, sent.end)
        elif has_it and token.i >= 2 and doc[token.i - 1].text == "," and cue.i + 2 < sent.end \
                and doc[cue.i + 1].lower_ in _SOURCE_PREPOSITIONS:
            # "Further quantities one must order, it was said from Moscow": the source follows the cue
            stop = next((t.i for t in doc[cue.i + 1:sent.end] if t.text in {",", ";"} or t.is_punct
                         and t.text in {".", "!", "?"}), sent.end)
            source = _source_entity(ctx, cue.i + 2, stop)
            if source is not None and doc[cue.i + 1].lower_ == "in" and not any(
                    t.lower_ == "of" for t in doc[cue.i + 2:source.start]):
                source = None  # "it was said in Vienna" names a place; "in a statement of X" names a source
            head = next((c for c in doc[cue.i + 1].children if c.dep_ == "pobj" and c.i < stop), None)
            if head is not None and ctx.resolve_references and (office := _office_holder_government(ctx, head)) is not None:
                # "..., it was said from the office of the responsible Landesrat": the Land's government
                source = _Speaker(doc[cue.i + 1:stop].text, office[0], office[1], doc[cue.i + 1].idx,
                                  doc[stop - 1].idx + len(doc[stop - 1]))
            if source is None and doc[cue.i + 1].lower_ == "from" and head is not None and head.is_lower \
                    and any(c.lower_ == "the" for c in head.children) \
                    and default_role_types().get(head.lower_) != "person":
                # "..., it was said from the house": German "hieß es aus dem Haus" names the body named before
                # (the body that acted as a subject just before is "the house": "The Ministry referred to the
                # talks on EU level; X be not planned, it was said from the house" is the ministry's)
                acting = next((e for e in reversed(ctx.ents) if e.start < token.i and e.kb_id_
                               and ctx.sent_of[e.start] >= ctx.sent_of[token.i] - 1 and ctx.in_quote[e.start] < 0
                               and e.label_ != "PERSON" and (e.root.dep_ in {"nsubj", "nsubjpass"}
                                                              # (a body opening its sentence, the parse aside)
                                                              or e.start <= sents[ctx.sent_of[e.start]].start + 1)),
                              None)
                body = (acting.kb_id_, _entity_speaker(acting)[1]) if acting is not None \
                    else _body_just_named(ctx, token.i)
                if body is not None:
                    source = _Speaker(doc[cue.i + 1:stop].text, body[0], body[1], doc[cue.i + 1].idx,
                                      doc[stop - 1].idx + len(doc[stop - 1]))
            phrase = doc[cue.i + 1:stop]
            opening_i = max([t.i + 1 for t in doc[sent.start:token.i - 1] if t.text == ";" and ctx.in_quote[t.i] < 0],
                            default=sent.start)
            start, end = _trim(doc, opening_i, token.i - 1)
        else:
            continue
        if source is None or end <= start or not _has_content_word(doc[start:end]) \
                or doc[start].is_quote and ctx.in_quote[end - 1] >= 0:
            continue  # an unnamed source names nobody; a full quote is direct speech, read elsewhere
        if isinstance(source, _Speaker):
            speaker = _Speaker(phrase.text, source.actor_id, source.name, phrase.start_char, phrase.end_char,
                               source.person)
        else:
            actor_id, name = _entity_speaker(source)
            # ("From the Economy Ministry in Saarbrücken it was said": a department seated in a Land capital is
            # the Land's government, as it is as a subject; one whose own name names the Land, "the Lower Saxony
            # Ministry of Economic Affairs in Hanover", keeps the id of that name)
            lemma = (source.root.lemma_ or source.root.lower_).lower()
            seated = _ministry_seated_in_a_land(ctx, source.root, lemma,
                                                _Speaker(source.text, actor_id, name, source.start_char, source.end_char))
            # ("From the ministry in Hanover" takes up the ministry named before, by that one's id)
            if seated is not None and not _names_its_land(source, seated[1]) \
                    and len([t for t in source if t.dep_ != "det"]) >= 2:
                actor_id, name = seated
            elif lemma in _REGIONAL_DEPARTMENT_NOUNS and actor_id not in _world().names \
                    and (land := _land_ministry(ctx, source.root, lemma)) is not None:
                actor_id, name = land  # ("From the Finance Directorate it was said" in Zug's news: the canton's)
            speaker = _Speaker(phrase.text, actor_id, name, phrase.start_char, phrase.end_char,
                               source.label_ == "PERSON")
        span = doc[start:end]
        mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
        used_quotes.update(ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry,
                                  mode="mixed" if mixed else "indirect",
                                  content=(span.start_char, span.end_char, span.text), addressee=None))
    return claims


#: Sentence openers allowed before the subject of a verb of judgement ("Also the chamber sees ...").
_VIEW_OPENERS = {"also", "but", "and"}

#: Words that make a judgement a comparison with another view ("sees it differently", "sees the matter so").
_SAME_OR_OTHER_VIEW = {"differently", "otherwise", "similarly", "likewise", "same", "so", "different", "elsewhere"}

#: Words after a comma that show a sentence with a verb of judgement reports someone else's words ("..., so the 61-year-old").
_ATTRIBUTION_WORDS = {"so", "loud", "according"}


def _reflexive_cue_claims(ctx: _Context, found: list[Claim], used_quotes: set[int]) -> list[Claim]:
    """German reflexive separable cues as translation leaves them: "Trimmel spoke himself for X out".

    "sprach sich für/gegen X aus" keeps the reflexive pronoun after the verb, the preposition of the cue
    and its closing word at the end (``REFLEXIVE`` rows of data/cues.csv: "speak for out", "speak against out").
    Limit: the reflexive pronoun right after the verb, at most three adverbs before the preposition, the
    closing word in the same sentence outside quotes, a subject of the verb before it; not a cue another rule
    already read.
    """
    doc = ctx.doc
    claims = []
    taken = {c.start_char for c in found} | {c.content_start for c in found}
    for token in ctx.tokens:
        entries = ctx.cues.reflexives.get((token.lemma_ or token.lower_).lower())
        if not entries or token.pos_ not in {"VERB", "AUX"} or ctx.in_quote[token.i] >= 0 or token.i + 3 >= len(doc) \
                or doc[token.i + 1].lower_ not in _REFLEXIVES:
            continue
        sent = token.sent
        particle = token.i + 2
        while particle < min(sent.end, token.i + 5) and doc[particle].pos_ == "ADV":
            particle += 1  # "spoke herself clearly against ... out"
        entry = next((e for e in entries if particle < sent.end and e.cue.split()[1] == doc[particle].lower_), None)
        if entry is None:
            continue
        closing_word = entry.cue.split()[-1]
        closing = next((k for k in range(particle + 2, sent.end) if doc[k].lower_ == closing_word
                        and ctx.in_quote[k] < 0), None)
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i), None)
        if closing is None or subject is None or any(token.idx <= t <= doc[closing].idx for t in taken):
            continue
        start, end = _trim(doc, particle, closing)
        if end - start < 2:
            continue
        speaker = _resolve_speaker(ctx, subject, stop=token.i, last=ctx.last_speaker)
        claims.append(_span_claim(ctx, start, end, speaker=speaker, cue_tokens=[token, doc[particle], doc[closing]],
                                  entry=entry, used_quotes=used_quotes))
    return claims


def _view_verb_claims(ctx: _Context, sents: list[Span], found: list[Claim], used_quotes: set[int]) -> list[Claim]:
    """"The union ver.di sees the jobs in danger": a verb of judgement (``VIEW`` in ``data/cues.csv``) with a named subject.

    Translated German "X sieht Y kritisch / in Gefahr / in der Pflicht / derzeit keine Gefahr / sich
    bedroht" states the subject's own judgement. Limit: the verb is the root of its sentence, outside
    quotes, in the present or past; its subject (a noun, name, pronoun or "the 41-year-old"; not "one" or "it") opens the
    sentence ("Also" aside), or follows the verb after an opening circumstance ("After the talks sees
    the Federal Council ..."), and resolves to an actor; a complement follows (an object, clause or
    phrase) that starts with no pronoun other than a reflexive closed by a participle ("sees itself
    ... threatened"), and the judgement compares with no other view ("sees the matter differently",
    "sees it more calmly" only lead to what follows); nothing before the verb in the sentence is
    quoted, and no cue (but a closing participle of the verb), nor ", so", ", loud" or ", according"
    follows it (then the sentence reports another speaker: "The ferry company sees no reason for
    haste, so the 61-year-old"); no claim reads the sentence yet. The content runs from the object
    (else from the first word after the verb and subject) to the sentence end or a colon.
    """
    doc = ctx.doc
    if not ctx.cues.views:
        return []
    claims: list[Claim] = []
    # (also a second verb joined to the root with "and": "The Kremlin rejects every responsibility ... and sees the
    # cause in the eastward expansion of NATO", the root's subject judging)
    verbs = [(sent, verb, sent.root) for sent in sents for verb in (sent.root, *(
        c for c in sent.root.children if c.dep_ == "conj" and c.i > sent.root.i and not any(
            g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)))]
    for sent, verb, root in verbs:
        entry = ctx.cues.views.get((verb.lemma_ or verb.lower_).lower())
        if entry is None or verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBP", "VBD"} or ctx.in_quote[verb.i] >= 0:
            continue
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in _INDEFINITE_SUBJECTS | {"it", "this", "that", "which"} \
                or subject.pos_ not in {"NOUN", "PROPN", "PRON"} and not subject.lower_.endswith("old") \
                or subject.lower_ in _SAME_OR_OTHER_VIEW | {"other"} \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        # the view runs to the sentence end, or to a colon or semicolon ("Kiev sees that differently: ...")
        stop = next((t.i for t in doc[verb.i + 1:sent.end] if t.text in {":", ";"} and ctx.in_quote[t.i] < 0), sent.end)
        # ("Moscow sees itself by NATO threatened": a verb-final participle is the view itself, not a cue of its own)
        if any(ctx.in_quote[i] >= 0 for i in range(sent.start, verb.i)) or any(
                (t.i in ctx.cue_entries and not (t.head.i == verb.i and t.tag_ in {"VBN", "VBD"} and t.i > verb.i + 2))
                or t.lower_ in _ATTRIBUTION_WORDS and doc[t.i - 1].text == "," for t in doc[verb.i + 1:stop]):
            continue
        if subject.i < verb.i:
            opening = subject.left_edge.i - (doc[sent.start].lower_ in _VIEW_OPENERS)
            if opening != sent.start:
                continue  # ("In Moscow one sees ...": not a named subject opening the sentence)
            start = verb.i + 1
        elif all(c.dep_ in {"prep", "advmod", "npadvmod", "punct"} for c in verb.children if c.i < verb.i) \
                and subject.pos_ != "PRON":
            # "After the talks in Geneva sees the Federal Council the Swiss role confirmed": German order puts
            # the subject after the verb when a circumstance opens the sentence (but "Sober sees it the
            # economist X" has the object first)
            start = subject.right_edge.i + 1
        else:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and start <= c.i < stop), None)
        if obj is not None:
            start = obj.left_edge.i  # ("NATO sees so far no signs ...": the view is its object and what follows)
        start, end = _trim(doc, start, stop)
        if start - 1 > verb.i and doc[start - 1].dep_ == "prep" and doc[start - 1].head.i == verb.i:
            start -= 1  # ("Vienna sees for Austria no acute danger": the view keeps its opening preposition)
        if end - start < 2 or any(t.lower_ in _SAME_OR_OTHER_VIEW or t.tag_ in {"JJR", "RBR"} for t in doc[start:end]):
            continue  # ("The Greens see the matter differently / more calmly": a comparison that leads to what follows)
        if doc[start].lower_ in _REFLEXIVES and not (doc[end - 1].tag_ in {"VBN", "VBD"} and doc[end - 1].head.i == verb.i):
            continue  # ("sees herself between the chairs"; but "Moscow sees itself by NATO threatened" is a view)
        if doc[start].lower_ in {"it", "to", "him", "her", "them", "that", "this"} or doc[start].is_quote \
                or not any(c.i > verb.i and c.dep_ in {"dobj", "ccomp", "xcomp", "oprd", "prep", "advmod", "acomp"}
                           and c.right_edge.i >= start for c in verb.children):
            continue  # ("Sober sees it the economist X": the view is in what follows)
        span = doc[start:end]
        if any(c.content_start < span.end_char and span.start_char < c.content_end
               or (c.start_char <= subject.idx < c.end_char and verb is root) for c in found):
            continue
        speaker = _resolve_speaker(ctx, subject, stop=verb.i, last=None)
        if speaker.actor_id:
            claims.append(_span_claim(ctx, start, end, speaker=speaker, cue_tokens=[verb], entry=entry,
                                      used_quotes=used_quotes))
    return claims


def _impersonal_one_claims(ctx: _Context, sents: list[Span],
                           used_quotes: set[int]) -> tuple[list[Claim], list[Claim]]:
    """Machine-translated German "In Moskau wies man ... zurück": "In Moscow one rejected the criticism".

    German "man" after a place names the body seated there as the speaker; two places joined by
    "and" give one claim each; "From NATO one referred to ..." is read the same way. Limit: the
    sentence opens with "In" (or "From") + linked place entities + "one"; the first verb cue after
    "one" decides: right after "one" (adverbs and auxiliaries aside) its content is the rest of the
    sentence, at the sentence end (verb-final "has long for X pleaded") the words between the
    auxiliaries and the cue.

    Returns:
        The claims of the first place of each sentence, and those of the places joined to it (which
        share its content and so must bypass the one-claim-per-content deduplication).
    """
    doc = ctx.doc
    claims: list[Claim] = []
    joint: list[Claim] = []
    for sent in sents:
        words = [t for t in sent if not t.is_space]
        if len(words) < 5 or words[0].lower_ not in {"in", "from"}:
            continue  # ("From NATO one referred to ...": German "Von der Nato hieß es")
        places: list[Span] = []
        i = words[0].i + 1
        if i + 1 < sent.end and doc[i].lower_ == "the" and ctx.ent_of[i] is None and ctx.ent_of[i + 1] is not None:
            i += 1  # "From the Kiel Harbour Authority one referred": the article before the body's name
        while i < sent.end and ctx.ent_of[i] is not None and ctx.ent_of[i].start == i \
                and ctx.ent_of[i].label_ in _SOURCE_LABELS and ctx.ent_of[i].kb_id_:
            places.append(ctx.ent_of[i])
            i = ctx.ent_of[i].end
            if i + 1 < sent.end and doc[i].lower_ == "and" and ctx.ent_of[i + 1] is not None:
                i += 1
        if not places or i >= sent.end or doc[i].lower_ != "one":
            continue
        one = i
        cue = next((t for t in doc[one + 1:sent.end] if ctx.in_quote[t.i] < 0 and t.pos_ in {"VERB", "AUX"}
                    and t.lemma_ not in {"have", "be"} and (t.lemma_ or t.lower_).lower() in ctx.cues.verbs), None)
        if cue is None:
            continue
        lemma = (cue.lemma_ or cue.lower_).lower()
        entries = ctx.cues.verbs[lemma]
        between = doc[one + 1:cue.i]
        if all(t.pos_ in {"ADV", "AUX", "PART"} or t.lemma_ in {"have", "be"} for t in between):
            # "one rejected the criticism": the cue comes first, its object and the rest are the content
            # (a phrasal cue needs its particle: "one holds oneself back" is no "hold for")
            entry = next((e for e in entries if not e.particle or any(c.lower_ == e.particle for c in cue.children)),
                         None)
            if entry is None:
                continue
            # ("In Moscow one sees it differently: the Russian embassy let know, ...": a colon before a
            # named speaker with a cue of its own ends what "one" says)
            # (so does a colon before a clause that names its source at its end or in its middle: "In Moscow
            # one sees that differently: there one speaks of hysteria, so the state agency TASS", "...: The
            # Russian Foreign Ministry had the accusation already rejected, ...")
            stop = next((j for j in range(cue.i + 1, sent.end) if doc[j].text in {":", ";"} and ctx.in_quote[j] < 0
                         and (_opens_speaker_clause(ctx, j + 1, sent.end) or _reports_own_source(ctx, j + 1, sent.end))),
                        sent.end)
            start, end = _trim(doc, cue.i + 1, stop)
        elif all(t.is_punct or t.is_space for t in doc[cue.i + 1:sent.end]):
            # "one has long for a stronger presence pleaded": verb-final, the content stands before the cue
            first = next((t.i for t in between if not (t.pos_ in {"ADV", "AUX", "PART"} or t.lemma_ in {"have", "be"})),
                         cue.i)
            entry = next((e for e in entries if e.particle and e.particle == doc[first].lower_),
                         next((e for e in entries if not e.particle), None))
            if entry is None:
                continue
            start, end = _trim(doc, first + (entry.particle == doc[first].lower_ != ""), cue.i)
        else:
            continue
        if end <= start or not _has_content_word(doc[start:end]) or entry.complement == "finite":
            continue
        span = doc[start:end]
        mixed = any(ctx.in_quote[j] >= 0 for j in range(start, end))
        used_quotes.update(ctx.in_quote[j] for j in range(start, end) if ctx.in_quote[j] >= 0)
        for place in places:
            actor_id, name = _entity_speaker(place)
            speaker = _Speaker(f"{words[0].text} {place.text}" if place is places[0] else place.text, actor_id, name,
                               place.start_char, place.end_char, False)
            (claims if place is places[0] else joint).append(_make_claim(
                ctx, speaker=speaker, cue_tokens=[cue], entry=entry, mode="mixed" if mixed else "indirect",
                content=(span.start_char, span.end_char, span.text), addressee=None))
    return claims, joint


def _quoted_speaker_claim(ctx: _Context, token: Token, entry: CueEntry, sent: Span, used_quotes: set[int], *,
                          last: _Speaker | None) -> Claim | None:
    """"Interfax quoted a deputy, X, with the words, Europe should ...": the quoted object speaks.

    Machine-translated German "zitierte X mit den Worten, ..." and "„…“, zitierte TASS X": the
    subject only relays; the object is the speaker. Limit: only a cue whose ``addressee`` is
    ``speaker`` in ``data/cues.csv``; the content is the clause after "with the words" and a comma or
    colon, or the clause before a comma that opens an inverted cue ("„…“, quoted TASS X"); "quoted X
    as saying" is left to the cue "say".
    """
    doc = ctx.doc
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative"} and c.i > token.i and c.pos_ in {"NOUN", "PROPN"}]
    if not objects or any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return None  # no quoted person, or "quoted X as saying": the cue "say" reads that one
    words = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (g.lemma_ or g.lower_).lower() == "word" for g in c.children)), None)
    # the quoted person is the last object before "with the words" (the parser may take a noun of the
    # verb-final clause after it for another object)
    before_words = [c for c in objects if words is None or c.i < words.i]
    if not before_words:
        return None
    target = before_words[-1]
    if words is not None:
        # "with the words, <clause>": what follows the comma or colon after "the words" was said
        after = max(t.i for t in words.subtree) + 1
        if after >= sent.end or doc[after].text not in {",", ":"}:
            return None
        start, end = _trim(doc, after + 1, sent.end)
        stop = words.i
    elif token.i - 1 > sent.start and doc[token.i - 1].text == "," and any(
            c.dep_ == "nsubj" and c.i > token.i for c in token.children) or (
            token.i - 1 > sent.start and doc[token.i - 1].text == "," and len(objects) >= 2):
        # "„The Ukraine be a country …“, quoted TASS a deputy, X": the clause before the inverted cue
        start, end = _trim(doc, sent.start, token.i - 1)
        stop = None
    else:
        return None
    if end - start < 2 or any(i in ctx.cue_entries for i in range(start, end)):
        return None  # too short, or another cue's clause
    speaker = _resolve_speaker(ctx, target, stop=stop, last=last)
    after = target.right_edge.i + 1
    name = ctx.ent_of[after + 1] if after + 1 < sent.end and doc[after].text == "," else None
    if name is not None and name.label_ == "PERSON" and (name.end >= sent.end or doc[name.end].is_punct):
        # "quoted TASS a deputy of the committee, Viktor X.": the parser hangs the closing name elsewhere,
        # but a name right after the object's phrase that ends the sentence is its appositive
        speaker = _resolve_speaker(ctx, name.root, stop=None, last=last)
    if not speaker.actor_id:
        return None
    span = doc[start:end]
    mixed = any(ctx.in_quote[i] >= 0 for i in range(start, end))
    used_quotes.update(ctx.in_quote[i] for i in range(start, end) if ctx.in_quote[i] >= 0)
    return _make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry, mode="mixed" if mixed else "indirect",
                       content=(span.start_char, span.end_char, span.text), addressee=None)


#: Personal pronouns that make a following base-form verb ungrammatical as an English indicative
#: ("he be", "one stand", "see he"): the third person singular (and German "man", "one").
_SINGULAR_PRONOUNS = {"he", "she", "it", "one"}
#: Base-form verbs that are always subjunctive as a finite verb with a subject ("Sanctions be only ...").
_ALWAYS_SUBJUNCTIVE = {"be"}
#: Verbs whose past tense is their base form ("let the minister open" is German "ließ offen", past).
_PAST_EQUALS_BASE = {"let", "put", "set", "cut", "hit", "cost", "hurt", "quit", "spread", "shut", "read", "bet",
                     "split", "upset", "broadcast", "forecast"}


#: Subjunctive verbs the tagger reads as nouns after a singular noun ("A decision fall at the earliest in April").
_SUBJUNCTIVE_READ_AS_NOUN = frozenset({"stand", "fall", "lie", "need", "hold", "rest", "count", "lack", "cost"})


def _subjunctive_verb(ctx: _Context, sent: Span) -> Token | None:
    """The finite Konjunktiv I verb of a sentence ("Sanctions be only the last means."), or ``None``.

    Limit: only forms that are ungrammatical as an English indicative: "be" with a subject, or a bare
    base-form verb with a singular subject ("the alliance have", "one stand") or with a singular
    pronoun right after it ("Currently see he ..."); a plural subject ("the companies have") or a
    modal ("one must") is ordinary English and is left alone.
    """
    doc = ctx.doc
    for verb in sent:
        if verb.dep_ == "ROOT" and verb.tag_ == "NN" and verb.lower_ in _SUBJUNCTIVE_READ_AS_NOUN \
                and ctx.in_quote[verb.i] < 0 and verb.i + 1 < sent.end and doc[verb.i + 1].pos_ in {"ADV", "PART", "ADP"} \
                and any(c.dep_ in {"compound", "nsubj"} and c.tag_ in {"NN", "NNP"} and c.i < verb.i for c in verb.children) \
                and not any(t.pos_ in {"VERB", "AUX"} and ctx.in_quote[t.i] < 0 for t in sent):
            # "A complete withdrawal stand however not on the agenda": the tagger reads the subjunctive
            # verb after a singular noun as the last noun of a compound, and the sentence has no verb
            return verb
        if verb.lower_ == "be" and verb.i > sent.start + 3 and doc[verb.i - 1].text == "," \
                and doc[sent.start].lower_ in {"whether", "how", "when", "who", "what"} and ctx.in_quote[verb.i] < 0:
            return verb  # "Whether it still this year the house leaves, be open": the question is the subject
        if verb.tag_ not in {"VB", "VBP"} or verb.pos_ not in {"VERB", "AUX"} or ctx.in_quote[verb.i] >= 0 \
                or verb.lower_ in _PAST_EQUALS_BASE:
            continue  # a past form that looks like the base ("let") is no subjunctive
        if verb.i > sent.start and doc[verb.i - 1].lower_ in _NON_FINITE_MARKERS:
            continue  # an infinitive or a verb after a modal or "do" is no finite form
        if any(c.dep_ in {"aux", "auxpass"} and c.i < verb.i for c in verb.children):
            continue  # "will nobody leave": the auxiliary is the finite verb
        if verb.lower_ == "be" and verb.dep_ in {"aux", "auxpass"} and verb.head.dep_ == "ROOT" and not any(
                c.dep_ in {"aux", "auxpass"} and c.i < verb.i for c in verb.head.children):
            # "A further reinforcement be planned": a finite passive "be" is a subjunctive too
            subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.lower_ not in {"i", "you", "we", "they"}:
                return verb
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        if verb.lower_ == "be" and verb.dep_ == "ROOT" and not subjects and any(
                c.dep_ in {"advmod", "npadvmod", "prep"} and c.i < verb.i for c in verb.children) and any(
                c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"} and c.i > verb.i for c in verb.children):
            return verb  # "Now be time for deeds": verb-second "be" with the subject after it (the parser's attr)
        after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
        if after is not None and after.lower_ in _SINGULAR_PRONOUNS - {"it", "one"} and after.dep_ in {"nsubj", "dobj"}:
            return verb  # "Currently see he on neither side the will": verb-second with a pronoun subject after it
        if after is not None and after.lower_ == "one" and verb.i > sent.start and not any(
                t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == verb.i for t in doc[sent.start:verb.i]) \
                and verb.i + 2 < sent.end and doc[verb.i + 2].pos_ not in {"NOUN", "ADJ", "PROPN", "ADP"}:
            # "For a special regulation see one „at present no need“": German "man" after a fronted phrase (not
            # "they see one problem", where "one" counts the noun after it)
            return verb
        if not subjects or not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
                                or _fronted_complement(ctx, verb, sent, subjects[0])):
            continue  # "let the analyst open": a bare infinitive under another verb is no finite verb
        subject = subjects[0]
        if verb.lower_ in _ALWAYS_SUBJUNCTIVE:  # the form itself: "are" and "is" are indicative
            if subject.lower_ not in {"i", "you", "we", "they"}:
                return verb  # "Sanctions be only the last means": "be" as a finite verb is always subjunctive
            continue
        singular = subject.lower_ in _SINGULAR_PRONOUNS or (
            subject.tag_ in {"NN", "NNP"} and not any(c.dep_ in {"conj", "cc"} for c in subject.children)
            # "The Greens remain": a proper name in -s may be plural
            and not (subject.tag_ == "NNP" and subject.lower_.endswith("s")))
        if singular and subject.lower_ not in {"i", "you", "we", "they"}:
            return verb  # "the alliance have", "Austria stand": a base form after a singular subject
    return None


def _fronted_complement(ctx: _Context, verb: Token, sent: Span, subject: Token) -> bool:
    """Whether ``verb`` opens its sentence as a complement the parser hung under a later verb.

    "Putin want thereby a pretext create, the talks later as failed to declare": the parser reads the
    first clause as the object of the verb after the comma; its finite verb is still the sentence's
    own. Limit: the subject opens the sentence, the later verb is no cue.
    """
    return verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.head.i == verb.head.i \
        and subject.left_edge.i == sent.start and verb.head.i not in ctx.cue_entries


#: Modals whose German order ("must the Ukraine more help") marks reported speech running on after a claim.
_REPORTED_MODALS = frozenset({"must"})


def _modal_verb_final(ctx: _Context, sent: Span) -> Token | None:
    """The modal of "Berlin must in addition the Ukraine more help, ..." (German verb-final order), or ``None``.

    After a claim, German reported speech runs on with a modal and the infinitive at the end of the
    clause ("müsse ... helfen"), which machine translation keeps. Limit: no question; a modal of
    :data:`_REPORTED_MODALS` ("must": "should", "could" and "would" open conditions and questions too
    often) outside quotes, not opening the sentence or following a comma, not followed by a verb or
    adverb (English order), with two words at least between it and a bare verb that closes the clause
    (before its first comma or the sentence end).
    """
    doc = ctx.doc
    if any(t.text == "?" for t in sent):
        return None  # "Must a prayer something change?": a question reports nothing
    for modal in sent:
        if modal.tag_ != "MD" or modal.lower_ not in _REPORTED_MODALS or ctx.in_quote[modal.i] >= 0 \
                or modal.i == sent.start or doc[modal.i - 1].text == ",":
            continue  # ("Must X come, ...": a modal opening the sentence or its main clause is a condition's)
        if modal.i + 1 >= sent.end or doc[modal.i + 1].pos_ in {"VERB", "AUX", "ADV", "PART"}:
            continue  # "must help", "must not", "must also help": English order
        stop = next((t.i for t in doc[modal.i + 1:sent.end] if t.text in {",", ";", ":"} or t.is_punct
                     and t.text in {".", "!", "?"}), sent.end)
        last = doc[stop - 1] if stop - 1 > modal.i + 2 else None
        if last is not None and last.tag_ == "VB" and doc[last.i - 1].lower_ != "to" and ctx.in_quote[last.i] < 0 \
                and not any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VB" for t in doc[modal.i + 1:last.i]):
            return modal
    return None


def _semicolon_continuations(ctx: _Context, found: list[Claim], sents: list[Span]) -> list[Claim]:
    """Run a claim's content on over a semicolon when the clause after it goes on in reported speech.

    "A spokesman rejected the reproach; the army be „so well prepared like never“", "The Kremlin
    rejected every involvement; Russia has with the attacks „nothing to do“": German keeps the
    speaker's next statement in the same sentence. Limit: the clause must run from the semicolon right
    after the content to the sentence end, hold a subjunctive verb (:func:`_subjunctive_verb`) or a
    quote, and no cue, source or claim of its own.
    """
    doc = ctx.doc
    starts = sorted(c.start_char for c in found)
    out = []
    for claim in found:
        span = doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
        if span is None or not len(span):
            out.append(claim)
            continue
        sent = sents[ctx.sent_of[span.end - 1]]
        semi = span.end
        while semi < sent.end and (doc[semi].is_quote or doc[semi].is_space):
            semi += 1
        if semi >= sent.end - 3 or doc[semi].text != ";" or ctx.in_quote[semi] >= 0:
            out.append(claim)
            continue
        start, end = _trim(doc, semi + 1, sent.end)
        clause = doc[start:end]
        quoted = any(ctx.in_quote[i] >= 0 for i in range(start, end))
        if len(clause) < 3 or any(t.i in ctx.cue_entries or t.lower_ in _SOURCE_WORDS for t in clause) \
                or any(clause.start_char <= c < clause.end_char for c in starts) \
                or not (quoted or _subjunctive_verb(ctx, clause) is not None):
            out.append(claim)
            continue
        out.append(claim._replace(content=ctx.text[claim.content_start:clause.end_char], content_end=clause.end_char,
                                  end_char=max(claim.end_char, clause.end_char),
                                  mode="mixed" if quoted and claim.mode == "indirect" else claim.mode))
    return out


#: Nouns for what a speaker rejects that German follows with the rejected statement after a comma ("wies den
#: Vorwurf zurück, der Handel bereichere sich": "rejected the reproach, the trade enrich itself").
_REPROACH_NOUNS = frozenset({"reproach", "reproaches", "accusation", "accusations", "allegation", "allegations",
                             "charge", "charges", "assertion", "suspicion", "impression", "representation",
                             "reports", "claims", "rumours", "rumors"})
#: What opens a clause after such a noun's comma that is no statement of the reproach ("the charge, which ...",
#: "the accusation, saying ...", "the reproach, however").
_NO_REPROACH_OPENING = {"WDT", "WP", "WP$", "WRB", "VBG", "VBN", "CC", "RB", "IN", "TO"}


def _names_a_reproach(span: Span) -> bool:
    """Whether a content span is just a reproach noun: "the reproach", "reports", "the reproach of Vivant".

    Limit: "the"/"this" and a noun of :data:`_REPROACH_NOUNS`, or a bare plural of them, optionally
    followed by "of" and its author (a name or a noun phrase with no verb and no punctuation).
    """
    noun = 1 if span[0].lower_ in {"the", "this"} else 0
    if noun >= len(span) or span[noun].lower_ not in _REPROACH_NOUNS or noun == 0 and span[0].tag_ != "NNS":
        return False
    author = span[noun + 1:]
    return not len(author) or author[0].lower_ == "of" and len(author) >= 2 and not any(
        t.is_punct or t.pos_ in {"VERB", "AUX"} for t in author)


def _reproach_clauses(ctx: _Context, found: list[Claim], sents: list[Span]) -> list[Claim]:
    """Run a rejection's content over the statement rejected, when it follows the noun after a comma.

    Machine-translated German "wies den Vorwurf zurück, der Handel bereichere sich" gives "rejected the
    reproach, the trade enrich itself in the crisis": the clause after the comma is the reproach the
    speaker rejected, and the content is both. Limit: the content must name just the reproach
    (:func:`_names_a_reproach`); the clause runs from the comma to the sentence end, opens
    with a determiner, pronoun, name or noun (not "which", "saying", "however"), holds no cue and no
    other claim, and needs three words or more.
    """
    doc = ctx.doc
    starts = sorted(c.start_char for c in found)
    out = []
    for claim in found:
        span = doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
        if span is None or not _names_a_reproach(span):
            out.append(claim)
            continue
        sent = sents[ctx.sent_of[span.end - 1]]
        comma = span.end
        start, end = _trim(doc, comma + 1, sent.end)
        clause = doc[start:end]
        if comma >= sent.end or doc[comma].text != "," or ctx.in_quote[comma] >= 0 or len(clause) < 3 \
                or clause[0].tag_ in _NO_REPROACH_OPENING or clause[0].is_quote \
                or any(t.i in ctx.cue_entries or t.lower_ in _SOURCE_WORDS for t in clause) \
                or any(clause.start_char <= c < clause.end_char for c in starts):
            out.append(claim)
            continue
        out.append(claim._replace(content=ctx.text[claim.content_start:clause.end_char], content_end=clause.end_char,
                                  end_char=max(claim.end_char, clause.end_char)))
    return out


def _subjunctive_continuations(ctx: _Context, found: list[Claim], sents: list[Span]) -> list[Claim]:
    """Unquoted sentences in the German subjunctive right after a claim keep that claim's speaker.

    German reported speech runs on in Konjunktiv I, which machine translation renders as "be", "have",
    "stand" with a singular subject ("Sanctions be only the last means."). Limit: the sentence must
    directly follow the sentence where the previous claim ends, in the same paragraph, hold no quote
    and no cue of its own, and its verb must be ungrammatical as an English indicative (see
    :func:`_subjunctive_verb`) or a modal in German verb-final order (:func:`_modal_verb_final`); a chain
    of such sentences continues the same speaker.
    """
    doc = ctx.doc
    extra: list[Claim] = []
    say = ctx.cues.verbs.get("say", [None])[0] or CueEntry("", "VERB", "statement", "01", "")
    ends = sorted(found, key=lambda c: c.end_char)
    for number, sent in enumerate(sents):
        if number == 0:
            continue
        first = next((t for t in sent if not (t.is_space or t.is_punct and not t.is_quote)), None)
        if first is None or first.is_quote or ctx.in_quote[first.i] >= 0:
            continue  # a sentence that opens with a quote is direct speech, read elsewhere
        # (a quoted fragment inside the sentence is the speaker's words: "That be „a wrong signal“.")
        mixed = any(ctx.in_quote[t.i] >= 0 or t.is_quote for t in sent)
        if any(t.i in ctx.cue_entries and not _infinitive_cue(t) for t in sent):
            continue  # a cue of its own names its own speaker
        previous = [c for c in ends + extra if c.end_char <= sent.start_char]
        if not previous:
            continue
        prior = max(previous, key=lambda c: (c.end_char, bool(c.speaker_id)))  # (a known speaker first, as for quotes)
        prior_sent = ctx.sent_of[doc.char_span(prior.end_char - 1, prior.end_char, alignment_mode="expand").start]
        if prior_sent != number - 1 or not prior.speaker_id:
            continue  # only right after the claim: further on, the speaker is no longer clear
        if ctx.paragraph_of and ctx.paragraph_of[sent.start] != ctx.paragraph_of[sents[number - 1].start]:
            continue  # a new paragraph may be the reporter's own voice
        if any(c.start_char >= sent.start_char and c.start_char < sent.end_char for c in found):
            continue  # the sentence has a claim of its own
        verb = _subjunctive_verb(ctx, sent) or _modal_verb_final(ctx, sent)
        if verb is None:
            continue
        start, end = _trim(doc, sent.start, sent.end)
        if end - start < 3 or not _has_content_word(doc[start:end]):
            continue
        span = doc[start:end]
        extra.append(Claim(
            sent_index=number, start_char=span.start_char, end_char=span.end_char,
            speaker_text=prior.speaker_text, speaker_id=prior.speaker_id, speaker_name=prior.speaker_name,
            speaker_start=prior.speaker_start, speaker_end=prior.speaker_end, cue="", cue_lemma="",
            claim_type=say.claim_type, mode="mixed" if mixed else "indirect", content=span.text,
            content_start=span.start_char, content_end=span.end_char, addressee_text="", addressee_id="",
            addressee_name="", cameo=say.cameo, plover=say.plover,
        ))
    return extra


def _infinitive_cue(token: Token) -> bool:
    """Whether a cue word is an infinitive after "to" that belongs to a clause's content, not its attribution.

    "Putin want thereby a pretext create, the talks later as failed to declare": German "für gescheitert
    zu erklären" puts the cue in the reported clause; an infinitive has no speaker of its own.
    """
    return token.tag_ == "VB" and token.i > 0 and token.doc[token.i - 1].tag_ == "TO" \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _last_word(span: Span) -> int:
    """The index of the last token of ``span`` that is no punctuation or quote mark (or -1)."""
    return next((t.i for t in reversed(span) if not (t.is_punct or t.is_quote or t.is_space)), -1)


def _colon_clause(ctx: _Context, token: Token, *, reach: int = 8, right_after: bool = False) -> Span | None:
    """The clause after a colon that closes a cue's object or adverb ("rejected the criticism: ..."), or ``None``.

    German "wies die Kritik zurück: Deutschland handle ..." keeps the reported clause after a colon.
    Limit: only an object (quoted words included), pronoun or adverbs (no verb, no punctuation but a
    comma beside an adverb) may stand between the cue and the colon, within ``reach`` tokens; the
    clause runs to the sentence end, holds an unquoted verb, opens with no quote or source ("loud X")
    and has no cue of its own. ``right_after`` also reads a colon right after the cue, for a cue
    whose clause the parser did not attach ("contradicted: a pipeline, which …, be no project").
    """
    doc = ctx.doc
    sent = token.sent
    if sent[-1].text == ":" and sent.end < len(doc) and "\n" not in sent[-1].whitespace_ and ctx.in_quote[sent.end - 1] < 0:
        # ("warned before panic: The most firms had ...": the sentence splitter ends a sentence at a colon
        # before a capital; the clause after it is still this sentence's)
        sent = doc[sent.start:doc[sent.end].sent.end]
    colon = None
    for t in doc[token.i + 1:min(sent.end, token.i + 1 + reach)]:
        if t.text == ":" and ctx.in_quote[t.i] < 0:
            colon = t.i
            break
        if t.is_quote or ctx.in_quote[t.i] >= 0:
            # "spoke of a „dangerous precedent“: the mission shows ...": a quoted object before the colon
            continue
        if t.text == "," and (doc[t.i - 1].pos_ == "ADV" or doc[t.i + 1].pos_ == "ADV"):
            continue  # "warned, however, before carelessness: ...": commas around an adverb close no clause
        if t.text in _NAME_HYPHENS and not doc[t.i - 1].whitespace_ and not t.whitespace_:
            continue  # "criticised the traffic-light coalition: ...": a hyphen inside a word closes nothing
        if t.is_punct or t.pos_ in {"VERB", "AUX"}:
            return None
    if colon is None or colon == token.i + 1 and not right_after:
        return None  # "said: ..." is read by the usual colon handling
    start, end = _trim(doc, colon + 1, sent.end)
    clause = doc[start:end]
    # (a participle closing the clause is its own verb-final perfect: "rejected the reproach: one have the
    # colleagues „in time“ informed")
    last = _last_word(clause)
    # (the tagger may read that participle as a past tense: "Already in October have the crisis staff over
    # the supply advised")
    perfect = any(t.lower_ in {"have", "has", "had"} for t in clause[:max(0, last - clause.start)])
    if len(clause) < 3 or clause[0].is_quote or any(
            t.i in ctx.cue_entries and _reports_clause(t)
            and not (t.i == last and (t.tag_ == "VBN" or t.tag_ == "VBD" and perfect)) for t in clause):
        return None  # a quote right after the colon is direct speech, read by the quote handling
    if clause[0].lower_ in _SOURCE_WORDS:
        return None  # "pointed to the means: loud a spokeswoman has ...": the clause names its own source
    if not any(t.pos_ in {"VERB", "AUX"} and ctx.in_quote[t.i] < 0 for t in clause):
        return None  # "rejected two things: delays and costs" is a list, not a reported clause
    return clause


def _reports_clause(cue: Token) -> bool:
    """Whether a cue inside a clause reports speech of its own (a clause, a comma or colon, a quote after it).

    Limit: "not Kiev threaten anybody" (a cue with a plain object) is an action inside the clause,
    not another claim; a cue at the clause's end still counts as reporting.
    """
    doc = cue.doc
    follower = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    # a clause, a "that", or a comma, colon or quote right after the cue opens what it reports
    return follower is None or follower.text in {",", ":"} or follower.is_quote or follower.is_punct and cue.dep_ != "ROOT" \
        or any(c.i > cue.i and (c.dep_ in {"ccomp", "xcomp", "parataxis"} or (c.dep_ == "mark" and c.lower_ == "that"))
               for c in cue.children)


def _is_clause_predicate(token: Token) -> bool:
    """Whether a token is a clause's predicate: a verb, or any word the parser gave a subject.

    Limit: trusts the parser's subject arc; a verb-final German verb tagged as a noun ("that
    Germany its duties fulfil") still heads its subject, so the arc marks the clause.
    """
    # the verb closing a German verb-final clause is often tagged a noun, yet keeps its subject arc
    return token.pos_ in {"VERB", "AUX"} or (token.pos_ in {"NOUN", "PROPN"} and token.dep_ != "nsubj" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i for c in token.children))


def _opens_german_that_clause(ctx: _Context, comma: int, sent: Span) -> bool:
    """Whether "that" after a cue's bare comma opens a verb-final clause to the sentence end ("criticised, that X ... has").

    Machine translation keeps German "kritisierte, dass ..." with its comma; the parser then often
    reads "that" as a determiner or object and loses the clause. Limit: the clause must hold an
    unquoted verb and no cue of its own, and end with the sentence (a semicolon ends it too).
    """
    doc = ctx.doc
    if comma + 2 >= sent.end or doc[comma + 1].lower_ != "that" or ctx.in_quote[comma + 1] >= 0:
        return False
    rest = [t for t in doc[comma + 2:sent.end] if ctx.in_quote[t.i] < 0]
    # a cue in the clause may report speech of its own: the usual reading decides then
    # ("that the ministry the sanctions „…“ support": the parser may hang the clause's subject on "that")
    return (any(_is_clause_predicate(t) for t in rest)
            or any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > comma + 1 for c in doc[comma + 1].children)) and not any(
        t.i in ctx.cue_entries and _reports_clause(t) for t in rest)


def _is_closing_addressee(ctx: _Context, complement: Token, sent: Span) -> bool:
    """Whether a cue's complement is only the outlet it spoke to, closing the sentence ("..., he said the agency X").

    German "sagte er der Agentur X" keeps the dative in translation, and the parser takes the
    outlet for the cue's clause. Limit: a verbless, unquoted noun phrase with a determiner or
    possessive ("the agency Interfax", "our newspaper") followed only by the sentence's end.
    """
    doc = ctx.doc
    if complement.dep_ not in {"ccomp", "dobj"} or complement.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = list(complement.subtree)
    if any(t.pos_ in {"VERB", "AUX"} or ctx.in_quote[t.i] >= 0 for t in words):
        return False
    if not any(t.dep_ in {"det", "poss"} and t.lower_ in {"the", "our", "his", "her", "their"}
               and t.head.i == complement.i for t in words):
        return False  # ("rejects any involvement in the attacks": an article deeper in the phrase is no outlet's)
    if any(c.dep_ == "prep" for c in complement.children):
        return False  # an outlet told is a bare name ("the agency Interfax"), not "involvement in X"
    # only the outlet may follow the cue: anything after it would be the cue's real complement
    return all(t.is_punct or t.is_space for t in doc[words[-1].i + 1:sent.end])


def _holds_quote(preposition: Token) -> bool:
    """Whether a quote mark stands between a preposition and the end of its object ("of a „black day“").

    A quoted label is content even when the model tags it a date; an unquoted "on Monday" stays a time adjunct.
    """
    doc = preposition.doc
    return any(t.is_quote for t in doc[preposition.i:min(len(doc), preposition.right_edge.i + 2)])


def _appositive_participle_claims(ctx: _Context, sents: list[Span], found: list[Claim],
                                  cue_of: dict[int, Token], used_quotes: set[int]) -> list[Claim]:
    """"The minister, the Social Democrat X, underlined on Wednesday in the parliament, the state stand ...".

    German reported speech after a comma: when an appositive closes with a comma before the cue,
    the parser reads the cue as a participle modifying the subject noun (``acl``) and the reported
    clause as the main clause. Limit: the cue must follow the appositive's comma, its head noun must
    be the subject of the clause after the cue's adjuncts, and that clause must be German reported
    speech as :func:`_comma_complement` reads it (a subject and a finite or subjunctive verb).
    """
    doc = ctx.doc
    used = {t.i for t in cue_of.values()} | {c.start_char for c in found}
    claims: list[Claim] = []
    for i, entry in ctx.cue_entries.items():
        token = doc[i]
        head = token.head
        while head.dep_ == "appos" and head.head.i < head.i:
            head = head.head  # "the minister, the Green politician X, underlined": the cue hangs on the appositive
        # ("The report, published on Monday, ...": only a reporting cue, after a comma, on a sentence's subject)
        if i in used or token.dep_ != "acl" or token.tag_ not in {"VBN", "VBD"} or i == 0 \
                or doc[i - 1].text != "," or head.i >= i or head.pos_ not in {"NOUN", "PROPN"} \
                or head.dep_ not in {"nsubj", "nsubjpass"} or head.head.i <= i or ctx.in_quote[i] >= 0 \
                or entry.complement == "finite" or entry.particle:
            continue
        sent = sents[ctx.sent_of[i]]
        clause = _comma_complement(ctx, token, sent, head)
        if clause is None or not clause.start <= head.head.i < clause.end:
            continue  # the subject noun must hang on the reported clause's verb, which the parser took for the main one
        speaker = _resolve_speaker(ctx, head, stop=i, last=None)
        mixed = any(ctx.in_quote[j] >= 0 for j in range(clause.start, clause.end))
        used_quotes.update(ctx.in_quote[j] for j in range(clause.start, clause.end) if ctx.in_quote[j] >= 0)
        claims.append(_make_claim(ctx, speaker=speaker, cue_tokens=[token], entry=entry,
                                  mode="mixed" if mixed else "indirect",
                                  content=(clause.start_char, clause.end_char, clause.text), addressee=None))
    return claims


def _nominal_root_subject(ctx: _Context, token: Token, sent: Span) -> Token | None:
    """The subject noun of a cue the parser hung on it in a sentence it read as verbless, else ``None``.

    Limit: the subject noun phrase must open the sentence and be its root; the cue must follow the
    phrase directly as its participle (``acl``), be coordinated with such a cue ("... and urged X"),
    or be a finite verb read as the object of a preposition of the phrase ("X from the Initiative
    Y speaks of ...").
    """
    doc = ctx.doc
    head = token.head
    if token.dep_ == "pobj" and token.tag_ in {"VBZ", "VBD"} and head.pos_ == "ADP" and head.head.i < head.i:
        # why: a finite verb is never a preposition's object; the phrase the preposition hangs on is its subject
        head = head.head
        if head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"} or head.left_edge.i != sent.start:
            return None
        return head
    if token.tag_ not in {"VBD", "VBN"} or head.i >= token.i or head.dep_ != "ROOT" \
            or head.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return None
    # why: only a noun phrase that opens the sentence with a determiner reads as its subject
    if head.left_edge.i != sent.start or doc[sent.start].dep_ != "det":
        return None

    def follows_phrase(cue: Token) -> bool:
        # why: the cue right after the noun phrase (its name or appositive included, no comma between)
        # is its verb; after a comma or other words it is a real modifier ("The report, published ...")
        before = [c for c in head.children if c.i < cue.i and c.dep_ not in {"acl", "conj", "cc", "punct"}]
        end = max([head.i] + [c.right_edge.i for c in before if c.i > head.i])
        return cue.i == end + 1 and not any(doc[j].text in {",", "(", "–", "—"} for j in range(head.i, cue.i))

    if token.dep_ == "acl":
        return head if follows_phrase(token) else None
    # why: "The 61-year-old called on X and urged Y": the conjunct shares the misread subject only
    # when the first cue hangs on the same noun
    if token.dep_ == "conj" and any(c.dep_ == "acl" and c.i in ctx.cue_entries and follows_phrase(c)
                                    for c in head.children):
        return head
    return None


def _nominal_root_claims(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token],
                         used_quotes: set[int]) -> list[Claim]:
    """"The former minister called on member states to ...": a cue the parser hung on its subject noun.

    With no finite verb in the sentence, the parser makes the subject noun phrase the root and the
    cue after it a participle modifying it (``acl``), a coordinated cue ("... and urged X") a
    conjunct of that noun, or a present-tense cue after a "from" phrase the object of "from". Limit:
    see :func:`_nominal_root_subject`; the cue must stand outside quotes; the content is what
    :func:`_reported_claim` reads from the cue's complements, else a "that" clause after the comma
    that closes a German verb bracket ("made after the session clear, that ...").
    """
    doc = ctx.doc
    used = {t.i for t in cue_of.values()} | {c.start_char for c in found}
    claims: list[Claim] = []
    for i, entry in ctx.cue_entries.items():
        token = doc[i]
        if i in used or ctx.in_quote[i] >= 0:
            continue
        sent = sents[ctx.sent_of[i]]
        subject = _nominal_root_subject(ctx, token, sent)
        if subject is None:
            continue
        cue_tokens = [token] + [c for c in token.children if entry.particle and c.lower_ == entry.particle
                                and c.dep_ in {"prep", "prt"}][:1]
        separated = _separated_particle(token, entry)
        if len(cue_tokens) == 1 and separated is not None:
            cue_tokens.append(separated)
        speaker = _resolve_speaker(ctx, subject, stop=i, last=None)
        claim = _reported_claim(ctx, token, entry, sents, used_quotes, subject=subject, speaker=speaker,
                                cue_tokens=cue_tokens)
        comma = _bare_comma_after(doc, token, sent, cues=ctx.cues)
        if (claim is None or claim.content_start < token.idx) and comma is not None \
                and doc[comma + 1].lower_ == "that":
            # "made after the session clear, that he ...": the parser hangs the German "that" clause on the root
            start, end = _trim(doc, comma + 2, sent.end)
            if end - start < 2 or any(ctx.in_quote[j] >= 0 for j in range(start, end)):
                continue
            span = doc[start:end]
            claim = _make_claim(ctx, speaker=speaker, cue_tokens=cue_tokens, entry=entry, mode="indirect",
                                content=(span.start_char, span.end_char, span.text), addressee=None)
        if claim is not None and claim.content_start > token.idx:
            claims.append(claim)
    return claims
