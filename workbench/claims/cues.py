"""Reporting cues: loading ``data/cues.csv`` into precomputed lookups, and matching a verb cue.

The reporting cues are data (``data/cues.csv``): ``pos`` is ``VERB`` (a reporting verb, with an
optional particle: "call for", or a "to"-infinitive: "give to consider"), ``NOUN`` (a nominal cue: "warning", "complaint"), ``SOURCE`` (a
source attribution: "according to"; "loud" and "so", machine translations of German "laut X"
and "„…“, so X"; "view"/"opinion" in "In his view, ...") or
``ROLE`` (a person role noun: "the senior diplomat" is resolved to an earlier person) or
``OFFICIAL`` (a role noun whose anonymous holder speaks for an institution: "an EU official"
is a claim of the EU, and a later "the official" refers back to that anonymous speaker) or
``REFUSAL`` (a verb that withholds the reporting verb it governs: "declined to say more") or
``HOST`` (a role written after a transcript label, "ALICIA BRENNAN, HOST:", that marks a journalist
whose lines are questions and links, not claims) or ``REFLEXIVE`` (a machine-translated German reflexive
separable cue, "speak for ... out": "Trimmel spoke himself for a lowering of the taxes out").
``complement`` says whether a verb needs a clause or quote (``clause``; a noun then reports no
topic phrase: "her forecast for the quarter"), also takes a plain
object (``any``), needs a finite ``that``-clause (``finite``), or makes a request whose
``whether``/``why`` complement is a question, not a claim (``request``: "ask"), or takes an object
and a particle with an adjective after it (``predicative``: "holds X for unlikely"), or is a phrasal
cue whose addressee object may stand between the verb and the particle (``object_then_particle``:
machine-translated German "warnte die Regierung vor X", "warned the government before X"), or takes any
complement but only of a named speaker or pronoun (``named``: "Moscow speaks of X", not "people
speak of X"), or reports only a quote it follows or introduces (``quote``: translated German
"«…», meant Zauner", not "this means that" or "what he meant"), or reports only in the impersonal
passive (``impersonal``: German "hieß es" rendered "From X it was called, ..."), or takes any complement
but only in the active voice, and no infinitive in the passive (``active``: "He expects fares to rise",
not "ships were expected to pass" nor "expect the tariffs to be discussed"); ``addressee``
lists where its addressee stands (``object``, or prepositions).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc, Token

from workbench.resources import DataFileError, data_dir, load_table

CUES_FILE = "cues.csv"


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
    active_only: bool = False  # (``active`` in data/cues.csv: ``any``, but only in the active voice)

    @property
    def keeps_object(self) -> bool:
        """Whether the object and the particle together are the content ("regard X as Y", "holds X for unlikely")."""
        return self.particle == "as" or self.complement == "predicative"

    @property
    def particle(self) -> str:
        """The second word of a phrasal cue ("call for" -> "for"), else ``""``."""
        parts = self.cue.split()
        return parts[-1] if len(parts) > 1 else ""

    @property
    def infinitive(self) -> bool:
        """Whether the second word is a "to"-infinitive of the verb ("give to consider", German "zu bedenken geben")."""
        parts = self.cue.split()
        return len(parts) == 3 and parts[1] == "to"


@dataclass
class CueLexicon:
    """Cue lookups precomputed as dicts and sets, so matching is one pass over the tokens."""

    verbs: dict[str, list[CueEntry]] = field(default_factory=dict)
    nouns: dict[str, CueEntry] = field(default_factory=dict)
    # nominal cues that report only what follows a colon ("Her answer: …"); kept apart, so that the rules
    # reading nouns as cues elsewhere ("demanded an honest answer to the question") do not see them
    colon_nouns: dict[str, CueEntry] = field(default_factory=dict)
    sources: dict[str, CueEntry] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)
    officials: set[str] = field(default_factory=set)
    refusals: set[str] = field(default_factory=set)
    stances: set[str] = field(default_factory=set)  # belief verbs that report a view also when negated
    hosts: set[str] = field(default_factory=set)  # transcript label roles of the journalists ("HOST", "BYLINE")
    views: dict[str, CueEntry] = field(default_factory=dict)  # verbs of judgement ("sees X critically")
    # German reflexive separable cues ("sprach sich für X aus": "spoke himself for X out"), by verb lemma
    reflexives: dict[str, list[CueEntry]] = field(default_factory=dict)
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
            complement = str(row.get("complement", "") or "any").strip()
            entry = CueEntry(
                cue=cue, pos=pos, claim_type=str(row["claim_type"]).strip(), cameo=str(row["cameo"]).strip(),
                plover=str(row["plover"]).strip(), complement="any" if complement == "active" else complement,
                addressee=tuple(a for a in str(row.get("addressee", "")).split(";") if a.strip()),
                active_only=complement == "active",
            )
            if pos == "VERB":
                lexicon.verbs.setdefault(cue.split()[0], []).append(entry)
            elif pos == "NOUN" and entry.complement == "colon":
                lexicon.colon_nouns[cue] = entry
            elif pos == "NOUN":
                lexicon.nouns[cue] = entry
            elif pos == "SOURCE":
                lexicon.sources[cue] = entry
            elif pos == "ROLE":
                lexicon.roles.add(cue)
            elif pos == "OFFICIAL":
                lexicon.roles.add(cue)
                lexicon.officials.add(cue)
            elif pos == "REFUSAL":
                lexicon.refusals.add(cue)
            elif pos == "STANCE":
                lexicon.stances.add(cue)
            elif pos == "HOST":
                lexicon.hosts.add(cue)
            elif pos == "VIEW":
                lexicon.views[cue] = entry
            elif pos == "REFLEXIVE":
                lexicon.reflexives.setdefault(cue.split()[0], []).append(entry)
            else:
                raise DataFileError(
                    f"{origin}, row {row_number}: pos {pos!r} for cue {cue!r} is not one of VERB, NOUN, SOURCE, ROLE, "
                    "OFFICIAL, REFUSAL, STANCE, HOST, VIEW, REFLEXIVE; "
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


#: Past-tense endings and the letters they replace, to find the verb of a past form tagged as a noun.
_PAST_ENDINGS = (("ied", "y"), ("ed", "e"), ("ed", ""), ("d", ""))


#: Irregular past forms of reporting verbs the tagger may read as a noun ("The 52-year-old spoke of ...").
_IRREGULAR_PASTS = {"spoke": "speak", "wrote": "write", "meant": "mean", "gave": "give"}


def _present_read_as_plural(token: Token, lemma: str) -> bool:
    """Whether a cue's present form was tagged a plural noun: "Kiev demands from Berlin ...", "... and demands from X".

    Limit: the form is the lemma + "s", an adverb, "from", "that", a comma or a short adverbial phrase before "from"
    follows, and a bare name
    (a place, body or person opening the sentence, after "The" at most, not a possessive; "in turn" may
    follow it) or "and" after a verb stands right before it; "the demands from Moscow" and "Kiev's
    demands" stay nouns.
    """
    doc = token.doc
    if token.tag_ != "NNS" or token.lower_ != lemma + "s" or token.i == 0 or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    # (or an adverbial phrase: "Kiev demands on the other hand from the West ...", "Moscow demands for its part from")
    if not (after.lower_ in {"from", "that", ","} or after.pos_ == "ADV" or after.pos_ == "ADP" and any(
            t.lower_ == "from" for t in doc[after.i + 1:min(len(doc), after.i + 6)])):
        return False
    before = doc[token.i - 1]
    if before.lower_ == "and" and token.dep_ == "conj" and token.head.pos_ == "VERB" and token.head.i < token.i \
            and token.head.dep_ == "ROOT":
        return True  # "Kiev sees itself threatened and demands from the West ...": a second verb of the subject
    if token.i >= 3 and before.lower_ == "turn" and doc[token.i - 2].lower_ == "in":
        before = doc[token.i - 3]  # "Kiev in turn demands from the West ...": an adverbial between name and verb
    if before.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON"}:
        return False
    start = before.i
    while start > 0 and doc[start - 1].ent_type_ == before.ent_type_ and doc[start].ent_iob_ == "I":
        start -= 1
    return start == token.sent.start or (start == token.sent.start + 1 and doc[start - 1].lower_ == "the")


def joint_subject_of_noun_root(token: Token) -> Token | None:
    """The first of two coordinated names the parser hung on a plural cue it read as the root noun, else ``None``.

    "Ohlendorf and Brämer demand from the Land a bridging aid": with a coordinated subject and no
    object right after it, the tagger reads "demand" as a singular noun and the names as its
    modifiers (``nmod``/``compound``). Limit: the token is the sentence root, tagged ``NN``; a name
    (a proper noun in an entity) before it carries a conjunct name and opens the sentence (after
    "The" at most), with no verb, comma or quote mark before the token (a bracketed short name may
    stand there); "from", an adverb or an article follows the token.
    """
    doc = token.doc
    if token.dep_ != "ROOT" or token.tag_ != "NN" or token.i + 1 >= len(doc):
        return None
    after = doc[token.i + 1]
    if not (after.lower_ == "from" or after.pos_ in {"ADV", "DET"}):
        return None
    start = token.sent.start
    for child in token.lefts:
        if child.dep_ in {"nmod", "compound", "nsubj"} and child.pos_ == "PROPN" and child.ent_type_ \
                and any(c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ for c in child.children) \
                and (child.left_edge.i == start or child.left_edge.i == start + 1 and doc[start].lower_ == "the") \
                and not any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":"} or t.is_quote
                            for t in doc[start:token.i]):
            return child
    return None


def _verbless_root_entries(token: Token, cues: CueLexicon) -> list[CueEntry]:
    """The verb cue entries of a past form the tagger read as the root noun of a verbless sentence, else ``[]``.

    "The 49-year-old conceded, though, that ...": the parser reads the age description as the
    modifiers of a noun "conceded" and finds no verb. Limit: only a sentence root ending in "-ed"
    (or an irregular past such as "spoke") with a determiner before it and a clause, particle or
    comma after it; "said" and "told" are left alone (the tagger reads those as verbs). An irregular past
    the parser made the subject or an apposition, with a person's name as its compound before it and a
    comma after it, is a cue too ("The FDP-man Carsten Wöhler meant, new sanctions hit ...").
    """
    lower = token.lower_
    doc = token.doc
    if token.dep_ in {"nsubj", "appos"} and token.tag_ == "NN" and lower in _IRREGULAR_PASTS and 0 < token.i < len(doc) - 2 \
            and doc[token.i + 1].text == "," and doc[token.i - 1].ent_type_ == "PERSON" and doc[token.i - 1].head.i == token.i:
        # ("Seidel meant, with such sentences one can ... speak": the parser reads the name and the past
        # form as the subject of the reported clause's verb; the name is a compound of "meant")
        return past_form_entries(lower, cues)
    if token.tag_ == "NN" and lower in _CLOSING_PASTS and _closes_aged_attribution(token):
        # ("„…“, the 24-year-old told.": German "erzählte"; the tagger reads the age and the verb as one noun phrase)
        return cues.verbs.get(_CLOSING_PASTS[lower], [])
    if token.dep_ != "ROOT" or token.tag_ != "NN" or not (lower.endswith("ed") or lower in _IRREGULAR_PASTS):
        return []
    # why: an English sentence needs a finite verb; a noun root with "the" before it is the misread subject's verb
    if not any(c.dep_ == "det" and c.i < token.i for c in token.children):
        return []
    if not any(c.i > token.i and (c.dep_ in {"ccomp", "prep", "prt", "xcomp"} or c.text == ",")
               for c in token.children):
        return []
    return past_form_entries(lower, cues)


#: Past forms that close a quote's attribution after an age ("„…“, the 24-year-old told."), with their verb.
_CLOSING_PASTS = {"told": "tell", "said": "say", **_IRREGULAR_PASTS}


def _closes_aged_attribution(token: Token) -> bool:
    """Whether ``token`` ends its sentence right after "the N-year-old", which a closing quote and a comma precede.

    Limit: "„…“, the 24-year-old told." only: the verb is followed by the sentence's full stop, the
    age description stands right before it, and the quote's closing mark and a comma right before that.
    """
    doc = token.doc
    i = token.i
    if i + 1 >= len(doc) or doc[i + 1].text not in {".", "!"} or i < 7:
        return False
    if not (doc[i - 1].lower_ == "old" and doc[i - 2].text == "-" and doc[i - 3].lower_ == "year"
            and doc[i - 4].text == "-" and doc[i - 5].like_num):
        return False
    start = i - 6 if doc[i - 6].lower_ == "the" else i - 5
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].is_quote


def past_form_entries(word: str, cues: CueLexicon) -> list[CueEntry]:
    """The verb cue entries of a lowercase past form: an irregular one ("spoke", "meant") or the first
    regular ending of :data:`_PAST_ENDINGS` whose stem is a cue ("conceded" -> concede), else ``[]``."""
    if word in _IRREGULAR_PASTS:
        return cues.verbs.get(_IRREGULAR_PASTS[word], [])
    for ending, replacement in _PAST_ENDINGS:
        if word.endswith(ending) and (entries := cues.verbs.get(word[:-len(ending)] + replacement)):
            return entries
    return []


#: Speech verbs that take no object in English: a noun after them is German word order's subject.
_INTRANSITIVE_SPEECH = frozenset({"speak", "talk"})
#: Speech verbs and particles that make them another verb ("called off": cancelled; but translated German
#: "rejects ... off", "weist ... zurück", is still a rejection).
_OTHER_PHRASAL_VERBS = frozenset({("call", "off")})


#: English past forms of reporting verbs that no suffix rule undoes (for a past form the tagger took for an auxiliary).
_IRREGULAR_PAST = {"said": "say", "told": "tell"}


def set_in_commas(cue: Token) -> bool:
    """Whether a cue stands between commas with a name, "he"/"she" or "the ..." after it, inside its sentence
    ("The EU must, meant the 59-year-old, more with Moscow speak": German "meinte X" set in commas).

    Limit: a word before the first comma in the sentence; a proper noun, "he", "she" or "the" right after the
    cue; the closing comma within six tokens, before the last token of the sentence.
    """
    doc = cue.doc
    sent = cue.sent
    if cue.i - 2 < sent.start or doc[cue.i - 1].text != "," or cue.i + 2 >= sent.end:
        return False
    first = doc[cue.i + 1]
    if not (first.pos_ == "PROPN" or first.lower_ in {"he", "she", "the"}):
        return False
    return any(doc[j].text == "," for j in range(cue.i + 2, min(sent.end - 1, cue.i + 7)))


def _match_verb_cue(token: Token, cues: CueLexicon) -> CueEntry | None:
    """The cue entry of a reporting verb, or ``None``; a phrasal cue needs its particle as a child."""
    lemma = (token.lemma_ or token.lower_).lower()
    entries = cues.verbs.get(lemma)
    if not entries and token.pos_ == "AUX" and token.tag_ in {"VBD", "VBN"} and lemma == token.lower_:
        # ("Reached by phone in Kharkiv, Aditya Kulkarni, 22, said most ...": the tagger may take a past form for a
        # passive's auxiliary and leave it unlemmatized; the verb's own lemma finds the cue)
        lemma = next((form for form in (_IRREGULAR_PAST.get(lemma), lemma[:-2], lemma[:-1])
                      if form and lemma.endswith(("ed", "id", "ld")) and form in cues.verbs), lemma)
        entries = cues.verbs.get(lemma)
    if token.dep_ == "amod" and token.tag_ == "VBN" and token.head.i == token.i + 1 and token.i > 0 \
            and token.doc[token.i - 1].pos_ == "DET":
        return None  # "sees a calculated escalation": a participle between article and noun is an adjective
    if entries and token.pos_ == "NOUN" and _present_read_as_plural(token, lemma):
        pass  # "Kiev demands from Berlin defensive weapons": the tagger read the verb as a plural noun
    elif entries and token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_ == lemma and token.dep_ == "ROOT" \
            and any(c.dep_ == "nsubj" and c.i < token.i and c.pos_ == "PROPN" for c in token.children) \
            and any(c.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                    for c in token.children):
        pass  # "Paris and Berlin urge to continue talking": a plural subject's verb read as a noun root
    elif entries and token.pos_ == "NOUN" and token.lower_ == lemma and joint_subject_of_noun_root(token) is not None:
        pass  # "Ohlendorf and Brämer demand from the Land ...": the names read as the noun's modifiers
    elif not entries and token.pos_ == "NOUN":
        # "The 49-year-old conceded, though, that ...": a past form the tagger read as a verbless sentence's noun
        entries = _verbless_root_entries(token, cues)
        if not entries:
            return None
    elif not entries and token.pos_ == "VERB":
        # "let know on request, that ...": the parser makes the verb of a verb-particle cue an
        # auxiliary of its particle, which then heads the clause
        return next((e for c in token.children if c.dep_ == "aux" and c.i == token.i - 1
                     for e in cues.verbs.get(c.lemma_.lower(), []) if e.particle == token.lower_), None)
    elif not entries or token.pos_ not in {"VERB", "AUX", ""}:
        return None
    for entry in entries:
        if entry.complement == "impersonal":
            continue  # ("it was called, ...": read only by the impersonal rule, never as a verb of its own)
        if not entry.particle and any(c.dep_ == "prt" and (lemma, c.lower_) in _OTHER_PHRASAL_VERBS for c in token.children):
            continue  # "has a sailing club its regatta called off": the particle makes another verb (cancel)
        if entry.complement == "colon" and not _introduces_quote(token):
            continue  # "put it", "went further": report only what follows a colon as a quote
        if entry.complement == "quote" and not (_introduces_quote(token) or _follows_quote(token)
                                                 or _opens_reported_clause(token) or _closes_reported_clause(token)
                                                 or set_in_commas(token)):
            continue  # "it means a veto", "what he meant": report only a quote right before or after
        if entry.complement == "fronted":
            # "had on the agreements referred": a row for German "auf" rendered "on" holds only in the
            # verb-final order, where the particle's phrase closes before the participle ("pointed on
            # the map" in English order is no reference)
            if _fronted_particle(token, entry) is not None or _apart_pointing_particle(token, entry) is not None:
                return entry
            continue
        if entry.infinitive:
            # "gave to consider, that ...", "gave he to consider": the speech verb is a "to"-infinitive
            # the parser hangs on "give" (as xcomp or advcl); "gave to eat" has no cue row
            # ("The 58-year-old gave to consider, that ...": with the verb read as a noun, the infinitive is its
            # relative clause)
            if any(c.lower_ == entry.particle and (c.dep_ in {"xcomp", "advcl", "ccomp"}
                                                   or c.dep_ == "relcl" and token.tag_ == "NN" and c.i == token.i + 2)
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children):
                return entry
            if _infinitive_on_object(token, entry) is not None:
                return entry  # ("„…“, gave the 54-year-old to consider": the parser hangs it on the inverted speaker)
            continue
        if entry.particle:
            # "made clear that": the parser reads the adjective of "make clear" as a predicate (oprd)
            # "call her for advice": an object between the verb and a prepositional particle makes
            # the preposition an adjunct of "call", not part of the phrasal cue "call for"
            # "put it bluntly", "went further": the second word may be the object or an adverb
            # "has made known its solidarity": an adjective particle may head a small clause (ccomp)
            deps = {"prep", "prt", "agent", "dative", "oprd"} | ({"ccomp"} if entry.complement == "any" else set()) | (
                {"dobj", "advmod"} if entry.complement == "colon" else set())
            # "drew attention to the fact that": a noun second word is the verb's object, right after it
            # (not "made the 49-year-old clear", where the parser takes a separated "clear" for a noun)
            if entry.complement != "predicative" and any(c.lower_ == entry.particle and (
                    c.dep_ in deps or (c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i == token.i + 1)) and not (
                    c.dep_ == "prep" and entry.particle != "as" and entry.complement != "object_then_particle"
                    # ("spoke he of": a nominative pronoun there is the German-order subject, no object)
                    and any(o.dep_ == "dobj" and token.i < o.i < c.i and o.lower_ not in {"he", "she", "they"}
                            # ("After ..., spoke the parliamentarian X of a „gesture“": "speak" takes no
                            # object; with no subject of its own the phrase after it is the inverted speaker)
                            and not (lemma in _INTRANSITIVE_SPEECH and not any(
                                s.dep_ in {"nsubj", "nsubjpass"} for s in token.children))
                            for o in token.children))
                   # "argues about it for a month": a preposition with a date or time object is an adjunct
                   # (a quoted label is content even when the model tags it a date: "spoke of a „black day“")
                   # ("warned before a cold winter": an indefinite season or month is what is warned of)
                   and not any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"}
                               and not any(t.is_quote for t in token.doc[c.i:g.right_edge.i + 2])
                               and not (entry.claim_type == "warning" and token.doc[g.left_edge.i].lower_ in {"a", "an"})
                               for g in c.children)
                   # "argued, for their part, that": the idiom "for one's part" is an adjunct, not "argue for"
                   # (but "described the drills as part of a series" is the phrasal cue's own phrase)
                   and not any(g.dep_ == "pobj" and g.lower_ == "part" and (
                       c.lower_ != "as" or any(p.dep_ == "poss" for p in g.children)) for g in c.children)
                   # ("In Moscow one sees it differently": the preposition opening the sentence is a place's)
                   and not (c.dep_ == "prep" and c.i < token.i and c.is_sent_start)
                   # ("threaten for the case of an invasion with consequences": the condition is part of what is said)
                   and not (c.dep_ == "prep" and _names_a_case(token.doc, token.i + 1, c.i))
                   for c in token.children):
                return entry
            # "described the drafts as an ultimatum": the parser hangs the "as" on the object
            if entry.particle == "as" and any(g.lower_ == "as" and g.dep_ == "prep" for c in token.children
                                              if c.dep_ == "dobj" for g in c.children):
                return entry
            # "described the closing of the port as „justified“": the parser hangs the "as" deeper in the
            # object's phrase, or reads it as the conjunction of a participle; no comma stands between
            if entry.particle == "as" and any(
                    g.lower_ == "as" and g.i > c.i and (g.dep_ in {"prep", "mark"} or (
                        # ("judged the chances as low": an "as" read as the adverb of an adjective, but not
                        # the comparison "as low as")
                        g.dep_ == "advmod" and g.i + 1 < len(token.doc) and token.doc[g.i + 1].pos_ == "ADJ"
                        and not (g.i + 2 < len(token.doc) and token.doc[g.i + 2].lower_ == "as")))
                    and not any(t.text in {",", ";", ":"} for t in token.doc[token.i:g.i])
                    # ("described the warnings in a statement as „campaign“": or in an adverbial after the object)
                    for c in token.children if c.dep_ == "dobj" or (
                        c.dep_ == "prep" and any(d.dep_ == "dobj" and token.i < d.i < c.i for d in token.children))
                    for g in c.subtree):
                return entry
            # "holds a war for unlikely" (German "hält X für"): the parser hangs the particle on the
            # verb or on its object; an adjective after it marks the predicative reading, which
            # "held him for questioning" lacks
            if entry.complement == "predicative" and any(c.dep_ == "dobj" for c in token.children) and any(
                    g.lower_ == entry.particle and g.dep_ in {"prep", "conj"} and (
                        _is_predicate_start(token.doc, g.i + 1) or _is_predicate_noun(g, c))
                    for c in [token, *[d for d in token.children if d.dep_ == "dobj"]] for g in c.children):
                return entry
            # ("holds the hope on quick relief for unfounded", "holds a war for „not probable ...“": the parser
            # may hang the particle deeper in the object's phrase; no comma stands between)
            if entry.complement == "predicative" and any(
                    _is_deep_predicate_particle(token, g) for g in token.subtree if g.lower_ == entry.particle):
                return entry
            # "had the drills as „routine“ described": German verb-final order puts "as" before the
            # participle, which the parser then hangs on it as a conjunction
            if entry.particle == "as" and token.tag_ == "VBN" and any(
                    c.lower_ == "as" and c.dep_ in {"mark", "prep"} and c.i < token.i for c in token.children):
                return entry
            # "spoke after the session of an „open“ exchange": an adverbial between the verb and its particle
            if _stranded_particle(token, entry) is not None:
                return entry
            # "has made clear that a violation would ...": the parser reads an adjective particle right
            # after the verb as the head of the clause that follows it (ccomp)
            if any(c.lower_ == entry.particle and c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.i == token.i + 1
                   and c.i + 1 < len(token.doc) and token.doc[c.i + 1].lower_ == "that"
                   for c in token.children):
                return entry
            # "let on request know, ...", "made at the beginning clear, that": German verb-final word order
            # puts an adverbial between the verb and a particle that then closes the clause before a comma
            if _separated_particle(token, entry) is not None:
                return entry
            # "has the deputy X for caution pleaded": a German verb-final perfect puts the particle's
            # phrase right before the participle, which closes the clause
            if _fronted_particle(token, entry) is not None:
                return entry
        else:
            return entry
    return None


#: Characters that open a quotation (straight, curly, low-9 and guillemets).
_QUOTE_OPENERS = {'"', "“", "„", "«", "»", "‘", "'"}


def _is_predicate_start(doc: Doc, i: int) -> bool:
    """Whether the words from ``i`` open a predicative judgement ("for unlikely", "for „not bearable“", "for no failure").

    Limit: only an adjective, past participle, adverb or particle, a negating "no", or any quoted
    words; "held him for questioning" has a noun there.
    """
    if i < len(doc) and doc[i].text in _QUOTE_OPENERS:
        # "held X for „not bearable“", "holds the crisis for „a test, how ...“": a quoted judgement,
        # even a noun phrase, is the predicate (nobody is held for a quoted purpose)
        return i + 1 < len(doc)
    # ("holds the comparison for overdrawn": a participle used as an adjective judges too)
    # ("holds the step for right, but too late": "right" and "wrong" the parser may tag as nouns)
    return i < len(doc) and (doc[i].pos_ in {"ADJ", "ADV", "PART"} or doc[i].lower_ == "no" or doc[i].tag_ == "VBN"
                             or (doc[i].lower_ in {"right", "wrong"} and i + 1 < len(doc) and doc[i + 1].is_punct))


#: Nouns of German "auf Anfrage/Nachfrage" (= when asked by the newspaper): an answer given to the press.
_ANSWER_NOUNS = {"request", "inquiry", "enquiry", "query", "demand"}


#: Nouns of a time span after "since"/"for" between a cue and its particle ("warns since weeks before").
_TIME_SPANS = {"hour", "day", "week", "month", "year"}


def _infinitive_on_object(token: Token, entry: CueEntry) -> Token | None:
    """The "to"-infinitive of an infinitive cue the parser hung on the cue's object ("gave the 54-year-old to consider")."""
    return next((g for c in token.children if c.dep_ == "dobj" and c.i > token.i for g in c.children
                 if g.lower_ == entry.particle and g.dep_ in {"relcl", "acl"} and g.i > c.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)), None)


