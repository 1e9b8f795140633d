"""Parse again a sentence whose subject is an age description ("The 44-year-old urged firms ...") or holds a double name.

The small English parser reads "The 44-year-old" (six tokens: The 44 - year - old) as an adjective
phrase, and the reporting verb after it as another adjective of the next noun: in "The 44-year-old
urged firms not to panic-buy" it makes "urged" modify "firms", and the sentence has no speaker and no
cue. The same sentence with "The woman" in place of the description parses as subject, verb, object.
``workbench_reparse`` runs after the statistical tagger and parser. For each sentence with an age
description the parser gave no subject label, followed by a verb, a comma or a reporting verb's form
and not right after a verb, it parses the sentence again with every such description replaced by "the
woman"; if a replacement became a verb's subject there, it copies that parse (heads, labels, tags,
lemmas) back onto the original tokens, the description's own words attached to "old" as before.
Entities and the text are untouched.

Limit: only "the N-year-old" (any case, hyphens or spaces) counts; the new parse must keep the
sentence one tree and make a replacement a verb's subject. The replacement word only steers the
parser; gender is read elsewhere.

A double name joined by a hyphen ("Silke Dohrn-Matthiesen", "Jessen-Thode") is three tokens to the
tokenizer, and the parser reads them badly in translated German word order: in "Its chairwoman Silke
Dohrn-Matthiesen accused Berlin, the municipalities ... left to have" it makes "accused" an adjective of
"Berlin", while "Its chairwoman Silke Dohrn accused Berlin, ..." parses as subject and verb. A sentence
with a double name is parsed again with each name cut to its first part; the new parse is copied back
onto the name's last part, the parts before it hang on it as compound and punctuation, as the parser
reads a double name it reads well. Limit: two or more title-case words joined by hyphens without
spaces whose last part the parser gave no subject label; the new parse must keep the sentence one
tree and make a cut name (or the noun it is apposed to) the subject of a verb after it that had none.

A reporting verb's past form next to a comma that the tagger or parser read as a noun ("The Green meant,
Germany have ...": German "meinte") is parsed again as "said"; if that is a verb in the new parse, not
in a noun's place and with at most one subject, the parse is copied back and the word keeps its verb's
lemma ("mean"). Limit: past forms of data/cues.csv verbs, not before a colon that opens a quote (the
quote rules read "Of course, meant X: „…“" as it is).

A reporting verb's present form the tagger read as a noun is parsed again as its past form ("demanded",
"announced"; "said" where the regular past form is no cue of the verb), so the new parse keeps the verb's
objects and particles: the plural after subjects joined by "and" in a sentence with no finite verb
("Chamber and textile association demand together from the Land a hardship fund"), and the "-s" form the
parser made the sentence's root noun with a noun or name as its subject ("The football club SV X
announces, that it ...", "Copenhagen pleads for a united line"), not before "from" or "since" ("Putin
demands from the West ..." is read as parsed).

A reporting verb's past form the parser hung on the sentence's root noun as a reduced relative clause,
after a comma ("The Alliance, which represents officers ..., called on flag states to ..."), is made
the root and the noun its subject, without a new parse.

Replacements of one kind that do not do what they are for are left out, and the sentence is parsed
once more with the others.

Example:
    >>> from workbench.pipeline import load_pipeline          # doctest: +SKIP
    >>> doc = load_pipeline()("Ann Lee spoke. The 44-year-old urged firms not to panic-buy.")  # doctest: +SKIP
    >>> [(t.text, t.dep_) for t in doc if t.text in {"old", "urged"}]  # doctest: +SKIP
    [('old', 'nsubj'), ('urged', 'ROOT')]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from workbench.claims.cues import _CLOSING_PASTS, default_cues, past_form_entries
from workbench.claims.references import _AGE_DESCRIPTION

if TYPE_CHECKING:
    import numpy as np

#: The statistical components whose output the new parse replaces (the rest read the text alone).
_PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
#: Subject labels.
_SUBJECTS = {"nsubj", "nsubjpass"}


def _age_spans(sent: Span) -> list[tuple[int, int]]:
    """(start, end) token indices of the age descriptions in a sentence, "The" through "old"."""
    doc = sent.doc
    found = []
    for i in range(sent.start, sent.end):
        if doc[i].lower_ != "the":
            continue
        end = next((j + 1 for j in range(i + 2, min(i + 6, sent.end)) if doc[j].lower_ == "old"), None)
        if end is not None and _AGE_DESCRIPTION.fullmatch(doc[i:end].text):
            found.append((i, end))
    return found


#: Hyphens that join the parts of a double name ("Dohrn-Matthiesen").
_HYPHENS = {"-", "‐", "‑"}


def _name_part(token: Token) -> bool:
    """Whether a token may be a part of a double name: an alphabetic title-case word ("Dohrn", not "SPD")."""
    return token.is_alpha and token.is_title


def _double_names(sent: Span) -> list[tuple[int, int]]:
    """(start, end) token indices of the double names in a sentence: title-case words joined by bare hyphens."""
    doc = sent.doc
    found = []
    i = sent.start
    while i < sent.end:
        end = i + 1
        while end + 1 < sent.end and _name_part(doc[end - 1]) and doc[end].text in _HYPHENS \
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and _name_part(doc[end + 1]):
            end += 2
        if end > i + 1:
            found.append((i, end))
        i = end
    return found


def _misread_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether an age description is a subject the parser missed: no subject label, a verb, a cue's form or a comma next.

    Not right after a verb: "said the 52-year-old the HPA" inverts a subject the parser reads otherwise;
    and not before a noun: "the 67-year-old pensioner Gisela Krautz" describes a name.
    """
    if doc[end - 1].dep_ in _SUBJECTS or end >= len(doc):
        return False
    if start > 0 and doc[start - 1].pos_ in {"VERB", "AUX"}:
        return False
    following = doc[end]
    return following.tag_ in {"VBD", "VBN", "VBZ", "VBP", "MD"} or following.text == "," or _cue_form(following.lower_)


