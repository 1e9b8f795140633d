"""Speakers: the subject of a cue, the speaker phrase, and the actor it stands for.

Names, appositives, anonymous officials speaking for an institution, organisations named before,
joint speakers; references to persons named earlier are resolved with :mod:`.references`.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from workbench.actors import NESTED_KEY, age_fits, trade_before_name
from workbench.claims.context import (
    _DESCRIPTIVE,
    _UNLINKED,
    Claim,
    _actor_of,
    _after_opposite,
    _Context,
    _entity_speaker,
    _is_line_prefix,
    _resolution,
    _seat_of_body,
    _Speaker,
)
from workbench.claims.cues import default_cues, joint_subject_of_noun_root
from workbench.claims.quotes import OPEN_TO_CLOSE
from workbench.claims.references import (
    _AGE_DESCRIPTION,
    _PERSON_PRONOUNS,
    _PRONOUN_GENDER,
    _antecedent,
    _group_members,
    _introduced_as,
    _sentence_at,
)
from workbench.names import (
    load_name_genders,
    lookup_key,
    outlet_shaped,
    role_gender,
    slugify,
)
from workbench.resources import load_table
from workbench.segment import dateline_end

logger = logging.getLogger(__name__)


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
    told = next((c.i for c in head.rights if c.dep_ == "prep" and c.lower_ == "opposite"), None)
    if told is not None and left < told < right:
        right = told  # "said the master baker opposite the Kurier" (German "gegenüber"): the outlet told
    if head.dep_ == "dobj" and head.i > head.head.i and not any(c.dep_ == "nsubj" for c in head.head.children):
        # "At the same time warned the retired ambassador before exaggerated hopes": the particle of the cue's
        # phrase (data/cues.csv, complement object_then_particle), hung on the inverted speaker, is not his
        lemma = (head.head.lemma_ or head.head.lower_).lower()
        particles = {e.particle for e in default_cues().verbs.get(lemma, []) if e.complement == "object_then_particle"}
        cut = next((c.i for c in head.rights if c.dep_ == "prep" and c.lower_ in particles), None)
        if cut is not None and left < cut < right:
            right = cut
    asked = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "from"), None) if head.dep_ == "dobj" else None
    if asked is not None and left < asked.i < right and any(
            o.dep_ == "dobj" and o.i > asked.right_edge.i for o in head.head.children):
        right = asked.i  # "demands the association from Berlin a price brake": the one asked, then the demand
    while left < right - 2 and left != head.i and _is_line_prefix(doc[left]):
        left += 2  # "WARSAW - An EU official": the dateline the parser hung on the phrase is not part of it
    while right - 1 > left and doc[right - 1].is_punct:
        right -= 1
    if right < len(doc) and doc[right].text == ")" and sum(t.text == "(" for t in doc[left:right]) > sum(
            t.text == ")" for t in doc[left:right]):
        right += 1  # "Landrat Georg Sedlmeier (CSU)": a party's bracket opened in the phrase closes in it
    while left < right - 1 and (doc[left].is_punct or doc[left].is_space) and left != head.i:
        left += 1  # a closing quote or paragraph break the parser glued on is not the speaker
    return doc[left:right]


#: Entity labels of no actor, which the model may give to surnames ("[Hoyer and Rudloff]WORK_OF_ART").
_NO_ACTOR_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "LANGUAGE"})


#: Role nouns that name the same kind of anonymous voice ("a spokeswoman ... the spokesperson").
_SAME_VOICE = {"spokeswoman": "spokesperson", "spokesman": "spokesperson", "spokesperson": "spokesperson",
               "speaker": "spokesperson"}  # (translated German "Sprecher" comes out as "speaker")


#: Role nouns general enough to take up an anonymous voice of another role ("a diplomat ... the official").
_HYPERNYM_VOICES = frozenset({"official", "source"})


def _indefinite(token: Token) -> bool:
    """Whether a noun has the indefinite article: "a spokesman", "an official" (one holder, not yet named)."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)


def _voice_key(lemma: str) -> str:
    return _SAME_VOICE.get(lemma, lemma)


#: Nouns of "according to its own statements/information": the clause's subject is the source.
_OWN_ACCOUNTS = {"statement", "information", "account", "word", "data", "figure", "estimate", "report", "admission",
                 "count", "calculation", "indication"}


def _resolve_speaker(ctx: _Context, head: Token, *, stop: int | None, last: _Speaker | None) -> _Speaker:
    """Map a speaker phrase headed by ``head`` to an actor (entity, appositive, reference).

    An unnamed official resolved to an institution ("the ministry's spokeswoman", "A senior
    official in the chancellery") is remembered as an anonymous voice that a later "the
    spokeswoman" / "the official" and "she" / "he" take up.
    """
    if head.lower_ == "who" and head.dep_ == "nsubj" and head.head.dep_ == "conj" and head.i > 1 \
            and head.doc[head.i - 1].lower_ in {"and", "but"}:
        # "Sir Hugh Danvers, who wrote that ..., and who urged residents ...": the second relative clause
        # joined to the first (or, as the parser may read it, to the name) is on the same person
        joined = head.head.head
        noun = joined.head if joined.dep_ in {"relcl", "acl"} else joined
        if noun.pos_ in {"NOUN", "PROPN"} and (joined.dep_ in {"relcl", "acl"} or any(
                c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in noun.children)):
            inner = _resolve_speaker(ctx, noun, stop=head.i, last=last)
            return _Speaker(head.text, inner.actor_id, inner.name, head.idx, head.idx + len(head.text), inner.person)
    if head.lower_ in {"who", "which", "that"} and head.dep_ in {"nsubj", "nsubjpass"} \
            and head.head.dep_ in {"relcl", "acl"} and head.head.head.i != head.i:
        # "the State Department, which has said repeatedly ...", "a diplomat ..., who said": the
        # relative pronoun stands for the noun its clause describes
        antecedent = head.head.head
        if head.lower_ == "who" and (ctx.ent_of[antecedent.i] is None or ctx.ent_of[antecedent.i].label_ != "PERSON"):
            # "Fiona Lennox, the SNP MSP for the area, who urged", "Jaan Saar of the Reform Party, who
            # accused": "who" stands for the person whose phrase the clause closes, not its last noun
            up = antecedent
            for _ in range(4):
                if up.dep_ in {"pobj", "appos"} or (up.dep_ == "prep" and up.head.i != up.i):
                    up = up.head
                    if ctx.ent_of[up.i] is not None and ctx.ent_of[up.i].label_ == "PERSON":
                        antecedent = up
                        break
                else:
                    break
        if antecedent.pos_ in {"NOUN", "PROPN"}:
            inner = _resolve_speaker(ctx, antecedent, stop=head.i if antecedent.i < head.i else None, last=last)
            return _Speaker(head.text, inner.actor_id, inner.name, head.idx, head.idx + len(head.text), inner.person)
    if any(c.lower_ == "own" for c in head.children) and (head.lemma_ or head.lower_).lower() in _OWN_ACCOUNTS:
        # "The US government has according to own statements ... transferred": by its own account,
        # the subject of the clause is the source
        verb = head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subject = _subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is not None and subject.i != head.i:
            inner = _resolve_speaker(ctx, subject, stop=None, last=last)
            return _Speaker(inner.text, inner.actor_id, inner.name, inner.start, inner.end, inner.person)
    speaker = _resolve_speaker_phrase(ctx, head, stop=stop, last=last)
    if not speaker.actor_id and (author := _author_of_study(head)) is not None:
        # "according to a survey of the association", "Loud a study of the Forschungsstelle Grenzraum", "figures
        # compiled by the Clarion": the body that made the survey, study or figures speaks through them
        inner = _resolve_speaker(ctx, author, stop=None, last=last)
        if inner.actor_id:
            speaker = _Speaker(speaker.text, inner.actor_id, inner.name, speaker.start, speaker.end, False)
    earlier = ctx.spoken.get(speaker.start)
    if earlier is not None and earlier.text == speaker.text and earlier.actor_id and speaker.person:
        # "The Freedom Party man accused ... and demanded ...": one phrase is one referent for both cues,
        # though the claim just made has changed what "the person named last" is
        return earlier
    lemma = (head.lemma_ or head.lower_).lower()
    if head.pos_ in {"NOUN", "PROPN"} and (land := _ministry_seated_in_a_land(ctx, head, lemma, speaker)) is not None:
        # "From the agriculture ministry in Hanover it was said" after "From the Federal Economy Ministry ...":
        # a department seated in a Land capital is that Land's government, not the ministry named before
        # (an official of it stays a voice a later "the spokesman" takes up, below)
        speaker = _Speaker(speaker.text, land[0], land[1], speaker.start, speaker.end)
    if (not speaker.actor_id or _is_lowercase_department_slug(ctx, head, speaker)
            or _is_national_ministry_by_kind(ctx, head, speaker)) \
            and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and lemma in _REGIONAL_DEPARTMENT_NOUNS)) \
            and (land := _land_ministry(ctx, head, lemma)) is not None \
            and (not speaker.actor_id or speaker.actor_id not in _world().actor_types
                 or _world().actor_countries.get(speaker.actor_id) == _world().actor_countries.get(land[0])):
        # "The education ministry let know" in Kiel's news: a ministry the data does not list is the Land's
        # (also when the model tagged the lower-case phrase a name: "A spokeswoman of the economy ministry"
        # is no actor "economy_ministry"; and "the interior ministry" of a Land's news, which the kind word
        # alone would make the federal one, is the Land's)
        return _Speaker(speaker.text, land[0], land[1], speaker.start, speaker.end)
    if (lemma in ctx.cues.officials or lemma in ctx.cues.roles) and head.pos_ in {"NOUN", "PROPN"}:
        described = _named_after_description(ctx, head)
        if described is not None:
            # "Saxony's State Minister for Economics, the SPD politician Matthias Rehfeld, stressed": the
            # office's holder is named after it, whoever held such an office earlier in the text
            actor_id, name, _ = _actor_of(ctx, described)
            return _Speaker(speaker.text, actor_id, name, speaker.start, speaker.end, True)
    if not speaker.person and (lemma in ctx.cues.officials or lemma in ctx.cues.roles) and head.pos_ == "NOUN":
        named = _named_past_the_phrase(ctx, head)
        if named is not None:
            actor_id, name, _ = _actor_of(ctx, named)
            return _Speaker(speaker.text, actor_id, name, speaker.start, speaker.end, True)
    if (lemma in ctx.cues.officials or lemma in ctx.cues.roles) and head.pos_ == "NOUN":
        named = _name_hung_on_the_verb(ctx, head)
        if named is not None:
            # "The farmer Tobias Wendelin meant, ...": the parser hangs the name after the role on the verb
            # (also when the role alone would take up a person named before: "The pupil representative
            # Malte Hansen meant" after another pupil spoke)
            actor_id, name, _ = _actor_of(ctx, named)
            phrase = ctx.doc[head.left_edge.i:named.end]
            return _Speaker(phrase.text, actor_id, name, phrase.start_char, phrase.end_char, True)
    if ctx.resolve_references and not speaker.person and lemma in ctx.cues.roles and head.tag_ in {"NN", "NNP"}:
        named = _named_next(ctx, head, speaker)
        if named is not None:
            return named
    one_holder = lemma in ctx.cues.roles and _indefinite(head)
    # (an alias may cover the official's noun: "A Western diplomat" is one of the West's)
    if ((lemma in ctx.cues.officials or one_holder) and head.tag_ == "NN" and speaker.actor_id
            and (ctx.ent_of[head.i] is None or (lemma in ctx.cues.officials and _indefinite(head)
                                                and ctx.ent_of[head.i].label_ != "PERSON"))
            and not any(a[0] == head.i and a[2].actor_id for a in ctx.anonymous)):
        # (one unnamed official or other role holder is a person a later "he" or "the minister" takes up)
        # (read with its whole phrase, a voice first read unplaced gets its body: "Loud a spokesman of
        # the Foreign Office")
        ctx.anonymous[:] = [a for a in ctx.anonymous if a[0] != head.i]
        speaker = _Speaker(speaker.text, speaker.actor_id, speaker.name, speaker.start, speaker.end, True)
        ctx.anonymous.append((head.i, _voice_key(lemma), speaker))
    elif lemma in ctx.cues.officials and _indefinite(head) and head.tag_ == "NN" and not speaker.actor_id \
            and not any(c.dep_ == "prep" and c.lower_ in {"of", "for", "at", "from", "in", "with"} for c in head.children) \
            and not any(a[0] == head.i for a in ctx.anonymous):
        # "said a company spokesman … so the spokesman": a voice whose body the text does not name
        # is still the one a later "the spokesman" takes up, not the person named last (one with a
        # prepositional phrase may be placed by another reading: "Loud a spokesman of the ministry")
        ctx.anonymous.append((head.i, _voice_key(lemma), speaker))
    previous = ctx.previous_speaker
    if not speaker.actor_id and ctx.resolve_references and lemma in _BODY_WORDS and head.tag_ == "NN" \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and previous is not None and previous.actor_id and not previous.person \
            and default_actor_types().get(previous.actor_id) not in {"state", "government", "media", "city"} \
            and 0 <= ctx.sent_of[head.i] - _sentence_at(ctx, previous.start) <= 1:
        # "The Kansas Wheat Growers Alliance said ... The group urged": a body named in other words just
        # spoke; the plain "the group" that no name holds is that body
        return _Speaker(speaker.text, previous.actor_id, previous.name, speaker.start, speaker.end, False)
    return speaker


#: Plain nouns for a body that a name need not hold ("the group" for "the Kansas Wheat Growers Alliance").
_BODY_WORDS = {"group", "organisation", "organization", "body"}


#: Words that say a speaker will stay unnamed.
_ANONYMITY = ("not to be named", "anonymity", "unnamed", "anonymous", "not authorised", "not authorized")


def _named_after_description(ctx: _Context, head: Token) -> Span | None:
    """The person named in a second description set off by commas right after a role's phrase, or ``None``.

    "Saxony's State Minister for Economics, the SPD politician Matthias Rehfeld, stressed": the
    parser makes the second description a subject of its own. Limit: the role is the subject of
    its verb; after its phrase come a comma, "the", words without a verb, and a name of two or
    more words that closes with a comma.
    """
    doc = ctx.doc
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    comma = head.right_edge.i + 1
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ != "the":
        return None
    for i in range(comma + 2, min(comma + 8, len(doc))):
        ent = ctx.ent_of[i]
        if ent is not None and ent.label_ == "PERSON" and ent.start == i:
            closed = ent.end < len(doc) and doc[ent.end].text == ","
            if closed and len(ent) >= 2 and _resolution(ent) not in _DESCRIPTIVE:
                return ent
            return None
        if doc[i].pos_ in {"VERB", "AUX"} or doc[i].is_punct:
            return None
    return None


def _name_hung_on_the_verb(ctx: _Context, head: Token) -> Span | None:
    """The person named right after a role noun, whom the parser hung on the verb, or ``None``.

    "The farmer Tobias Wendelin meant, ...": the role is the verb's subject and the name's words its
    compounds. Limit: a person entity of two or more words starting right after the role noun and
    ending right before the verb the role is the subject of.
    """
    named = ctx.ent_of[head.i + 1] if head.i + 1 < len(ctx.doc) else None
    verb = head.head
    if named is None or named.label_ != "PERSON" or named.start != head.i + 1 or len(named) < 2 \
            or _resolution(named) in _DESCRIPTIVE or head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return named if named.end == verb.i and named.root.head.i == verb.i else None


def _named_past_the_phrase(ctx: _Context, head: Token) -> Span | None:
    """The person a role names after commas, past where its phrase was cut, or ``None``.

    "emphasised the energy spokeswoman of the ÖVP in the National Council, Brigitte Aichhorn, on
    Tuesday": the parser may hang the name on a place or body after the role. Limit: within 12
    tokens of the role, in its sentence, set off by commas (or ending it), with no verb between,
    and in apposition to the role's phrase or the verb it hangs on.
    """
    doc = ctx.doc
    subtree = {t.i for t in head.subtree}
    for e in ctx.ents:
        if e.label_ != "PERSON" or not 0 < e.start - head.i <= 12 or ctx.sent_of[e.start] != ctx.sent_of[head.i] \
                or _resolution(e) in _DESCRIPTIVE:
            continue
        if doc[e.start - 1].text != "," or not (e.end >= len(doc) or doc[e.end].is_punct):
            continue
        attached = e.root.i in subtree or head.i <= e.root.head.i < e.start or e.root.head.i == head.head.i
        if e.root.dep_ in {"appos", "npadvmod"} and attached \
                and not any(t.pos_ in {"VERB", "AUX"} for t in doc[head.i + 1:e.start]):
            return e
    return None


def voice_mentions(ctx: _Context) -> list[tuple[int, _Speaker, bool]]:
    """Unnamed officials mentioned outside quotes, as antecedents for a later "he"/"she".

    "When a senior Polish official sat down with correspondents, he began with a map ... "...,"
    he said": the official is a person who speaks for the government, though not yet as a
    claimant. Returns (token, speaker, is_subject) in text order; computed once per document.
    Limit: a singular official role noun (data/cues.csv OFFICIAL) whose institution or state
    the phrase names; "the official" later is the same voice.
    """
    if ctx.voices is not None:
        return ctx.voices
    voices: list[tuple[int, _Speaker, bool]] = []
    for token in ctx.tokens:
        lemma = (token.lemma_ or token.lower_).lower()
        if lemma not in ctx.cues.officials or token.tag_ != "NN" or ctx.in_quote[token.i] >= 0 \
                or ctx.ent_of[token.i] is not None:
            continue
        is_subject = token.dep_ in {"nsubj", "nsubjpass"}
        beside = [c for c in token.subtree if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
        if any(ctx.ent_of[t.i] is not None and ctx.ent_of[t.i].label_ == "PERSON" for t in beside):
            continue  # "Marek Zieliński, a Polish former ambassador": the role describes a named person
        if any(a.dep_ == "relcl" and ctx.ent_of[a.head.i] is not None and ctx.ent_of[a.head.i].label_ == "PERSON"
               for a in token.ancestors):
            continue  # (so does a relative clause on a name: "Helen Forsythe, who spent two decades as a British diplomat")
        ordinal = bool(_ordinals(token))
        if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children) and not ordinal:
            same = [v for v in voices if v[1].text == _voice_key(lemma)]
            if same:
                voices.append((token.i, same[-1][1], is_subject))
            continue
        # "The first official, who works at the White House": a numbered official is a voice of
        # its own, placed by its phrase or by the relative clause that says where it works
        voice = _institution_of(ctx, token) or (_workplace(ctx, token) if ordinal else None)
        if voice is None and (lemma == "official" or _voice_key(lemma) == "spokesperson") \
                and _indefinite(token):
            # "The ministry did not say ..., but an official familiar with the plan put the figure at":
            # an official no phrase places is one of the body just named (as a claimant would be)
            voice = _body_just_named(ctx, token.i)
        if voice is not None:
            voices.append((token.i, _Speaker(_voice_key(lemma), voice[0], voice[1], token.idx,
                                             token.idx + len(token.text), True), is_subject))
    ctx.voices = voices
    return voices


#: Nouns for a state's people in a setting: their nationality names the state ("Russian diplomatic circles").
_GROUP_OF_A_STATE = {"circle", "delegation"}
#: Words that number anonymous officials apart ("the first official", "a second official").
_ORDINALS = {"first", "second", "third", "fourth", "other"}


def _ordinals(token: Token) -> set[str]:
    """The words that number ``token`` apart ("first" in "the first official")."""
    return {c.lower_ for c in token.children if c.dep_ == "amod" and c.lower_ in _ORDINALS}


def earlier_voice(ctx: _Context, head: Token, start: int) -> _Speaker | None:
    """The anonymous voice a definite role phrase takes up ("the diplomat added" after "A senior EU diplomat said").

    ``head`` is the role noun (in data/cues.csv OFFICIAL), ``start`` the phrase's first token (the
    actor component may have read the phrase itself as an earlier person, who is no person named
    since: "..., assured a spokesman of the Land agriculture department. Loud the spokesman"). The
    nearest voice of that role; a briefing keeps "the spokeswoman" for dozens of sentences. A voice
    further back than five sentences counts only while no person has been named since, except a
    spokesperson, whom a briefing keeps between reporters' names. Returns ``None`` when there is none.
    """
    lemma = (head.lemma_ or head.lower_).lower()
    earlier = [a for a in ctx.anonymous if a[1] == _voice_key(lemma) and a[0] < head.i
               and (ctx.sent_of[head.i] - ctx.sent_of[a[0]] <= 5 or (
                   ctx.sent_of[head.i] - ctx.sent_of[a[0]] <= 40 and (
                       a[1] == "spokesperson" or not _person_named_between(ctx, a[0], start))))]
    mentioned = [v for v in voice_mentions(ctx) if v[0] < head.i and v[1].text == _voice_key(lemma)
                 and ctx.sent_of[head.i] - ctx.sent_of[v[0]] <= 5
                 and not _person_named_between(ctx, v[0], start)]  # (a person named since may be "the diplomat")
    if not earlier and not mentioned and lemma in _HYPERNYM_VOICES:
        # "A senior Turkish diplomat told the paper ... The official said": "the official" and
        # "the source" take up an anonymous voice of any role, introduced in the last two
        # sentences with no person named since
        earlier = [a for a in ctx.anonymous if a[0] < head.i and ctx.sent_of[head.i] - ctx.sent_of[a[0]] <= 2
                   and not _person_named_between(ctx, a[0], start)]
    if mentioned and (not earlier or mentioned[-1][0] > earlier[-1][0]):
        # "The first official, who works at the White House, opened ... the official said": the
        # voice introduced last, though it made no claim yet
        return mentioned[-1][1]
    if earlier:
        return earlier[-1][2]
    return None


def _person_named_between(ctx: _Context, start: int, end: int) -> bool:
    """Whether a person is named outside quotes between tokens ``start`` and ``end`` (both excluded)."""
    return any(e.label_ == "PERSON" and start < e.start < end and ctx.in_quote[e.start] < 0 for e in ctx.ents)


def _workplace(ctx: _Context, token: Token) -> tuple[str, str] | None:
    """(actor_id, name) of the body a relative clause places a role at ("who works at the White House"), or ``None``."""
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in {"at", "for", "in"}):
            ent = next((ctx.ent_of[g.i] for g in prep.children if g.dep_ == "pobj" and ctx.ent_of[g.i] is not None
                        and ctx.ent_of[g.i].kb_id_), None)
            if ent is not None:
                return ctx.governments.get(ent.kb_id_) or _entity_speaker(ent)
    return None


def _label_speaker(ctx: _Context, label: Span) -> _Speaker:
    """The speaker a name label after "so" stands for ("..., so Renner."): its entity, a surname named before, or its slug."""
    ent = ctx.ent_of[label.end - 1]
    head = label[-1]
    if ctx.resolve_references and label[0].lower_ == "the" and ent is not None and _resolution(ent) in _UNLINKED \
            and default_role_types().get((head.lemma_ or head.lower_).lower()) == "person":
        # "so the Social Democrat": a party member named by the party is a person named before
        antecedent = _antecedent(ctx, label.start, last=None)
        if antecedent is not None:
            return _Speaker(label.text, antecedent.actor_id, antecedent.name, label.start_char, label.end_char, True)
    if ent is not None and ent.start >= label.start and ent.label_ in _SPEAKER_LABELS:
        actor_id, name, person = _actor_of(ctx, ent)
    else:
        known = ctx.surnames.get(label.text)
        actor_id, name, person = known if known is not None else (slugify(label.text), label.text, True)
    return _Speaker(label.text, actor_id, name, label.start_char, label.end_char, person)


def _named_next(ctx: _Context, head: Token, speaker: _Speaker) -> _Speaker | None:
    """The person a wire lede's description stands for, named in the next paragraph, or ``None``.

    "VILNIUS (Wire) - A senior Lithuanian lawmaker warned ... \n\n "...," said Aušra
    Vaitkevičienė, a member of ...": the description in the first paragraph is the first person
    named in the second. Limit: the lede paragraph only; never for a speaker the text says will
    stay unnamed, nor when a person is already named in the lede.
    """
    doc = ctx.doc
    if not ctx.paragraph_of:
        return None
    first = next((ctx.paragraph_of[t.i] for t in ctx.tokens if not t.is_space), 0)
    if ctx.paragraph_of[head.i] != first or any(m in speaker.text.lower() for m in _ANONYMITY):
        return None
    ents = [e for e in ctx.ents if e.label_ == "PERSON"]
    lede_from = dateline_end(ctx.text or doc.text)  # "(Northlight Wire)" names no speaker
    if any(ctx.paragraph_of[e.start] == first and e.start_char >= lede_from for e in ents):
        return None
    following = next((ctx.paragraph_of[t.i] for t in doc[head.i:] if not t.is_space
                      and ctx.paragraph_of[t.i] > first), None)
    # "the town's MP called on ...": the first person the text later introduces with the same role
    # ("The town's Labour MP, David Atherton, said"), else the first person of the next paragraph
    role = (head.lemma_ or head.lower_).lower()
    for ent in ents:
        if ent.start <= head.i or ctx.in_quote[ent.start] >= 0:
            continue
        near = [t for t in doc[max(ent.sent.start, ent.start - 4):ent.start]] + [
            t for t in ent.root.children if t.dep_ == "appos"] + ([ent.root.head] if ent.root.dep_ == "appos" else [])
        if any((t.lemma_ or t.lower_).lower() == role for t in near):
            actor_id, name, person = _actor_of(ctx, ent)
            if person and actor_id:
                return _Speaker(speaker.text, actor_id, name, speaker.start, speaker.end, True)
    for ent in ents:
        if ent.root.dep_ == "poss":
            continue  # "the bells of St Michael's church": a possessor is no one introduced
        if following is not None and ctx.paragraph_of[ent.start] == following:
            actor_id, name, person = _actor_of(ctx, ent)
            if person and actor_id:
                return _Speaker(speaker.text, actor_id, name, speaker.start, speaker.end, True)
            return None
    return None