def _stranded_particle(token: Token, entry: CueEntry) -> Token | None:
    """The particle of a phrasal cue that the parser hung on an adverbial phrase's noun, or ``None``.

    "spoke in a press release of a „chaos faction“" (German "sprach in einer Mitteilung von"):
    machine translation keeps the adverbial between the verb and its particle, and the parser
    reads the particle as that noun's modifier. Limit: one preposition deep, particles other than
    "as" only, and the particle's object must hold a quote, which marks the reported label
    ("spoke on behalf of the members" has none), unless the adverbial is "on request" or a time ("at the same
    time", "since weeks", "in the past days"; not before "of"). Also the particle of an ``object_then_particle``
    cue hung on the object of a cue with no subject, which German word order makes the speaker ("At the same
    time warned the retired ambassador before exaggerated hopes").
    """
    if not entry.particle or entry.particle == "as" or entry.complement == "predicative":
        return None
    doc = token.doc
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i < token.i or prep.lower_ == entry.particle:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or _names_a_case(doc, prep.i, noun.i + 1):
                continue  # ("threaten for the case of an invasion with „consequences“": the condition is said too)
            for particle in noun.children:
                # "referred on request to the law" (German "verwies auf Anfrage auf"): an answer to the
                # newspaper's question is a statement even without a quoted label
                # ("warned at the same time before panic": German "warnte zugleich vor" needs no quote either)
                same_time = noun.lower_ == "time" and any(c.lower_ == "same" for c in noun.children)
                # ("warns since weeks before an invasion", "warn since the weekend before travels": German "seit
                # Wochen", "seit dem Wochenende" is a time span or a date)
                same_time = same_time or (prep.lower_ in {"since", "for"} and (
                    (noun.lemma_ or noun.lower_).lower() in _TIME_SPANS or noun.ent_type_ == "DATE"))
                # ("warned Moscow in the past days before an attack", "warned on Monday before panic": German "in den
                # vergangenen Tagen", "am Montag" between the verb and its particle; not "of", which a time noun takes
                # for its own: "spoke in the last week of the session")
                same_time = same_time or (prep.lower_ in {"in", "on", "during", "over"} and entry.particle != "of"
                                          and noun.tag_ in {"NNS", "NNP", "NN"}
                                          and ((noun.lemma_ or noun.lower_).lower() in _TIME_SPANS
                                               or noun.ent_type_ in {"DATE", "TIME"}))
                if particle.dep_ == "prep" and particle.lower_ == entry.particle and (
                        same_time or (noun.lemma_ or noun.lower_).lower() in _ANSWER_NOUNS or _points_to(token)
                        or any(doc[i].text in _QUOTE_OPENERS for i in range(particle.i + 1, particle.right_edge.i + 1))):
                    return particle
    if entry.complement == "object_then_particle" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        # ("At the same time warned the retired ambassador before exaggerated hopes": German verb-second puts the
        # speaker after the cue, and the parser hangs the particle on it as on an object)
        inverted = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
        particle = next((p for p in inverted.children if p.dep_ == "prep" and p.lower_ == entry.particle
                         and p.i > inverted.i), None) if inverted is not None else None
        if particle is not None:
            return particle
    for noun in token.children:
        # ("warned Moscow already several times before severe consequences": German "mehrfach" as a noun
        # adverbial that the parser hangs the particle on)
        if noun.dep_ == "npadvmod" and noun.i > token.i and (noun.lemma_ or noun.lower_).lower() == "time":
            particle = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == entry.particle
                             and p.i > noun.i), None)
            if particle is not None:
                return particle
    return _bracketed_particle(token, entry)


