"""Statements reported only by their topic: "Maria Zakharova commented on NATO and the West".

News often reports that someone spoke without saying what: "issued another statement on NATO and the West",
"has weighed in on ...", machine-translated German "had itself about NATO and the West expressed" or
"commented the attitude of NATO and the West". The annotation guidelines count these as statements whose
content is the topic phrase. The verb rules read them only when the parser hangs the topic on the cue; this
fallback reads the rest.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from workbench.claims.context import Claim, _Context, _span_claim
from workbench.claims.cues import CueEntry
from workbench.claims.speakers import _resolve_speaker, claim_words

#: Prepositions that introduce a topic; "to" only after expressing or commenting (German "zu").
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over"})


def topic_statement_claims(ctx: _Context, sents: list[Span], found: list[Claim]) -> list[Claim]:
    """Claims whose content is the topic a named speaker commented on, for sentences no other rule read.

    Limit: a topic verb (the "topic_verb" words of data/claim_words.csv) or a statement noun after a verb of
    issuing, outside quotes;
    the speaker is a person or an organisation the actor component resolved: the verb's subject, else the
    first such name after the verb in its sentence (German verb-second order), else the last one before it;
    the topic is the first phrase after "on", "about", "over" (or "to" after "express"/"comment", or
    "aimed at") that follows the verb or the statement noun and names no time or channel, else the
    object of "comment"/"address" ("commented the attitude of NATO"); "speak" only with "about". A sentence
    that holds a claim of that speaker already, any quote or a negation, and a verb under a refusal ("declined
    to comment on"), are left alone.
    """
    entry = next(iter(ctx.cues.verbs.get("comment", [])), None)
    if entry is None:
        return []
    claims: list[Claim] = []
    for sent in sents:
        if any(ctx.in_quote[i] >= 0 for i in range(sent.start, sent.end)):
            continue
        taken = {c.speaker_id for c in [*found, *claims] if sent.start_char <= c.start_char < sent.end_char
                 or sent.start_char <= c.content_start < sent.end_char}
        for token in sent:
            lemma = (token.lemma_ or token.lower_).lower()
            owned = _owned_topic_claim(ctx, token, entry, taken)
            if owned is not None:
                claims.append(owned)
                taken.add(owned.speaker_id)
                continue
            noun = None
            if token.pos_ == "VERB" and lemma in claim_words("statement_verb"):
                noun = next((c for c in token.children
                             if c.dep_ == "dobj" and c.lower_ in claim_words("statement_noun")), None)
            if not (token.pos_ == "VERB" and lemma in claim_words("topic_verb")) and noun is None:
                continue
            if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                continue  # ("be the right place, to about X to speak": an infinitive is nobody's statement yet)
            speaker_head = _speaker_of(ctx, token, sent)
            if speaker_head is None:
                continue
            topic = _topic(ctx, token, noun, lemma, sent, speaker_head)
            if topic is None or (lemma == "speak" and ctx.doc[topic[0]].lower_ != "about"):
                continue  # ("spoke on Monday", "speaks over the radio": only "spoke about X" names a topic)
            if _refused(ctx, token, ctx.doc[sent.start:max(topic[1], token.i + 1)]):
                continue  # ("declined to comment on X"; "what he wrote, let itself not verify" after it is no denial)
            speaker = _resolve_speaker(ctx, speaker_head, stop=None, last=None)
            if not speaker.actor_id or speaker.actor_id in taken:
                continue
            claims.append(_span_claim(ctx, topic[0], topic[1], speaker=speaker, cue_tokens=[token], entry=entry))
            taken.add(speaker.actor_id)
    return claims


#: Words that deny a statement was made ("declined to comment on", "wanted itself to the resolution not express").
_NEGATIONS = frozenset({"not", "n't", "no", "nothing", "never", "neither", "nor"})


def _names_no_topic(head: Token) -> bool:
    """Whether the object of a topic preposition names a time or a channel ("on Monday", "on Telegram"), no topic."""
    return head.lower_ in claim_words("no_topic") or head.ent_type_ in {"DATE", "TIME"}


def _end_before_punct(doc: Doc, floor: int, end: int) -> int:
    """``end`` moved back past the punctuation (quote marks too) that closes a phrase, never below ``floor``."""
    while end > floor and doc[end - 1].is_punct:
        end -= 1
    return end


def _refused(ctx: _Context, verb: Token, span: Span) -> bool:
    """Whether ``span`` says the speaker did not speak: a negation in it, or a refusal verb (data/cues.csv REFUSAL rows:
    "decline", "refuse") above the topic verb."""
    if any(t.lower_ in _NEGATIONS and ctx.in_quote[t.i] < 0 for t in span):
        return True
    return any((a.lemma_ or a.lower_).lower() in ctx.cues.refusals for a in list(verb.ancestors)[:3])


def _speaker_of(ctx: _Context, verb: Token, sent: Span) -> Token | None:
    """The root token of the named speaker of a topic verb (see :func:`topic_statement_claims`), or None."""
    def named(token: Token, labels: set[str]) -> bool:
        ent = ctx.ent_of[token.i]
        return ent is not None and ent.kb_id_ != "" and ent.label_ in labels and ctx.in_quote[token.i] < 0

    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.pos_ == "PRON":
        return None  # ("she commented on it": a pronoun's claims are read by the verb rules)
    if subject is not None:
        # (a person in the subject before a body: "the foreign ministry's spokeswoman, Maria Zakharova")
        for labels in ({"PERSON"}, {"ORG"}):
            for token in subject.subtree:
                if named(token, labels):
                    return ctx.ent_of[token.i].root
        return None
    # (a person first; a named body, "had the Washington Post over a build-up reported", when no person is there)
    for labels in ({"PERSON"}, {"ORG"}):
        after = next((t for t in ctx.doc[verb.i + 1:min(sent.end, verb.i + 14)] if named(t, labels)
                      and not _after_preposition(t)), None)
        if after is not None:
            return ctx.ent_of[after.i].root
        before = [t for t in ctx.doc[sent.start:verb.i] if named(t, labels) and not _after_preposition(t)]
        if before:
            return ctx.ent_of[before[-1].i].root
    return None


def _after_preposition(token: Token) -> bool:
    """Whether a name is the object of a preposition ("in Moscow", "of the ministry"): a place or an owner, no speaker."""
    return token.dep_ == "pobj" or (token.head.dep_ == "pobj" and token.dep_ in {"compound", "poss"})


def _topic(ctx: _Context, verb: Token, noun: Token | None, lemma: str, sent: Span,
           speaker: Token) -> tuple[int, int] | None:
    """Token bounds of the topic phrase (see :func:`topic_statement_claims`), or None."""
    doc = ctx.doc
    ent = ctx.ent_of[speaker.i]
    skip = set(range(ent.start, ent.end)) if ent is not None else set()
    speaker_end = ent.end if ent is not None else speaker.i + 1
    prepositions = _TOPIC_PREPOSITIONS | ({"to"} if lemma in {"express", "comment"} or noun is not None
                                          or any(c.lower_ in claim_words("statement_noun") for c in verb.subtree) else set())
    start = (noun or verb).i + 1
    # (after the verb; in translated German's verb-final order also between the speaker and the verb: "had
    # Maria Sakharova this week about NATO and the West expressed herself")
    spans = [doc[start:sent.end]] + ([doc[speaker_end:verb.i]] if speaker_end < verb.i else [])
    found = None
    for number, span in enumerate(spans):
        found = _prepositional_topic(ctx, span, prepositions, skip)
        if found is not None:
            if number == 1:
                found = (found[0], verb.i)  # (the phrase runs on to the final verb: "to NATO and the West expressed")
            break
    if noun is None and (lemma == "comment" or lemma == "address" and any(
            c.lower_ in claim_words("statement_noun") for c in verb.subtree)):  # ("addressed the crowd" names no topic)
        # ("commented the attitude of NATO and the West", "commented in a text the relations with the West": the
        # object of a transitive "comment", German "kommentierte", before any topic phrase)
        obj = _object_topic(ctx, verb, sent, skip)
        if obj is not None and (found is None or obj[0] < found[0]):
            return obj
    return found


def _prepositional_topic(ctx: _Context, span: Span, prepositions: set[str], skip: set[int]) -> tuple[int, int] | None:
    """The first topic phrase in ``span`` ("on NATO and the West"), or None."""
    doc = ctx.doc
    for token in span:
        if token.i in skip or ctx.in_quote[token.i] >= 0:
            continue
        aimed = token.lower_ == "at" and token.i > 0 and doc[token.i - 1].lower_ == "aimed"
        if token.lower_ in prepositions or aimed:
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if not objects:
                continue
            head = objects[0]
            if _names_no_topic(head) or head.pos_ == "PRON" \
                    or (ctx.ent_of[head.i] is not None and ctx.ent_of[head.i].label_ == "PERSON"):
                continue
            end = _end_before_punct(doc, token.i + 1, min(token.right_edge.i + 1, span.end))
            return (token.i, end) if end - token.i >= 2 else None
    return None


def _object_topic(ctx: _Context, verb: Token, sent: Span, skip: set[int]) -> tuple[int, int] | None:
    """The noun phrase "comment" takes as its object, also where the parser lost it after an inverted subject."""
    doc = ctx.doc
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
               and c.lower_ not in claim_words("statement_noun") and c.i not in skip and c.lower_ not in claim_words("no_topic")
               and not any(t.i in skip for t in c.subtree)]  # (not the inverted speaker the parser made the object)
    if objects:
        first, end = objects[0].left_edge.i, objects[0].right_edge.i + 1
    else:
        # ("commented the spokeswoman ..., Maria Sakharova, the reactions of NATO and the West": the first "the"
        # phrase after the verb and its subject, outside prepositional phrases, up to a comma or the end)
        first = next((t.i for t in doc[verb.i + 1:sent.end] if t.lower_ == "the" and t.i not in skip
                      and t.i > max(skip, default=verb.i) and t.head.dep_ != "pobj" and t.head.pos_ == "NOUN"
                      and not any(a.dep_ == "prep" for a in [t.head])), None)
        if first is None:
            return None
        end = next((t.i for t in doc[first:sent.end] if t.text in {",", ";", ".", ":"}), sent.end)
    end = _end_before_punct(doc, first, end)
    return (first, end) if end - first >= 2 else None


def _owned_topic_claim(ctx: _Context, noun: Token, entry: CueEntry, taken: set[str]) -> Claim | None:
    """"Citing a Washington Post report on Russian troop numbers", "the report of the Washington Post on a build-up":
    a report or statement whose owner is named (a compound, possessive or "of" phrase) and whose topic follows."""
    if noun.pos_ != "NOUN" or noun.lower_ not in claim_words("owned_noun"):
        return None
    doc = ctx.doc
    owner = next((c for c in noun.children if c.dep_ in {"compound", "poss"} and ctx.ent_of[c.i] is not None), None)
    if owner is None:
        owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and ctx.ent_of[g.i] is not None), None)
    if owner is None:
        return None
    ent = ctx.ent_of[owner.i]
    if not ent.kb_id_ or ent.label_ not in {"PERSON", "ORG"}:
        return None
    # (the topic hangs on the noun, or on the owner after "of": "the report of the Washington Post on X")
    for prep in [*noun.children, *owner.children, *ent.root.children]:
        if prep.dep_ == "prep" and prep.lower_ in _TOPIC_PREPOSITIONS and prep.i > noun.i:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects or _names_no_topic(objects[0]):
                continue
            end = _end_before_punct(doc, prep.i + 1, prep.right_edge.i + 1)
            speaker = _resolve_speaker(ctx, ent.root, stop=None, last=None)
            if not speaker.actor_id or speaker.actor_id in taken or end - prep.i < 2:
                return None
            return _span_claim(ctx, prep.i, end, speaker=speaker, cue_tokens=[noun], entry=entry)
    return None


#: Words that open a clause whose verb German word order puts last ("Since X in December „…“ demanded, ...").
_CLAUSE_OPENERS = frozenset({"since", "after", "as", "because", "already"})


def verb_final_clause_claims(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token]) -> list[Claim]:
    """Claims of a clause that translated German closes with its cue, which no other rule read.

    "Since Kremlin chief Vladimir Putin in December «precise legal guarantees» against a further NATO enlargement
    demanded, follow many entrepreneurs the news daily", "Already in December had Vladimir Putin „…“ demanded,
    that NATO ...": the parser cannot find the cue's subject or object. Limit: a verb cue outside quotes that no
    claim holds, right before a comma or the sentence's end; its clause opens at the sentence start or after a
    comma, with one of :data:`_CLAUSE_OPENERS`, and says nothing was not said; the speaker is the first name
    (a person, or an organisation or place the actor component resolved) after the opener, and the content runs
    from the words after the name (past time phrases) to the cue, and on over a "that" clause right after it.
    """
    doc = ctx.doc
    read = {token.i for token in cue_of.values()}
    # (and the cues inside a claim the other rules made: "..., as a spokeswoman of X confirmed" is read already)
    spans = [(claim.start_char, claim.end_char) for claim in found]
    claims: list[Claim] = []
    for sent in sents:
        for cue in sent:
            entry = ctx.cue_entries.get(cue.i)
            if entry is None or cue.i in read or any(start <= cue.idx < end for start, end in spans) \
                    or ctx.in_quote[cue.i] >= 0 or cue.tag_ not in {"VBD", "VBN", "VBZ", "VBP"} \
                    or cue.i + 1 >= sent.end or doc[cue.i + 1].text not in {",", "."}:
                continue
            opening = max((t.i + 1 for t in doc[sent.start:cue.i] if t.text in {",", ";", ":"}
                           and ctx.in_quote[t.i] < 0), default=sent.start)
            words = doc[opening:cue.i]
            if len(words) < 4 or words[0].lower_ not in _CLAUSE_OPENERS or _refused(ctx, cue, doc[opening:cue.i + 1]):
                continue
            names = [ctx.ent_of[t.i] for t in words if ctx.ent_of[t.i] is not None and ctx.ent_of[t.i].kb_id_
                     and ctx.ent_of[t.i].label_ in {"PERSON", "ORG", "GPE", "NORP"} and ctx.in_quote[t.i] < 0
                     and t.dep_ != "pobj" and not (t.i > 0 and doc[t.i - 1].lower_ in {"from", "in", "to", "of"})]
            # (a person first: "Since Kremlin chief Vladimir Putin ... demanded")
            name = next((n for n in names if n.label_ == "PERSON"), names[0] if names else None)
            while name is not None and name.end < cue.i and ctx.ent_of[name.end] is not None \
                    and ctx.ent_of[name.end].kb_id_ == name.kb_id_:
                name = ctx.ent_of[name.end]  # ("[Kremlin chief] [Vladimir Putin]": a title's description, then the name)
            if name is None or name.end >= cue.i - 1:
                continue
            start = name.end
            # (past the time phrases after the name: "in December", "since weeks", "already")
            while start < cue.i - 1 and (doc[start].ent_type_ in {"DATE", "TIME"} or doc[start].lower_ in {
                    "in", "since", "already", "still", "again", "once", "more", "meanwhile", "long", "years", "weeks"}):
                start += 1
            end = cue.i
            if cue.i + 2 < sent.end and doc[cue.i + 1].text == "," and doc[cue.i + 2].lower_ == "that":
                end = next((t.i for t in doc[cue.i + 3:sent.end] if t.text in {",", ";"} and ctx.in_quote[t.i] < 0
                            and t.i + 1 < sent.end and doc[t.i + 1].lower_ in {"and", "but"}), sent.end - 1)
            if end - start < 2 or doc[start].pos_ in {"AUX", "VERB"} or (doc[start].is_punct and not doc[start].is_quote) \
                    or not any(
                    t.pos_ in {"NOUN", "PROPN"} or ctx.in_quote[t.i] >= 0 for t in doc[start:end]):
                continue  # ("After X had at the time reported," names nothing reported)
            speaker = _resolve_speaker(ctx, name.root, stop=None, last=None)
            if not speaker.actor_id:
                continue
            claims.append(_span_claim(ctx, start, end, speaker=speaker, cue_tokens=[cue], entry=entry))
            read.add(cue.i)
    return claims


def threat_claims(ctx: _Context, sents: list[Span], found: list[Claim], cue_of: dict[int, Token]) -> list[Claim]:
    """What a threat threatens: "Washington has threatened severe economic penalties if ...", "Washington threatens
    Moscow in case of an invasion with hard sanctions", "Washington threatens since long with sanctions".

    Why: the verb rules take the addressee ("Moscow") or the condition ("if Russian forces move") for the content,
    or miss the German "droht mit X" when the parser hangs "with" on an adverb. Limit: a "threaten" cue outside
    quotes whose subject is a name the actor component resolved; the content is the "with" phrase after the verb
    (translated German) up to ", and" or the sentence's end, else the verb's object that names no actor and the
    condition the verb holds ("if ..."). A claim the verb rules made for the cue is replaced, and only when its content lacks that
    phrase.
    """
    doc = ctx.doc
    claim_of = {token.i: claim for claim in found if (token := cue_of.get(id(claim))) is not None}
    replaced: dict[int, Claim] = {}
    added: list[Claim] = []
    for sent in sents:
        for cue in sent:
            if (cue.lemma_ or "").lower() != "threaten" or cue.pos_ != "VERB" or ctx.in_quote[cue.i] >= 0:
                continue
            entry = ctx.cue_entries.get(cue.i) or next(iter(ctx.cues.verbs.get("threaten", [])), None)
            subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
            ent = ctx.ent_of[subject.i] if subject is not None else None
            if entry is None or ent is None or not ent.kb_id_:
                continue
            stop = next((t.i for t in doc[cue.i + 1:sent.end] if t.text in {";", ":"} or (
                t.text == "," and t.i + 1 < sent.end and doc[t.i + 1].lower_ in {"and", "but", "while"})), sent.end - 1)
            comma = next((t.i for t in doc[cue.i + 1:stop] if t.text == ","), stop)
            with_ = next((t for t in doc[cue.i + 1:comma] if t.lower_ == "with" and any(
                c.dep_ == "pobj" and not (ctx.ent_of[c.i] is not None and ctx.ent_of[c.i].label_ == "PERSON")
                for c in t.children)), None)
            if with_ is not None:
                start, end = with_.i, stop  # (with the condition after it: "with sanctions, should troops cross")
            else:
                obj = next((c for c in cue.children if c.dep_ == "dobj" and ctx.ent_of[c.i] is None and c.pos_ == "NOUN"),
                           None)
                if obj is None:
                    continue
                # (the object and the condition the verb holds: "severe economic penalties if Russia moves")
                start, end = obj.left_edge.i, obj.right_edge.i + 1
                for clause in cue.children:
                    if clause.dep_ == "advcl" and clause.i > obj.i and any(
                            g.dep_ == "mark" and g.lower_ in {"if", "unless", "should"} for g in clause.children):
                        end = max(end, clause.right_edge.i + 1)
                end = min(end, stop)
            end = _end_before_punct(doc, start, end)
            if end - start < 2:
                continue
            existing = claim_of.get(cue.i)
            head = with_ if with_ is not None else doc[start:end].root
            if existing is not None and (doc[start:end].text in existing.content or head.text in existing.content):
                continue  # (the verb rules' content holds what is threatened already)
            speaker = _resolve_speaker(ctx, ent.root, stop=None, last=None)
            if not speaker.actor_id:
                continue
            # (the object named as an actor is whom the threat addresses: "threatens Moscow ... with sanctions")
            addressee = next((c for c in cue.children if c.dep_ == "dobj" and ctx.ent_of[c.i] is not None
                              and ctx.ent_of[c.i].kb_id_), None) if with_ is not None else None
            claim = _span_claim(ctx, start, end, speaker=speaker, cue_tokens=[cue], entry=entry, addressee=addressee)
            if existing is not None:
                # (the verb rules' speaker stays, a joint one too: "The EU and the USA threaten ...")
                replaced[id(existing)] = existing._replace(content=claim.content, content_start=claim.content_start,
                                                           content_end=claim.content_end, mode=claim.mode,
                                                           addressee_text=claim.addressee_text or existing.addressee_text,
                                                           addressee_id=claim.addressee_id or existing.addressee_id,
                                                           addressee_name=claim.addressee_name or existing.addressee_name)
            else:
                added.append(claim)
    kept = [replaced.get(id(claim), claim) for claim in found]
    for old, new in zip(found, kept):
        if new is not old and id(old) in cue_of:
            cue_of[id(new)] = cue_of[id(old)]
    return kept + added