def _cue_form(word: str) -> bool:
    """Whether a word is a past or third-person form of a reporting verb of data/cues.csv ("told", "warned", "says").

    The tagger may read it as a noun after an age description ("The 27-year-old told, ...").
    """
    cues = default_cues()
    return word in _CLOSING_PASTS or bool(past_form_entries(word, cues)) or (
        word.endswith("s") and (word[:-1] in cues.verbs or word.endswith("es") and word[:-2] in cues.verbs))


#: Dependency labels of a noun's place in a clause: a verb there was misread.
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound", "amod"}


def _cue_read_as_noun(token: Token) -> bool:
    """Whether the tagger or parser read a reporting verb's past form next to a comma as a noun ("The Green meant, Germany have ...")."""
    doc = token.doc
    # (the cue lexicon is looked up last: this runs on every noun of every document)
    return (token.tag_ in {"NN", "NNS", "NNP"} or token.dep_ in _NOMINAL_DEPS) and (
        token.i > 0 and doc[token.i - 1].text == "," or token.i + 1 < len(doc) and doc[token.i + 1].text == ",") \
        and bool(past_form_entries(token.lower_, default_cues()))


#: Tags of a finite verb: a sentence with one has a verb the parser did read.
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _plural_cue_read_as_noun(token: Token) -> bool:
    """Whether the tagger read a reporting verb's plural present after two joined subjects as a noun.

    "Chamber and textile association demand together from the Land a hardship fund", "Left and Greens
    in the Kreistag demand in addition jointly a „heat fund“": with German adverbs between the verb and
    its object the tagger takes "demand" for a noun and the sentence has no verb. Limit: the base form
    of a data/cues.csv verb, tagged a noun or adjective, in a sentence with no finite verb, after
    capitalised words joined by "and" that open the sentence (no verb, comma or quote mark between).
    """
    if token.tag_ not in {"NN", "NNP", "JJ"} or token.lower_ not in default_cues().verbs:
        return False
    sent = token.sent
    before = token.doc[sent.start:token.i]
    return len(before) >= 3 and before[0].is_title and any(t.lower_ == "and" for t in before) \
        and not any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":"} or t.is_quote for t in before) \
        and not any(t.tag_ in _FINITE for t in sent)