#: Prefixes the tokenizer splits off a role with a hyphen ("vice-rector", "co-founder", "ex-minister").
_ROLE_PREFIXES = {"vice", "co", "ex", "deputy"}


def _introduced_with_nationality(ctx: _Context, head: Token, *, reach: int = 3) -> _Speaker | None:
    """The person introduced with the nationality of a definite role in the last ``reach`` sentences, or ``None``.

    "The Polish deputy ambassador at the alliance, Marek Zielonka, warned ... so the Polish diplomat":
    the role differs, the nationality and the nearness say who is meant. Limit: the nationality must
    be an entity (NORP) modifying the role; the last such person before the role wins.
    """
    nationalities = [c.lower_ for c in head.children if c.dep_ in {"amod", "compound"} and ctx.ent_of[c.i] is not None
                     and ctx.ent_of[c.i].label_ == "NORP"]
    if not nationalities:
        return None
    return _last_person_before(ctx, head, lambda ent: ctx.sent_of[head.i] - ctx.sent_of[ent.start] <= reach
                               and any(_introduced_as(ent, n) for n in nationalities))


#: Nouns of a body's findings that speak for it: "a survey of the association", "figures compiled by the Clarion".
_STUDY_NOUNS = frozenset({"survey", "study", "poll", "analysis", "figure", "figures", "data", "calculation", "count",
                          # (round 86: "Loud a report of the Zuger Wochenbrief", "loud research of the Nockgebiet
                          # Rundschau", "Loud a forecast of the institute": German "laut einem Bericht/einer Prognose")
                          "report", "research", "forecast", "estimate", "statistics"})


def _opening_trade(token: Token) -> bool:
    """Whether ``token`` is a trade capitalised only because it opens the sentence, before a name (see
    :func:`workbench.actors.trade_before_name`; "Broker Simone Lake-Arrindell of Great Bay Hull & Cargo said")."""
    genders = load_name_genders()
    return trade_before_name(token, default_role_types(), genders.titles, genders.given)


