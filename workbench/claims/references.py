"""References to persons named before: pronouns, role descriptions, gender, counted groups."""
from __future__ import annotations

import re

from spacy.attrs import DEP, LOWER
from spacy.tokens import Span, Token

from workbench.claims.context import (
    _DESCRIPTIVE,
    _UNLINKED,
    Claim,
    _actor_of,
    _after_opposite,
    _Context,
    _resolution,
    _Speaker,
)
from workbench.names import load_name_genders, lookup_key, slugify
from workbench.resources import load_table

_PERSON_PRONOUNS = {"he", "she", "his", "her", "him"}
#: "the 46-year-old", "The 63-year-old, a former diplomat": a description by age.
_AGE_DESCRIPTION = re.compile(r"(?i)the \d+[- ]year[- ]old\b")
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _introduced_as(ent: Span, role: str) -> bool:
    """Whether a person mention comes with the role noun ``role`` ("Tobias Renner, an engineer")."""
    root = ent.root
    related = [c for c in root.children if c.dep_ in {"appos", "compound"}]
    if root.dep_ == "appos":
        related.append(root.head)
        # "The chairman of the farmers' association, Peter Moosbrugger": the parser hangs the name on
        # the last noun of the role's "of" phrase; the role is the noun that phrase belongs to
        top = root.head
        while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ == "NOUN":
            top = top.head.head
            related.append(top)
    # ("State Sen. Linda Hoverson" ... "the senator": a title stands for its role, data/title_roles.csv)
    lexicon = load_name_genders()
    return any((t.lemma_ or t.lower_).lower() == role or role in lexicon.roles_of(t.text)
               for r in related for t in r.subtree if t.i < root.i + 12)


_PARTY_LABELS: dict[str, set[str]] | None = None


def party_labels() -> dict[str, set[str]]:
    """Party member noun -> the party labels it stands for ("liberal" -> {"FDP", "NEOS", ...}), read once."""
    global _PARTY_LABELS
    if _PARTY_LABELS is None:
        try:
            rows = load_table("party_members.csv").to_dict("records")
        except Exception:  # noqa: BLE001  (a missing data file leaves the rule idle, as for the other lists)
            rows = []
        _PARTY_LABELS = {}
        for row in rows:
            _PARTY_LABELS.setdefault(str(row["member"]).lower(), set()).add(str(row["label"]))
    return _PARTY_LABELS


def _labelled_with(ent: Span, labels: set[str], *, reach: int = 3) -> bool:
    """Whether a person mention carries one of the party ``labels`` next to it ("Maria Hofer-Gruber (ÖVP)", "CSU member X")."""
    doc = ent.doc
    # (after the name only in brackets; before it only within its own phrase, no punctuation between)
    after = ent.end + 1 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 1].text in labels
    # (or further back across a body the label's member sits in: "the CSU member of the Bundestag X")
    before = doc[max(ent.start - reach - 3, 0):ent.start]
    return after or any(t.text in labels and not any(u.is_punct for u in doc[t.i:ent.start]) and (
        ent.start - t.i <= reach or all(u.pos_ in {"NOUN", "PROPN", "ADP", "DET", "ADJ"} for u in doc[t.i + 1:ent.start]))
        for t in before)


def _named_in_subject(token: Token) -> bool:
    """Whether a name is given inside a subject's apposition ("Her deputy, a bookkeeper named X, ...")."""
    for _ in range(5):
        if token.dep_ in _SUBJECT_DEPS:
            return True
        if token.dep_ not in {"appos", "oprd", "acl"} or token.head.i == token.i:
            return False
        if token.dep_ == "acl" and token.lemma_ not in {"name", "call"}:
            return False  # only "named X" / "called X" give the name of the noun they follow
        if token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.head.dep_ == "prep" \
                and token.doc[token.i + 1:token.i + 2].text == "," \
                and token.head.head.head.i < token.head.i:
            # "Her colleague from Bilohirka, Mayor Vasyl Demchuk, was …": the parser hangs the name
            # on the place it follows; set off by commas, it names the noun the place belongs to
            token = token.head.head
        token = token.head
    return False