#: Verbs whose prepositional particle names what the speaker pointed to or told of (German "verweisen
#: auf", "hinweisen auf", "berichten von", "erzählen von"): "referred in a statement to the reliability
#: of the deliveries", "reported in a video greeting of a normal everyday life" report that without a
#: quoted label, unlike "spoke on behalf of" or "called in a letter for".
_POINTING_VERBS = {"refer", "point", "report", "tell"}


def _points_to(token: Token) -> bool:
    """Whether the cue verb is one of :data:`_POINTING_VERBS` (its separated particle needs no quote after it)."""
    return (token.lemma_ or token.lower_).lower() in _POINTING_VERBS


def _apart_pointing_particle(token: Token, entry: CueEntry, *, reach: int = 10) -> Token | None:
    """The particle of a pointing verb kept apart from it by an adverbial, or ``None``.

    "The Diakonie referred meanwhile on the humanitarian situation", "The Federal Government referred
    in this week repeatedly on the Normandy format": German "verwies auf" with "auf" rendered "on"
    and an adverbial between verb and particle is the translation's word order, which English
    "referred on" (passed on) right after the verb is not. Limit: verbs of :data:`_POINTING_VERBS`,
    within ``reach`` tokens, only adverbial words between (no verb or punctuation).
    """
    if not _points_to(token) or not entry.particle:
        return None
    doc = token.doc
    for t in doc[token.i + 1:min(len(doc), token.i + 1 + reach)]:
        if t.lower_ == entry.particle and t.dep_ == "prep":
            return t if t.i > token.i + 1 else None
        if t.pos_ not in _ADVERBIAL_POS or t.is_punct or (t.dep_ == "dobj" and t.head.i == token.i):
            return None  # ("referred the case on to the court": an object between sends something on)
    return None