def _author_of_study(head: Token) -> Token | None:
    """The body a survey, study or figures of ``head``'s phrase are by ("a survey of [the association]"), or ``None``.

    Limit: the head is one of :data:`_STUDY_NOUNS`; the author follows in its own "of"/"by"/"from" phrase
    or after "compiled"/"published" by.
    """
    if (head.lemma_ or head.lower_).lower() not in _STUDY_NOUNS and head.lower_ not in _STUDY_NOUNS:
        return None
    phrases = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "by", "from"}]
    phrases += [p for c in head.children if c.dep_ == "acl" for p in c.children
                if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "by"]
    return next((g for p in phrases for g in p.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)


#: Nouns a publication calls itself by ("This newspaper reported", "this letter", "this station").
_OWN_OUTLET_NOUNS = frozenset({"newspaper", "paper", "letter", "newsletter", "station", "website", "magazine",
                               "publication", "programme", "program", "bulletin", "circular", "ticker", "blog", "weekly"})


def _towns_before(ctx: _Context, before: int, *, reach: int | None = None) -> Iterator[Span]:
    """The towns named before token ``before``, the last first: place entities outside quotes, each a listed
    city or a place no list knows (with ``reach``, only in this sentence or the ``reach`` before)."""
    types = default_actor_types()
    for ent in reversed(ctx.ents):
        if ent.end > before or ctx.in_quote[ent.start] >= 0 or ent.label_ != "GPE":
            continue
        if reach is not None and ctx.sent_of[before] - ctx.sent_of[ent.start] > reach:
            return
        if types.get(ent.kb_id_, "city") == "city":
            yield ent


def _town_police_before(ctx: _Context, before: int) -> tuple[str, str] | None:
    """(id, name) of the police of the town named last before ``before`` ("bremerhaven_police"), or ``None``.

    Limit: a town of :func:`_towns_before` in this sentence or the three before, written with a capital;
    the police are an actor of their own, named after the town.
    """
    town = next((e for e in _towns_before(ctx, before, reach=3) if e.text[:1].isupper()), None)
    if town is None:
        return None
    name = town.text[4:] if town[0].lower_ == "the" else town.text
    return slugify(f"{name} police"), f"{name} police"


def _is_both(token: Token) -> bool:
    """Whether ``token`` is a subject "Both" or "Both women" standing for two people named just before."""
    return token.dep_ in {"nsubj", "nsubjpass"} and (token.lower_ == "both" or token.lower_ in {"women", "men"} and any(
        c.lower_ == "both" and c.dep_ in {"det", "predet", "amod"} for c in token.children))


def _pair_named_before(ctx: _Context, head: Token) -> list[tuple[str, str]]:
    """The two people a subject "Both" stands for, in the text's order, or ``[]``.

    "Haubold spoke of ..., Pietzsch warned .... Both appealed", "Mwanaidi and Said both say": the last two
    different people named outside quotes in this sentence or the two before. Limit: exactly two
    named people, each resolved to an actor, in that reach.
    """
    found: list[tuple[str, str]] = []
    for ent in reversed(ctx.ents):
        if ent.start >= head.i or ctx.in_quote[ent.start] >= 0 or ent.label_ != "PERSON":
            continue
        if ctx.sent_of[head.i] - ctx.sent_of[ent.start] > 2:
            break
        actor_id, name, person = _actor_of(ctx, ent)
        if actor_id and person and actor_id not in {f[0] for f in found}:
            found.append((actor_id, name))
        if len(found) == 2:
            return found[::-1]
    return []


def _former_member_of_body(ctx: _Context, head: Token, lemma: str) -> bool:
    """Whether ``head`` is a person's role after "the former" and a body's name: "the former Bundeswehr officer".

    Limit: the role is a person's (data/role_nouns.csv or data/cues.csv), the article is "the", and a named
    entity is a compound before the role.
    """
    children = list(head.children)
    return head.tag_ == "NN" and (lemma in ctx.cues.roles or default_role_types().get(lemma) == "person") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
        and any(c.dep_ == "amod" and c.lower_ == "former" for c in children) \
        and any(c.dep_ == "compound" and ctx.ent_of[c.i] is not None for c in children)


def _resolve_speaker_phrase(ctx: _Context, head: Token, *, stop: int | None, last: _Speaker | None) -> _Speaker:
    """Map a speaker phrase headed by ``head`` to an actor (see :func:`_resolve_speaker`)."""
    span = _phrase_span(head, stop=stop)
    lemma = (head.lemma_ or head.lower_).lower()
    if ctx.resolve_references and lemma == "police" and ctx.ent_of[head.i] is None \
            and not any(c.dep_ in {"amod", "compound"} and c.lower_ != "loud" for c in head.children) \
            and (town := _town_police_before(ctx, head.i)):
        # "Loud police remained the rally peaceful", "The police informed": the police of the town the text is
        # about, named last ("Bremerhaven police")
        return _Speaker(span.text, town[0], town[1], span.start_char, span.end_char, False)
    if ctx.resolve_references and head.text == "Government" and ctx.in_quote[head.i] < 0 \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and not any(c.dep_ in {"amod", "compound", "poss", "nmod", "prep", "appos"} for c in head.children) \
            and (home := _home_government(ctx)) is not None:
        # "The Government said it was monitoring ...": Commonwealth news capitalises its own country's government
        # (the one the text is about, :func:`_home_government`), not the foreign one named last
        return _Speaker(span.text, home[0], home[1], span.start_char, span.end_char)
    source = (ctx.doc._.source or "").strip() if head.lower_ in _OWN_OUTLET_NOUNS and Doc.has_extension("source") else ""
    if source and any(c.dep_ == "det" and c.lower_ == "this" for c in head.children) and ctx.in_quote[head.i] < 0:
        # "This newspaper reported", "This letter reported": the publication itself, named in the document's
        # front matter ("source: The Efate Morning Herald")
        name = source.removeprefix("The ").removeprefix("the ")
        return _Speaker(span.text, slugify(name), name, span.start_char, span.end_char, False)
    if ctx.resolve_references and _is_both(head) and (pair := _pair_named_before(ctx, head)):
        # "Both appealed to the population": the first of the two people named just before (the other
        # makes the claim too, :func:`_joint_claims`)
        return _Speaker(span.text, pair[0][0], pair[0][1], span.start_char, span.end_char, True)
    ent = ctx.ent_of[head.i]
    if ent is not None and ent.label_ in _NO_ACTOR_LABELS and head.pos_ == "PROPN" \
            and (known := ctx.surnames.get(head.text)) is not None and known[2]:
        # "[Hoyer and Rudloff]WORK_OF_ART called on Moscow": the model takes two surnames for a title; the person
        # named before with the surname speaks
        return _Speaker(span.text, known[0], known[1], span.start_char, span.end_char, True)
    # (a party or age in brackets may follow the name: "..., Carsten Brüggemann (CDU)", "Jonas Feldmeier (24)")
    opening = next((t.i for t in reversed(span) if t.text == "("), None)
    end = opening if opening is not None and span.start < opening and span.end - opening <= 4 else span.end
    last_person = next((e for e in reversed(ctx.ents_within(span)) if e.label_ == "PERSON" and e.end == end and len(e) >= 2
                        and (e.root.dep_ != "pobj" or ctx.doc[e.start - 1].pos_ == "PROPN")
                        and _resolution(e) not in _DESCRIPTIVE), None)
    if ent is not None and ent.label_ != "PERSON" and _resolution(ent) in _UNLINKED and last_person is not None \
            and not any(last_person.root in t.subtree for t in span if t.dep_ == "relcl"):
        # "The People's Deputy of Ukraine, member of the committee ... Oksana Melnychuk stressed": the
        # model made the title an organisation; the name that ends the phrase is the speaker (but not a name
        # in the body's relative clause: "Coral Sea Island Lines, which charters the Coral Runner, says")
        ent = last_person
    elif ent is not None and ent.label_ == "PERSON" and last_person is not None and last_person.start > ent.end \
            and (ent[-1].lemma_ or ent[-1].lower_).lower() in ctx.cues.roles \
            and (all(t.is_title for t in ent) and ctx.doc[last_person.start - 1].text == "," or _resolution(ent) in _DESCRIPTIVE) \
            and not any(
                t.tag_ in {"WDT", "WP", "WP$"} or t.is_punct and t.text not in {",", "-", "‐"}
                for t in ctx.doc[ent.end:last_person.start]):
        # "The Vorarlberg State Councillor for Transport, Reinhilde Mätzler (ÖVP), called on": the model
        # took the title for a person's name (or resolved the role to someone else: "The deputy of the Bas-Rhin
        # Gérard Wintz (LR) has criticized"); the name that ends the phrase is the speaker
        ent = last_person
    if ent is not None and ent.label_ != "PERSON" and ent.start - 2 >= span.start \
            and ctx.doc[ent.start - 1].lower_ == "of" and (person := ctx.ent_of[ent.start - 2]) is not None \
            and person.label_ == "PERSON" and len(person) >= 2 and person.start >= span.start \
            and _resolution(person) not in _DESCRIPTIVE and person.root.head.i == head.i:
        # "Ms Tricia Fortune of Island Hopper Travel said": the parser makes the body the subject and the name
        # before "of" its modifier; the person named is the speaker
        ent = person
    if ctx.resolve_references and (office := _office_holder_government(ctx, head)) is not None:
        # "A spokeswoman for the prime minister's office said": the government, not a person with the role
        return _Speaker(span.text, office[0], office[1], span.start_char, span.end_char)
    if ent is None and lemma == "capital" and head.tag_ == "NN" \
            and (seat := _capital_named_before(ctx, head)) is not None:
        return _Speaker(span.text, seat[0], seat[1], span.start_char, span.end_char)
    if ent is not None and ent.label_ in {"GPE", "LOC"} and ent.root.i == head.i:
        # "The Frankfurt (Oder) East Europe expert Prof. Annelie Groß ... described": the parser makes the
        # place that opens the description the subject and the person its apposition
        person = next((ctx.ent_of[t.i] for c in head.children if c.dep_ == "appos" for t in c.subtree
                       if ctx.ent_of[t.i] is not None and ctx.ent_of[t.i].label_ == "PERSON"
                       and len(ctx.ent_of[t.i]) >= 2), None)
        if person is not None:
            ent = person
        # "The SVP Glarus warned", "the SP Appenzell Ausserrhoden criticised": a party's name right
        # before its place names the party's branch there (German "die SVP Glarus"), not the place's government
        party = ctx.ent_of[ent.start - 1] if ent.start > span.start else None
        if party is not None and party.end == ent.start and party.kb_id_ in _world().parties:
            ent = party
    if ent is not None and head.i > head.head.i and (ent.label_ == "ORG" or ent.label_ in {"GPE", "PERSON"} and ent.start > 0
                                                     and ctx.doc[ent.start - 1].lower_ == "opposite"):
        # "…, said Zbinden the Berner Landbote" (German "sagte Zbinden der Zeitung"): the parser makes
        # the outlet the subject; the name before "the" is the speaker, the outlet the addressee
        # (or with no article: "said Hollmann NordWelle", the outlet split off the surname; or after
        # "opposite", German "gegenüber": "said Ammerbach opposite Elbland Rundfunk", also when the model takes
        # the outlet for a place or person: "said Semyonov opposite ZEPA")
        between = lambda e: [t.lower_ for t in ctx.doc[e.end:ent.start]]
        # (a bare surname the model called a body may speak before "opposite": "said Pietzsch opposite Radio X")
        named = next((e for e in ctx.ents_within(span) if e.end <= ent.start and (
            (e.label_ == "PERSON" and between(e) in ([], ["the"], ["opposite"], ["opposite", "the"]))
            or (e.label_ == "ORG" and len(e) == 1 and between(e) in (["opposite"], ["opposite", "the"])))), None)
        known = ctx.surnames.get(ent[0].text) if named is None and ent.label_ == "ORG" and ent.start == span.start \
            and len(ent) >= 2 and ent[0].pos_ == "PROPN" and ent[0].lower_ != "the" and ent[1].is_title else None
        if named is not None:
            ent = named
        elif known is not None and known[2] and known[0] != ent.kb_id_:
            # "…, told Savchuk Radio Obersteiermark" (German "erzählte Savchuk Radio Obersteiermark"): the model glues
            # the surname of a person named before onto the outlet told; the person speaks
            return _Speaker(span.text, known[0], known[1], span.start_char, span.end_char, True)
        elif ent.start - 1 > span.start and ctx.doc[ent.start - 1].lower_ == "the" and ctx.resolve_references \
                and _AGE_DESCRIPTION.fullmatch(ctx.doc[span.start:ent.start - 1].text):
            # "…, said the 52-year-old the HPA": the age description before the outlet is the speaker
            antecedent = _antecedent(ctx, head.i, last=last)
            if antecedent is not None:
                return _Speaker(span.text, antecedent.actor_id, antecedent.name, span.start_char, span.end_char, True)
    named_body = _body_with_quoted_name(head)
    if named_body is not None:
        # "The alliance „Munich for Peace“ demanded": a body's name in quote marks after its noun
        return _Speaker(span.text, slugify(named_body), named_body, span.start_char, span.end_char)
    if ent is not None and len(ent) == 1 and ent.root.i == head.i and any(
            c.dep_ == "compound" and c.is_lower and (c.lemma_ or c.lower_).lower() in ctx.cues.roles for c in head.children):
        # "The IG Metall district leader Saar, Achim Welter, warned": the word after the role is
        # its district (translated German "Bezirksleiter Saar"); the name in apposition speaks
        named = next((ctx.ent_of[c.i] for c in head.children if c.dep_ == "appos" and ctx.ent_of[c.i] is not None
                      and ctx.ent_of[c.i].label_ == "PERSON" and len(ctx.ent_of[c.i]) >= 2
                      and _resolution(ctx.ent_of[c.i]) not in _DESCRIPTIVE), None)
        if named is not None:
            ent = named
    doc = ctx.doc
    role = (doc[head.i + 2].lemma_ or doc[head.i + 2].lower_).lower() if head.lower_ == "ex" and head.i + 2 < len(doc) else ""
    if ctx.resolve_references and role and doc[head.i + 1].text in {"-", "‐"} \
            and not doc[head.i].whitespace_ and head.i > 0 and doc[head.i - 1].lower_ == "the" \
            and (role in ctx.cues.roles or default_role_types().get(role) == "person"):
        # "so the ex-colonel", "said the ex-minister": the tokenizer splits the prefix off and the
        # parser takes "ex" for the head; the role after it describes a person named before
        antecedent = _antecedent(ctx, head.i, last=last, role=role)
        if antecedent is not None:
            phrase = doc[head.i - 1:head.i + 3]
            return _Speaker(phrase.text, antecedent.actor_id, antecedent.name, phrase.start_char, phrase.end_char, True)
    if ctx.resolve_references and ent is None and _former_member_of_body(ctx, head, lemma):
        # "The former Bundeswehr officer demanded": a former member speaks for no body; the description takes
        # up the person named before, as "the officer" would
        antecedent = _antecedent(ctx, head.i, last=last, role=lemma)
        if antecedent is not None:
            return _Speaker(span.text, antecedent.actor_id, antecedent.name, span.start_char, span.end_char, True)
    if ctx.resolve_references and head.i >= 3 and doc[head.i - 1].text in {"-", "‐"} and not doc[head.i - 2].whitespace_ \
            and doc[head.i - 2].lower_ in _ROLE_PREFIXES and doc[head.i - 3].lower_ == "the" and head.is_lower:
        # "The vice-rector said": the parser splits the prefixed role and may take its last word for
        # the head; the role describes the person introduced with it ("X, the academy's vice-rector")
        antecedent = _antecedent(ctx, head.i - 3, last=last, role=lemma)
        if antecedent is not None:
            phrase = doc[head.i - 3:head.i + 1]
            return _Speaker(phrase.text, antecedent.actor_id, antecedent.name, phrase.start_char, phrase.end_char, True)
    if lemma == "circle" and head.tag_ == "NNS" and ent is None:
        # "From government circles it was said", "Chancellery circles", "ministry circles", "diplomatic
        # circles in Brussels" (German "Regierungskreise"): the body the circles belong to
        voice = _institution_of(ctx, head)
        if voice is not None:
            return _Speaker(span.text, voice[0], voice[1], span.start_char, span.end_char)
    if lemma not in ctx.cues.officials and ent is None:
        official = next((t for t in head.lefts if t.dep_ in {"amod", "compound"} and t.tag_ in {"NN", "JJ"}
                         and (t.lemma_ or t.lower_).lower() in ctx.cues.officials
                         and t.i + 1 < head.i and t.nbor().text.endswith("ing")), None)
        if official is not None:
            # "A senior US official briefing reporters said": the parser took the participle's object
            # for the head; the official is the speaker (and a voice later mentions take up)
            inner = _resolve_speaker_phrase(ctx, official, stop=stop, last=last)
            if inner.actor_id and not any(a[0] == official.i for a in ctx.anonymous):
                ctx.anonymous.append((official.i, _voice_key((official.lemma_ or official.lower_).lower()), inner))
            return _Speaker(span.text, inner.actor_id, inner.name, span.start_char, span.end_char, inner.person)
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that"} for c in head.children) or any(
        # "the former ship's engineer", "the farmers' representative": the article hangs on a common-noun possessor
        c.dep_ == "poss" and c.pos_ == "NOUN" and ctx.ent_of[c.i] is None
        and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children) for c in head.children)
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.i < head.i
                  and ctx.ent_of[c.i] is None and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children)), None)
    if owner is not None and ent is None and ctx.resolve_references \
            and (lemma in ctx.cues.officials or lemma in _BODY_VOICES) \
            and (body := _named_organisation(ctx, owner)) is not None:
        # "Kilbrack General Hospital employs ... The hospital's management said": the body the possessor
        # repeats speaks through its official or management
        return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char, False)
    its = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "its" and c.i < head.i), None)
    if its is not None and ent is None and ctx.resolve_references and lemma in _BODY_VOICES:
        # "The university has about 40 students from Ukraine, according to its international office": the
        # body a definite noun named earlier in the sentence, which "its" takes up, speaks through its office
        noun = next((t for t in reversed(ctx.doc[head.sent.start:its.i]) if t.pos_ == "NOUN" and t.is_lower
                     and ctx.ent_of[t.i] is None and ctx.in_quote[t.i] < 0
                     and any(g.dep_ == "det" and g.lower_ == "the" for g in t.children)
                     and default_role_types().get((t.lemma_ or t.lower_).lower()) != "person"), None)
        body = _named_organisation(ctx, noun) if noun is not None else None
        if body is not None:
            return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char, False)
    if not definite and head.is_sent_start and head.text[:1].isupper() and ent is None \
            and default_role_types().get(lemma, "person") != "person" \
            and not any(c.dep_ in {"det", "poss", "compound", "amod"} for c in head.children):
        # "Agency said, that ...", "Ministry informed": translated Slavic text drops the article of a
        # body named before; the bare noun opening the sentence is that body
        definite = True
    if not definite and head.is_lower and head.i > 0 and ctx.doc[head.i - 1].lower_ == "loud" and ent is None \
            and default_role_types().get(lemma, "person") != "person" and not any(c.dep_ == "det" for c in head.children):
        # "Loud company come a third of the fertiliser from Russia": translated German "laut Unternehmen"
        # drops the article of the body named before; the bare noun after "loud" is that body
        definite = True
        body = _firm_named_anywhere_before(ctx, span.start, lemma) \
            if lemma in _FIRM_NOUNS and ctx.resolve_references else None
        if body is not None:
            # (the company: the firm the text named, however far back)
            return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char)
    # (a relative clause adds nothing about whom: "the official, who spoke on condition of anonymity")
    # (words after the end of a "so" label are circumstances, not the phrase: "so the spokesman on Friday")
    bare = all(c.dep_ in {"det", "amod", "compound", "punct"} or (c.dep_ == "relcl" and _workplace(ctx, head) is None)
               for c in head.children if stop is None or c.i < stop)
    number = _ordinals(head)
    if definite and lemma in ctx.cues.officials and number:
        # "The second official, from the State Department": a numbered official placed by its own phrase
        own = _institution_of(ctx, head) or _workplace(ctx, head)
        if own is not None:
            return _Speaker(span.text, own[0], own[1], span.start_char, span.end_char, True)
        same = [v[1] for v in voice_mentions(ctx) if v[0] < head.i and number & _ordinals(ctx.doc[v[0]])]
        if same:
            # "the first official said" in a briefing of two: the voice numbered so before
            return _Speaker(span.text, same[-1].actor_id, same[-1].name, span.start_char, span.end_char, True)
    if ctx.resolve_references and definite and bare and lemma in ctx.cues.officials:
        # "the diplomat added" after "A senior EU diplomat said": the same anonymous voice
        voice = earlier_voice(ctx, head, span.start)
        if voice is not None:
            return _Speaker(span.text, voice.actor_id, voice.name, span.start_char, span.end_char, True)
        introduced = _introduced_with_nationality(ctx, head)
        if introduced is not None:
            # "The Polish deputy ambassador, Marek Zielonka, warned ... so the Polish diplomat": the person
            # just introduced with that nationality, not an unnamed voice of the state
            return _Speaker(span.text, introduced.actor_id, introduced.name, span.start_char, span.end_char, True)
        if any(c.dep_ in {"compound", "amod"} and ctx.ent_of[c.i] is not None for c in head.children) and not any(
                e.label_ == "PERSON" and e.start > head.i and _resolution(e) not in _DESCRIPTIVE for e in ctx.ents_within(span)):
            # "the NATO official said" with no NATO official before: the body its modifier names (not
            # when the phrase names its person: "the ÖVP security spokesman ..., Friedrich Lindenthaler,")
            voice = _institution_of(ctx, head)
            if voice is not None:
                return _Speaker(span.text, voice[0], voice[1], span.start_char, span.end_char, True)
    owner = _staff_owner(ctx, head, last=last)
    if owner is not None:
        # "Melnyk's spokesman", "Her office told us": a person's staff speak for that person
        return _Speaker(span.text, owner[0], owner[1], span.start_char, span.end_char)
    age_described = _AGE_DESCRIPTION.match(span.text) is not None
    aged = next((e for e in ctx.ents_within(span) if e.label_ == "PERSON" and len(e) >= 2 and _resolution(e) not in _DESCRIPTIVE
                 and ctx.doc[e.start - 1].dep_ != "prep"), None) if age_described else None
    if aged is not None:
        # "the 23-year-old student Marta Hrytsenko, who …": the age describes the person the phrase names
        actor_id, name, _ = _actor_of(ctx, aged)
        return _Speaker(span.text, actor_id, name, span.start_char, span.end_char, True)
    if ctx.resolve_references and (age_described or (
            head.lower_ == "old" and span.start > 0 and _AGE_DESCRIPTION.match(ctx.doc[span.start - 1:span.end].text))):
        # "the 46-year-old said": an age description refers back to a person named before (the
        # actor component's reading of it first: it sees appositions the parser hung elsewhere)
        described = ctx.ent_of[span.start]
        if described is not None and described.kb_id_ and _resolution(described) == "anaphora" \
                and described.label_ == "PERSON" and len((described._.actor_name or "").split()) >= 2:
            # (only a person known by a full name: a one-word "Seimas" the NER took for a person is none)
            return _Speaker(span.text, described.kb_id_, described._.actor_name or described.text,
                            span.start_char, span.end_char, True)
        # (an age is given of a person named, not of an unnamed voice speaking for a body: "A
        # correspondent for Reuters noted ... the 52-year-old replied" is the official answering)
        named_last = last if last is None or default_actor_types().get(last.actor_id) not in _BODY_TYPES | {"media"} else None
        antecedent = _antecedent(ctx, head.i, last=named_last)
        age = re.search(r"\d+", span.text)
        if antecedent is not None and age is not None and not _may_be_aged(ctx, antecedent.actor_id, int(age.group())):
            # ("„…“, meant the 49-year-old" after "Putin has demanded ...": a listed person of another age
            # that year is not the one described; the actor component's reading, if any, is)
            antecedent = None
            if described is not None and described.kb_id_ and described.label_ == "PERSON" \
                    and _may_be_aged(ctx, described.kb_id_, int(age.group())):
                return _Speaker(span.text, described.kb_id_, described._.actor_name or described.text,
                                span.start_char, span.end_char, True)
        if antecedent is not None:
            return _Speaker(span.text, antecedent.actor_id, antecedent.name, span.start_char, span.end_char, True)
    # (the parser may hang the name on the body instead: "a spokesman for the Commission, Pieter van Aalst")
    named = next((ctx.ent_of[t.i] for t in span if t.dep_ == "appos" and ctx.ent_of[t.i] is not None
                  and ctx.ent_of[t.i].label_ == "PERSON" and _resolution(ctx.ent_of[t.i]) not in _DESCRIPTIVE
                  and (t.head.i == head.i or ctx.ent_of[t.i].end == span.end)), None)
    if named is None:
        # "Spokesman of State Border Guard Service of Ukraine Oleh Vasylchenko informed": translated
        # text names the official right after the body, with no comma; the parser makes it an object
        named = next((e for e in ctx.ents_within(span) if e.label_ == "PERSON" and len(e) >= 2 and e.end == span.end
                      and e.start > span.start and ctx.ent_of[e.start - 1] is not None
                      and ctx.ent_of[e.start - 1].label_ in {"ORG", "GPE", "NORP"}
                      and _resolution(e) not in _DESCRIPTIVE), None)
        if named is not None and lemma in ctx.cues.officials:
            actor_id, name, person = _actor_of(ctx, named)
            return _Speaker(span.text, actor_id, name, span.start_char, span.end_char, True)
    if lemma in ctx.cues.officials and not definite and (ent is None or ent.root.i != head.i) and named is None:
        # "An EU official", "U.S. officials", "a spokesman for the ministry": an anonymous official
        # speaks for the institution or state named with the role (a named one, "A NATO
        # spokeswoman, Kristin Aasland", is that person)
        voice = _institution_of(ctx, head)
        if voice is None and (_voice_key(lemma) == "spokesperson" or lemma == "official") and head.tag_ in {"NN", "JJ"} \
                and not any(e.label_ == "PERSON" for e in ctx.ents_within(span)) \
                and not any(g.dep_ == "pobj" and g.tag_ != "NNS" for c in head.children if c.dep_ == "prep"
                            for g in c.children):  # "of the operator" names its own body; "for the monitors" does not
            voice = _body_just_named(ctx, head.i)
            previous = ctx.previous_speaker
            if voice is None and previous is not None and previous.actor_id and not previous.person \
                    and not any(c.dep_ == "prep" for c in head.children) \
                    and default_actor_types().get(previous.actor_id) not in {"state", "media"} \
                    and previous.start < span.start_char and 0 <= ctx.sent_of[head.i] - _sentence_at(ctx, previous.start) <= 1:
                # "The Ukrainian Consulate General in Hamburg assured, … A spokeswoman described":
                # a body no list knows spoke in the sentence before; the bare spokeswoman is its
                voice = previous.actor_id, previous.name
        if voice is not None:
            # one anonymous official is a person a later "he"/"she" can refer to; a group is not
            return _Speaker(span.text, voice[0], voice[1], span.start_char, span.end_char, head.tag_ == "NN")
    if not definite and lemma in ctx.cues.roles and head.tag_ == "NN" and named is None and not role_gender(lemma) \
            and _indefinite(head) \
            and not any(e.label_ == "PERSON" for e in ctx.ents_within(span)) \
            and not any(t.pos_ == "PROPN" and t.i > head.i and ctx.doc[t.i - 1].text == "," for t in span):
        # (a name given after a comma makes the holder a person: "An elderly man at the church, ..., Petro,")
        # "A Latvian minister, speaking on the sidelines, insisted", "A member of the Ukrainian
        # delegation said", "An adviser to the Ukrainian government told": one unnamed holder of a
        # role speaks for the state or body the phrase places the role in
        # (not yet a person: a wire lede's description may still be named in the next paragraph,
        # see _resolve_speaker)
        voice = _institution_of(ctx, head, advising=lemma in _ADVISING)
        if voice is not None:
            return _Speaker(span.text, voice[0], voice[1], span.start_char, span.end_char, False)
    if ctx.resolve_references and definite and lemma in ctx.cues.roles and head.tag_ in {"NN", "NNP"} \
            and ent is None and all(c.dep_ in {"det", "compound", "amod", "punct"} and c.i < head.i for c in head.children) \
            and not any(e.label_ == "PERSON" and len(e) > 1 for e in ctx.ents_within(span)) \
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" and (ctx.ent_of[c.i] is None or len(ctx.ent_of[c.i]) == 1)
                    for c in head.children):
        # "the Jaipur MP", "the Skibbereen man": a role placed by its town describes a person named before
        antecedent = _antecedent(ctx, head.i, last=last, role=lemma)
        if antecedent is not None:
            return _Speaker(span.text, antecedent.actor_id, antecedent.name, span.start_char, span.end_char, True)
    # (a title after "the" describes its holder too: "The Archbishop accused")
    person_noun = lemma in ctx.cues.roles or default_role_types().get(lemma) == "person" \
        or (head.is_title and lookup_key(head.text) in load_name_genders().titles)
    # "The Ukrainian accused ...": a singular demonym used as a noun is a person, not the state
    # (the model may call a region's demonym a place: "the Bavarian stressed"; a place's own name
    # does not end so, "the Ukraine" aside)
    # ("the Canadian-Austrian": a double demonym is one person too)
    first = ent.start if ent is not None else 0
    while first >= 2 and ctx.doc[first - 1].text == "-" and ctx.doc[first - 2].ent_type_ == "NORP":
        first -= 2
    demonym_person = ent is not None and len(ent) == 1 and head.tag_ in {"NN", "NNP"} and (
        ent.label_ == "NORP" or (ent.label_ == "GPE" and re.search(r"(?:an|ese|ish)$", ent.text) is not None)) \
        and first > 0 and ctx.doc[first - 1].lower_ == "the"
    # (a relative clause may place the person without naming anyone else: "the Social Democrat,
    # who sits on the foreign committee")
    described = all(c.dep_ in {"det", "amod", "compound", "punct", "relcl"} for c in head.children)
    # ("the Free Voter" after "Franziska Albrecht-Lutz (Free Voters)": a party's member named by its label in brackets)
    label_words = (ent[1:] if ent[0].lower_ == "the" else ent) if ent is not None else None
    party_label = ent is not None and ent.label_ in {"ORG", "NORP"} and head.is_title and len(label_words) >= 2 \
        and f"({label_words.text}s)" in ctx.doc.text
    if ent is not None and ctx.resolve_references and definite and (bare or (described and person_noun)) \
            and (_resolution(ent) in _UNLINKED or demonym_person) and ent.root.i == head.i and head.tag_ in {"NN", "NNP"} \
            and (person_noun or ent.label_ == "NORP" or demonym_person or party_label):
        # "the MEP", "The Finn", "the Social Democrat": a definite role, demonym or party member
        # the actor list does not know refers back
        # ("the Green": a party member's noun picks the person the text introduced with the party)
        party_member = head.is_title and (default_role_types().get(lemma) == "person" or party_label) \
            and lemma not in ctx.cues.roles
        antecedent = _antecedent(ctx, head.i, last=last, role=lemma if lemma in ctx.cues.roles or party_member else "")
        if antecedent is not None:
            return _Speaker(span.text, antecedent.actor_id, antecedent.name, span.start_char, span.end_char, True)
    # ("Its founder, [Wil Ifans]NORP, a retired coxswain": a name the model took for a group is read below)
    person_role = lemma in ctx.cues.roles and default_role_types().get(lemma, "person") == "person"
    if ent is None or (_resolution(ent) in _DESCRIPTIVE and ent.root.i == head.i):
        # "the spokeswoman for the ministry, Maria Keller": the appositive names the speaker, and a
        # name given in the text beats a description the actor component resolved by guessing
        for child in head.children:
            appos = ctx.ent_of[child.i] if child.dep_ == "appos" else None
            if appos is not None and appos.label_ == "PERSON" and _resolution(appos) not in _DESCRIPTIVE:
                ent = appos
                break
        else:
            if ent is None and head.pos_ != "PRON":  # ("said she the Morgenrot": the outlet is no "she")
                for child in head.children:
                    # (a party in brackets is an affiliation: "the mayor, Heiner Wöltjen (CDU),")
                    # (an outlet right after a person's description is the one told: "said the CDU man the
                    # Morgenkurier", German "sagte der CDU-Mann dem Morgenkurier")
                    # (a number is no name: "An executive at X, one of the trading houses,")
                    if child.dep_ == "appos" and ctx.ent_of[child.i] is not None \
                            and ctx.ent_of[child.i].label_ not in {"CARDINAL", "ORDINAL", "QUANTITY", "DATE", "TIME"} \
                            and not (person_role and _guessed_group(ctx.ent_of[child.i])) \
                            and not (child.i > 0 and ctx.doc[ctx.ent_of[child.i].start - 1].text == "(") \
                            and not (definite and person_noun and _outlet_told(ctx, head, ctx.ent_of[child.i])):
                        ent = ctx.ent_of[child.i]
                        break
    if ent is None or (_resolution(ent) in _DESCRIPTIVE and ent.root.i == head.i):
        # "the mayor of Linz, Petra Aigner": the parser may hang the appositive on the inner noun
        inners = [ctx.ent_of[t.i] for t in span if t.dep_ == "appos" and ctx.ent_of[t.i] is not None
                  and not _after_opposite(ctx.ent_of[t.i])  # ("said the coach opposite our youth leader Sven Brückner")
                  and not (head.pos_ == "PRON" and ctx.ent_of[t.i].label_ != "PERSON")
                  and ctx.ent_of[t.i].label_ in _SPEAKER_LABELS  # not an age: "X, 74,"
                  and not (person_role and _guessed_group(ctx.ent_of[t.i]))
                  and ctx.doc[ctx.ent_of[t.i].start - 1].text != "("  # not a party in brackets: "Wöltjen (CDU)"
                  and not (definite and person_noun and _outlet_told(ctx, head, ctx.ent_of[t.i]))
                  and (ent is None or (ctx.ent_of[t.i].label_ == "PERSON"
                                       and _resolution(ctx.ent_of[t.i]) not in _DESCRIPTIVE))]
        # (an outlet in apposition to a person is the one told, the person speaks: "said the managing
        # director of the association, Gesine Mahlberg, the DDD", German "sagte ..., dem DDD")
        inners = [ctx.ent_of[e.root.head.i] if e.label_ != "PERSON" and ctx.ent_of[e.root.head.i] is not None
                  and ctx.ent_of[e.root.head.i].label_ == "PERSON" and e.root.dep_ == "appos"
                  and ctx.doc[e.start - 1].lower_ == "the" else e for e in inners]
        # a person before a place: "the mayor of the border town Hrubieszów-Zamek, Krzysztof Wołoszański"
        ent = next((e for e in inners if e.label_ == "PERSON"), inners[0] if inners else None) or ent
    if ent is None:
        for child in head.children:
            if child.dep_ == "compound" and ctx.ent_of[child.i] is not None and ctx.ent_of[child.i].label_ == "PERSON":
                # "Foreign Minister Keller" parsed with the title as head
                ent = ctx.ent_of[child.i]
                break
    if ent is None:
        # a person named anywhere in the phrase ("a spokesman, Ivan Petrov, who ...")
        ent = next((e for e in ctx.ents_within(span) if e.label_ == "PERSON" and not _after_opposite(e)), None)
    if ent is None and lemma in ctx.cues.roles and default_role_types().get(lemma, "person") == "person":
        # "The chairwoman of the Landfrauen, Inke Dierks-Wohlenberg, called": a name in apposition to a
        # person's role that the model tagged as nothing is that person's
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
                      and ctx.in_quote[c.i] < 0), None)
        name = ctx.doc[appos.left_edge.i:appos.i + 1] if appos is not None else None
        words = [t for t in name if t.text not in {"-", "‐"}] if name is not None else []
        if name is not None and 2 <= len(words) <= 4 and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in words) \
                and lookup_key(words[0].text) not in load_name_genders().titles \
                and not any(ctx.ent_of[t.i] is not None and (ctx.ent_of[t.i].label_ != "NORP" or ctx.ent_of[t.i].kb_id_)
                            for t in name):
            # (nor a group's name the model guessed for the unknown name and no list links: "Its founder,
            # [Wil Ifans]NORP, a retired coxswain, said")
            return _Speaker(span.text, slugify(name.text), name.text, span.start_char, span.end_char, True)
    name_words = _unlabelled_name(ctx, head, span)
    if name_words is not None and len(name_words) >= 3 and _opening_trade(name_words[0]):
        name_words = name_words[1:]  # ("Broker Simone Lake-Arrindell of ... said": the trade opening the sentence)
    if name_words is not None:
        # "opposition councillor Nasreen Akhtar accused", "Indus Skyways, a private carrier, said": a name of
        # capitalised words the model gave no actor's label (a product, a date) is still an actor, by its slug
        # ("Sterling Gate, a payments firm": a given name opens a firm's name too)
        person = lookup_key(name_words[0].text) in load_name_genders().given and not _names_a_body(head)
        return _Speaker(span.text, slugify(name_words.text), name_words.text, span.start_char, span.end_char, person)
    if ent is not None:
        actor_id, name, person = _actor_of(ctx, ent)
        if not person and ent.root.i != head.i and _resolution(ent) in _UNLINKED \
                and default_role_types().get(lemma, "person") == "person" and lemma in ctx.cues.roles:
            person = True  # "An elderly man ..., Petro, said": an unknown name given to a person is one
        return _Speaker(span.text, actor_id, name, span.start_char, span.end_char, person)
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        # "Pavel Dudarev of the Volga Institute" with the name missed by NER: the proper-noun head
        # is the speaker, not an organisation named in its modifier
        # a place name glued to the head is part of an organisation's name ("Lugansk Aqua")
        words = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i
                 and not _is_line_prefix(c)
                 and c.text[:1].isupper() and (ctx.ent_of[c.i] is None or (
                     ctx.ent_of[c.i].label_ == "GPE" and c.i == head.i - 1))] + [head]
        # ("The Solvent Oil Processors Federation": a compound of a compound is part of the name too)
        words += [g for c in words if c is not head for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"
                  and g.i < c.i and g.text[:1].isupper() and ctx.ent_of[g.i] is None and g not in words]
        words = sorted(words, key=lambda t: t.i)
        left_word = words[0]
        titles = load_name_genders().titles
        while len(words) > 1 and lookup_key(words[0].text) in titles or len(words) > 2 and _opening_trade(words[0]):
            words = words[1:]  # "Councillor Ryszard Bąk", "Farmer Jan Nowak": the title is not part of the name
        # ("Mabli Rhys-Owen MS", "Aoife Brennan TD": a short office title in capitals after the name is none either)
        while len(words) > 2 and words[-1] is head and lookup_key(words[-1].text) in titles \
                and sum(c.isupper() for c in words[-1].text) >= 2 and len(words[-1].text) <= 4:
            words = words[:-1]
        name = " ".join(t.text for t in words)
        if any(default_role_types().get(t.lower_, "person") != "person" for t in words):
            # "The Ukrainian Consulate General in Hamburg": a body's noun makes the name a body's,
            # with the words before it ("Ukrainian") and its seat (not an apposition: "The Refugee
            # Support Network, a London-based charity")
            end = head.i + 1
            seat = ctx.ent_of[end + 1] if end + 1 < len(ctx.doc) and ctx.doc[end].lower_ == "in" else None
            if seat is not None and seat.label_ == "GPE" and seat.start == end + 1:
                end = seat.end
            name = _name_without_article(span, end, head)
            return _Speaker(span.text, slugify(name), name, span.start_char, span.end_char)
        if len(words) >= 2:
            # (a name with a body in apposition is that body's: "Sterling Gate, a payments firm")
            return _Speaker(span.text, slugify(name), name, span.start_char, span.end_char, not _names_a_body(head))
        known = ctx.surnames.get(head.text)
        if known is not None:
            return _Speaker(span.text, known[0], known[1], span.start_char, span.end_char, known[2])
        if words[0].i != left_word.i:
            # "Mayor Kowalik" with no full name before: a title makes the lone name a person
            return _Speaker(span.text, slugify(head.text), head.text, span.start_char, span.end_char, True)
    lower = head.lower_
    if ctx.resolve_references and definite and head.tag_ == "NNS" and lemma in ctx.cues.roles:
        # "European Union foreign ministers met ... The ministers warned": a plural description is
        # the group named before with the same noun, speaking for the body that modified it
        earlier = next((t for t in reversed(ctx.doc[:head.i]) if t.tag_ == "NNS" and t.lemma_ == head.lemma_
                        and ctx.in_quote[t.i] < 0 and any(c.dep_ in {"compound", "amod", "nmod"} and ctx.ent_of[c.i] is not None
                                                         for c in t.children)), None)
        body = _institution_of(ctx, earlier) if earlier is not None else None
        if body is None and lemma in _STAFF_OF_A_BODY:
            # "… loud the trade service Agrarmarkt Kompakt. …, so the analysts": the analysts of the
            # body named in this or the sentence before
            body = _body_just_named(ctx, head.i)
        if body is not None:
            return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char)
        return _Speaker(span.text, "", span.text, span.start_char, span.end_char)  # a group is no one person
    if ctx.resolve_references and lower == "they" and head.dep_ == "nsubj":
        previous = ctx.previous_speaker
        if previous is not None and previous.actor_id and not previous.person and previous.start < span.start_char \
                and ctx.sent_of[head.i] - _sentence_at(ctx, previous.start) <= 1:
            # "The ministers warned ... They also said": the group that spoke in the sentence before
            return _Speaker(span.text, previous.actor_id, previous.name, span.start_char, span.end_char)
    if ctx.resolve_references and definite and lemma in ctx.cues.roles and lower not in _PERSON_PRONOUNS and any(
            c.dep_ in {"amod", "compound"} and ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "NORP"
            for c in head.children) and not any(
            e.end <= head.i and e.label_ == "PERSON" and _introduced_as(e, lemma) for e in ctx.ents) \
            and _introduced_with_nationality(ctx, head) is None:
        # "The Ukrainian ambassador at the OSCE called ...": a role of a nationality no one was
        # introduced with is an unnamed official of that state, not the person named last
        state = _institution_of(ctx, head, states_only=True)
        if state is not None:
            return _Speaker(span.text, state[0], state[1], span.start_char, span.end_char, True)
    if ctx.resolve_references and ent is None and lemma in ctx.cues.roles \
            and default_role_types().get(lemma, "person") == "person" \
            and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.children):
        # "committee chair Vesna Trajkovska ... The committee will meet again. Its chair said": a body's role
        # is the person the text introduced with it (no one else: an unnamed chair stays unnamed)
        holder = next((e for e in reversed(ctx.ents) if e.end <= head.i and e.label_ == "PERSON"
                       and ctx.in_quote[e.start] < 0 and _introduced_as(e, lemma)), None)
        actor_id, name, _person = _actor_of(ctx, holder) if holder is not None else ("", "", False)
        if actor_id:
            return _Speaker(span.text, actor_id, name, span.start_char, span.end_char, True)
    if ctx.resolve_references and (lower in _PERSON_PRONOUNS or (definite and (
            person_noun or _occupation_like(head)))):
        # "he" / "the senior diplomat": the most recent person mentioned
        antecedent = _antecedent(ctx, head.i, last=last, role="" if lower in _PERSON_PRONOUNS else lemma,
                                 gender=_PRONOUN_GENDER.get(lower, "") or role_gender(lemma))
        if antecedent is not None:
            return _Speaker(span.text, antecedent.actor_id, antecedent.name, span.start_char, span.end_char, True)
    previous = ctx.previous_speaker
    issuer = _issuer_of(ctx, head) if ctx.resolve_references and definite and lemma in _STATEMENT_NOUNS else None
    if issuer is not None:
        # "Wellington issued a statement ... The statement called on Russia": the one who issued it
        actor_id, name, person = _actor_of(ctx, issuer)
        return _Speaker(span.text, actor_id, name, span.start_char, span.end_char)
    if ctx.resolve_references and definite and lemma in _STATEMENT_NOUNS and previous is not None \
            and previous.start < span.start_char:
        # "In a statement, the alliance said ... NATO was ready, the statement said": its issuer
        return _Speaker(span.text, previous.actor_id, previous.name, span.start_char, span.end_char)
    if ctx.resolve_references and (lemma in {"delegation", "government", "representative", "side", "envoy"}
                                   or lemma in ctx.cues.officials or lemma in _PERSONAL_STAFF or lemma == "attaché") \
            and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.children):
        # "Moscow used the session ... Its delegation demanded": the delegation of the body before
        # (so are its spokesperson and its press attaché: "The embassy ... its spokesperson said")
        body = _body_antecedent(ctx, head.i, last=ctx.previous_speaker)
        if body is not None:
            return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char)
    if lower == "it" and head.dep_ == "nsubj" and head.head.lemma_ not in _ASKED_FROM:
        # (the parser may hang "from" on an adverb: "it said once more from the ministry")
        # ("and it demanded from the Russian side a „…“": what is asked "from" someone names the addressee)
        attached = [*head.head.children, *(g for c in head.head.children if c.dep_ == "advmod" for g in c.children)]
        # (or on the statement: "it said in a statement of the chairmanship", "in a note from the ministry")
        sources = [c for c in attached if c.dep_ == "prep" and c.lower_ == "from"]
        sources += [p for c in attached if c.dep_ == "prep" and c.lower_ == "in" for n in c.children
                    if n.dep_ == "pobj" and n.lemma_ in _STATEMENT_NOUNS for p in n.children
                    if p.dep_ == "prep" and p.lower_ in {"of", "by", "from"}]
        source = next((ctx.ent_of[g.i] for c in sources for g in c.children if g.dep_ == "pobj"
                       and ctx.ent_of[g.i] is not None and ctx.ent_of[g.i].kb_id_), None)
        if source is not None:
            # "..., it said once more from the ministry" (German "hieß es aus dem Ministerium"): the
            # body the words came from
            body = ctx.governments.get(source.kb_id_) or _entity_speaker(source)
            return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char)
    if ctx.resolve_references and lower == "it" and head.dep_ == "nsubj" \
            and (writer := _writer_of_document(ctx, head, last=last)) is not None:
        # "«War is never a solution», it says in his message" (German "heißt es in seiner Botschaft"): the
        # document's writer
        return _Speaker(span.text, writer.actor_id, writer.name, span.start_char, span.end_char, writer.person)
    if ctx.resolve_references and lower == "it" and head.dep_ == "nsubj":
        # "Washington held its ground. It insisted ...": the body that was the subject just before
        body = _body_antecedent(ctx, head.i, last=ctx.previous_speaker)
        if body is not None:
            return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char)
        quoted = head.i >= 2 and ctx.doc[head.i - 1].text == "," and (
            ctx.in_quote[head.i - 2] >= 0 or ctx.doc[head.i - 2].is_quote)
        opener = next((e for e in ctx.ents if e.sent.start == head.sent.start and e.label_ == "PERSON"
                       and e.start < head.i and ctx.in_quote[e.start] < 0 and len(e) >= 2
                       and (e.root.dep_ in {"nsubj", "nsubjpass"} or _named_in_subject_phrase(e.root))), None)
        if quoted and opener is not None:
            # "Lavrov has the West … called upon to …: „It must be forced“, it said at that time"
            # (translated German "hieß es"): after a quote, "it said" repeats the sentence's subject
            actor_id, name, person = _actor_of(ctx, opener)
            return _Speaker(span.text, actor_id, name, span.start_char, span.end_char, person)
    if ctx.resolve_references and government_circles(head):
        # "Berlin holds, loud government circles, firmly at the Normandy format" (German "laut
        # Regierungskreisen"): the government of the clause's subject, else of the country the text is about
        voice = next((ctx.governments.get(e.kb_id_) or _entity_speaker(e) for t in head.sent
                      if t.dep_ in {"nsubj", "nsubjpass"} and (e := ctx.ent_of[t.i]) is not None and e.kb_id_
                      and (e.kb_id_ in ctx.governments or default_actor_types().get(e.kb_id_) == "government")),
                     None) or _home_government(ctx)
        if voice is not None:
            return _Speaker(span.text, voice[0], voice[1], span.start_char, span.end_char)
    members = _group_members(ctx, head) if ctx.resolve_references else []
    if members:
        # "Both officials criticised ...": the first of the persons the group counts; the others
        # get their own claims (see _group_claims)
        return _Speaker(span.text, members[0].actor_id, members[0].name, span.start_char, span.end_char, True)
    if head.tag_ in {"NNS", "NNPS"} and lemma in ctx.cues.roles:
        # "Ukrainian officials argued": an unnamed group of a state's officials speaks for its government
        voice = _institution_of(ctx, head, states_only=True)
        if voice is None and (any(c.dep_ == "prep" and c.lower_ in {"of", "at"} for c in head.children) or any(
                c.dep_ in {"compound", "nmod"} and ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "ORG"
                and ctx.ent_of[c.i].kb_id_ for c in head.children)):
            # "Members of the European Parliament", "officials of the OSCE", "analysts at Nordvik",
            # "Law and Justice politicians": the body they belong to
            voice = _institution_of(ctx, head)
        if voice is None and lemma == "official" and ctx.resolve_references and all(
                c.dep_ in {"det", "punct", "relcl", "acl"}
                or c.lower_ in {"senior", "government", "administration", "here", "federal", "national"}
                for c in head.children):
            # "Officials said", "officials cautioned": bare officials are those of the country the
            # text is about (its dateline, else the country whose bodies and places it names most)
            # ("Administration officials", "Officials here", "A senior federal official": the dateline's, too)
            voice = _home_government(ctx)
        if voice is None and lemma == "source" and ctx.resolve_references and any(
                c.dep_ in {"compound", "amod"} and c.lower_ in {"government", "administration"} for c in head.children) \
                and all(c.dep_ in {"det", "punct", "compound", "amod"} for c in head.children):
            # "Government sources said": unnamed, but the government's (a bare "sources" stays unnamed)
            voice = _home_government(ctx)
        if voice is not None:
            return _Speaker(span.text, voice[0], voice[1], span.start_char, span.end_char)
    if head.tag_ == "NN" and lemma == "official" and ctx.resolve_references \
            and any(c.lower_ in {"federal", "government", "administration"} for c in head.children) and all(
                c.dep_ in {"det", "punct", "relcl", "acl", "advcl"}
                or c.lower_ in {"senior", "government", "administration", "federal", "national"} for c in head.children):
        # "A senior federal official, speaking on condition of anonymity, said": one official of the government
        # of the country the text is about, as "federal officials" (a bare "an official" is left to its context)
        voice = _home_government(ctx)
        if voice is not None:
            return _Speaker(span.text, voice[0], voice[1], span.start_char, span.end_char)
    if ctx.ents_within(span) and ent is None and (default_role_types().get(lemma) == "organization" or head.lower_ == "media") \
            and all(e.label_ == "NORP" for e in ctx.ents_within(span)) and not any(c.dep_ == "appos" for c in head.children) \
            and (head.lower_ == "media" or any(c.dep_ in {"compound", "prep"} for c in head.children)):
        # "The Ukrainian gas network operator", "The union of Ukrainian grain traders", "Chinese state
        # media": a body the lists do not know, described by its kind; its nationality does not make
        # it the government (a nationality alone refers back: "the Russian group" is the company
        # named before)
        name = _name_without_article(span, span.end, head)
        return _Speaker(span.text, slugify(name), name, span.start_char, span.end_char)
    named = [e for e in ctx.ents_within(span) if not _seat_of_body(ctx.doc, e)]  # (not "Lagos" in "the Lagos-based X")
    if named and lemma not in ctx.cues.roles:
        # "the Russian Foreign Ministry": an organisation named in the phrase itself
        ent = author_of(ctx, span) or named[0]
        actor_id, name = _entity_speaker(ent)
        # "A senior executive at Donaukredit": one unnamed person speaking for the body, whom a
        # later "he" can take up (a body's own noun, "the ministry", is no person)
        person = head.tag_ == "NN" and not definite and ent.root.i != head.i \
            and default_role_types().get(lemma, "person") == "person" and head.i < ent.start
        return _Speaker(span.text, actor_id, name, span.start_char, span.end_char, person)
    if ctx.resolve_references and definite and head.tag_ == "NN" and head.is_lower and ent is None:
        # "The importer said" after "The Russian importer Oleg Smirnitsky": any noun a person was
        # introduced with describes that person, listed as a role or not
        introduced = _introduced_person(ctx, head, lemma)
        if introduced is not None:
            return _Speaker(span.text, introduced.actor_id, introduced.name, span.start_char, span.end_char, True)
    if ctx.resolve_references and definite and head.pos_ in {"NOUN", "PROPN"} and lemma not in ctx.cues.roles:
        # "The centre said" after "the Nordic Crisis Mediation Centre": the organisation named before
        named = _named_organisation(ctx, head)
        if named is None and default_role_types().get(lemma) == "alliance":
            named = _latest_of_type(ctx, "alliance", head.i)  # "The alliance said": the alliance named last
        if named is not None:
            return _Speaker(span.text, named[0], named[1], span.start_char, span.end_char)
    if head.pos_ == "PROPN" and head.text[:1].isupper() and not ctx.ents_within(span) and len(span) == 1:
        # "Gazprom has long said": a lone name no model or list knows is still an actor, by its slug
        return _Speaker(span.text, slugify(head.text), head.text, span.start_char, span.end_char)
    # ("„…“, said a company spokesman": the inverted speaker after its cue too)
    firm_phrase = ctx.resolve_references and not ctx.ents_within(span) and head.head.i in ctx.cue_entries \
        and (head.dep_ in {"nsubj", "nsubjpass"} or head.i > head.head.i and head.dep_ in {"dobj", "attr", "dative"}) \
        and _names_a_firm(ctx, head, lemma)
    if firm_phrase:
        # "The management rejected", "a company spokesman said", "A spokesman of the works said": the
        # company or association the text named last, listed or not
        body = _firm_named_before(ctx, span.start)
        if lemma in _FIRM_NOUNS and (body is None or _ends_in_another_body_noun(body[1])):
            # ("... Konkan Maritime Services ... the Konkan Seafarers Welfare Union ... The company said": a
            # union or association named last is no company; the firm named before it is)
            body = _firm_word_named_before(ctx, span.start) or body
        body = _speaker_named_around(ctx, body, span) if body is not None else None
        if body is not None:
            return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char)
    if ctx.resolve_references and not ctx.ents_within(span) and lemma in ctx.cues.officials:
        # "A university spokesperson said" after "Aldermoor University": an official named by the kind
        # of body speaks for the last body whose name holds that kind word
        kinds = {c.lower_ for c in head.children if c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN"}
        body = _body_of_kind_named_before(ctx, span.start, kinds) if kinds else None
        if body is None and kinds == {"police"}:
            body = _town_police_before(ctx, span.start)  # ("A police spokesman said later": the town's police)
        if body is None and kinds == {"city"}:
            # "In Freiburg live around 1,500 people with Ukrainian roots. A city spokesman said": the town the
            # text named last (outside quotes) speaks through its spokesman
            town = next(_towns_before(ctx, span.start), None)
            body = _entity_speaker(town) if town is not None and town.kb_id_ else None
        if body is not None:
            return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char)
    previous = ctx.previous_speaker
    if ctx.resolve_references and definite and not ctx.ents_within(span) and head.tag_ == "NN" \
            and default_role_types().get(lemma) == "organization" and previous is not None and previous.actor_id \
            and not previous.person and previous.actor_id not in default_actor_types() \
            and previous.start < span.start_char and ctx.sent_of[head.i] - _sentence_at(ctx, previous.start) <= 2:
        # "Sterling Gate, a payments firm ..., said ... The company said": the body that spoke just before,
        # named by a name the model gave no entity (so no reference rule above could find it)
        return _Speaker(span.text, previous.actor_id, previous.name, span.start_char, span.end_char)
    if firm_phrase:
        # "Konkan Maritime Services ... [twenty sentences on] ... The company said": the firm or club the
        # article is about, named further back than the sentences the rule above reads (a body whose
        # name ends in another body's noun, "the Florida Defense Industry Alliance", is no company)
        body = _firm_named_anywhere_before(ctx, span.start, lemma)
        if body is not None:
            return _Speaker(span.text, body[0], body[1], span.start_char, span.end_char)
    return _Speaker(span.text, "", span.text, span.start_char, span.end_char)