def _voice_that_comes(token: Token) -> bool:
    """Whether a name is brought in as the source a reaction comes from: "Criticism comes from the politician X".

    Translated German news introduces its next speaker so ("Kritik kommt von ..."): the person is
    the topic that a following "she" or "the member of the Bundestag" takes up, like a subject.
    Limit: the object of "from" right after a form of "come", or a name in apposition to it.
    """
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lemma_ == "come"


def _subject_after_it(token: Token) -> bool:
    """Whether a name is the real subject after an inverted verb and "it": "Different sees it the politician X".

    Translated German keeps the verb-second order of "Anders sieht es X": the parser makes "it"
    the subject and the person an object, but the person is the clause's topic, whom a following
    "he" or "the Bundestag member" takes up. Limit: "it" right after the verb, the name after it
    in the same clause.
    """
    verb = token.head
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    after = verb.i + 1
    return verb.pos_ in {"VERB", "AUX"} and after < token.i and token.doc[after].lower_ == "it" \
        and token.doc[after].head.i == verb.i and not any(t.pos_ in {"VERB", "AUX"} for t in token.doc[after:token.i])


#: Gendered third-person pronouns: the gender a "he"/"she" speaker must agree with.
_PRONOUN_GENDER = {"she": "f", "her": "f", "hers": "f", "herself": "f",
                   "he": "m", "him": "m", "his": "m", "himself": "m"}


def _gender_index(ctx: _Context) -> dict[str, str]:
    """Actor id -> "f"/"m" where the text itself makes a person's gender clear.

    Limit: read only from the first gendered pronoun (outside quotes) after a person named as a
    subject, when that person is the only one named in this and the previous sentence of the
    paragraph and no gendered pronoun stands before the name there ("Vira Sydorenko runs ...
    Since her ships ..."); conflicting evidence leaves the gender unknown. A given name, surname
    ending or honorific listed in data/ (:class:`workbench.names.NameGenders`) overrides the text.
    """
    doc = ctx.doc
    votes: dict[str, set[str]] = {}
    persons: list[tuple[int, str]] = []  # (token, actor id) of person subjects outside quotes
    for ent in ctx.ents:
        if ctx.in_quote[ent.start] >= 0:
            continue
        actor_id, _, person = _actor_of(ctx, ent)
        root = ent.root
        if person and actor_id and (root.dep_ in _SUBJECT_DEPS or _named_in_subject(root)):
            persons.append((ent.start, actor_id))
    if not persons:
        return {}
    named_anyone = [0] * (len(doc) + 1)  # prefix count of person entities, for "only one named"
    for ent in ctx.ents:
        if ctx.in_quote[ent.start] < 0 and _actor_of(ctx, ent)[2]:
            named_anyone[ent.start + 1] += 1
    for i in range(len(doc)):
        named_anyone[i + 1] += named_anyone[i]
    # only a subject or possessive pronoun can take up the subject before it ("describes him" cannot)
    # (read from the token arrays: building a Token per word made this the claims' costliest pass)
    strings = doc.vocab.strings
    wanted = {strings.add(word) for word in _PRONOUN_GENDER}
    deps = {strings.add(dep) for dep in ("nsubj", "nsubjpass", "poss")}
    rows = doc.to_array([LOWER, DEP]).tolist() if len(doc) else []
    pronouns = [i for i, (lower, dep) in enumerate(rows) if lower in wanted and dep in deps and ctx.in_quote[i] < 0]
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
    found = {actor_id: genders.pop() for actor_id, genders in votes.items() if len(genders) == 1}
    # a name or honorific that makes the gender clear ("Maria ...", "Mrs Wright", "...-ienė")
    # beats what the pronouns around it suggest
    found.update(_name_genders(ctx))
    return found