def _present_cue_read_as_noun(token: Token) -> bool:
    """Whether the parser made a reporting verb's third-person present the root noun of its own subject.

    "The football club SV Kinzigaue 1921 announces, that it on 6 February a charity match ... plays":
    the tagger reads "announces" as a plural noun, yet the parser hangs the subject on it. Limit: an
    "-s" form of a data/cues.csv verb, tagged a noun, the sentence's root with a noun or name as subject
    before it ("other states a veto ..." has an adjective), not before "from" or "since": "Putin demands from
    the West ...", "The Kremlin demands since December guarantees" are read as parsed (see
    :func:`workbench.claims.cues._present_read_as_plural`).
    """
    doc = token.doc
    lemma = _present_lemma(token.lower_) if token.tag_ in {"NNS", "NNPS"} and token.dep_ == "ROOT" else None
    if lemma is None or token.i + 1 >= len(doc):
        return False
    return doc[token.i + 1].lower_ not in {"from", "since"} \
        and any(c.dep_ in _SUBJECTS and c.i < token.i and c.pos_ in {"NOUN", "PROPN"} for c in token.children)


def _present_lemma(word: str) -> str | None:
    """The data/cues.csv verb whose third-person present a word is ("announces" -> "announce"), or ``None``."""
    verbs = default_cues().verbs
    if word.endswith("ies") and word[:-3] + "y" in verbs:
        return word[:-3] + "y"  # "denies" -> "deny"
    if word.endswith("es") and word[:-2] in verbs:
        return word[:-2]
    return word[:-1] if word.endswith("s") and word[:-1] in verbs else None


#: Past forms of reporting verbs that do not add "-ed" (for :func:`_replacement`).
_IRREGULAR = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "mean": "meant", "see": "saw",
              "think": "thought", "hold": "held", "give": "gave", "make": "made", "bring": "brought"}


def _replacement(word: str) -> str:
    """The word a reporting verb read as a noun is parsed again as: its past form for a present or base form
    ("demands", "demand" -> "demanded", "pleads" -> "pleaded"), so the new parse keeps the verb's objects and
    particles; "said" for a past form and where no regular past form is a cue of the same verb."""
    lemma = _present_lemma(word) or (word if word in default_cues().verbs else None)
    if lemma is None:
        return "said"
    past = _IRREGULAR.get(lemma) or (lemma + "d" if lemma.endswith("e") else lemma[:-1] + "ied"
                                     if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else lemma + "ed")
    entries = past_form_entries(past, default_cues())
    return past if past in _IRREGULAR.values() or any(e.cue.split()[0] == lemma for e in entries) else "said"


def _opens_colon_quote(token: Token, *, reach: int = 4) -> bool:
    """Whether a colon and a quote mark follow a word within ``reach`` tokens ("meant Kaltenecker: „…“")."""
    doc = token.doc
    return any(doc[j].text == ":" and doc[j + 1].is_quote for j in range(token.i + 1, min(token.i + reach, len(doc) - 1)))


def _cue_lemma(word: str) -> str:
    """The lemma of a reporting verb's past form ("meant" -> "mean", "warned" -> "warn") or base form ("demand")."""
    entries = past_form_entries(word, default_cues())
    return entries[0].cue.split()[0] if entries else _present_lemma(word) or word


def _made_subject(new: Doc, replaced: set[int]) -> bool:
    """Whether the new parse made one of the replacement tokens a verb's subject."""
    return any(new[k].dep_ in _SUBJECTS and new[k].head.pos_ in {"VERB", "AUX"} for k in replaced)


def _gave_subject(doc: Doc, new: Doc, origin: list[int], named: set[int]) -> bool:
    """Whether the new parse made a cut double name, or the noun it is apposed to, the subject of a later verb that had none.

    "Its chairwoman Silke Dohrn accused Berlin": the name is apposed to the subject. A verb with a
    subject in the first parse keeps it ("Alois Rieder from the district Kellbach-Land gave to
    consider": the cut "Kellbach" must not take Rieder's place), and a name after its verb is German
    inversion, read elsewhere ("Sharply criticised the member Antje Behnke-Lorenz the planning").
    """
    for k in named:
        token = new[k].head if new[k].dep_ == "appos" else new[k]
        if token.dep_ in _SUBJECTS and token.head.pos_ in {"VERB", "AUX"} and token.i < token.head.i and not any(
                child.dep_ in _SUBJECTS for child in doc[origin[token.head.i]].children):
            return True
    return False