def _firm_named_anywhere_before(ctx: _Context, start: int, lemma: str) -> tuple[str, str] | None:
    """(actor_id, name) of the firm or body a description refers to, named anywhere before token ``start``.

    For "the company" or "the firm": the last firm whose name closes with a firm's word, else the last
    organisation, but not one whose name ends in another body's noun ("the Florida Defense Industry
    Alliance" is no company). For other nouns: the last organisation.
    """
    firm = lemma in _FIRM_NOUNS
    body = (_firm_word_named_before(ctx, start, reach=len(ctx.doc)) if firm else None) \
        or _firm_named_before(ctx, start, reach=len(ctx.doc))
    if body is None or (firm and _ends_in_another_body_noun(body[1])):
        return None
    return body


def _ends_in_another_body_noun(name: str) -> bool:
    """Whether a body's name ends in a body noun that is no firm's ("... Welfare Union", "... Industry Alliance";
    data/role_nouns.csv), so "the company" does not take it up; a firm's closing word (data/firm_words.csv) does not count."""
    last_word = name.split()[-1] if name.split() else ""
    return last_word.lower() in default_role_types() and last_word not in _world().firm_words


def _office_holder_government(ctx: _Context, head: Token) -> tuple[str, str] | None:
    """(id, name) of the government a head of government's office speaks for, or ``None``.

    "A spokeswoman for the prime minister's office", "The governor's office said", "From the office of the
    responsible Landesrat it was said", "Officials in Gov. Jay Inslee's office": the office of a title of
    data/office_titles.csv speaks for the government of the country (a national title) or of the state,
    province or Land (a regional one) the text is about, not for a person named before with that role.
    Limit: the office is the phrase's head or the object of its "for/of/in/from/at"; the title (or a name
    whose title stands for it: "Gov." in data/title_roles.csv) is the office's possessor or the object of
    its "of"; a regional title needs the Land government the text names most (its capital, itself or its Land).
    """
    levels = _world().office_levels
    offices = [head] if head.lower_ == "office" else [
        g for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "in", "from", "at"}
        for g in c.children if g.dep_ == "pobj" and g.lower_ == "office"]
    if not offices:
        return None  # (asked for every speaker phrase: most name no office)
    genders = load_name_genders()
    for office in offices:
        owners = [c for c in office.children if c.dep_ == "poss"] + [
            g for c in office.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for owner in owners:
            words = [t.lower_ for t in owner.subtree if t.i <= owner.i and t.tag_ != "POS"
                     and t.lower_ not in {"the", "his", "her", "their"}]
            level = next((levels[" ".join(words[i:])] for i in range(len(words)) if " ".join(words[i:]) in levels), None)
            if level is None:
                # ("Gov. Jay Inslee's office": a title before the holder's name stands for its role)
                level = next((levels[role] for t in owner.lefts for role in sorted(genders.roles_of(t.text))
                              if role in levels), None)
            if level == "national":
                return _home_government(ctx)
            if level == "regional":
                return _home_land(ctx)
    return None


def _home_land(ctx: _Context) -> tuple[str, str] | None:
    """(id, name) of the Land (state, province) government a text names most outside quotes, or ``None``.

    Counts each mention of the Land, its government or its capital (:func:`_land_named`); a place in the
    dateline opening the text decides. A tie gives ``None``.
    """
    counts: dict[tuple[str, str], int] = {}
    dateline = dateline_end(ctx.text or ctx.doc.text)
    for ent in ctx.ents:
        if ctx.in_quote[ent.start] >= 0 or (land := _land_named(ent)) is None:
            continue
        if ent.start_char < dateline:
            return land
        counts[land] = counts.get(land, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def government_circles(head: Token) -> bool:
    """Whether a speaker phrase is "government circles" (German "Regierungskreise"), unnamed voices of a government."""
    return (head.lemma_ or head.lower_).lower() == "circle" and head.tag_ == "NNS" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in {"government", "administration"} for c in head.children)


def _speaker_named_around(ctx: _Context, body: tuple[str, str], span: Span) -> tuple[str, str]:
    """The last speaker instead of ``body`` when ``body`` was named only inside that speaker's own phrase.

    "Tasman Basin Energy, which ships gas from the Pilbara, said ... The company stressed": a body named in a
    relative clause or apposition of the body that spoke just before is no new referent; the speaker is.
    Limit: the last speaker is a body (an organisation's entity) with an id, and ``body`` is named nowhere between
    that speaker's phrase and ``span``.
    """
    previous = next((speaker for start, speaker in sorted(ctx.spoken.items(), reverse=True)
                     if start < span.start_char), None)
    if previous is None or not previous.actor_id or previous.actor_id == body[0] or previous.end > span.start_char \
            or not (any(e.kb_id_ == previous.actor_id and e.label_ == "ORG" for e in ctx.ents)
                    or ", which " in previous.text):  # (a body's name no model tagged, with a relative clause on a thing)
        return body
    inside = any(e.kb_id_ == body[0] and previous.start <= e.start_char < previous.end for e in ctx.ents)
    later = any(e.kb_id_ == body[0] and previous.end <= e.start_char < span.start_char for e in ctx.ents)
    return (previous.actor_id, previous.name) if inside and not later else body


def _guessed_group(ent: Span) -> bool:
    """Whether the model tagged capitalised words a group (NORP) that no list links: a name it did not know ("Wil Ifans")."""
    return ent.label_ == "NORP" and not ent.kb_id_ and len(ent) >= 2 and all(t.is_title and t.is_alpha for t in ent)


def _names_a_body(head: Token) -> bool:
    """Whether the name ``head`` ends is a body's: a body's noun in apposition ("Sterling Gate, a payments firm"; data/role_nouns.csv)
    or a last word that closes firms' names ("Bass Strait Bulk Carriers"; data/firm_words.csv)."""
    return head.text in _world().firm_words or any(
        c.dep_ == "appos" and default_role_types().get((c.lemma_ or c.lower_).lower(), "person") != "person"
        for c in head.children)


def _unlabelled_name(ctx: _Context, head: Token, span: Span) -> Span | None:
    """The proper nouns that end at ``head`` and name the speaker, when no entity of an actor's label lies in the phrase.

    Limit: two to four capitalised alphabetic proper nouns (the head and the compounds right before it),
    outside quotes, at least one of them inside an entity; the phrase holds no entity the actor component
    can link (only labels like PRODUCT, DATE, CARDINAL that the small model gives unknown names).
    """
    if head.pos_ != "PROPN" or ctx.in_quote[head.i] >= 0 or any(e.label_ in _SPEAKER_LABELS | {"FAC", "LOC"}
                                                                  for e in ctx.ents_within(span)):
        return None
    start = head.i
    while start - 1 >= span.start and ctx.doc[start - 1].dep_ == "compound" and ctx.doc[start - 1].head.i == head.i \
            and ctx.doc[start - 1].pos_ == "PROPN":
        start -= 1
    words = ctx.doc[start:head.i + 1]
    # (a name with no entity at all is read by the rules after this one, which know more of its kind)
    if not 2 <= len(words) <= 4 or not all(t.is_title and t.is_alpha for t in words) \
            or all(ctx.ent_of[t.i] is None for t in words) or any(
            ctx.ent_of[t.i] is not None and (ctx.ent_of[t.i].label_ in _SPEAKER_LABELS | {"FAC", "LOC"}
                                             or ctx.ent_of[t.i].kb_id_) for t in words):
        return None
    before = ctx.doc[start - 1] if start > 0 else None
    if before is not None and (before.is_title and (before.pos_ == "PROPN" or not before.is_sent_start)
                               and before.lower_ not in {"the", "a", "an"}
                               or before.text in {"-", "‐", "'", "’"} and not before.whitespace_):
        # (only a whole name: not "Crew Welfare Network" of "the Maritime Crew Welfare Network", nor "Peer
        # Clausen" of "Jan-Peer Clausen")
        return None
    titles = load_name_genders().titles
    if any(lookup_key(t.text) in titles for t in words) or head.text in ctx.surnames:
        return None  # ("Mr Delaney", "Hajah Noraini Ismail": a title, or a surname the text already named in full)
    return words


#: Nouns of a government department that a Land has as well as a federation.
_DEPARTMENT_NOUNS = frozenset({"ministry", "department", "directorate"})
#: Department nouns that name a canton's or Land's office only, capitalised or not (Swiss "Direktion": "the
#: Finance Directorate" in Zug's news is the cantonal government's).
_REGIONAL_DEPARTMENT_NOUNS = frozenset({"directorate"})


def _department_of_official(official: Token, prepositions: set[str]) -> Token | None:
    """The "ministry"/"department" an official's phrase names after one of ``prepositions`` ("a spokesman of the ministry")."""
    return next((g for c in official.children if c.dep_ == "prep" and c.lower_ in prepositions
                 for g in c.children if g.dep_ == "pobj" and (g.lemma_ or g.lower_).lower() in _DEPARTMENT_NOUNS), None)


def _ministry_seated_in_a_land(ctx: _Context, head: Token, lemma: str, speaker: _Speaker) -> tuple[str, str] | None:
    """The Land government a ministry "in" a Land capital (or Land) speaks for, or ``None``.

    "the agriculture ministry in Hanover", "The Ministry for the Rural Area in Stuttgart said", "A spokeswoman
    of the agriculture ministry in Hanover": data/actors.csv lists no Land departments, and the gold files
    mostly fold them into the Land's government. Limit: the head is "ministry"/"department" (or an official
    "of"/"from" one, or the head of an unlisted entity that opens with it), the "in" hangs on it or on a word
    of its entity, the place names a Land government (:func:`_land_named`), the phrase holds no
    "federal"/"national", and the phrase did not resolve to a listed actor by its own name.
    """
    if lemma in ctx.cues.officials and lemma not in _DEPARTMENT_NOUNS:
        # "A spokeswoman of the agriculture ministry in Hanover": the official speaks for the ministry
        head = _department_of_official(head, {"of", "from"}) or head
        lemma = (head.lemma_ or head.lower_).lower()
    ent = ctx.ent_of[head.i]
    if lemma not in _DEPARTMENT_NOUNS and not (ent is not None and ent.root.i == head.i
                                                and ent[0].lower_ in _DEPARTMENT_NOUNS):
        return None
    if ent is not None and ent.kb_id_ and default_actor_types().get(ent.kb_id_):
        return None  # ("the Bavarian Interior Ministry" is listed)
    if any(t.lower_ in {"federal", "national"} for t in _phrase_span(head)):
        return None
    places = [g for t in (head, *(ent or ())) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj" and ctx.ent_of[g.i] is not None]
    for place in places:
        land = _land_named(ctx.ent_of[place.i])
        if land is not None:
            return None if speaker.actor_id == land[0] else land
    return None


def _land_ministry(ctx: _Context, head: Token, lemma: str) -> tuple[str, str] | None:
    """The Land government an unlisted ministry (or an official of one) speaks for in a Land's news, or ``None``.

    "From the education ministry it was said ..." in a story from Kiel, "A spokesman of the ministry" in
    one from Erfurt: the Land's departments are no actors of their own in data/actors.csv, and the
    text is local news of one Land. Limit: the phrase ("the education ministry", or an official's
    "of the ministry") resolved to no actor and holds no "federal"/"national" or a nationality; the
    text names the Lands of exactly one Land government (its region, government or capital).
    """
    ministry = _department_named(ctx, head, lemma)
    if ministry is None:
        return None
    if any(t.lower_ in {"federal", "national"} or t.ent_type_ in {"NORP", "GPE"} for t in ministry.subtree):
        return None
    mentions = [land for e in ctx.ents if ctx.in_quote[e.start] < 0 and (land := _land_named(e)) is not None]
    named = set(mentions)
    if len(named) > 1:
        # ("Nord Stream 2 AG with seat in Zug" in Lower Saxony's news: a seat of another country's region named
        # in passing; the Lands of the country whose actors the text names most are the ones it is about)
        # (every mention counts, of the countries whose Lands are named: "Hanover", "Berlin", "the Bundeswehr")
        candidates = {_world().actor_countries.get(land[0], "") for land in named} - {""}
        countries = Counter(country for e in ctx.ents if ctx.in_quote[e.start] < 0
                            and (country := _world().actor_countries.get(e.kb_id_, "")) in candidates)
        if not countries:
            return None
        top, count = countries.most_common(1)[0]
        if list(countries.values()).count(count) == 1:
            named = {land for land in named if _world().actor_countries.get(land[0], "") == top}
    return named.pop() if len(named) == 1 else None


def _department_named(ctx: _Context, head: Token, lemma: str) -> Token | None:
    """The "ministry"/"department" a speaker phrase is ("the education ministry") or names for its official."""
    if lemma in _DEPARTMENT_NOUNS:
        return head
    return _department_of_official(head, {"of", "from", "in"}) if lemma in ctx.cues.officials else None


def _lowercase_department(ctx: _Context, head: Token) -> Token | None:
    """The department of :func:`_department_named` when every word of its phrase is lower-case ("the economy ministry").

    A canton's or Land's own office noun (``_REGIONAL_DEPARTMENT_NOUNS``: "the Economic Directorate") counts
    capitalised too.
    """
    ministry = _department_named(ctx, head, (head.lemma_ or head.lower_).lower())
    if ministry is not None and (ministry.lemma_ or ministry.lower_).lower() in _REGIONAL_DEPARTMENT_NOUNS:
        return ministry  # ("From the Economic Directorate it was said": a canton's office, capitalised)
    return ministry if ministry is not None and all(t.is_lower or t.is_punct for t in ministry.subtree) else None


def _is_lowercase_department_slug(ctx: _Context, head: Token, speaker: _Speaker) -> bool:
    """Whether the speaker's id is no listed actor but the slug of a lower-case "economy ministry" phrase."""
    if not speaker.actor_id or speaker.actor_id in _world().names:
        return False
    ministry = _lowercase_department(ctx, head)
    if ministry is None:
        return False
    # (the phrase's own words: "the ministry" that takes up "The Saxon culture ministry" keeps that one's id)
    return speaker.actor_id == slugify(" ".join(t.text for t in ministry.subtree if t.dep_ != "det"))


#: Kinds of ministry only a federal state has: "the defence ministry" is never a Land's.
_FEDERAL_ONLY_KINDS = frozenset({"defence", "defense", "foreign", "military"})


def _is_national_ministry_by_kind(ctx: _Context, head: Token, speaker: _Speaker) -> bool:
    """Whether a lower-case "<kind> ministry" with no seat resolved to a listed national ministry by its kind alone."""
    if _world().actor_types.get(speaker.actor_id) != "institution" or speaker.actor_id in _land_governments():
        return False
    ministry = _lowercase_department(ctx, head)
    if ministry is None:
        return False
    kinds = [c.lower_ for c in ministry.children if c.dep_ in {"compound", "amod"} and c.i < ministry.i]
    return bool(kinds) and not set(kinds) & _FEDERAL_ONLY_KINDS


def _land_governments() -> set[str]:
    """The ids of the Land governments data/actors.csv lists with a capital ("gov_thuringia")."""
    return {body for body, _ in _world().regional_seats.values()}


def _land_named(ent: Span) -> tuple[str, str] | None:
    """(id, name) of the Land government a mention names: its capital ("Erfurt"), itself, or its Land ("Thuringia")."""
    seats, lands = _world().regional_seats, _land_governments()
    if ent.kb_id_ in seats:
        return seats[ent.kb_id_]
    if ent.kb_id_ in lands:
        return ent.kb_id_, _entity_speaker(ent)[1]
    if f"gov_{ent.kb_id_}" in lands:
        return f"gov_{ent.kb_id_}", _world().names.get(f"gov_{ent.kb_id_}", "")
    return None


def _capital_named_before(ctx: _Context, head: Token) -> tuple[str, str] | None:
    """The government seated in the capital a plain "the (Land) capital" takes up, or ``None``.

    "He demanded from Erfurt money ... From the Land capital it was said, ...": German "die
    Landeshauptstadt" names the Land capital named before for its government. Limit: "the", an
    optional "Land"/"state"/"provincial" (then only a Land capital counts, else only a national one),
    and the last seat of data/metonyms.csv named before it, in that or the two sentences before.
    """
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    regional = any(c.lower_ in {"land", "state", "provincial"} for c in head.children)
    lands = _land_governments()
    for ent in reversed(ctx.ents):
        if ent.start >= head.i or ctx.sent_of[ent.start] < ctx.sent_of[head.i] - 2:
            continue
        seat = ctx.seats.get(ent.kb_id_) or ((ent.kb_id_, _entity_speaker(ent)[1]) if ent.kb_id_ in lands else None)
        if seat is not None and (seat[0] in lands) == regional:
            return seat
    return None


def _body_of_kind_named_before(ctx: _Context, before: int, kinds: set[str]) -> tuple[str, str] | None:
    """(actor_id, name) of the last organisation named outside quotes before ``before`` whose name holds a kind word.

    Limit: only entities the model labels ORG or FAC, with the kind word ("university", "port")
    among their own words; an unlisted body gets its slug.
    """
    for ent in reversed(ctx.ents):
        if ent.start >= before or ctx.in_quote[ent.start] >= 0 or ent.label_ not in {"ORG", "FAC"}:
            continue
        if any(t.lower_ in kinds for t in ent):
            inner = _body_inside_the_name(ctx, ent, kinds)
            if inner is not None:
                return inner
            actor_id, name = _entity_speaker(ent)
            return actor_id or slugify(name), name
    return None


def _body_inside_the_name(ctx: _Context, ent: Span, kinds: set[str]) -> tuple[str, str] | None:
    """(slug, name) of a body of one of ``kinds`` named inside an unlisted body's name of another kind, or ``None``.

    "the Corrib University Ukrainian Society ... The university acknowledged", "A university spokesperson
    said": the society is named after the university, and a description by the university's kind means
    the university. Limit: the kind word is a capitalised word inside the name, after a word of the name
    and before another capitalised one (not its last word, not "Port of ..."), and the body is no listed actor.
    """
    opening = ent.start + (ent[0].lower_ == "the")
    # (a name word before the kind, and no "of" after it: "the Port of Los Angeles" is the port itself)
    inner = next((t for t in ent[:-1] if t.lower_ in kinds and t.is_title and t.i > opening
                  and ctx.doc[t.i + 1].is_title), None)
    if inner is None or ent[-1].lower_ in kinds or default_actor_types().get(ent.kb_id_) \
            or _world().role_types.get(ent[-1].lower_) not in {"organization", "institution"}:
        return None  # (the outer name must close with a body's kind of its own: "Raiffeisen Bank International")
    named = ctx.doc[opening:inner.i + 1]
    return slugify(named.text), named.text


def _names_a_firm(ctx: _Context, head: Token, lemma: str) -> bool:
    """Whether a speaker phrase is a firm's or association's own noun, or an official of one ("a company spokesman")."""
    types = default_role_types()
    if types.get(lemma) == "organization" and head.is_lower and any(c.lower_ in {"the", "a", "an"} for c in head.children):
        return True
    if lemma not in ctx.cues.officials:
        return False
    bodies = [c for c in head.children if c.dep_ == "compound" and c.is_lower] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} for g in c.children
        if g.dep_ == "pobj" and g.is_lower and any(d.lower_ == "the" for d in g.children)]
    return any(types.get((b.lemma_ or b.lower_).lower()) == "organization" for b in bodies)