def _name_genders(ctx: _Context) -> dict[str, str]:
    """Actor id -> "f"/"m" of the persons whose name or title makes the gender clear (data/given_names.csv...)."""
    doc = ctx.doc
    lexicon = load_name_genders()
    found: dict[str, str] = {}
    for ent in ctx.ents:
        actor_id, name, person = _actor_of(ctx, ent)
        if not person or not actor_id or actor_id in found:
            continue
        title = doc[ent.start - 1].text if ent.start > 0 else ""
        gender = lexicon.of(ent.text, title=title) or lexicon.of(name)
        if gender:
            found[actor_id] = gender
    return found


#: Role nouns that say the gender of the one voice they name ("A NATO spokeswoman said").
_GENDERED_NOUNS = {"spokeswoman": "f", "chairwoman": "f", "councilwoman": "f", "businesswoman": "f",
                   "congresswoman": "f", "spokesman": "m", "chairman": "m", "councilman": "m", "businessman": "m",
                   "congressman": "m"}


def _speaker_gender(ctx: _Context, speaker: _Speaker) -> str:
    """Gender of a candidate antecedent: from the text or its name ("" when unclear)."""
    noun = speaker.text.lower().split()[-1] if speaker.text.strip() else ""
    if noun in _GENDERED_NOUNS and speaker.actor_id not in ctx.genders:
        return _GENDERED_NOUNS[noun]  # an anonymous voice: "a spokeswoman" is no "he"
    gender = ctx.genders.get(speaker.actor_id, "")
    if not gender and speaker.actor_id:
        gender = load_name_genders().of(speaker.name)
        if gender:
            ctx.genders[speaker.actor_id] = gender
    return gender


def _protagonist(ctx: _Context) -> str:
    """Actor id of the person named most often outside quotes (the feature's subject), or ``""``."""
    if ctx.protagonist is None:
        counts: dict[str, int] = {}
        for ent in ctx.ents:
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


def _object_of(ctx: _Context, mention: _Speaker, subject: _Speaker) -> bool:
    """Whether ``mention`` is the object of the verb whose subject is ``subject`` ("Wirth accused the chancellor")."""
    doc = ctx.doc
    other = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    own = doc.char_span(subject.start, subject.end, alignment_mode="expand")
    if other is None or own is None or not len(other) or not len(own):
        return False
    root = own.root.head if own.root.dep_ == "appos" else own.root  # "Wirth, the spokesman, accused"
    verb = root.head if root.dep_ in _SUBJECT_DEPS else None
    target = other.root
    return verb is not None and target.dep_ in {"dobj", "pobj"} and (
        target.head.i == verb.i or (target.head.dep_ == "prep" and target.head.head.i == verb.i))


def _reported_subject(ctx: _Context, token: Token) -> bool:
    """Whether a subject belongs to a clause someone else reports ("X noted that Putin had demanded ...").

    A later "he" refers to the reporter X, not to the person inside what X said. Limit: the
    clause must hang (as a complement) on a reporting verb that has its own subject.
    """
    verb = token.head
    if verb.dep_ == "csubj" and verb.head.pos_ == "AUX" and verb.head.dep_ in {"ccomp", "xcomp"}:
        # "acknowledged, that the minister personally to Moscow travelled is": German verb-final word
        # order leaves the participle as the subject of the auxiliary the parser hangs on the cue
        verb = verb.head
    # ("Wöhrl reminded thereof that Vladimir Putin ... demands, ...": the parser may read the clause's verb as
    # the cue's object or adverbial; its own "that" still marks it reported)
    marked = any(c.dep_ == "mark" and c.lower_ == "that" and c.i < token.i for c in verb.children)
    if token.dep_ not in _SUBJECT_DEPS or (verb.dep_ not in {"ccomp", "xcomp"} and not (
            marked and (verb.dep_ in {"dobj", "advcl"} or (verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "dobj")))):
        return False
    # ("Estabrook reminded the room that Putin demanded ...": a that-clause hung on the cue's object)
    outer = verb.head.head if verb.dep_ in {"relcl", "acl"} else verb.head
    if verb.i < outer.i and any(t.text == ":" for t in ctx.doc[verb.i:outer.i]):
        return False  # "Ehlerding contradicted: he considered ...": a colon opens the next clause, no report
    return outer.i in ctx.cue_entries and any(c.dep_ in _SUBJECT_DEPS for c in outer.children) \
        and ctx.in_quote[token.i] < 0