def _main_verb_read_as_modifier(sent: Span) -> Token | None:
    """The reporting verb the parser hung on the sentence's root noun as a modifier, after a comma, or ``None``.

    "The Alliance, which represents officers ..., called on flag states to agree ...", "The 39-year-old,
    a former lawyer, called on the government ...": with no other verb for the sentence the parser reads
    the verb after the relative clause or apposition as a reduced relative clause ("acl") of its subject.
    Limit: the root is a noun or an age description ("old"); the verb, a past form of a data/cues.csv
    verb, hangs on it as "acl" after a comma that closes what stands between them.
    """
    root = sent.root
    if not (root.pos_ in {"NOUN", "PROPN"} or root.lower_ == "old"):
        return None
    doc = sent.doc
    return next((c for c in root.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"} and c.i > root.i + 2
                 and doc[c.i - 1].text == "," and bool(past_form_entries(c.lower_, default_cues()))), None)


def _replacements_worked(kind: str, doc: Doc, new: Doc, origin: list[int], replaced: set[int]) -> bool:
    """Whether the replacements of one kind did what they are for in the new parse (see the module docstring)."""
    if kind == "age":
        return _made_subject(new, replaced)
    if kind == "name":
        return _gave_subject(doc, new, origin, replaced)
    return any(new[k].tag_ in {"VBD", "VBN"} and new[k].dep_ not in _NOMINAL_DEPS
               and sum(c.dep_ in _SUBJECTS for c in new[k].children) <= 1 for k in replaced)


class AgeSubjectReparser:
    """spaCy component ``workbench_reparse``: see the module docstring."""

    def __init__(self, nlp: Language, name: str = "workbench_reparse") -> None:
        self.name = name
        self.nlp = nlp

    def _parse(self, words: list[str], spaces: list[bool]) -> Doc:
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for pipe_name in _PARSE_PIPES:
            if pipe_name in self.nlp.pipe_names:
                doc = self.nlp.get_pipe(pipe_name)(doc)
        return doc

    def _parse_replaced(self, sent: Span, plan: dict[str, list[tuple[int, int]]]) -> tuple[Doc, list[int], dict[str, set[int]]]:
        """The sentence parsed with each replacement of ``plan`` made: an age description as "the woman", a double
        name cut to its first part, a reporting verb read as a noun as "said".

        Returns the new parse, the original index of each new token (a description maps to "old", a name
        to its last part), and for each kind the new indices of its replacement tokens.
        """
        doc = sent.doc
        words, spaces, origin = [], [], []
        replaced: dict[str, set[int]] = {kind: set() for kind in plan}
        spans = {s: (e, kind) for kind, found in plan.items() for s, e in found}
        i = sent.start
        while i < sent.end:
            end, kind = spans.get(i, (i + 1, None))
            if kind == "age":
                words += [doc[i].text, "woman"]
                spaces += [True, bool(doc[end - 1].whitespace_)]
                origin.append(i)
            else:
                words.append(_replacement(doc[i].lower_) if kind == "cue" else doc[i].text)
                spaces.append(bool(doc[end - 1].whitespace_))
            if kind is not None:
                replaced[kind].add(len(origin))
            origin.append(end - 1)
            i = end
        return self._parse(words, spaces), origin, replaced

    def _new_parse(self, sent: Span, plan: dict[str, list[tuple[int, int]]]
                   ) -> tuple[Doc, list[int], dict[str, set[int]], dict[str, list[tuple[int, int]]]] | None:
        """The new parse of a sentence with the replacements of ``plan`` that do what they are for, or ``None``.

        A kind whose replacements failed is left out and the sentence parsed once more without it.
        """
        doc = sent.doc
        for _ in range(len(plan)):
            plan = {kind: found for kind, found in plan.items() if found}
            if not plan:
                return None
            new, origin, replaced = self._parse_replaced(sent, plan)
            worked = {kind for kind in plan if _replacements_worked(kind, doc, new, origin, replaced[kind])}
            if worked == set(plan):
                return (new, origin, replaced, plan) if sum(t.dep_ == "ROOT" for t in new) == 1 else None
            plan = {kind: plan[kind] for kind in worked}
        return None

    @staticmethod
    def _plan(sent: Span, *, ages: bool) -> dict[str, list[tuple[int, int]]]:
        """The replacements a sentence needs, by kind (see the module docstring); age descriptions only with ``ages``."""
        doc = sent.doc
        return {
            "age": [(s, e) for s, e in _age_spans(sent) if _misread_subject(doc, s, e)] if ages else [],
            "name": [(s, e) for s, e in _double_names(sent) if doc[e - 1].dep_ not in _SUBJECTS],
            "cue": [(t.i, t.i + 1) for t in sent if _cue_read_as_noun(t) and not _opens_colon_quote(t)
                    or _plural_cue_read_as_noun(t) or _present_cue_read_as_noun(t)],
        }

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP") or "parser" not in self.nlp.pipe_names:
            return doc
        array = heads = None
        ages = "year" in doc.text.lower()  # (an age description needs the word; the text is searched once)
        for sent in list(doc.sents):
            found = self._new_parse(sent, self._plan(sent, ages=ages))
            verb = _main_verb_read_as_modifier(sent) if found is None else None
            if found is None and verb is None:
                continue
            if array is None:
                array = doc.to_array([HEAD, DEP, TAG, POS, LEMMA])
                heads = array[:, 0].astype("int64")  # (relative offsets, stored wrapped in uint64)
            if found is None:
                _make_root(doc, sent.root, verb, array, heads)
            else:
                _copy_parse(doc, *found, array, heads)
        if array is not None:
            array[:, 0] = heads.astype("uint64")
            doc.from_array([HEAD, DEP, TAG, POS, LEMMA], array)
        return doc