def _entities_before(ctx: _Context, before: int, *, reach: int) -> Iterator[Span]:
    """The entities outside quotes that start before token ``before``, last first, in its sentence and the ``reach`` before."""
    sentence = ctx.sent_of[before]
    for ent in reversed(ctx.ents):
        if ent.start >= before or ctx.in_quote[ent.start] >= 0:
            continue
        if ctx.sent_of[ent.start] < sentence - reach:
            break
        yield ent


#: Description nouns that name a commercial firm, never a union or association ("The company denied").
_FIRM_NOUNS = frozenset({"company", "firm"})


def _firm_word_named_before(ctx: _Context, before: int, *, reach: int = 15) -> tuple[str, str] | None:
    """(actor_id, name) of the last entity whose name ends in a firm's word (data/firm_words.csv) before ``before``.

    "… fleet director at Konkan Maritime Services … the Konkan Seafarers Welfare Union … The company said":
    a company is the firm named before, further back than the union named since. Limit: ``reach``
    sentences, outside quotes; an unlisted firm gets its slug.
    """
    for ent in _entities_before(ctx, before, reach=reach):
        # (a name before the firm's word: not "the Board" of "Chairman of the Board Günther X")
        if ent.label_ in {"ORG", "PERSON", "NORP", "FAC"} and len(ent) >= 2 and ent[-1].text in _world().firm_words \
                and ent[-2].lower_ != "the":
            actor_id, name = _entity_speaker(ent)
            return actor_id or slugify(name), name
    return None


def _firm_named_before(ctx: _Context, before: int, *, reach: int = 3) -> tuple[str, str] | None:
    """(actor_id, name) of the last organisation named outside quotes in this or the ``reach`` sentences before.

    Limit: only entities the model labels ORG (or a one-word unlisted "nationality" that does not end
    like a demonym: "Sennetec", or an unlisted "person" of two words or more whose first word is no
    given name of ``data/given_names.csv``: "Ironbridge Software") that no list types as a state body,
    party, alliance or outlet; an
    outlet after "opposite"/"to" (the addressee of a statement) does not count. An unlisted firm gets
    its slug.
    """
    types = default_actor_types()
    for ent in _entities_before(ctx, before, reach=reach):
        # ("the server builder Sennetec": the model may call an unknown firm's one-word name a nationality)
        firm_as_norp = ent.label_ == "NORP" and len(ent) == 1 and not ent.kb_id_ \
            and re.search(r"(?:an|ese|ish|ic|i)$", ent.text) is None
        # ("Ironbridge Software, which employs 140 developers, said ... The company said": the model may call
        # an unlisted firm's name a person; a name of two words or more that opens with no known given name)
        firm_as_person = ent.label_ == "PERSON" and len(ent) >= 2 and ent.kb_id_ not in types \
            and lookup_key(ent[0].text) not in load_name_genders().given and ent[0].is_title \
            and ent.root.dep_ in {"nsubj", "nsubjpass", "pobj"}
        if not (ent.label_ == "ORG" or firm_as_norp or firm_as_person) \
                or types.get(ent.kb_id_ or "", "organization") not in {"organization", "company"}:
            continue
        root = ent.root
        if root.dep_ in {"dative"} or (root.dep_ == "pobj" and root.head.lower_ in {"opposite", "to", "towards"}):
            continue  # "said opposite the Kurier": the outlet spoken to
        actor_id, name = _entity_speaker(ent)
        return actor_id or slugify(name), name
    return None


def _introduced_person(ctx: _Context, head: Token, noun: str) -> _Speaker | None:
    """The last person named before ``head`` outside quotes with ``noun`` as title or apposition, or None.

    Limit: the noun must stand beside the name ("the importer Oleg Smirnitsky", "Oleg Smirnitsky,
    an importer"); two such persons give the nearer one.
    """
    def beside_noun(ent: Span) -> bool:
        # (the parser may not join the noun right before the name to it: "The winegrower Ewald Schneiderhan has")
        before = ctx.doc[ent.start - 1] if ent.start else None
        root = ent.root
        # (the noun itself, not a word inside its phrase: "X, a former adviser to the energy ministry" is no ministry)
        beside = [before] if before is not None else []
        beside += [c for c in root.children if c.dep_ in {"appos", "compound"} and c.i not in range(ent.start, ent.end)]
        beside += [root.head] if root.dep_ == "appos" else []
        return any(t.tag_ == "NN" and (t.lemma_ or t.lower_).lower() == noun for t in beside)

    return _last_person_before(ctx, head, beside_noun)


def _last_person_before(ctx: _Context, head: Token, matches: Callable[[Span], bool]) -> _Speaker | None:
    """The last person entity before ``head``, outside quotes and resolved to an actor, for which ``matches`` holds."""
    found = None
    for ent in ctx.ents:
        if ent.end > head.i:
            break
        if ent.label_ == "PERSON" and ctx.in_quote[ent.start] < 0 and matches(ent):
            actor_id, name, person = _actor_of(ctx, ent)
            if person and actor_id:
                found = _Speaker(ent.text, actor_id, name, ent.start_char, ent.end_char, True)
    return found


def _name_without_article(span: Span, end: int, head: Token) -> str:
    """A body's name from its phrase: the words from the first after an article up to token ``end``."""
    first = next((t for t in span if t.lower_ not in {"the", "a", "an"}), head)
    return span.doc[first.i:end].text


def _named_in_subject_phrase(token: Token) -> bool:
    """Whether a name stands in apposition to a subject ("His foreign minister Sergei Lavrov has …")."""
    return token.dep_ in {"appos", "compound"} and token.head.dep_ in {"nsubj", "nsubjpass"}


def _body_with_quoted_name(head: Token) -> str | None:
    """The name in quote marks right after a body noun ("The alliance „Munich for Peace“"), else ``None``.

    Translated German names an initiative or association by its noun and its name in quotes.
    Limit: a body noun of data/role_nouns.csv (not a person's) right before the opening mark,
    a name of at most six words starting with a capital.
    """
    doc = head.doc
    lemma = (head.lemma_ or head.lower_).lower()
    if default_role_types().get(lemma, "person") == "person" or not head.is_lower \
            or head.i + 2 >= len(doc) or doc[head.i + 1].text not in OPEN_TO_CLOSE:
        return None
    closing = OPEN_TO_CLOSE[doc[head.i + 1].text]
    close = next((t.i for t in doc[head.i + 2:min(head.i + 9, len(doc))] if t.text in closing), None)
    if close is None or close == head.i + 2 or not doc[head.i + 2].text[:1].isupper():
        return None
    return doc[head.i + 2:close].text


#: Endings of English nouns for persons by occupation or creed ("theologian", "sociologist", "saboteur").
_PERSON_ENDINGS = ("ian", "ist", "eur")


def _occupation_like(head: Token) -> bool:
    """Whether an unlisted lowercase singular noun reads as a person by its ending ("the theologian").

    Limit: the endings of ``_PERSON_ENDINGS`` only; a noun the lists give another type keeps it.
    """
    lemma = (head.lemma_ or head.lower_).lower()
    return head.tag_ == "NN" and head.is_lower and len(lemma) > 5 and lemma.endswith(_PERSON_ENDINGS) \
        and lemma not in default_role_types()


def _outlet_told(ctx: _Context, head: Token, ent: Span) -> bool:
    """Whether ``ent`` is an outlet told, right after a person's description: "said the CDU man the Morgenkurier".

    Machine translation keeps German's dative ("sagte der CDU-Mann dem Morgenkurier"). Limit: an
    organisation or product entity whose "the" follows the description's head at once, or, with
    no article, one word shaped like an outlet's short name ("said the pensioner SaarWelle":
    glued words, a digit, capitals).
    """
    if ent.label_ not in {"ORG", "PRODUCT"}:
        return False
    if ent.start >= 2 and ctx.doc[ent.start - 1].lower_ == "the" and ent.start - 2 == head.i:
        return True
    return ent.start - 1 == head.i and len(ent) == 1 and outlet_shaped(ent.text)


def _home_government(ctx: _Context) -> tuple[str, str] | None:
    """(id, name) of the government of the country a document is about, or ``None``.

    Limit: the place of the wire dateline opening the text (:func:`workbench.segment.dateline_end`:
    "VILNIUS –", "KYIV, Jan 26 (Wire) -"; a province's or Land's capital there, "WINNIPEG -", for its
    country) decides; else the government whose state, capital or
    own name the text mentions most outside quotes (a government or seat of power weighs three, a
    state one; a state of data/background_states.csv, named in nearly every text, counts at its
    weight there). A tie gives ``None``.
    """
    weights: dict[tuple[str, str], float] = {}
    types = default_actor_types()
    dateline = dateline_end(ctx.text or ctx.doc.text)
    for ent in ctx.ents:
        if not ent.kb_id_ or ctx.in_quote[ent.start] >= 0:
            continue
        if types.get(ent.kb_id_) == "government":
            body, weight = (ent.kb_id_, ent._.actor_name or ent.text), 3.0
        elif ent.kb_id_ in _world().regional_seats and ent.start_char < dateline \
                and (national := _world().governments.get(_world().actor_countries.get(ent.kb_id_, ""))):
            return national  # ("WINNIPEG -": a province's capital in the dateline places the text in its country)
        elif ent.kb_id_ in ctx.seats and ent.kb_id_ not in ctx.governments:
            body, weight = ctx.seats[ent.kb_id_], 3.0
        elif ent.kb_id_ in ctx.governments:
            body, weight = ctx.governments[ent.kb_id_], 1.0
        else:
            continue
        if ent.start_char < dateline:
            return body  # the dateline names the country
        weights[body] = weights.get(body, 0.0) + weight
    # (a state named in nearly every text of the corpus's crisis says little about whose text it is)
    background = _world().background
    weights = {body: weight * background.get(body[0], 1.0) for body, weight in weights.items()}
    ranked = sorted(weights.items(), key=lambda item: item[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def author_of(ctx: _Context, phrase: Span) -> Span | None:
    """The entity a phrase names as a document's author ("a survey published by the daily X"), or ``None``.

    "a survey published by the Finnish daily Pohjan Sanomat": the author is the source, not the
    country a demonym before it names. Limit: the author must be the object of "by" and an entity.
    """
    for token in phrase:
        if token.lower_ != "by" or token.dep_ not in {"agent", "prep"}:
            continue
        for obj in token.children:
            if obj.dep_ != "pobj":
                continue
            # "by the Chisinau news site Nistru Today": the outlet's name may stand in apposition
            for named in [obj, *(c for c in obj.children if c.dep_ == "appos")]:
                ent = ctx.ent_of[named.i]
                if ent is not None and ent.label_ != "NORP" and ent.kb_id_:
                    return ent
    return None


def _named_organisation(ctx: _Context, head: Token, *, reach: int = 40) -> tuple[str, str] | None:
    """(actor_id, name) of the organisation an unnamed definite description repeats, or ``None``.

    "The centre said" after "the Nordic Crisis Mediation Centre": a description whose words all
    occur in an earlier organisation's name refers back to it. Limit: the nearest such name
    within ``reach`` sentences wins; a description in other words ("the company" for
    "Lugansk Aqua") is not resolved, unless the body's speaker phrase said so in apposition
    ("Lugansk Aqua, a water company, said").
    """
    words = {t.lower_ for t in head.children if t.dep_ in {"compound", "amod"} and t.i < head.i} | {head.lower_}
    for ent in reversed(ctx.ents):
        if ent.start >= head.i or ctx.in_quote[ent.start] >= 0 or ent.label_ not in {"ORG", "FAC"}:
            continue
        if ctx.sent_of[head.i] - ctx.sent_of[ent.start] > reach:
            break
        names = {t.lower_ for t in ent if t.lower_ != "the"}
        if len(names) >= 2 and words <= names:
            inner = _body_inside_the_name(ctx, ent, {head.lower_})
            if inner is not None:
                return inner
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            return ent.kb_id_ or slugify(name), ent._.actor_name or name
    # ("the Edible Oil Refiners Federation said ... The federation called on": a body the model did not
    # tag, named as an earlier claim's speaker)
    for start, speaker in sorted(ctx.spoken.items(), reverse=True):
        if start >= head.idx or not speaker.actor_id:
            continue
        names = {w.lower() for w in speaker.name.split() if w.lower() != "the"}
        if len(names) >= 2 and words <= names and ctx.sent_of[head.i] - _sentence_at(ctx, start) <= reach:
            return speaker.actor_id, speaker.name
        # ("Northsea Mutual, a protection and indemnity club based in Bergen, told members ... The club said": the
        # body's own speaker phrase said in apposition what kind of body it is)
        _, comma, apposition = speaker.text.partition(", ")
        described = {w.strip(".,;").lower() for w in apposition.split()}
        if comma and not speaker.person and apposition.split(" ", 1)[0].lower() in {"a", "an"} \
                and words <= described and ctx.sent_of[head.i] - _sentence_at(ctx, start) <= min(reach, 8):
            return speaker.actor_id, speaker.name
    # ("Ketan Patel, president of the Western India Edible Oil Traders Federation ... The federation has
    # urged": a capitalised name the model tagged as no body at all, ending in the description's noun)
    doc = ctx.doc
    for token in reversed(doc[max(0, head.sent.start - 400):head.i]):
        if ctx.sent_of[head.i] - ctx.sent_of[token.i] > min(reach, 8):
            break
        if token.lower_ != head.lower_ or not token.is_title or ctx.in_quote[token.i] >= 0 \
                or (ctx.ent_of[token.i] is not None and ctx.ent_of[token.i].label_ in {"ORG", "FAC", "PERSON"}):
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and ctx.in_quote[start - 1] < 0 \
                and doc[start - 1].lower_ != "the" and not doc[start - 1].is_sent_start:
            start -= 1
        names = {t.lower_ for t in doc[start:token.i + 1]}
        if token.i - start >= 2 and words <= names:
            name = doc[start:token.i + 1].text
            return slugify(name), name
    return None


def _government_that_just_spoke(ctx: _Context, head: Token, candidates: list[Token]) -> tuple[str, str] | None:
    """(actor_id, name) of the government whose claim comes just before "a government spokesman", or ``None``.

    (So does "a senior administration official" after "Washington has said ...".)

    "Downing Street said ... should Russia invade. A government spokesman added": the government that
    has just spoken, not the one the bare "government" resolves to by what the text names. Limit: the
    role's own "government" or "administration" modifier, the previous claim's speaker a government that
    stands before the role, in this or the sentence before (in the same paragraph; for "administration"
    also the last sentence of the paragraph before); not for an office or cue
    placed by its city ("a government spokesman in Mainz", "A government spokesman said in Berlin").
    """
    previous = ctx.previous_speaker
    if previous is None or not previous.actor_id or previous.end <= previous.start or previous.end > head.idx \
            or default_actor_types().get(previous.actor_id) != "government" or not any(
                t.lower_ in {"government", "administration"} and t.is_lower and t.dep_ == "compound" for t in candidates) \
            or any(c.dep_ == "prep" and c.lower_ == "in" for h in (head, head.head) for c in h.children) \
            or not 0 <= ctx.sent_of[head.i] - _sentence_at(ctx, previous.start) <= 1:
        return None
    previous_at = ctx.doc.char_span(previous.start, previous.end, alignment_mode="expand")
    # (an "administration" official may open the next paragraph: "Washington has said ... ¶ A senior
    # administration official said"; a bare government spokesman there is often another government's)
    administration = any(t.lower_ == "administration" for t in candidates)
    if previous_at is None or ctx.paragraph_of and ctx.paragraph_of[previous_at.start] != ctx.paragraph_of[head.i] \
            and not (administration and ctx.sent_of[head.i] - ctx.sent_of[previous_at.start] == 1):
        return None
    return previous.actor_id, previous.name


def _institution_of(ctx: _Context, head: Token, *, states_only: bool = False,
                    advising: bool = False) -> tuple[str, str] | None:
    """(actor_id, name) of the institution or state a role noun is attached to, or ``None``.

    Reads the role's own modifiers ("EU" in "an EU official", "Russian" in "a Russian diplomat")
    and the object of "for/of/at/from" ("a spokesman for the ministry"); a state stands for its
    government. Limit: a relative clause or participle ("speaking in Brussels") is not read.
    """
    # "Ukraine's ambassador": a possessor owns the role as much as a modifier does
    candidates = [c for c in head.children if c.dep_ in {"amod", "compound", "nmod", "poss"} and not _is_line_prefix(c)]
    # (an adviser "to" a body works for it: "an adviser to the Ukrainian government"; an ambassador
    # "to" a state is not its own)
    governing = {"for", "of", "at", "from", "to"} if advising else {"for", "of", "at", "from"}
    candidates += [g for c in head.children if c.dep_ == "prep" and c.lower_ in governing
                   for g in c.children if g.dep_ == "pobj"]
    # ("a spokeswoman of the airport operator Fraport opposite Hessenwelle": the parser may make the outlet
    # told, after German "gegenüber", the object; the body is the name before "opposite")
    candidates = [b for g in candidates for b in (
        [m for m in g.children if m.dep_ in {"nmod", "compound"} and m.i < g.i and ctx.ent_of[m.i] is not None]
        if g.dep_ == "pobj" and any(c.lower_ == "opposite" and c.i < g.i for c in g.children) else [g])]
    # "an aide on the Foreign Relations Committee": "on" a named body is a member of it
    candidates += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                   if g.dep_ == "pobj" and ctx.ent_of[g.i] is not None and ctx.ent_of[g.i].label_ == "ORG"]
    # "a senior official in the Swedish foreign ministry": "in" a body (not a place) is a member of it
    candidates += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                   if g.dep_ == "pobj" and ctx.ent_of[g.i] is not None and ctx.ent_of[g.i].label_ == "ORG"]
    # "a source in Russian diplomatic circles": the circles' nationality names the state
    # (so does a delegation's: "a source in the Russian delegation", "a member of the Ukrainian delegation")
    # (and "at" one: "a diplomat at the EU delegation")
    candidates += [m for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "from", "of", "at"} for g in c.children
                   if g.dep_ == "pobj" and g.lemma_ in _GROUP_OF_A_STATE for m in g.children if m.dep_ in {"amod", "compound"}]
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
    earlier: tuple[str, str] | None = None
    titles = load_name_genders().titles
    spoken = None if states_only else _government_that_just_spoke(ctx, head, candidates)
    if spoken is not None:
        return spoken
    for token in candidates:
        if token.dep_ == "pobj" and (token.lemma_ or token.lower_).lower() in _PERSONAL_STAFF and ctx.ent_of[token.i] is None \
                and any(c.dep_ == "poss" and ctx.ent_of[c.i] is None and lookup_key(c.text) in titles
                        and any(d.lower_ == "the" for d in c.children) for c in token.children) and not states_only:
            # "A spokesperson for the Prime Minister's office": the office of a head of government
            # the text does not name speaks for the government of the country it is about
            home = _home_government(ctx)
            if home is not None:
                return home
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title
                 and c.i < token.i and (ctx.ent_of[c.i] is None or not ctx.ent_of[c.i].kb_id_)]
        if token.dep_ == "pobj" and names and ctx.ent_of[token.i] is None and not states_only \
                and default_role_types().get((token.lemma_ or token.lower_).lower()) == "organization":
            # "A spokeswoman for the ruling Fidesz party": the body's name stands in its own phrase
            name = " ".join(t.text for t in names)
            return slugify(name), name
        ent = ctx.ent_of[token.i]
        if ent is None and not states_only and ((token.tag_ == "NN" and (token.dep_ == "compound" or (
                token.dep_ == "poss" and any(c.lower_ == "the" for c in token.children))))
                or (token.dep_ == "pobj" and token.is_lower and token.tag_ in {"NN", "NNP"})):
            # ("a spokeswoman of the mission", translated "Spokesman of ministry": the body's noun)
            # "an alliance official", "the ministry's spokeswoman": a collective noun names the body
            # mentioned last of its type
            # (a last resort: "a government spokeswoman in Berlin" is placed by its city first)
            if earlier is None and token.dep_ == "compound" and (token.lemma_ or token.lower_).lower() in _FIRM_NOUNS:
                # ("Island Grid Power, the electricity supplier, said ... „…“, a company spokeswoman said": the
                # body acting in this or the sentence before, not one an older "the company" took up; not a
                # government, nor the partner of a firm: "Westfalengas holds to its contracts with Gazprom")
                just = _body_just_named(ctx, head.i)
                earlier = just if just is not None and default_actor_types().get(just[0]) in {None, "organization"} \
                    else None
            earlier = earlier or _latest_of_type(
                ctx, default_role_types().get((token.lemma_ or token.lower_).lower(), ""), token.i, word=token.lower_)
        if ent is None and not states_only and earlier is None and token.dep_ == "pobj" \
                and token.tag_ in {"NN", "NNP"} and any(c.lower_ == "the" for c in token.children):
            # "A spokesperson for the Fund", "a spokeswoman for the consulate": the body named
            # before whose name holds the noun ("the International Monetary Fund")
            earlier = _named_organisation(ctx, token)
            if earlier is None and default_role_types().get((token.lemma_ or token.lower_).lower()) == "organization":
                # "From the East Committee of German Business it was said ... A spokeswoman of the
                # association emphasised": a body of that kind named in this or the sentence before
                earlier = _body_just_named(ctx, head.i)
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
            place_id = ctx.ent_of[place.i].kb_id_
            if place_id in _world().regional_seats and (office.lemma_ or office.lower_).lower() in {
                    "government", "spokeswoman", "spokesman", "spokesperson", "official", "officials"}:
                # "a government spokeswoman in Kiel": the government seated in a federal state's capital
                return _world().regional_seats[place_id]
            country = default_capitals().get(place_id)
            if earlier is not None and country and default_actor_countries().get(earlier[0], country) in {country, ""}:
                # "The Economy Ministry saw no danger ..., said a ministry spokeswoman in Berlin":
                # the ministry just named sits in that capital, and is more than its government
                # (so does an international body: "Spokeswoman of alliance in Brussels" is NATO's)
                return earlier
            seat = default_seats().get(place_id)
            if seat is not None:
                # "officials in Brussels", "separatist officials in Lugansk": the body seated there
                return seat
            if country in ctx.governments:
                return ctx.governments[country]
    return earlier


#: Role nouns for the staff of a body, whose plural ("the analysts") speaks for the body just named.
_STAFF_OF_A_BODY = {"analyst", "expert", "economist", "researcher", "scientist"}
#: Role nouns whose holder works for the body named after "to" ("an adviser to the government").
_ADVISING = {"adviser", "advisor", "aide", "consultant"}
#: Nouns for the staff of one person, who speak for that person ("her office", "Melnyk's spokesman").
_PERSONAL_STAFF = {"office", "spokesman", "spokeswoman", "spokesperson", "aide", "team", "staff", "campaign",
                   "press office", "secretary"}
#: Nouns for a statement or document that "says" what its issuer said ("the statement said").
_STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "letter", "release", "note", "text"}
#: Verbs whose "from" names whom something is asked of, not where the words came from.
_ASKED_FROM = frozenset({"demand", "ask", "request", "expect", "require", "want"})
#: Actor types that "it" can stand for.
_BODY_TYPES = {"government", "institution", "organization", "alliance", "media", "state"}


def _issuer_of(ctx: _Context, head: Token, *, reach: int = 2) -> Span | None:
    """The actor who issued the statement a definite "the statement" repeats, or ``None``.

    "Wellington issued a statement the same evening ... The statement called on Russia": the
    named subject of the last clause, outside quotes and at most ``reach`` sentences back, whose
    object is the same noun. Limit: only a subject the actor component linked.
    """
    for token in reversed(ctx.doc[:head.i]):
        if ctx.sent_of[head.i] - ctx.sent_of[token.i] > reach:
            break
        if token.lemma_ != head.lemma_ or token.dep_ != "dobj" or ctx.in_quote[token.i] >= 0:
            continue
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        ent = ctx.ent_of[subject.i] if subject is not None else None
        return ent if ent is not None and ent.kb_id_ else None
    return None