#: Parts of speech of an adverbial between a verb and its stranded particle ("spoke afterwards of",
#: "spoke on an evening in Hildesheim of").
_ADVERBIAL_POS = {"ADP", "NOUN", "PROPN", "DET", "ADJ", "ADV", "NUM"}


def _bracketed_particle(token: Token, entry: CueEntry, *, reach: int = 10) -> Token | None:
    """The particle of a phrasal cue after an adverbial of several phrases or an adverb, or ``None``.

    "spoke afterwards of „a good talk“", "spoke on an evening in Kiel of a „crisis“": the parser
    hangs the particle on the adverb or on the last noun, deeper than :func:`_stranded_particle`
    looks. Limit: within ``reach`` tokens, only adverbial words (no verb, no punctuation) between,
    the particle hung on one of them (not on the verb), and the particle's object must hold a quote.
    """
    doc = token.doc
    for t in doc[token.i + 1:min(len(doc), token.i + 1 + reach)]:
        if t.lower_ == entry.particle and t.dep_ == "prep" and t.i > token.i + 1 and t.head.i != token.i:
            if _names_a_case(doc, token.i + 1, t.i):
                return None  # ("threaten for the case of an invasion with „consequences“": the condition is said too)
            # only a quoted label after the particle marks what was said ("spoke on behalf of" has none),
            # or a pointing verb's reference ("referred besides to the Budapest Memorandum")
            return t if _points_to(token) or any(
                doc[i].text in _QUOTE_OPENERS for i in range(t.i + 1, t.right_edge.i + 1)) else None
        if (t.pos_ not in _ADVERBIAL_POS and not (t.dep_ == "prep" and _points_to(token))) \
                or t.lower_ == entry.particle or (t.dep_ == "dobj" and t.head.i == token.i and _points_to(token)):
            # ("referred besides to": the tagger may read "besides" as a conjunction; "referred the
            # patient to a clinic" sends someone on, the object between makes "to" no particle)
            return None
    return None


