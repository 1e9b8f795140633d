"""Canonical actors: resolve every actor mention to one actor id, whatever the spelling.

The ``workbench_actors`` component runs after ``ner``. For each entity it tries, in order:
the curated aliases (``data/aliases.csv``, date-limited role descriptions picked by the
document date), the name without its title ("Foreign Minister Lavrov"), the transliteration
skeleton ("Sergej Lawrow"), a surname of a known person, and in-document clustering of unknown
names (surname <-> full name, "Mr X"). Places that speak or act ("Washington rejected") are
replaced by the government they stand for (``data/metonyms.csv``). Names nobody knows still
become actors, with an id derived from the canonical name; :func:`link_actors_across_documents`
merges their spelling variants across documents.
"""
from __future__ import annotations

import itertools
import logging
import re
from bisect import insort
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from workbench import extensions  # noqa: F401  (registers Doc/Span attributes)
from workbench.names import (
    load_name_genders,
    lookup_key,
    outlet_shaped,
    role_gender,
    skeleton,
    slugify,
)
from workbench.resources import data_dir, data_fingerprint, load_table

logger = logging.getLogger("workbench.actors")

#: ``doc.spans`` key of actors named inside role descriptions ("Kremlin" in "the Kremlin chief").
NESTED_KEY = "nested_actors"
#: Entity labels that can denote an actor.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
#: Labels kept as actors only when a gazetteer knows them (unknown places and groups are not actors).
KNOWN_ONLY_LABELS = frozenset({"NORP", "FAC", "LOC"})
#: spaCy label for each actor type of ``data/actors.csv``.
LABEL_BY_TYPE = {
    "person": "PERSON",
    "organization": "ORG",
    "institution": "ORG",
    "government": "ORG",
    "alliance": "ORG",
    "media": "ORG",
    "state": "GPE",
    "city": "GPE",
    "region": "GPE",
}
#: Which actor types an entity label may resolve to (a PERSON entity is never a city).
TYPES_BY_LABEL = {
    "PERSON": {"person"},
    "ORG": {"organization", "institution", "government", "alliance", "media", "state"},
    "GPE": {"state", "city", "region", "government", "institution", "organization", "alliance"},
    "NORP": {"state", "organization", "alliance"},
    "FAC": {"institution", "city", "organization"},
    "LOC": {"state", "city", "region", "institution"},
}
#: Actor type given to actors no gazetteer knows, from their entity label.
UNKNOWN_TYPE_BY_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "place", "NORP": "group"}
#: Dependency relations through which a place acts or speaks (subject, passive agent).
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


@dataclass(frozen=True)
class ActorRecord:
    """One row of ``data/actors.csv``."""

    actor_id: str
    name: str
    type: str
    country: str = ""
    role: str = ""


@dataclass(frozen=True)
class AliasRecord:
    """One way to refer to an actor, with the dates it is valid for (ISO, empty = open)."""

    actor_id: str
    alias: str
    kind: str
    valid_from: str = ""
    valid_to: str = ""

    def valid_on(self, date: str | None) -> bool:
        """Return whether the alias refers to this actor on ``date`` (always, if no date)."""
        if not date:
            return True
        return (not self.valid_from or self.valid_from <= date) and (not self.valid_to or date < self.valid_to)


class ActorIndex:
    """Lookup tables built from the curated actor files.

    Args:
        actors: Rows of ``actors.csv``.
        aliases: Rows of ``aliases.csv``; every actor's ``name`` is added as an alias.
        metonyms: ``place_id -> government_id`` from ``metonyms.csv``.
        titles: Title words stripped before lookup ("President", "Foreign Minister").
        acting_lemmas: Verb/noun lemmas through which a place acts for its government.
        non_actors: Words the NER often mistakes for actors ("Treaty"); unknown ones are dropped.
        role_nouns: ``noun -> actor type`` for definite descriptions ("the diplomat" -> person).
        stative_lemmas: Verbs whose subject stays a place ("Kyiv lies"); without them only the
            acting lemmas make a capital its government.
        place_contexts: ``context -> words`` from ``place_contexts.csv``: locative prepositions,
            movement words and city parts after which a capital stays a place.
        background: ``government_id -> weight`` from ``background_states.csv``: how much a mention of
            a state named in nearly every text counts towards the country a text is about.
        federations: State ids of ``federations.csv``: whose government "the federal government" can be.
    """

    def __init__(
        self,
        actors: Iterable[ActorRecord],
        aliases: Iterable[AliasRecord],
        *,
        metonyms: dict[str, str] | None = None,
        titles: Iterable[str] = (),
        acting_lemmas: Iterable[str] = (),
        non_actors: Iterable[str] = (),
        role_nouns: dict[str, str] | None = None,
        stative_lemmas: Iterable[str] = (),
        place_contexts: dict[str, set[str]] | None = None,
        background: dict[str, float] | None = None,
        federations: Iterable[str] = (),
        firm_words: Iterable[str] = (),
        officials: Iterable[str] = (),
        born: dict[str, int] | None = None,
        body_endings: Iterable[str] = (),
    ) -> None:
        self.actors: dict[str, ActorRecord] = {actor.actor_id: actor for actor in actors}
        self.metonyms = dict(metonyms or {})
        titles = [t for t in titles if t]
        self.titles = sorted({lookup_key(t) for t in titles}, key=lambda t: (-len(t.split()), t))
        self.title_set = frozenset(self.titles)
        # short office titles in capitals also follow the name ("Aoife Brennan TD", "Jane Doe MP")
        self.postnominals = frozenset(lookup_key(t) for t in titles if " " not in t and t[:1].isupper()
                                      and sum(c.isupper() for c in t) >= 2 and len(t) <= 4)
        self.acting_lemmas = frozenset(lemma.lower() for lemma in acting_lemmas)
        self.non_actors = frozenset(lookup_key(term) for term in non_actors)
        self.stative_lemmas = frozenset(lemma.lower() for lemma in stative_lemmas)
        self.place_contexts = {context: set(words) for context, words in (place_contexts or {}).items()}
        self.role_nouns = {noun.lower(): actor_type for noun, actor_type in (role_nouns or {}).items()}
        # (the nouns of bodies, not people: "association", "chamber", "ministry"; read by the name-joining rules)
        self.body_nouns = frozenset(noun for noun, actor_type in self.role_nouns.items() if actor_type != "person")
        self.background = dict(background or {})
        self.firm_words = frozenset(word for word in firm_words if word)
        self.body_endings = tuple(sorted({ending.lower() for ending in body_endings if ending}))
        self.born = dict(born or {})  # actor id -> year of birth (data/birth_years.csv)
        self.officials = frozenset(noun.lower() for noun in officials if noun)
        self.federations = frozenset(federations)
        self._government_of_state = {actor.country: actor.actor_id for actor in sorted(
            self.actors.values(), key=lambda a: a.actor_id) if actor.type == "government" and actor.country}
        # Why: "the foreign ministry" of a state is the listed institution whose name says so
        self._ministries: dict[tuple[str, str], str] = {}
        for actor in sorted(self.actors.values(), key=lambda a: a.actor_id):
            name = lookup_key(actor.name)
            if actor.type != "institution" or not actor.country:
                continue
            if "foreign" in name or "department of state" in name:
                self._ministries.setdefault((actor.country, "foreign"), actor.actor_id)
            elif "defen" in name and ("ministry" in name or "department" in name):
                self._ministries.setdefault((actor.country, "defence"), actor.actor_id)
            elif ("interior" in name or "internal affairs" in name) and "ministry" in name:
                self._ministries.setdefault((actor.country, "interior"), actor.actor_id)
        # (or whose curated role says so, when no name does: "Federal Ministry for European and International
        # Affairs of Austria" is "Foreign ministry of Austria")
        for actor in sorted(self.actors.values(), key=lambda a: a.actor_id):
            role = lookup_key(actor.role or "")
            if actor.type == "institution" and actor.country:
                for kind in ("foreign", "defence", "interior"):
                    if role.startswith(f"{kind} ministry of"):
                        self._ministries.setdefault((actor.country, kind), actor.actor_id)
        self._stripped: dict[str, str] = {}  # strip_title memo
        self.by_key: dict[str, list[AliasRecord]] = defaultdict(list)
        self.by_skeleton: dict[str, set[str]] = defaultdict(set)
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        all_aliases = [AliasRecord(a.actor_id, a.name, "name") for a in self.actors.values()]
        all_aliases += [alias for alias in aliases if alias.actor_id in self.actors]
        for alias in all_aliases:
            key = lookup_key(alias.alias)
            if key and alias not in self.by_key[key]:
                self.by_key[key].append(alias)
            if alias.kind in {"name", "transliteration", "surname"}:
                self.by_skeleton[skeleton(alias.alias)].add(alias.actor_id)
            if alias.kind == "surname":
                self.by_surname[key].add(alias.actor_id)
        # the first demonym listed for a state ("ukraine" -> "Ukrainian"), to name its unlisted bodies
        self.demonym_of: dict[str, str] = {}
        for alias in aliases:
            if alias.kind == "demonym" and alias.actor_id in self.actors and " " not in alias.alias.strip():
                self.demonym_of.setdefault(alias.actor_id, alias.alias.strip())
        # lookup keys that name more than one actor ("Foreign Office"), for the per-document choice
        self.shared_keys = {key for key, found in self.by_key.items() if len({a.actor_id for a in found}) > 1}
        for actor in self.actors.values():
            if actor.type == "person" and len(actor.name.split()) > 1:
                # Why: a bare surname found by the statistical NER ("Lavrov") should find the
                # person even where no one listed the surname as an alias.
                self.by_surname[lookup_key(actor.name.split()[-1])].add(actor.actor_id)
        self.patterns: list[tuple[str, str]] = sorted(
            {(alias.alias, self.label_for(alias)) for alias in all_aliases if alias.alias.strip()}
        )

    @classmethod
    def from_data_dir(cls, path: str | Path | None = None) -> ActorIndex:
        """Build the index from the CSV files in ``path`` (default: :func:`data_dir`)."""
        return _index_for(str(path or data_dir()), data_fingerprint(path))

    def label_for(self, alias: AliasRecord) -> str:
        """Return the entity label the gazetteer gives to a match of ``alias``."""
        if alias.kind == "demonym":
            return "NORP"
        if alias.kind == "description":
            return "PERSON" if self.actors[alias.actor_id].type == "person" else "ORG"
        return LABEL_BY_TYPE.get(self.actors[alias.actor_id].type, "ORG")

    def name(self, actor_id: str) -> str:
        """Return the display name of a known actor ("" if unknown)."""
        actor = self.actors.get(actor_id)
        return actor.name if actor else ""

    def type(self, actor_id: str) -> str:
        """Return the type of a known actor ("" if unknown)."""
        actor = self.actors.get(actor_id)
        return actor.type if actor else ""

    def strip_title(self, text: str) -> str:
        """Return ``text`` without a leading title ("Foreign Minister Lavrov" -> "Lavrov")."""
        cache = self._stripped
        if text in cache:
            return cache[text]
        key = lookup_key(text)
        stripped = key
        for title in self.titles:
            if key.startswith(title + " ") and len(key) > len(title) + 1:
                stripped = key[len(title) + 1 :]
                break
        last = stripped.rsplit(" ", 1)
        if len(last) == 2 and last[1] in self.postnominals:
            stripped = last[0]
        if len(cache) < 100_000:  # a memo of the texts seen, bounded for very long runs
            cache[text] = stripped
        return stripped

    def candidates(self, text: str, *, date: str | None = None) -> list[AliasRecord]:
        """Return the aliases matching ``text`` that are valid on ``date``, best first.

        Limit: exact lookup after normalisation (case, accents, "the", possessive); fuzzy
        forms are the job of :meth:`resolve`.
        """
        found = self.by_key.get(lookup_key(text), [])
        valid = [alias for alias in found if alias.valid_on(date)]
        if not valid and found and not date:
            valid = found
        if date is None and len(valid) > 1:
            # Why: without a document date, the most recent office holder is the best guess.
            valid = sorted(valid, key=lambda a: a.valid_from or "", reverse=True)
        return valid

    def resolve(self, text: str, label: str, *, date: str | None = None) -> tuple[str, str] | None:
        """Return ``(actor_id, how)`` for a mention, or ``None`` when no curated actor fits.

        ``how`` is one of ``alias``, ``description``, ``title``, ``transliteration``, ``surname``.
        """
        allowed = TYPES_BY_LABEL.get(label)

        def pick(aliases: list[AliasRecord]) -> AliasRecord | None:
            fitting = [a for a in aliases if allowed is None or self.type(a.actor_id) in allowed]
            return (fitting or aliases or [None])[0]

        found = pick(self.candidates(text, date=date))
        if found:
            return found.actor_id, "description" if found.kind == "description" else "alias"
        body_of = _BODY_OF_PLACE.fullmatch(text.strip())
        if body_of is not None and label == "ORG":
            # "The Foreign Ministry of Russia", "the Defence Ministry of Poland": the listed "Russia's Foreign
            # Ministry" read the other way round
            found = pick(self.candidates(f"{body_of.group(2)}'s {body_of.group(1)}", date=date))
            if found:
                return found.actor_id, "alias"
        stripped = self.strip_title(text)
        if stripped != lookup_key(text):
            found = pick(self.candidates(stripped, date=date))
            if found:
                return found.actor_id, "title"
        ids = self.by_skeleton.get(skeleton(stripped), set())
        if len(ids) == 1 and label in {"PERSON", "ORG", "GPE", "NORP"}:
            return next(iter(ids)), "transliteration"
        if label == "PERSON" and " " not in stripped:
            ids = self.by_surname.get(stripped, set()) or self.by_surname.get(skeleton(stripped), set())
            if len(ids) == 1:
                return next(iter(ids)), "surname"
        return None

    def state_named_by(self, word: str) -> str | None:
        """The state a word names as an adjective: its demonym ("Russian") or abbreviation ("US", "U.S."), else None."""
        return next((alias.actor_id for alias in self.candidates(word) if alias.kind == "demonym" or (
            alias.kind == "abbreviation" and self.type(alias.actor_id) == "state")), None)

    def ministry_of(self, state_id: str, kind: str) -> str | None:
        """Return the listed foreign, defence or interior ministry (``kind``) of a state, if any."""
        return self._ministries.get((state_id, kind))

    def strip_inner_title(self, text: str) -> str:
        """Return a person's name without the place and title before it ("Marlin County Sheriff Wade Colter" -> "wade colter").

        Limit: a title of ``data/titles.csv`` after one to three words and before a name of two or three
        words; for people only (a body's name may hold a title: "Wrensbury Metropolitan Borough Council").
        """
        stripped = self.strip_title(text)
        words = stripped.split()
        for i in range(1, min(4, len(words) - 2)):
            if words[i] in self.title_set and 2 <= len(words) - i - 1 <= 3 and len(words[i]) >= 3:
                return " ".join(words[i + 1:])
        return stripped

    def is_body_compound(self, word: str) -> bool:
        """Whether a capitalised German compound names a body by its last part ("Kreisbauernverband", "Stadtwerke").

        Limit: an ending of ``data/body_endings.csv`` after at least three more letters; no title.
        """
        lower = word.lower()
        return word[:1].isupper() and word.isalpha() and any(
            lower.endswith(ending) and len(lower) >= len(ending) + 3 for ending in self.body_endings) \
            and lookup_key(word) not in self.title_set

    def government_of(self, state_id: str) -> str | None:
        """Return the government actor of a state (``ukraine`` -> ``gov_ukraine``), if curated."""
        return self._government_of_state.get(state_id)

    def government_for(self, actor_id: str) -> str | None:
        """Return the government a place or institution can stand for, if any."""
        return self.metonyms.get(actor_id)

    def acts(self, span: Span) -> bool:
        """Return whether a place mention is used as an actor (metonymy).

        The written rule: a place stands for its government when it is the subject of any verb
        but a stative one from ``data/stative_verbs.csv`` ("Washington rejected", "Berlin and
        Paris urged", but "Kyiv lies on the Dnieper"), the object of a speech or action verb
        ("accused the Kremlin"), the passive subject of one ("Kyiv was urged"), the agent of a passive one ("was rejected by Moscow"), the possessor of a
        speech or action noun ("Kyiv's demand"), the partner of one after with/to/on/from/against
        ("talks with Moscow", "a message to Berlin") or the source in "according to Kyiv"; and, once
        ``place_contexts.csv`` is there, after any preposition but a locative one ("in", "near")
        or one of movement ("flew to Berlin"), and as the possessor of anything but a city part
        ("Kyiv's streets").
        Elsewhere ("talks in Kyiv", "flew to Berlin", "Kyiv is the capital", "Kyiv was
        shelled") it stays the place. Limit: needs a dependency parse; without one, no place is
        ever read as a government.
        """
        if _opens_paragraph_in_capitals(span):
            # Why: an all-capitals place opening a paragraph is a dateline ("KYIV, Ukraine (AP) —").
            return False
        root = _first_conjunct(span)
        head = root.head
        if root.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"} and self.stative_lemmas:
            # Why: in news a capital as the subject of nearly any verb is its government acting
            # ("Brussels had begun drafting", "Moscow has made clear"); stative verbs are the exception.
            return head.lemma_.lower() not in self.stative_lemmas
        if root.dep_ in _ACTING_DEPS | _OBJECT_DEPS and head.pos_ in {"VERB", "AUX"}:
            # Subject ("Washington rejected") or object ("accused the Kremlin of") of an acting verb.
            return head.lemma_.lower() in self.acting_lemmas
        if root.dep_ == "pobj" and head.dep_ == "agent":
            return head.head.lemma_.lower() in self.acting_lemmas
        if root.dep_ == "poss" and head.pos_ in {"NOUN", "PROPN"}:
            # "Washington's text", "Kyiv's demand" — but "Kyiv's streets", "Moscow's mayor" stay the city.
            if self.place_contexts:
                return head.lemma_.lower() not in self.place_contexts.get("place_part", ())
            return head.lemma_.lower() in self.acting_lemmas
        if _after_according_to(root):
            return True
        if root.dep_ == "pobj" and head.pos_ == "ADP":
            while head.dep_ == "conj" and head.head is not head:
                head = head.head  # "to Moscow and to Kiev": the second preposition shares the first's head
            governor = head.head.lemma_.lower()
            if self.place_contexts and head.lower_ == "of" and governor in self.place_contexts.get("place_part", ()):
                return False  # "the city of Donetsk", "residents of Kyiv": the place itself
            if self.place_contexts:
                # Why: after "in/near/across" a capital is where something happens, and so is the
                # goal or origin of a movement ("flew to Berlin"); after other prepositions it is a
                # partner of an exchange: "a signal to Moscow", "aimed at Moscow", "help from Berlin".
                if head.lower_ in self.place_contexts.get("locative_preposition", ()):
                    return False
                return governor not in self.place_contexts.get("motion", ())
            return head.lower_ in _PARTNER_PREPOSITIONS and governor in self.acting_lemmas
        return False


#: How much a mention says about which country a text is about, by actor type.
_HOME_WEIGHTS = {"institution": 3.0, "government": 3.0, "city": 2.0, "state": 1.0, "region": 0.5}
#: Words that make "the government" a country's, not a Land's ("the new federal government").
_FEDERAL_WORDS = frozenset({"federal", "national"})
#: Words that make "the government" a federal state's or province's ("the state government", "the Land
#: government", German "Landesregierung"; "the provincial government" in Canada).
_REGIONAL_WORDS = frozenset({"state", "land", "provincial"})
#: Extra weight of a demonym ("Grenadian nationals") for the country a text is about.
_DEMONYM_WEIGHT = 1.0
#: Extra weight of the place a wire dateline names for the country a text is about.
_DATELINE_WEIGHT = 6.0
#: Object relations through which a place is addressed as an actor ("urged Kyiv", "told Washington").
_OBJECT_DEPS = frozenset({"dobj", "dative"})

#: What a body's board speaks for, by the words of its name: an association, club or cooperative, also German
#: ("Verein", "Verband", "Genossenschaft") and a registered association's "e.V.".
_BOARD_OF = frozenset({"association", "club", "society", "cooperative", "verein", "verband", "genossenschaft", "e.v.",
                       "e. v."})
#: What else a body noun may be called in an antecedent's name or role ("the mission" after an embassy).
_KINDS_OF = {"mission": {"embassy", "consulate"}, "concern": {"company", "group"}, "group": {"company", "concern"},
             "carrier": {"airline", "airways"}, "department": {"ministry"},
             # (a German body's board, "Vorstand", speaks for its association, club or cooperative)
             "board": set(_BOARD_OF),
             # (German "Vorstand" kept by machine translation is the board; a "Kreisvorstand" a district body's)
             "vorstand": _BOARD_OF | {"landvolk"}, "kreisvorstand": _BOARD_OF | {"landvolk", "kreis"},
             # (a German union's name says "Gewerkschaft" or "-verband": "The Arbeitnehmerverband X ... The union
             # demanded" is that union, not the European Union named before)
             "union": {"gewerkschaft", "verband"},
             # (translated German names a body by its German kind and describes it in English: "The Tourismus- und
             # Gewerbekammer Montafon ... the chamber said", "the Hotel- und Gaststättenverband ... The association")
             "chamber": {"kammer"}, "association": {"verband", "verein"}, "cooperative": {"genossenschaft"},
             "guild": {"innung"},
             # (a university's or college's rectorate, German "Rektorat", speaks for it)
             "rectorate": {"university", "universität", "fachhochschule", "hochschule", "college", "academy"}}


#: Legal forms that close a firm's name, as written ("Warnow Maschinenbau GmbH", "Altmark-Milch eG", "Sungai Lalang
#: Plywood Sdn Bhd"; "e.V." is two tokens and read apart); data/firm_words.csv lists the common ones among the words
#: that close firms' names. _LEGAL_FORMS holds them in lower case.
_LEGAL_FORM_WORDS = frozenset({"GmbH", "AG", "KG", "SE", "Ltd", "Inc", "plc", "PLC", "LLC", "LLP", "eG", "eGen", "mbH", "Bhd",
                               "Pty"})
_LEGAL_FORMS = frozenset(form.lower() for form in _LEGAL_FORM_WORDS)
#: Endings of a noun for a person by trade ("broker", "distributor", "pharmacist"), unlike a party's or colour's word ("Green").
_TRADE_NOUN = re.compile(r"(?:er|or|ist|ant|ent|ian|man|woman)$")
def trade_before_name(token: Token, role_nouns: Mapping[str, str], titles: Collection[str],
                      given: Mapping[str, str]) -> bool:
    """Whether ``token`` is a person's role noun capitalised only because it opens the sentence, before a name.

    "Broker Simone Lake-Arrindell", "Dean Ferdinand Aschauer": a noun of ``role_nouns`` for a person, no title of
    ``titles``, with an agent's ending or a listed given name of ``given`` after it; not "Green Coast Norway".
    """
    return token.is_sent_start and token.is_title and role_nouns.get(token.lower_) == "person" \
        and lookup_key(token.text) not in titles and (
            _TRADE_NOUN.search(token.lower_) is not None
            or token.i + 1 < len(token.doc) and lookup_key(token.doc[token.i + 1].text) in given)


#: Capitalised words that open a source phrase, not a name: machine-translated German "laut X" ("Loud X GmbH").
_SOURCE_WORDS = frozenset({"loud"})