#: Verbs of an impersonal "it says in the letter" (German "heißt es", "steht").
_IMPERSONAL_SOURCE_VERBS = frozenset({"say", "stand", "read"})


def _writer_of_document(ctx: _Context, head: Token, *, last: _Speaker | None) -> _Speaker | None:
    """The writer of the document an impersonal "it says in ..." cites, or ``None``.

    Translated German "heißt es in seinem Brief": "«…», it says in his message" (the person "his" stands
    for), "it says in a communication of the company" (the body the description takes up), "it says in
    the letter" after "Father X wrote in a letter" (the previous claim's speaker). Limit: "it" is the
    subject of say, stand or read; the document is a noun of ``data/claim_words.csv`` (kinds
    ``source_document`` and ``statement_noun``) after "in"; a named issuer ("in a statement of the
    ministry") is left to the rule before; a bare document takes up the body "it" would (see
    :func:`_body_antecedent`), else a previous claim's speaker named in this or the two sentences before.
    """
    verb = head.head
    if (verb.lemma_ or verb.lower_).lower() not in _IMPERSONAL_SOURCE_VERBS:
        return None
    documents = claim_words("source_document") | claim_words("statement_noun") | _STATEMENT_NOUNS
    noun = next((n for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for n in c.children
                 if n.dep_ == "pobj" and (n.lemma_ or n.lower_).lower() in documents), None)
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        if owner.lower_ in _PRONOUN_GENDER:
            # "in his message", "in her letter": the person the pronoun stands for
            return _antecedent(ctx, owner.i, last=last, gender=_PRONOUN_GENDER[owner.lower_])
        ent = ctx.ent_of[owner.i]
        if ent is not None and ent.kb_id_:
            actor_id, name, person = _actor_of(ctx, ent)
            return _Speaker(ent.text, actor_id, name, ent.start_char, ent.end_char, person)
    issuer = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from", "by"}
                   for g in c.children if g.dep_ == "pobj"), None)
    if issuer is not None:
        if ctx.ent_of[issuer.i] is not None or not issuer.is_lower:
            return None  # a named issuer: the rule for "in a statement of the ministry" reads it
        # "in a communication of the company", "in the circular of the chamber": the body the description takes up
        speaker = _resolve_speaker(ctx, issuer, stop=None, last=last)
        return speaker if speaker.actor_id else None
    body = _body_antecedent(ctx, head.i, last=ctx.previous_speaker) if owner is None else None
    if body is not None:
        return _Speaker(head.text, body[0], body[1], head.idx, head.idx + len(head))  # a body the subject before named
    previous = ctx.previous_speaker
    if owner is None and previous is not None and previous.actor_id and previous.start < head.idx:
        # "Father X wrote in a letter ... «…», it says in the letter": the letter's writer spoke last
        mention = ctx.doc.char_span(previous.start, previous.end, alignment_mode="expand")
        if mention is not None and len(mention) and 0 <= ctx.sent_of[head.i] - ctx.sent_of[mention.start] <= 2:
            return previous
    return None


def _body_antecedent(ctx: _Context, before: int, *, last: _Speaker | None) -> tuple[str, str] | None:
    """(actor_id, name) of the body an "it" subject refers to, or ``None``.

    Limit: the last body (government, institution, organisation, alliance, outlet) that was the
    subject of a clause outside quotes in the same or the previous sentence; else the previous
    claim's speaker when it is such a body.
    """
    types = default_actor_types()
    sentence = ctx.sent_of[before]
    cue = ctx.doc[before].head
    if last is not None and last.actor_id and last.text.lower() == "it" and not last.person:
        mention = ctx.doc.char_span(last.start, last.end, alignment_mode="expand")
        if mention is not None and len(mention) and ctx.sent_of[mention.start] == sentence:
            return last.actor_id, last.name  # "It repeated ..., and it insisted": the same "it"
    described = _body_described_as_subject(ctx, before, last=last)
    if described is not None:
        return described
    owner = _body_before_its(ctx, before)
    if owner is not None:
        return owner
    for ent in reversed(ctx.ents):
        if ent.start >= before or ctx.in_quote[ent.start] >= 0 or not ent.kb_id_:
            continue
        if sentence - ctx.sent_of[ent.start] > 1:
            break
        if ctx.sent_of[ent.start] == sentence and _in_own_words(ent, cue):
            continue  # "Not Ukraine, but Russia blocks it, it said": the subjects of the words themselves
        # only the subject of a main clause: "that the alliance halt ..." is content, not a topic
        # (or a question of its own: "And the Federal Government? It rejects …")
        topic = ent.root.dep_ == "ROOT" and ent.root.pos_ in {"PROPN", "NOUN"} and ent.end < len(ctx.doc) \
            and ctx.doc[ent.end].text == "?"
        # (a sentence before that opens with its subject, however the parser hung the verb: "The
        # German Bishops' Conference let … declare, the bishops follow …. One stand …, it said")
        opening = ctx.sent_of[ent.start] == sentence - 1 and ent.root.dep_ in {"nsubj", "nsubjpass"} \
            and ent.start <= ent.sent.start + 1
        if (ent.root.dep_ in {"nsubj", "nsubjpass"} and ent.root.head.dep_ in {"ROOT", "conj"}) or topic or opening:
            # (a body the lists do not know counts too: "Ukraine's finance ministry said ... It added")
            # (as does a firm's name the model took for a person's, which "it" cannot be: "Aluminerie Péribonka
            # said ... It denied")
            if types.get(ent.kb_id_) in _BODY_TYPES or (ent.kb_id_ not in types and (ent.label_ == "ORG" or (
                    ent.label_ == "PERSON" and len(ent) >= 2 and lookup_key(ent[0].text) not in load_name_genders().given
                    and ent.kb_id_ not in ctx.genders))):
                return _entity_speaker(ent)
            if ent.kb_id_ in default_seats():
                return default_seats()[ent.kb_id_]  # "Moscow came to Brussels ... It repeated"
    # (a body no list knows, whose id the speaker phrase gave, counts too: "The AfD faction called
    # on …; this is „…“, it said in a press statement")
    if last is not None and last.actor_id and not last.person and (
            types.get(last.actor_id) in _BODY_TYPES or last.actor_id not in types):
        mention = ctx.doc.char_span(last.start, last.end, alignment_mode="expand")
        if mention is not None and len(mention) and sentence - ctx.sent_of[mention.start] <= 2:
            return last.actor_id, last.name
    return None


def _body_before_its(ctx: _Context, before: int) -> tuple[str, str] | None:
    """(actor_id, name) of the body named last in the clause before "its" ("enrolled at the university this year,
    according to its international office"), or ``None``.

    Limit: ``doc[before]`` has "its" as its possessor; the body is an organisation or institution entity in the
    same sentence, outside quotes, with no person named after it.
    """
    doc = ctx.doc
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in doc[before].children):
        return None
    types = default_actor_types()
    for ent in reversed(ctx.ents):
        if ent.start >= before or ctx.in_quote[ent.start] >= 0:
            continue
        if ctx.sent_of[ent.start] != ctx.sent_of[before] or ent.label_ == "PERSON":
            return None
        if ent.kb_id_ and ent.label_ == "ORG" and types.get(ent.kb_id_) in {None, "organization", "institution"}:
            return _entity_speaker(ent)
    return None


def _body_described_as_subject(ctx: _Context, before: int, *, last: _Speaker | None) -> tuple[str, str] | None:
    """(actor_id, name) of the body a description names as the nearest subject before an "it", or ``None``.

    "The company has cut one of its shipments, and it warned customers": the subject just before is
    "the company", a body's kind (data/role_nouns.csv), which takes up the firm named earlier; a person
    named further back is not what "it" stands for. Limit: the nearest subject of a main or joined clause
    in the same or the previous sentence, outside quotes, a common noun after "the".
    """
    doc = ctx.doc
    sentence = ctx.sent_of[before]
    for token in reversed(doc[:before]):
        if sentence - ctx.sent_of[token.i] > 1:
            return None
        if token.dep_ not in {"nsubj", "nsubjpass"} or ctx.in_quote[token.i] >= 0 \
                or token.head.dep_ not in {"ROOT", "conj"}:
            continue
        lemma = (token.lemma_ or token.lower_).lower()
        if ctx.ent_of[token.i] is not None or token.pos_ != "NOUN" or not token.is_lower \
                or default_role_types().get(lemma, "person") == "person" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None  # the nearest subject is a name or no body's description: the usual search decides
        speaker = _resolve_speaker(ctx, token, stop=None, last=last)
        if speaker.actor_id and not speaker.person:
            return speaker.actor_id, speaker.name
        # (a description the lists cannot place takes up the organisation named last in the two sentences before
        # it: "chief executive of Pacific Albacore Packers ... The company has cut ...")
        types = default_actor_types()
        body = next((e for e in reversed(ctx.ents) if e.start < token.i and e.kb_id_ and e.label_ == "ORG"
                     and ctx.in_quote[e.start] < 0 and ctx.sent_of[token.i] - ctx.sent_of[e.start] <= 1
                     and types.get(e.kb_id_) in {None, "organization", "institution"}), None)
        return _entity_speaker(body) if body is not None else None
    return None


#: Nouns for the collective voice of a body ("the hospital's management", "the university's international office").
_BODY_VOICES = frozenset({"management", "board", "leadership", "executive", "administration", "office"})


def _staff_owner(ctx: _Context, head: Token, *, last: _Speaker | None) -> tuple[str, str] | None:
    """(actor_id, name) of the person whose staff ``head`` is ("Melnyk's spokesman", "Her office"), or ``None``."""
    if (head.lemma_ or head.lower_).lower() not in _PERSONAL_STAFF:
        return None
    for owner in (c for c in head.children if c.dep_ == "poss"):
        ent = ctx.ent_of[owner.i]
        if ent is not None and ent.kb_id_:
            actor_id, name, person = _actor_of(ctx, ent)
            return (actor_id, name) if person else None
        if owner.lower_ in {"his", "her"} and ctx.resolve_references:
            person = _antecedent(ctx, owner.i, last=last, gender=_PRONOUN_GENDER[owner.lower_])
            if person is not None:
                return person.actor_id, person.name
    return None


def _body_just_named(ctx: _Context, before: int) -> tuple[str, str] | None:
    """(actor_id, name) of the body a bare "A spokesman" speaks for: one named in this or the previous sentence.

    "In the Defence Ministry one sees that differently. A spokesman explained ...": the last
    institution, organisation or government mentioned outside quotes in the two sentences. Limit:
    no body there, or a person named after it (whose spokesman it may be), gives ``None``.
    """
    types = default_actor_types()
    sentence = ctx.sent_of[before]
    cue = ctx.doc[before].head
    bodies: list[Span] = []  # the bodies named, last first
    for ent in _entities_before(ctx, before, reach=1):
        if ent.label_ == "ORG" and ent.kb_id_ and ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"at", "from", "in"} \
                and ent.root.head.head.i == cue.i and ent.end < before and ctx.doc[ent.end].text == "," \
                and ctx.sent_of[ent.start] == sentence and ent.root.head.i == ctx.doc[before].sent.start:
            # "At the Russian embassy in New Delhi, a spokesman maintained ...": the body a fronted place
            # phrase names is where the anonymous official speaks from
            bodies.append(ent)
            break
        if _in_own_words(ent, cue if ctx.sent_of[ent.start] == sentence else None, cues=ctx.cue_entries):
            continue  # "Paris sees it likewise, added a spokeswoman": Paris is what she said
        if ent.label_ == "PERSON":
            break
        if ent.kb_id_ and (types.get(ent.kb_id_) in {"institution", "organization", "government", "alliance"}
                           or (ent.kb_id_ not in types and ent.label_ == "ORG" and (
                               ent.root.dep_ in {"nsubj", "nsubjpass"}
                               or (ent.root.dep_ == "pobj" and (ent.root.head.lower_ == "from" or (
                                   ent.root.head.lower_ == "to" and ent.root.head.head.lower_ == "according")))))):
            # (an unlisted body counts too when it acts: "The Hessian interior ministry referred ...; a
            # spokesman said", "From the East Committee ... it was said", "according to the X
            # Institute"; not a dateline's agency, "KYIV, Jan 26 (Eastline Newswire) - ...")
            bodies.append(ent)
    if not bodies:
        return None
    last = bodies[0]
    partner = last.root.dep_ == "pobj" and last.root.head.lower_ in {"with", "against", "to", "from"}
    subject = next((b for b in bodies[1:] if b.root.dep_ in {"nsubj", "nsubjpass"}
                    and ctx.sent_of[b.start] == ctx.sent_of[last.start]), None)
    if partner and subject is not None:
        # "Westfalengas holds to its contracts with Gazprom. A company spokeswoman said": the
        # subject's spokeswoman, not its partner's
        return _entity_speaker(subject)
    return _entity_speaker(last)


def _in_own_words(ent: Span, cue: Token | None, *, cues: set[int] = frozenset()) -> bool:
    """Whether ``ent`` belongs to the words that the cue ``cue`` (same sentence) or a verb cue at ``cues`` reports.

    Limit: by the parse. The entity's verb must be the cue itself (the parser gives an inverted cue
    the content's subject: "Not Ukraine, it said"), the cue's clausal complement or fronted clause
    without a conjunction, or the verb the inverted cue hangs on as a parenthesis ("Russia blocks it,
    it said"); for the other cues, their clausal complement or the clause they hang on.
    """
    if cue is not None and ent.end < cue.i and any(t.text == ";" for t in ent.doc[ent.end:cue.i]):
        return False  # "The ministry referred to ...; a spokesman said, ...": a semicolon ends the clause before
    verb = ent.root.head
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.dep_ == "ROOT":
            break
        verb = verb.head  # "the procedures in the Duma": the clause's verb governs the phrase
    if verb.i in cues and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "from" and ent.root.head.head.i == verb.i:
        return False  # "From the Foreign Office it was said, one observe ...": the source of the cue, not its words
    if (verb.dep_ in {"parataxis", "ccomp"} and verb.head.i in cues) or any(
            c.i in cues and c.dep_ in {"parataxis", "ccomp", "advcl"} for c in verb.children):
        return True  # "From the ministry it was said, the government stands by ...": reported words
    if cue is None:
        return False
    # (a fronted clause without a conjunction is the content too: the parser may call it advcl)
    fronted = verb.dep_ == "advcl" and verb.i < cue.i and not any(c.dep_ == "mark" for c in verb.children)
    return verb == cue or (cue.dep_ in {"parataxis", "ccomp"} and cue.head == verb) or (
        (verb.dep_ in {"parataxis", "ccomp"} or fronted) and verb.head == cue)


def _named_as_another_kind(ent: Span, word: str) -> bool:
    """Whether a body's name holds ``word`` but ends in another body's kind word: "Corrib University Ukrainian
    Society" is a society, which "the university" does not take up (but a "Cooperative Society" is a
    cooperative: the word right before the kind word qualifies it). A mention that does not hold the word is
    judged by its actor's name ("the Society" of the Corrib University Ukrainian Society)."""
    words = [t.text for t in ent] if word in ent.text.lower() else (ent._.actor_name or "").split()
    if len(words) < 3:
        return False
    last = words[-1].lower()
    return last != word and not last.endswith(word) and words[-1][:1].isupper() \
        and _world().role_types.get(last) in {"organization", "institution"} \
        and any(w.lower() == word or w.lower().endswith(word) for w in words[:-2])


def _latest_of_type(ctx: _Context, actor_type: str, before: int, *, word: str = "") -> tuple[str, str] | None:
    """(actor_id, name) of the last actor of ``actor_type`` ("alliance") mentioned before token ``before``.

    An institution or organisation must also carry ``word`` in its mention or name ("ministry" in
    "Romania's foreign ministry"): the nearest body of any kind is too often another one.
    """
    if actor_type not in {"alliance", "institution", "organization", "government"}:
        return None  # only collective bodies
    types = default_actor_types()
    # (an actor named inside a title counts too: "NATO Secretary General Jens Stoltenberg")
    nested = list(ctx.doc.spans[NESTED_KEY]) if NESTED_KEY in ctx.doc.spans else []
    for ent in sorted([*ctx.ents, *nested], key=lambda span: span.start, reverse=True):
        if ent.start >= before or not ent.kb_id_:
            continue
        kind = types.get(ent.kb_id_)
        if actor_type in {"alliance", "government"} and kind == actor_type:
            return _entity_speaker(ent)  # "an alliance official", "a government spokesman": the one named last
        home = default_actor_countries().get(ent.kb_id_, "")
        if actor_type == "alliance" and kind == "person" and types.get(home) == "alliance":
            # "Secretary General Jens Stoltenberg chaired ... The alliance said": the alliance of the
            # person named last, when the text names no alliance itself
            return home, _world().names.get(home, home)
        # (a body the lists do not know, "the Polish climate ministry", counts when its name says so)
        body = kind in {"institution", "organization"} or (kind is None and ent.label_ == "ORG")
        if actor_type != "alliance" and body and word and (
                word in ent.text.lower() or word in (ent._.actor_name or "").lower()):
            if not _named_as_another_kind(ent, word):
                return _entity_speaker(ent)
            # ("the Corrib University Ukrainian Society ... The university acknowledged": the university is the
            # name up to the word, "Corrib University")
            cut = next((t.i for t in ent if t.lower_ == word or t.lower_.endswith(word)), None)
            # ("the University of Ashcombe's Centre for Borderland Studies": the university's name ends at its "'s")
            owner = next((t.i for t in ent if t.text in {"'s", "’s"} and cut is not None and t.i > cut), None)
            end = owner if owner is not None else (cut + 1 if cut is not None else ent.start)
            words = [t for t in ctx.doc[ent.start:end] if t.lower_ != "the"]
            if len(words) >= 2 and words[0].is_title and words[-1].is_title \
                    and all(t.is_title or t.lower_ in {"of", "for", "and"} for t in words):
                name = " ".join(t.text for t in words)
                return slugify(name), name
    if actor_type in {"institution", "organization"} and word:
        # ("From the education ministry in Kiel it was said ... A spokeswoman of the ministry added": a body
        # no entity names, which an earlier claim's speaker phrase did)
        at = ctx.doc[before].idx if before < len(ctx.doc) else len(ctx.text or "")
        for start, speaker in sorted(ctx.spoken.items(), reverse=True):
            if start < at and speaker.actor_id and not speaker.person and re.search(
                    rf"\b{re.escape(word)}\b", speaker.text.lower()):
                return speaker.actor_id, speaker.name
    return None


@dataclass
class _World:
    """What the speaker rules read from data/: actors.csv, metonyms.csv, role_nouns.csv, groups.csv,
    background_states.csv, firm_words.csv, birth_years.csv, office_titles.csv and claim_words.csv, each read once."""

    governments: dict[str, tuple[str, str]]  # state id -> (government id, name)
    capitals: dict[str, str]  # capital id -> state id
    regional_seats: dict[str, tuple[str, str]]  # capital of a federal state -> (its government id, name)
    background: dict[str, float]  # government of a state named in nearly every text -> weight as a text's country
    seats: dict[str, tuple[str, str]]  # place id -> (id, name) of the body seated there
    actor_types: dict[str, str]  # actor id -> type
    actor_countries: dict[str, str]  # actor id -> the state actor id it belongs to ("" for none)
    role_types: dict[str, str]  # role noun -> the actor type it describes
    names: dict[str, str]  # actor id -> canonical name
    groups: list[tuple[re.Pattern[str], list[str]]]  # speaker phrase of a group of states -> member state ids
    firm_words: frozenset[str]  # capitalised words that close a firm's name (firm_words.csv: "Logistics")
    parties: frozenset[str]  # actors.csv rows whose role is "Political party of ..."
    born: dict[str, int]  # listed person's id -> year of birth (birth_years.csv)
    office_levels: dict[str, str]  # a head of government's title -> "national" or "regional" (office_titles.csv)
    claim_words: dict[str, frozenset[str]]  # kind -> its words (claim_words.csv: "topic_verb" -> comment, express ...)


_WORLD: _World | None = None


def _optional(name: str) -> list[dict[str, str]]:
    """The rows of a data file, or none (logged) when it is missing: extraction never stops for it."""
    try:
        return load_table(name).to_dict("records")
    except Exception as error:  # noqa: BLE001  (a missing or broken data file must not stop extraction)
        logger.warning("claims: cannot read %s (%s); the speaker rules that need it stay idle", name, error)
        return []


def _named_executive(by_role: Mapping[str, Mapping[str, str]], place: str) -> Mapping[str, str] | None:
    """The row whose role is "Government (<its own name>) of the <place>": a Swiss canton's Regierungsrat."""
    return next((row for role, row in by_role.items() if role.startswith("Government (")
                 and role.endswith(") of the " + place)), None)


def _world() -> _World:
    global _WORLD
    if _WORLD is None:
        actors = _optional("actors.csv")
        names = {r["actor_id"]: r["name"] for r in actors}
        by_role = {r["role"]: r for r in actors}  # (the last row with a role wins, as a scan over all rows would)
        _WORLD = _World(
            governments={r["country"]: (r["actor_id"], r["name"]) for r in actors
                         if r["type"] == "government" and r["country"]},
            capitals={r["actor_id"]: r["country"] for r in actors
                      if r["type"] == "city" and "Capital of" in r["role"] and r["country"]},
            # ("Capital of the German state of Hesse" seats the body whose role is "Government of the German
            # state of Hesse")
            # (and a Swiss canton's: "Capital of the Swiss canton of Zug" seats the "Government (Regierungsrat) of
            # the Swiss canton of Zug")
            regional_seats={city["actor_id"]: (body["actor_id"], body["name"]) for city in actors
                            if city["type"] == "city" and city["role"].startswith("Capital of the ")
                            and (" state of " in city["role"] or " canton of " in city["role"]
                                 or " province of " in city["role"])
                            and (body := by_role.get("Government of the " + city["role"][len("Capital of the "):])
                                 or _named_executive(by_role, city["role"][len("Capital of the "):]))},
            seats={r["place_id"]: (r["government_id"], names.get(r["government_id"], ""))
                   for r in _optional("metonyms.csv")},
            actor_types={r["actor_id"]: r["type"] for r in actors},
            actor_countries={r["actor_id"]: r["country"] or "" for r in actors},
            role_types={r["noun"]: r["actor_type"] for r in _optional("role_nouns.csv")},
            names=names,
            groups=_group_members_of(_optional("groups.csv")),
            background={r["government_id"]: float(r["weight"]) for r in _optional("background_states.csv")
                        if r["government_id"]},
            firm_words=frozenset(r["word"] for r in _optional("firm_words.csv") if r["word"]),
            parties=frozenset(r["actor_id"] for r in actors if r["role"].startswith("Political party")),
            born={r["actor_id"]: int(r["born"]) for r in _optional("birth_years.csv") if str(r["born"]).isdigit()},
            office_levels={r["title"].lower(): r["level"] for r in _optional("office_titles.csv") if r["title"]},
            claim_words=_words_by_kind(_optional("claim_words.csv")),
        )
    return _WORLD


def _may_be_aged(ctx: _Context, actor_id: str, age: int) -> bool:
    """Whether a listed person may be ``age`` years old at the text's date (data/birth_years.csv; by the year alone).

    A person with no year of birth, or a text with no date, may be any age.
    """
    return age_fits(_world().born.get(actor_id), age, ctx.doc._.date)


#: A speaker phrase that is a group of states: the alias after an article, a count or "the governments of",
#: alone or after a named partner ("Warsaw and the Baltic states").
_GROUP_PHRASE = r"(?:[\w.' -]+ and )?(?:(?:the )?(?:governments|leaders|officials) (?:of|in) )?(?:all )?(?:the )?" \
                r"(?:three |four |two )?{}"


def _group_members_of(rows: list[dict[str, str]]) -> list[tuple[re.Pattern[str], list[str]]]:
    groups: dict[str, list[str]] = {}
    for row in rows:
        members = groups.setdefault(row["alias"].lower(), [])
        if row["member_id"] not in members:
            members.append(row["member_id"])
    # (compiled once: the pattern of a speaker phrase that is the group, see _GROUP_PHRASE)
    return [(re.compile(_GROUP_PHRASE.format(re.escape(alias))), members) for alias, members in groups.items()]


def default_groups() -> list[tuple[re.Pattern[str], list[str]]]:
    """Speaker-phrase pattern -> member state ids, one per alias of data/groups.csv ("the Baltic states" -> estonia ...)."""
    return _world().groups