def _follows_quote(token: Token, *, reach: int = 3) -> bool:
    """Whether the verb follows a closing quote and its comma ("«…», meant Zauner", "„…“, he meant").

    English typography puts the comma inside the closing mark ("“…,” meant the hotelier"). Limit: within
    ``reach`` tokens before the verb, only the comma and a pronoun (not "it") or name stand between.
    """
    doc = token.doc
    for t in reversed(doc[max(0, token.i - reach):token.i]):
        if t.is_quote or t.text in {"“", "”", "«", "»", "‘", "’", "„"}:
            return t.i + 1 < token.i and doc[t.i + 1].text == "," or t.i > 0 and doc[t.i - 1].text == "," \
                and not any(u.text == "," for u in doc[t.i + 1:token.i])
        if not (t.text == "," or t.pos_ in {"PRON", "PROPN"}) or t.lower_ == "it":
            return False  # ("„guarantees“, it means a veto": "it" is no speaker of a quote)
    return False


#: Subjects of "means" that report nothing ("This means, ...", "What he meant, ...").
_NO_SPEAKER_SUBJECTS = {"this", "that", "it", "which", "what", "these", "those", "everything", "nothing"}


def _opens_reported_clause(token: Token) -> bool:
    """Whether a speaker's verb is followed by a comma and a reported clause ("Bauknecht meant, the politics have ...").

    Translated German "X meinte, ..." reports the clause after its comma. Limit: the verb's subject
    stands before it and is a name, a noun or a personal pronoun (not "this", "what"), the verb opens
    no question or subordinate clause ("Whom she meant, ..."), and a word that is no quote mark
    follows the comma.
    """
    doc = token.doc
    comma, inverted = _comma_after_adverbials(token)
    if comma is None or comma + 1 >= len(doc) or doc[comma + 1].is_punct:
        return False  # (a quote mark is punctuation too)
    if any(c.dep_ == "mark" for c in token.children) or any(
            t.tag_ in {"WP", "WDT", "WRB"} for t in doc[token.sent.start:token.i]):
        return False  # "Whom exactly she meant, let the analyst open": a question clause reports nothing
    if inverted is not None:  # (a pronoun the parser hung on the reported clause is read by the direct rules)
        return inverted.head.i == token.i and inverted.dep_ == "nsubj" and inverted.lower_ not in _NO_SPEAKER_SUBJECTS
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None and token.i > 0 and doc[token.i - 1].ent_type_ == "PERSON" and (
            doc[token.i - 1].head.i == token.i or all(t.pos_ in {"DET", "PROPN", "NOUN", "ADJ"} or t.tag_ in {"PRP$", "HYPH"}
                                                       for t in doc[token.sent.start:token.i])):
        # ("Seidel meant, ...", "Its chairman Petro Lysenko meant, ...": the parser hung the name elsewhere
        # or read the past form as a noun; the noun phrase opening the sentence is the subject)
        subject = doc[token.i - 1]
    return subject is not None and subject.lower_ not in _NO_SPEAKER_SUBJECTS \
        and subject.tag_ not in {"WP", "WDT", "DT"}


