"""Normalise names: lookup keys, transliteration skeletons and stable slug ids.

These are pure string functions shared by the actor resolver (within a document) and the
cross-document linker (across documents).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_APOSTROPHES = "'’`´"
_LEADING_ARTICLE = re.compile(r"^(the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "‐": "-"})

# Transliteration rules, applied in order to an ASCII-folded lowercase name. They map the
# German, French and English renderings of Cyrillic names onto one skeleton (Sacharowa,
# Sakharova, Zakharova -> sahar.. ; Lawrow, Lavrov -> lavrov; Selenskyj, Zelenskyy -> selenski).
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),  # German Tsch = English ch
    ("sch", "sh"),  # German sch = English sh
    ("kh", "h"),  # Kh / Ch / H all render Cyrillic Х
    ("ch", "h"),
    ("zh", "j"),  # Zh (English) = J (French) = Sch (German, handled above)
    ("w", "v"),  # German w = English v
    ("z", "s"),  # German s = English z (Sacharowa / Zakharova)
    ("g", "h"),  # Ukrainian h = Russian g (Luhansk / Lugansk)
    ("j", "i"),  # German j = English y (Sergej / Sergey)
    ("y", "i"),
    ("ie", "e"),  # Dmitriev / Dmitrijew endings
    ("ei", "e"),  # Sergei / Sergey -> serge(i)
    ("ey", "e"),
)
_DOUBLE_LETTERS = re.compile(r"([a-z])\1+")


#: Letters Unicode does not decompose into a base letter and an accent, with their usual
#: transliteration ("Stanisław" -> "Stanislaw", "Søren" -> "Soren", "Straße" -> "Strasse").
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
                                 "Ð": "D", "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                                 "ß": "ss", "þ": "th", "Þ": "Th"})


@lru_cache(maxsize=1 << 16)  # called for every token and entity of every document, on few distinct strings
def fold_accents(text: str) -> str:
    """Return ``text`` with accents removed (``Élysée`` -> ``Elysee``, ``Łódź`` -> ``Lodz``).

    Limit: Latin script only; Cyrillic and Greek letters are kept as they are.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)  # the same names and words are looked up many times per document
def lookup_key(text: str) -> str:
    """Return the key under which an alias is looked up.

    Case, accents, dashes, a leading "the", a trailing possessive and repeated spaces do not
    matter: ``"the Kremlin's"`` and ``"Kremlin"`` share a key.
    """
    text = fold_accents(text).translate(_DASHES).strip()
    text = _LEADING_ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = text.replace("’", "'")
    return _SPACES.sub(" ", text).strip().lower()