def group_speaker_claims(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """Give a claim whose speaker is a group of states ("The Baltic states warned") to each member's government.

    One claim row per member, as for joint speakers ("Berlin and Paris urged"); a listed actor
    named beside the group ("Warsaw and the Baltic states") keeps its own claim. Limit: the group
    alias of data/groups.csv must stand in the speaker phrase as whole words; members without a
    government in data/actors.csv are left out.
    """
    groups = default_groups()
    if not groups:
        return claims
    listed = default_actor_types()
    out: list[Claim] = []
    for claim in claims:
        text = claim.speaker_text.lower().strip(" ,.")
        # (the group must be what speaks, not a word inside the phrase: "the criticism from the Baltic states")
        members = next((m for pattern, m in groups if pattern.fullmatch(text)), None)
        governments = [g for g in (ctx.governments.get(m) for m in members or []) if g]
        if not governments:
            out.append(claim)
            continue
        if claim.speaker_id in listed and claim.speaker_id not in {g[0] for g in governments}:
            out.append(claim)  # "Warsaw and the Baltic states": the named partner keeps its claim
        out.extend(claim._replace(speaker_id=g[0], speaker_name=g[1]) for g in governments)
    return out


def default_seats() -> dict[str, tuple[str, str]]:
    """Place actor_id -> (actor_id, name) of the body seated there, from data/metonyms.csv ("Moscow" -> Government of Russia)."""
    return _world().seats


def default_actor_types() -> dict[str, str]:
    """Actor id -> type (person, alliance, institution...) from data/actors.csv."""
    return _world().actor_types


def default_actor_countries() -> dict[str, str]:
    """Actor id -> the state actor id it belongs to ("" for none), from data/actors.csv."""
    return _world().actor_countries


def _words_by_kind(rows: list[dict[str, str]]) -> dict[str, frozenset[str]]:
    """``kind -> words`` of the rows of claim_words.csv (lower-cased)."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        if row["word"] and row["kind"]:
            kinds.setdefault(row["kind"], set()).add(row["word"].lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


def claim_words(kind: str) -> frozenset[str]:
    """The words data/claim_words.csv lists under ``kind`` ("topic_verb", "instrument_noun" ...), none if it lists none."""
    return _world().claim_words.get(kind, frozenset())


def default_role_types() -> dict[str, str]:
    """Role noun -> the actor type it describes ("alliance" -> alliance), from data/role_nouns.csv."""
    return _world().role_types


def default_capitals() -> dict[str, str]:
    """Capital actor_id -> state actor_id, from the ``city`` rows of actors.csv whose role names a capital."""
    return _world().capitals


def default_governments() -> dict[str, tuple[str, str]]:
    """State actor_id -> (government actor_id, name), from the ``government`` rows of actors.csv.

    Empty (logged) when the actors file is missing: group speakers then stay unresolved.
    """
    return _world().governments


#: Nouns a place's name follows as an apposition ("from the district Wiener Neustadt-Land").
_PLACE_NOUNS = {"district", "constituency", "town", "city", "village", "municipality", "county", "region",
                "community", "parish", "borough"}


def _place_read_as_subject(token: Token, subjects: list[Token]) -> bool:
    """Whether the parser made a place after "from the district" the subject of a cue it read as a relative clause.

    "The National Council member Elisabeth Pruckner (ÖVP) from the district Wiener Neustadt-Land
    underlined, ...": there is no relative clause; the cue belongs to the member.
    """
    if token.dep_ != "relcl" or len(subjects) != 1 or any(c.tag_ in {"WP", "WDT"} for c in token.children):
        return False
    subject = subjects[0]
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return (subject.pos_ == "PROPN" and before is not None and before.lower_ in _PLACE_NOUNS
            and before.dep_ == "pobj" and before.head.lower_ in {"from", "of", "in"} and before.i > token.head.i)


def _tail_after_named_person(other: Token, subject: Token, subjects: list[Token]) -> bool:
    """Whether a second subject of a cue ends the phrase of another that names a person before a preposition.

    "The economist Henrike Amsel of the Ostbayerisches Institut für Handelsfragen gave to consider":
    the parser makes the last word of the institute's name a subject of its own. Limit: the word
    right before ``subject`` (past other subjects: "PRO" "-" "GE") lies in ``other``'s phrase, after a
    person's name there and a preposition after that name.
    """
    doc = subject.doc
    j = subject.left_edge.i - 1
    while j > other.i and any(doc[j] in s.subtree for s in subjects if s is not other):
        j -= 1
    if j <= other.i or doc[j] not in other.subtree:
        return False
    # (a name, not the description of a person the resolver made an entity: "The deputy of the council X")
    # (or the name is that subject itself: "Swantje Kröger of the citizens' initiative Klare Elbe warned")
    named = [t.i for t in other.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and other.i <= t.i < j
             and t not in subject.subtree]
    return bool(named) and any(t.dep_ == "prep" and t.lower_ in {"from", "of", "at", "in", "für"}
                               for t in doc[max(named) + 1:j + 1])


def _subject(token: Token) -> Token | None:
    """The subject of a verb, inherited through conjunctions ("Keller said ... and warned")."""
    for _ in range(4):
        subjects = [child for child in token.children if child.dep_ == "nsubj"]
        if _place_read_as_subject(token, subjects):
            return token.head
        if not subjects and token.dep_ == "ROOT" and token.i >= 1 and token.tag_ in {"NNS", "VBZ"}:
            # "The Kremlin disputes, an invasion to plan, and speaks of ...", "Moscow rejects since weeks, an
            # attack to plan": the parser reads the subject and its verb as one noun ("Kremlin disputes"); the
            # name before the verb, after its article or opening the sentence, speaks
            named = token.doc[token.i - 1]
            opens = named.is_sent_start or token.i >= 2 and token.doc[token.i - 2].dep_ == "det" \
                and token.doc[token.i - 2].head.i == token.i
            if named.dep_ == "compound" and named.head.i == token.i and named.ent_type_ in {"ORG", "GPE", "PERSON"} \
                    and named.ent_iob_ == "B" and opens and token.ent_type_ == "":
                return named
        if not subjects and token.pos_ == "NOUN":
            joint = joint_subject_of_noun_root(token)
            if joint is not None:
                return joint  # "Ohlendorf and Brämer demand from the Land ...": the names the tagger made modifiers
        for label in [child for child in subjects if _is_line_prefix(child)]:
            # "BRUSSELS - An EU official ... said", "Q: Your predecessor, Jan Brodsky, told": the parser
            # takes the dateline or label for the subject; the real one is beside it or in apposition
            subjects.remove(label)
            if not subjects:
                subjects = [c for c in label.children if c.dep_ == "appos"]
        head = token.head
        relative = next((c for c in token.children if c.dep_ in {"dobj", "pobj"} and c.lower_ in {"which", "whom"}
                         and c.i < token.i), None) if subjects and token.dep_ == "relcl" else None
        if relative is not None and token.i > 0 and token.doc[token.i - 1].text == "," \
                and all(relative.i < s.i < token.i for s in subjects):
            # "The Käserei X in Zöblen, which the milk of 46 farms processes, reckons with ...": German ends the
            # relative clause with its verb and a comma, and the parser, finding no verb in it, makes the cue the
            # clause's; the body the clause describes (its name before "in"/"of" places) is the speaker
            described = head
            while described.dep_ in {"pobj", "prep"} and described.head.i < described.i:
                described = described.head
            return described
        dates = [child for child in subjects if child.ent_type_ in {"DATE", "TIME"}]
        if dates and len(dates) == len(subjects) and head.i < token.i and head.lemma_ in {"have", "be"}:
            # "Lavrov had about the agreements already before weeks said": a time is no speaker; the
            # translated perfect tense leaves the subject on the stranded auxiliary
            token = head
            continue
        if subjects and token.dep_ == "ccomp" and head.lemma_ == "have" and head.i < token.i and token.tag_ == "VBN" \
                and all(head.i < s.i < token.i for s in subjects):
            # "The alliance has Moscow called on, ...": machine-translated German puts the object
            # between the auxiliary and the participle; the parser makes it the participle's subject
            outer = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
            if outer:
                return outer[0]
        auxiliaries = [child.i for child in token.children if child.dep_ == "aux"]
        # the parser may hang the real subject on the auxiliary itself
        subjects += [g for child in token.children if child.dep_ == "aux" for g in child.children if g.dep_ == "nsubj"]
        # (also on a verb-final "is" the parser made the passive auxiliary of a cue a comma away: "Olga Brandt,
        # who ... in Kazakhstan born is, reported, that ...")
        subjects += [g for child in token.children if child.dep_ == "auxpass" and child.i + 2 == token.i
                     and token.doc[child.i + 1].text == "," for g in child.children if g.dep_ == "nsubj"]
        doc = token.doc
        trailing = [child for child in subjects if child.right_edge.i == token.i - 1 and child.left_edge.i > 0
                    and doc[child.left_edge.i - 1].text == ","]
        if len(subjects) > 1 and auxiliaries and trailing and max(auxiliaries) < trailing[0].left_edge.i:
            # "Berlin must ... the talk with Moscow seek, she demanded.": the auxiliary belongs to the
            # clause before the comma; the subject between comma and cue speaks
            subjects = trailing
        elif len(subjects) > 1 and auxiliaries and any(child.i < min(auxiliaries) for child in subjects):
            # an English subject precedes its auxiliary ("The mayor ... has on Thursday the council ...
            # informed"): a later "subject" is a misparsed object of machine-translated word order
            subjects = [child for child in subjects if child.i < min(auxiliaries)]
        if len(subjects) > 1 and any(s.i < token.i for s in subjects) and any(s.i > token.i for s in subjects) \
                and not any(doc[j].is_quote for j in range(max(token.i - 2, 0), token.i)):
            # "A NATO diplomat, who ..., said the NWN, the allies ...": translated German names the
            # addressee after the cue ("sagte der NWN"); with no quote before the cue the subject before it speaks
            subjects = [s for s in subjects if s.i < token.i]
        if not subjects and token.dep_ == "ROOT" and token.tag_ == "VBD":
            # "On request of the Rundschau said a spokeswoman of X, one have ...": German verb-second; the
            # parser hangs the subject after the cue on the reported clause, whose own subject follows the comma
            clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
            inner = [c for c in clause.children if c.dep_ == "nsubj"] if clause is not None else []
            if len(inner) >= 2 and inner[0].left_edge.i == token.i + 1 and inner[0].right_edge.i + 1 < inner[1].left_edge.i \
                    and doc[inner[0].right_edge.i + 1].text == "," and inner[0].pos_ in {"NOUN", "PROPN"}:
                return inner[0]
        if len(subjects) > 1:
            # "The Duma deputy X of the party United Russia demanded": a "subject" that continues a
            # phrase of another subject (the party's name after "the party") belongs to that phrase
            # (only a listed body: a person there is the speaker, "The deputy of the council Serhiy Borodai")
            types = default_actor_types()
            inside = [s for s in subjects if s.left_edge.i > 0 and types.get(s.ent_kb_id_ or "", "person") != "person"
                      and any(
                other is not s and doc[s.left_edge.i - 1] in other.subtree and doc[s.left_edge.i - 1].dep_ == "pobj"
                for other in subjects)]
            # (and any word after a person's name and a preposition in another subject's phrase: "The CSU member
            # X from the constituency Fürth accused", "The trade unionist X of PRO-GE described")
            inside += [s for s in subjects if s not in inside and any(
                other is not s and other.i < s.i and _tail_after_named_person(other, s, subjects) for other in subjects)]
            subjects = [s for s in subjects if s not in inside] or subjects
        # ("Directed at Rome demanded the Landesrat X a cap": a fronted participle phrase the parser took for the
        # subject is an adverbial; the name after the cue speaks)
        fronted_participle = len(subjects) == 1 and subjects[0].pos_ == "VERB" and subjects[0].tag_ in {"VBN", "VBG"} \
            and subjects[0].i == token.sent.start and subjects[0].right_edge.i == token.i - 1
        inverted = _inverted_named_object(token, subjects) or rejecter_after_fronted_object(token, subjects) or (
            None if subjects and not fronted_participle else _inverted_phrasal_object(token)
            or _object_after_fronted_adverb(token, fronted=fronted_participle) or _object_of_stranded_have(token))
        if inverted is not None:
            return inverted
        if subjects:
            # two subjects are a parse error (a quote glued on, or "X said morale was ..." with the
            # reported clause's subject hung on the cue): a named or pronoun subject beats a common
            # noun, then the nearest wins
            subject = min(subjects, key=lambda child: (not (child.ent_type_ or child.pos_ in {"PRON", "PROPN"}),
                                                        abs(child.i - token.i)))
            fronted = _fronted_demonstrative_object(subject, token) or _object_after_fronted_time(subject, token) \
                or _speaker_after_fronted_for(subject, token)
            if fronted is not None:
                return fronted
            return _pair_before_both(subject) or _out_of_affiliation(_out_of_fronted_place(subject))
        if token.dep_ == "ROOT" and (apposed := _apposition_of_fronted_place(token)) is not None:
            return apposed
        reduced = _subject_of_cue_read_as_reduced_relative(token)
        if reduced is not None:
            return reduced
        before = token.doc[token.i - 1] if token.i > 0 else None
        if (token.dep_ == "amod" or before is not None and before.head.i == token.i and before.dep_ == "amod") \
                and token.tag_ in {"VBD", "VBN"} and before is not None \
                and (before.lower_ == "old" or before.lower_.endswith("-old")) and before.i > 1 \
                and any(t.like_num for t in token.doc[max(0, before.i - 5):before.i]):
            # "„…“, the 63-year-old told reporters": the parser reads the cue as an adjective of its
            # object, or the age description as an adjective of the cue ("The contract be valid ..., the
            # 58-year-old added"); the age description before it is the subject
            return before
        if any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children):
            return None  # "..., and from X it was said that ...": an impersonal passive inherits no subject
        clause = token.head
        if token.dep_ == "conj" and clause.dep_ == "ccomp" and clause.head.i < clause.i < token.i \
                and clause.head.pos_ == "VERB" and token.i >= 2 and doc[token.i - 1].lower_ == "and" \
                and doc[token.i - 2].text == "," and not any(c.dep_ == "nsubj" for c in clause.children) \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            # "X accused the agencies of warning crews that a refusal would be remembered, and called on
            # Manila to ...": the parser joins the second verb to the that-clause, whose subject (none, or
            # a passive one) is not its own; the verb the clause hangs on shares its subject
            token = clause.head
            continue
        # "..., adding that ...": a participle shares its main verb's subject
        # ("Sakharova had in the past week once more commented on ...": the parser makes the translated perfect's
        # participle an adverbial clause of the auxiliary before it, which holds the subject)
        # ("X led a prayer, then told the crowd that ...": the parser hangs a second verb after ", then" on the first
        # as an unlabelled dependent; it shares the first verb's subject)
        then = token.dep_ == "dep" and token.head.i < token.i and token.head.pos_ == "VERB" and token.tag_ == "VBD" \
            and token.i >= 2 and doc[token.i - 1].lower_ in {"then", "later", "afterwards"} \
            and doc[token.i - 1].dep_ == "advmod" and doc[token.i - 2].text in {",", "and"}
        if then or (token.dep_ in {"conj", "xcomp"} or (token.dep_ == "advcl" and token.tag_ == "VBG") or (
                token.dep_ == "advcl" and token.tag_ == "VBN" and token.head.lemma_ == "have"
                and token.head.i < token.i)) and token.head.i != token.i:
            token = token.head
            continue
        return None
    return None


def _subject_of_cue_read_as_reduced_relative(token: Token) -> Token | None:
    """The subject of a cue the parser read as a reduced relative clause ("acl") of the noun before it, or ``None``.

    "The 61-year-old called on ministers to ...": the cue hangs on the subject phrase that opens the
    sentence, which is the speaker. "The X Group, which represents about forty shipowners, called on
    insurers to ...": the cue hangs on the last noun of the relative clause, and the noun the clause
    describes is the speaker (so is the name before an apposition: "Municipal councillor X, himself former
    officer of the Bundeswehr, meant: „…“"). Limit: a past-tense or participle cue with no "by" agent; the
    subject phrase holds every word before the cue and no verb; the relative clause opens with "which" or
    "who" after a comma, and a comma ends it right before the cue.
    """
    if token.dep_ != "acl" or token.tag_ not in {"VBN", "VBD"} or token.head.i >= token.i or any(
            c.dep_ == "agent" and any(g.dep_ == "pobj" and (g.ent_type_ or g.pos_ == "PROPN" or (
                g.lemma_ or g.lower_).lower() in default_role_types()) for g in c.children) for c in token.children):
        # ("Russia's build-up, first reported by The Washington Post, ...": a passive participle with its agent is one;
        # "reports by video of a calm mood" is no agent)
        return None
    doc = token.doc
    head = token.head
    sentence_start = token.sent.start
    if head.left_edge.i == sentence_start and head.pos_ in {"NOUN", "PROPN", "ADJ"} and not any(
            t.pos_ in {"VERB", "AUX"} or t not in head.subtree for t in doc[sentence_start:token.i]):
        return head
    if doc[token.i - 1].text != ",":
        return None
    clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ in {"which", "who"} and c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return None
    described = clause.head
    if described.i < clause.left_edge.i and doc[clause.left_edge.i - 1].text == "," and described.pos_ in {"NOUN", "PROPN"}:
        return described
    return None


#: Nouns of what is said or proposed, which a rejection's fronted object names ("Reports ... rejects X").
_REJECTED_THINGS = frozenset({"report", "reproach", "rumour", "rumor", "speculation", "suggestion", "idea", "vote",
                              "request", "motion", "notion"})


#: Pronouns English puts only in a subject's place ("rejected he as ...": German word order).
_NOMINATIVE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def rejecter_after_fronted_object(token: Token, subjects: list[Token]) -> Token | None:
    """The speaker after a rejection whose object German word order puts first: "Reports of panic ... rejects Hnatjuk".

    Machine translation keeps "Berichte über Panik weist Hnatjuk zurück" (object, verb, subject); the parser
    takes the fronted object for the subject and the speaker for the object. Limit: a denial cue of
    data/cues.csv whose one subject opens the sentence and is a noun of what is said (a nominal cue of
    data/cues.csv, "report", "reproach", "vote" ...); the object starts right after the cue and is a
    name ("rejects Hnatjuk", "rejected Moscow") or "the" and a role noun or title ("the Landrat"); or
    the object is a subject pronoun ("rejected he as ...", "holds she for unlikely") after any cue of
    data/cues.csv, whatever noun opens the sentence. A person's name after any cue speaks when a statement's noun
    (a nominal cue) opens the sentence right before the cue ("Criticism at X expressed Y: ..."), and after a
    rejection when the judgement "as" follows the name and no role or body noun opens the sentence ("The picture
    of panicked students rejected Bondar as „exaggerated“").
    """
    # (this runs for every verb with a subject: the word tests come first, no sentence lookup)
    if len(subjects) != 1 or subjects[0].i > token.i or subjects[0].pos_ != "NOUN" \
            or not subjects[0].left_edge.is_sent_start:
        return None
    cues = default_cues()
    entries = cues.verbs.get((token.lemma_ or token.lower_).lower(), [])
    if not entries:
        return None
    doc = token.doc
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1), None)
    if obj is None:
        return None
    if obj.lower_ in _NOMINATIVE_PRONOUNS:
        # "A public register of Russian holdings rejected he as not feasible", "A trip in May holds he for hardly
        # responsible": no English object reads "he"; German puts the object first, whatever the cue (right
        # before it: "Her mother in Kharkov, told she, have ..." is an attribution set in commas)
        return obj if subjects[0].right_edge.i + 1 == token.i else None
    lemma = (subjects[0].lemma_ or subjects[0].lower_).lower()
    if lemma in cues.nouns and subjects[0].right_edge.i + 1 == token.i and obj.ent_type_ == "PERSON" \
            and subjects[0].ent_type_ == "":
        # ("Criticism at the federal government expressed CDU council member Peter Hommen: ...": German "Kritik ...
        # übte X" fronts the statement's noun; the person after the cue makes it, whatever the cue)
        return obj
    if not any(e.claim_type == "denial" for e in entries):
        return None
    # ("The picture of panicked students rejected Bondar as „exaggerated“": a name the judgement "as" follows
    # rejects, whatever thing opens the sentence, when no role or body noun does)
    judged = obj.ent_type_ == "PERSON" and obj.right_edge.i + 1 < len(doc) and doc[obj.right_edge.i + 1].lower_ == "as" \
        and subjects[0].ent_type_ == "" and default_role_types().get(lemma) is None
    if lemma not in _REJECTED_THINGS and lemma not in cues.nouns and not judged:
        return None
    if obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN" and doc[token.i + 1].lower_ != "the" or (
            doc[token.i + 1].lower_ == "the" and obj.is_title and (
            (obj.lemma_ or obj.lower_).lower() in cues.roles or lookup_key(obj.text) in load_name_genders().titles)):
        return obj
    return None


def _inverted_named_object(token: Token, subjects: list[Token]) -> Token | None:
    """The name after a comma-set "said" that the parser made its object: "The criticism ... he take seriously, said Ebeling, but ...".

    Machine-translated German puts "sagte Ebeling" between two reported clauses; the parser takes
    the first clause's noun for the subject. Limit: a statement or view verb of data/cues.csv whose object
    is never the one told (no particle, no addressee object: "said", "added", "argued") right after a
    comma, every subject before that comma, and a person's name (no article) right after the verb,
    closed by punctuation.
    """
    doc = token.doc
    if not subjects or token.i < 2 or doc[token.i - 1].text != "," \
            or any(s.i > token.i - 1 or s.right_edge.i >= token.i - 1 for s in subjects) \
            or not any(e.claim_type in {"statement", "assessment"} and not e.particle and "object" not in e.addressee
                       for e in default_cues().verbs.get((token.lemma_ or token.lower_).lower(), [])):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1
                and c.ent_type_ == "PERSON" and c.ent_iob_ in {"B", "I"}), None)
    if obj is None or obj.right_edge.i + 1 >= len(doc) or not doc[obj.right_edge.i + 1].is_punct:
        return None
    return obj


def _object_of_stranded_have(token: Token) -> Token | None:
    """The speaker between a quote's "had" and a closing "said": "„It must be forced“, had Lawrow in December ... said".

    Machine-translated German "„…“, hatte X im Dezember ... gesagt": the parser makes the auxiliary a clause of
    the participle and the inverted subject its object. Limit: the cue closes the sentence with no subject;
    "had"/"has" right after a comma is its clause, with a person's name as object right after it.
    """
    doc = token.doc
    if token.tag_ not in {"VBN", "VBD"} or token.i + 1 < len(doc) and not doc[token.i + 1].is_punct:
        return None
    have = next((c for c in token.children if c.dep_ in {"ccomp", "advcl", "conj"} and c.lemma_ == "have"
                 and c.i < token.i and c.i > 0 and doc[c.i - 1].text == ","), None)
    if have is None:
        return None
    return next((c for c in have.children if c.dep_ in {"dobj", "nsubj"} and c.i > have.i
                 and c.left_edge.i <= have.i + 4 and c.ent_type_ == "PERSON"), None)


def _object_after_fronted_adverb(token: Token, *, fronted: bool = False) -> Token | None:
    """The speaker after a cue that only an adverbial precedes: "Sharply rejected club president X the reproach, ...".

    Machine-translated German keeps the verb-second order of "Scharf wies X den Vorwurf zurück": with no
    subject, the person's name the parser made the cue's object speaks. A description speaks too when
    a second object follows it ("Concretely demands the association from Berlin a price brake", "In a
    communication demanded the association a meeting ..."). Limit: one or two adverbs, or one
    prepositional phrase of the cue, open the sentence right before the cue; the object starts right
    after it and is a person's name (role nouns may lead it) or a noun with "the" before another object.
    With ``fronted``, a participle phrase the parser took for the subject opens the sentence ("Directed at Rome
    demanded the Landesrat X a cap").
    """
    doc = token.doc
    start = token.sent.start
    adverbs = 1 <= token.i - start <= 2 and all(t.tag_ == "RB" for t in doc[start:token.i])
    phrase = token.i - start >= 2 and doc[start].dep_ == "prep" and doc[start].head.i == token.i \
        and doc[start].right_edge.i == token.i - 1
    if not (adverbs or phrase or fronted):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    first = next((c for c in objects if c.left_edge.i == token.i + 1), None)
    if first is None:
        return None
    if first.ent_type_ == "PERSON":
        return first
    described = first.pos_ == "NOUN" and doc[token.i + 1].lower_ == "the" and any(o.i > first.right_edge.i for o in objects)
    return first if described else None


def _speaker_after_fronted_for(subject: Token, token: Token) -> Token | None:
    """The speaker after a cue whose fronted "For the X" the parser took for its subject: "For the CDU-Ratsfraktion warned its chairman Y".

    Machine-translated German "Für die Fraktion warnte deren Vorsitzender Y": the body the person
    speaks for opens the sentence, and the person follows the cue. Limit: "For" opens the sentence with
    no object of its own, the subject's phrase fills the words up to the cue, and the cue's object right
    after it is a person's role with "its"/"their"/"her"/"his" or a person's name.
    """
    doc = token.doc
    start = token.sent.start
    if not (doc[start].lower_ == "for" and doc[start].dep_ == "prep" and not list(doc[start].children)
            and subject.left_edge.i == start + 1 and subject.right_edge.i == token.i - 1):
        return None
    first = next((c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1), None)
    if first is None:
        return None
    if first.ent_type_ == "PERSON":
        return first
    owned = any(c.dep_ == "poss" and c.lower_ in {"its", "their", "her", "his"} for c in first.children)
    role = default_role_types().get((first.lemma_ or first.lower_).lower(), "person") == "person" and first.pos_ == "NOUN"
    return first if owned and role else None


def _inverted_phrasal_object(token: Token) -> Token | None:
    """The name after an inverted phrasal cue that the parser made its object: "Plants take years to build, points out Lauren Okafor".

    Limit: a phrasal cue of data/cues.csv right after a comma, with the reported clause hung on it before,
    its particle right after it, and a person's name right after the particle.
    """
    doc = token.doc
    if token.i < 2 or token.i + 2 >= len(doc) or doc[token.i - 1].text != "," \
            or not any(c.dep_ in {"ccomp", "parataxis"} and c.i < token.i for c in token.children):
        return None
    particle = doc[token.i + 1]
    if particle.dep_ != "prt" or particle.head.i != token.i or not any(
            e.particle == particle.lower_ for e in default_cues().verbs.get((token.lemma_ or token.lower_).lower(), [])):
        return None
    return next((c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 2
                 and c.ent_type_ == "PERSON"), None)


def _fronted_demonstrative_object(subject: Token, token: Token) -> Token | None:
    """The speaker after a cue whose fronted object the parser took for its subject: "That rejected X as „unfair“".

    Machine-translated German keeps the verb-second order of "Das wies X zurück": a demonstrative
    that opens the sentence (or follows its comma) right before the cue is what was rejected or
    confirmed, and the noun phrase after the cue, parsed as its object, speaks. Limit: the object
    must start right after the cue (an article or adjectives may lead it) and be a noun or a name.
    """
    doc = token.doc
    if subject.lower_ not in {"that", "this"} or subject.tag_ != "DT" or subject.i != token.i - 1 \
            or not (subject.i == subject.sent.start or doc[subject.i - 1].text in {",", ":", ";"}):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.left_edge.i != token.i + 1:
        return None
    return obj


def _joins_two_names(token: Token) -> bool:
    """Whether a proper noun has another proper noun joined to it ("Paquette [and Haddad]")."""
    return token.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.children)


def _pair_before_both(subject: Token) -> Token | None:
    """The first of two joined names a bare "both" stands for: "Chebet and Langat agree on little, but both warned".

    The claim then has the speakers of "X and Y" (:func:`_joint_claims` adds the second). Limit: "both" is a
    pronoun subject with nothing hung on it ("Both officials" is a counted group, :func:`_group_members`),
    and the nearest subject before it, in its sentence or the one before, is a proper noun with a proper
    noun joined to it ("Paquette and Haddad compared notes. Both said ...").
    """
    if subject.lower_ != "both" or subject.pos_ != "PRON" or any(subject.children):
        return None
    doc = subject.doc
    sentence = subject.sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(doc[first:subject.i]):
        # (however the parser hung the pair: "Back in the ballroom, Paquette and Haddad compared notes" reads the
        # names as conjuncts of the place)
        if _joins_two_names(token):
            return token
        # (the parser may hang the names on the cue as a noun phrase of their own: "Brandtwerke and Solvenna
        # Power, a Dutch supplier, both warned")
        hung = token.dep_ == "npadvmod" and token.head.i == subject.head.i
        if token.dep_ in {"nsubj", "nsubjpass"} or hung:
            pair = next((t for t in token.subtree if t.i < subject.i and _joins_two_names(t)), None)
            if pair is not None:
                return pair  # ("[Brandtwerke and Solvenna] Power ... both warned": a pair inside the subject)
            if token.head.dep_ != "relcl":
                return None  # ("Kerr and Pennock, who leads ..., both call": the relative clause's "who" is passed)
    return None


#: Prepositions of time the parser reads as a conjunction when they open a sentence ("Before the vote warned X").
_FRONTED_TIME = {"before", "after", "during", "since"}


def _object_after_fronted_time(subject: Token, token: Token) -> Token | None:
    """The speaker after a cue that a fronted time phrase precedes: "Before the vote warned Landrat X before ...".

    Machine-translated German keeps the verb-second order of "Vor der Abstimmung warnte X": the parser
    reads the sentence-opening preposition as a conjunction and its noun as the cue's subject, and
    the name after the cue as its object. Limit: the preposition opens the sentence and is the cue's
    "mark", the subject is a common noun between it and the cue, and the object is a person's name
    starting right after the cue (a title may lead it).
    """
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in _FRONTED_TIME), None)
    # (a date the model tagged may be the noun: "Since December demands Vladimir Putin „…“")
    if mark is None or not mark.is_sent_start or not mark.i < subject.i < token.i or not (
            subject.pos_ == "NOUN" and not subject.ent_type_ or subject.ent_type_ in {"DATE", "TIME"}):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1), None)
    if obj is None or obj.ent_type_ != "PERSON":
        return None
    return obj


def _apposition_of_fronted_place(token: Token) -> Token | None:
    """The speaker the parser hung on a fronted place: "Back in Paraul Verde, the priest, Father X, said ...".

    With no subject of its own, the cue's speaker is the apposition of the place phrase that ends
    right before the comma before the cue. Limit: the place must be the object of a preposition of
    the cue (or of an adverb of it), and the apposition a noun or a name.
    """
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    for word in doc[token.sent.start:token.i - 1]:
        if word.dep_ != "appos" or word.right_edge.i != token.i - 2 or word.pos_ not in {"NOUN", "PROPN"}:
            continue
        place = word.head
        preposition = place.head if place.dep_ == "pobj" else None
        if preposition is None or preposition.dep_ != "prep":
            continue
        if preposition.head == token or (preposition.head.dep_ == "advmod" and preposition.head.head == token):
            # ("Across the Baltic, Eero Salminen, a researcher in Helsinki, said": the parser may take the
            # person for the preposition's object and the description for the apposition)
            named = place.ent_type_ == "PERSON" and any(
                lookup_key(t.text) in load_name_genders().given for t in doc[place.left_edge.i:place.i + 1])
            return place if named else word
    return None


def _out_of_fronted_place(subject: Token) -> Token:
    """The real subject when the parser took a fronted place for it ("In Kyiv, Yuliia Marchenko ... warned").

    Limit: the place must follow a sentence-initial "In" and a comma, and the speaker must be
    hung on it as a conjunct or apposition.
    """
    doc = subject.doc
    if subject.i < 1 or doc[subject.i - 1].lower_ != "in" or not doc[subject.i - 1].is_sent_start:
        return subject
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return subject
    beside = [c for c in subject.children if c.dep_ in {"conj", "appos"} and c.i > subject.i + 1]
    return beside[0] if beside else subject


def _out_of_affiliation(subject: Token) -> Token:
    """The person when the parser took the body after "NAME of the ..." for the subject.

    "Managing director Henning Oltmanns of the port marketing company Jade-Logistik spoke": the
    parser makes the company the subject and the person an apposition inside it. Limit: only
    lowercase words may stand between "of" and the body's name, and the person's name must end
    right before "of".
    """
    doc = subject.doc
    if subject.ent_type_ not in {"ORG", "FAC", "GPE"} or subject.ent_iob_ == "":
        return subject
    if subject.ent_iob_ == "B" and 1 < subject.i < len(doc) - 1 and doc[subject.i - 1].text == "(" \
            and doc[subject.i + 1].text == ")" and doc[subject.i - 2].ent_type_ == "PERSON" \
            and doc[subject.i - 2] in subject.subtree and not any(c.dep_ == "conj" for c in subject.children):
        # "demanded Ladina Cadonau (SP) a list": the parser made the party in brackets the head of the phrase
        # and the name its modifier; the person speaks, the bracket is her affiliation (not when a second
        # speaker is joined to the bracket: "Uwe X (AfD) and Martina Y (Left) demanded" stays a joint claim)
        return doc[subject.i - 2]
    start = subject.i
    while start > 0 and doc[start].ent_iob_ == "I":  # back to the entity's first token, not into the one before
        start -= 1
    k = start - 1
    while k > 0 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ != "of":
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or k == start - 1 or doc[k - 1].ent_type_ != "PERSON":
        return subject
    person = doc[k - 1]
    # (or the parser gave the verb both as subjects)
    return person if person in subject.subtree or (person.dep_ == "nsubj" and person.head == subject.head) \
        else subject


#: Entity labels that can name a speaker standing right after an inverted cue ("said Wehling").
_SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _misparsed_subject(ctx: _Context, token: Token) -> Token | None:
    """A speaker the parser did not attach as ``nsubj``: inverted names and German word order.

    "„…“, said Wehling": an unknown name after the cue is often parsed as a verb or object;
    "Lawrow had about the agreements said": machine-translated German splits the perfect tense,
    and the subject hangs on the stranded auxiliary "had".
    """
    doc = ctx.doc
    described = token.head if token.dep_ == "conj" and token.head.i < token.i else token  # "... and demanded"
    age = next((c for c in described.children if c.dep_ == "amod" and c.i < described.i and c.lower_ == "old"
                and _AGE_DESCRIPTION.fullmatch(doc[c.left_edge.i - 1 if c.left_edge.i > 0 and doc[c.left_edge.i - 1].lower_ == "the"
                                                   else c.left_edge.i:c.i + 1].text)), None)
    if age is not None:
        # "The 49-year-old questioned, whether ...": the parser read the cue as a noun the age describes
        return age
    fronted = _fronted_phrase_subject(ctx, token)
    if fronted is not None:
        return fronted
    if token.i > 0 and doc[token.i - 1].text == ",":
        for child in token.children:
            if child.dep_ not in {"ccomp", "advcl"} or child.i > token.i:
                continue
            # "A German official, who like others ... spoke on condition of anonymity, said ...": the
            # parser made the relative clause's verb a clause of the cue; its subject is the speaker
            subjects = [g for g in child.children if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"}
                        and any(r.dep_ == "relcl" for r in g.children)]
            if subjects:
                return subjects[0]
    after = ctx.ent_of[token.i + 1] if token.i + 1 < len(doc) else None
    # "..., said the alliance should stop ...": a name that is the subject of the reported clause is
    # what was said about, not an inverted speaker
    reported_subject = after is not None and after.root.dep_ in {"nsubj", "nsubjpass"} \
        and after.root.head.i != token.i and after.root.head.dep_ == "ccomp" and after.root.head.head.i == token.i
    if after is not None and after.label_ in _SPEAKER_LABELS and token.i > 0 and not reported_subject and (
            doc[token.i - 1].is_punct or doc[token.i - 1].is_quote):
        # inverted attribution right after a quote or comma: the name that follows is the speaker
        return after.root
    inverted = _inverted_speaker(ctx, token)
    if inverted is not None:
        return inverted
    for child in token.children:
        if child.i < token.i and child.lemma_ in {"have", "be"} and child.dep_ in {"ccomp", "aux", "advcl"} \
                and not any(g.dep_ == "mark" and g.i == child.left_edge.i for g in child.children) \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} and child.right_edge.i < c.i < token.i for c in token.children):
            # (but "The next weeks be decisive, he is convinced": a subject of the cue's own after the
            # clause makes that clause what was said)
            # ("After the government the helmets approved had, spoke X of ...": a fronted subordinate
            # clause's auxiliary has a subject of its own, not the cue's)
            subjects = [g for g in child.children if g.dep_ == "nsubj"]
            if subjects:
                return subjects[0]
            # "In Moscow had Vladimir Putin ... „…“ demanded": after a fronted phrase German inverts the
            # auxiliary and the subject, which the parser reads as the auxiliary's object
            inverted = next((g for g in child.children if g.dep_ == "dobj" and g.left_edge.i == child.i + 1
                             and ctx.ent_of[g.i] is not None and ctx.ent_of[g.i].label_ in _SPEAKER_LABELS
                             and ctx.in_quote[g.i] < 0), None)
            if inverted is not None:
                return inverted
    head = token.head
    if head.i < token.i and head.lemma_ == "have" and token.dep_ in {"advcl", "conj", "xcomp", "ccomp"} \
            and (token.i + 1 >= len(doc) or doc[token.i + 1].is_punct):
        # "Sakharova has itself about the Nato expressed": the sentence-final participle hangs on "has"
        subjects = [g for g in head.children if g.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
    return None


def _fronted_phrase_subject(ctx: _Context, token: Token) -> Token | None:
    """The speaker the parser swallowed into a fronted place phrase ("In Tallinn, lawmaker X said").

    Limit: the cue must have no subject of its own and a sentence-initial preposition as a child;
    the speaker is the noun phrase after the phrase's first comma.
    """
    doc = ctx.doc
    sentence_start = doc[token.i].sent.start
    for child in token.children:
        if child.dep_ != "prep" or child.i != sentence_start or child.i >= token.i:
            continue
        tokens = list(child.subtree)
        comma = next((t.i for t in tokens if t.text == ","), None)
        if comma is None:
            # "In Berlin warned the BSI before ...": German word order puts the subject after the
            # verb that follows a fronted phrase; the parser makes it the object
            second = ctx.ent_of[token.i + 2] if token.i + 2 < len(doc) else None
            after = token.i + 1 < len(doc) and ctx.ent_of[token.i + 1] or (
                second is not None and doc[token.i + 1].lower_ == "the" and second) or (
                # ("... demands Betriebsratschef Ralf Gierse a clear perspective": an untranslated title before
                # the person's name, outside the name's entity)
                second is not None and doc[token.i + 1].is_title and ctx.ent_of[token.i + 1] is None
                and second.label_ == "PERSON" and second.start == token.i + 2 and second)
            if after and after.kb_id_ and after.label_ in {"ORG", "PERSON", "NORP"} and after.root.dep_ == "dobj" \
                    and after.root.head.i == token.i and tokens[-1].i == token.i - 1:
                return after.root
            return None
        named = next((t for t in tokens if t.i > comma and t.dep_ == "appos" and ctx.ent_of[t.i] is not None
                      and ctx.ent_of[t.i].label_ == "PERSON" and ctx.in_quote[t.i] < 0), None)
        for t in tokens:
            # the place comes first, then the comma; the noun phrase after it (its head hangs on a
            # word before the comma) is the subject: "lawmaker Kaarel Tammsaar", "an official at ..."
            if t.i > comma and t.head.i < comma and t.pos_ in {"NOUN", "PROPN"} and ctx.in_quote[t.i] < 0:
                # "In Vilnius, the head of the centre, Egle Vaitkute, said": the name in apposition
                return named if named is not None and t.pos_ == "NOUN" else t
        return None
    return None


def _closes_quote_with_comma(ctx: _Context, before: int) -> bool:
    """Whether ``doc[before]`` ends a quote and its comma, the place of an inverted cue: "„…“, said X".

    The comma may stand inside the closing quote mark ("„…,“ said X").
    """
    doc = ctx.doc
    if before >= 2 and doc[before].is_quote and doc[before - 1].text == ",":
        return True
    return before >= 1 and doc[before].text == "," and (doc[before - 1].is_quote or ctx.in_quote[before - 1] >= 0)


def _phrase_roots(span: Span) -> list[Token]:
    """The words of a span whose head lies outside it: one word when the span is one phrase."""
    return [w for w in span if not span.start <= w.head.i < span.end]


def _inverted_copula_holder(ctx: _Context, token: Token, *, reach: int = 8) -> Token | None:
    """The holder in "„…“, is the 61-year-old convinced.": a copula right after a quote and its comma.

    Machine-translated German ("„…“, ist der 61-Jährige überzeugt") puts the subject between
    the copula and a view cue that ends the clause; the quote before is the view.
    Limit: the cue must end its clause (punctuation next), and the words between copula and
    cue must form one phrase (one word whose head lies outside them).
    """
    doc = ctx.doc
    if token.i + 1 >= len(doc) or not doc[token.i + 1].is_punct:
        return None
    copula = next((w for w in reversed(doc[max(token.sent.start, token.i - reach):token.i]) if w.lemma_ == "be"), None)
    if copula is None or copula.i + 1 >= token.i or not _closes_quote_with_comma(ctx, copula.i - 1):
        return None
    heads = _phrase_roots(doc[copula.i + 1:token.i])
    if len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN", "ADJ", "PRON"}:
        return None
    return heads[0]


def _inverted_speaker(ctx: _Context, token: Token, *, reach: int = 8) -> Token | None:
    """The named speaker a few words after an inverted cue that follows a quote ("», has declared X").

    Limit: the cue (or its perfect auxiliary) must follow a closing quote and comma, and the name must
    come within ``reach`` tokens, before any other punctuation; a name that is the object of a
    preposition ("said to Reuters") is an addressee, not the speaker.
    """
    doc = ctx.doc
    before = token.i - 1
    if before > 0 and doc[before].lemma_ == "have" and doc[before].dep_ == "aux":
        before -= 1  # machine-translated French keeps the perfect tense: "», has estimated the councillor X"
    if not _closes_quote_with_comma(ctx, before):
        return None
    for i in range(token.i + 1, min(len(doc), token.i + 1 + reach)):
        if doc[i].text in {"-", "‐"} and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
            continue  # a hyphen inside a word is no punctuation that ends the phrase ("the 23-year-old X")
        if doc[i].is_punct or ctx.in_quote[i] >= 0 or "\n" in doc[i].text:
            return None
        ent = ctx.ent_of[i]
        if ent is not None and ent.label_ in _SPEAKER_LABELS:
            # a role description or a short adjunct may stand between cue and name ("the regional councillor X")
            if ent.root.dep_ == "pobj":
                return None
            role = ent.root.head
            if ent.label_ != "PERSON" and ent.root.dep_ in {"compound", "amod", "nmod"} and role.i > ent.end - 1:
                # "added the SPD politician (Katharina Lenz)", "told me the Moldovan MP Vasile Ciobanu":
                # a party or country modifies the role; the person named after it, else the role
                # itself, is the speaker (the parser may tag the role a proper noun, "MP")
                # (a hyphen that glues the party onto the role is no break: "said SPD-Fraktionschef Rainer Kolbeck";
                # a full name beats a role the model took for a person: "called FPÖ-[Gemeinderat] [Martin Ladstätter]")
                people = [ctx.ent_of[j] for j in range(ent.end, min(len(doc), role.i + 4))
                          if ctx.ent_of[j] is not None and ctx.ent_of[j].label_ == "PERSON"
                          and not any(t.is_punct and not (t.text in {"-", "‐"} and not t.whitespace_
                                                          and not doc[t.i - 1].whitespace_)
                                      for t in doc[ent.end:j])]
                named = next((e for e in people if len(e) >= 2), people[0] if people else None)
                if named is not None:
                    return named.root
                if role.pos_ == "NOUN":
                    return role
            return ent.root
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


def _conjunct_chain(subject: Token) -> list[Token]:
    """The children of a subject and, through "conj" links, of its conjuncts, in order.

    The parser chains a list ("Washington, Berlin, Paris and London": Paris hangs on Berlin,
    London on Paris), so the conjuncts past the second are grandchildren of the first.
    """
    chain: list[Token] = []
    todo = [subject]
    while todo:
        token = todo.pop()
        for child in token.children:
            chain.append(child)
            if child.dep_ == "conj":
                todo.append(child)
    return sorted(chain, key=lambda t: t.i)


def quoted_owner_claims(ctx: _Context, claims: list[Claim], cue_of: Mapping[int, Token]) -> list[Claim]:
    """Give a quote its owner when the speaker relays a named person's remark: "She pointed to Sergei Lavrov's remark on
    the Minsk agreements, "It must be forced", as a sign ...".

    Limit: a verb cue, then within twelve words and before the content a nominal cue of ``data/cues.csv``
    ("remark", "statement", "comment", "warning") in the plural too, with no finite verb between; its
    possessor ("Lavrov's remark") or the name after "by" ("a statement by Maria Zakharova") is a person
    the text names; the content starts after the noun. The claim becomes that person's, with the noun as cue.
    """
    doc = ctx.doc
    out = []
    for claim in claims:
        cue = cue_of.get(id(claim))
        if cue is None or cue.pos_ not in {"VERB", "AUX"}:
            out.append(claim)
            continue
        owner = None
        for token in doc[cue.i + 1:min(cue.i + 13, len(doc))]:
            if token.idx >= claim.content_start or token.tag_ in {"VBD", "VBZ", "VBP"} or ctx.in_quote[token.i] >= 0:
                break
            entry = ctx.cues.nouns.get(token.lower_) or ctx.cues.nouns.get(token.lemma_.lower())
            if entry is None or token.pos_ != "NOUN":
                continue
            names = [c for c in token.children if c.dep_ == "poss"] + [
                g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
            ent = next((ctx.ent_of[n.i] for n in names if ctx.ent_of[n.i] is not None
                        and ctx.ent_of[n.i].label_ == "PERSON" and ctx.ent_of[n.i].kb_id_), None)
            if ent is not None:
                owner = (token, entry, ent)
            break
        if owner is None:
            out.append(claim)
            continue
        noun, entry, ent = owner
        actor_id, name, _ = _actor_of(ctx, ent)
        if not actor_id or actor_id == claim.speaker_id:
            out.append(claim)
            continue
        out.append(claim._replace(speaker_text=ent.text, speaker_id=actor_id, speaker_name=name,
                                  speaker_start=ent.start_char, speaker_end=ent.end_char, cue=noun.text,
                                  cue_lemma=noun.lemma_.lower(), claim_type=entry.claim_type, cameo=entry.cameo,
                                  plover=entry.plover, addressee_text="", addressee_id="", addressee_name=""))
    return out


def _joint_claims(ctx: _Context, claim: Claim, subject: Token | None) -> list[Claim]:
    """One more claim per named conjunct of the subject ("Berlin and Paris urged ...").

    Also per named actor the subject joins in the cue: "Canberra has joined Washington and London in
    warning Moscow ..." is the claim of all three.
    """
    if subject is not None and ctx.resolve_references and _is_both(subject):
        # (the claim went to the first of the two; the other makes it too)
        pair = _pair_named_before(ctx, subject)
        if claim.speaker_id not in {actor_id for actor_id, _ in pair}:
            return []
        return [claim._replace(speaker_id=actor_id, speaker_name=name) for actor_id, name in pair
                if actor_id != claim.speaker_id]
    if subject is not None and subject.dep_ == "conj" and subject.head.lower_ in {"he", "she"} and subject.head.i < subject.i:
        subject = subject.head  # (the subject rules picked the name after "He and")
    if subject is not None and subject.lower_ in {"he", "she"} and ctx.resolve_references and any(
            c.dep_ == "conj" and ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "PERSON" for c in subject.children):
        # "He and Cllr Mwanahawa Ali Vuai proposed", "She and Hon. Salma Rashid Kitwana both urged": the claim
        # went to the name; the pronoun's person (named before) makes it too
        found = _antecedent(ctx, subject.i, last=None, gender=_PRONOUN_GENDER[subject.lower_])
        if found is not None and found.actor_id and found.actor_id != claim.speaker_id:
            return [claim._replace(speaker_text=subject.text, speaker_id=found.actor_id, speaker_name=found.name,
                                   speaker_start=subject.idx, speaker_end=subject.idx + len(subject.text))]
        return []
    if subject is not None and ctx.ent_of[subject.i] is None and subject.tag_ == "NNS":
        # ("The groups of SPD and Greens proposed", "the Landtag factions of Greens and SPD": the named owners of a
        # plural body noun are the joint speakers)
        owner = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and ctx.ent_of[g.i] is not None), None)
        if owner is not None and any(c.dep_ == "conj" for c in owner.children):
            subject = owner
    if subject is not None and ctx.ent_of[subject.i] is None:
        # ("Two city councillors, Anne Ipellie and Mark Tulugak, said ...": the names in apposition to a plural
        # description are the joint speakers)
        subject = next((c for c in subject.children if c.dep_ == "appos" and subject.tag_ == "NNS"
                        and ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "PERSON"), None)
    if subject is None or ctx.ent_of[subject.i] is None:
        return []
    extra = []
    if ctx.ent_of[subject.i].label_ in _NO_ACTOR_LABELS:
        # ("[Hoyer and Rudloff]WORK_OF_ART called on": surnames of people named before, which the model took for a title)
        for conjunct in _conjunct_chain(subject):
            known = ctx.surnames.get(conjunct.text) if conjunct.dep_ == "conj" and conjunct.pos_ == "PROPN" else None
            if known is not None and known[2] and known[0] != claim.speaker_id:
                extra.append(claim._replace(speaker_text=conjunct.text, speaker_id=known[0], speaker_name=known[1],
                                            speaker_start=conjunct.idx, speaker_end=conjunct.idx + len(conjunct.text)))

    def add_named(ent: Span | None, *, seated: bool) -> None:
        # only named actors are joint speakers; "Keller and her team" stays one claim
        if ent is None or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"} or not ent.kb_id_:
            return
        actor_id, name, _ = _actor_of(ctx, ent)
        if seated:
            # (a capital joined as an object acts like its subject: "joined Washington" is the US government's)
            actor_id, name = default_seats().get(actor_id, (actor_id, name))
        if actor_id and actor_id != claim.speaker_id:
            extra.append(claim._replace(speaker_text=ent.text, speaker_id=actor_id, speaker_name=name,
                                        speaker_start=ent.start_char, speaker_end=ent.end_char))

    joined = subject.head if (subject.head.lemma_ or "").lower() == "join" and subject.dep_ == "nsubj" else None
    partners = [c for c in joined.children if c.dep_ == "dobj"] if joined is not None else []
    if partners and ctx.ent_of[partners[0].i] is not None:
        for partner in [partners[0], *(c for c in _conjunct_chain(partners[0]) if c.dep_ == "conj")]:
            add_named(ctx.ent_of[partner.i], seated=True)
    for conjunct in _conjunct_chain(subject):
        ent = ctx.ent_of[conjunct.i] if conjunct.dep_ == "conj" else None
        if ent is None and conjunct.dep_ == "conj" and conjunct.tag_ == "NNS":
            # "Kiev and the separatists in Donetsk accused each other": a group placed in a seat
            # of power or named with its body is a joint speaker too
            voice = _institution_of(ctx, conjunct)
            if voice is not None and voice[0] != claim.speaker_id:
                phrase = _phrase_span(conjunct)
                extra.append(claim._replace(speaker_text=phrase.text, speaker_id=voice[0], speaker_name=voice[1],
                                            speaker_start=phrase.start_char, speaker_end=phrase.end_char))
            continue
        # (a capital beside a government speaks for its own: "Berlin and Paris had Moscow ... called on")
        add_named(ent, seated=default_actor_types().get(claim.speaker_id) == "government")
    return extra