def _closes_reported_clause(token: Token) -> bool:
    """Whether a speaker's verb follows a reported clause and its comma, its subject after it ("..., meant the carpenter").

    Translated German "..., meinte X" puts the verb, then its subject, after the clause it reports.
    Limit: at least three words of the sentence before the comma, none a quote mark; right after the
    verb "the", "he", "she" or "they", or a name (so no "that" or "to" clause follows it).
    """
    doc = token.doc
    sent = token.sent
    if token.i - 1 < sent.start + 3 or doc[token.i - 1].text != "," or token.i + 1 >= sent.end:
        return False
    if any(t.is_quote for t in doc[sent.start:token.i]):
        return False  # (a quote before is read by _follows_quote)
    after = doc[token.i + 1]
    return after.lower_ in {"the", "he", "she", "they"} or after.pos_ == "PROPN" and after.ent_type_ in {"PERSON", "ORG", ""}


#: Nominative pronouns that, right after a cue, can only be its inverted subject ("added she", "Seriously meant
#: he then, ...").
_INVERTED_PRONOUNS = {"he", "she", "they"}


def _comma_after_adverbials(token: Token, *, reach: int = 6) -> tuple[int | None, Token | None]:
    """The comma closing a verb's adverbials, and the subject standing among them, or ``(None, None)``.

    "meant, ...", "meant afterwards, ...", "meant at the end, ...", "meant on the other hand, ...",
    and the translated inverted order "In the debate meant Hansen, ...", "Seriously meant he then, ...".
    Limit: within ``reach`` tokens only adverbs, prepositional phrases (a preposition, an optional
    determiner and adjectives, then nouns), and one personal pronoun or name right after the verb;
    an object ("meant the draft treaties, ...") stops the search.
    """
    doc = token.doc
    i, subject, end = token.i + 1, None, min(len(doc), token.i + 1 + reach)
    if i < end and (doc[i].lower_ in _INVERTED_PRONOUNS or doc[i].pos_ == "PROPN" and doc[i].ent_type_ == "PERSON"):
        subject = doc[i]
        while i + 1 < end and doc[i + 1].pos_ == "PROPN" and doc[i + 1].ent_type_ == "PERSON":
            i += 1
        i += 1
    while i < end:
        t = doc[i]
        if t.text == ",":
            return i, subject
        if t.pos_ == "ADV" and t.tag_ != "WRB":
            i += 1
        elif t.pos_ == "ADP" and t.dep_ == "prep":
            i += 1
            while i < end and (doc[i].pos_ in {"DET", "ADJ"} or doc[i].tag_ == "PRP$"):
                i += 1
            if i >= end or doc[i].pos_ not in {"NOUN", "PROPN"}:
                return None, None
            while i < end and doc[i].pos_ in {"NOUN", "PROPN"}:
                i += 1
        else:
            return None, None
    return None, None