def _named_in_a_noun_phrase(ctx: _Context, mention: _Speaker) -> bool:
    """Whether a person is named inside a noun phrase ("the summit of Biden and Putin"), not as an object.

    Such a person is a topic of the sentence, not someone it turns to, and takes no "he" from the
    subject named before.
    """
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.head.pos_ in {"NOUN", "PROPN"}


def _sentence_at(ctx: _Context, char: int) -> int:
    """Sentence index of the token at character offset ``char``."""
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return ctx.sent_of[span.start] if span is not None and len(span) else -1


#: Verbs that link a fronted German predicative to the subject after them ("Calmer is the economist X").
_LINKING_VERBS = frozenset({"be", "become", "sound", "seem", "appear", "remain", "stay"})


def _lone_word_no_name(ctx: _Context, ent: Span, actor_id: str) -> bool:
    """Whether a one-word person entity is no one's name but a place, a body or a word of the text.

    "She criticised ..." after "Münster for Ukraine" or "Calmer is the energy economist X": the model tags a
    place or a sentence's first word a person. Limit: the word is its entity's own slug (a surname the text
    gave in full resolves to that person), no given name of data/given_names.csv, and the text also uses it
    in an entity of another kind ("Münster for Ukraine"), after "in"/"at"/"near"/"the" ("in Altona", "the Euro"),
    lower-case, or the tagger read it as an adjective; or the entity itself stands after an amount ("1,500
    Euro"), as a dateline ("Kleinwaldau. ..."), or as a fronted predicative before a linking verb and a full
    name ("Calmer is the economist X"); a surname named alone ("Koval said") stays a person.
    """
    if len(ent) != 1 or ent.label_ != "PERSON" or not actor_id or "_" in actor_id or actor_id != slugify(ent.text):
        return False
    if load_name_genders().given.get(lookup_key(ent.text)):
        return False
    word = ent[0]
    doc = ctx.doc
    # ("Calmer is the energy economist X", "Clearer became X": German puts a predicative adjective first)
    # (the person is the full name after the linking verb)
    inverted = word.i == word.sent.start and word.i + 2 < len(doc) \
        and (doc[word.i + 1].lemma_ or doc[word.i + 1].lower_).lower() in _LINKING_VERBS \
        and any(e.label_ == "PERSON" and len(e) >= 2 and e.start > word.i for e in ctx.ents_within(word.sent))
    # ("1,500 Euro": a currency after an amount; "Kleinwaldau. ...": a dateline opening the text or a paragraph)
    unit = word.i > 0 and doc[word.i - 1].like_num
    dateline = (word.i == 0 or "\n" in doc[word.i - 1].text_with_ws) and word.i + 1 < len(doc) \
        and doc[word.i + 1].text in {".", ",", "–", "-"}
    if inverted or unit or dateline:
        return True
    # ("in Kleinwaldau", "the euro": a place named as a location elsewhere, or a common noun, is no person)
    return word.tag_ in {"JJ", "JJR", "JJS", "RB", "RBR"} or any(
        t.lower_ == word.lower_ and (t.is_lower or ctx.ent_of[t.i] is not None and ctx.ent_of[t.i].label_ != "PERSON"
                                     or t.i > 0 and doc[t.i - 1].lower_ in {"in", "at", "near", "the"})
        for t in doc if t.i != word.i)