def _after_source_article(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` follows "Loud the" (German "laut der X"): the source a translated text cites."""
    return i >= 2 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in _SOURCE_WORDS


def age_fits(born: int | None, age: int, date: str | None) -> bool:
    """Whether a person born in ``born`` may be ``age`` years old on ``date`` (ISO; by the year alone).

    Limit: the age is the year's difference or one less; no year of birth or no date fits any age.

    Example:
        >>> age_fits(1952, 69, "2022-01-21"), age_fits(1952, 49, "2022-01-21"), age_fits(None, 49, "2022-01-21")
        (True, False, True)
    """
    year = str(date or "")[:4]
    return born is None or not year.isdigit() or int(year) - born - 1 <= age <= int(year) - born


def _bracketed_tag_follows(span: Span) -> bool:
    """Whether one to three capitalised words in brackets follow ``span`` right away: "Muthu Krishnan (PKR)"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return False
    close = next((i for i in range(span.end + 2, min(span.end + 5, len(doc))) if doc[i].text == ")"), None)
    return close is not None and all(t.text[:1].isupper() and t.is_alpha or t.text == "-"
                                     for t in doc[span.end + 1:close])


def _suspended_compound(token: Token) -> bool:
    """Whether a token is the first part of a German compound whose last part follows later: "Tourismus-"."""
    return len(token.text) > 2 and token.text.endswith(("-", "‐")) and token.text[:1].isupper() \
        and token.text[:-1].isalpha() and "\n" not in token.whitespace_


def _hyphen_follows(token: Token) -> bool:
    """Whether a hyphen glued to ``token`` follows it: the word is the first half of a hyphenated one ("Agri-Supply")."""
    return not token.whitespace_ and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in {"-", "–"}


#: Nouns that describe a firm: "the company" may refer back to a name closing with a firm's word
#: (data/firm_words.csv: "Ironbridge Software ... The company said").
_FIRM_NOUNS = frozenset({"company", "firm", "concern", "business"})
#: A body's board, "the Vorstand" of translated German: the body it governs speaks through it.
_BOARD_NOUNS = frozenset({"board", "vorstand", "kreisvorstand"})

#: An abbreviation a text may define in brackets after a body's name ("ZdK", "DAAD").
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,7}")
#: Prepositions that make a place a partner of an exchange rather than a location.
_PARTNER_PREPOSITIONS = frozenset({"with", "to", "on", "from", "against", "between", "for"})


@lru_cache(maxsize=4)
def _index_for(path: str, fingerprint: str) -> ActorIndex:
    del fingerprint  # part of the cache key only: edited data files build a new index
    actors = [
        ActorRecord(r.actor_id, r.name, r.type, r.country, r.role)
        for r in load_table("actors.csv", directory=path).itertuples()
        if r.actor_id
    ]
    aliases = [
        AliasRecord(r.actor_id, r.alias, r.kind, r.valid_from, r.valid_to)
        for r in load_table("aliases.csv", directory=path).itertuples()
        if r.alias
    ]
    metonyms = {r.place_id: r.government_id for r in load_table("metonyms.csv", directory=path).itertuples()}
    titles = [r.title for r in _optional_table("titles.csv", "title", path)]
    acting = [r.lemma for r in _optional_table("action_verbs.csv", "lemma", path)]
    # Why: "regard as", "call for": the verb of a multi-word cue is what the parse shows.
    cue_rows = _optional_table("cues.csv", "cue", path)
    acting += [r.cue.split()[0] for r in cue_rows]
    officials = [r.cue for r in cue_rows if r.pos == "OFFICIAL"]
    non_actors = [r.term for r in _optional_table("non_actors.csv", "term", path)]
    role_nouns = {r.noun: r.actor_type for r in _optional_table("role_nouns.csv", "noun", path)}
    stative = [r.lemma for r in _optional_table("stative_verbs.csv", "lemma", path)]
    place_contexts: dict[str, set[str]] = defaultdict(set)
    for r in _optional_table("place_contexts.csv", "word", path):
        place_contexts[r.context].add(r.word.lower())
    background = {r.government_id: float(r.weight) for r in _optional_table("background_states.csv", "government_id", path)}
    federations = [r.state_id for r in _optional_table("federations.csv", "state_id", path)]
    firm_words = [r.word for r in _optional_table("firm_words.csv", "word", path)]
    body_endings = [r.ending for r in _optional_table("body_endings.csv", "ending", path)]
    born = {r.actor_id: int(r.born) for r in _optional_table("birth_years.csv", "actor_id", path) if str(r.born).isdigit()}
    unknown = sorted({a.actor_id for a in aliases} - {a.actor_id for a in actors})
    if unknown:
        logger.warning("aliases.csv names %d actor ids missing from actors.csv: %s", len(unknown), unknown[:5])
    return ActorIndex(actors, aliases, metonyms=metonyms, titles=titles, acting_lemmas=acting, non_actors=non_actors,
                      role_nouns=role_nouns, stative_lemmas=stative, place_contexts=place_contexts,
                      background=background, federations=federations, firm_words=firm_words, officials=officials,
                      born=born, body_endings=body_endings)


def _optional_table(name: str, column: str, directory: str) -> list:
    if not (Path(directory) / name).exists():
        logger.warning("%s not found under %s; continuing without it", name, directory)
        return []
    table = load_table(name, directory=directory)
    return [row for row in table.itertuples() if getattr(row, column, "")]


@Language.factory("workbench_actors", default_config={"data_dir": None, "cluster_in_document": True})
def make_actor_resolver(nlp: Language, name: str, *, data_dir: str | None, cluster_in_document: bool) -> ActorResolver:
    """Create the ``workbench_actors`` component (see :class:`ActorResolver`)."""
    return ActorResolver(nlp, name, data_dir=data_dir, cluster_in_document=cluster_in_document)


class ActorResolver:
    """Give every actor entity its canonical ``actor_id`` (in ``ent.kb_id_``).

    Sets ``doc.ents`` anew: entities with an actor label get ``kb_id_`` = actor id,
    (and ``doc.spans["nested_actors"]`` lists actors named inside role descriptions);
    ``ent._.actor_name`` the canonical name and ``ent._.resolution`` how it was found
    (alias, description, title, transliteration, surname, document, metonym or new).
    Unknown places, groups and facilities are dropped from the entity list's actor ids
    (their ``kb_id_`` stays empty) because they are not actors.
    """

    def __init__(self, nlp: Language, name: str = "workbench_actors", *, data_dir: str | None = None,
                 cluster_in_document: bool = True) -> None:
        self.name = name
        self.data_dir = data_dir
        self.cluster_in_document = cluster_in_document
        self.index = ActorIndex.from_data_dir(data_dir)
        self._person_nouns = _person_nouns(self.index, data_dir)

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.date
        self._split_trailing_names(doc)
        self._surnames_joined_by_and(doc)
        self._surnames_cut_off_a_title_and_given_name(doc)
        self._questions_opening_with_will(doc)
        self._drop_dangling_descriptions(doc)
        self._firms_named_after_people(doc)
        self._own_outlet_is_no_person(doc)
        self._bodies_read_as_people(doc)
        self._outlets_told_are_no_persons(doc)
        self._recover_given_names(doc)
        self._given_names_of_couples(doc)
        self._surnames_read_as_dates(doc)
        self._join_hyphenated_surnames(doc)
        self._join_given_names_before_names(doc)
        self._recover_described_names(doc)
        self._recover_titled_names(doc)
        self._recover_names_after_honorifics(doc)
        self._places_named_as_places(doc)
        self._recover_full_names(doc)
        self._recover_bare_surnames(doc)
        self._restore_names_with_places(doc)
        self._join_names_cut_before_places(doc)
        self._bodies_cut_at_a_plural_possessive(doc)
        self._bodies_cut_after_a_hyphen(doc)
        self._bodies_cut_before_and(doc)
        self._split_addressees_off_surnames(doc)
        self._join_surnames_read_as_bodies(doc)
        self._drop_titles_before_names(doc)
        self._bodies_named_after_their_kind(doc)
        self._bodies_cut_before_their_kind(doc)
        self._bodies_named_by_their_kind_first(doc)
        self._firms_named_by_their_last_word(doc)
        self._bodies_the_model_left_unnamed(doc)
        self._names_cut_after_their_first_word(doc)
        self._bodies_with_two_kinds_or_a_place(doc)
        self._bodies_named_on_after_of(doc)
        self._constituencies_are_places(doc)
        self._bodies_cut_after_a_preposition(doc)
        self._firms_closed_by_a_legal_form(doc)
        self._titled_names_taken_up_by_surname(doc)
        self._join_adjacent_person_names(doc)
        self._join_patronymic_names(doc)
        self._affiliations_in_brackets(doc)
        self._drop_opening_participles(doc)
        self._trim_entity_edges(doc)
        self._bodies_read_as_laws(doc)
        self._bodies_after_suspended_compounds(doc)
        self._first_names_used_alone(doc)
        resolved: list[tuple[Span, str, str, str]] = []  # span, actor_id, name, how
        indefinite: list[Span] = []
        unknown_people: list[Span] = []
        # Why: a bare unknown name ("Žemaitis said") tells that a longer entity ending with it
        # ("Rokas Žemaitis", tagged ORG by the model) is that person's full name.
        hits = {(ent.start, ent.end): self.index.resolve(ent.text, ent.label_, date=date)
                for ent in doc.ents if ent.label_ in ACTOR_LABELS}
        self._disambiguate_by_country(doc, hits, date=date)
        # Why: "Oksana Melnyk ... Melnyk's spokesman": a bare surname is the person named in full
        # in this document, not a listed namesake the surname alias points to.
        full_names: dict[str, set[str]] = defaultdict(set)
        surnames_as_written: set[str] = set()  # the last words of full names, as the text writes them
        for ent in doc.ents:
            words = self.index.strip_title(ent.text).split()
            if ent.label_ == "PERSON" and len(words) >= 2:
                hit = hits.get((ent.start, ent.end))
                full_names[skeleton(words[-1])].add(hit[0] if hit else "")
                surnames_as_written.add(lookup_key(words[-1]))
        state_chancellery = ""  # the Land government a "state chancellery" of this text stands for
        for key, hit in list(hits.items()):
            span = doc[key[0]:key[1]]
            previous = doc[span.start - 1] if span.start > 0 else None
            if (hit and hit[1] == "description" and span.text.islower() and previous is not None
                    and previous.text[:1].isupper() and previous.is_alpha and not previous.is_sent_start):
                # Why: "the bloc" is the EU, but "the Soviet bloc" is not: a lowercase description
                # with a proper adjective before it names something else
                hits[key] = None
                continue
            named_land = re.fullmatch(r"(?:[Tt]he )?Land ([A-Z][\w-]+(?: [A-Z][\w-]+)?)", span.text)
            if not hit and named_land:
                # Why: "The Land Tyrol said" (German "Das Land Tirol") is that Land's government
                place = self.index.resolve(named_land.group(1), "GPE", date=date)
                land = self._land_government_of(place[0]) if place else None
                if land:
                    hits[key] = (land, "name")
                continue
            if not hit and span.text == "Land" and previous is not None and previous.lower_ in {"the", "a", "an"}:
                # Why: "a spokesman of the Land", "the tourism department of the Land", "A Land spokesman": German
                # "das Land" is the Land the text named last (its government), not a body called "Land"
                land = self._land_named_before(span.start, hits)
                if land:
                    hits[key] = (land, "description")
                continue
            if re.fullmatch(r"(?:[Tt]he )?Landhaus(?: in)?", span.text):
                # Why: "From the Landhaus in Innsbruck it was said" (Austrian "Landhaus", the seat of a Land's
                # government): the Land of the capital after it, else the Land the text named last
                after = next((h for (start, _end), h in hits.items() if h and start in {span.end, span.end + 1}), None)
                land = (self._land_government_of(after[0]) if after else None) or self._land_named_before(span.start, hits)
                if land:
                    hits[key] = (land, "description")
                continue
            if hit and previous is not None and previous.lower_ == "state" and span.text.lower() == "chancellery":
                # Why: "the state chancellery" (German "Staatskanzlei") is the office of a Land government,
                # the one of the Land the text named last, not the Federal Chancellery
                land = self._land_named_before(span.start, hits)
                if land:
                    hits[key] = (land, "description")
                    state_chancellery = land
                continue
            if hit and state_chancellery and previous is not None and previous.lower_ == "the" \
                    and span.text == "chancellery":
                # ("let the state chancellery declare ... so the chancellery further": the office named before)
                hits[key] = (state_chancellery, "description")
                continue
            words = self.index.strip_title(span.text).split()
            if hit and len(words) == 1 and self.index.type(hit[0]) == "person":
                namesakes = full_names.get(skeleton(words[0]), set())
                if namesakes and hit[0] not in namesakes:
                    hits[key] = None
            elif hit and hit[1] == "transliteration" and len(words) == 1 and lookup_key(words[0]) in surnames_as_written:
                # Why: "Reto Ammann ... Ammann said": a bare surname the text wrote in a full name is that person,
                # not a place whose spelling it only resembles ("Amman")
                hits[key] = None
        bare_names = set()
        for ent in doc.ents:
            stripped = self.index.strip_title(ent.text)
            if (ent.text[:1].isupper() and len(stripped.split()) == 1 and not hits.get((ent.start, ent.end))
                    and (ent.label_ == "PERSON" or (ent.label_ in {"ORG", "GPE"} and self._speaks(ent)))):
                bare_names.add(skeleton(stripped))
        bare_names -= {skeleton(ent.text) for ent in doc.ents if ent.label_ == "GPE"}  # a town is no surname
        # Why: "Denise Carrow-Whitfield ... Carrow-Whitfield said": the model tags the later hyphenated
        # surname alone ORG, and it is three tokens, so the one-word rule below misses it
        hyphenated_surnames = {skeleton(ent.text.split()[-1]) for ent in doc.ents if ent.label_ == "PERSON"
                               and len(ent.text.split()) >= 2 and "-" in ent.text.split()[-1].strip("-")}
        short_forms: dict[str, tuple[str, str]] = {}  # first word(s) of an unknown organisation -> its id, name
        firm_short_forms: set[str] = set()  # first words of unknown firms whose names close with a firm's word
        firm_names: set[str] = set()  # (those firms' names)
        given_first = load_name_genders(self.data_dir).given
        acronyms: dict[str, tuple[str, str]] = {}  # abbreviation defined in brackets -> the body's id, name
        for ent in doc.ents:
            if len(resolved) and resolved[-1][1] and resolved[-1][0].label_ in {"ORG", "FAC"}:
                self._define_acronym(doc, resolved[-1], acronyms)
            elif len(resolved) and not resolved[-1][1] and resolved[-1][0].label_ == "FAC" and resolved[-1][0][-1].is_title:
                # ("at the Gasversorgung Vest-Lippe (GVL) ... A spokesman of the GVL": the model may call an unknown
                # utility's name a facility; the abbreviation it defines still names the body)
                canonical = _display_name(resolved[-1][0].text)
                self._define_acronym(doc, (resolved[-1][0], slugify(canonical), canonical, "new"), acronyms)
            if ent.label_ not in ACTOR_LABELS and not (ent.label_ in {"PRODUCT", "WORK_OF_ART"}
                                                      and self._titled_name(ent)) \
                    and not (ent.label_ == "WORK_OF_ART" and _source_named_last(doc, ent)):
                # ("opposition councillor [Nasreen Akhtar]PRODUCT": a "product" after a person's role is read below)
                resolved.append((ent, "", "", ""))
                continue
            hit = hits.get((ent.start, ent.end))
            if (not hit and ent.label_ in {"ORG", "GPE"} and len(ent) in {2, 3} and ent[0].is_title
                    and skeleton(ent[-1].text) in bare_names
                    # (a German body named by its kind first is no person: "Tourismusverband Zirbenau ... Zirbenau")
                    and not self.index.is_body_compound(ent[0].text)) or (
                    not hit and self._name_before_who(ent)):
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            if hit and hit[1] == "description" and ent.start > 0 and doc[ent.start - 1].lower_ in {"a", "an", "one"}:
                # Why: "a spokesman for the State Department" is some spokesman, not the office
                # holder; the actors it names ("State Department", "German") are still mentioned.
                indefinite.append(ent)
                continue
            if not hit and ent.label_ in {"ORG", "GPE"} and self.index.strip_title(ent.text) != lookup_key(ent.text):
                # Why: a title makes a person ("Mayor Ulrike Brand" tagged ORG by the model).
                ent = Span(doc, ent.start, ent.end, label="PERSON")
                hit = self.index.resolve(ent.text, "PERSON", date=date)
            if not hit and ent.label_ in {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"} \
                    and self._titled_name(ent) and not self._closed_by_body_noun(ent):
                # Why: a title or a person's role right before a name makes it a person ("opposition
                # MP Nino Gelashvili" tagged LOC, "The Russia expert Valeska Imhoff" tagged ORG); not a
                # name closed by a body's kind word ("the Student Volunteer Defence Circle").
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            acronym = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            if not hit and acronym in acronyms and (ent.label_ != "PERSON" or (
                    len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].text == "(")):
                # Why: "the Central Committee of German Catholics (ZdK) ... A ZdK spokeswoman": an
                # abbreviation the text defines in brackets is that body's name in the same text
                earlier = acronyms[acronym]
                resolved.append((ent, earlier[0], earlier[1], "document"))
            elif not hit and (ent.text in short_forms or ent.text[:4] == "The " and len(ent) > 1
                              and ent[1:].text in short_forms and ent.label_ == "ORG") and (
                    # ("Harbor Alloy will review" after "Harbor Alloy Supply", "[Calumet Ridge]PERSON said" after
                    # "Calumet Ridge Steel": the first words of a body's name are its short name; not a person's
                    # name that opens with a given name, "Jan Kowalski" after "Jan Kowalski Foundation", nor a
                    # one-word "person", a surname a family firm may share: "Brandl" of "Brandl Präzisionstechnik")
                    ent.label_ == "ORG"
                    or (len(ent) == 1 and self.index.is_body_compound(ent.text))  # ("[Kreisbauernverband]LOC")
                    or (len(ent) >= 2 and ent.label_ == "PERSON" and lookup_key(ent[0].text) not in given_first
                        and not self._titled_name(ent))
                    # (a one-word "person" of a firm's name closing with a firm's word, when no person of the text
                    # bears the word: "a spokesman for Brodie" after "Brodie Energy")
                    or (len(ent) == 1 and ent.label_ == "PERSON" and ent.text in firm_short_forms
                        and lookup_key(ent.text) not in given_first
                        and not any(p.label_ == "PERSON" and len(p) >= 2 and ent.text in {t.text for t in p}
                                    and p.text not in firm_names for p in doc.ents))):
                # Why: "Analysts at Nordvik" after "Nordvik Energy Consultants": an organisation's
                # first word alone is its short name in the same text
                earlier = short_forms.get(ent.text) or short_forms[ent[1:].text]
                if ent.label_ == "PERSON":
                    ent = Span(doc, ent.start, ent.end, label="ORG")
                resolved.append((ent, earlier[0], earlier[1], "document"))
            elif not hit and len(ent) <= 2 and self.index.is_body_compound(ent[-1].text) \
                    and (source := _source_named_short(doc, ent)):
                # Why: the first words of the publisher's own name are that publisher ("The Molkereigenossenschaft and
                # the Bezirksbauernkammer demand" in a circular whose source is "Bezirksbauernkammer Traunviertel-Süd")
                resolved.append((ent, slugify(source), source, "document"))
            elif not hit and (source := _source_named_last(doc, ent)):
                # Why: "The Ledger reported" in a story whose source is "The Honolulu Harbor Ledger": the last
                # words of the publisher's own name, after "the", are that publisher (a paper naming itself)
                resolved.append((ent, slugify(source), source, "document"))
            elif hit:
                actor_id, how = hit
                resolved.append((ent, actor_id, self.index.name(actor_id), how))
            elif not any(t.is_alpha and t.lower_ != "the" for t in ent):
                continue  # "the „" before a quoted name: the model's entity has no word of a name
            elif self.index.strip_title(ent.text).split(" ", 1)[0] in {"of", "for", "at", "from"}:
                # "Spokesman of ministry" (translated Russian drops the article): a title and a body
                # name no one; the role is resolved as a description, not as a name
                continue
            elif len(ent) == 1 and (lookup_key(ent.text) in self.index.title_set and _after_article(ent[0])
                                    or self._kept_role_noun(ent)):
                # Why: "The Archbishop accused", "The local MLA, Devendra Chauhan, called": a title after "the" (and
                # its adjectives) is a description of a person, not a name (resolved as a description below); so is
                # a role noun machine translation keeps (:meth:`_kept_role_noun`)
                resolved.append((ent, "", "", ""))
            elif (ent.label_ == "PERSON" or (ent.label_ in {"ORG", "GPE"} and (
                    len(ent) == 1 or len(ent.text.split()) == 1 and skeleton(ent.text) in hyphenated_surnames))) \
                    and not (len(ent) > 1 and self._is_non_actor(ent.text)):  # ("Nord Stream 2" is a pipeline)
                # Why: the model often labels a bare surname ORG or GPE ("Halloran said"); it may
                # join a person's cluster below, and otherwise stays what the model said.
                resolved.append((ent, "", "", "pending"))
                unknown_people.append(ent)
            elif ent.label_ in KNOWN_ONLY_LABELS or self._is_non_actor(ent.text):
                resolved.append((ent, "", "", ""))
            elif ent[-1].lower_ == "embassy" and len(ent) > 1 and all(
                    t.lower_ == "the" or self.index.state_named_by(t.text) for t in ent[:-1]):
                # Why: "The Russian Embassy" ("The U.S. Embassy") tagged ORG names no host; it is resolved below like
                # "the Russian embassy in Stockholm", from the place after it or the text's country
                resolved.append((ent, "", "", ""))
            elif self._generic_ministry(ent):
                # Why: "The Foreign Ministry said" and "the Federal Government" name no country; they
                # are resolved below like "the foreign ministry", from the text's country
                resolved.append((ent, "", "", ""))
            elif len(ent) == 1 and ent.start == ent.sent.start and \
                    self.index.role_nouns.get(ent.text.lower(), "person") != "person":
                # Why: "Alliance stated ...": machine-translated Russian drops the article of a
                # description; it is resolved like "the alliance" below, not made a new actor
                resolved.append((ent, "", "", ""))
            else:
                canonical = _display_name(ent.text)
                resolved.append((ent, slugify(canonical), canonical, "new"))
                # (not a hyphenated place's first part: "Lübeck" of "Lübeck-Travemünde" is a town of its own)
                # (an article the model took into the name is no part of it: "the Winzerverband Mittelmosel-Hunsrück")
                named = ent[1:] if ent[0].lower_ == "the" else ent
                form = 2 if named[-2:].text == "e. V." else 1 if named[-1].text in _LEGAL_FORM_WORDS else 0
                if form and len(named) > form and ent.label_ == "ORG":
                    # ("The Molkerei Marschmilch announced" after "Molkerei Marschmilch eG": a firm's name without
                    # its legal form is the same firm)
                    short_forms.setdefault(named[:-form].text, (slugify(canonical), canonical))
                compound = next((t for t in named[:3] if self.index.is_body_compound(t.text)), None)
                if compound is not None and compound.i + 1 < ent.end:
                    # (a German compound naming the body's kind, and what opens the name up to it: "Winzerverband",
                    # "Grünen-Kreisverband" and "Kreisverband" of "Grünen-Kreisverband Westrich"; not "the Kericho Tea
                    # Exporters Association", whose first word is a town)
                    short_forms.setdefault(doc[named.start:compound.i + 1].text, (slugify(canonical), canonical))
                    short_forms.setdefault(compound.text, (slugify(canonical), canonical))
                    rest = doc[compound.i + 1:ent.end]
                    if compound.i == named.start and len(rest) >= 2 and all(t.is_title and t.is_alpha for t in rest):
                        # (and the name after the kind, of two words at least: "Lichtblick Ost" of "the Hilfswerk
                        # Lichtblick Ost"; not one word, often a place: "Westrich" of "Kreisverband Westrich")
                        short_forms.setdefault(rest.text, (slugify(canonical), canonical))
                elif ent.label_ == "ORG" and len(named) >= 2 and named is ent and named[0].pos_ == "PROPN" and named[0].is_title \
                        and named[1].text not in {"-", "‐"} \
                        and not self.index.candidates(named[0].text) and lookup_key(named[0].text) not in self.index.titles:
                    short_forms.setdefault(named[0].text, (slugify(canonical), canonical))
                    if named[-1].text in self.index.firm_words:
                        firm_short_forms.add(named[0].text)
                        firm_names.add(ent.text)
                    for size in range(2, len(named)):
                        # (and its first two or more capitalised words: "Harbor Alloy" of "Harbor Alloy Supply")
                        # (not before a lower-case word: "Wattle Grain Analytics in Adelaide" is the body and its place;
                        # but before its legal form: "Molkerei Marschmilch" of "Molkerei Marschmilch eG")
                        if not all(t.is_title and t.is_alpha for t in named[:size]) or not (
                                named[size].is_title and named[size].is_alpha
                                or size == len(named) - 1 and named[size].text in _LEGAL_FORM_WORDS
                                or size == len(named) - 2 and named[size:].text == "e. V."):
                            break
                        short_forms.setdefault(named[:size].text, (slugify(canonical), canonical))
        if acronyms:
            # Why: the model misses many later uses of the abbreviation ("The ZdK warned")
            covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
            for token in doc:
                if token.text in acronyms and token.i not in covered:
                    resolved.append((Span(doc, token.i, token.i + 1, label="ORG"), *acronyms[token.text], "document"))
        long_short_forms = {tuple(form.split()): body for form, body in short_forms.items() if " " in form}
        if long_short_forms:
            # Why: "Harbor Alloy will review its prices" after "Harbor Alloy Supply": the model may tag no entity
            # on a body's short name of two or more words
            covered = {i for ent in doc.ents for i in range(ent.start, ent.end)} | {
                i for span, *_ in resolved for i in range(span.start, span.end)}
            for form, body in long_short_forms.items():
                for token in doc:
                    end = token.i + len(form)
                    if token.text == form[0] and end <= len(doc) and tuple(t.text for t in doc[token.i:end]) == form \
                            and not any(i in covered for i in range(token.i, end)) \
                            and not (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
                        resolved.append((Span(doc, token.i, end, label="ORG"), *body, "document"))
                        covered.update(range(token.i, end))
        self._bodies_by_their_kind(doc, resolved, short_forms)
        _bodies_by_their_last_words(doc, resolved, self.index.role_nouns)
        clusters = self._cluster_people(unknown_people, resolved) if unknown_people else {}
        self._actors_named_by_an_earlier_word(doc, resolved, clusters)
        new_ents = []
        names: dict[tuple[int, int], tuple[str, str]] = {}
        label_override: dict[tuple[int, int], str] = {}
        for ent, actor_id, actor_name, how in resolved:
            if how == "pending":
                actor_id, actor_name, how = clusters[(ent.start, ent.end)]
                if how == "document" and ent.label_ != "PERSON":
                    label_override[(ent.start, ent.end)] = "PERSON"
                elif (ent.label_ != "PERSON" or len(ent) == 1) and self._is_non_actor(ent.text):
                    # (a lone listed word the model took for a person, "Patriot batteries", is none)
                    actor_id, actor_name, how = "", "", ""
            if actor_id and self.index.government_for(actor_id) and self.index.acts(ent) \
                    and (not self._seat_of_region(actor_id) or _subject_or_source(ent)):
                actor_id = self.index.government_for(actor_id) or actor_id
                actor_name, how = self.index.name(actor_id) or actor_name, "metonym"
            label = label_override.get((ent.start, ent.end), ent.label_)
            actor_type = self.index.type(actor_id)
            if actor_type and actor_type not in TYPES_BY_LABEL.get(label, {actor_type}):
                # Why: the curated alias is more reliable than the statistical label ("Kiev" as PERSON).
                label = LABEL_BY_TYPE.get(actor_type, label)
            span = Span(doc, ent.start, ent.end, label=label, kb_id=actor_id)
            new_ents.append(span)
            names[(ent.start, ent.end)] = (actor_name, how)
        for ent in indefinite:
            for span in self._names_inside(doc, ent, demonyms=True):
                new_ents.append(span)
                names[(span.start, span.end)] = (self.index.name(span.kb_id_), "alias")
        # Why: an entity nobody could resolve ("the Parliament" tagged ORG) may still be a
        # description of an earlier actor, so only resolved and non-actor entities block.
        # (nor does a lone role noun the model took for a name: "Embassy of Russian Federation in Prague")
        # (nor one the model took for a nationality after German "laut": "Loud the [Bürgermeisterin]NORP work")
        taken = {i for span in new_ents if (span.kb_id_ or span.label_ not in ACTOR_LABELS)
                 and not (len(span) == 1 and span.kb_id_ not in self.index.actors and span.text.istitle()
                          and span.text.lower() in self.index.role_nouns
                          and (self.index.role_nouns[span.text.lower()] != "person"
                               or span.label_ == "NORP" and _after_source_article(doc, span.start)))
                 for i in range(span.start, span.end)}
        for span, actor_name, how in self._propagate_names(doc, new_ents, names, taken) + \
                self._resolve_descriptions(doc, new_ents, taken):
            new_ents = [ent for ent in new_ents if ent.end <= span.start or span.end <= ent.start]
            new_ents.append(span)
            names[(span.start, span.end)] = (actor_name, how)
        doc.ents = sorted(new_ents, key=lambda span: span.start)
        for ent in doc.ents:
            ent._.actor_name, ent._.resolution = names.get((ent.start, ent.end), ("", ""))
        doc.spans[NESTED_KEY] = self._nested_mentions(doc)
        return doc

    def _nested_mentions(self, doc: Doc) -> list[Span]:
        """Return the actors named inside role descriptions ("Kremlin" in "the Kremlin chief").

        Limit: only names, abbreviations and metonyms are found (not demonyms: "the Russian
        leader" names no state); longest name first.
        """
        return [span for ent in doc.ents if ent._.resolution == "description" and len(ent) > 1
                for span in self._names_inside(doc, ent, demonyms=False)]

    def _names_inside(self, doc: Doc, ent: Span, *, demonyms: bool) -> list[Span]:
        """Return the curated actors named inside ``ent``, longest first, without overlaps."""
        skipped = {"description"} if demonyms else {"description", "demonym"}
        found = []
        i = ent.start
        while i < ent.end:
            for j in range(ent.end, i, -1):
                if (i, j) == (ent.start, ent.end) or not doc[i].text[:1].isupper() or doc[j - 1].lower_ in {"'s", "’s"}:
                    continue
                aliases = [alias for alias in self.index.candidates(doc[i:j].text)
                           if alias.kind not in skipped and alias.actor_id != ent.kb_id_]
                if aliases:
                    actor_id = aliases[0].actor_id
                    label = "NORP" if aliases[0].kind == "demonym" else LABEL_BY_TYPE.get(self.index.type(actor_id), "ORG")
                    found.append(Span(doc, i, j, label=label, kb_id=actor_id))
                    i = j - 1
                    break
            i += 1
        return found

    def _first_names_used_alone(self, doc: Doc) -> None:
        """Tag as a person the first word of one person's name where the text uses it alone as a subject: "Councillor Muthu
        Krishnan (PKR) ... Muthu told the meeting".

        Why: Malaysian, Tamil and other naming customs call a person by the first name after the full name; the model
        leaves the lone word untagged and the speaker becomes a person of its own (the person clusters below join it to
        the full name). Limit: the word opens exactly one two- or three-word person's name, ends none, is no title and
        no listed actor; untagged, a proper noun and the subject of a verb or followed by an age (", 59,").
        """
        titles = self.index.title_set
        # (the words of a name after the titles the model took into it: "[Councillor Kamarul Ariffin]")
        people = [words for ent in doc.ents if ent.label_ == "PERSON"
                  for words in [[t for t in ent if lookup_key(t.text) not in titles]] if len(words) in {2, 3}
                  and words[0].is_title]
        firsts = Counter(words[0].text for words in people)
        lasts = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}
        covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        added = []
        for token in doc:
            if token.i in covered or firsts.get(token.text) != 1 or token.text in lasts or token.pos_ != "PROPN" \
                    or lookup_key(token.text) in titles or self.index.candidates(token.text) \
                    or (token.i + 1 < len(doc) and doc[token.i + 1].is_title) or (token.i > 0 and doc[token.i - 1].is_title
                                                                                   and doc[token.i - 1].is_alpha):
                continue
            aged = token.i + 3 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].like_num \
                and doc[token.i + 3].text == ","
            if token.dep_ in {"nsubj", "nsubjpass"} or aged:
                added.append(Span(doc, token.i, token.i + 1, label="PERSON"))
        _put_entities(doc, added)

    @staticmethod
    def _bodies_after_suspended_compounds(doc: Doc) -> None:
        """Take into an organisation's name the German compounds joined to its first word by "und": "Tourismus- und Gewerbekammer Montafon".

        Why: German shares the last part of joined compounds ("Handels- und Gewerbekammer", "Hotel- und
        Gaststättenverband"); the model tags only the name after "und" (or reads "Tourismus-" as a person),
        and the id then lacks the words before it. Limit: an organisation after "und"/"and"/"oder"/"or";
        the words before are capitalised ones closed by a hyphen, joined by commas ("Industrie-, Handels-
        und Gewerbekammer"), in the same line.
        """
        spans = []
        for ent in doc.ents:
            start = ent.start
            if ent.label_ != "ORG" or start < 2 or doc[start - 1].lower_ not in {"und", "and", "oder", "or"} \
                    or not _suspended_compound(doc[start - 2]):
                continue
            start -= 2
            while start >= 2 and doc[start - 1].text == "," and _suspended_compound(doc[start - 2]):
                start -= 2
            spans.append(Span(doc, start, ent.end, label="ORG"))
        _put_entities(doc, spans)

    def _bodies_read_as_laws(self, doc: Doc) -> None:
        """Relabel as an organisation a "law", "work of art", "product" or "event" closing with a body's kind: "The Harbour
        Light Seafarers' Mission".

        Why: the model reads an unfamiliar body's name of several capitalised words as a law or a title, which names
        no actor, so "An official at the mission" finds nothing to refer to. Limit: the last word (before a trailing
        preposition the model took in) is a capitalised organisation, institution or media noun of
        data/role_nouns.csv; the words before it are capitalised (a plural possessive may close one); no listed actor.
        """
        kinds = {"organization", "institution", "media"}
        relabelled = []
        for ent in doc.ents:
            if ent.label_ not in {"LAW", "WORK_OF_ART", "PRODUCT", "EVENT"}:
                relabelled.append(ent)
                continue
            start = ent.start + (ent[0].lower_ == "the")
            end = ent.end
            while end > start and doc[end - 1].pos_ == "ADP":
                end -= 1
            words = doc[start:end]
            if len(words) >= 2 and words[-1].is_title and self.index.role_nouns.get(words[-1].lower_) in kinds \
                    and all(t.is_title or t.text in {"'", "’", "'s", "’s", "&", "-"} for t in words) \
                    and not self.index.candidates(words.text):
                relabelled.append(Span(doc, start, end, label="ORG"))
            else:
                relabelled.append(ent)
        _replace_entities(doc, relabelled)

    def _trim_entity_edges(self, doc: Doc) -> None:
        """Trim names at their edges: a spaced dash, a closing article or preposition, a title compound, "the" before a government noun.

        Why: "Circular of the [Wirtschaftskammer Kraichgau – Transport], logistics": a spaced dash parts a heading, not
        the words of a name (a hyphen, unspaced, joins them: "Rheingau-Taunus"); and "called [Sautter the] EU
        Commission on", "[Ms Tricia Fortune of] Island Hopper": a lower-case article, preposition or conjunction
        closes no name. Limit: a dash inside the name, after its first word.
        An organisation whose last hyphened part is a title of data/titles.csv, right before a capitalised word,
        is a person's title and no body: "[Bezirksbauernkammer-Obmann] Leopold Fachberger". A person's role noun of
        data/role_nouns.csv (no title) with an agent's ending or before a listed given name, opening the sentence
        before two more capitalised words, is no part of the name ("[Broker Simone Lake-Arrindell]", "[Dean Ferdinand
        Aschauer]"; not "Green Coast Norway").
        """
        titles = self.index.title_set
        changed = []
        for ent in doc.ents:
            end = ent.end
            if ent.label_ == "ORG" and len(ent) >= 3 and ent[-2].text in {"-", "‐"} and not ent[-2].whitespace_ \
                    and lookup_key(ent[-1].text) in titles and ent.end < len(doc) and doc[ent.end].is_title:
                continue  # ("said [Bezirksbauernkammer-Obmann] Leopold X": a body's compound closed by a title is a title)
            if ent.label_ in {"ORG", "PERSON"}:
                dash = next((t.i for t in ent[1:] if t.text in {"–", "—"} and t.whitespace_
                             and doc[t.i - 1].whitespace_), None)
                if dash is not None:
                    end = dash
                while end - ent.start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in {"DET", "ADP", "CCONJ"}:
                    end -= 1
            start = ent.start
            if end - start == 2 and doc[start].lower_ == "the" and doc[start + 1].is_title \
                    and self.index.role_nouns.get(doc[start + 1].lower_) in {"land_government", "government"}:
                start += 1  # ("From [the Landesregierung] in Erfurt": a government noun after its article is a description)
            if end - start >= 3 and ent.label_ in {"ORG", "PERSON"} \
                    and trade_before_name(doc[start], self.index.role_nouns, titles, load_name_genders(self.data_dir).given) \
                    and all(t.is_title or not t.is_alpha for t in doc[start + 1:end]) and not self.index.candidates(ent.text):
                # ("[Broker Simone Lake-Arrindell] of ... said": a trade's noun opening the sentence, capitalised only
                # there, is a description before the name, not part of it)
                start += 1
            changed.append(Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent)
        _replace_entities(doc, changed)

    @staticmethod
    def _affiliations_in_brackets(doc: Doc) -> None:
        """Tag an organisation the one or two words in brackets right after a person's name: "Dr Siti Hajar Ismail (Amanah)".

        Why: the model reads an unfamiliar party or body in brackets as a person, which then becomes the
        antecedent of "she" or "the paediatrician". Limit: the brackets hold only the entity, which the
        model called a person, and a person's name ends right before the opening bracket.
        """
        ends = {ent.end for ent in doc.ents if ent.label_ == "PERSON"}
        relabelled = [Span(doc, ent.start, ent.end, label="ORG")
                      if ent.label_ == "PERSON" and len(ent) <= 2 and ent.start >= 2 and ent.end < len(doc)
                      and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")" and ent.start - 1 in ends
                      else ent for ent in doc.ents]
        _replace_entities(doc, relabelled)

    @staticmethod
    def _own_outlet_is_no_person(doc: Doc) -> None:
        """Tag the publication's own name ("told Ridings Live", from ``Doc._.source``) an organisation.

        The model often calls an unfamiliar outlet a person, which then becomes the antecedent of
        "he" or "the MP". Limit: the entity must spell the source exactly (case and a leading "The"
        aside); other outlets are left to the model and the lists.
        """
        source = (doc._.source or "").strip()
        if not source:
            return
        key = lookup_key(source.removeprefix("The ").removeprefix("the "))
        relabelled = [Span(doc, ent.start, ent.end, label="ORG") for ent in doc.ents if ent.label_ != "ORG"
                      and lookup_key(ent.text.removeprefix("The ").removeprefix("the ")) == key]
        # ("The Ledger reported", "the Anzeiger" in a story of "The Honolulu Harbor Ledger", "Rheinufer-Anzeiger":
        # the source's last words after "the" are the publisher naming itself; see _source_named_last)
        words = _source_words(doc)
        for article in doc[:-1]:
            if article.lower_ != "the" or len(words) < 2:
                continue
            before = doc[article.i - 1] if article.i > 0 else None
            if before is not None and before.pos_ in {"VERB", "AUX", "NOUN", "PROPN", "PRON"} and not (
                    before.lower_ == "told" and any(c.dep_ == "nsubj" for c in before.children)):
                # (not after a verb or noun, where German datives would read as a speaker: "said the professor the
                # Abendblitz", "said the Tagespost, one expect ..."; after "told" only when the parser found who
                # told: not "Hanna Vöhringer, who ... worked, told the Morgenbote, she had")
                continue
            for size in (2, 1):
                named = doc[article.i + 1:article.i + 1 + size]
                if len(named) == size < len(words) and [t.text for t in named] == words[-size:] \
                        and words[-size - 1][:1].isupper() \
                        and all(t.is_title and t.is_alpha for t in named) \
                        and not (named.end < len(doc) and doc[named.end].is_title and doc[named.end].is_alpha):
                    relabelled.append(Span(doc, named.start, named.end, label="ORG"))
                    break
        _put_entities(doc, list({(span.start, span.end): span for span in relabelled}.values()))

    def _outlets_told_are_no_persons(self, doc: Doc) -> None:
        """Tag an organisation the one-word "person" a speaker told something ("Petersen said the Abendkurier, ...").

        Why: German "sagte dem Abendkurier" keeps the outlet right after the verb with an article, and
        the model calls the unknown name a person, who then becomes the antecedent of "he" or "the
        trade unionist". Limit: one capitalised word, not a listed given name, after "the" that follows
        a speech or action verb (or "opposite"), closed by a comma or the sentence's end; or a name
        right after a person's "opposite" that opens with no listed given name ("Radio Kirchwelle").
        """
        given = load_name_genders(self.data_dir).given
        relabelled = []
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent.start >= 2 and doc[ent.start - 1].lower_ == "opposite" \
                    and lookup_key(ent[0].text) not in given and doc[ent.start - 2].ent_type_ == "PERSON":
                # "said Aumüller opposite Radio Kirchwelle": German "gegenüber" names whom a person told; a
                # name opening with no given name there is an outlet ("opposite Anna Berger" stays a person)
                relabelled.append(Span(doc, ent.start, ent.end, label="ORG"))
                continue
            if ent.label_ != "PERSON" or len(ent) != 1 or ent.start < 2 or lookup_key(ent.text) in given \
                    or doc[ent.start - 1].lower_ != "the" or ent.end >= len(doc) or doc[ent.end].text not in {",", "."}:
                continue
            verb = doc[ent.start - 2]
            if verb.lower_ == "opposite" or (verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in self.index.acting_lemmas):
                relabelled.append(Span(doc, ent.start, ent.end, label="ORG"))
        _put_entities(doc, relabelled)

    def _join_names_cut_before_places(self, doc: Doc) -> None:
        """Join an organisation the model cut before its place: "the Orthodox Church of" + "Ukraine".

        Limit: only an ORG that ends with "of" and a GPE/LOC that follows at once, an unlisted ORG
        whose name a listed city or region ends ("the Federal Police Directorate" + "Berlin"), an
        ORG cut after its connecting words ("the Chamber of Industry and" + "Commerce Hanover",
        :meth:`_name_before`), an ORG cut at a plural possessive (:func:`_name_after_apostrophe`) and
        a place named with a body noun (:meth:`_body_named_by_place`).
        """
        ents = list(doc.ents)
        joined = []
        i = 0
        bodies = self.index.body_nouns
        while i < len(ents):
            ent = ents[i]
            following = ents[i + 1] if i + 1 < len(ents) else None
            if following is not None and following.label_ == "ORG" and following.start == ent.end and len(ent) == 1 \
                    and ent.label_ in {"NORP", "GPE"} and ent[0].tag_ in {"JJ", "NNP"} and ent[0].is_title \
                    and following[0].is_title and following[0].lower_ in bodies \
                    and not self.index.candidates(following.text) and not self.index.candidates(
                        doc[ent.start:following.end].text):
                # "The Polish" + "Chamber of Commerce for Energy", "the Bavarian" + "Ministry of Economics":
                # the model cut the nationality off an unlisted body's name
                joined.append(Span(doc, ent.start, following.end, label="ORG"))
                i += 2
                continue
            if following is not None and following.label_ == "ORG" and following.start == ent.end \
                    and ent.label_ == "ORG" and len(ent) >= 3 and following[0].is_title \
                    and (ent[-1].lower_ == "of" or (ent[-1].lower_ == "the" and ent[-2].lower_ == "of")):
                # "The Federation of the" + "German Foundry Industry": the model cut the body's name after
                # its "of (the)" and tagged the rest as a body of its own
                joined.append(Span(doc, ent.start, following.end, label="ORG"))
                i += 2
                continue
            if following is not None and following.label_ == "ORG" \
                    and self._name_after_of(ent, bodies, following.end) == following.end:
                # "the Thuringian Chamber" + "of Industry and" + "Commerce": the model cut the body's name
                # and tagged its last word apart; the name runs on through it
                joined.append(Span(doc, ent.start, following.end, label="ORG"))
                i += 2
                continue
            end = self._name_after_of(ent, bodies, following.start if following is not None else len(doc))
            end = max(end, _name_after_apostrophe(ent, bodies, following.start if following is not None else len(doc)))
            if end > ent.end:
                # "the Lower Saxony Association" + "of Towns and Municipalities": the model cut the
                # body's name before its capitalised "of ..." part
                joined.append(Span(doc, ent.start, end, label="ORG"))
                i += 1
                continue
            of_the = following is not None and following.start == ent.end + 2 and doc[ent.end + 1].lower_ == "the"
            if following is not None and following.label_ == "GPE" and (following.start == ent.end + 1 or of_the) \
                    and doc[ent.end].lower_ == "of" and ent.label_ == "ORG" \
                    and (ent[-1].lower_ in bodies or _singular(ent[-1].lower_) in bodies) \
                    and ent[-1].is_title and len(ent) >= 2 and (
                        self.index.candidates(doc[ent.start:following.end].text)
                        or not self.index.candidates(ent.text)):
                # "The Cereal Millers Association" + "of" + "Kenya": an unlisted body named for its country
                # ("the Associated Manning Agencies" + "of the" + "Philippines": also with the country's article)
                joined.append(Span(doc, ent.start, following.end, label="ORG"))
                i += 2
                continue
            if following is not None and following.label_ in {"GPE", "LOC"} and following.start == ent.end \
                    and ent.label_ == "ORG" and len(ent) >= 3 and ent[-1].is_title and ent[-1].tag_ in {"JJ", "NNP"} \
                    and ent[-1].lower_ not in bodies and any(t.lower_ == "of" for t in ent[1:-1]) \
                    and not self.index.candidates(ent.text):
                # "The National Union of Seafarers of Coastal" + "India": the model cut the body's name
                # before the place its last adjective belongs to
                joined.append(Span(doc, ent.start, following.end, label="ORG"))
                i += 2
                continue
            if following is not None and self._place_ends_name(ent, following):
                joined.append(Span(doc, ent.start, following.end, label="ORG"))
                i += 2
                continue
            start = self._name_before(ent, bodies, joined[-1].end if joined else 0)
            if start < ent.start:
                # "the Chamber of Industry and" + "Commerce Hanover": the model cut the body's name
                # after its connecting words
                joined.append(Span(doc, start, ent.end, label="ORG"))
                i += 1
                continue
            body = self._body_named_by_place(ent, joined[-1].end if joined else 0,
                                             following.start if following is not None else len(doc))
            if body is not None:
                joined.append(body)
                i += 1
                continue
            joined.append(ent)
            i += 1
        if [(e.start, e.end) for e in joined] != [(e.start, e.end) for e in ents]:
            doc.ents = joined

    def _bodies_cut_at_a_plural_possessive(self, doc: Doc) -> None:
        """Widen a body's name the model cut at a plural possessive inside it ("the Prairie Growers' [Input Alliance]").

        "The [St Helena Tourism Operators'] [Circle]", "the Prairie Growers' [Input Alliance]": the model
        stops or starts the name at the apostrophe, and the id and a later "the circle", "the alliance"
        lose the body. Limit: a plural capitalised word and a bare apostrophe inside the name; on the left,
        one to four capitalised words back to an article or a lower-case word, never a listed actor or
        a title; on the right, one to three capitalised nouns ending at a body noun of
        ``data/role_nouns.csv`` (or one capitalised noun before a lower-case word), outside any entity but
        one of three words at most that they make.
        """
        bodies = self.index.body_nouns
        spans = []
        for ent in doc.ents:
            if ent.label_ not in {"ORG", "PERSON", "FAC", "GPE", "LOC", "NORP"}:
                continue
            if len(ent) >= 2 and ent[-1].text in {"'", "’"} and ent[-2].is_title and ent[-2].lower_.endswith("s") \
                    and ent.label_ == "ORG":
                # "[The St Helena Tourism Operators'] [Circle] reported": the name goes on after the apostrophe
                end = ent.end
                while end < min(len(doc), ent.end + 3) and doc[end].is_title and doc[end].pos_ in {"NOUN", "PROPN"} \
                        and not (doc[end].ent_type_ and any(e.start <= end < e.end and len(e) > 3 for e in doc.ents)):
                    end += 1
                    if doc[end - 1].lower_ in bodies:
                        break
                # (one capitalised noun closing the name will do: "Operators' Circle reported")
                if end > ent.end and (doc[end - 1].lower_ in bodies or end == ent.end + 1 and end < len(doc)
                                      and not doc[end].is_title):
                    spans.append(Span(doc, ent.start, end, label="ORG"))
                continue
            if ent.start >= 2 and doc[ent.start - 1].text in {"'", "’"} and not doc[ent.start - 2].whitespace_ \
                    and doc[ent.start - 2].is_title and doc[ent.start - 2].lower_.endswith("s") \
                    and ent[-1].lower_ in bodies and all(t.is_title for t in ent):
                # "the Prairie Growers' [Input Alliance]": the name began before the apostrophe
                start = ent.start - 2
                while start > 0 and ent.start - start < 6 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                        and not doc[start - 1].ent_type_ and lookup_key(doc[start - 1].text) not in self.index.titles \
                        and not doc[start - 1].is_sent_start:
                    start -= 1
                if start > 0 and doc[start - 1].ent_type_:
                    continue
                if self.index.candidates(doc[start:ent.end].text) or self.index.candidates(doc[start:ent.start - 1].text):
                    continue
                spans.append(Span(doc, start, ent.end, label="ORG"))
        _put_entities(doc, spans)

    def _bodies_cut_after_a_hyphen(self, doc: Doc) -> None:
        """Widen a body's name over the capitalised word hyphened to its first word ("[Ukrainian]-[Tyrolean Kulturverein]").

        German names join two origins with a hyphen ("Ukrainisch-Außerferner Kulturverein", "the Ukrainian-Tyrolean
        Kulturverein"); the model stops at the hyphen and tags the first word a nationality, and the id loses it.
        Limit: the name's last word is a body's kind (a compound of ``data/body_endings.csv`` or an organisation
        noun of ``data/role_nouns.csv``); the hyphen touches both words; the word before it is capitalised and in
        no entity longer than itself.
        """
        bodies = {noun for noun, kind in self.index.role_nouns.items() if kind in {"organization", "alliance"}}
        spans = []
        for ent in doc.ents:
            if ent.start < 2 or ent.label_ not in {"ORG", "PERSON"} or not (
                    self.index.is_body_compound(ent[-1].text) or ent[-1].lower_ in bodies) or not ent[-1].is_title:
                continue
            hyphen, word = doc[ent.start - 1], doc[ent.start - 2]
            if hyphen.text not in {"-", "‐"} or hyphen.whitespace_ or word.whitespace_ or not (word.is_title and word.is_alpha):
                continue
            if any(e.start <= word.i < e.end and len(e) > 1 for e in doc.ents):
                continue
            spans.append(Span(doc, word.i, ent.end, label="ORG"))
        _put_entities(doc, spans)

    def _bodies_cut_before_and(self, doc: Doc) -> None:
        """Widen an unlisted body's name over "and" and the capitalised words the model left after it ("[Leeward Light] and Power").

        Utilities and firms name two trades ("Leeward Light and Power", "Harbour Gas and Water"); the model stops at
        "and", and the id loses the rest. Limit: an unlisted organisation of two words or more, "and", then one or two
        capitalised common-noun words in no entity, none a listed given name or actor, followed by a lower-case word
        or punctuation on the same line (not a hyphen that goes on with the word: "Security and Co-operation").
        """
        given = load_name_genders(self.data_dir).given
        spans = []
        for ent in doc.ents:
            end = ent.end
            if ent.label_ != "ORG" or len(ent) < 2 or end + 2 >= len(doc) or doc[end].lower_ != "and" \
                    or self.index.candidates(ent.text):
                continue
            j = end + 1
            while j < min(len(doc), end + 3) and doc[j].is_title and doc[j].is_alpha and not doc[j].ent_type_ \
                    and doc[j].tag_ in {"NNP", "NN", "NNS", "NNPS"} and lookup_key(doc[j].text) not in given \
                    and not self.index.candidates(doc[j].text) and "\n" not in doc[j - 1].whitespace_:
                j += 1
            # (not a word the hyphen goes on with: "the Conference on Security and Co-operation in Europe")
            if j == end + 1 or j >= len(doc) or doc[j].is_title or "\n" in doc[j - 1].whitespace_ \
                    or _hyphen_follows(doc[j - 1]):
                continue
            spans.append(Span(doc, ent.start, j, label="ORG"))
        _put_entities(doc, spans)

    @staticmethod
    def _name_after_of(ent: Span, bodies: Collection[str], limit: int) -> int:
        """End of an organisation's name that runs on past ``ent`` with "of" and capitalised words, else ``ent.end``.

        Limit: ``ent`` must be an ORG ending in a body noun of data/role_nouns.csv ("Association",
        "Chamber") followed at once by "of"/"for" and capitalised words, joined by "and" at most,
        that no other entity holds (up to ``limit``).
        """
        doc = ent.doc
        if ent.label_ != "ORG" or ent[-1].lower_ not in bodies or not ent[-1].text[:1].isupper() \
                or ent.end + 1 >= min(limit, len(doc)) or doc[ent.end].lower_ not in {"of", "for"}:
            return ent.end
        end = ent.end + 1
        while end < min(limit, len(doc)) and ((doc[end].text[:1].isupper() and doc[end].is_alpha) or (
                doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())):
            end += 1
        return end if end > ent.end + 1 and doc[end - 1].text[:1].isupper() else ent.end

    @staticmethod
    def _name_before(ent: Span, bodies: Collection[str], floor: int) -> int:
        """Start of an organisation's name that began before ``ent`` with a body noun and "of", else ``ent.start``.

        Limit: ``ent`` must be an ORG right after "of"/"and"/"for"; the words before it are
        capitalised or "of"/"and"/"for", no other entity's, and the first is a capitalised body
        noun of data/role_nouns.csv ("Chamber", "Association") after "the" or at a sentence start,
        or any capitalised word after a sentence-opening "The" when ``ent`` ends in such a noun.
        """
        doc = ent.doc
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in {"of", "and", "for"}:
            return ent.start
        start = ent.start
        while start - 1 >= max(floor, 0) and start > ent.start - 6 and doc[start - 1].ent_type_ == "" and (
                doc[start - 1].lower_ in {"of", "and", "for"} or (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha)):
            start -= 1
            first = doc[start]
            if first.lower_ in bodies and first.text[:1].isupper() and start + 1 < ent.start \
                    and doc[start + 1].lower_ in {"of", "for"} \
                    and (start == 0 or doc[start - 1].lower_ == "the" or doc[start - 1].is_punct):
                return start
            if ent[-1].lower_ in bodies and first.text[:1].isupper() and start + 1 < ent.start \
                    and doc[start + 1].lower_ in {"of", "for"} and start >= 1 and doc[start - 1].text == "The" \
                    and doc[start - 1].is_sent_start:
                # ("The Parents of Students Abroad Association": a sentence-opening "The" and capitalised
                # words before "of" belong to a body whose name ends in its kind)
                return start
        return ent.start

    def _body_named_by_place(self, ent: Span, floor: int, limit: int) -> Span | None:
        """An unlisted body named by a common noun and a city or region: the ORG it makes, else ``None``.

        "the consumer centre Mecklenburg-Vorpommern" (translated German "Verbraucherzentrale
        Mecklenburg-Vorpommern") and "the Munich police headquarters", "the Kharkiv city council":
        the model tags only the place, which does not speak. Limit: the noun next to the place must
        be a lowercase body noun of data/role_nouns.csv (not a government: "the Kyiv government" is
        the government of the place's state) and depend on the place, or the place on it; only
        lowercase nouns and adjectives join; listed places of type city or region only.
        """
        doc = ent.doc
        kinds = {"organization", "institution", "media"}
        proper = ent
        while len(proper) > 1 and proper[-1].is_lower:
            proper = proper[:-1]  # ("the Dnipro city council" tagged "Dnipro city")
        if ent.label_ not in {"GPE", "LOC"} or not any(
                self.index.type(a.actor_id) in {"city", "region"} for a in self.index.candidates(proper.text)):
            return None

        def common(token: Token) -> bool:
            # (a lowercase word the tagger calls a proper noun too: "the Dnipro city council")
            return token.is_lower and token.is_alpha and token.pos_ in {"NOUN", "ADJ", "PROPN"} and token.ent_type_ == ""

        root = ent.root
        noun = doc[ent.start - 1] if ent.start - 1 >= max(floor, 0) else None
        # (the parser may make noun and place two subjects of one verb: "The consumer centre Saxony advised")
        if noun is not None and common(noun) and noun.head.i in {root.i, root.head.i} \
                and self.index.role_nouns.get(noun.lower_) in kinds:
            # the noun before the place ("the consumer centre Mecklenburg-Vorpommern")
            start = ent.start - 1
            while start - 1 >= floor and common(doc[start - 1]) and doc[start - 1].head.i in {root.i, start}:
                start -= 1
            return Span(doc, start, ent.end, label="ORG")
        end = ent.end
        while end < min(limit, len(doc)) and common(doc[end]) and doc[end].pos_ != "ADJ":
            end += 1
        article = ent.start - 1
        while article >= 0 and doc[article].pos_ == "ADJ" and doc[article].is_lower:
            article -= 1
        if end > ent.end and root.head.i == end - 1 and root.dep_ == "compound" \
                and self.index.role_nouns.get(doc[end - 1].lower_) in kinds \
                and not (article >= 0 and doc[article].lower_ in {"a", "an"}):
            # the noun after the place, English order ("the Munich police headquarters"; "a large Munich
            # car maker" is some firm of that city, no name)
            return Span(doc, ent.start, end, label="ORG")
        return None

    def _place_ends_name(self, ent: Span, following: Span) -> bool:
        """Whether the place entity ``following`` is the last part of the organisation ``ent`` (see above)."""
        if ent.label_ != "ORG" or following.start != ent.end or following.label_ not in {"GPE", "LOC", "NORP", "ORG"}:
            return False
        if ent[-1].lower_ == "of":
            # (the nationality of "the Central Committee of" + "German Catholics" too)
            return True
        if following.label_ not in {"GPE", "LOC"}:
            return False
        # (also a city that ends the name: "the Federal Police Directorate Berlin"; a listed body
        # keeps its own name: "Washington Post" + "Russia")
        if len(following) != 1 or ent[-1].pos_ != "PROPN" or not ent[-1].text[:1].isupper() \
                or self.index.candidates(ent.text) \
                or not any(self.index.type(a.actor_id) in {"city", "region"} for a in self.index.candidates(following.text)):
            return False
        inside = range(ent.start, ent.end)
        # (a region too: "the Chamber of Industry and Commerce Saarland", which the parser hangs on "of")
        return following.root.head.i in inside \
            or all(t.head.i in inside or t.head.i == following.root.i for t in ent)

    def _restore_names_with_places(self, doc: Doc) -> None:
        """Give back the whole name of an organisation that contains a place or nationality.

        The gazetteer runs before the statistical NER, so in "Warm Homes Donbas" or
        "Polish-Lithuanian Power Link Council" it takes "Donbas"/"Polish" for itself and the
        NER never sees the organisation. When such an entity is part of a run of capitalised
        proper nouns that the parse joins into one name (compounds of a capitalised head), the
        run becomes one unknown ORG. Limit: heads that are titles ("President") or already
        in another entity ("Ukrainian President Zelensky"), and landforms of data/place_contexts.csv
        ("the Illinois River"), are left alone.
        """
        if not doc.has_annotation("DEP"):
            return

        def name_word(token: Token) -> bool:
            return (token.text[:1].isupper() or token.text in {"-", "–", "&"}) and token.pos_ in {
                "PROPN", "PUNCT", "ADJ", "NOUN", "CCONJ"}

        titles = self.index.titles
        replaced: dict[tuple[int, int], Span] = {}
        absorbed: set[tuple[int, int]] = set()
        for ent in doc.ents:
            if ent.label_ not in {"GPE", "NORP"} or (ent.start, ent.end) in absorbed:
                continue
            top = ent.root
            while (top.dep_ in {"compound", "amod", "nmod"} and top.head.i > top.i and top.head.pos_ == "PROPN"
                   and top.head.text[:1].isupper()):
                top = top.head
            start = top.i
            subtree = {t.i for t in top.subtree}
            while start - 1 in subtree and name_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
                start -= 1  # a name never runs across a line break ("ROME\n\nRome said")
            while start < top.i and doc[start].pos_ in {"CCONJ", "PUNCT"}:
                start += 1  # a conjunction opening a question is no part of a name ("And Wiesbaden? ...")
            if start > ent.start or (start, top.i + 1) == (ent.start, ent.end) or top.i - start < 1:
                continue
            if any("\n" in t.whitespace_ or t.is_space for t in doc[start:top.i]):
                continue
            if doc[top.i].ent_type_ == "PERSON" or any(lookup_key(t.text) in titles for t in doc[start:top.i + 1]):
                continue  # "Ukrainian President Volodymyr Zelensky" is a person with a title, not a body
            if top.lower_ in self.index.place_contexts.get("landform", ()):
                continue  # "the Illinois River", "the Black Sea": a landform's own name, no body
            if all(t.ent_type_ in {"GPE", "NORP"} or t.is_punct for t in doc[start:top.i + 1]):
                continue  # "US-Russian" names places only, no body
            if any(span.start <= top.i and start < span.end for span in doc.spans.get("formats", [])):
                continue  # "US-Russian Strategic Stability Dialogue" is a format, found by workbench_formats
            inside = [other for other in doc.ents if other.end > start and other.start <= top.i]
            if any(other.start < start or other.end > top.i + 1 for other in inside):
                continue
            key = (ent.start, ent.end)
            if any((other.start, other.end) != key and other.label_ not in {"GPE", "NORP"}
                   and self.index.candidates(other.text) for other in inside):
                continue  # never swallow a curated actor other than places and nationalities
            replaced[(ent.start, ent.end)] = Span(doc, start, self._name_tail_end(doc, top), label="ORG")
            absorbed.update((other.start, other.end) for other in inside if (other.start, other.end) != key)
        if replaced:
            kept = [replaced.get((ent.start, ent.end), ent) for ent in doc.ents if (ent.start, ent.end) not in absorbed]
            doc.ents = sorted(kept, key=lambda span: span.start)

    @staticmethod
    def _name_tail_end(doc: Doc, head: Token) -> int:
        """End of a body's name that goes on after its head with "of"/"for" and capitalised words.

        "the Australian Bureau of Statistics", "the Baltic Centre for Security Studies": the
        statistical NER would take the whole name, but when the gazetteer took the nationality
        first the name is rebuilt from the head's compounds only. Limit: every word of the tail
        must be a capitalised noun (or "and"/"&" between them) outside any entity.
        """
        end = head.i + 1
        prep = doc[end] if end < len(doc) else None
        if prep is None or prep.lower_ not in {"of", "for"} or prep.head.i != head.i or prep.ent_type_:
            return end
        tail = [t for t in prep.subtree if t.i > prep.i]
        if not tail or tail[0].i != end + 1 or tail[-1].i - tail[0].i + 1 != len(tail):
            return end  # the tail must run on from the preposition without a gap
        if not all((t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ"} or t.lower_ in {"and", "&"})
                   and not t.ent_type_ for t in tail) or tail[-1].lower_ in {"and", "&"}:
            return end
        return tail[-1].i + 1

    @staticmethod
    def _define_acronym(doc: Doc, entry: tuple[Span, str, str, str], acronyms: dict[str, tuple[str, str]]) -> None:
        """Note the abbreviation a body's name defines in brackets right after it: "… Catholics (ZdK)".

        Limit: one word of two to eight letters with at least two capitals, the first of them
        first ("ZdK", "DAAD", "OSZE"); a person's bracket ("Brandhorst (SPD)") is a party, not
        a definition, and is never read here.
        """
        ent, actor_id, name, _ = entry
        if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
            return
        word = doc[ent.end + 1].text
        if _ACRONYM.fullmatch(word) and sum(c.isupper() for c in word) >= 2 and word != ent.text:
            acronyms.setdefault(word, (actor_id, name))

    @staticmethod
    def _bodies_cut_after_a_preposition(doc: Doc) -> None:
        """Widen a body's name the model ended on "on", "of" or "for" over the capitalised words after it.

        Why: "[The Cross-Party Caucus on] Maritime Affairs urged": the body's id lost its subject
        ("cross_party_caucus_on"). Limit: an organisation entity whose last word is one of those
        prepositions, followed on the same line by one to four capitalised words outside any entity, or
        by an organisation of up to four capitalised words.
        """
        widened: list[Span] = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].lower_ not in {"on", "of", "for"} or not ent[-1].is_lower:
                continue
            end = ent.end
            after = next((e for e in doc.ents if e.start == ent.end and e.label_ == "ORG" and len(e) <= 4
                          and all(t.is_title and t.is_alpha for t in e)), None)
            if after is not None and "\n" not in doc[ent.end - 1].whitespace_:
                end = after.end  # ("[The Cross-Party Caucus on] [Maritime Affairs]": two bodies the model made of one)
            while end < len(doc) and end - ent.end < 4 and doc[end].is_title and doc[end].is_alpha \
                    and not doc[end].ent_type_ and "\n" not in doc[end - 1].whitespace_:
                end += 1
            if end > ent.end:
                widened.append(Span(doc, ent.start, end, label="ORG"))
        _put_entities(doc, widened)

    def _bodies_read_as_people(self, doc: Doc) -> None:
        """Relabel "people" the words of the text show to be a firm or a place.

        Why: "[Maschinenbau GmbH]PERSON", "[Hamarsay]PERSON" (an island whose name opens "Hamarsay
        Community Broadband" and "the Hamarsay Ferry Users Group"): a later "he" took them up. A
        "person" closing with a legal form (:data:`_LEGAL_FORMS`: "GmbH", "AG", "Ltd") is a firm; a
        one-word "person" that opens two or more longer names of bodies or places in the text is a
        place. Limit: never a listed actor or a listed given name.
        """
        given = load_name_genders(self.data_dir).given
        names = set()  # (each name once: "Bahari Tea Brokers" twice is one name)
        for ent in doc.ents:
            named = ent[1:] if ent[0].lower_ == "the" else ent
            if ent.label_ in {"ORG", "FAC", "LOC", "GPE"} and len(named) >= 2:
                names.add(named.text)
        openers = Counter(name.split()[0] for name in names)
        relabelled = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or self.index.candidates(ent.text) or lookup_key(ent[0].text) in given:
                continue
            if len(ent) >= 2 and ent[-1].lower_ in _LEGAL_FORMS:
                relabelled.append(Span(doc, ent.start, ent.end, label="ORG"))
            elif len(ent) == 1 and openers[ent.text] >= 2:
                relabelled.append(Span(doc, ent.start, ent.end, label="GPE"))
        _put_entities(doc, relabelled)

    def _given_names_of_couples(self, doc: Doc) -> None:
        """Tag as PERSON a lone given name joined by "and" to a two-word person's name.

        Why: "Shalini and Devraj Ramdin say": the family name written once belongs to both; the model
        tags only the full name. Limit: the word before "and" is a capitalised proper noun outside any
        entity, no title, with no capitalised word other than a function word before it ("Town Hall and
        Anna Berg", "Crs Ellwood and Hamish Doyle" stay out); :meth:`_family_name` gives it the family name.
        """
        ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        added: list[Span] = []
        for ent in doc.ents:
            i = ent.start - 2
            if ent.label_ != "PERSON" or len(ent) != 2 or i < 0 or doc[i + 1].lower_ != "and" or i in ent_of:
                continue
            word = doc[i]
            if not (word.is_title and word.is_alpha and word.pos_ == "PROPN") \
                    or lookup_key(word.text) in self.index.title_set or self.index.candidates(word.text):
                continue
            before = doc[i - 1] if i > 0 else None
            # ("Crs Ellwood and Hamish Doyle": a capitalised word before it, even opening the sentence, may be a title)
            if before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_stop \
                    and "\n" not in before.whitespace_:
                continue
            added.append(Span(doc, i, i + 1, label="PERSON"))
        _put_entities(doc, added)

    def _constituencies_are_places(self, doc: Doc) -> None:
        """Label as places the entities of a seat named in brackets after a member's name and party.

        Why: parliament and council reports tag a member with party and seat, "Cllr Mark Tovey (Con,
        Ventnor and St Lawrence)", "Hon. X (FAST, Aleipata Itupa i Lalo)"; the model reads the seat's
        words as a person or body, which then answers a later "she" or "he" (the seat stays a place
        mention: "Cllr X (Ind, Tywyn)"). Limit: the bracket follows
        a person entity, opens with one word (the party) and a comma, and closes within ten words that
        are capitalised, numbers or short lower-case joints ("and", "i", "No. 2").
        """
        ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        seats: set[tuple[int, int]] = set()
        for ent in doc.ents:
            opening = ent.end
            if ent.label_ != "PERSON" or opening + 3 >= len(doc) or doc[opening].text != "(" \
                    or not doc[opening + 1].is_alpha or doc[opening + 2].text != ",":
                continue
            closing = next((t.i for t in doc[opening + 3:min(opening + 14, len(doc))] if t.text in {")", "("}), None)
            if closing is None or doc[closing].text != ")" or closing == opening + 3 \
                    or not all(t.text[:1].isupper() or t.is_digit or t.text in {".", "-", "&"}
                               or t.is_lower and len(t) <= 3 for t in doc[opening + 3:closing]) \
                    or any(t.is_sent_start for t in doc[opening + 3:closing]):
                continue
            seats |= {(ent_of[t].start, ent_of[t].end) for t in range(opening + 3, closing) if t in ent_of
                      and ent_of[t].start > opening + 2 and ent_of[t].end <= closing}
        if seats:
            doc.ents = [Span(doc, ent.start, ent.end, label="GPE") if (ent.start, ent.end) in seats else ent
                        for ent in doc.ents]

    def _recover_given_names(self, doc: Doc) -> None:
        """Tag as PERSON a name the NER missed or mislabelled that starts with a known given name.

        "Holger Brandstätter from the opposition", "Farmer Zbigniew Nowosad": a capitalised given
        name of data/given_names.csv followed by one or two capitalised proper nouns is a
        person's name. Limit: the name must stand alone (no capitalised proper noun right before
        it except a title, none right after it: "Konrad Adenauer Foundation" stays an
        organisation), must not touch a PERSON entity or reach into a longer entity, and never
        replaces a curated actor.
        """
        given = load_name_genders(self.data_dir).given
        if not given or not doc.has_annotation("TAG"):
            return
        ent_of: dict[int, Span] = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        titles = self.index.titles
        non_name_words = self.index.place_contexts.get("place_part", set()) | {
            noun for noun, actor_type in self.index.role_nouns.items() if actor_type != "person"}

        def capitalised(token: Token) -> bool:
            return token.text[:1].isupper() and token.is_alpha and token.pos_ in {"PROPN", "X", "NOUN", "ADJ"} \
                and not token.is_stop

        replaced: list[Span] = []
        i = 0
        while i < len(doc) - 1:
            token = doc[i]
            # (the tagger may read a given name as an interjection: "said headmistress [Ulrike] Pammer opposite ...")
            if not ((capitalised(token) or token.pos_ == "INTJ" and token.text[:1].isupper() and token.is_alpha)
                    and lookup_key(token.text) in given and "\n" not in token.whitespace_):
                i += 1
                continue
            end = i + 1
            if end < len(doc) and doc[end].pos_ in {"VERB", "AUX"} and doc[end].is_title and doc[end].is_alpha \
                    and not doc[end].is_sent_start and lookup_key(doc[end].text) not in given \
                    and end + 1 < len(doc) and doc[end + 1].is_lower and "\n" not in token.whitespace_:
                # ("Andriy Kravets works as cook": the tagger may read an unknown surname as a verb; a
                # lower-case word after it keeps title-case headlines out: "Anna Says No To War")
                end += 1
            particles = 0
            while end < len(doc) and end - i - particles <= 2 and (
                    capitalised(doc[end]) and lookup_key(doc[end].text) not in titles
                    # ("Rhys ap Dafydd", "Maria de la Cruz": a surname's lower-case particle, then the surname)
                    or end > i and particles < 2 and doc[end].is_lower and doc[end].lower_ in _NAME_PARTICLES
                    and end + 1 < len(doc) and (capitalised(doc[end + 1]) or doc[end + 1].lower_ in _NAME_PARTICLES)):
                particles += doc[end].is_lower
                end += 1
                if "\n" in doc[end - 1].whitespace_:
                    break
                if (end + 1 < len(doc) and doc[end].text in {"-", "‐"} and not doc[end - 1].whitespace_
                        and not doc[end].whitespace_ and capitalised(doc[end + 1])):
                    end += 2  # "Torsten Lehmann-Wendt": a hyphenated surname
            if end > i + 1 and end < len(doc) and lookup_key(doc[end].text) in self.index.postnominals:
                end += 1  # "Aoife Brennan TD": an office after the name stays with it (stripped later)
            start = i
            if i >= 2 and doc[i - 1].text in {"-", "‐"} and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
                    and doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha:
                start = i - 2  # "Jan-Hendrik Voss": a hyphenated given name
            elif i >= 1 and doc[i - 1].is_title and doc[i - 1].is_alpha and lookup_key(doc[i - 1].text) in given \
                    and i - 1 not in ent_of and "\n" not in doc[i - 1].whitespace_:
                start = i - 1  # "Per Arne Lunde": a first given name that is also a function word ("per")
            before = doc[start - 1] if start > 0 else None
            # Why: a capitalised word around the name makes it part of a longer proper name
            # (a listed body just before is no part of it: "of Verkhovna Rada Taras Melnychuk")
            # a verb right after the name makes it a subject of its own, whatever capitalised word
            # of an unpunctuated apposition stands before it ("... Black Sea Studies Iryna Tkachuk considers")
            speaks = end < len(doc) and doc[end].pos_ in {"VERB", "AUX"} and doc[end].dep_ != "compound"
            longer = (end < len(doc) and capitalised(doc[end]) and "\n" not in doc[end - 1].whitespace_) or (
                not speaks and before is not None and capitalised(before) and lookup_key(before.text) not in titles
                and not _ends_office(doc, before.i, titles)  # ("Minister of the Interior Volker Rasch")
                and before.lower_ not in non_name_words  # ("Grain Association Taras Lysenko": a body's noun ends its name)
                # (nor is a word hyphened to a listed actor's name before it: "SVP-Kantonsrat Ueli Frischknecht")
                and not (before.i >= 2 and doc[before.i - 1].text in {"-", "‐"} and not doc[before.i - 1].whitespace_
                         and not doc[before.i - 2].whitespace_ and before.i - 2 in ent_of
                         and self.index.candidates(ent_of[before.i - 2].text))
                and not before.is_sent_start and "\n" not in before.whitespace_
                and not (before.i in ent_of and (self.index.candidates(ent_of[before.i].text)
                                                 or ent_of[before.i].end == start)))
            span = doc[start:end]
            # Why: "Sofia Airport", "Christian Democrats": a place part, a body's noun or a group
            # the NER calls a nationality or party after the given name makes the words a name of a
            # place or group, not of a person
            # (a surname the model took for a nationality is none: "Taras Melnychuk" with "Melnychuk" NORP)
            if any((t.ent_type_ == "NORP" and (self.index.candidates(t.text) or t.tag_ in {"NNS", "NNPS"}
                                                or t.lower_ in self.index.role_nouns))
                   or t.lower_ in non_name_words for t in doc[i + 1:end]):
                i = end
                continue
            touching = {id(ent_of[t]): ent_of[t] for t in range(start, end) if t in ent_of}.values()
            # ("Ilya, a graduate student who asked that his last name not be used, said": a given name
            # alone opening its sentence, with a description after its comma, is a person too)
            lone = end == i + 1 == start + 1 and token.is_sent_start and i not in ent_of and end + 1 < len(doc) \
                and doc[end].text == "," and doc[end + 1].lower_ in {"a", "an"}
            # (so is a relative's given name after the kinship noun: "Hofbauer's son Florian, who ...",
            # the name :meth:`_family_name` completes)
            lone = lone or (end == i + 1 == start + 1 and (i not in ent_of or ent_of[i].label_ == "NORP" and len(ent_of[i]) == 1)
                            and i >= 2 and doc[i - 1].lower_ in _KIN_NOUNS
                            and doc[i - 2].lower_ in {"'s", "’s", "his", "her", "their"}
                            and (end == len(doc) or not doc[end].text[:1].isupper()))
            # a person entity inside the name ("Oksana [Melnyk]", "[Elisabeth] Raupach") is widened to the whole name
            if ((end - i < 2 and not lone) or longer or any(e.label_ == "PERSON" and e.start <= start and e.end >= end for e in touching)
                    # (an entity starting before the name with a title only does not: "[Cllr Padraig] Neville")
                    or any((e.start < start and not all(lookup_key(t.text) in titles for t in doc[e.start:start])
                            # (nor a person's role noun opening the sentence: "[Goalkeeper Oleksandr] [Bilyk]")
                            and not (e.label_ == "PERSON" and e.start == start - 1 and doc[e.start].is_sent_start
                                     and self.index.role_nouns.get(doc[e.start].lower_) == "person"))
                           or (e.end > end and not (
                        # ("[Marek Sobczak of] the Centre ...": a function word the model glued onto the name,
                        # or the bracket of a party label: "[Ulf Scharnweber (] CDU)")
                        e.label_ != "PERSON" and all((t.is_lower and t.is_stop) or t.text == "(" for t in doc[end:e.end])))
                           for e in touching)
                    or any(self.index.candidates(e.text) for e in touching if e.label_ != "PERSON")
                    or self.index.candidates(span.text)):
                i = max(end, i + 1)
                continue
            replaced.append(Span(doc, start, end, label="PERSON"))
            i = end
        _put_entities(doc, replaced)

    def _disambiguate_by_country(self, doc: Doc, hits: dict[tuple[int, int], tuple[str, str] | None], *,
                                 date: str | None) -> None:
        """Give an alias several actors share ("Foreign Office": the British or the German one) to the one of the text's country.

        Limit: the country is the one whose actors the unambiguous mentions name most (ministries,
        governments and capitals weigh more than the state's own name; an outlet counts for nothing,
        a state of data/background_states.csv at its weight) in the sentences around the mention,
        else in the whole text; without one, the first listed actor stays. A "federal" alias ("the
        Federal Government") in a text that names the Lands of one country only is that country's.
        """
        ambiguous = {}
        for ent in doc.ents:
            key = (ent.start, ent.end)
            if hits.get(key) is None or lookup_key(ent.text) not in self.index.shared_keys:
                continue  # (most mentions name one actor: no second lookup for them)
            actors = list(dict.fromkeys(a.actor_id for a in self.index.candidates(ent.text, date=date)))
            if len(actors) > 1:
                ambiguous[key] = actors
        if not ambiguous:
            return
        sentence_of = {sent.start: n for n, sent in enumerate(doc.sents)}
        sentence_at = [0] * len(doc)
        current = 0
        for token in doc:
            current = sentence_of.get(token.i, current)
            sentence_at[token.i] = current

        def weights_near(sentence: int | None, reach: int = 0) -> dict[str, float]:
            # the countries the unambiguous mentions name, near one sentence or in the whole text
            weights: dict[str, float] = defaultdict(float)
            for key, hit in hits.items():
                record = self.index.actors.get(hit[0]) if hit is not None and key not in ambiguous else None
                if record is None or not record.country or record.type == "media":
                    continue  # (an outlet quoted says nothing of whose ministry speaks: "According to the Washington Post")
                if sentence is None or abs(sentence_at[key[0]] - sentence) <= reach:
                    # (a state named in nearly every text counts less: data/background_states.csv)
                    weights[record.country] += _HOME_WEIGHTS.get(record.type, 1.0) * self.index.background.get(
                        self.index.government_of(record.country) or "", 1.0)
            return weights

        document = weights_near(None)
        # (a text that names a Land, its government or its capital is local news of that Land's country)
        lands = self._countries_of_lands(hit[0] for hit in hits.values() if hit is not None)
        for key, actors in ambiguous.items():
            federal = [a for a in actors if getattr(self.index.actors.get(a), "country", "") in lands] \
                if len(lands) == 1 and any(w in _FEDERAL_WORDS for w in lookup_key(doc[key[0]:key[1]].text).split()) else []
            if federal:
                # "From the Federal Government it was said ... in Washington": in a Land's news, the federation's
                hits[key] = (federal[0], hits[key][1])  # type: ignore[index]
                continue
            # Why: a mixed newsletter may be about Germany and still quote the British Foreign
            # Office next to "Britain": the country named around the mention comes first
            for weights in (weights_near(sentence_at[key[0]]), weights_near(sentence_at[key[0]], 1), document):
                countries = [(weights.get(getattr(self.index.actors.get(a), "country", ""), 0.0), -n, a)
                             for n, a in enumerate(actors)]
                best = max(countries)
                if best[0] > 0:
                    hits[key] = (best[2], hits[key][1])  # type: ignore[index]
                    break

    @staticmethod
    def _split_addressees_off_surnames(doc: Doc) -> None:
        """Split an outlet the model glued onto a surname ("said Lembeck the Roter Faden", "told Tebben WER24").

        Translated German leaves the dative addressee right after the inverted speaker ("sagte
        Lembeck der Zeitung"), and the model runs both into one entity. Limit: the first word must
        be the surname of a person named in full earlier in the text, and the rest must start with
        "the" or be one word with a digit, in capitals or of glued words (an outlet's short name), or
        be a bare "the" before an outlet in quote marks.
        """
        surnames: set[str] = set()  # the last words of the persons named so far ("Tesch-Oyelaran")
        split: list[Span] = []
        for ent in doc.ents:
            for size in range(len(ent) - 1, 0, -1):
                if doc[ent.start:ent.start + size].text not in surnames:
                    continue
                rest = doc[ent.start + size:ent.end]
                if rest[0].lower_ == "the" and len(rest) >= 2 and rest[1].text[:1].isupper():
                    split += [Span(doc, ent.start, ent.start + size, label="PERSON"),
                              Span(doc, rest.start + 1, ent.end, label="ORG")]
                    break
                if outlet_shaped(rest.text):
                    split += [Span(doc, ent.start, ent.start + size, label="PERSON"),
                              Span(doc, rest.start, ent.end, label="ORG")]
                    break
                mark = rest.start + 1  # the quote mark after "the", inside the entity or right after it
                if rest[0].lower_ == "the" and all(w.is_quote for w in rest[1:]) and mark + 1 < len(doc) \
                        and doc[mark].is_quote and doc[mark + 1].text[:1].isupper():
                    # Why: "said Kaltwasser the „Handelsblatt“": the model ran the name on to the article
                    # of an outlet written in quote marks
                    split.append(Span(doc, ent.start, ent.start + size, label="PERSON"))
                    break
            else:
                if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_alpha:
                    surnames.update(ent[k:].text for k in range(1, len(ent)))
        _put_entities(doc, split)

    @staticmethod
    def _questions_opening_with_will(doc: Doc) -> None:
        """Cut the auxiliary "Will" off a name that opens a question ("Will Koval in spring still play?").

        The model reads the question's auxiliary as a given name, and "Will Koval" would be a person
        of their own instead of the Dmytro Koval named before. Limit: "Will" must open the sentence,
        the sentence must end with a question mark, and a word must follow "Will" in the name.
        """
        _put_entities(doc, [Span(doc, ent.start + 1, ent.end, label=ent.label_) for ent in doc.ents
                            if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].text == "Will" and ent[0].is_sent_start
                            and next((t.text for t in reversed(ent.sent) if not t.is_space), "") == "?"])

    def _join_surnames_read_as_bodies(self, doc: Doc) -> None:
        """Join a one-word organisation right after a person to the person's name ("[Cllr Amrit]PERSON [Sandhu]ORG said").

        Why: the small model cuts an unfamiliar name after its given name and takes the surname for a
        body, and the speaker's id then keeps only a given name or the surname alone. Limit: the
        organisation is one capitalised word, no listed actor, stands right after the person (no
        space-less join, no punctuation) and no capitalised word follows it.
        """
        ents = list(doc.ents)
        joined = []
        for person, body in pairwise(ents):
            titled = len(person) >= 2 and lookup_key(person[0].text) in self.index.titles
            if not (person.label_ == "PERSON" or person.label_ == "ORG" and titled) or body.label_ != "ORG" \
                    or body.start != person.end or len(body) != 1:
                continue  # (a title may open the person the model took for a body: "[Cllr Amrit]ORG [Sandhu]ORG")
            word = body[0]
            after = doc[body.end] if body.end < len(doc) else None
            if not self._name_word(word) or word.is_upper or "\n" in person[-1].whitespace_ \
                    or self.index.candidates(word.text) or (after is not None and after.is_title and after.is_alpha):
                continue
            joined.append(Span(doc, person.start, body.end, label="PERSON"))
        _put_entities(doc, joined)

    def _drop_titles_before_names(self, doc: Doc) -> None:
        """Drop an entity that is only a title right before a name ("[Lieutenant Colonel] [Anders Vestergaard]").

        The model sometimes tags the title apart; as a person of its own it would take up a later
        "the colonel". Limit: every word of the entity must make up a title of data/titles.csv.
        """
        ents = list(doc.ents)
        # (other titles may stand between: "[Councillor] Sir [Anthony Greaves]")
        dropped = {i for i, (ent, following) in enumerate(pairwise(ents))
                   if following.label_ == "PERSON" and following.start >= ent.end  # (the model may call it ORG)
                   and all(lookup_key(t.text) in self.index.title_set for t in doc[ent.end:following.start])
                   and following.start - ent.end <= 2 and lookup_key(ent.text) in self.index.title_set}
        if dropped:
            doc.ents = [ent for i, ent in enumerate(ents) if i not in dropped]

    def _drop_dangling_descriptions(self, doc: Doc) -> None:
        """Drop an entity that is a lowercase description cut off at a preposition or quote mark, or a plural noun.

        "accused the university of 'treating this as ...'": the model may tag "the university of '"
        as an organisation, which would make a new actor "university of" that a later "a university
        spokesperson" then speaks for. Limit: the entity ends in a preposition or punctuation and has
        no capitalised word; the description itself is read by the role-noun rules. Also drops a
        person entity of lower-case words only ("lorry driver"), a
        one-word plural noun opening a sentence that the model tagged ORG and the gazetteer does not
        know, and cuts a live blog's clock time (:data:`_CLOCK`) off the front of an entity.
        """
        dangling = {(ent.start, ent.end) for ent in doc.ents
                    if len(ent) > 1 and (ent[-1].pos_ == "ADP" or ent[-1].is_punct)
                    and not any(t.text[:1].isupper() for t in ent)}
        # ("Households in the border city received ...": a plural common noun opening a sentence, which
        # the model may tag as an organisation, is no body unless the gazetteer knows the word)
        dangling |= {(ent.start, ent.end) for ent in doc.ents
                     if len(ent) == 1 and ent.label_ == "ORG" and ent[0].tag_ == "NNS" and ent[0].is_sent_start
                     and ent[0].is_title and not self.index.candidates(ent.text)}
        # ("Keith Ormerod, a retired lorry driver from ...": a person's role in lower-case words the model tagged
        # as a person is no name; the role-noun rules read the description)
        dangling |= {(ent.start, ent.end) for ent in doc.ents
                     if ent.label_ == "PERSON" and all(t.is_lower and t.is_alpha for t in ent)}
        if dangling:
            doc.ents = [ent for ent in doc.ents if (ent.start, ent.end) not in dangling]
        # ("09:58 Zieliński-Rudnik also denied ...", "14:30 The Valgemetsa Volunteer Defence Association": a live
        # blog's time stamp the model glued onto the name opening the entry)
        timed = [ent for ent in doc.ents if len(ent) > 1 and _CLOCK.fullmatch(ent[0].text)]
        _put_entities(doc, [Span(doc, ent.start + 1 + (ent[1].lower_ == "the" and len(ent) > 2), ent.end, label=ent.label_)
                            for ent in timed])
        # ("08:45 - Mahlangu added ...": the model may take the dash after the time stamp and the name for a date;
        # the name is a person's when a person's name in the text ends with it, else a body's)
        dashed = [ent for ent in doc.ents if len(ent) > 1 and ent[0].text in _DASHES and ent.start > 0
                  and _CLOCK.fullmatch(doc[ent.start - 1].text) and all(t.is_title and t.is_alpha for t in ent[1:])]
        if dashed:
            surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2}
            _put_entities(doc, [Span(doc, ent.start + 1, ent.end, label=ent.label_ if ent.label_ not in {
                "DATE", "TIME", "CARDINAL"} else "PERSON" if ent[-1].text in surnames else "ORG") for ent in dashed])

    def _firms_named_after_people(self, doc: Doc) -> None:
        """Tag as an organisation a two-word "person" that starts with another person's surname, or ends in a body's kind.

        "managing director Heribert Lanzinger ... the machine builder Lanzinger Fördertechnik": a firm
        named after its owner, which the model may tag as a person. Limit: the entity is a PERSON of
        two words whose first word ends a longer person's name in the document and is no listed given
        name, and whose second word is no listed given name either; or a PERSON of two words or more
        whose last word is a body's kind (:meth:`_is_body_kind`) and whose first is no listed given name;
        or an unquoted work of art or product of capitalised words closing with a body's or firm's word
        ("The Interfaith Peace Circle").
        """
        given = load_name_genders(self.data_dir).given
        # (how many people's names end with a word: the entity's own last word counts once for itself)
        surnames = Counter(ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2)
        firms = [Span(doc, ent.start, ent.end, label="ORG") for ent in doc.ents
                 if ent.label_ == "PERSON" and len(ent) == 2
                 and surnames[ent[0].text] > (ent[1].text == ent[0].text)
                 and lookup_key(ent[0].text) not in given and lookup_key(ent[1].text) not in given
                 and ent[1].is_title]
        # ("the Sydney broker Tasman Ridge Securities": a "person" whose last word is a body's kind and
        # whose first is no given name)
        firms += [Span(doc, ent.start, ent.end, label="ORG") for ent in doc.ents
                  if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_title and self._is_body_kind(ent[-1])
                  and lookup_key(ent[0].text) not in given and not any(f.start == ent.start for f in firms)]
        # ("The Interfaith Peace Circle, which brings together ... leaders, said": an unquoted "title" of
        # capitalised words closing with a body's word is the body's name)
        firms += [Span(doc, ent.start, ent.end, label="ORG") for ent in doc.ents
                  if ent.label_ in {"WORK_OF_ART", "PRODUCT"} and len(ent) >= 2 and self._closes_body_name(ent[-1])
                  and all(t.is_title and t.is_alpha for t in ent if t.lower_ != "the")
                  and not (ent.start > 0 and doc[ent.start - 1].is_quote)]
        _put_entities(doc, firms)

    def _surnames_joined_by_and(self, doc: Doc) -> None:
        """Split an entity of two surnames joined by "and" into the two people: "[Zangerl-Mauracher and Atzl] demand".

        Why: the model reads two bare surnames and the "and" between them as one name, and the two people
        the text named in full before become one new actor ("zangerl_mauracher_and_atzl"). Limit: the
        entity is a surname, "and" (or "und") and a surname, each one word (or hyphenated) that closes a
        person's name of two words or more in the same text.
        """
        surnames = {ent.text.split()[-1] for ent in doc.ents if ent.label_ == "PERSON" and len(ent.text.split()) >= 2}
        split = []
        for ent in doc.ents:
            joints = [t for t in ent if t.lower_ in {"and", "und"}]
            if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"} or len(joints) != 1:
                continue
            left, right = doc[ent.start:joints[0].i], doc[joints[0].i + 1:ent.end]
            if left.text in surnames and right.text in surnames and " " not in left.text + right.text \
                    and left.text != right.text:
                split += [Span(doc, left.start, left.end, label="PERSON"), Span(doc, right.start, right.end, label="PERSON")]
        _put_entities(doc, split)

    def _surnames_cut_off_a_title_and_given_name(self, doc: Doc) -> None:
        """Widen a person's name of a title and one name over the surname the model cut off: "[Cllr Nessa] [Trenear]".

        Why: the small model may end a name after its title and given name ("Cllr Nessa", "Kassierin Elfriede") and
        tag the surname alone or not at all; the id then is the given name's ("nessa") or the title's. Limit: a
        person entity of a title of data/titles.csv (or an unlisted capitalised word before a listed given name:
        "Kassierin Elfriede") and one more word; right after it, on the same line, a capitalised proper noun in no
        entity or in an unlisted one-word one, that the text uses in another person's name or after a title too
        ("Cllr Trenear"), or, after an unlisted word and a given name, in no entity and ending the name.
        """
        given = load_name_genders(self.data_dir).given
        titles = self.index.title_set
        widened = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) != 2 or ent.end >= len(doc) or "\n" in ent[-1].whitespace_ \
                    or not ent[-1].whitespace_:
                continue
            title, name = ent[0], ent[1]
            if not (lookup_key(title.text) in titles or title.is_title and title.is_alpha
                    and lookup_key(name.text) in given and lookup_key(title.text) not in given):
                continue
            surname = doc[ent.end]
            if not (surname.is_title and surname.is_alpha and surname.pos_ == "PROPN") \
                    or lookup_key(surname.text) in given or lookup_key(surname.text) in titles:
                continue
            other = next((e for e in doc.ents if e.start <= surname.i < e.end), None)
            if other is not None and (len(other) > 1 or other.label_ not in {"PERSON", "ORG", "GPE", "NORP"}
                                      or self.index.candidates(other.text)):
                continue
            # (the surname again, in another person's name or after a title: "Cllr Trenear", "Pichler said"; or, after
            # an unlisted word and a listed given name, a proper noun in no entity that ends the name: "Kassierin
            # Elfriede Pichler described")
            bare = other is None and lookup_key(title.text) not in titles and not (
                surname.i + 1 < len(doc) and doc[surname.i + 1].is_title and doc[surname.i + 1].is_alpha)
            if not bare:
                named_again = any(e.label_ == "PERSON" and surname.text in {t.text for t in e}
                                  and not e.start <= surname.i < e.end for e in doc.ents)
                titled_again = any(t.text == surname.text and t.i != surname.i and t.i > 0
                                   and lookup_key(doc[t.i - 1].text) in titles for t in doc)
                if not (named_again or titled_again):
                    continue
            widened.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
        _put_entities(doc, widened)

    def _split_trailing_names(self, doc: Doc) -> None:
        """Split a person's name off the end of an organisation or place entity the NER ran on, and "Loud" off its start.

        Machine-translated text drops the commas of an apposition: "the Odesa Centre of Black Sea
        Studies Iryna Tkachuk", "The inhabitant of Bilhorod-Dnistrovskyi Mykhailo Rusnak". When an
        ORG/GPE entity ends with a listed given name and one or two capitalised words, those words
        are a person and the rest keeps its label. Limit: the given name must not start the entity
        (but a name that starts it and ends before "of", "[Owain Tudor of Severn Analytics]", is split
        off the body named after it). Also: a sentence-opening "-ly" adverb the model called a name is
        dropped ("[Sharply] rejected"), and a name run into an open bracket ends before it.
        """
        # Why: machine translation renders German "laut X" ("according to X") as "loud X", and the
        # model glues the word onto the name ("Loud Holtkamp"); the name starts after it
        unglued = [Span(doc, ent.start + 1, ent.end, label=ent.label_) for ent in doc.ents
                   if len(ent) > 1 and ent[0].lower_ == "loud" and ent[1].text[:1].isupper()]
        # Why: an unquoted "title" with a reporting verb inside is a clause the model misread ("[The Green
        # accused Gschwendtner]WORK_OF_ART"): it names nothing, and the rules read its words again
        dropped = [ent for ent in doc.ents if ent.label_ == "WORK_OF_ART" and len(ent) >= 3
                   and any(t.tag_ in {"VBD", "VBZ"} and t.dep_ == "ROOT" for t in ent[1:-1])
                   and not (ent.start > 0 and doc[ent.start - 1].is_quote and ent.end < len(doc) and doc[ent.end].is_quote)
                   and not ent[0].is_quote]
        # Why: a sentence-opening adverb the model called a name ("[Sharply] rejected club president X the
        # reproach", German "Scharf wies X ... zurück") names nothing
        # (not a name the text writes mid-sentence too: "Gráinne Fennelly ... Fennelly told")
        dropped += [ent for ent in doc.ents if len(ent) == 1 and ent[0].tag_ == "RB" and ent[0].is_sent_start
                    and ent[0].lower_.endswith("ly")
                    and not any(t.text == ent.text and not t.is_sent_start for t in doc)]
        if dropped:
            doc.ents = [ent for ent in doc.ents if ent not in dropped]
        # Why: after a quote the model may glue the cue onto the name ("„…“, [meant Kollmann]"); a name
        # starts with a capital or a particle of _NAME_PARTICLES ("van", "de"), never another lower-case word
        unglued += [Span(doc, ent.start + 1, ent.end, label=ent.label_) for ent in doc.ents
                    if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].is_lower and ent[0].is_alpha
                    and not ent[0].is_stop and ent[0].lower_ not in _NAME_PARTICLES and ent[1].is_title]
        # Why: German "sagte X gegenüber der Zeitung" becomes "said X opposite the newspaper", and the
        # model runs the speaker and the outlet into one entity ("[Thiessen opposite Fördeblick]"):
        # the lowercase "opposite" separates them
        for ent in doc.ents:
            cut = next((t.i for t in ent[1:-1] if t.text == "opposite"), None)
            if cut is not None and ent[0].lower_ != "loud" and (
                    doc[cut + 1].text[:1].isupper() or doc[cut + 1].lower_ == "the"):
                unglued += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label="ORG")]
        # Why: the model may run a name into the party bracket after it ("[Ladina Cadonau (SP]) demanded"):
        # the name ends before the bracket, and two or three capitalised words before a party's one-word
        # label are a person ("X Y (SP)", "X Y (CSU)"), the label a body
        for ent in doc.ents:
            cut = ent.end - 2
            if len(ent) >= 4 and doc[cut].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")" \
                    and doc[cut + 1].is_upper and doc[cut + 1].is_alpha \
                    and all(t.is_title and t.is_alpha for t in doc[ent.start:cut]) and cut - ent.start <= 3:
                unglued += [Span(doc, ent.start, cut, label="PERSON"), Span(doc, cut + 1, ent.end, label="ORG")]
            elif 3 <= len(ent) <= 4 and ent[-1].text == "(" and ent.end + 1 < len(doc) and doc[ent.end].is_upper \
                    and doc[ent.end + 1].text == ")" and all(t.is_title and t.is_alpha for t in ent[:-1]):
                # ("[Ladina Cadonau (][SP]": the gazetteer took the party first, the model kept the bracket)
                unglued.append(Span(doc, ent.start, ent.end - 1, label="PERSON"))
        _put_entities(doc, unglued)
        given = load_name_genders(self.data_dir).given
        if not given:
            return
        # Why: the model may run a name into an open bracket of any tag ("[Bertha Kasonde (Independent],
        # Kasanka South)"): a name never holds an open bracket without its close, so it ends before it; a
        # listed given name opening it makes it a person
        cut_off = []
        for ent in doc.ents:
            bracket = next((t.i for t in ent[2:] if t.text == "("), None)
            if bracket is not None and not any(t.text == ")" for t in doc[bracket:ent.end]) \
                    and all(t.is_title and t.is_alpha for t in doc[ent.start:bracket]):
                label = "PERSON" if lookup_key(ent[0].text) in given and bracket - ent.start <= 3 else ent.label_
                cut_off.append(Span(doc, ent.start, bracket, label=label))
        _put_entities(doc, cut_off)
        split: list[Span] = []
        honorifics = load_name_genders(self.data_dir).honorifics
        for ent in doc.ents:
            before = doc[ent.start - 1] if ent.start > 0 else None
            # (not after an honorific: "Sheikh [Abdul Rashid Mussa]" opens with the name's first word)
            continues = before is not None and before.is_title and before.is_alpha and "\n" not in before.whitespace_ \
                and lookup_key(before.text) not in honorifics
            # (or a place glued before a person: "Deputy mayor of [Rzeszów Agnieszka Wróbel]")
            placed = before is not None and before.lower_ in {"of", "in", "from"}
            # (or a party member's noun used as a title: "Conservative Glen Ostrowski")
            member = self.index.role_nouns.get(ent[0].lower_) == "person"
            if ent.label_ == "PERSON" and len(ent) >= 3 and lookup_key(ent[0].text) not in given \
                    and lookup_key(ent[0].text) not in self.index.titles \
                    and (ent[0].pos_ != "PROPN" or continues or placed or member):
                # "[Strategy Dmytro Zhuravel]": a common word of an organisation's name glued before a person
                # (a given name that opens a hyphenated surname is none: "Maik [Lorenz-]Feldmann")
                first = next((t.i for t in ent[1:] if lookup_key(t.text) in given and not (
                    not t.whitespace_ and t.i + 1 < ent.end and doc[t.i + 1].text in {"-", "‐"})), None)
                if first is not None and ent.end - first in {2, 3}:
                    split.append(Span(doc, first, ent.end, label="PERSON"))
                    continue
            # (or a title, "[Lesia Kravets of the Prairie]WORK_OF_ART")
            if ent.label_ in {"ORG", "PERSON", "WORK_OF_ART"} and len(ent) >= 4 and lookup_key(ent[0].text) in given:
                # Why: "[Owain Tudor of Severn Maritime Analytics]": the model ran a person's name on into
                # the body named after "of"; a given name, one or two capitalised words and "of" split it
                # (or "of the": "[Uwe Brettschneider of the IG BAU]")
                of = next((t.i for t in ent[2:4] if t.lower_ == "of"), None)
                body = of + 2 if of is not None and of + 2 < ent.end and doc[of + 1].lower_ == "the" else \
                    of + 1 if of is not None else None
                if body is not None and body < ent.end and doc[body].text[:1].isupper() \
                        and all(t.is_alpha and t.is_title for t in doc[ent.start:of]):
                    split += [Span(doc, ent.start, of, label="PERSON"), Span(doc, body, ent.end, label="ORG")]
                    continue
            # (the model also reads a name after a cue as a title: "contradicted [the Green Johanna Lüdtke]WORK_OF_ART",
            # or a product: "warned [the Green Anja Prohl]PRODUCT", or a place: "[The Green Ulrike Sommerfeld]LOC")
            if ent.label_ not in {"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT"} or len(ent) < 3:
                continue
            for size in (2, 3, 4):
                first = ent.end - size
                name = doc[first:ent.end]
                if first <= ent.start or lookup_key(doc[first].text) not in given:
                    continue
                comma = doc[first - 1].text == ","  # "Rostock, Gerd Holtkamp": a place and a name
                # (a hyphenated surname is three tokens: "Magdalena Wrona-Kubiak")
                if not all((t.is_alpha and t.text[:1].isupper()) or (t.text == "-" and 0 < k < len(name) - 1)
                           for k, t in enumerate(name)) or (doc[first - 1].is_punct and not comma
                                                            and not doc[first - 1].is_quote):
                    continue
                if size == 4 and not any(t.text == "-" for t in name):
                    continue  # (four plain words are more often an organisation's name)
                if lookup_key(doc[first - 1].text) in given:
                    continue  # "Jan Maria Rokita": a second given name belongs to the same person
                # Why: a prefix that is a name of its own ("Odesa Centre ...") keeps its label
                prefix = doc[ent.start:first - 1 if comma else first]
                if not len(prefix):
                    continue
                if prefix[-1].lower_ in {"of", "and", "for", "the"}:
                    continue
                if self._is_body_kind(doc[ent.end - 1]):
                    continue  # "Kestrel Marine Syndicate", "Lionsgate Marine Brokers": the kind ends a body's name
                split.append(Span(doc, first, ent.end, label="PERSON"))
                if any(t.pos_ == "PROPN" for t in prefix):
                    split.append(Span(doc, ent.start, first, label=ent.label_))  # "Loud" glued on is no name
                break
        _put_entities(doc, split)

    def _bodies_named_after_their_kind(self, doc: Doc) -> None:
        """Relabel as ORG a "person" the model found right after a body's kind ("the consultancy Harbourline Risk").

        Why: the model reads an unknown two-word name as a person even after "the consultancy" or
        "the broking house", and a later "he" then refers to the firm. Limit: "the", then
        lower-case nouns ending in an organisation or institution noun of ``data/role_nouns.csv``
        (or "house" after another noun: "the broking house"), right before the entity; a person's
        noun there ("the analyst Jan Nowak") or a listed given name opening the entity keeps the person.
        """
        relabelled = []
        given = load_name_genders(self.data_dir).given
        for ent in doc.ents:
            if ent.label_ != "PERSON" or ent.start < 2 or lookup_key(ent[0].text) in given:
                continue  # (translated German drops the comma of "the deputy of the council Serhiy Borodai")
            kind = doc[ent.start - 1]
            if not (kind.is_lower and kind.pos_ == "NOUN"):
                continue
            noun_type = self.index.role_nouns.get(kind.lower_) or self.index.role_nouns.get(kind.lemma_.lower())
            house = kind.lower_ == "house" and doc[ent.start - 2].is_lower and doc[ent.start - 2].pos_ in {"NOUN", "VERB"}
            if noun_type not in {"organization", "institution"} and not house:
                continue
            first = ent.start - 1
            while first > 0 and (doc[first - 1].is_lower and doc[first - 1].pos_ in {"NOUN", "ADJ", "VERB"}
                                 # (a plural possessive: "the citizens' initiative Klare Elbe")
                                 or doc[first - 1].tag_ == "POS" and first > 1 and doc[first - 2].is_lower) \
                    and doc[first - 1].lower_ != "the":
                first -= 1
            if first > 0 and doc[first - 1].lower_ == "the":
                relabelled.append(Span(doc, ent.start, ent.end, label="ORG"))
        _put_entities(doc, relabelled)

    def _is_body_kind(self, token: Token) -> bool:
        """Whether a capitalised word closing a name names a body's kind ("Network", "Syndicate") or a trade's plural ("Brokers")."""
        kind = self.index.role_nouns.get(token.lower_, self.index.role_nouns.get(token.lemma_.lower()))
        return kind in {"organization", "institution"} \
            or (token.lower_.endswith("s") and self.index.role_nouns.get(token.lower_[:-1]) == "person")

    def _name_word(self, token: Token) -> bool:
        """Whether a word can belong to a name the model cut short: capitalised letters, no title, no line break after it."""
        return token.is_title and token.is_alpha and "\n" not in token.whitespace_ \
            and lookup_key(token.text) not in self.index.title_set

    def _closes_body_name(self, token: Token) -> bool:
        """Whether a capitalised word closes a firm's or body's name: a word of ``data/firm_words.csv`` or a body's kind."""
        # (not the first half of a hyphenated word: "Prairie Roots Agri-Supply" goes on)
        return token.is_title and token.is_alpha and not _hyphen_follows(token) and (
            token.text in self.index.firm_words or self._is_body_kind(token))

    def _bodies_named_by_their_kind_first(self, doc: Doc) -> None:
        """Make one body of a German compound naming a body's kind and the name after it ("Stadtwerke Ilsenrode").

        German names a body by its kind first ("Landratsamt Kirchhaslach", "Grünen-Kreisverband Westrich",
        "Kreisbauernverband Hochwald-Hunsrück"); the model tags the town or the whole as a place, a product or
        a person, or cuts the kind off. Limit: a compound of ``data/body_endings.csv`` (a capitalised word or
        initials glued to it by a hyphen may open it: "SPD-", "Grünen-"), then one to three capitalised
        words (hyphenated ones count as one; "eG", "e.V." or a firm's word may close it), in no entity
        of a listed person or body, no date and no title; an entity the span would cut stays.
        """
        spans: list[Span] = []
        ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        taken: set[int] = set()
        closing = {"eG", "e.V."} | self.index.firm_words
        for token in doc:
            if token.i in taken or not self.index.is_body_compound(token.text) or token.i + 1 >= len(doc):
                continue
            start = token.i
            if start >= 2 and doc[start - 1].text in {"-", "‐"} and not doc[start - 2].whitespace_ \
                    and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
                start -= 2  # ("Grünen-Kreisverband Westrich", "CDU-Kreisverband Westpfalz-Land")
            end, words = token.i + 1, 0
            if end + 1 < len(doc) and doc[end].lower_ == "für" and doc[end + 1].is_title and doc[end + 1].is_alpha:
                end += 1  # ("Landesamt für Energiewirtschaft": German "für" joins the kind to what it is for)
            while end < len(doc) and words < 3 and "\n" not in doc[end - 1].whitespace_:
                word = doc[end]
                if not (word.is_title and word.is_alpha) or lookup_key(word.text) in self.index.title_set \
                        or word.ent_type_ in {"DATE", "TIME"} or self.index.is_body_compound(word.text):
                    break
                end += 1
                words += 1
                while end + 1 < len(doc) and doc[end].text in {"-", "‐"} and not doc[end - 1].whitespace_ \
                        and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha:
                    end += 2  # ("Hochwald-Hunsrück" is one word)
            if end == token.i + 2 and doc[token.i + 1].lower_ == "für":
                end = token.i + 1  # ("the Landesamt für the ...": no name after "für")
            opened = start == token.i and start >= 1 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and len(doc[start - 1]) >= 5 and doc[start - 1].lower_.endswith(("er", "es", "e", "en")) \
                and doc[start - 1].pos_ in {"ADJ", "PROPN"} and doc[start - 1].ent_type_ not in {"PERSON", "DATE"}
            # (with no name after the kind, a place's adjective in "-er" before it names the body: "the Meraner
            # Tourismusring")
            if not words and not (opened and doc[start - 1].lower_.endswith("er") and start >= 2
                                  and doc[start - 2].lower_ == "the"):
                continue
            if end < len(doc) and doc[end].text in closing:
                end += 1
            if opened:
                start -= 1  # (a declined adjective opens the name: "Ukrainischer Elternverein Soniachnyk")
            if start >= 1 and doc[start - 1].lower_ == "the" and any(
                    ent.start == start - 1 for ent in (ent_of.get(i) for i in range(start, end)) if ent is not None):
                start -= 1  # (the model's entity opened with the article: "[The Wählergemeinschaft Rostocker Bund]")
            span = Span(doc, start, end, label="ORG")
            overlapping = {ent_of[i] for i in range(start, end) if i in ent_of}
            if any(ent.start < start or ent.end > end for ent in overlapping) \
                    and not all(ent.start >= start - 1 and doc[ent.start].lower_ == "the" and ent.end <= end
                                for ent in overlapping if ent.start < start or ent.end > end):
                continue  # (an entity the span would cut: "[Stadtwerke Ilsenrode chief Ute Kranz]")
            if any(ent.label_ in {"PERSON", "ORG", "NORP"} and (hit := self.index.resolve(ent.text, ent.label_))
                   and self.index.type(hit[0]) in {"person", "party", "government", "organization", "institution"}
                   for ent in overlapping):
                continue  # (a listed body or person in it: "Handwerkskammer [Putin]" is no name)
            if any(ent.label_ == "ORG" and ent.start <= start and ent.end >= end for ent in overlapping):
                continue  # (the model found it already)
            spans.append(span)
            taken.update(range(start, end))
        _put_entities(doc, spans)

    def _bodies_by_their_kind(self, doc: Doc, resolved: list[tuple[Span, str, str, str]],
                              short_forms: Mapping[str, tuple[str, str]]) -> None:
        """Resolve "the Genossenschaft", "the Stadtwerke" to the one body named before whose first word ends so.

        German text names a body again by its kind alone: "the Winzergenossenschaft Haardt-Sonnenberg ... the
        Genossenschaft", "the Grünen-Kreisverband Westrich ... the Kreisverband". Limit: "the" right before one
        capitalised word that is an ending of ``data/body_endings.csv`` or a compound with one; a body
        named before it (a short form of its first word, see :meth:`_resolve_entities`) whose first word ends
        with that word (after a hyphen too), and only one such body; the word is in no entity or in an
        unknown one-word one. Changes ``resolved`` in place.
        """
        if not short_forms:
            return
        first_seen: dict[str, int] = {}
        for span, actor_id, _name, how in resolved:
            if actor_id and how == "new":
                first_seen.setdefault(actor_id, span.start)
        kinds = [(form.split("-")[-1].lower(), body) for form, body in short_forms.items()
                 if " " not in form and self.index.is_body_compound(form.split("-")[-1])]
        if not kinds:
            return

        def body_of(token: Token) -> tuple[str, str] | None:
            word = token.lower_
            if not (token.is_title and token.is_alpha and token.i > 0 and doc[token.i - 1].lower_ == "the"
                    and (word in self.index.body_endings or self.index.is_body_compound(token.text))):
                return None
            bodies = {body for kind, body in kinds if kind.endswith(word) and first_seen.get(body[0], len(doc)) < token.i}
            return next(iter(bodies)) if len(bodies) == 1 else None

        named = {body[0] for _, body in kinds}
        at = {span.start: k for k, (span, *_rest) in enumerate(resolved) if len(span) == 1}
        covered = {i for ent in doc.ents for i in range(ent.start, ent.end)} | {
            i for span, *_ in resolved for i in range(span.start, span.end)}
        for token in doc:
            k = at.get(token.i)
            # (a one-word name left pending as a possible surname counts too: "The [Verein]ORG said")
            if k is not None and resolved[k][3] in {"new", "pending"} and resolved[k][1] not in named:
                body = body_of(token)
                if body is not None:
                    # ("the [Stadtwerke]PERSON" the model called a person is the utility named before)
                    resolved[k] = (Span(doc, token.i, token.i + 1, label="ORG"), *body, "document")
            elif k is None and token.i not in covered:
                body = body_of(token)
                if body is not None:
                    resolved.append((Span(doc, token.i, token.i + 1, label="ORG"), *body, "document"))

    def _actors_named_by_an_earlier_word(self, doc: Doc, resolved: list[tuple[Span, str, str, str]],
                                         clusters: Mapping[tuple[int, int], tuple[str, str, str]]) -> None:
        """Resolve "the Fachgruppe", "the Präsidentin" to the nearest actor named before with that word in or beside its name.

        Why: news text names a body again by one word of its name and a person by the title it wrote before
        the name ("the Agrarhandel Unterinntal ... The Agrarhandel recommended", "Präsidentin Ulrike
        Zangerl-Mauracher ... so the Präsidentin"); the model tags the word a body of its own, a new actor.
        :meth:`_bodies_by_their_kind` and :func:`_bodies_by_their_last_words` need a listed kind, a name's first
        or last words and one such body. Limit: "the" right before one capitalised word the resolver made a new
        actor (or left pending, when no person of the text bears the word); the word is no role noun of
        ``data/role_nouns.csv`` (the description rules read those), no listed given name and no place the text
        names; the nearest actor named before it, of two words or more, with
        - an organisation's name holding the word, or a word closing with it after a hyphen or as a compound's
          last part of four letters or more ("Verein" of "Hilfsverein Brücke"); or
        - a person's name right after the word ("Kassier Peter Lindner-Moser") or right before it and a comma
          ("Ulrike Zangerl-Mauracher, Präsidentin of the chamber").
        Without "the", such a word right before a person's name of two words or more (not opening the sentence, not
        after a preposition, not a place) is that person's title: "Loud [Kassier] [Peter Lindner-Moser]".
        A person the resolver left pending takes its id from ``clusters`` (:meth:`_cluster_people`). With no such
        actor named before, a body whose circular the document is (:meth:`_publishing_body`) and whose name holds the
        word is meant ("The Kammer" in a circular of the "Gewerbekammer Hochpustertal"). Two listed kinds of one word
        are read here too, when the model tagged them a body of their own: a board ("The Vorstand") is the board
        resolved before it, else the publisher's; a Land's noun of ``data/role_nouns.csv`` ("Loud [Land]") is the
        Land government the text is about (:meth:`_land_placed_in`, :meth:`_regional_government`). Changes
        ``resolved`` in place.
        """
        given = load_name_genders(self.data_dir).given
        places = {t.lower_ for ent in doc.ents if ent.label_ in {"GPE", "LOC"} for t in ent}
        surnames = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2 for t in ent}
        known = [(span, *clusters[(span.start, span.end)]) if how == "pending" and (span.start, span.end) in clusters
                 else (span, actor_id, name, how) for span, actor_id, name, how in resolved]
        people_at = {span.start: (span, actor_id, name) for span, actor_id, name, _how in known
                     if span.label_ == "PERSON" and len(span) >= 2 and actor_id}

        publishers: list[tuple[str, str] | None] = []  # (the publisher's body, found once per document when asked)

        def publisher_of_doc() -> tuple[str, str] | None:
            if not publishers:
                publishers.append(self._publishing_body(doc, known))
            return publishers[0]

        def holds(name: Iterable[str], word: str) -> bool:
            lower = word.lower()
            return any(w.lower() == lower or len(lower) >= 4 and len(w) > len(lower) + 2 and w.isalpha()
                       and w.lower().endswith(lower) or w.lower().split("-")[-1] == lower for w in name)

        for k, (span, actor_id, _name, how) in enumerate(resolved):
            named = span[1:] if span[0].lower_ == "the" else span
            before = doc[named.start - 1] if named.start > 0 else None
            word = named[0]
            if len(named) == 1 and word.lower_ in _BOARD_NOUNS and word.is_title \
                    and (how in {"new", "pending"} or actor_id == slugify(word.text)):
                # ("The Vorstand" the model tagged a body: the board the description rules resolved before it, else
                # the publisher's; see _resolve_descriptions)
                board = next(((other_id, other_name) for other, other_id, other_name, _how in reversed(resolved[:k])
                              if other.start < named.start and other_id and other_id != slugify(word.text)
                              and other[-1].lower_ == word.lower_), None) or publisher_of_doc()
                if board is not None:
                    resolved[k] = (Span(doc, span.start, span.end, label="ORG"), *board, "document")
                continue
            if len(named) == 1 and self.index.role_nouns.get(word.lower_) == "land_government" and word.is_title \
                    and not word.is_sent_start and (how in {"new", "pending"} or actor_id == slugify(word.text)):
                # ("Loud [Land] are 300 beds prepared": the model tagged the Land a body of its own; it is the Land
                # government the text is about, as "the Land" is to the description rules)
                mentions = [Span(doc, other.start, other.end, label=other.label_, kb_id=other_id)
                            for other, other_id, _n, _h in known if other_id]
                government = self._land_placed_in(word, mentions) or self._regional_government(word, mentions)
                if government:
                    resolved[k] = (Span(doc, span.start, span.end, label="ORG"), government, self.index.name(government),
                                   "description")
                continue
            if how not in {"new", "pending"} or len(named) != 1 or not (word.is_title and word.is_alpha) \
                    or word.lower_ in self.index.role_nouns or lookup_key(word.text) in given \
                    or word.lower_ in places or how == "pending" and word.text in surnames:
                continue
            if before is None or before.lower_ != "the":
                # (the title itself, tagged a name of its own right before the person's: "[Kassier] [Peter Lindner-Moser]")
                person = people_at.get(span.end)
                # (not a place after a preposition: "Mayor of Gori Zurab Beridze")
                if person is not None and not span[0].is_sent_start and before is not None and before.pos_ != "ADP" \
                        and span.label_ not in {"GPE", "LOC"}:
                    resolved[k] = (Span(doc, span.start, span.end, label="PERSON"), *person[1:], "description")
                continue
            if word.i + 1 < len(doc) and doc[word.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
                continue  # (a word before a noun names no one: "to the Emsland worries", "the Trier Bundestag member")
            earlier = None
            for other, other_id, other_name, _how in known:
                if other.start >= named.start or not other_id or other_id == actor_id:
                    continue
                body = other[1:] if other[0].lower_ == "the" else other
                if len(body) < 2:
                    continue
                if other.label_ == "PERSON":
                    # (a bare title: "Loud Amtsleiter Reinhard Stöckl"; not a body's name: "Member of the Riksdag Lena Forsberg")
                    found = (other.start > 0 and doc[other.start - 1].text == word.text or body[0].text == word.text) \
                        and not (other.start > 1 and doc[other.start - 2].lower_ in {"the", "of", "a", "an"}) \
                        or other.end + 1 < len(doc) and doc[other.end].text == "," and doc[other.end + 1].text == word.text
                else:
                    found = holds([t.text for t in body], word.text)
                if found and (earlier is None or other.start > earlier[0].start):
                    earlier = (other, other_id, other_name)
            publisher = publisher_of_doc() if earlier is None else None
            if publisher is not None and holds(publisher[1].split(), word.text):
                # (none named before: the body that publishes the circular names itself, "The Kammer advises the
                # member businesses" in a circular whose source is "Gewerbekammer Hochpustertal")
                resolved[k] = (Span(doc, span.start, span.end, label="ORG"), *publisher, "document")
                continue
            if earlier is not None:
                label = "PERSON" if earlier[0].label_ == "PERSON" else "ORG"
                resolved[k] = (Span(doc, span.start, span.end, label=label), earlier[1], earlier[2],
                               "description" if label == "PERSON" else "document")

    def _publishing_body(self, doc: Doc, known: Iterable[tuple[Span, str, str, str]]) -> tuple[str, str] | None:
        """The id and name of the body whose circular or newsletter the document is, from ``Doc._.source``, or None.

        Why: a chamber's circular or a club's newsletter calls its publisher "the Kammer", "the Verein" or "the
        Vorstand" and may name it in full only in its heading or signature, or not at all. Limit: a body the text
        names anywhere, of two words or more, whose name the source holds ("Rundbrief Freundeskreis
        Gesäuse-Ukraine"); else the source's part (set off by a dash or comma, after "of the", "der", "des")
        of two words or more, opening or closing with a German compound of ``data/body_endings.csv``
        ("Gewerbekammer Hochpustertal", "Vereinsblatt of the Hilfsverein Brücke Hochtal–Karpaten") or closing
        with an organisation noun of ``data/role_nouns.csv`` ("Brecksay Islands Council"); not an institution's
        noun ("Amberline News Agency", "Northmoor University Press Office" are no circular's body).
        """
        source = _source_without_genre(doc)
        if not source:
            return None
        key = f" {lookup_key(source)} "
        for span, actor_id, name, _how in known:
            body = span[1:] if span[0].lower_ == "the" else span
            if span.label_ == "ORG" and actor_id and len(body) >= 2 and f" {lookup_key(body.text)} " in key:
                return actor_id, name
        for part in re.split(r"\s+[–—-]\s+|,\s+", source):
            words = re.split(r"\s+(?:of the|der|des)\s+", part)[-1].split()
            if len(words) >= 2 and (self.index.is_body_compound(words[0]) or self.index.is_body_compound(words[-1])
                                    or self.index.role_nouns.get(words[-1].lower()) == "organization"):
                name = " ".join(words)
                return slugify(name), name
        return None

    def _bodies_cut_before_their_kind(self, doc: Doc) -> None:
        """Widen an organisation the model cut short to the capitalised words that end with its kind ("[The Mid-West] Aviation Finance Network").

        An unquoted "title" the model found that ends in a body's kind is made an organisation first
        ("[The Punjab Grain Growers' Union]" was a WORK_OF_ART; "[Ironbridge Software]" a PRODUCT, which ends in a
        firm's word of ``data/firm_words.csv``), and so is an unlisted place or facility of
        three words or more ("[the Black Sea Seafarers' Association]" was a LOC).

        Limit: one to four capitalised words right after the entity (a possessive "'s" may join two), in
        no other entity (or in a person the model guessed that opens with no listed given name), the last an organisation or
        institution noun of ``data/role_nouns.csv`` ("Network", "Council", "Association") or the plural of
        a person noun there ("Marine Brokers", "Harbourline Marine Underwriters").
        """
        given = load_name_genders(self.data_dir).given
        # ("[The Punjab Grain Growers' Union]WORK_OF_ART claimed": a title the model found, unquoted, that
        # ends in a body's kind is the body)
        # (and so is a "product" that ends in a firm's word: "[Ironbridge Software]PRODUCT, which employs 140")
        _put_entities(doc, [Span(doc, ent.start, ent.end, label="ORG") for ent in doc.ents
                            if ent.label_ in {"WORK_OF_ART", "PRODUCT"} and len(ent) >= 2
                            and (self._is_body_kind(ent[-1]) if ent.label_ == "WORK_OF_ART" else self._closes_body_name(ent[-1]))
                            and ent[-1].is_title and not ent[0].is_quote
                            and not (ent.start > 0 and doc[ent.start - 1].is_quote)
                            and not (ent.end < len(doc) and doc[ent.end].is_quote)])
        # (so is a place the model found that ends in a body's kind and no gazetteer knows: "[the Black Sea
        # Seafarers' Association]LOC said")
        _put_entities(doc, [Span(doc, ent.start, ent.end, label="ORG") for ent in doc.ents
                            if ent.label_ in {"LOC", "FAC"} and len(ent) >= 3 and self._is_body_kind(ent[-1])
                            and ent[-1].is_title and not self.index.resolve(ent.text, ent.label_)])
        # (and a place or facility the model found whose first word is a German compound naming a body's kind,
        # data/body_endings.csv: "[The Kreisbauernverband Hochwald-Hunsrück]FAC", "[Kreisbauernverband]LOC")
        _put_entities(doc, [Span(doc, ent.start, ent.end, label="ORG") for ent in doc.ents
                            if ent.label_ in {"LOC", "FAC"} and self.index.is_body_compound(
                                ent[1 if ent[0].lower_ == "the" and len(ent) > 1 else 0].text)
                            and not self.index.resolve(ent.text, ent.label_)])
        ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        widened = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or "\n" in ent[-1].whitespace_ or ent[-1].is_punct:
                continue  # (nor a dateline the model read with its dash: "[KOLKATA -] Exporters of tea")
            end = ent.end
            words = 0
            while end < len(doc) and words < 4 and (doc[end].is_title and doc[end].is_alpha or (
                    # ("[the West] Cork Inshore Fishermen's Association": a plural possessive inside the name)
                    doc[end].tag_ == "POS" and words and end + 1 < len(doc) and doc[end + 1].is_title)) and (
                    end not in ent_of or (ent_of[end].label_ == "PERSON" and lookup_key(ent_of[end][0].text) not in given)
                    # (or a one-word demonym inside the name: "[The East] Swiss Export Association")
                    or (ent_of[end].label_ == "NORP" and len(ent_of[end]) == 1)):
                words += doc[end].tag_ != "POS"
                end += 1
                if "\n" in doc[end - 1].whitespace_:
                    break
            if end > ent.end and self._closes_body_name(doc[end - 1]) \
                    and not (end in ent_of and ent_of.get(end - 1) is ent_of[end]):
                widened.append(Span(doc, ent.start, end, label="ORG"))
        _put_entities(doc, widened)

    def _names_cut_after_their_first_word(self, doc: Doc) -> None:
        """Widen an unlisted organisation over the capitalised word that opens its sentence right before it ("[Granite] [Shield], a provider, says").

        Why: the small model often leaves the first word of an unknown firm's name out when it opens
        the sentence, and the id then loses it. Limit: one proper noun, in no entity, that opens the
        sentence and is no listed given name, title or actor; the organisation is no listed actor.
        """
        given = load_name_genders(self.data_dir).given
        widened = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or ent.start == 0 or self.index.resolve(ent.text, ent.label_):
                continue
            first = doc[ent.start - 1]
            # (the parser must read it as part of the name: "Overnight the Defence Ministry" opens with an adverb)
            if not first.is_sent_start or first.ent_type_ or first.tag_ != "NNP" or not self._name_word(first) \
                    or first.dep_ != "compound" or not ent.start <= first.head.i < ent.end or first.lower_ == "opposite" \
                    or lookup_key(first.text) in given or self.index.resolve(first.text, "ORG"):
                continue
            widened.append(Span(doc, ent.start - 1, ent.end, label="ORG"))
        _put_entities(doc, widened)

    def _firms_named_by_their_last_word(self, doc: Doc) -> None:
        """Make an organisation of a "person" whose name closes with a firm's word ("Halloway Marine Mutual"), widened over the capitalised words the model left out before it ("Tasman [Marine Brokers]").

        Why: the small model reads an unknown firm's name as a person's, and a listed given name
        inside it ("Marine") then cuts the words before it off the id. Limit: the last word is a
        capitalised word of ``data/firm_words.csv`` or a body's kind (:meth:`_is_body_kind`); up to
        three capitalised proper nouns right before the entity, in no other entity, join it; the
        name then has two words or more (three for a plural trade, "Brokers") and opens with no
        listed given name ("Robert Plant" stays a person). Proper nouns in no entity closed by a firm's
        word ("Stellarine Shipping") are made an organisation too, and so is a "place" closed by a firm's
        word ("[Minch Island Ferries]LOC"); a legal form counts ("The Helme Kali GmbH").
        """
        given = load_name_genders(self.data_dir).given
        changed = []
        for ent in doc.ents:
            last = ent[-1]
            # (or a place: "[Minch Island Ferries]LOC say ...", when a firm's word closes it)
            if ent.label_ not in {"PERSON", "ORG", "FAC", "LOC"} or not self._closes_body_name(last) \
                    or ent.label_ == "LOC" and last.text not in self.index.firm_words:
                continue
            kind = self.index.role_nouns.get(last.lower_, self.index.role_nouns.get(last.lemma_.lower()))
            start = ent.start
            # (a number word may open the name: "[Three] Rivers Farm Supply")
            while start > 0 and ent.end - start < len(ent) + 3 and self._name_word(doc[start - 1]) \
                    and (doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_
                         or doc[start - 1].ent_type_ == "CARDINAL" and doc[start - 1].pos_ == "NUM"):
                start -= 1
            before = doc[start - 1] if start > 0 else None
            if ent.label_ == "PERSON" and start == ent.start and before is not None and before.ent_type_ == "ORG" \
                    and before.ent_iob_ == "B" and self._name_word(before) and lookup_key(ent[0].text) in given:
                # ("[Nordvik] [Marine Mutual]": the model may tag the first word of the name a one-word organisation
                # and the rest, opening with a listed given name, a person)
                start -= 1
            elif ent.label_ == "PERSON" and start == ent.start and before is not None and lookup_key(ent[0].text) in given \
                    and before.ent_type_ in {"ORG", "NORP", "GPE", "LOC"} and last.text in self.index.firm_words:
                # ("[Coral Bay] [Marine Risk]", "[Tasman]NORP [Marine Brokers]": the words before, a place or people the
                # model named apart, open the firm's name when a firm's word closes it; up to two title-case words)
                previous = next((e for e in doc.ents if e.end == ent.start), None)
                if previous is not None and len(previous) <= 2 and all(t.is_title and t.is_alpha for t in previous):
                    start = previous.start
            words = doc[start:ent.end]
            plural_trade = last.text not in self.index.firm_words and kind not in {"organization", "institution"}
            if len(words) < (3 if plural_trade else 2) or lookup_key(words[0].text) in given \
                    or not all(t.is_title and t.is_alpha or t.text in {"-", "'", "’"} for t in words):
                continue
            if start < ent.start or ent.label_ in {"PERSON", "FAC", "LOC"}:  # ("Corrib Agri Supplies" read as a building)
                changed.append(Span(doc, start, ent.end, label="ORG"))
        # ("The ship's operator, Stellarine Shipping of Valletta, denied": a firm's word closing proper nouns the
        # model found no entity in at all)
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)} | {i for s in changed for i in range(s.start, s.end)}
        for token in doc:
            # (a legal form is a firm's word too: "The Helme Kali GmbH", "Hertogenwald Kabel AG")
            if token.i in taken or token.text not in self.index.firm_words or not token.text[:1].isupper() \
                    or token.i + 1 < len(doc) and (self._name_word(doc[token.i + 1])
                                                   or _hyphen_follows(token)
                                                   or doc[token.i + 1].tag_ == "POS" or doc[token.i + 1].text in {"'", "’"}):
                continue
            start = token.i
            while start > 0 and token.i - start < 3 and start - 1 not in taken and self._name_word(doc[start - 1]) \
                    and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start < token.i and lookup_key(doc[start].text) not in given:
                changed.append(Span(doc, start, token.i + 1, label="ORG"))
        _put_entities(doc, changed)

    def _bodies_the_model_left_unnamed(self, doc: Doc) -> None:
        """Make an organisation of "the" and capitalised words closed by an organisation's kind the model found no body in.

        "The Tuvalu Merchant Mariners' Association and the Funafuti Seafarers' Wives Fellowship jointly ask",
        "the Road Bay Boat Owners Group": the small model tags a place inside the name or nothing, and the
        speaker is then the place or nobody. Limit: "the" (any case) opens the name; then two to five
        capitalised words (a plural possessive may join two: "Mariners' Association") closed by an
        organisation or alliance noun of ``data/role_nouns.csv`` ("Association", "Group", "Alliance"; not an institution
        such as "Ministry", which the description rules read) that no capitalised word follows; the words are in no
        entity but places, demonyms and unlisted "persons" the name holds whole, and no title or listed given
        name opens them.
        """
        given = load_name_genders(self.data_dir).given
        ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        spans: list[Span] = []
        for token in doc:
            kind = self.index.role_nouns.get(token.lower_, self.index.role_nouns.get(token.lemma_.lower()))
            # (an alliance of unlisted bodies too: "the Prairie Growers' Input Alliance")
            if kind not in {"organization", "alliance"} or not (token.is_title and token.is_alpha) or token.i in ent_of \
                    and ent_of[token.i].label_ in {"ORG", "PERSON"} and ent_of[token.i].start < token.i \
                    or token.i + 1 < len(doc) and (self._name_word(doc[token.i + 1]) or _hyphen_follows(token)):
                continue
            start, words = token.i, 0
            while start > 0 and words < 5:
                word = doc[start - 1]
                if word.tag_ == "POS" or word.text in {"'", "’"}:
                    if not words and start - 2 >= 0 and doc[start - 2].is_title:
                        start -= 1  # ("Mariners' Association": the plural's possessive mark)
                        continue
                    if words:
                        start -= 1
                        continue
                    break
                if not self._name_word(word) or "\n" in word.whitespace_ or word.lower_ == "the":
                    break
                start -= 1
                words += 1
            if start == 0 or doc[start - 1].lower_ != "the" or words < 2 or lookup_key(doc[start].text) in given:
                continue
            inner = {ent_of[i] for i in range(start, token.i + 1) if i in ent_of}
            if any(ent.start < start or ent.end > token.i + 1 or ent.label_ not in {"GPE", "LOC", "NORP", "PERSON"}
                   or (ent.label_ == "PERSON" and self.index.resolve(ent.text, ent.label_)) for ent in inner):
                continue
            spans.append(Span(doc, start - 1, token.i + 1, label="ORG"))
        _put_entities(doc, spans)

    def _drop_opening_participles(self, doc: Doc) -> None:
        """Drop a one-word "name" in "-ing" that opens its sentence before a comma ("Seconding, the Hon. Fiona Lang ...").

        Why: a Hansard digest opens with the participle ("Seconding, ...", "Replying, ...") and the model
        may tag it a person, who then speaks for the member named after the comma. Limit: one word, no listed
        actor or given name.
        """
        given = load_name_genders(self.data_dir).given
        kept = [ent for ent in doc.ents if not (
            len(ent) == 1 and ent[0].is_sent_start and ent.text.endswith("ing") and ent.end < len(doc)
            and doc[ent.end].text == "," and not self.index.candidates(ent.text) and lookup_key(ent.text) not in given)]
        if len(kept) < len(doc.ents):
            doc.ents = kept

    def _join_patronymic_names(self, doc: Doc) -> None:
        """Make one person of a Malay name with its patronymic particle ("Nurul Huda binti Abdullah", "Siti Mariam binti Haji Yakub").

        Why: the model tags only part of such names ("Nurul Huda binti [Abdullah]", "[Siti Mariam]
        binti [Haji Yakub]"), and the id then lacks the given name the text goes on to use
        ("Dr Siti Mariam said"). Limit: "bin", "binti" or "bte" between capitalised words; up to three
        of them before it (no title, "Dayang Nurul Huda" stops after "Dayang") and up to three after it
        ("Haji" included), all in no entity but people and places.
        """
        spans = []
        # (the words after a title the model took into an "organisation": "[Dayang Norhayati]ORG binti [Ismail]GPE")
        titled = {t.i for ent in doc.ents if ent.label_ == "ORG" and lookup_key(ent[0].text) in self.index.titles
                  for t in ent[1:]}
        for token in doc[1:-1]:
            if token.text not in _PATRONYMIC_PARTICLES:
                continue
            start = token.i
            while start > 0 and token.i - start < 3 and self._name_word(doc[start - 1]) \
                    and (doc[start - 1].ent_type_ in {"", "PERSON", "GPE", "NORP"} or start - 1 in titled):
                start -= 1
            end = token.i + 1
            while end < len(doc) and end - token.i <= 3 and doc[end].is_title and doc[end].is_alpha \
                    and doc[end].ent_type_ in {"", "PERSON", "GPE", "NORP"}:
                end += 1
            if start < token.i and end > token.i + 1 and not any(
                    ent.start < start < ent.end and start not in titled
                    or ent.start < end < ent.end for ent in doc.ents if ent.label_ != "PERSON"):
                spans.append(Span(doc, start, end, label="PERSON"))
        _put_entities(doc, spans)

    def _join_adjacent_person_names(self, doc: Doc) -> None:
        """Join two person entities with nothing but a space between them into one name ("[Winnie Chai] [Mei Lin]").

        Why: Malaysian, Singaporean and Hong Kong names put the Chinese given name after an English
        given name and the family name ("Dr Winnie Chai Mei Lin"); the model splits them in two, and
        "Dr Chai" and "she" then find two people. Limit: the two touch (one space, no line break, no
        punctuation) and make five words at most, all capitalised proper nouns and none a title (not
        "[Its Gemeinderat] [Harald Weninger]") but titles opening the first before a name word of its own
        ("[Cr Noraini] [Abdul Rahman]"); neither is a name of the actor list ("[Kremlin chief]
        [Putin]", "[Foreign Minister] [Sergei Lavrov]").
        """
        ents = list(doc.ents)
        titles = self.index.title_set

        def opening_titles(span: Span) -> int:
            # ("[Cr Noraini] [Abdul Rahman]": titles of data/titles.csv may open the first, before a name word of its own)
            n = 0
            while n < len(span) - 1 and lookup_key(span[n].text) in titles:
                n += 1
            return n

        joined = [Span(doc, first.start, second.end, label="PERSON") for first, second in pairwise(ents)
                  if first.label_ == second.label_ == "PERSON" and first.end == second.start
                  and first[-1].whitespace_ == " " and len(first) - opening_titles(first) + len(second) <= 5
                  and all(self._name_word(t) and t.pos_ == "PROPN" for t in doc[first.start + opening_titles(first):second.end])
                  and not self.index.candidates(first.text) and not self.index.candidates(second.text)]
        _put_entities(doc, [span for number, span in enumerate(joined)
                            if not (number and joined[number - 1].end > span.start)])

    def _titled_names_taken_up_by_surname(self, doc: Doc) -> None:
        """Tag as one person a name after a title whose last word the text later uses alone ("Oberbürgermeister Ubbo Freesemann ... said Freesemann").

        Why: the model misses such names, cuts them ("[Kreisrat Dieter] Montag") or reads their
        first word as a place ("Senate President [Jordan]GPE Kessler"), and the bare surname
        then becomes a person of its own. Limit: a capitalised title of data/titles.csv (or its
        plural; never "Loud"), then two or three capitalised words, the next word no capitalised one
        and no hyphen; the last of them must stand alone (no capitalised word or hyphen joined to it)
        somewhere else in the text; never a name of the actor list, a title or a firm's or body's
        word, nor a person the model already found; an organisation the name would cut into is left
        alone, unless it holds only the title and words of the name. The lone surname is tagged a
        person too.
        """
        if len(doc) < 4:
            return
        positions: dict[str, list[int]] = defaultdict(list)
        for token in doc:
            if token.is_title and token.is_alpha:
                positions[token.text].append(token.i)
        spans: list[Span] = []
        taken: set[int] = set()
        for title in doc[:-2]:
            # (a plural title before two names: "Councillors Amrit Sandhu and Peter Kowalczyk")
            if not (title.text[:1].isupper() and (lookup_key(title.text) in self.index.titles or title.text.endswith("s")
                                                  and lookup_key(title.text[:-1]) in self.index.titles)) \
                    or title.lower_ in _SOURCE_WORDS or title.i in taken:
                continue
            end = title.i + 1
            while end < len(doc) and end - title.i <= 3 and self._name_word(doc[end]) and not self._closes_body_name(doc[end]):
                end += 1
            name = doc[title.i + 1:end]
            # (not a hyphenated surname's first part: "Emmanuel Okonkwo-Adiele")
            if not 2 <= len(name) <= 3 or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN") \
                    or _hyphen_follows(name[-1]) \
                    or self.index.candidates(name.text) or self.index.candidates(name[-1].text) \
                    or any(t.text in self.index.firm_words for t in name):
                continue
            if any(ent.label_ == "PERSON" and ent.start <= name.start and name.end <= ent.end for ent in doc.ents):
                continue  # (the model found the person: "[Marlin County Sheriff Wade Colter]")
            surname = name[-1].text
            # (alone: no capitalised word and no hyphen joined to it, "Okonkwo-Adiele" holds no lone "Okonkwo")
            alone = [i for i in positions[surname] if i != name[-1].i and not (i > 0 and doc[i - 1].is_title)
                     and not (i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN")
                     and not _hyphen_follows(doc[i]) and not (i > 0 and doc[i - 1].text in _DASHES and not doc[i - 1].whitespace_)]
            # (or a party in brackets right after it names its holder's affiliation: "Councillor Muthu Krishnan
            # (PKR) moved", taken up later by the given name as Malaysian and Tamil usage has it, "Muthu, 59, told")
            if not alone and not (surname[:1].isupper() and _bracketed_tag_follows(name)):
                continue
            # (an organisation of the title and the first words only is the model's misreading: "[Councillors Amrit]ORG")
            if any(ent.label_ in {"ORG", "FAC"} and ent.start < name.end and name.start < ent.end
                                and (ent.start < title.i or ent.end > name.end) for ent in doc.ents):
                continue
            spans.append(Span(doc, name.start, name.end, label="PERSON"))
            taken.update(range(title.i, name.end))
            for i in alone:
                if not any(ent.start <= i < ent.end and (len(ent) > 1 or ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"})
                           for ent in doc.ents):
                    spans.append(Span(doc, i, i + 1, label="PERSON"))
        _put_entities(doc, spans)

    def _firms_closed_by_a_legal_form(self, doc: Doc) -> None:
        """Make one organisation of a firm's name closed by a legal form, over all the capitalised words before it.

        Why: the model cuts such names anywhere or misses them ("Energieversorgung Wipper-[Helme GmbH]",
        "Landvolk [Kyffhäuser e.V.]PERSON", "The Gewerbering Wippertal e.V." untagged), and the id then
        lacks the words cut off. Limit: the legal form is one of :data:`_LEGAL_FORM_WORDS` (also "eG"
        and "e.V." in its two tokens); up to five capitalised words right before it, joined by a hyphen
        or "&" where the text joins them, in the same line; never a title, never the translated
        source word ("Loud X GmbH": German "laut"); a span inside a longer entity is left alone.
        """
        spans = []
        for token in doc:
            if token.text == "V." and token.i > 0 and doc[token.i - 1].text == "e.":
                last, form_start = token.i, token.i - 1
            elif token.text in _LEGAL_FORM_WORDS:
                last, form_start = token.i, token.i
            else:
                continue
            if last + 1 < len(doc) and (doc[last + 1].text in {"-", "&"} or _hyphen_follows(doc[last])):
                continue  # ("GmbH & Co. KG": the name runs on)
            start, words = form_start, 0
            while start > 0 and words < 5:
                previous = doc[start - 1]
                if self._name_word(previous) and previous.lower_ not in _SOURCE_WORDS and previous.pos_ != "DET":
                    start -= 1
                    words += 1
                elif previous.text in {"-", "&"} and start >= 2 and self._name_word(doc[start - 2]) \
                        and "\n" not in previous.whitespace_ and (previous.text == "&" or not previous.whitespace_):
                    start -= 1
                else:
                    break
            if words == 0:
                continue
            if any(ent.start < start < ent.end or ent.start < last + 1 < ent.end
                   or (ent.start < start and ent.end > last) for ent in doc.ents if ent.label_ == "ORG"):
                continue
            spans.append(Span(doc, start, last + 1, label="ORG"))
        _put_entities(doc, spans)

    def _bodies_with_two_kinds_or_a_place(self, doc: Doc) -> None:
        """Widen a body's name over the first of two joined kinds ("the Coastal and [Bulk Carriers Association]") or the place after its kind ("[The Industry and Trade Committee] Haselbrunn-Land").

        Why: the model stops a body's name at "and" or before a place that German word order puts
        after the kind ("Kreisbauernkammer Marchtal"), and the speaker's id then loses a part of the
        name. Limit: an organisation entity closing with a body's kind or a firm's word (a plural
        possessive may follow it and join the next kind: "The District Farmers' [Chamber]"). Before
        "and": one or two capitalised words after "the", outside any listed actor's name. After the
        kind: one or two capitalised proper nouns (a hyphen may join them) outside other entities
        but unlisted places, no title or role, followed by no further capitalised word.
        """
        def name_word(token: Token) -> bool:
            return self._name_word(token) and token.lower_ not in self.index.role_nouns

        ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        widened = []
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start, ent.end
            # "The District Farmers'" + "Chamber": a plural possessive joins the next kind
            if doc[end - 1].tag_ == "POS" and end < len(doc) and self._closes_body_name(doc[end]) and end not in ent_of:
                end += 1
            if not self._closes_body_name(doc[end - 1]):
                continue
            if start >= 3 and doc[start - 1].lower_ == "and":
                first = start - 2
                if first >= 2 and doc[first - 1].is_title and doc[first - 1].is_alpha and doc[first - 1].lower_ != "the" \
                        and doc[first - 2].lower_ != "and":
                    first -= 1
                words = doc[first:start - 1]
                others = {ent_of[i] for i in range(first, start - 1) if i in ent_of}
                if first >= 1 and doc[first - 1].lower_ == "the" and all(t.is_title and t.is_alpha for t in words) \
                        and all(o.start >= first and o.end <= start - 1 and not self.index.resolve(o.text, o.label_)
                                for o in others):
                    start = first
            tail = end
            while tail < len(doc) and tail - end < 3 and (name_word(doc[tail]) or (
                    doc[tail].text in {"-", "‐"} and tail > end and not doc[tail].whitespace_
                    and not doc[tail - 1].whitespace_ and tail + 1 < len(doc) and doc[tail + 1].is_title)):
                other = ent_of.get(tail)
                if other is not None and other.start == end == tail and other.label_ == "GPE" and len(other) <= 3 \
                        and not self.index.resolve(ent.text, ent.label_) \
                        and not (other.end < len(doc) and doc[other.end].is_title):
                    # ("The Consumer Centre Lower Saxony": German names an unlisted body by its kind and its
                    # Land or town, with no preposition; a listed body keeps its name, "the Foreign Office Berlin")
                    tail = other.end
                    break
                if other is not None and (other.label_ not in {"GPE", "LOC"} or self.index.resolve(other.text, other.label_)):
                    break
                tail += 1
            if end < tail and doc[tail - 1].is_alpha and not (tail < len(doc) and doc[tail].is_title) \
                    and doc[tail - 1].whitespace_ != "" and doc[end].pos_ == "PROPN":
                end = tail
            if (start, end) != (ent.start, ent.end):
                widened.append(Span(doc, start, end, label="ORG"))
        _put_entities(doc, widened)

    def _bodies_named_on_after_of(self, doc: Doc) -> None:
        """Widen an unlisted body's name over "of"/"for" and the capitalised words that end it ("[The Tea Exporters Guild] of Kenya").

        Why: the model stops a long name at "of" or inside it ("The Singapore Chamber of Cross-Border
        Trade", "The Edible Oil Importers Forum of Western India"), and the speaker's id then loses
        the rest. Limit: an organisation no list knows whose name holds a body's kind or firm's word;
        then "of" or "for" (and "the"), one to four capitalised words (a hyphen or "and" may join
        them, and "and" may follow a cut inside the "of" phrase: "[The Federation of Mine] and Allied
        Workers"), in no other entity but unlisted bodies, places and nationalities, and no capitalised
        word after them. A body a list knows keeps its name ("the Ministry of Defence of Ukraine"), a
        ministry or department is found by its kind and country ("The Ministry of Foreign Affairs and
        Regional Integration"), and a firm's seat, a place or one word, is no part of its name ("Stellarine
        Shipping of Valletta", "Skarholt Shipping of Bergen").
        """
        ent_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        widened = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or self.index.resolve(ent.text, ent.label_) \
                    or not any(self._closes_body_name(t) for t in ent) \
                    or any(t.lower_ in {"ministry", "department"} for t in ent):
                continue  # (a ministry is found by its kind and country: "The Ministry of Foreign Affairs and ...")
            end = ent.end
            # (the model may have ended the name inside its "of" phrase: "the Federation of [South]")
            if end < len(doc) and doc[end - 1].lower_ not in {"of", "for"} and not (
                    end + 1 < len(doc) and doc[end].lower_ in {"of", "for"}) and not any(
                    t.lower_ in {"of", "for"} for t in ent[1:]):
                continue
            if end + 1 < len(doc) and doc[end].lower_ in {"of", "for"}:
                end += 1 + (doc[end + 1].lower_ == "the")
            words = 0
            tail = end
            # ("[The Federation of Indian Tea] and Spice Exporters": a name cut right before the "and" inside its "of" phrase)
            inside_of = any(t.lower_ in {"of", "for"} for t in ent[1:-1])
            while tail < len(doc) and words < 4:
                token = doc[tail]
                other = ent_of.get(tail)
                listed = self.index.resolve(other.text, other.label_) if other is not None and other is not ent else None
                if other is not None and other is not ent and (other.label_ not in {"GPE", "LOC", "NORP", "ORG"} or (
                        listed and other.label_ == "ORG") or (listed and other.label_ in {"GPE", "LOC"} and self.index.type(
                            listed[0]) not in {"country", "region", "city", "place", ""})):
                    break  # (an unlisted name the model cut off is the rest: "of [Cross-Border Trade]")
                if self._name_word(token):
                    words += 1
                    tail += 1
                elif tail + 1 < len(doc) and self._name_word(doc[tail + 1]) and (
                        token.text in {"-", "‐"} and tail > end and not token.whitespace_ and not doc[tail - 1].whitespace_
                        or token.lower_ == "and" and (words or tail == end and inside_of)):
                    tail += 1  # (a hyphen inside a word, "Cross-Border", or "and" between two name words)
                else:
                    break
            seat = ent_of.get(tail - 1)
            if tail <= ent.end or not words or doc[tail - 1].lower_ == "and" or (
                    tail < len(doc) and (doc[tail].is_title and doc[tail].is_alpha)) or (
                    ent[-1].text in self.index.firm_words and (words == 1 or seat is not None and seat.label_ == "GPE"
                                                               and seat.start == end)):
                continue  # (a firm's seat is no part of its name: "Stellarine Shipping of Valletta")
            widened.append(Span(doc, ent.start, tail, label="ORG"))
        _put_entities(doc, widened)

    @staticmethod
    def _surnames_read_as_dates(doc: Doc) -> None:
        """Give a person back the surname the model read as the start of an age: "said [Cllr Dean] [Morrow, 44]DATE".

        Limit: the date entity must be one capitalised word that names no month or weekday, a comma and a number,
        right after a person entity; the person is widened over the word and the number stays a date.
        """
        fixed: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "DATE" and len(ent) == 3 and ent.start > 0 and ent[0].is_title and ent[0].is_alpha \
                    and ent[0].lower_ not in _CALENDAR_WORDS and ent[1].text == "," and ent[2].like_num:
                person = next((e for e in doc.ents if e.end == ent.start and e.label_ == "PERSON"), None)
                if person is not None:
                    fixed += [Span(doc, person.start, ent.start + 1, label="PERSON"),
                              Span(doc, ent.start + 2, ent.end, label="DATE")]
        _put_entities(doc, fixed)

    @staticmethod
    def _join_hyphenated_surnames(doc: Doc) -> None:
        """Widen a person entity over the rest of a hyphenated surname ("Marta [Zielińska]-Kos", "Owusu-[Darko]"), or a name cut after its hyphen.

        The small model often stops a person's name at the hyphen. Limit: the hyphen must touch both
        words and the second part must be a capitalised word outside any other entity, or the
        first word of another entity when the hyphen stayed inside the name ("[Liebscher-] [Grau]").
        """
        widened: list[Span] = []
        for ent in doc.ents:
            end = ent.end
            if end >= len(doc) or (ent.label_ != "PERSON" and doc[end - 1].text not in {"-", "‐"}):
                continue  # (an organisation's name cut at its hyphen too: "Institute for East-[West]")
            hyphen = doc[end]
            part = doc[end + 1] if end + 1 < len(doc) else None
            if part is not None and hyphen.text in {"-", "‐"} and not doc[end - 1].whitespace_ \
                    and not hyphen.whitespace_ and part.is_alpha and part.text[:1].isupper() and not part.ent_type_:
                if ent.label_ == "PERSON":
                    widened.append(Span(doc, ent.start, end + 2, label="PERSON"))
            elif doc[end - 1].text in {"-", "‐"} and not doc[end - 1].whitespace_ \
                    and hyphen.is_alpha and hyphen.text[:1].isupper() and hyphen.ent_iob_ != "I" and len(ent) >= 2:
                # "[Hartmut Liebscher-] [Grau]": the hyphen stayed in the name, and the second part
                # (a listed surname of someone else, or "West") became an entity of its own
                widened.append(Span(doc, ent.start, end + 1, label=ent.label_))
            elif ent.label_ == "PERSON" and ent.start >= 2 and doc[ent.start - 1].text in {"-", "‐"} \
                    and not doc[ent.start - 1].whitespace_ and not doc[ent.start - 2].whitespace_ \
                    and doc[ent.start - 2].is_alpha and doc[ent.start - 2].text[:1].isupper() \
                    and not doc[ent.start - 2].ent_type_:
                # "Owusu-[Darko] said": the model kept only the part after the hyphen of a bare surname
                widened.append(Span(doc, ent.start - 2, ent.end, label="PERSON"))
        _put_entities(doc, widened)

    def _join_given_names_before_names(self, doc: Doc) -> None:
        """Widen a person's name over an initial or a given name the model left before it ("[K.] Suresh Pillai").

        "Ma. Lourdes Pangilinan", "Jose Ma. Lacson", "Air Marshal [Sunil] Dhawan-Patel": the small model often
        starts the name one word late. Limit: at most three tokens, each an initial ("K.", or "Ma" and the
        full stop the tokenizer splits off it) or a capitalised given name of data/given_names.csv outside any
        entity, never a title of data/titles.csv, on the same line; a listed person's name is left alone.
        """
        given = load_name_genders(self.data_dir).given
        if not given:
            return
        titles = self.index.title_set
        widened: list[Span] = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or ent.kb_id_ in self.index.actors:
                continue
            start = ent.start
            while start > 0 and ent.start - start < 3:
                word = doc[start - 1]
                if word.text == "." and start >= 2 and not doc[start - 2].whitespace_ and word.whitespace_ \
                        and re.fullmatch(r"[A-Z][a-z]?", doc[start - 2].text) \
                        and doc[start - 2].ent_type_ in {"", "PERSON"} and lookup_key(doc[start - 2].text) not in titles:
                    # ("Ma. Lourdes Pangilinan": the tokenizer splits the full stop off a two-letter initial, and
                    # the model may make it a name of its own, "[Jose Ma]. [Lacson]")
                    start -= 2
                    if doc[start].ent_type_ == "PERSON":
                        start = next(e.start for e in doc.ents if e.start <= start < e.end)
                    continue
                if "\n" in word.whitespace_ or not word.whitespace_ or lookup_key(word.text) in titles:
                    break
                initial = re.fullmatch(r"[A-Z][a-z]?\.", word.text) is not None
                named = word.is_alpha and word.is_title and lookup_key(word.text) in given
                if word.ent_type_ or not (initial or named):
                    break
                if initial and start >= 2 and doc[start - 2].text.endswith(".") and doc[start - 2].text[:1].islower():
                    break  # ("Fregattenkapitän a. D. Holger Timm": German "außer Dienst", retired, is no initial)
                start -= 1
            if start < ent.start:
                widened.append(Span(doc, start, ent.end, label="PERSON"))
        _put_entities(doc, widened)

    def _places_named_as_places(self, doc: Doc) -> None:
        """Relabel as GPE a name the NER took for a person in "the town of Lysohirsk", "the city of X".

        Also right after the place noun ("the border town Hrubieszów-Zamek", translated German
        drops the "of"), after "from" behind a person's name ("Jörg Lembeck from Kiel") and after "in"
        behind a body ("the Eastern Frontier Institute in Kraków"); a
        "person" right after an organisation noun ("the firm Zakhyst Labs") is an ORG. Limit:
        only after a place noun of place_contexts.csv (town, city, village, port, region,
        community, municipality, district), and never for a curated person. A "person" after "at"
        and a noun right behind a person's name ("X, strategist at Marina Strait Capital") is an ORG;
        a place or body of two or more words with an age in apposition ("Nino Beridze, 54,") a person.
        A lone "person" that is no one's surname in the text and no listed given name is a place after
        "in" ("on Monday in Kempten"), before a place noun ("the Stralsund town hall") and wherever the
        text uses it as a place elsewhere; a "person" named after a media noun ("Radio Heidewinkel") is
        a body.
        """
        nouns = {"town", "city", "village", "port", "region", "community", "municipality", "district"} & \
            self.index.place_contexts.get("place_part", set())
        bodies = {noun for noun, kind in self.index.role_nouns.items() if kind in {"organization", "media"}}
        given = load_name_genders(self.data_dir).given
        changed = False
        ents = []
        previous: Span | None = None
        # (the last word of a person's full name in this text is a surname, never a place)
        surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2}

        def lone(ent: Span) -> bool:
            """Whether ``ent`` is a one-word "person" that is no one's surname here and no listed given name."""
            return len(ent) == 1 and ent.label_ == "PERSON" and ent[0].lower_ not in surnames \
                and lookup_key(ent[0].text) not in given

        for ent in doc.ents:
            before = doc[ent.start - 1].lower_ if ent.start >= 1 else ""
            placed = (before == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ in nouns) or (
                before in nouns and doc[ent.start - 1].tag_ == "NN") or (
                before == "from" and len(ent) == 1 and previous is not None and previous.label_ == "PERSON"
                and previous.end == ent.start - 1) or (
                # "The brewer's daughter from Waischenfeld": a lone name after "from" behind a person's noun
                # (one word, hyphens and all: "the entrepreneur from Saas-Fee")
                before == "from" and len(ent.text.split()) == 1 and ent.start >= 2 and doc[ent.start - 2].is_lower
                and doc[ent.start - 2].lower_ in self._person_nouns) or (
                # "the Eastern Frontier Institute in Kraków", "a think tank in Kraków": a lone name
                # after "in" behind a body is its seat (not "in Smith's view")
                before == "in" and len(ent) == 1 and ent.start >= 2 and (ent.end >= len(doc) or doc[ent.end].tag_ != "POS")
                and ((previous is not None and previous.label_ in {"ORG", "FAC"} and previous.end == ent.start - 1)
                     or doc[ent.start - 2].pos_ == "NOUN")) or (
                # "In Göttingen one speaks with the students": a one-word name after a sentence-opening
                # "In"; "on Monday in Kempten explained": a lone one after any "in"
                before == "in" and len(ent) == 1 and (doc[ent.start - 1].is_sent_start or lone(ent))
                and (ent.end >= len(doc) or doc[ent.end].tag_ != "POS")) or (
                # "in the Stralsund town hall": a lone name before a place's noun
                lone(ent) and ent.end < len(doc) and doc[ent.end].lower_ in nouns and doc[ent.end].tag_ == "NN")
            if ent.label_ == "PERSON" and placed and not self.index.candidates(ent.text):
                ent = Span(doc, ent.start, ent.end, label="GPE")
                changed = True
            elif ent.label_ == "PERSON" and ent.start >= 1 and ent.end < len(doc) and doc[ent.start - 1].is_quote \
                    and doc[ent.end].is_quote and not self.index.candidates(ent.text):
                # "told „Dziennik Nadwiślański”": a name in quote marks is a title (an outlet), not a person
                ent = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
            elif ent.label_ in {"GPE", "ORG", "LOC", "NORP"} and len(ent) >= 2 and ent.end + 2 < len(doc) \
                    and doc[ent.end].text == "," and doc[ent.end + 1].like_num and doc[ent.end + 2].text == "," \
                    and doc[ent.end + 1].text.isdigit() and 10 <= int(doc[ent.end + 1].text) <= 110 \
                    and not self.index.candidates(ent.text):
                # "Nino Beridze, 54, fled her village": a name with an age in apposition is a person's
                ent = Span(doc, ent.start, ent.end, label="PERSON")
                changed = True
            elif ent.label_ == "PERSON" and before == "at" and ent.start >= 2 and doc[ent.start - 2].tag_ == "NN" \
                    and len(ent) >= 2 and not self.index.candidates(ent.text) and previous is not None \
                    and previous.label_ == "PERSON" and 0 < ent.start - previous.end <= 6:
                # "Priya Raghunathan, chief investment strategist at Marina Strait Capital": a person
                # works at a body, not at another person (the model reads a given name in the firm's)
                ent = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
            elif ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].lower_ in bodies and ent[0].is_title \
                    and self.index.role_nouns.get(ent[0].lower_) == "media" and not self.index.candidates(ent.text):
                # "said Pietzsch opposite Radio Heidewinkel": a station named after its kind is a body
                ent = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
            elif ent.label_ == "PERSON" and before in bodies and doc[ent.start - 1].tag_ == "NN" \
                    and not self.index.candidates(ent.text) and lookup_key(ent[0].text) not in given:
                # "the Kyiv cybersecurity firm Zakhyst Labs", "the newspaper Ostsee-Kurier": a body's name
                # (not "the regional council Serhiy Borodai": translation dropped the comma before a person)
                ent = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
            ents.append(ent)
            previous = ent
        # "would Rostock and Kiel the main burden carry" after "in Rostock": a lone name the text
        # uses as a place elsewhere is that place here too
        places = {ent.text for ent in ents if ent.label_ == "GPE" and len(ent) == 1}
        for number, ent in enumerate(ents):
            if lone(ent) and ent.text in places and not self.index.candidates(ent.text):
                ents[number] = Span(doc, ent.start, ent.end, label="GPE")
                changed = True
        if changed:
            doc.ents = ents

    def _recover_described_names(self, doc: Doc) -> None:
        """Tag as PERSON a name the NER missed that an apposition describes as a person.

        "Nino Beridze, a Georgian former diplomat who teaches in Kraków": two or three capitalised
        proper nouns whose apposition is headed by a person noun (diplomat, lawyer, mayor...) are
        a person's name. Limit: the name must not touch a PERSON entity or a curated actor.
        """
        if not doc.has_annotation("DEP"):
            return
        nouns = self._person_nouns
        ent_of: dict[int, Span] = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        added: list[Span] = []
        for head in doc:
            if head.pos_ != "PROPN" or not head.text[:1].isupper():
                continue
            if not any(c.dep_ == "appos" and (c.lemma_ or c.lower_).lower() in nouns and c.i > head.i
                       for c in head.children):
                continue
            words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
            start, end = min(t.i for t in words), head.i + 1
            name = doc[start:end]
            # (a lower-case particle inside the name counts: "Anneke de Vries, a shipping economist")
            if not 2 <= len(name) <= 4 or not all(t.text[:1].isupper() and t.is_alpha or (
                    t.lower_ in _NAME_PARTICLES and start < t.i < end - 1) for t in name) \
                    or len(name) == 4 and not any(t.lower_ in _NAME_PARTICLES for t in name):
                continue
            touching = {id(ent_of[t]): ent_of[t] for t in range(start, end) if t in ent_of}.values()
            if any(e.label_ == "PERSON" or e.start < start or e.end > end or self.index.candidates(e.text)
                   for e in touching) or self.index.candidates(name.text) \
                    or lookup_key(name[0].text) in self.index.titles:
                continue
            added.append(Span(doc, start, end, label="PERSON"))
        _put_entities(doc, added)

    def _recover_titled_names(self, doc: Doc) -> None:
        """Tag as PERSON a name the NER missed right after a person's role: "Stock feed merchant Raj Bhattacharya argued".

        Limit: two or three capitalised proper nouns in no entity, after a lower-case person noun
        (role_nouns.csv, the cue list's roles), the next word no capitalised one or possessive; not a
        name of the lists, nor one opening with a title or closing with a body's kind or firm's word.
        """
        nouns = self._person_nouns
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        added: list[Span] = []
        for role in doc[:-2]:
            if not (role.is_lower and role.lower_ in nouns and role.pos_ == "NOUN"):
                continue
            end = role.i + 1
            while end < len(doc) and end - role.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                    and doc[end].is_alpha and end not in taken:
                end += 1
            name = doc[role.i + 1:end]
            if not 2 <= len(name) <= 3 or (end < len(doc) and (doc[end].is_title and doc[end].pos_ == "PROPN"
                                                              or doc[end].tag_ == "POS" or end in taken)) \
                    or self._closes_body_name(name[-1]) or lookup_key(name[0].text) in self.index.titles \
                    or self.index.candidates(name.text):
                continue
            added.append(Span(doc, name.start, name.end, label="PERSON"))
        _put_entities(doc, added)

    def _recover_names_after_honorifics(self, doc: Doc) -> None:
        """Tag as PERSON the name the NER missed after an honorific: "FISHERIES\n\nMr Tomasi Lauina, chair of ...".

        Why: the small model misses a name it does not know after a heading, and the later "Mr Lauina" then
        becomes a person of its own. Limit: a one-word honorific of data/titles.csv (source "honorific": "Mr",
        "Mrs", "Dr", "Hon."), then two or three capitalised proper nouns (hyphenated ones count as one) in no
        entity, the next word no capitalised one; not a name of the lists, nor one closing with a body's kind or
        a firm's word.
        """
        honorifics = {lookup_key(title) for title in load_name_genders(self.data_dir).honorifics if " " not in title}
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        added: list[Span] = []
        for title in doc[:-2]:
            if lookup_key(title.text) not in honorifics or not title.text[:1].isupper():
                continue
            end, words = title.i + 1, 0
            while end < len(doc) and words < 3 and end not in taken and self._name_word(doc[end]) \
                    and doc[end].pos_ == "PROPN":
                end += 1
                words += 1
                while end + 1 < len(doc) and doc[end].text in {"-", "‐"} and not doc[end - 1].whitespace_ \
                        and not doc[end].whitespace_ and self._name_word(doc[end + 1]) and end + 1 not in taken:
                    end += 2  # ("Mr Clement Arthur-Swann": a double name is one word)
            name = doc[title.i + 1:end]
            if words < 2 or (end < len(doc) and (self._name_word(doc[end]) or doc[end].tag_ == "POS" or end in taken)) \
                    or self._closes_body_name(name[-1]) or self.index.candidates(name.text):
                continue
            added.append(Span(doc, name.start, name.end, label="PERSON"))
        _put_entities(doc, added)

    def _recover_full_names(self, doc: Doc) -> None:
        """Add the full name the NER missed when a bare surname shows the person exists.

        "Oleksiy Dovhan, a constitutional lawyer, ..." untagged, then "Dovhan said" tagged: the
        capitalised word before an untagged occurrence of the surname is the first name. The same for a lone
        given name after a title and before an untagged capitalised word ("Mayor [Augustin] Lakeleo announced").
        Limit: two-word names only; the first name must be capitalised and not a title.
        """
        surnames = {ent.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 1
                    and ent.text[:1].isupper() and not self.index.resolve(ent.text, "PERSON", date=doc._.date)}
        # (or after a listed title: "Cllr Rima accused" shows the person of "Cllr Ngatuaine Rima, 57, voted")
        surnames |= {ent[1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 2
                     and lookup_key(ent[0].text) in self.index.titles and ent[1].is_title and ent[1].is_alpha
                     and not self.index.resolve(ent[1].text, "PERSON", date=doc._.date)}
        if not surnames:
            return
        covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}

        def title_word(token: Token) -> bool:
            # A listed title, or titles ("Crs Ellwood and Hamish Doyle")
            return lookup_key(token.text) in self.index.titles \
                or (token.text.endswith("s") and lookup_key(token.text[:-1]) in self.index.titles)

        def first_name(token: Token) -> bool:
            # A capitalised proper noun that is neither a title nor a curated name ("Anders").
            return (token.i not in covered and token.is_title and token.is_alpha and token.pos_ == "PROPN"
                    and not title_word(token) and not self.index.candidates(token.text))

        # Why: the model often tags only the surname ("Anders [Holm]"): take the first name in.
        widened = [Span(doc, ent.start - 1, ent.end, label="PERSON")
                   if ent.label_ == "PERSON" and len(ent) == 1 and ent.text in surnames and ent.start > 0
                   and first_name(doc[ent.start - 1]) else ent for ent in doc.ents]
        # (or only the given name after a title: "Mayor [Augustin] Lakeleo announced" takes the surname in)
        widened = [Span(doc, ent.start, ent.end + 1, label="PERSON")
                   if ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and ent.end + 1 < len(doc)
                   and lookup_key(doc[ent.start - 1].text) in self.index.titles and ent[0].whitespace_ == " "
                   and first_name(doc[ent.end]) and not (doc[ent.end + 1].is_title and doc[ent.end + 1].is_alpha)
                   and not self.index.resolve(ent.text, "PERSON", date=doc._.date) else ent for ent in widened]
        if _replace_entities(doc, widened):
            covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        added = []
        for token in doc[1:]:
            first = doc[token.i - 1]
            if (token.text in surnames and token.i not in covered and first.i not in covered
                    and first.is_title and first.is_alpha and not title_word(first)
                    and not self.index.candidates(first.text)):
                added.append(Span(doc, first.i, token.i + 1, label="PERSON"))
                covered.update((first.i, token.i))
        if added:
            doc.ents = sorted([*doc.ents, *added], key=lambda span: span.start)

    def _recover_bare_surnames(self, doc: Doc) -> None:
        """Tag a bare surname the NER missed when the person was named in full before.

        "Katharina Lindqvist-Brandt, an MP, ..." then "Lindqvist-Brandt was more hopeful": the
        later surname is the same person. Limit: the surname (the words after the first) must
        be capitalised, outside any entity (or a mislabelled one, or the start of a "title" that
        runs on into its cue verb), not a curated name, and come after the full name.
        """
        surnames: dict[tuple[str, ...], int] = {}
        for ent in doc.ents:
            words = tuple(t.text for t in ent[1:])
            if ent.label_ == "PERSON" and len(ent) >= 2 and words[0][:1].isupper() and not any(
                    lookup_key(t.text) in self.index.titles for t in ent) and not self.index.candidates(" ".join(words)):
                surnames.setdefault(words, ent.end)
        if not surnames:
            return
        covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        # the model may call the bare surname an organisation ("[Lindqvist-Brandt]ORG was hopeful"), or
        # read it after a quote as the start of a title ("…," [Pruitt told the Journal]WORK_OF_ART), or after
        # a cue as a law ("„…“, said [Reisinger]LAW opposite the Landbote")
        mislabelled = {(ent.start, ent.end) for ent in doc.ents
                       if ent.label_ in {"ORG", "GPE", "NORP", "FAC", "PRODUCT", "LAW"}}
        titles_opening = {ent.start: ent.end for ent in doc.ents if ent.label_ == "WORK_OF_ART"}
        added = []
        positions: dict[str, list[int]] = defaultdict(list)
        first_words = {words[0] for words in surnames}
        for token in doc:
            if token.text in first_words:
                positions[token.text].append(token.i)
        for words, after in surnames.items():
            size = len(words)
            for i in positions.get(words[0], []):
                if i + size > len(doc) or tuple(t.text for t in doc[i:i + size]) != words:
                    continue
                following = doc[i + size] if i + size < len(doc) else None
                # (a headline label may name the person by surname before the text does: "[Hofer-Lindner]ORG: »…«")
                if i < after and not ((i, i + size) in mislabelled and following is not None and following.text == ":"):
                    continue
                # a longer proper name ("Brandt Foundation") is no bare surname
                title_end = titles_opening.get(i)
                # (the surname and its cue verb only: "[Oberholzer the Abendpost]" is split further on)
                # (or its label's colon: "[Kreuzer: „Clarity]WORK_OF_ART instead of cosiness“")
                in_title = title_end is not None and (title_end == i + size or doc[i + size].pos_ in {"VERB", "AUX"}
                                                      or doc[i + size].text == ":")
                if ((i, i + size) not in mislabelled and not in_title and any(j in covered for j in range(i, i + size))) \
                        or (following is not None and following.text[:1].isupper() and following.pos_ == "PROPN"):
                    continue
                added.append(Span(doc, i, i + size, label="PERSON"))
                covered.update(range(i, i + size))
        _put_entities(doc, added)

    def _speaks(self, ent: Span) -> bool:
        """Return whether an entity is the subject of a speech or action verb ("Žemaitis said")."""
        root = ent.root
        return root.dep_ == "nsubj" and root.head.lemma_.lower() in self.index.acting_lemmas

    def _kept_role_noun(self, ent: Span) -> bool:
        """Whether a one-word entity is a person's role noun machine translation keeps, a description, not a name.

        "reported the Obfrau" after "Obfrau Halyna X", also opening a sentence ("Obfrau and treasurer appealed")
        unless a full name ends with it ("Baker said" after "Anne Baker"). Limit: a capitalised person noun of
        data/role_nouns.csv after "the" (:func:`_after_article`) or, tagged a person, opening its sentence; not when
        the model took it with its article for a name elsewhere in the text ("The Green"), nor as a word before a
        noun ("the Green politician" is resolved by the party).
        """
        doc = ent.doc
        return ent.text.istitle() and self.index.role_nouns.get(ent.text.lower()) == "person" \
            and not any(e.text.lower() == f"the {ent.text.lower()}" for e in doc.ents) \
            and not (ent.root.dep_ in {"amod", "compound"} and ent.root.head.i > ent.root.i) \
            and (_after_article(ent[0]) or ent.start == ent.sent.start and ent.label_ == "PERSON"
                 and not any(len(e) >= 2 and e[-1].text == ent.text for e in doc.ents))

    def _propagate_names(self, doc: Doc, ents: list[Span], names: dict[tuple[int, int], tuple[str, str]],
                         taken: set[int]) -> list[tuple[Span, str, str]]:
        """Find further occurrences of the document's person names that the NER missed.

        Limit: only exact repeats of a full name or of its surname (capitalised) are found.
        """
        # Why: "one sense per discourse" — a name the NER tagged once is the same person
        # wherever else it appears in the document ("Albrecht was cautious").
        forms: dict[tuple[str, ...], tuple[str, str]] = {}
        for span in ents:
            actor_name, how = names.get((span.start, span.end), ("", ""))
            # Why: only names propagate; a role ("French President") is no name ("President").
            # (nor a lone body noun the model called a person: "From the Landesregierung it was said" is a
            # description, data/role_nouns.csv; nor a person's role noun made a new actor, "Obfrau and treasurer
            # appealed", whose later "the Obfrau" is a description too)
            if span.label_ == "PERSON" and span.kb_id_ and how not in {"description", "anaphora", "metonym"} \
                    and not (len(span) == 1 and span.text.lower() in self.index.role_nouns
                             and (self.index.role_nouns[span.text.lower()] != "person" or how == "new")):
                words = tuple(token.text for token in span if token.text[:1].isupper())
                if words:
                    forms.setdefault(words, (span.kb_id_, actor_name))
                    if len(words) > 1:
                        forms.setdefault(words[-1:], (span.kb_id_, actor_name))
        if not forms:
            return []
        longest = max(len(form) for form in forms)
        found = []
        i = 0
        while i < len(doc):
            if i in taken or not doc[i].text[:1].isupper():
                i += 1
                continue
            for size in range(min(longest, len(doc) - i), 0, -1):
                words = tuple(token.text for token in doc[i:i + size])
                if words in forms and not any(j in taken for j in range(i, i + size)):
                    actor_id, actor_name = forms[words]
                    found.append((Span(doc, i, i + size, label="PERSON", kb_id=actor_id), actor_name, "document"))
                    taken.update(range(i, i + size))
                    i += size - 1
                    break
            i += 1
        return found

    def _name_before_who(self, ent: Span) -> bool:
        """Whether an "organisation" is a person's name the text goes on about with ", who".

        Why: "[Domantas Vaitkus]ORG, who did his conscript service in 2019, runs the sessions": a name of
        two or three capitalised words with no article, no body's kind word and no compound part of a
        body's name, opening its sentence (or after a punctuation mark) as its subject, followed by ", who",
        is a person's. Limit: not a listed actor; not a name after a preposition or noun ("an analyst at
        Cape Grain Research, who argued": the relative clause is the analyst's).
        """
        doc = ent.doc
        opens = ent.start == ent.sent.start or doc[ent.start - 1].is_punct
        return opens and ent.root.dep_ in {"nsubj", "nsubjpass", "ROOT"} \
            and ent.label_ == "ORG" and len(ent) in {2, 3} and all(t.is_title and t.is_alpha for t in ent) \
            and ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "who" \
            and not (ent.start > 0 and doc[ent.start - 1].lower_ == "the") and not self._closed_by_body_noun(ent) \
            and not any(t.lower_ in self.index.body_nouns or self.index.is_body_compound(t.text) for t in ent) \
            and not self.index.candidates(ent.text)

    def _closed_by_body_noun(self, ent: Span) -> bool:
        """Whether a name of two words or more ends in a capitalised kind word of a body ("Defence Circle")."""
        return len(ent) >= 2 and ent[-1].is_title and ent[-1].lower_ in self.index.body_nouns

    def _titled_name(self, ent: Span) -> bool:
        """Whether two or three capitalised words follow a title or a person's role: "opposition MP [Nino Gelashvili]".

        Limit: not a name closing with a body's kind ("the Sydney broker Tasman Ridge Securities" names a firm), nor
        one opening with a German compound naming it ("Loud Tourismusverband Zirbenau", data/body_endings.csv).
        """
        doc = ent.doc
        return 2 <= len(ent) <= 3 and ent.start > 0 and not self.index.is_body_compound(ent[0].text) and (
            lookup_key(doc[ent.start - 1].text) in self.index.titles
            or (doc[ent.start - 1].lower_ in self._person_nouns and doc[ent.start - 1].is_lower
                and not self._is_body_kind(ent[-1]))) \
            and all(t.text[:1].isupper() and t.is_alpha for t in ent)

    def _may_be_aged(self, record: ActorRecord | None, age: int, date: str | None) -> bool:
        """Whether a listed person may be ``age`` years old on ``date`` by the year of birth in ``data/birth_years.csv``.

        Limit: by the year alone (``age`` is the year's difference or one less); a person with no year
        of birth, an unlisted one or a text with no date may be any age.
        """
        return age_fits(self.index.born.get(record.actor_id) if record is not None else None, age, date)

    def _resolve_descriptions(self, doc: Doc, ents: list[Span], taken: set[int]) -> list[tuple[Span, str, str]]:
        """Resolve definite descriptions ("the senior diplomat", "the alliance") to an earlier actor.

        Limit: the nearest earlier actor of the right type (people: within five sentences) wins — the
        nearest whose curated role contains the noun first — with the country of a demonym in
        the description respected ("the Russian minister"); no gender, number or salience model.
        """
        if not self.index.role_nouns or not doc.has_annotation("DEP"):
            return []
        by_start = sorted((span for span in ents if span.kb_id_), key=lambda span: span.start)
        ending_at = {span.end: span for span in by_start}
        starts = {span.start: span for span in by_start}
        found = []
        described = self._described_roles(doc, by_start)
        dates = {i for span in ents if span.label_ == "DATE" for i in range(span.start, span.end)}
        ages: dict[str, str] = {}  # actor id -> the age a description gave ("63" for "The 63-year-old")
        date = doc._.date
        quoted: set[int] | None = None  # tokens inside quote marks, found when a person description needs them
        for token in doc:
            actor_type = self.index.role_nouns.get(token.lower_)
            if actor_type is None and _is_age_description(token):
                actor_type = "person"  # "the 46-year-old": an age stands for the person just named
            possessed = None
            if actor_type == "institution" and token.lower_ == "ministry" and not any(
                    span.start <= token.i < span.end and span.kb_id_ in self.index.actors for span in by_start):
                possessed = self._possessed_ministry(token, ending_at)
            if possessed is not None:
                # "Kiev's foreign ministry": the ministry of the possessor's state, not its government
                found.append(possessed)
                taken.update(range(possessed[0].start, possessed[0].end))
                insort(by_start, possessed[0], key=_span_start)  # (a later "the ministry" refers back to it)
                # (the model may have tagged part of it: "health ministry")
                ents[:] = [span for span in ents if not (possessed[0].start < span.end and span.start < possessed[0].end)
                           or span.start == possessed[0].start]
                continue
            if token.lower_ in {"embassy", "mission"} and token.i not in taken:
                embassy = self._embassy(token, by_start) if token.lower_ == "embassy" else self._mission(token, by_start)
                if embassy is not None:
                    # "The Russian embassy in Canberra": an embassy speaks for itself, not its government
                    found.append(embassy)
                    # (a later "the mission", "the embassy" may refer back to it)
                    by_start = sorted([span for span in by_start if not embassy[0].start <= span.start < embassy[0].end]
                                      + [embassy[0]], key=lambda span: span.start)
                    taken.update(range(embassy[0].start, embassy[0].end))
                    ents[:] = [span for span in ents if not embassy[0].start <= span.start < embassy[0].end]
                    continue
            if actor_type is None or (token.i in taken and token.i not in dates) or token.pos_ not in {"NOUN", "PROPN", "ADJ"}:
                continue
            # ("Loud the Bürgermeisterin work in the municipality 40 Ukrainians": German "laut der Bürgermeisterin"
            # names the source; the parser hung the noun on the content's verb, away from its article)
            loud_source = _after_source_article(doc, token.i) \
                and token.dep_ in {"amod", "compound"} and token.head.i == token.i + 1 \
                and token.head.lower_ not in self.index.role_nouns
            if actor_type == "person" and token.is_title and token.dep_ in {"amod", "compound"} \
                    and token.head.i > token.i and token.head.pos_ in {"NOUN", "PROPN"} and not loud_source:
                continue  # Why: "The Green politician Till X": a party word that modifies a noun heads no description
            if actor_type == "land_government" and (not token.is_title or token.is_sent_start or (
                    token.dep_ in {"compound", "amod"} and token.head.i > token.i and token.head.pos_ in {"NOUN", "PROPN"})):
                # (German nouns left standing are capitalised: "the Land" of translated German "das Land" is the
                # Land; English "the land" is ground, and "the Land government", "the Land sports department" name
                # another body)
                continue
            if actor_type == "land_government":
                actor_type = "government"  # (a federal state's body: data/role_nouns.csv "Staatskanzlei")
            if actor_type == "government":
                # "Ukraine's government", "Russia's leadership": the state's government.
                state = ending_at.get(token.i - 1) if token.i >= 2 and doc[token.i - 1].lower_ in {"'s", "’s"} else None
                government = self.index.government_of(state.kb_id_) if state is not None else None
                if government:
                    found.append((Span(doc, state.start, token.i + 1, label="ORG", kb_id=government),
                                  self.index.name(government), "description"))
                    taken.update(range(state.start, token.i + 1))
                    ents[:] = [span for span in ents if span.start != state.start]
                    continue
                placed = any(c.dep_ == "prep" and c.lower_ == "in" for c in token.head.children)
                # ("The government spokeswoman in Potsdam": a Land capital she speaks in names her government)
                in_city = placed and any(self.index.type(span.kb_id_) == "city"
                                         for span in _prepositional_mentions(token.head, {"in"}, by_start))
                if token.dep_ == "compound" and token.head.lower_ in self._person_nouns and token.i not in taken \
                        and (not placed or in_city):  # "a government spokeswoman in Berlin" is placed by her city
                    regional = any(t.lower_ in _REGIONAL_WORDS for t in doc[token.head.left_edge.i:token.i])
                    # ("A provincial government spokesperson": the province's, named last)
                    government = (self._regional_government(token, by_start) if regional else None) \
                        or self._government_in_context(token, by_start, regional=regional)
                    if government:
                        # "a government spokesperson said": the government the text is about speaks
                        found.append((Span(doc, token.i, token.i + 1, label="ORG", kb_id=government),
                                      self.index.name(government), "anaphora"))
                        taken.add(token.i)
                        continue
                first = token.left_edge
                if first.lower_ in {"the", "this"} and not any(t.i in taken for t in doc[first.i:token.i + 1]):
                    # ("the Land government": translated German "Landesregierung")
                    regional = any(t.lower_ in _REGIONAL_WORDS for t in doc[first.i + 1:token.i])
                    government = None
                    if self.index.role_nouns.get(token.lower_) == "land_government":
                        # "the Staatskanzlei (in Mainz)": a Land's state chancellery speaks for the Land
                        # government of the capital it sits in, else of the Land named last
                        regional = True
                        government = self._land_placed_in(token, by_start)
                    government = government or (self._regional_government(token, by_start) if regional else None)
                    government = government or self._government_in_context(token, by_start, regional=regional)
                    if government:
                        # "the government", "the federal government": the government the text is about.
                        described_government = Span(doc, first.i, token.i + 1, label="ORG", kb_id=government)
                        found.append((described_government, self.index.name(government), "anaphora"))
                        taken.update(range(first.i, token.i + 1))
                        # (a later "the Government" near it means it too, whichever country the text
                        # names most: "... accused the Government of delay. The Government will have to ...")
                        insort(by_start, described_government, key=_span_start)
                continue
            if token.i + 1 < len(doc) and (token.i + 1 in starts or doc[token.i + 1].ent_type_ == "PERSON"):
                # Why: "President Vladimir Putin" — a role noun right before a name is its title.
                continue
            first = token.left_edge if not loud_source else doc[token.i - 1]
            if first.lower_ != "the" and _is_age_description(token):
                # Why: "„…“, so the 61-year-old": the parser may hang "so" on the age, before its "the".
                first = next((t for t in doc[max(0, token.i - 6):token.i] if t.lower_ == "the"
                              and all(w.like_num or w.text in "-‐‑" or w.lower_ in {"year", "years"}
                                      for w in doc[t.i + 1:token.i])), first)
            # Why: a demonym or an age inside the description ("the Russian minister", "the
            # 46-year-old") is part of it.
            # (also a demonym the model called a place: "The Hessian interior ministry")
            # (and a federal state named before a ministry: "The Lower Saxony economy ministry")
            inner = [span for span in ents if first.i < span.start and span.end <= token.i + 1 and (
                span.label_ in {"NORP", "DATE"} or (
                    span.label_ == "GPE" and any(a.kind == "demonym" for a in self.index.candidates(span.text))) or (
                    token.lower_ == "ministry" and span.label_ in {"GPE", "LOC"}
                    and self.index.type(span.kb_id_) == "region"))]
            demonyms = {span.start for span in inner}
            absorbed = {i for span in inner for i in range(span.start, span.end)}
            # (translated Slavic text drops the article: "Ministry informed", "according to Ministry of Defence")
            # (or right after the verb in translated inversion: "will be finished, informs Ministry of Interior")
            bare_start = first.i == token.i and token.is_title and actor_type != "person" and (
                token.is_sent_start or (token.i > 0 and (doc[token.i - 1].lower_ in {"to", "by", "from", "of"}
                                                         or doc[token.i - 1].pos_ == "VERB")))
            # (a ministry named by its kind before a spokesperson's noun: "A Foreign Ministry spokesman")
            voice_of = token.lower_ == "ministry" and token.dep_ == "compound" and first.i < token.i \
                and token.head.lower_ in self._person_nouns
            if (first.lower_ != "the" and not bare_start and not voice_of) or any(
                    t.i in taken and t.i not in absorbed for t in doc[first.i:token.i + 1]):
                continue
            # Why: "the minister's" or "the ministry of defence" — only plain descriptions up to the noun.
            country = ""
            for modifier in doc[first.i + 1:token.i]:
                for alias in self.index.candidates(modifier.text):
                    if alias.kind == "demonym":
                        country = alias.actor_id
            region = next((span for span in inner if span.label_ in {"GPE", "LOC"} and self.index.type(span.kb_id_) == "region"), None)
            if region is not None and not country:
                country = region.kb_id_
            named_kind, end = _ministry_words(token, first)
            kinds = {_MINISTRY_KINDS[t.lower_] for t in named_kind if t.lower_ in _MINISTRY_KINDS}
            # (the stems of other subject words: "agriculture", "education", "economics" -> "econo")
            topics = [t.lower_[:5] for t in named_kind if t.tag_ == "NN" and t.is_lower and t.is_alpha
                      and t.lower_ not in _MINISTRY_KINDS and len(t) >= 5]
            sentence_floor = max(token.sent.start - 1, 0)
            floor = doc[sentence_floor].sent.start
            for _ in range(4):
                floor = doc[max(floor - 1, 0)].sent.start
            if actor_type != "person":
                floor = 0  # Why: an organisation's name is specific enough to find it anywhere earlier
            if actor_type == "person" and first.lower_ == "the" and token.lower_ in self.index.officials \
                    and first.i + 1 == token.i:
                body = self._body_of_anonymous_official(token, by_start)
                if body is not None:
                    # "A spokeswoman of the ministry confirmed ... so the spokeswoman": the anonymous official
                    # introduced before speaks for the same body
                    record = self.index.actors.get(body.kb_id_)
                    name = record.name if record else _display_name(body.text)
                    found.append((Span(doc, first.i, token.i + 1, label="ORG", kb_id=body.kb_id_), name, "anaphora"))
                    taken.update(range(first.i, token.i + 1))
                    continue
            appositive = self._appositive_name(doc, token, starts, person=actor_type == "person")
            if appositive is not None:
                # Why: "the spokeswoman of the ministry, Maria Zakharova" names its referent itself.
                record = self.index.actors.get(appositive.kb_id_)
                # Why: a title is no part of the name ("Councillor Peter Hollingsworth" is "Peter Hollingsworth")
                name = record.name if record else _display_name(self.index.strip_title(appositive.text),
                                                                 original=appositive.text)
                found.append((Span(doc, first.i, token.i + 1, label=appositive.label_, kb_id=appositive.kb_id_),
                              name, "anaphora"))
                taken.update(range(first.i, token.i + 1))
                ents[:] = [span for span in ents if span.start not in demonyms]
                continue
            candidates = []
            trading_firms: set[int] = set()  # starts of firms a person noun may describe ("the broker")
            further: list[tuple[Span, ActorRecord | None]] = []  # people before the floor, for a role they were given
            for span in reversed(by_start):
                if span.end <= floor and actor_type != "person":
                    break
                if span.start >= first.i:
                    continue
                record = self.index.actors.get(span.kb_id_)
                span_type = record.type if record else UNKNOWN_TYPE_BY_LABEL.get(span.label_, "")
                if actor_type == "person" and record is None and span.label_ == "ORG" \
                        and _singular(token.lower_) in described.get(span.kb_id_, ()):
                    # Why: "Harbourgate Risk Partners, an insurance broker ... The broker warned": a
                    # person's trade the text gave a firm is that firm (never a fallback for others)
                    span_type = actor_type
                    trading_firms.add(span.start)
                if record is None and actor_type == "institution" and token.lower_ in span.text.lower():
                    span_type = actor_type  # "the ministry" after "the Ministry for Digital Transformation" (unlisted)
                if span_type != actor_type and not (actor_type == "institution" and span_type == "government") \
                        and not (actor_type == "organization" and span_type == "alliance"):
                    continue  # (an alliance is an organisation too: "the CSTO ... The organisation rejected")
                # (a metonym's record says what it is: "The ministry" after "Wisma Putra", the foreign ministry's seat;
                # not a name that only its role calls so: "the Foreign Office" is no "ministry" a text refers back to)
                if actor_type == "institution" and token.lower_ not in span.text.lower() and not (
                        record is not None and any(kind in record.role.lower() for kind in _KINDS_OF.get(token.lower_, ())))\
                        and not (record is not None and token.lower_ in f"{record.name} {record.role}".lower()
                                 and any(alias.kind == "metonym" for alias in self.index.candidates(span.text))):
                    continue  # ("the department" after "Global Affairs Canada", a foreign ministry)
                if record is not None and token.lower_ in _BOARD_NOUNS:
                    continue  # ("The board appealed": a local body's board, not SWIFT's "Society" named in passing)
                if token.lower_ == "rectorate" and not any(kind in span.text.lower() for kind in _KINDS_OF["rectorate"]):
                    continue  # (only a university or college has a rectorate: not the chamber named last)
                if actor_type in {"organization", "institution"} and span[-1].is_title \
                        and span[-1].lower_ != token.lower_ and span[-1].lower_ in self.index.body_nouns \
                        and any(t.lower_ == token.lower_ for t in span[:-2]):
                    # ("the university" is not the "Corrib University Ukrainian Society", a society; a "Cooperative
                    # Society" is still a cooperative)
                    continue
                if actor_type == "institution" and kinds and not any(
                        spelling in _british(f"{span.text} {record.name if record else ''}".lower())
                        for spelling, kind in _MINISTRY_KINDS.items() if kind in kinds):
                    continue  # Why: "the foreign ministry" is not the defence ministry named before
                if actor_type == "institution" and topics and not all(
                        topic in f"{span.text} {record.name + ' ' + record.role if record else ''}".lower()
                        for topic in topics):
                    continue  # Why: "the agriculture ministry" is not the Federal Economy Ministry named before
                if country and (record is None or record.country != country):
                    continue
                if actor_type == "person" and span.label_ == "PERSON":
                    if quoted is None:
                        quoted = _quoted_tokens(doc)
                    if span.start in quoted:
                        continue  # Why: "a „sword of Damocles over the valley“" quotes a name; the one quoted is no referent
                if actor_type == "person" and (_clause_mates(span.root, token) or _asking_agent(span.root, token)
                                               or _told_opposite(span.root)):
                    continue  # Why: "Vaitkus criticised the mayor": the object is not the subject itself
                if actor_type == "person" and record is None and span.start > 0 and (
                        (len(span) == 1 and doc[span.start - 1].lower_ == "the") or doc[span.start - 1].lower_ == "in"):
                    # Why: "the Dniester" or "in Paraul Verde" the model called a person is a river or a
                    # village, not who "the priest" is
                    continue
                (further if span.end <= floor else candidates).append((span, record))
            if actor_type == "person" and len(candidates) > 1:
                # Why: "said Thomas Brucker, works council chairman at the vehicle builder X. The
                # 58-year-old ...": a name inside another person's phrase (a mis-tagged firm, a
                # person's employer or relative) is not whom a later description points back to
                roots = {span.root.i for span, _ in candidates}
                candidates = [(span, record) for span, record in candidates
                              if not any(a.i in roots for a in span.root.ancestors)] or candidates
            age = _AGE.search(doc[first.i:token.i + 1].text) if actor_type == "person" else None
            if age is not None:
                # Why: "the 47-year-old" is not the person this text called "The 63-year-old" before
                candidates = [(span, record) for span, record in candidates
                              if ages.get(span.kb_id_, age.group(1)) == age.group(1)
                              # (nor is "the 49-year-old" a listed person of another age that year: data/birth_years.csv)
                              and self._may_be_aged(record, int(age.group(1)), date)]
            gender = role_gender(token.lower_) if actor_type == "person" else ""
            if gender:
                # Why: "the mother of two" is no man, "the CDU man" no woman (by a given name of data/)
                genders = load_name_genders(self.data_dir)
                candidates = [(span, record) for span, record in candidates
                              if genders.of(record.name if record else span.text) in {"", gender}]
            # Why: "the spokeswoman" is the nearest actor whose curated role, name or description
            # in this text says so ("Spokeswoman of the Russian Foreign Ministry", "Claire Whitcombe,
            # a Foreign Office minister", "the Refugee Support Network"), before the nearest at all.
            noun = _british(token.lower_ if token.tag_ != "NNS" else token.lemma_.lower())  # "the observers": observer
            # (an embassy or consulate is a diplomatic mission: "The Russian embassy ... the mission said")
            # (so is a German "Konzern" a company, and a carrier an airline)
            nouns = {noun} | _KINDS_OF.get(noun, set())
            # (a person the text introduced as the one holder of the role, "the rector, Prof. Dr. X,",
            # stays "the rector" further back than the nearest people)
            # (so does a person introduced with all the words of a description of two or more:
            # "The Saarland economy minister X" is "The economy minister" six sentences later)
            words = {t.lower_ for t in doc[first.i + 1:token.i + 1] if t.pos_ in {"NOUN", "PROPN", "ADJ"}}
            # (an age says no role: "old" of "the 29-year-old" is no word of "Leopold")
            if noun in _FIRM_NOUNS:
                # "Ironbridge Software ... The company said": the nearest unlisted body, when its name closes
                # with a firm's word, says so
                # (past a place the model tagged ORG: "Doric Bulk Carriers, a Piraeus-based owner ... The company")
                # (nor a kind word after its article alone: "the Board" of "Chairman of the Board Günther X")
                nearest = next((span for span, record in candidates if record is None
                                and not (len(span) == 1 and span.end < len(doc) and doc[span.end].text in {"-", "‐"})
                                and not (len(span) == 2 and span[0].lower_ == "the")), None)
                if nearest is not None and nearest[-1].text in self.index.firm_words:
                    described[nearest.kb_id_].add(noun)
            # (and a person with the role as a title right before the name, when no one nearer has it: "Mayor Uwe
            # Gräfenhain (CDU) promised this. ... The mayor rejected this"; not for an inverted "„…“, said the
            # farmer" after a quote or comma, which is the person just named)
            verb = token.head
            # (a party's closing bracket before the verb is no such comma: "Stadler (SPD) accused the Landrat")
            inverted = verb.i < token.i and verb.i > 0 and (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote) \
                and doc[verb.i - 1].text != ")"
            by_role = [] if _is_age_description(token) else _saying_so(candidates, nouns, described) or [
                span for span, _ in further if f"the {noun}" in described.get(span.kb_id_, ())
                or (len(words) >= 2 and words <= described.get(span.kb_id_, set()))
                or (actor_type == "person" and words == {noun} and not inverted and (
                    span[0].lower_ == noun  # ("Rabbi Dvora Felsenthal": the model may keep the title in the name)
                    or noun in described.get(span.kb_id_, set()) and (
                        doc[span.start - 1].lower_ == noun
                        # ("Rep. Lorna Haverford" ... "The congresswoman": a title for the role, data/title_roles.csv)
                        or noun in load_name_genders().roles_of(doc[span.start - 1].text))))]
            if len(words) >= 2 and by_role and actor_type == "person":
                # Why: "The Deputy Minister" is the deputy minister the text introduced so, not the nearer "Russian
                # Foreign Minister": when the first choice lacks a word, a person the text described with all the
                # words comes first (only the text's own description: a curated role is read above)
                records = dict([*candidates, *further])
                if not _holds_all_words(by_role[0], records.get(by_role[0]), words, described):
                    whole = [span for span, _ in [*candidates, *further]
                             if all(w in described.get(span.kb_id_, set()) for w in words)]
                    by_role = whole[:1] + [span for span in by_role if span not in whole[:1]]
            if not by_role and inverted and actor_type == "person" and words == {noun} and token.is_title \
                    and lookup_key(token.text) in self.index.title_set:
                # (an office title, "„…“, said the Landrat", is the one person the text gave that title, however
                # far back, when the people named since hold no such title: "Landrat Josef X ... said the Landrat")
                holders = [span for span, _ in [*candidates, *further] if span[0].lower_ == noun
                           or (span.start > 0 and doc[span.start - 1].lower_ == noun)]
                if len({span.kb_id_ for span in holders}) == 1:
                    by_role = holders[:1]
            # Why: an organisation noun ("the society", "the company") needs its antecedent to say
            # so; the nearest organisation of any kind is too often the wrong one.
            # A listed person whose curated role says otherwise ("the former negotiator" is not the
            # President of Russia named in passing) comes after persons the lists do not know.
            fallback = [] if actor_type in {"organization", "institution"} else (
                [span for span, record in candidates if record is None and span.start not in trading_firms]
                + [span for span, record in candidates if record is not None])
            antecedent = (by_role or fallback or [None])[0]
            if antecedent is not None and actor_type == "institution" and not country:
                # "In Kiev, the foreign ministry said" after "the Latvian foreign ministry": the
                # place the sentence opens with names the ministry's country
                placed = self._ministry_in_context(token, first, by_start, "", placed_only=True)
                if placed is not None and placed != antecedent.kb_id_:
                    antecedent = None
            regional = bool(country) and self.index.type(country) == "region"
            # (a ministry of a federal state, "The Hessian interior ministry", is never the national one)
            topic = [t for t in doc[first.i + 1:token.i] if t.i not in absorbed and t.is_alpha and (
                (t.dep_ == "compound" and t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in _MINISTRY_KINDS)
                or (regional and t.dep_ in {"compound", "amod"}))]
            if antecedent is None and token.lower_ == "ministry" and country and topic:
                # "The Polish climate ministry": a ministry of a kind the lists do not know is an
                # actor of its own, named as written, not its country's government
                name = doc[first.i + 1:token.i + 1].text
                ministry_span = Span(doc, first.i, token.i + 1, label="ORG", kb_id=slugify(name))
                found.append((ministry_span, name, "new"))
                taken.update(range(first.i, token.i + 1))
                # (a later "the ministry" refers back to it: "The Saxon culture ministry referred to ...,
                # so a spokesman of the ministry")
                insort(by_start, ministry_span, key=_span_start)
                ents[:] = [span for span in ents if span.start not in demonyms]
                continue
            if antecedent is None and actor_type == "institution":
                ministry = self._ministry_in_context(token, first, by_start, country)
                if ministry is not None:
                    # "The foreign ministry said" in a report from Moscow: that country's ministry
                    found.append((Span(doc, first.i, end, label="ORG", kb_id=ministry),
                                  self.index.name(ministry), "anaphora"))
                    taken.update(range(first.i, end))
                    ents[:] = [span for span in ents if span.start not in demonyms]
                    continue
            if antecedent is None and token.lower_ in _BOARD_NOUNS and first.lower_ == "the" \
                    and not any(c.dep_ == "prep" for c in token.children):
                # "The Vorstand asks all members ...": with no body named before, a board is that of the body
                # whose circular or newsletter the document is (not "the board of the X Club", named after it)
                publisher = self._publishing_body(doc, [(span, span.kb_id_, _display_name(span.text), "")
                                                        for span in by_start])
                if publisher is not None:
                    found.append((Span(doc, first.i, token.i + 1, label="ORG", kb_id=publisher[0]), publisher[1],
                                  "document"))
                    taken.update(range(first.i, token.i + 1))
                    continue
            if antecedent is not None:
                record = self.index.actors.get(antecedent.kb_id_)
                name = record.name if record else _display_name(self.index.strip_title(antecedent.text),
                                                                 original=antecedent.text)
                label = "PERSON" if actor_type == "person" and antecedent.start not in trading_firms else "ORG"
                found.append((Span(doc, first.i, end, label=label, kb_id=antecedent.kb_id_), name, "anaphora"))
                taken.update(range(first.i, end))
                ents[:] = [span for span in ents if span.start not in demonyms]
                if age is not None:
                    ages[antecedent.kb_id_] = age.group(1)
        return found

    def _body_of_anonymous_official(self, token: Token, by_start: list[Span]) -> Span | None:
        """The body an earlier anonymous official spoke for, when "the spokesman" refers back to that official.

        "A spokesman of the Foreign Office ... so the spokesman", "The ministry let explain by a spokesman
        ... the spokesman said", "let through a spokeswoman explain ... so the spokeswoman". Limit: the
        same official noun with "a"/"an" in this sentence or the three before (same paragraph), no
        person named in between; its body is the entity of its "of"/"for"/"from" phrase, or the subject of
        the verb that "by"/"through" hangs on; ``None`` when none is named.
        """
        doc = token.doc
        floor = token.sent.start
        for _ in range(3):
            if floor == 0 or "\n\n" in doc[doc[floor - 1].sent.start:floor].text:
                break
            floor = doc[floor - 1].sent.start
        if "\n\n" in doc[floor:token.i].text:
            floor = max(t.i for t in doc[floor:token.i] if "\n" in t.whitespace_ or t.is_space) + 1
        official = next((t for t in reversed(doc[floor:token.i]) if t.lower_ == token.lower_
                         and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)), None)
        if official is None or any(span.label_ == "PERSON" and official.i < span.start < token.i for span in by_start):
            return None

        def mention_in(head: Token) -> Span | None:
            first, last = head.left_edge.i, head.right_edge.i
            return next((span for span in by_start if first <= span.start and span.end <= last + 1
                         and span.label_ != "PERSON" and span.kb_id_), None)

        for child in official.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "for", "from"}:
                found = mention_in(child)
                if found is not None:
                    return found
        if official.head.dep_ in {"prep", "agent"} and official.head.lower_ in {"by", "through"}:
            verb = official.head.head
            for host in (verb, verb.head):
                subject = next((c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is not None:
                    return mention_in(subject)
        return None

    def _embassy(self, token: Token, by_start: list[Span]) -> tuple[Span, str, str] | None:
        """Return "the <demonym> embassy in <place>" as that embassy, or None.

        The id follows the pattern of data/actors.csv (``russian_embassy_usa``: the demonym, "embassy",
        the host state), so a listed embassy is found and another gets the same kind of id, named
        "Embassy of <state> in <host state>". Limit: the demonym must stand before "embassy"; the
        host is the place after "in", else the country the text is about.
        """
        doc = token.doc
        first = token.left_edge
        # "(The) Embassy of Russian Federation in Prague": the state after "of" names the embassy
        owner = next((span for span in _prepositional_mentions(token, {"of"}, by_start)
                      if self.index.type(span.kb_id_) == "state" and span.kb_id_ in self.index.demonym_of), None)
        # "Russia's embassy in Dublin": a one-word possessor state right before the noun owns the
        # embassy like a demonym does
        possessor = next((span for span in by_start if span.start == first.i and span.end == first.i + 1
                          and token.i == first.i + 2 and doc[span.end].lower_ in {"'s", "’s"}
                          and self.index.type(span.kb_id_) == "state" and span.kb_id_ in self.index.demonym_of), None)
        if possessor is not None:
            owner = possessor
        if owner is not None and (first.lower_ == "the" or first.i == token.i or owner is possessor):
            if owner is not possessor:
                first = doc[token.i - 1] if first.lower_ != "the" and token.i > 0 and doc[token.i - 1].lower_ == "the" else first
            demonym = (doc[owner.start], owner.kb_id_)
            adjective = self.index.demonym_of[owner.kb_id_]
        elif first.lower_ != "the":
            return None
        else:
            # (a state's short name works like its demonym: "the US embassy in Berlin")
            demonym = next(((t, state) for t in doc[first.i + 1:token.i] if (state := self.index.state_named_by(t.text))),
                           None)
            adjective = demonym[0].text if demonym is not None else ""
        place = next(_prepositional_mentions(token, {"in"}, by_start), None)
        if demonym is None:
            return None
        if place is None:
            # Why: "The Russian embassy rejected ..." with no city is the embassy in the country the
            # text reports from (its dateline, or the country it is about); only as a speaker or the
            # body a spokesperson speaks for ("A spokeswoman for the Ukrainian embassy said"), since
            # "staff at the U.S. embassy" may be anywhere
            voice = token.dep_ == "pobj" and token.head.lower_ in {"for", "of", "at"} \
                and token.head.head.lower_ in self._person_nouns and token.head.head.lower_ != "staff"
            if token.dep_ not in {"nsubj", "nsubjpass"} and not voice:
                return None
            home = self.index.actors.get(self._government_in_context(token, by_start) or "")
            host = home.country if home is not None else ""
            if host == demonym[1]:
                # "the Ukrainian embassy" is not in Ukraine, which the sentence before may name: the
                # country of the dateline ("LONDON -") hosts it
                home = self.index.actors.get(self._dateline_government(by_start) or "")
                host = home.country if home is not None else ""
            end = token.i + 1
        else:
            record = self.index.actors.get(place.kb_id_)
            host = (record.country if record and record.type in {"city", "government"} else place.kb_id_) if record else ""
            end = place.end
        state = self.index.actors.get(demonym[1])
        if not host or state is None or host == demonym[1]:
            return None
        actor_id = f"{slugify(adjective.replace('.', ''))}_embassy_{host}"  # ("U.S." as "us")
        listed = self.index.actors.get(actor_id)
        if listed is not None:
            return Span(doc, first.i, end, label="ORG", kb_id=listed.actor_id), listed.name, "description"
        host_record = self.index.actors.get(host)
        name = f"Embassy of {state.name} in {host_record.name if host_record else place.text}"
        return Span(doc, first.i, end, label="ORG", kb_id=actor_id), name, "new"

    def _mission(self, token: Token, by_start: list[Span]) -> tuple[Span, str, str] | None:
        """Return "Russia's mission to the EU" / "the Russian mission to the OSCE" as that mission, or None.

        A state's mission to an international body speaks for itself, like an embassy. The id is
        the slug of "<demonym> mission to <the body as written>" ("russian_mission_to_the_eu").
        Limit: the state must be a possessor right before the noun (with "permanent" between at
        most) or a demonym in the phrase, and the body a listed organisation after "to".
        """
        doc = token.doc
        first = token.left_edge
        target = next((span for span in _prepositional_mentions(token, {"to"}, by_start)
                       if self.index.type(span.kb_id_) in {"organization", "alliance", "institution"}), None)
        if target is None:
            return None
        owner = next((span for span in by_start if span.start == first.i and span.end < token.i
                      and doc[span.end].lower_ in {"'s", "’s"} and token.i - span.end <= 2
                      and self.index.type(span.kb_id_) == "state"), None)
        named = ("", "")  # (a state's abbreviation as written, its id)
        if owner is not None:
            state_id = owner.kb_id_
        elif first.lower_ == "the":
            # (a state's short name works like its demonym: "the US mission to the UN")
            named = next(((t.text, state) for t in doc[first.i + 1:token.i] if (state := self.index.state_named_by(t.text))),
                         ("", ""))
            state_id = named[1]
        else:
            return None
        adjective = named[0] if named[0].isupper() else self.index.demonym_of.get(state_id, "")
        state = self.index.actors.get(state_id)
        if not adjective or state is None:
            return None
        body = doc[target.start - 1:target.end] if target.start > 0 and doc[target.start - 1].lower_ == "the" else target
        name = f"Mission of {state.name} to {body.text}"
        return Span(doc, first.i, target.end, label="ORG", kb_id=slugify(f"{adjective} mission to {body.text}")), name, "new"

    @staticmethod
    def _generic_ministry(ent: Span) -> bool:
        """Whether an entity is a ministry or government named only by its kind ("The Foreign Ministry", "the Federal Government")."""
        words = [t.lower_ for t in ent if t.lower_ != "the"]
        if len(words) >= 3 and words[0] == "ministry" and words[1] in {"of", "for"}:
            # "The Ministry of Defence", "the Ministry of Foreign Affairs", "the Ministry for Foreign Affairs"
            return set(words[2:]) <= _MINISTRY_KINDS.keys() | _KIND_FILLERS and bool(set(words[2:]) & _MINISTRY_KINDS.keys())
        if len(words) >= 2 and words[-1] == "government":
            # "the Federal Government" (German "Bundesregierung") names no country either
            return set(words[:-1]) <= _GENERIC_GOVERNMENT_WORDS
        return len(words) >= 2 and words[-1] == "ministry" and set(words[:-1]) <= _MINISTRY_KINDS.keys()

    def _possessed_ministry(self, token: Token, ending_at: dict[int, Span]) -> tuple[Span, str, str] | None:
        """Return "X's foreign/defence ministry" as the ministry of X's state, or None.

        Limit: X must be a listed state, capital or government right before "'s", and the kind
        (foreign, defence) must be written between "'s" and "ministry" or after "ministry of".
        """
        doc = token.doc
        if token.lower_ != "ministry":
            return None
        mark = next((t for t in reversed(doc[max(token.i - 4, 0):token.i]) if t.lower_ in {"'s", "’s"}), None)
        owner = ending_at.get(mark.i) if mark is not None else None
        if owner is None:
            return None
        words, end = _ministry_words(token, mark)  # also "Ukraine's Ministry of Foreign Affairs"
        kind = _ministry_kind(t.lower_ for t in words)
        record = self.index.actors.get(self._government_of_actor(owner.kb_id_) or "")
        ministry = self.index.ministry_of(record.country, kind) if record and record.country and kind else None
        topic = [t for t in doc[mark.i + 1:token.i] if t.is_alpha and t.is_lower and t.ent_type_ in {"", "ORG"}]
        demonym = self.index.demonym_of.get(record.country, "") if record and record.country else ""
        if not ministry and not kind and topic and len(topic) == token.i - mark.i - 1 and demonym:
            # Why: "Ukraine's infrastructure ministry" is a ministry of its own, not the government;
            # it is named like "the Polish climate ministry" ("Ukrainian infrastructure ministry")
            name = f"{demonym} {' '.join(t.text for t in topic)} ministry"
            return Span(doc, owner.start, token.i + 1, label="ORG", kb_id=slugify(name)), name, "new"
        if not ministry:
            return None
        return Span(doc, owner.start, end, label="ORG", kb_id=ministry), self.index.name(ministry), "description"

    def _ministry_in_context(self, token: Token, first: Token, by_start: list[Span], country: str, *,
                             placed_only: bool = False) -> str | None:
        """Return the ministry "the foreign/defence ministry" refers to when none was named before, or None.

        Limit: only foreign, defence and interior ministries (the kind must be written: "the ministry"
        alone is left alone); the country is the one a demonym in the phrase names, else the
        one of "the government" (:meth:`_government_in_context`: a place in "In Warsaw, the
        foreign ministry ...", else the country the text is about). A ministry "in" a Land capital
        ("the interior ministry in Stuttgart") is the Land's, whose government speaks (no Land ministry is listed).
        """
        kind = _ministry_kind(t.lower_ for t in _ministry_words(token, first)[0])
        if token.lower_ != "ministry" or not kind:
            return None
        if not country and token.dep_ == "pobj" and token.head.lower_ == "of":
            # "The spokeswoman of the Foreign Ministry, Maria Zakharova": the ministry of the listed person
            # named in apposition to its official
            for child in (c for c in token.head.head.children if c.dep_ == "appos"):
                named = _mention_covering(child.i, by_start)
                record = self.index.actors.get(named.kb_id_) if named is not None else None
                if record is not None and record.type == "person" and record.country:
                    country = record.country
                    break
        if not country and token.lower_ == "ministry" \
                and (land := self._land_placed_in(token, by_start, cities_only=True)) is not None:
            # "the interior ministry in Stuttgart": a Land capital seats the Land's ministry, which the lists
            # do not hold; its Land government speaks
            return land
        if not country:
            sentence_place = _place_in_sentence(token, first, by_start, opening=False)
            if sentence_place is not None and token.dep_ in {"nsubj", "nsubjpass"} \
                    and sentence_place.root.head.head.i != token.head.i:
                # "Planes landed in Kyiv, the Ministry of Defence confirmed": a place in what the
                # ministry reports, not where it speaks
                sentence_place = None
            government = (self._government_of_actor(sentence_place.kb_id_) if sentence_place is not None else None) \
                or (None if placed_only else self._government_in_context(token, by_start))
            record = self.index.actors.get(government or "")
            country = record.country if record else ""
        return self.index.ministry_of(country, kind) if country else None

    def _government_in_context(self, token: Token, by_start: list[Span], *, regional: bool = False) -> str | None:
        """Return the government "the government" refers to, or None.

        With ``regional`` ("the Land government", German "Landesregierung", "a provincial government
        spokesperson"), never the government of a country that is no federation (data/federations.csv): a text
        that names no Land leaves a Land's government unknown.

        Limit: "the government of/in X" is X's government; then the one country whose state,
        government or capital the sentence or the one before it (same paragraph) names; otherwise
        the government of the country the document is about: the one whose institutions,
        capitals, governments and name are mentioned most (weighted in that order; a state of
        data/background_states.csv, named in nearly every text, counts at its weight there).
        "the federal government" in a text that names a Land, its government or its capital is
        that Land's federation.
        """
        if regional:
            # (a state with no Länder of its own has no "Land government": not Ukraine or Italy for South Tyrol's
            # "Landesregierung"; a federation's may stand for its own government, as Swiss usage has it)
            government = self._government_in_context(token, by_start)
            state = government[4:] if government else ""
            return None if government and self.index.type(state) == "state" and self.index.federations \
                and state not in self.index.federations else government
        for span in _prepositional_mentions(token, {"of", "in"}, by_start):
            return self._government_of_actor(span.kb_id_)
        subject = token.head if token.dep_ == "compound" else token
        if subject.dep_ in {"nsubj", "nsubjpass"}:
            # "A government spokesman said in Berlin", "The government spokeswoman in Potsdam contradicted":
            # the city the speaker speaks in is the country's, a Land capital its Land's
            federal = any(t.lower_ in _FEDERAL_WORDS for t in subject.subtree)
            for own, holder in ((True, subject), (False, subject.head)):
                for span in _prepositional_mentions(holder, {"in"}, by_start):
                    land = self._land_government_of(span.kb_id_) if own and not federal else None
                    government = land or self._government_of_actor(span.kb_id_)
                    if government and self.index.type(span.kb_id_) == "city":
                        return government
        first = token.left_edge
        placed = _place_in_sentence(token, first, by_start, opening=True)
        government = self._government_of_actor(placed.kb_id_) if placed is not None else None
        if government:
            # "In Kiev the government emphasizes": the place the sentence opens with names the country
            return government
        heading = _heading_place(token, by_start)
        government = self._government_of_actor(heading.kb_id_) if heading is not None else None
        if government:
            # "Mbabane\n\nAn official at the Ministry of Foreign Affairs told ...": a place alone on the line that heads
            # the paragraph says where the paragraph is reported from, as a dateline does for a text
            return government
        if token.lower_ == "administration" and token.dep_ == "compound":
            # "WASHINGTON – … A senior administration official said": the administration is the
            # dateline's, whichever country the sentences before were about
            government = self._dateline_government(by_start)
            if government:
                return government
        doc = token.doc
        sentence_start = token.sent.start
        previous_start = doc[sentence_start - 1].sent.start if sentence_start > 0 else sentence_start
        if "\n" in doc[previous_start:sentence_start].text:
            previous_start = sentence_start  # the sentence before must be in the same paragraph
        lands = {span.kb_id_ for span in by_start if previous_start <= span.start < first.i
                 and self._is_land_government(span.kb_id_) and span.root.dep_ in {"nsubj", "nsubjpass"}}
        if len(lands) == 1 and not any(t.lower_ in _FEDERAL_WORDS for t in doc[first.i:token.i]):
            # "The state government in Mainz rejected the accusation. A government spokesman said": a Land
            # government acting just before is the one its spokesman speaks for (not the federal one)
            return lands.pop()
        near = {self._government_of_actor(span.kb_id_) for span in by_start
                if previous_start <= span.start < first.i and self.index.type(span.kb_id_) in {"government", "state"}
                or (previous_start <= span.start < first.i and self.index.government_for(span.kb_id_))}
        near.discard(None)
        federal = any(t.lower_ == "federal" for t in doc[first.i:token.i])
        if federal and self.index.federations:
            # ("Kiev calls on the West ... The federal government rejects weapons deliveries": Ukraine is
            # no federation, so its government is not the federal one; data/federations.csv)
            near = {government for government in near if self._of_federation(government)}
            countries = self._countries_of_lands(span.kb_id_ for span in by_start)
            if near and len(countries) == 1 and (federation := self.index.government_of(next(iter(countries)))) \
                    and federation not in near:
                # ("Washington and the NATO rejected a veto right. The new federal government underlined ...":
                # in local news of a Land, the federal government is that Land's federation, not another
                # federation named just before)
                return federation
        if len(near) > 1:
            # "Ottawa announced ... to the Ukrainian government. The federal government also said": the
            # country that was the subject just before goes on
            acting = {self._government_of_actor(span.kb_id_) for span in by_start
                      if previous_start <= span.start < first.i and span.root.dep_ in {"nsubj", "nsubjpass"}
                      and self.index.type(span.kb_id_) in {"government", "state", "city"}} & near
            if len(acting) > 1 and subject.dep_ in {"nsubj", "nsubjpass"}:
                # ("Hungary will not block X if Russia attacks, a government spokesman said": the subject
                # of the clause the spokesman reports, not the one of its condition)
                reported = {self._government_of_actor(span.kb_id_) for span in by_start
                            if previous_start <= span.start < first.i and span.root.dep_ in {"nsubj", "nsubjpass"}
                            and span.root.head.dep_ in {"ccomp", "parataxis"} and span.root.head.head.i == subject.head.i} & acting
                if len(reported) == 1:
                    acting = reported
            if len(acting) == 1:
                near = acting
        dateline = self._dateline_government(by_start)
        if len(near) == 1 and dateline and dateline not in near and not any(
                previous_start <= span.start < first.i and self._government_of_actor(span.kb_id_) in near
                and (span.root.dep_ in {"nsubj", "nsubjpass"} or self.index.type(span.kb_id_) == "government")
                for span in by_start):
            # "PRAGUE – ... encourages Kiev to a military solution. Ministry of Foreign Affairs rejected":
            # a country named just before only as a place or object does not outweigh the dateline's
            near = {dateline}
        # "... reception points along the border with Ukraine. A government spokesman told PAP": a
        # country named just before only after a preposition is a place, not the speaker's country;
        # another country named otherwise ("New Zealanders in Ukraine should leave, the ministry
        # says"), else the country the text is about (weighed below), is meant
        # (a place opening its sentence sets the scene, "In Canberra, the government has ...", and counts)
        placed_only = {government for government in near if not any(
            previous_start <= span.start < first.i and self._government_of_actor(span.kb_id_) == government
            and (span.root.dep_ not in {"pobj", "poss"} or self.index.type(span.kb_id_) == "government"
                 or (span.root.head.lower_ == "in" and span.root.head.i == span.root.head.sent.start))
            for span in by_start)}
        if placed_only and near - placed_only:
            near -= placed_only
        elif len(near) == 1 and placed_only == near and not dateline:
            near = set()
        if len(near) == 1:
            # "Berlin said ... A government spokeswoman told reporters", "Ottawa announced ... The
            # federal government also said": one country named just before is the one meant
            return near.pop()
        if any(t.lower_ in _FEDERAL_WORDS for t in doc[first.i:token.i]):
            # "The Bavarian state government let inform ... The federal government referred": a text that
            # names a Land, its government or its capital is local news of that Land's country, however
            # often it names the country its firms trade with
            countries = self._countries_of_lands(span.kb_id_ for span in by_start)
            if len(countries) == 1 and (federation := self.index.government_of(countries.pop())):
                return federation
        weights: dict[str, float] = defaultdict(float)
        datelined = _dateline_places(by_start)
        for span in by_start:
            government = self._government_of_actor(span.kb_id_)
            if government:
                # Why: a parliament or ministry says more about whose politics a text covers than
                # a neighbour named as a place ("towns along the border with Belarus").
                actor_type = self.index.type(span.kb_id_)
                if actor_type == "city" and not self.index.government_for(span.kb_id_):
                    actor_type = "region"  # Why: a town that is no capital ("Donetsk") is a place, not politics
                weights[government] += _HOME_WEIGHTS.get(actor_type, 1.0)
                if actor_type == "state" and span.label_ == "NORP" and self.index.background.get(government, 1.0) == 1.0:
                    # Why: the people a text calls by their nationality ("Grenadian nationals", "Grenadians") are most
                    # often its readers' own; a demonym says more of whose text it is than a state named as a place
                    weights[government] += _DEMONYM_WEIGHT
                if _is_dateline(span) or span in datelined:
                    # Why: a wire dateline ("SINGAPORE –", "KYIV (AP) —") says where the story is
                    # reported from; an unqualified "the foreign ministry" there is most often the host's
                    weights[government] += _DATELINE_WEIGHT
        if federal and self.index.federations:
            weights = defaultdict(float, {government: weight for government, weight in weights.items()
                                          if self._of_federation(government)})
        if not weights:
            return None
        for government in weights:
            # Why: a state named in nearly every text of the corpus's crisis says little about whose text it is
            weights[government] *= self.index.background.get(government, 1.0)
        return max(sorted(weights), key=lambda government: weights[government])

    def _of_federation(self, government: str) -> bool:
        """Whether ``government`` governs a state of data/federations.csv (so may be "the federal government")."""
        record = self.index.actors.get(government)
        return record is not None and record.country in self.index.federations

    def _dateline_government(self, by_start: list[Span]) -> str | None:
        """The government of the place a wire dateline opening the text names ("LONDON -"), or None."""
        return next((government for span in _dateline_places(by_start)
                     if (government := self._government_of_actor(span.kb_id_))), None)

    def _land_named_before(self, before: int, hits: dict[tuple[int, int], tuple[str, str] | None]) -> str | None:
        """The Land government (:meth:`_land_government_of`) of the last mention before token ``before`` that has one."""
        for (start, _end), hit in sorted(hits.items(), reverse=True):
            if start < before and hit and (land := self._land_government_of(hit[0])):
                return land
        return None

    def _countries_of_lands(self, actor_ids: Iterable[str]) -> set[str]:
        """The countries whose Lands the actors name (a Land, its government or its capital: "Kiel" -> germany)."""
        regions = {land[len("gov_"):] for actor_id in actor_ids if (land := self._land_government_of(actor_id))}
        return {self.index.actors[region].country for region in regions if region in self.index.actors}

    def _is_land_government(self, actor_id: str) -> bool:
        """Whether an actor is the government of a region data/actors.csv lists ("gov_bavaria" for "bavaria")."""
        return actor_id.startswith("gov_") and self.index.type(actor_id[4:]) == "region"

    def _land_government_of(self, actor_id: str) -> str | None:
        """The Land government a mention stands for: a region's ("Lower Saxony"), its own, or its capital's ("Kiel")."""
        if self.index.type(actor_id) == "region" and f"gov_{actor_id}" in self.index.actors:
            return f"gov_{actor_id}"
        if self._is_land_government(actor_id):
            return actor_id
        return self.index.government_for(actor_id) if self._seat_of_region(actor_id) else None

    def _land_placed_in(self, token: Token, by_start: list[Span], *, cities_only: bool = False) -> str | None:
        """The Land government of the first place "in" a body's phrase names ("the Staatskanzlei in Mainz"), or None.

        Limit: a Land, its government or its capital (:meth:`_land_government_of`); with ``cities_only``, a
        capital only ("the interior ministry in Stuttgart").
        """
        for span in _prepositional_mentions(token, {"in"}, by_start):
            if cities_only and self.index.type(span.kb_id_) != "city":
                continue
            if land := self._land_government_of(span.kb_id_):
                return land
        return None

    def _seat_of_region(self, actor_id: str) -> bool:
        """Whether a place stands for a region's government (a Land capital: "Kiel"), not a country's."""
        return self._is_land_government(self.index.government_for(actor_id) or "")

    def _regional_government(self, token: Token, by_start: list[Span]) -> str | None:
        """The government "the state government" (German "Landesregierung") refers to, or None.

        Limit: the nearest earlier mention of a region whose government data/actors.csv lists as
        ``gov_<region>`` ("Lower Saxon municipalities", "Lower Saxony"), of such a government, or of
        its capital (a metonym of data/metonyms.csv: "Kiel"); else the one such Land named later.
        """
        for span in reversed(by_start):
            if span.start < token.i and span.kb_id_ and (land := self._land_government_of(span.kb_id_)):
                return land
        # (else the one Land the text names later: "the Land government ... The Chiemseehof wanted")
        later = {land for span in by_start if span.start > token.i and span.kb_id_
                 and (land := self._land_government_of(span.kb_id_))}
        return later.pop() if len(later) == 1 else None

    def _government_of_actor(self, actor_id: str) -> str | None:
        """The government of a state, capital, or national institution ("Bundestag" -> Germany's)."""
        actor_type = self.index.type(actor_id)
        if actor_type == "government":
            return actor_id
        found = self.index.government_of(actor_id) or (None if self._seat_of_region(actor_id)
                                                        else self.index.government_for(actor_id))
        if not found and actor_type in {"institution", "city", "region"}:
            # (a Land capital counts for its country here: "the federal government" after "Wiesbaden")
            found = self.index.government_of(self.index.actors[actor_id].country)
        return found

    @staticmethod
    def _described_roles(doc: Doc, people: list[Span]) -> dict[str, set[str]]:
        """Collect the words a text uses to describe each person: "minister" for "Claire
        Whitcombe, a Foreign Office minister" and for "Foreign Office minister Claire Whitcombe".
        """
        described: dict[str, set[str]] = defaultdict(set)
        lexicon = load_name_genders()
        titles = lexicon.titles
        for span in people:
            if span.label_ not in {"PERSON", "ORG"}:
                continue
            words = described[span.kb_id_]
            # Words right before the name ("State Senator Daniel Okafor"; lower-case ones before a
            # body's, "the insurance broker Harbourgate Risk Partners")
            i = span.start - 1
            # ("Deputy Minister of Foreign Affairs Hon. Grace Munthali": a title with its "of" phrase, up to eight words)
            while i >= 0 and i >= span.start - (8 if span.label_ == "PERSON" else 4) and (
                    doc[i].pos_ in {"NOUN", "PROPN", "ADJ"} or span.label_ == "PERSON" and doc[i].lower_ == "of"
                    and i > 0 and doc[i - 1].is_title) and not doc[i].ent_type_ \
                    and (span.label_ == "PERSON" or doc[i].is_lower):
                if doc[i].pos_ in {"NOUN", "PROPN", "ADJ"}:  # (the title's "of" joins its words; it describes nothing)
                    words.add(doc[i].lower_)
                # ("State Sen. Linda Hoverson" ... "The senator argued": an abbreviated title stands for its
                # role nouns, data/title_roles.csv)
                words.update(lexicon.roles_of(doc[i].text) if span.label_ == "PERSON" else ())
                i -= 1
            if span.label_ == "PERSON":
                # (and a title the model kept inside the name: "[Landrat Josef Hirschberger] ... said the Landrat")
                kept = list(itertools.takewhile(lambda t: lookup_key(t.text) in titles, span[:-1]))
                words.update(t.lower_ for t in kept)
                words.update(role for t in kept for role in lexicon.roles_of(t.text))
                # (a party named in the name's own phrase, or in brackets after it: "The Green member of the
                # Bundestag Marieke Osterloh", "The Green Ulrike Sommerfeld", "Katrin Hoyer (Left)"; a later
                # "the Green" refers to that person)
                opening = next((j + 1 for j in range(span.start - 1, max(span.start - 9, -1), -1)
                                if doc[j].is_punct or doc[j].is_space or j == doc[j].sent.start - 1), max(span.start - 8, 0))
                bracket = [doc[span.end + 1]] if span.end + 2 < len(doc) and doc[span.end].text == "(" \
                    and doc[span.end + 2].text == ")" else []
                # (or in the description the name stands in apposition to: "the district chairman of the
                # Greens, Lukas Eberharter" ... "The Green accused")
                described_before = []
                if span.start >= 2 and doc[span.start - 1].text == ",":
                    j = span.start - 2
                    while j >= max(span.sent.start, span.start - 9) and not doc[j].is_punct \
                            and doc[j].pos_ not in {"VERB", "AUX"}:
                        j -= 1
                    described_before = list(doc[j + 1:span.start - 1])
                for t in [*doc[max(opening, span.sent.start):span.start], *bracket, *described_before]:
                    if t.ent_type_ in {"ORG", "NORP"} and t.is_title and t.is_alpha:
                        words.update({t.lower_, t.lower_.removesuffix("s")})
            if span.label_ == "ORG":
                # (and a body's apposition: "Harbourgate Risk Partners, an insurance broker")
                words.update(t.lower_ for child in span.root.children if child.dep_ == "appos" and child.i >= span.end
                             and child.pos_ == "NOUN" for t in child.subtree if t.pos_ in {"NOUN", "ADJ"} and t.is_lower)
                continue
            # An appositive after the name (", a Foreign Office minister,").
            for child in span.root.children:
                if child.dep_ == "appos" and child.i >= span.end and not any(
                        t.ent_type_ == "PERSON" and t.dep_ in {"appos", "compound"} for t in child.children):
                    # (not when the apposition names its own person: "Back in Paraul Verde, the
                    # priest, Father Serghei Munteanu," describes Munteanu, however it is parsed)
                    words.update(t.lower_ for t in child.subtree if t.pos_ in {"NOUN", "PROPN", "ADJ"})
            # The noun the name stands in apposition to, past titles ("the rector, Prof. Dr. Gesine
            # Albrecht-Tammen,"), however the parser hung it.
            i = span.start - 1
            while i >= 0 and lookup_key(doc[i].text) in titles:
                i -= 1
            if i >= 2 and doc[i].text == "," and doc[i - 1].pos_ == "NOUN" and not doc[i - 1].ent_type_ \
                    and doc[i - 2].lower_ == "the":
                # (introduced as the one holder of the role: "the rector" may refer back further)
                words.update({doc[i - 1].lower_, f"the {doc[i - 1].lower_}"})
            head = span.root.head
            if span.root.dep_ == "appos" and head.i < span.start and head.pos_ in {"NOUN", "PROPN"} \
                    and head.ent_type_ != "ORG" and (doc[span.start - 1].text == "," or lookup_key(doc[span.start - 1].text) in titles):
                # (or the title the parser hung the name on, however long its phrase: "the Deputy Minister for
                # Foreign Affairs and East African Cooperation, Hon. Dr Emmanuel Lukas Shija" ... "The deputy minister")
                words.update(t.lower_ for t in (*head.lefts, head) if t.dep_ in {"compound", "amod"} or t is head)
        return described

    @staticmethod
    def _appositive_name(doc: Doc, token: Token, starts: dict[int, Span], *, person: bool = False) -> Span | None:
        """Return the named entity in apposition to a description ("the minister, Elias Novak").

        Also the person that ends the description's own phrase when no comma sets it apart, as
        machine translation writes it ("The expert of the Odesa Centre Iryna Tkachuk considers"),
        and, for a ``person`` description, a name set off by commas right after its phrase or at its
        end ("The sports officer of the Land, Reinhold Thaler, said").
        """
        right = token.right_edge.i
        # (the name may be followed by a circumstance: "The president of the Grain Association Taras
        # Lysenko in interview to Dnipro Inform told")
        last = next((span for span in sorted(starts.values(), key=lambda span: span.start)
                     if span.label_ == "PERSON" and span.end <= right + 1 and len(span) >= 2
                     and span.start > token.i and not any(t.is_punct or t.lower_ == "opposite" for t in doc[token.i:span.start])
                     and (span.end == right + 1 or doc[span.end].dep_ == "prep")), None)
        # ("said the coach opposite our youth leader Sven Brückner": German "gegenüber" names whom he told it)
        if last is not None and token.dep_ in {"nsubj", "nsubjpass"}:
            return last
        # Why: "The sports officer of the Land, Reinhold Thaler, said", "said the economics spokesman
        # of the Greens in the state parliament, Tobias Wendling": a name set off by a comma at the end
        # of a person's phrase names it, however deep the parser hung it
        closing = right - 1 if doc[right].text == "," else right
        if person and token.dep_ in {"nsubj", "nsubjpass"}:
            tail = next((span for span in starts.values() if span.label_ == "PERSON" and len(span) >= 2
                         and span.end == closing + 1 and span.start > token.i + 1
                         and doc[span.start - 1].text == ","), None)
            if tail is not None:
                return tail
        comma = right if doc[right].text == "," else right + 1
        named = starts.get(comma + 1) if person and comma < len(doc) and doc[comma].text == "," else None
        if named is not None and named.label_ == "PERSON" and len(named) >= 2 and named.end < len(doc) \
                and doc[named.end].text in {",", "("}:
            # Why: "The mayor of the community Kleinbrake, Heiner Rolfes (CDU), hopes": a name set off
            # by commas right after the description is its apposition, however the parser hung it
            return named
        heads = [token]
        # Why: in "The mayor of Zelenopil, Iryna Savchuk, ..." the parser hangs the name on the
        # place; a person in apposition to a place or body is the description's own referent.
        heads += [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"of", "for", "at"}
                  for pobj in prep.children if pobj.dep_ == "pobj" and pobj.ent_type_ != "PERSON"]
        for head in heads:
            for child in head.children:
                # (or read as a conjunct of the place: "The mayor of X, Alois Brandl (CSU), underlined")
                if child.dep_ != "appos" and not (child.dep_ == "conj" and head is not token and person
                                                  and doc[child.left_edge.i - 1].text == ","):
                    continue
                for start in range(child.left_edge.i, child.i + 1):
                    span = starts.get(start)
                    if span is not None and span.start <= child.i < span.end and (
                            head is token or span.label_ == "PERSON"):
                        return span
        return None

    def _cluster_people(
        self, unknown: list[Span], resolved: list[tuple[Span, str, str, str]]
    ) -> dict[tuple[int, int], tuple[str, str, str]]:
        """Cluster unknown person names within one document.

        Limit: a bare surname joins the only full name in the document that ends with it
        (or the only known person with that surname); two people sharing a surname in one
        document stay apart only if both are written in full every time.
        """
        given = load_name_genders(self.data_dir).given

        def titled(ent: Span) -> bool:
            # (an honorific before the name: "Hon. Haroub Makame Juma", "Sheikh Abdul Rashid Mussa"; no one puts an
            # unlisted title after one, so the first word is the name's; an office title may stand before another:
            # "Professor Emerita Harriet Vance", "Chairman Vizeleutnant Herbert Mössler")
            before = ent.doc[ent.start - 1] if ent.start > 0 else None
            honorifics = load_name_genders(self.data_dir).honorifics
            return (before is not None and lookup_key(before.text) in honorifics) \
                or lookup_key(ent[0].text) in honorifics

        def person_name(ent: Span) -> str:
            text = _display_name(self.index.strip_inner_title(ent.text), original=ent.text)
            words = text.split()
            # Why: a title data/titles.csv does not list stays glued to the name ("Oberkirchenrat
            # Matthias Quandt", "Landrat Peter Haller"); a word before a given name, itself none, is one
            # ("Fisherman Karl-Heinz Wittkopp": a hyphenated given name is given by its first part)
            # (an initial or a short first word is a given name: "K. Lakshmi Prasanna", "Ma Lourdes Pangilinan")
            if len(words) >= 3 and words[0][:1].isupper() and lookup_key(words[0]) not in given \
                    and len(words[0].rstrip(".")) > 2 \
                    and (lookup_key(words[1]) in given or lookup_key(words[1].split("-")[0]) in given
                         # (or a person's role noun: "Restaurateur Brar Riewerts", whatever the given name)
                         or self.index.role_nouns.get(words[0].lower()) == "person") \
                    and ent.label_ == "PERSON" and not titled(ent):
                text = " ".join(words[1:])
            elif len(words) == 2 and ent.label_ == "PERSON" and lookup_key(words[0]) not in given \
                    and (self.index.role_nouns.get(words[0].lower()) == "person"
                         and any(other.text.split()[-1] == words[1] and other.text.split()[0] != words[0]
                                 for other in unknown if len(other.text.split()) > 1)
                         or any(other.text.split()[-3:-2] == [words[0]] and other.text.split()[-1] == words[1]
                                and lookup_key(other.text.split()[-2]) in given for other in unknown)):
                # "Headmistress Kästner: „…“" (a headline) before "Headmistress Birgit Kästner": a person's
                # role noun before the surname is no part of the name when the document names the person
                # in full ("Dean Halloway" alone, "Finn Carstensen" are names); so is any word the text
                # writes before the full name ("Landesrat Hinterleitner" after "Landesrat Markus Hinterleitner")
                text = words[1]
            return text

        full_names: dict[str, tuple[str, str, str]] = {}
        for ent, actor_id, actor_name, how in resolved:
            # Why: a surname should also find a person the gazetteer resolved ("Ms Keller" after "Hanna Keller").
            if actor_id and ent.label_ == "PERSON" and len(actor_name.split()) > 1:
                full_names.setdefault(skeleton(actor_name.split()[-1]), (actor_id, actor_name, "document"))
        for ent in unknown:
            text = person_name(ent)
            if len(text.split()) > 1 and ent.label_ == "PERSON":
                surname = skeleton(text.split()[-1])
                if surname not in full_names or full_names[surname][2] == "document":
                    full_names[surname] = (slugify(text), text, "new")
        # Why: Chinese, Korean and Vietnamese names put the family name first ("Lim Hui Shan ...
        # Lim noted", "Chen Weiling ... Chen said"); a bare word that is the first of exactly one
        # two- or three-word name, no full name ending with it and no given name of
        # data/given_names.csv, is that person.
        family_first: dict[str, list[tuple[str, str, str]]] = {}
        # Why: a person may also be called by the given name alone ("Sir Anthony" after "Sir Anthony
        # Greaves", a feature's "Anastasia"): a listed given name that opens exactly one full name
        given_first: dict[str, list[tuple[str, str, str]]] = {}
        for ent in unknown:
            text = person_name(ent)
            if len(text.split()) in {2, 3} and ent.label_ == "PERSON":
                entry = (slugify(text), text, "document")
                firsts = family_first if lookup_key(text.split()[0]) not in given else given_first
                firsts.setdefault(skeleton(text.split()[0]), [])
                if entry not in firsts[skeleton(text.split()[0])]:
                    firsts[skeleton(text.split()[0])].append(entry)
        # Why: Hong Kong and Singapore names put an English given name before the family name and
        # the Chinese given name after it ("Vincent Lau Ka-ming ... Lau said", "Rachel Lim Hui Min ...
        # Lim, 44, told"): a bare word that is the second of exactly one three- or four-word name
        # opened by a listed given name is that person
        middle: dict[str, list[tuple[str, str, str]]] = {}
        for ent in unknown:
            text = person_name(ent)
            words = text.split()
            if len(words) in {3, 4} and ent.label_ == "PERSON" and lookup_key(words[0]) in given:
                entry = (slugify(text), text, "document")
                if entry not in middle.setdefault(skeleton(words[1]), []):
                    middle[skeleton(words[1])].append(entry)
        # Why: a relative named by the given name alone ("Her son Taras", "Tolley's son Ben") bears the
        # family name of the person the phrase names; later bare uses of the given name are the same person
        relatives: dict[str, tuple[str, str, str]] = {}
        if self.cluster_in_document:
            for ent in unknown:
                words = person_name(ent).split()
                if len(words) == 1 and skeleton(words[0]) not in given_first and skeleton(words[0]) not in family_first:
                    family = self._family_name(ent, unknown, person_name, given)
                    if family and skeleton(words[0]) not in relatives:
                        relatives[skeleton(words[0])] = (slugify(f"{words[0]} {family}"), f"{words[0]} {family}", "new")
        # Why: a Malay name gives the person's own name before "bin"/"binti" and the father's after it ("Zulkifli
        # bin Haji Ahmad ... Awang Zulkifli said", "Siti Mariam binti Haji Yakub ... Dr Siti Mariam"): the words
        # before the particle, or the first of them, name that one person
        patronymic: dict[str, set[tuple[str, str, str]]] = {}
        for ent in unknown:
            words = person_name(ent).split()
            cut = next((i for i, word in enumerate(words) if word in _PATRONYMIC_PARTICLES), 0)
            if cut and ent.label_ == "PERSON" and self.cluster_in_document:
                for key in {lookup_key(" ".join(words[:cut])), lookup_key(words[0])}:
                    patronymic.setdefault(key, set()).add((slugify(" ".join(words)), " ".join(words), "document"))
        # (the first two or more words of a name of three or more: "Mohd Shukri" of "Mohd Shukri Hamzah")
        opening: dict[str, set[tuple[str, str, str]]] = {}
        for ent in unknown:
            words = person_name(ent).split()
            if ent.label_ == "PERSON" and 3 <= len(words) <= 5 and not any(w in _PATRONYMIC_PARTICLES for w in words):
                for size in range(2, len(words)):
                    opening.setdefault(lookup_key(" ".join(words[:size])), set()).add(
                        (slugify(" ".join(words)), " ".join(words), "document"))
        result = {}
        for ent in unknown:
            text = person_name(ent)
            words = text.split()
            if len(patronymic.get(lookup_key(text), ())) == 1 and not any(w in _PATRONYMIC_PARTICLES for w in words):
                result[(ent.start, ent.end)] = next(iter(patronymic[lookup_key(text)]))
                continue
            known = full_names.get(skeleton(words[-1])) if self.cluster_in_document else None
            if len(words) == 1 and skeleton(words[0]) in relatives:
                result[(ent.start, ent.end)] = relatives[skeleton(words[0])]
                continue
            if 2 <= len(words) <= 3 and words[0].lower() in _NAME_PARTICLES and known is not None \
                    and known[1].lower().endswith(" " + text.lower()):
                # "Van Aalst" after "Pieter van Aalst", "von der Heide" after "Anke von der Heide": a
                # surname with its particle is the person named in full
                result[(ent.start, ent.end)] = (known[0], known[1], "document")
            elif len(words) == 1 and self.cluster_in_document and skeleton(words[0]) not in full_names \
                    and len(named := next((found for found in (family_first.get(skeleton(words[0])),
                                                               middle.get(skeleton(words[0])),
                                                               given_first.get(skeleton(words[0]))) if found),
                                          [])) == 1:
                # the first kind of full name the bare word belongs to (family name first, family name in
                # the middle, given name first) decides, and only when it names one person
                result[(ent.start, ent.end)] = named[0]
            elif len(words) > 1 and known is not None and len(known[1].split()) > len(words) \
                    and known[1].lower().endswith(" " + text.lower()):
                # "Te Rangi" after "Aroha Te Rangi": the last words of the one full name with that surname
                result[(ent.start, ent.end)] = (known[0], known[1], "document")
            elif len(words) > 1 and self.cluster_in_document and len(opening.get(lookup_key(text), ())) == 1:
                # "Mohd Shukri" after "Mohd Shukri Hamzah": the first words of exactly one longer name, which
                # Malay usage calls a person by, are that person
                result[(ent.start, ent.end)] = next(iter(opening[lookup_key(text)]))
            elif len(words) > 1:
                result[(ent.start, ent.end)] = (slugify(text), text, "new")
            elif self.cluster_in_document and skeleton(words[0]) in full_names:
                actor_id, actor_name, _ = full_names[skeleton(words[0])]
                result[(ent.start, ent.end)] = (actor_id, actor_name, "document")
            else:
                result[(ent.start, ent.end)] = (slugify(text), text, "new")
        return result

    @staticmethod
    def _family_name(ent: Span, unknown: list[Span], person_name: Callable[[Span], str],
                     given: Mapping[str, str]) -> str:
        """The family name a relative named by the given name alone inherits, or "".

        "Tolley's son Ben" is Ben Tolley; "His daughter Tamar" after "Beridze was pruning" is Tamar
        Beridze. Limit: a kinship noun (and an age adjective: "Her younger brother") must stand right
        before the name, after "'s" or "his"/"her"/"their"; the relative is the unknown person whose
        name ends right before "'s", else the nearest unknown person named before whose given name
        (when data/given_names.csv knows it) agrees with "his"/"her" and whose name ends with a surname.
        """
        doc = ent.doc
        i = ent.start - 1
        if len(ent) == 1 and (ent.label_ == "PERSON" or lookup_key(ent.text) in given) and ent.end + 1 < len(doc) \
                and doc[ent.end].lower_ == "and" and ent.text[:1].isupper():
            # ("twins [Daria]GPE and Kateryna Melnyk": a listed given name whatever the model's label; not a
            # place, "Clonbrack and Fiona Munro")
            # (a couple or siblings share the family name written once: "Shalini and Devraj Ramdin")
            pair = next((other for other in unknown if other.start == ent.end + 1 and other.label_ == "PERSON"), None)
            words = person_name(pair).split() if pair is not None else []
            # (not a surname of someone named in full: "Smith and John Jones" after "Anna Smith")
            return words[-1] if len(words) == 2 and not any(
                len(named := person_name(other).split()) > 1 and named[-1] == ent.text for other in unknown) else ""
        if i < 1 or doc[i].lower_ not in _KIN_NOUNS or not ent.text[:1].isupper():
            return ""
        j = i - 1
        while j > 0 and doc[j].lower_ in _KIN_AGES:
            j -= 1
        owner = doc[j]
        if owner.lower_ in {"'s", "’s"}:
            named = [other for other in unknown if other.end == j]
        elif owner.lower_ in {"his", "her", "their"}:
            gender = {"his": "m", "her": "f"}.get(owner.lower_)
            named = [other for other in unknown if other.end <= j and other.label_ == "PERSON"
                     and given.get(lookup_key(person_name(other).split()[0]), gender) in {gender, None}]
            named = named[-1:]
        else:
            return ""
        words = person_name(named[0]).split() if named else []
        if not words or (len(words) == 1 and lookup_key(words[0]) in given):
            return ""
        return words[-1]

    def _is_non_actor(self, text: str) -> bool:
        """Return whether an unknown entity is a known false positive ("Treaty", "State")."""
        return lookup_key(text) in self.index.non_actors

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save: the component reads the curated data files when created."""
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ActorResolver:
        """Reload the curated data (the files may have changed since saving)."""
        self.index = ActorIndex.from_data_dir(self.data_dir)
        return self


def _holds_all_words(span: Span, record: ActorRecord | None, words: set[str], described: dict[str, set[str]]) -> bool:
    """Whether a mention's curated role or name, its surface or its description in the text holds every word."""
    text = _british(" ".join([span.text, record.role, record.name] if record else [span.text]).lower())
    return all(w in described.get(span.kb_id_, set()) or w in text for w in words)


def _after_article(token: Token) -> bool:
    """Whether a word follows "the", or an article and up to two adjectives before a name in apposition ("The local MLA, Devendra Chauhan,")."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ == "the":
        return True
    j = token.i - 1
    while j >= 0 and token.i - j <= 2 and doc[j].pos_ == "ADJ":
        j -= 1
    return j < token.i - 1 and j >= 0 and doc[j].lower_ in {"the", "a", "an", "our", "their", "its", "his", "her"} \
        and token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].ent_type_ == "PERSON"


def _saying_so(pairs: list[tuple[Span, ActorRecord | None]], nouns: set[str],
               described: dict[str, set[str]]) -> list[Span]:
    """The candidate mentions whose curated role or name, surface or description in the text holds one of ``nouns``."""
    return [span for span, record in pairs
            if any((record and n in _british(f"{record.role} {record.name}".lower()))
                   or n in _british(span.text.lower()) or n in described.get(span.kb_id_, ()) for n in nouns)]


def _singular(noun: str) -> str:
    """A plural noun's singular, for looking up a body noun ("agencies" -> "agency", "carriers" -> "carrier")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _ministry_words(token: Token, first: Token) -> tuple[list[Token], int]:
    """The words of a ministry's phrase that may name its kind, and the end of the phrase.

    "the Russian foreign ministry": the words between ``first`` and the noun; "the Ministry of
    Foreign Affairs", "The Ministry of Defence": also the kind words after "of" (the phrase then
    ends after them).
    """
    doc = token.doc
    # (``first`` is an article or "'s" before the words, or the first word: "A Foreign Ministry spokesman")
    skip = not first.is_alpha or first.lower_ in {"the", "this", "that", "a", "an"}
    words = list(doc[first.i + skip:token.i])
    end = token.i + 1
    if token.lower_ == "ministry" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in {"of", "for"}:
        j = token.i + 2
        while j < len(doc) and (doc[j].lower_ in _MINISTRY_KINDS or doc[j].lower_ in _KIND_FILLERS):
            j += 1
        if any(t.lower_ in _MINISTRY_KINDS for t in doc[token.i + 2:j]):
            words += list(doc[token.i + 2:j])
            end = j
    return words, end


#: A clock time opening a live-blog entry ("09:58", "14.30", "4.05pm").
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]m)?", re.IGNORECASE)
#: Dashes a live blog writes between a time stamp and the entry ("08:45 - Mahlangu added"), and continental
#: newsrooms between a quote and its attribution ("„…” – said Kowalik", :mod:`workbench.claims.direct`).
_DASHES = frozenset({"-", "–", "—"})


#: Lowercase particles that begin a surname ("van Aalst", "von der Heide", "de Groot", "da Silva").
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "di", "da", "du", "le", "la", "ter", "ten", "del",
                             "della", "dos", "das", "zu",
                             # Irish and Arabic surname particles ("Mr Ó Floinn" after "Ciarán Ó Floinn")
                             "ó", "ní", "nic", "mac", "ua", "al", "el", "bin",
                             # Malay patronymic particles ("Hamdan bin Yusof", "Nurul Huda binti Abdullah")
                             "binti", "bte",
                             # Welsh patronymic particles ("Rhys ap Dafydd", "Elin ferch Owain")
                             "ap", "ab", "ferch", "verch"})


#: Malay patronymic particles between a given name and the father's name ("Hamdan bin Yusof", "Nurul Huda binti
#: Abdullah"); a bare given name later names the person.
_PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bte"})

#: Nouns of kinship that make a given name after them a relative's ("her son Taras", "Tolley's son Ben").
_KIN_NOUNS = frozenset({"son", "daughter", "brother", "sister", "wife", "husband", "nephew", "niece", "cousin",
                        "grandson", "granddaughter", "stepson", "stepdaughter"})
#: Words of age between the owner and the kinship noun ("her younger brother", "his eldest son").
_KIN_AGES = frozenset({"elder", "younger", "eldest", "youngest", "older", "little", "big", "twin"})
#: Words around a ministry's kind after "of" ("Ministry of Foreign Affairs", "Ministry of National Defence",
#: "Ministry of Foreign and European Affairs", "Ministry of Foreign Affairs and Trade", "Ministry of the Interior").
_KIND_FILLERS = frozenset({"affairs", "national", "and", "european", "trade", "international", "cooperation",
                           "administration", "the"})
#: Words that leave "the ... government" without a country: the government the text is about.
_GENERIC_GOVERNMENT_WORDS = frozenset({"federal", "national", "central"})
#: The ministries a description may name by kind ("the foreign ministry"), spelling -> kind.
_MINISTRY_KINDS = {"foreign": "foreign", "defence": "defence", "defense": "defence", "interior": "interior",
                   "internal": "interior"}


def _ministry_kind(words: Iterable[str]) -> str:
    """The kind of ministry lower-cased words name ("foreign" before "defence"), or ""."""
    kinds = {_MINISTRY_KINDS[word] for word in words if word in _MINISTRY_KINDS}
    return next((kind for kind in ("foreign", "defence", "interior") if kind in kinds), "")


def _opens_paragraph_in_capitals(span: Span) -> bool:
    """Whether a mention is written in capitals at the start of a paragraph ("KYIV (AP) —")."""
    return span.text.isupper() and (span.start == 0 or "\n" in span.doc[span.start - 1].text_with_ws)


def _is_dateline(span: Span) -> bool:
    """Whether a mention is a wire dateline's place: in capitals, opening a paragraph, not an abbreviation ("US")."""
    return _opens_paragraph_in_capitals(span) and len(span.text) > 3


def _dateline_places(by_start: list[Span]) -> list[Span]:
    """The places a wire dateline opening the text names: "LONDON -", or "KINGSTON, Jamaica —" (city and country)."""
    first = by_start[0] if by_start else None
    if first is None or first.start != 0 or not _is_dateline(first):
        return []
    after = by_start[1] if len(by_start) > 1 else None
    if after is not None and after.start == first.end + 1 and first.doc[first.end].text == "," \
            and after.label_ == "GPE" and not after.text.isupper():
        return [first, after]
    return [first]


def _mention_covering(i: int, by_start: list[Span]) -> Span | None:
    """The first mention of ``by_start`` that covers token ``i``, or None."""
    return next((span for span in by_start if span.start <= i < span.end), None)


def _prepositional_mentions(head: Token, prepositions: set[str], by_start: list[Span]) -> Iterable[Span]:
    """The mentions that are the objects of ``head``'s prepositions ("of"/"in" X), in the parse's order."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            for pobj in child.children:
                span = _mention_covering(pobj.i, by_start)
                if span is not None:
                    yield span


def _source_named_short(doc: Doc, ent: Span) -> str:
    """The document's source name when an organisation entity gives only its first words, else "".

    Limit: an organisation of one or two capitalised words (an article aside); the source (a bracketed genre after
    it dropped: "Bezirksbauernkammer Traunviertel-Süd (Rundschreiben)") opens with them and has more words. (The
    caller asks for a German compound naming the body's kind: "Nordkyst News" is its own name in the source
    "Nordkyst News in English".)
    """
    source = _source_without_genre(doc)
    named = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
    if ent.label_ != "ORG" or not source or not 1 <= len(named) <= 2 or not all(t.is_title for t in named):
        return ""
    words, own = source.split(), named.text.split()
    return source if len(words) > len(own) and words[:len(own)] == own else ""


def _source_named_last(doc: Doc, ent: Span) -> str:
    """The document's source name when an entity after "the" gives only its last words ("the Ledger"), else "".

    Limit: one or two capitalised words after "the" (in the entity or just before it), the source (a bracketed
    genre and an opening "The" dropped) closing with them and having more words; the last part of a hyphenated
    source counts as a word ("the Anzeiger" of "Rheinufer-Anzeiger").
    """
    named = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
    after_the = named is not ent or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    if ent.label_ not in {"ORG", "PERSON", "WORK_OF_ART"} or not after_the \
            or not 1 <= len(named) <= 2 or not all(t.is_title and t.is_alpha for t in named):
        return ""
    words, own = _source_words(doc), named.text.split()
    # (the words must open the name's own part: not "Bezirkshauptmannschaft Hochwechsel" of the bulletin
    # "Amtliche Mitteilungen der Bezirkshauptmannschaft Hochwechsel", a body of its own)
    return _source_name(doc) if len(words) > len(own) and words[-len(own):] == own \
        and words[-len(own) - 1][:1].isupper() else ""


def _bodies_by_their_last_words(doc: Doc, resolved: list[tuple[Span, str, str, str]],
                                kinds: Mapping[str, str]) -> None:
    """Resolve "the Guild" to the one body named before whose name closes with it ("the Carriacou Boatbuilders' Guild").

    English text names a body again by the last words of its name: "the Salem Grove Church Council ... The
    Council", "the Pacific Islands Forum ... A Forum official". Limit: an organisation the resolver made a new
    actor (or left pending as a possible surname no person of the text bears), of one or two capitalised words
    (an article aside), one word only when ``kinds`` (data/role_nouns.csv)
    calls it a body's kind (not a place: "Holmswarft" of "Kattegat Gymnasium Holmswarft"; not a government's
    noun, which the text's country resolves: "the Government" after "the Scottish Government"); one
    organisation named before it (listed or new), of more words, closes with them. Changes ``resolved`` in place.
    """
    bodies: list[tuple[int, tuple[str, ...], str, str]] = []  # (start, words, id, name) of named bodies
    person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    for k, (span, actor_id, name, how) in enumerate(resolved):
        if span.label_ != "ORG" or not (actor_id or how == "pending" and span.text not in person_words):
            continue  # (a one-word organisation is pending as a possible surname, unless no person bears it)
        named = span[1:] if span[0].lower_ in {"the", "a", "an"} else span
        words = tuple(t.text for t in named)
        if how in {"new", "pending"} and 1 <= len(named) <= 2 and all(t.is_title and t.is_alpha for t in named) \
                and (len(named) == 2 or kinds.get(named[0].lower_, "person") not in {"person", "government"}):
            matches = {(body_id, body_name) for start, body_words, body_id, body_name in bodies
                       if start < span.start and len(body_words) > len(words) and body_words[-len(words):] == words
                       and body_id != actor_id}
            if len(matches) == 1:
                resolved[k] = (span, *next(iter(matches)), "document")
                continue
        if actor_id:
            bodies.append((span.start, words, actor_id, name))


def _source_without_genre(doc: Doc) -> str:
    """The document's source, a bracketed genre after it dropped ("Bezirksbauernkammer X (Rundschreiben)")."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", (doc._.source or "").strip())


def _source_name(doc: Doc) -> str:
    """The document's source as a publisher's name: a bracketed genre and an opening "The" dropped."""
    return re.sub(r"^[Tt]he\s+", "", _source_without_genre(doc))


def _source_words(doc: Doc) -> list[str]:
    """The words of :func:`_source_name`, a hyphenated compound split ("Rheinufer-Anzeiger" -> two words)."""
    return [w for w in re.split(r"[\s-]+", _source_name(doc)) if w]


def _heading_place(token: Token, by_start: list[Span]) -> Span | None:
    """The mention that is alone on the line heading ``token``'s paragraph (after a blank line): "Mbabane", or None."""
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    while start > 1 and text[start - 2] != "\n":  # (back to the paragraph's first line)
        start = text.rfind("\n", 0, start - 1) + 1
    end = start - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    if start == 0 or end == start - 1 or end <= 0:
        return None  # (the text's first paragraph, or no blank line before the paragraph)
    line_start = text.rfind("\n", 0, end) + 1
    line = text[line_start:end].strip()
    return next((span for span in by_start if line_start <= span.start_char and span.end_char <= end
                 and span.text == line), None)


def _place_in_sentence(token: Token, first: Token, by_start: list[Span], *, opening: bool) -> Span | None:
    """The mention after "in" in ``token``'s sentence before the phrase starting at ``first`` ("In Kiev, the ministry").

    With ``opening``, only a place whose "in" opens the sentence counts; else an "in" that places
    a noun ("New Zealanders in Ukraine should leave, the ministry says") does not.
    """
    return next((s for s in by_start if token.sent.start <= s.start < first.i and s.root.dep_ == "pobj"
                 and s.root.head.lower_ == "in" and (s.root.head.i == token.sent.start if opening
                                                      else s.root.head.head.pos_ not in {"NOUN", "PROPN", "PRON"})),
                None)


def _british(text: str) -> str:
    """Fold American spellings (-ization, -izing, defense) to British so "the organisation" finds "Organization for..."."""
    return text.replace("ization", "isation").replace("izing", "ising").replace("defense", "defence")


def _person_nouns(index: ActorIndex, directory: str | None) -> set[str]:
    """Nouns that describe a person: person role nouns and the cue list's ROLE/OFFICIAL rows."""
    nouns = {noun for noun, actor_type in index.role_nouns.items() if actor_type == "person"}
    folder = Path(directory) if directory else data_dir()
    if (folder / "cues.csv").exists():
        cues = load_table("cues.csv", directory=folder)
        nouns |= {str(c).lower() for c, pos in zip(cues["cue"], cues["pos"]) if pos in {"ROLE", "OFFICIAL"}}
    return nouns


def _name_after_apostrophe(ent: Span, bodies: Collection[str], limit: int) -> int:
    """End of an organisation's name the model cut at a plural possessive: "German Bishops" + "' Conference".

    Limit: an ORG ending in a plural word, the bare apostrophe right after it, and one to three
    capitalised words before ``limit``, ending at a body noun of role_nouns.csv or the last of them.
    """
    doc = ent.doc
    end = ent.end
    if ent.label_ != "ORG" or end + 1 >= limit or doc[end].text not in {"'", "’"} or not ent[-1].lower_.endswith("s"):
        return ent.end
    end += 1
    start = end
    while end < min(limit, start + 3) and doc[end].is_title and doc[end].pos_ in {"NOUN", "PROPN"}:
        end += 1
        if doc[end - 1].lower_ in bodies:
            break
    return end if end > start else ent.end


def _ends_office(doc: Doc, last: int, titles: Iterable[str]) -> bool:
    """Whether token ``last`` ends an office written out with "of"/"for" ("Minister of the Interior", "Secretary for Trade").

    Limit: the title (data/titles.csv) must stand at most four words before, with only "of",
    "for", "the" and capitalised words between.
    """
    for i in range(last - 1, max(-1, last - 5), -1):
        word = doc[i]
        if lookup_key(word.text) in titles and any(doc[j].lower_ in {"of", "for"} for j in range(i + 1, last)):
            return True
        if not (word.lower_ in {"of", "for", "the"} or (word.text[:1].isupper() and word.is_alpha)):
            return False
    return False


#: "(the) <body> of (the) <place>": a body named for its state the other way round ("Foreign Ministry of Russia").
_BODY_OF_PLACE = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _quoted_tokens(doc: Doc) -> set[int]:
    """The indices of the tokens inside quote marks (paired by :func:`workbench.claims.quotes.find_quotes`)."""
    # (imported here: the claims package imports this module)
    from workbench.claims.quotes import find_quotes

    quoted: set[int] = set()
    for opening, closing in find_quotes(doc.text):
        span = doc.char_span(opening + 1, closing, alignment_mode="contract")
        if span is not None:
            quoted.update(range(span.start, span.end))
    return quoted


def _span_start(span: Span) -> int:
    """The sort key of a span by its first token (for :func:`bisect.insort` into spans kept in text order)."""
    return span.start


def _replace_entities(doc: Doc, ents: list[Span]) -> bool:
    """Set ``ents`` as the entities of ``doc`` when they differ from the current ones; whether they did."""
    if len(ents) == len(doc.ents) and all(a is b for a, b in zip(ents, doc.ents)):
        return False
    doc.ents = ents
    return True


#: Names of months and weekdays, which open real dates ("March, 2022").
_CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _put_entities(doc: Doc, spans: list[Span]) -> None:
    """Set ``spans`` as entities of ``doc``, dropping the entities they overlap."""
    if not spans:
        return
    covered = {t for span in spans for t in range(span.start, span.end)}
    kept = [ent for ent in doc.ents if not any(t in covered for t in range(ent.start, ent.end))]
    doc.ents = sorted([*kept, *spans], key=lambda span: span.start)


def _subject_or_source(span: Span) -> bool:
    """Whether a place is a clause's subject ("Kiel rejected", "Munich and Dresden urged") or a source ("according to Kiel").

    Why: a Land capital is a place far more often than its government in regional news ("the
    member from Kiel", "between Kiel and the Baltic states", "Good morning from Munich"), so it
    stands for the Land government only where it acts in the clear.
    """
    root = _first_conjunct(span)
    return root.dep_ in {"nsubj", "nsubjpass"} or _after_according_to(root)


def _first_conjunct(span: Span) -> Token:
    """The root of a mention, or of the first conjunct it is joined to: "Berlin and Paris urged" shares one role."""
    root: Token = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root


def _after_according_to(root: Token) -> bool:
    """Whether a mention's root is the object of "according to" ("according to Kyiv")."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.doc[head.i - 1].lower_ == "according"


def _clause_mates(subject: Token, other: Token) -> bool:
    """Whether ``subject`` is the subject of the verb that governs ``other`` (directly or through a preposition)."""
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    governor = other.head if other.dep_ != "pobj" else other.head.head
    return subject.head == governor and other.i > subject.i


def _told_opposite(person: Token) -> bool:
    """Whether a name is the one spoken to: "said opposite Rundfunk Oderland" (German "gegenüber"), "told the Rundschau".

    (A person told something is named without an article; "the" before a told name makes it an outlet.)
    """
    return (person.dep_ == "pobj" and person.head.lower_ == "opposite") or (
        person.dep_ in {"dobj", "dative"} and (person.head.lemma_ or "").lower() == "tell"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in person.children))


def _asking_agent(person: Token, description: Token) -> bool:
    """Whether ``person`` asks the question the description's subject answers.

    "Asked by MP Bradley Kuhn whether ..., the former commander said": the agent of a participle
    clause on the same verb is someone else than its subject.
    """
    agent = person.head if person.dep_ == "pobj" else None
    if agent is None or agent.dep_ != "agent" or description.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    participle = agent.head
    return participle.dep_ == "advcl" and participle.tag_ == "VBN" and participle.head == description.head


#: An age description's number: "63-year-old" (after "the").
_AGE = re.compile(r"(\d+)[- ]year[- ]old\b", re.IGNORECASE)


def _is_age_description(token: Token) -> bool:
    """Return whether ``token`` ends an age description ("46-year-old", "54-year-old")."""
    return token.lower_ == "old" and token.i >= 2 and token.doc[token.i - 2].lower_ == "year"


def _display_name(text: str, *, original: str | None = None) -> str:
    """Return a tidy display form: original casing, no leading "the", no possessive."""
    source = original if original is not None else text
    key = lookup_key(text)
    words = source.replace("’", "'").split()
    # Why: keep the writer's capitalisation for the words that survive normalisation (a title
    # before them, "Foreign Minister Lavrov", or an office after them, "Aoife Brennan TD").
    size = len(key.split())
    tail = words[len(words) - size:] if key else words
    for start in range(len(words) - size + 1) if key else ():
        if lookup_key(" ".join(words[start:start + size])) == key:
            tail = words[start:start + size]
            break
    cleaned = " ".join(tail)
    for suffix in ("'s", "'"):
        cleaned = cleaned.removesuffix(suffix)
    return cleaned.strip() or text.strip()


if not Span.has_extension("resolution"):
    Span.set_extension("resolution", default="")


def canonical_names_across_documents(mentions: pd.DataFrame, index: ActorIndex | None = None) -> dict[str, str]:
    """Choose one name for each unknown actor whose spellings vary across documents.

    Unknown actors (id not in the gazetteer) whose names share a transliteration skeleton
    ("Hanna Keller", "Hanna Kéller"; "Oleksiy Danilov", "Aleksei Danilow") are one actor; its
    name is the most frequent spelling (ties: the alphabetically first).

    Args:
        mentions: The mentions table (columns of the contract).
        index: The curated actor index (defaults to the data directory's).

    Returns:
        ``skeleton -> canonical name``; apply it with :func:`workbench.names.skeleton` and
        derive ids with :func:`workbench.names.slugify`.
    """
    index = index or ActorIndex.from_data_dir()
    if mentions.empty:
        return {}
    unknown = mentions["actor_id"].ne("") & ~mentions["actor_id"].isin(index.actors)
    names = mentions.loc[unknown, "actor_name"]
    if names.empty:
        return {}
    counts = pd.DataFrame({"key": names.map(skeleton), "name": names}).value_counts().reset_index(name="n")
    counts = counts.sort_values(["key", "n", "name"], ascending=[True, False, True], kind="stable")
    canonical = dict(zip(counts.drop_duplicates("key")["key"], counts.drop_duplicates("key")["name"]))
    # Why: a bare surname in one document ("Dudarev") and the full name in another ("Pavel
    # Dudarev") are one person when exactly one unknown full name ends with that surname.
    people = mentions.loc[unknown & mentions.get("actor_type", pd.Series("", index=mentions.index)).eq("person"),
                          "actor_name"]
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for name in set(people):
        if len(name.split()) > 1:
            full_by_surname[skeleton(name.split()[-1])].add(canonical.get(skeleton(name), name))
    for key, name in list(canonical.items()):
        # (a hyphenated surname is one word too: "Quintal-Hatch" in one document, "Nerida Quintal-Hatch" in another)
        if (" " not in key or len(name.split()) == 1) and len(full_by_surname.get(key, ())) == 1:
            canonical[key] = next(iter(full_by_surname[key]))
    return canonical