def _introduces_quote(token: Token, *, reach: int = 8) -> bool:
    """Whether a colon and an opening quote follow the verb within ``reach`` tokens.

    Limit: only a colon before any other verb; "went further and said that ..." has none.
    """
    doc = token.doc
    for t in doc[token.i + 1:min(len(doc), token.i + 1 + reach)]:
        if t.text == ":":
            return t.i + 1 < len(doc) and doc[t.i + 1].text[:1] in _QUOTE_OPENERS
        if t.pos_ in {"VERB", "AUX"} or t.is_sent_start:
            return False  # a colon after another verb belongs to that verb
    return False


def _separated_particle(token: Token, entry: CueEntry, *, reach: int = 6) -> Token | None:
    """The particle of a phrasal cue standing (after an optional adverbial) right before a comma, or ``None``.

    Limit: only a verb or adjective particle ("let ... know", "made ... clear") within ``reach``
    tokens, with no verb or punctuation between, and a comma, colon or "that" right after it, which
    marks the end of the German verb bracket before the reported clause; the parse is not consulted.
    """
    if not entry.particle or entry.particle in {"as", "for", "of", "to", "on", "about", "before", "with"}:
        return None  # a preposition particle is read from the parse (see _stranded_particle)
    doc = token.doc
    for t in doc[token.i + 1:min(len(doc) - 1, token.i + 1 + reach)]:
        if t.lower_ == entry.particle:
            # ("made in a statement clear that Vilnius ...": the translation may keep "that" after the bracket)
            return t if doc[t.i + 1].text in {",", ":"} or doc[t.i + 1].lower_ == "that" else None
        # "made at the beginning clear": a participle the parser reads as a modifier inside the adverbial
        # ("beginning" as amod) is not a second verb
        if t.is_punct or (t.pos_ in {"VERB", "AUX"} and not (t.dep_ == "amod" and t.head.dep_ == "pobj")) \
                or t.is_sent_start:
            return None
    return None