def _interviewed(root: Token) -> bool:
    """Whether a person is the one a reporter speaks to: "Femi has been speaking to Mykola Savchuk. “…,” he told us".

    Why: in a live page the reporter who speaks to someone is the sentence's subject, but the quote after it is the
    interviewee's. Limit: the object of "to"/"with" after speak, talk or chat, of "caught up with", or of interview.
    """
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"to", "with"}:
        verb = head.head
        lemma = (verb.lemma_ or verb.lower_).lower()
        return lemma in {"speak", "talk", "chat"} or (lemma == "catch" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))
    return root.dep_ == "dobj" and (head.lemma_ or head.lower_).lower() == "interview"


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
    # "Alexander Lukashenko, he said, had traded ...": the subject of the clause a parenthetical
    # "he said" interrupts is what he said about, never the "he" itself
    interrupted = set()
    if before < len(doc) and doc[before].dep_ in _SUBJECT_DEPS and doc[before].head.dep_ == "parataxis":
        interrupted = {c.i for c in doc[before].head.head.children if c.dep_ in _SUBJECT_DEPS and c.i < before}
    subjects: list[tuple[int, _Speaker]] = []
    others: list[tuple[int, _Speaker]] = []
    introduced: list[tuple[int, _Speaker]] = []
    # "the ÖVP politician": a party named in the description picks the person introduced with it
    labels = {c.text for c in doc[before].children if c.dep_ == "compound" and ctx.ent_of[c.i] is not None
              and ctx.ent_of[c.i].label_ == "ORG"} if role and before < len(doc) else set()
    if role and before < len(doc) and doc[before].is_title and (doc[before].lemma_ or doc[before].lower_).lower() == role:
        # "the Green" after "The Green Ulrike Sommerfeld" or "Katrin Hoyer (Greens)": the party word is the label
        labels |= {doc[before].text, f"{doc[before].text}s"}
    if role:
        # "the liberal" after "Simone Wicki (FDP)", "the Social Democrat" after "Petra Lindscheid (SPD)": a party
        # member's noun stands for the party's labels (data/party_members.csv)
        labels |= party_labels().get(role, set())
    far: _Speaker | None = None  # a person introduced with the role further back than the reach
    bare_far: list[_Speaker] = []  # persons introduced with a bare role ("the mayor") further back than the reach
    # (only for a description with modifiers that the introduction repeats: "the district administrator"
    # after "District administrator X", not "the association chief" after "Kremlin chief X")
    modifiers = {c.lower_ for c in doc[before].children if c.dep_ in {"compound", "amod"}} \
        if role and before < len(doc) else set()
    # ("The decision of the headmistress be „the only reasonable“, she said": a person named in what a trailing
    # "she said" reports is not who says it)
    trailing = before < len(doc) and before > 0 and doc[before - 1].text == "," and doc[before].lower_ in _PERSON_PRONOUNS \
        and doc[before].head.i == before + 1 and doc[before].dep_ == "nsubj"
    for ent in ctx.ents:
        if ent.end > before:
            break
        if ctx.in_quote[ent.start] >= 0:
            continue
        if trailing and ctx.sent_of[ent.start] == ctx.sent_of[before] and _resolution(ent) in _DESCRIPTIVE:
            continue
        if ctx.sent_of[ent.start] < sent_limit - (7 if role else 0):
            # a role description may reach further back than a pronoun; the person the text introduced
            # with the role is found however far back ("District administrator X ... The district administrator")
            # (so is the person introduced with the party a description names: "Korbinian Stöckl (CSU)
            # ... the CSU politician", however many sentences lie between)
            if ent.label_ == "PERSON" and ((modifiers and _introduced_as(ent, role) and modifiers <= {
                    t.lower_ for t in doc[max(ent.sent.start, ent.start - 6):min(ent.end + 12, ent.sent.end)]})
                    or (labels and _labelled_with(ent, labels))):
                actor_id, name, person = _actor_of(ctx, ent)
                if person and actor_id:
                    far = _Speaker(ent.text, actor_id, name, ent.start_char, ent.end_char, True)
            elif ent.label_ == "PERSON" and not modifiers and not labels and _introduced_as(ent, role):
                # ("Agnieszka Pawlak-Nowicka, the mayor of this town" ... many paragraphs ... "The mayor
                # rejected": a bare role finds the one person the text introduced with it, however far back)
                actor_id, name, person = _actor_of(ctx, ent)
                if person and actor_id:
                    bare_far.append(_Speaker(ent.text, actor_id, name, ent.start_char, ent.end_char, True))
            continue
        actor_id, name, person = _actor_of(ctx, ent)
        if _lone_word_no_name(ctx, ent, actor_id):
            continue  # ("Münster", "Calmer", "Euro" tagged a person: one word the text never names anyone with)
        if ent.root.i in interrupted or ent.root.i in ctx.told or _after_opposite(ent):
            continue  # (an outlet or person a claim was told to is no later speaker: "said the Abendkurier")
        described = ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the" and len(ent) == 1)
        if not person or (described and _resolution(ent) in _UNLINKED):
            continue  # "The Finn" unresolved is a description of someone named before, not a name
        named = next((e for e in ctx.ents_within(ent.sent) if e.label_ == "PERSON" and ent.end < e.start
                      and doc[e.start - 1].text == "," and not any(
                          t.pos_ in {"VERB", "AUX"} or t.is_punct and t.text != "," for t in doc[ent.end:e.start])), None) \
            if ent.label_ == "PERSON" and (ent[-1].lemma_ or ent[-1].lower_).lower() in ctx.cues.roles else None
        if named is not None:
            # "The Vorarlberg State Councillor for Transport, Reinhilde Mätzler", "The mayor of Lindenau, Dirk
            # Sommerfeld": a role the model read as a name, or resolved to someone else, stands for the name
            # in apposition
            actor_id, name, person = _actor_of(ctx, named)
        # a sentence subject is the usual antecedent of a following "he"/"the diplomat"
        root = ent.root
        if root.dep_ == "compound" and root.head.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.i < root.i for c in root.head.children):
            continue  # "the Scholz government", "the Putin regime": a name used as a modifier is no referent
        is_subject = (root.dep_ in _SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in _SUBJECT_DEPS)
                      or _named_in_subject(root) or _voice_that_comes(root) or _subject_after_it(root)
                      or _interviewed(root)) and not _reported_subject(ctx, root)
        spoken = ctx.spoken.get(ent.start_char) if described else None
        if spoken is not None and spoken.person:
            # "The official said ... he added": the description as its claim resolved it (an
            # anonymous voice), not the actor component's guess at a named person
            actor_id, name = spoken.actor_id, spoken.name
        candidate = _Speaker(ent.text, actor_id, name, ent.start_char, ent.end_char, True)
        if role and (_introduced_as(ent, role) or (labels and _labelled_with(ent, labels))):
            # "the engineer" refers back to the person introduced as an engineer, not the latest one
            introduced.append((ent.start_char, candidate))
        (subjects if is_subject else others).append((ent.start_char, candidate))
    if introduced:
        return introduced[-1][1]
    if far is not None:
        return far
    if bare_far and len({speaker.actor_id for speaker in bare_far}) == 1 and doc[before].dep_ in _SUBJECT_DEPS \
            and doc[before].head.i > before:
        # (only a description that opens its clause; an inverted "„…“, so the teacher" after a quote is the
        # person just named)
        return bare_far[-1]
    if not role:
        from workbench.claims.speakers import (
            voice_mentions,  # (speakers imports this module)
        )

        for token_i, voice, is_subject in voice_mentions(ctx):
            if token_i < before and ctx.sent_of[token_i] >= sent_limit:
                # an unnamed official is a person a "he"/"she" can refer to, claimant or not
                candidate = _Speaker(ctx.doc[token_i].text, voice.actor_id, voice.name, ctx.doc[token_i].idx,
                                     ctx.doc[token_i].idx + len(ctx.doc[token_i].text), True)
                (subjects if is_subject else others).append((candidate.start, candidate))
        subjects.sort(key=lambda pair: pair[0])
        others.sort(key=lambda pair: pair[0])
    last_token = doc.char_span(last.start, last.end, alignment_mode="expand") if last is not None else None
    if last is not None and last.person and last.actor_id and last.end <= doc[before].idx and not (
            last_token is not None and len(last_token) and _reported_subject(ctx, last_token.root)):
        # the previous claimant is a subject too, and may be a name NER did not mark at all
        subjects.append((last.start, last))
        subjects.sort(key=lambda pair: pair[0])
    if gender:
        # "she" never refers to a man the text has called "he" (and vice versa)
        subjects = [c for c in subjects if _speaker_gender(ctx, c[1]) in {"", gender}]
        others = [c for c in others if _speaker_gender(ctx, c[1]) in {"", gender}]
        best = (subjects or others or [(0, None)])[-1][1]
        protagonist = _protagonist(ctx)
        # a person of unknown gender named in passing, in a paragraph whose "she" is already someone
        # else, does not take over that "she" from the protagonist; nor does a person named inside a
        # noun phrase ("Switzerland have with the summit of Biden and Putin shown ... », he said")
        in_passing = best is not None and best.actor_id not in ctx.genders and ctx.genders.get(protagonist) == gender \
            and _after_pronoun(ctx, best, gender)
        in_a_phrase = best is not None and not subjects and protagonist and best.actor_id != protagonist \
            and ctx.genders.get(protagonist, gender) == gender and _named_in_a_noun_phrase(ctx, best)
        if in_passing or in_a_phrase:
            if reach < 8:
                wider = _antecedent(ctx, before, last=last, reach=8, gender=gender)
                if wider is not None and wider.actor_id == protagonist:
                    return wider
            else:
                match = [c for c in subjects + others if c[1].actor_id == protagonist]
                if match:
                    return max(match, key=lambda pair: pair[0])[1]
        if best is not None and protagonist and best.actor_id != protagonist \
                and _speaker_gender(ctx, best) == gender == ctx.genders.get(protagonist):
            # "The OSCE, which still employs Dragomir, declined ... she says": the feature's
            # protagonist, named after the other person of that gender, keeps the pronoun
            match = [c for c in subjects + others if c[1].actor_id == protagonist]
            best_at = max(c[0] for c in subjects + others if c[1] is best)
            # (not when the protagonist is only the object of the other's own verb: "Wirth accused
            # the chancellor of ... The Scholz government, he argued, ..." is Wirth speaking)
            match = [c for c in match if not _object_of(ctx, c[1], best)]
            if match and max(c[0] for c in match) > best_at:
                return max(match, key=lambda pair: pair[0])[1]
    if subjects and others and gender and not role:
        # "We asked Ioana Munteanu ... what to make of it. She told us": a person named in the
        # sentence just before, after the last subject's sentence, is the nearer topic
        subject_sent = _sentence_at(ctx, subjects[-1][0])
        other_sent = _sentence_at(ctx, others[-1][0])
        pronoun_sent = ctx.sent_of[before] if before < len(doc) else len(ctx.doc)
        if subject_sent < other_sent and pronoun_sent - other_sent == 1 \
                and _speaker_gender(ctx, others[-1][1]) == gender and not _named_in_a_noun_phrase(ctx, others[-1][1]):
            return others[-1][1]
        # the same holds for a person named in the pronoun's own paragraph when the subject is a
        # paragraph further back ("In Kyiv, Yuliia Marchenko, an adviser, warned ... "…," she said")
        paragraph = ctx.paragraph_of
        if paragraph and before < len(doc):
            other_tok = doc.char_span(others[-1][0], others[-1][0] + 1, alignment_mode="expand")
            subject_tok = doc.char_span(subjects[-1][0], subjects[-1][0] + 1, alignment_mode="expand")
            if other_tok is not None and subject_tok is not None \
                    and paragraph[subject_tok.start] < paragraph[other_tok.start] == paragraph[before] \
                    and _speaker_gender(ctx, others[-1][1]) == gender and _speaker_gender(ctx, subjects[-1][1]) != gender \
                    and not _named_in_a_noun_phrase(ctx, others[-1][1]):
                return others[-1][1]
    paragraph = ctx.paragraph_of
    if subjects and others and paragraph and before < len(doc) and not _named_in_a_noun_phrase(ctx, others[-1][1]):
        # "… where he Kremlin chief Vladimir Putin meets. ¶ The CSU politician X made clear …, said
        # the 55-year-old": a person named in the reference's own paragraph, after the last subject,
        # beats a subject of an earlier paragraph (the parser may have missed the new one's subject)
        other_tok = doc.char_span(others[-1][0], others[-1][0] + 1, alignment_mode="expand")
        subject_tok = doc.char_span(subjects[-1][0], subjects[-1][0] + 1, alignment_mode="expand")
        if other_tok is not None and subject_tok is not None and other_tok.start > subject_tok.start \
                and paragraph[subject_tok.start] < paragraph[other_tok.start] == paragraph[before]:
            return others[-1][1]
    if subjects:
        return subjects[-1][1]
    if others:
        return others[-1][1]
    if reach < 8 and not role:
        # a feature keeps "she" for its protagonist over several sentences: look further back
        return _antecedent(ctx, before, last=last, reach=8, gender=gender)
    return None


