"""Normalise names: lookup keys, transliteration skeletons and stable slug ids.

These are pure string functions shared by the actor resolver (within a document) and the
cross-document linker (across documents).
"""
from __future__ import annotations

import re
import unicodedata

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


def fold_accents(text: str) -> str:
    """Return ``text`` with accents removed (``Élysée`` -> ``Elysee``); other letters kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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