#: Punctuation that closes a German verb bracket after its final participle.
_BRACKET_CLOSERS = {".", ",", ";", ":", "!"}


def _fronted_particle(token: Token, entry: CueEntry, *, reach: int = 14) -> Token | None:
    """The prepositional particle of a clause-final participle whose phrase stands right before it, or ``None``.

    "has the FDP deputy Mira Holt for caution pleaded" (German "hat ... für Vorsicht plädiert"):
    machine translation keeps the participle at the clause end, after the particle and its object.
    Limit: a past participle (or the past form the parser takes it for) right before punctuation,
    a finite "have" earlier in the sentence with no other verb between, and the particle's phrase
    ending right before the participle, within ``reach`` words, its object no date or time; "as" is
    read by :func:`_match_verb_cue` itself.
    """
    if not entry.particle or entry.particle == "as" or entry.complement in {"predicative", "object_then_particle",
                                                                             "colon"} \
            or token.tag_ not in {"VBN", "VBD"}:
        return None  # (an object before the particle has rows of its own: "warned the town before X")
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in _BRACKET_CLOSERS or token.i < 3:
        return None
    sent_start = token.sent.start
    # the phrase right before the participle: walk back over its object to the particle
    particle = None
    # (a topic with two attachments, "on the activities of the army in the north commented", runs past 8 words)
    for t in reversed(doc[max(sent_start, token.i - reach):token.i]):
        # ("has of a „dangerous game“ spoken": the quote marks of a quoted label stay inside the phrase)
        if (t.is_punct and not t.is_quote) or t.pos_ in {"VERB", "AUX"}:
            return None
        if t.lower_ == entry.particle and t.pos_ == "ADP" and not any(
                g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in t.children):
            # ("has on Tuesday evening in the council about X reported": a time phrase is an adjunct, not the topic)
            particle = t
            break
    if particle is None or particle.i + 1 >= token.i or particle.i == sent_start \
            or _names_a_case(doc, sent_start, particle.i):
        return None  # ("has for the case of an attack with severe consequences threatened": "threatened" says both)
    # only a perfect ("has ... pleaded") brackets the clause: a finite "have" must open it
    for t in reversed(doc[sent_start:particle.i]):
        if t.pos_ in {"VERB", "AUX"}:
            if (t.lemma_ or "").lower() == "have" and t.tag_ in {"VBD", "VBZ", "VBP"}:
                return particle
            return None
        if t.is_punct and not t.is_quote:
            return None
    return None


def _names_a_case(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` hold a condition: "for the case of", "in case of", "in the event of"."""
    return any(t.lower_ in {"case", "event"} and t.i - 1 >= start and (doc[t.i - 1].lower_ == "in" or (
        doc[t.i - 1].lower_ == "the" and t.i - 2 >= start and doc[t.i - 2].lower_ in {"for", "in"}))
        for t in doc[start:end])  # (not "described the case-by-case approach as")


def _is_deep_predicate_particle(verb: Token, particle: Token, *, reach: int = 12) -> bool:
    """Whether a particle the parser hung deeper in the verb's phrase opens its predicative judgement.

    "holds the hope on quick relief for unfounded", "holds a war for „not probable ...“", "holds the
    wheat prices for „politically overheated“": German "hält X für Y" with the object before "for".
    Limit: the particle follows the verb and a noun or pronoun within ``reach`` words, with no
    punctuation between; no verb stands between them in the parse unless it is the predicate itself
    (after the particle: "held talks with firms that pay for expensive gas" has "pay" before it).
    """
    doc = verb.doc
    if not verb.i + 1 < particle.i <= verb.i + reach or not _is_predicate_start(doc, particle.i + 1):
        return False
    if any(t.text in {",", ";", ":"} or t.is_quote for t in doc[verb.i:particle.i]):
        return False
    if not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in doc[verb.i + 1:particle.i]):
        return False
    if doc[verb.i + 1].pos_ in {"ADP", "PART"}:
        return False  # "holds on to his demand for „…“": a phrasal verb, whose object is no judged thing
    head = particle.head
    while head.i != verb.i:
        if head.pos_ in {"VERB", "AUX"} and head.i < particle.i:
            return False
        if head.head.i == head.i:
            return False
        head = head.head
    return True


def _is_predicate_noun(particle: Token, host: Token) -> bool:
    """Whether "for a/an NOUN" after a definite object judges it ("held the decision for a mistake").

    Limit: German "hält X für einen Fehler" keeps a definite object (the, this, such, a possessive); an
    indefinite or bare object ("held talks for an hour", "held a reception for a delegation") and a
    time, a number or a name after "for" are no judgement; "for the" must open a superlative ("for the
    greatest risk").
    """
    doc = particle.doc
    noun = next((g for g in particle.children if g.dep_ == "pobj"), None)
    # ("holds the standstill for the greatest risk": German "für das größte Risiko", a superlative after "the")
    superlative = particle.i + 2 < len(doc) and doc[particle.i + 1].lower_ == "the" and doc[particle.i + 2].tag_ == "JJS"
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ or particle.i + 1 >= len(doc) \
            or doc[particle.i + 1].lower_ not in {"a", "an"} and not superlative:
        return False
    obj = host if host.dep_ == "dobj" else next((c for c in host.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.i < particle.i and obj.lower_ in {"that", "this"}:
        return True  # ("holds that for a double-edged sword": German "hält das für" points back to what was said)
    # a definite object marks the judgement reading; "held talks for a week" has none
    # ("holds such sentences for a warning sign": "such" points back too)
    return obj is not None and obj.i < particle.i and obj.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "no", "some", "any"} or c.lower_ == "such"
        for c in obj.children)