#: Counting words of a group of persons ("Two officials", "Both experts", "the three mediators").
_GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


#: Words that say a counted group stays unnamed ("Two sources familiar with the matter").
_UNNAMED_GROUP = ("familiar with", "not to be named", "anonymity", "not authorised", "not authorized", "briefed on")


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
    phrase = doc[head.left_edge.i:head.right_edge.i + 1].text.lower()
    if not definite and (lemma == "source" or any(word in phrase for word in _UNNAMED_GROUP)):
        return []  # "Two sources familiar with the matter said": a group that stays unnamed
    sentence = ctx.sent_of[head.i]
    ents = [e for e in ctx.ents if ctx.in_quote[e.start] < 0 and abs(ctx.sent_of[e.start] - sentence) <= reach
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


def pronoun_outside_content(ctx: _Context, claims: list[Claim]) -> list[Claim]:
    """Re-resolve a trailing "he"/"she" that took a person named inside the claim's own content.

    "Should the land route be blocked, would Rostock and Kiel the main burden carry, she said": a
    name inside what was said is what the speaker talks about (here a city the model tagged as a
    person), never the "she" who says it. Limit: only a pronoun speaker after the content, whose
    actor is named inside the content by a one-word name and nowhere in the three sentences before
    it; the antecedent is then looked up before the content, with the pronoun's gender.
    """
    doc = ctx.doc
    resolved: list[Claim] = []
    for claim in claims:
        pronoun = claim.speaker_text.lower()
        if pronoun not in {"he", "she"} or not claim.speaker_id or claim.speaker_start < claim.content_end:
            resolved.append(claim)
            continue
        first = doc.char_span(claim.content_start, claim.content_end, alignment_mode="expand")
        # (only a one-word "person": a full name inside the content may open it, "X went further: ...")
        inside = [e for e in ctx.ents if claim.content_start <= e.start_char < claim.content_end
                  and _actor_of(ctx, e)[0] == claim.speaker_id]
        if any(len(e) > 1 for e in inside):
            resolved.append(claim)
            continue
        if first is None or not inside or any(
                _actor_of(ctx, e)[0] == claim.speaker_id and e.end_char <= claim.content_start
                and ctx.sent_of[e.start] >= ctx.sent_of[first.start] - 3 for e in ctx.ents):
            resolved.append(claim)
            continue
        antecedent = _antecedent(ctx, first.start, last=None, gender=_PRONOUN_GENDER[pronoun])
        if antecedent is None or not antecedent.actor_id or antecedent.actor_id == claim.speaker_id:
            resolved.append(claim)
            continue
        resolved.append(claim._replace(speaker_id=antecedent.actor_id, speaker_name=antecedent.name))
    return resolved