def _make_root(doc: Doc, root: Token, verb: Token, array: np.ndarray, heads: np.ndarray) -> None:
    """Make a verb the parser hung on the root noun the root, and the noun its subject (no new parse needed)."""
    heads[verb.i], array[verb.i, 1] = 0, doc.vocab.strings.add("ROOT")
    array[verb.i, 2], array[verb.i, 3] = doc.vocab.strings.add("VBD"), doc.vocab.strings.add("VERB")
    heads[root.i], array[root.i, 1] = verb.i - root.i, doc.vocab.strings.add("nsubj")
    for child in root.children:
        if child.i > verb.i:
            heads[child.i] = verb.i - child.i  # (what follows the verb is the verb's: the full stop)


def _copy_parse(doc: Doc, new: Doc, origin: list[int], replaced: dict[str, set[int]],
                plan: dict[str, list[tuple[int, int]]], array: np.ndarray, heads: np.ndarray) -> None:
    """Copy a new parse back onto the original tokens: heads, labels, tags (and lemmas of the words not replaced)."""
    kept_tag = replaced.get("name", set()) | replaced.get("cue", set())
    for k, token in enumerate(new):
        j = origin[k]
        heads[j] = origin[token.head.i] - j
        array[j, 1] = token.dep
        if k in kept_tag:
            array[j, 2], array[j, 3] = token.tag, token.pos  # (the own lemma stays: a cue's is set below)
        elif k not in replaced.get("age", set()):  # ("old" keeps its own tag and lemma)
            array[j, 2], array[j, 3], array[j, 4] = token.tag, token.pos, token.lemma
    for s, e in plan.get("age", []):
        # the description's own words hang on "old" as before: The 44 - year - old
        old = e - 1
        year = next(j for j in range(s + 1, old) if doc[j].lower_ == "year")
        for j in range(s + 1, old):
            head, dep = (old, "npadvmod") if j == year else (year, "nummod" if doc[j].like_num else "punct") \
                if j < year else (old, "punct")
            heads[j] = head - j
            array[j, 1] = doc.vocab.strings.add(dep)
    for s, e in plan.get("name", []):
        # the first parts hang on the last: Dohrn -> Matthiesen (compound), - -> Matthiesen (punct)
        last = e - 1
        for j in range(s, last):
            heads[j] = last - j
            array[j, 1] = doc.vocab.strings.add("compound" if doc[j].is_alpha else "punct")
            if doc[j].is_alpha:
                array[j, 2], array[j, 3] = array[last, 2], array[last, 3]
    for s, _ in plan.get("cue", []):
        array[s, 4] = doc.vocab.strings.add(_cue_lemma(doc[s].lower_))  # "meant" -> "mean"


@Language.factory("workbench_reparse")
def make_reparser(nlp: Language, name: str) -> AgeSubjectReparser:
    """Create the ``workbench_reparse`` component (see :class:`AgeSubjectReparser`)."""
    return AgeSubjectReparser(nlp, name)