def skeleton(text: str) -> str:
    """Return a transliteration-insensitive skeleton of a name.

    Limit: built for Latin renderings of Russian and Ukrainian names; it may merge unrelated
    names that differ only in the letters it folds (e.g. ``Gordon``/``Hordon``).
    """
    key = lookup_key(text)
    key = "".join(ch for ch in key if ch not in _APOSTROPHES)
    for source, target in _SKELETON_RULES:
        key = key.replace(source, target)
    key = _DOUBLE_LETTERS.sub(r"\1", key)
    return _SPACES.sub(" ", re.sub(r"[^a-z0-9 ]", " ", key)).strip()


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug usable as an id (``"Hanna Keller"`` -> ``"hanna_keller"``)."""
    # Why: "European People's Party" -> european_peoples_party, not european_people_s_party.
    key = lookup_key(text).replace("'", "").replace("’", "")
    slug = _NON_WORD.sub("_", fold_accents(key).lower()).strip("_")
    return slug or "unnamed"


#: Words glued together, as outlets' short names are ("NordWelle", "SaarWelle"; not "McDonald", "MacArthur").
_GLUED_WORDS = re.compile(r"[a-z]{3}[A-Z]")


def outlet_shaped(word: str) -> bool:
    """Whether one word looks like an outlet's short name: a digit, all capitals, or glued words.

    "Bayernwelle24", "ABENDBLITZ", "NordWelle" (translated German leaves an outlet told after the
    speaker with no article). Limit: the shape only; a word with a space is never one.
    """
    return " " not in word and (any(c.isdigit() for c in word) or word.isupper()
                                or _GLUED_WORDS.search(word) is not None)


class NameGenders:
    """The gender a personal name or an honorific makes clear, from curated data files.

    Reads ``given_names.csv`` (given name -> f/m), ``surname_endings.csv`` (a surname ending that
    marks gender, such as Polish "-ska" or Lithuanian "-ienė") and the ``gender`` column of
    ``titles.csv`` (Mrs, Herr, spokeswoman). Used to keep a "she" from being resolved to a man.

    Limit: a name the files do not know, or a unisex name left out of them, has no gender
    (``""``); the gender of a person is never guessed beyond these lists.

    Example:
        >>> genders = NameGenders(given={"maria": "f"}, endings=[], titles={"mrs": "f"})
        >>> genders.of("Maria Zakharova"), genders.of("Wright", title="Mrs"), genders.of("Lavrov")
        ('f', 'f', '')
    """

    def __init__(self, *, given: dict[str, str], endings: list[tuple[str, str, int]],
                 titles: dict[str, str], title_roles: dict[str, set[str]] | None = None,
                 honorifics: Iterable[str] = ()) -> None:
        self.given = {lookup_key(k): v for k, v in given.items()}
        # longest ending first, so "-skiy" is tried before "-y" would be
        self.endings = sorted(((fold_accents(e).lower().lstrip("-"), g, n) for e, g, n in endings),
                              key=lambda item: -len(item[0]))
        self.titles = {lookup_key(k): v for k, v in titles.items()}
        # (title_roles.csv: the role nouns a title stands for, "Sen." -> senator, so "the senator" finds "Sen. X")
        self.title_roles = {lookup_key(k): frozenset(v) for k, v in (title_roles or {}).items()}
        # (the titles whose source calls them honorifics, "Mr", "Hon.", "Sheikh": a courtesy before a person's
        # full name, never before another title; office titles such as "Chairman" may stand before one)
        self.honorifics = frozenset(lookup_key(k) for k in honorifics)

    def roles_of(self, title: str) -> frozenset[str]:
        """The role nouns a title before a name stands for ("Rep." -> congressman, congresswoman ...), if any."""
        return self.title_roles.get(lookup_key(title), frozenset())

    def of(self, name: str, *, title: str = "") -> str:
        """Return ``"f"``, ``"m"`` or ``""`` for a name ("Maria Zakharova"), with an optional title before it."""
        gender = self.titles.get(lookup_key(title), "") if title else ""
        if gender:
            return gender
        words = [w for w in name.replace("’", "'").split() if w]
        stripped = True
        while stripped and len(words) > 1:
            # "Mrs Olena Wright": the honorific decides; an office title ("Foreign Minister") is skipped
            stripped = False
            for size in (3, 2, 1):
                key = lookup_key(" ".join(words[:size]))
                if size < len(words) and key in self.titles:
                    if self.titles[key]:
                        return self.titles[key]
                    words, stripped = words[size:], True
                    break
        if not words:
            return ""
        if len(words) >= 2:
            # the first of several words is a given name ("Maria Zakharova"); hyphenated ones by their first part
            first = lookup_key(words[0].split("-")[0])
            if first in self.given:
                return self.given[first]
        surname = fold_accents(words[-1]).lower().strip(".,'")
        for ending, gender, min_length in self.endings:
            if len(surname) >= max(min_length, len(ending) + 2) and surname.endswith(ending):
                return gender
        return ""


_NAME_GENDERS: dict[str, NameGenders] = {}
_NAME_GENDERS_BY_ARGUMENT: dict[tuple[str | None, str | None], NameGenders] = {}


def load_name_genders(directory: str | None = None) -> NameGenders:
    """Return the :class:`NameGenders` of a data folder (default ``data/``), read once per folder.

    A missing file leaves that part empty (logged), so extraction never stops for it.
    """
    import logging
    import os

    # (asked for on every pronoun: the folder of an argument and override is worked out once)
    argument = (directory, os.environ.get("WORKBENCH_DATA_DIR"))
    if argument in _NAME_GENDERS_BY_ARGUMENT:
        return _NAME_GENDERS_BY_ARGUMENT[argument]
    from workbench.resources import data_dir, load_table

    folder = str(directory or data_dir())
    if folder in _NAME_GENDERS:
        _NAME_GENDERS_BY_ARGUMENT[argument] = _NAME_GENDERS[folder]
        return _NAME_GENDERS[folder]
    tables = {}
    for name in ("given_names.csv", "surname_endings.csv", "titles.csv", "title_roles.csv"):
        try:
            tables[name] = load_table(name, directory=folder)
        except Exception as error:  # noqa: BLE001  (gender agreement is an aid, not a requirement)
            logging.getLogger(__name__).warning("names: %s; pronoun gender agreement works without it", error)
            tables[name] = None
    given = {} if tables["given_names.csv"] is None else dict(
        zip(tables["given_names.csv"]["name"], tables["given_names.csv"]["gender"]))
    endings = [] if tables["surname_endings.csv"] is None else [
        (r["ending"], r["gender"], int(r.get("min_length") or 0)) for r in tables["surname_endings.csv"].to_dict("records")]
    titles_table = tables["titles.csv"]
    titles = {} if titles_table is None else dict(
        zip(titles_table["title"], titles_table["gender"] if "gender" in titles_table else [""] * len(titles_table)))
    title_roles: dict[str, set[str]] = {}
    for row in [] if tables["title_roles.csv"] is None else tables["title_roles.csv"].to_dict("records"):
        if row["title"] and row["role"]:
            title_roles.setdefault(row["title"], set()).add(row["role"].lower())
    honorifics = [] if titles_table is None or "source" not in titles_table else [
        title for title, source in zip(titles_table["title"], titles_table["source"])
        if "honorific" in str(source).lower()]
    _NAME_GENDERS[folder] = NameGenders(given=given, endings=endings, titles=titles, title_roles=title_roles,
                                        honorifics=honorifics)
    return _NAME_GENDERS[folder]


#: Role nouns that say a woman or a man holds them, beyond "-woman"/"-man".
_FEMALE_ROLES = frozenset({"mother", "daughter", "sister", "wife", "grandmother", "widow", "actress"})
_MALE_ROLES = frozenset({"father", "son", "brother", "husband", "grandfather", "widower"})


def role_gender(noun: str) -> str:
    """"f"/"m" for a role noun that says its holder's gender ("the mother of two", "the spokeswoman"), else "".

    Limit: "-man" compounds ("spokesman", "chairman") are also used of women and say nothing;
    "man" itself does.
    """
    noun = noun.lower()
    if noun.endswith("woman") or noun in _FEMALE_ROLES:
        return "f"
    if load_name_genders().titles.get(lookup_key(noun)) == "f":
        return "f"  # a woman's office title of data/titles.csv: "the Landesrätin", "the Pastorin"
    if noun == "man" or noun in _MALE_ROLES:
        return "m"
    return ""
