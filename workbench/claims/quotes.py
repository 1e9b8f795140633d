"""Quote marks: pairing them in the text, mapping them to tokens, and paragraphs."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

#: Opening mark -> closing marks it pairs with (English, German „…“, French «…», Swiss »…«).
OPEN_TO_CLOSE = {'"': '"', "“": "”“", "„": "“”", "«": "»", "»": "«", "”": "”"}


_QUOTE_RE = re.compile("[\"“”„«»]")
_SENTENCE_END = set(".!?…")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Pair top-level quote marks; returns (open, close) character offsets of the marks, sorted.

    Limit: single quotes ('…', ‘…’) count only outside double quotes and only when the opening
    mark starts a word and the closing mark ends one, so apostrophes ("Russia's", "'90s" aside)
    are not taken for quotes; a plural possessive ("the leaders' summit") inside a single-quoted
    passage ends it only when no later mark in its paragraph can. A quote nested in another stays inside it (the outer speaker is the
    claimant). A mark left open at the end of its paragraph is closed there when it opened a
    sentence (see :func:`_unclosed_end`), else dropped, so odd counts never spread further.
    """
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    pairs = _double_quotes(text, breaks)
    pairs += _single_quotes(text, breaks, pairs)
    pairs += _dash_quotes(text, breaks, pairs)
    return sorted(pairs)


def _paragraph_end(text: str, position: int, breaks: list[int]) -> int:
    """Offset of the first paragraph break after ``position`` (or the text length)."""
    return next((b for b in breaks if b > position), len(text))


def _unclosed_end(text: str, position: int, breaks: list[int]) -> int | None:
    """Where a quote left open at its paragraph end stops, or ``None`` to drop it.

    Only a quote that opens a sentence is kept: news style leaves the last paragraph of a
    multi-paragraph quote open and reopens the next one, and typos drop a closing mark; a mark
    opened mid-sentence is more likely a stray. The quote runs to the paragraph end when the next
    paragraph reopens a quote (the multi-paragraph convention), else to the end of its first
    sentence, so a lost mark never swallows a following attribution.
    """
    before = text[:position].rstrip()
    if before and before[-1] not in ".!?…:\n" and not before.endswith(("\"", "”", "»", "“")):
        return None
    end = _paragraph_end(text, position, breaks)
    rest = text[end:].lstrip()
    if not rest or rest[0] not in "\"“„«»‘'":
        sentence_end = re.search(r"[.!?…](?=\s|$)", text[position:end])
        if sentence_end is not None:
            end = position + sentence_end.end()
    last = text[position:end].rstrip()
    if len(last) < 2:
        return None
    return position + len(last) - 1


def _double_quotes(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    """Pair the double quote marks ("…", “…”, „…“, «…», »…«) of a text."""
    pairs: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    start = 0  # where the open quote began (before any paragraph that reopened it)
    for match in _QUOTE_RE.finditer(text):
        position, mark = match.start(), match.group()
        crossed = [b for b in breaks if opened is not None and opened[0] < b < position]
        if len(crossed) == 1 and mark in OPEN_TO_CLOSE and not text[crossed[-1]:position].strip() \
                and _unclosed_end(text, opened[0], breaks) is not None:
            # a paragraph that reopens a quote left open continues it: one multi-paragraph quote
            opened = (position, opened[1])
            continue
        if crossed:
            # an unclosed quote does not run past its paragraph
            close = _unclosed_end(text, opened[0], breaks)
            if close is not None:
                pairs.append((start, close))
            opened = None
        if opened is not None and mark == '"' == opened[1] and _looks_opening(text, position) \
                and _sentence_ended_between(text, opened[0], position):
            # a straight mark glued to the next word after a finished sentence opens a new quote:
            # the earlier one lost its closing mark, so it is dropped rather than swallow the
            # attribution between them ("Moscow has ..., he said. "The drafts ...")
            opened, start = (position, mark), position
            continue
        if opened is not None and (mark in OPEN_TO_CLOSE[opened[1]] or (
                # machine translation types "„…"": a straight mark that ends a word closes a low-9 quote
                mark == '"' and opened[1] == "„" and not _looks_opening(text, position))):
            pairs.append((start, position))
            opened = None
        elif mark in OPEN_TO_CLOSE:
            opened, start = (position, mark), position
    if opened is not None:
        close = _unclosed_end(text, opened[0], breaks)
        if close is not None:
            pairs.append((start, close))
    return pairs


_SINGLE_RE = re.compile("['‘’]")


def _single_quotes(text: str, breaks: list[int], outer: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair single quote marks outside the double-quoted passages ``outer``.

    An opening mark has a space, an opening bracket or dash (or nothing) before it and a letter
    or digit after it; a closing mark has a non-space before it and no letter after it, so the
    apostrophes of "day's" and "Petrenko’s" never pair.
    """
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    first = 0  # where the open quote began (before any paragraph that reopened it)
    for match in _SINGLE_RE.finditer(text):
        position, mark = match.start(), match.group()
        if any(start <= position <= end for start, end in outer):
            continue  # nested in a double quote: part of that quote
        before = text[position - 1] if position > 0 else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        crossed = [b for b in breaks if opened is not None and opened < b < position]
        if len(crossed) == 1 and _opens_single(mark, before, after) and not text[crossed[0]:position].strip() \
                and _unclosed_end(text, opened, breaks) is not None:
            # "'That history is why …¶'When people here …'": a paragraph that reopens a quote left open at the end of
            # a finished sentence continues it (the multi-paragraph convention of double quotes, too)
            opened = position
            continue
        if crossed:
            opened = None  # else a single quote never runs past its paragraph
        if opened is not None and _closes_single(mark, before, after):
            if _plural_possessive(text, position, breaks):
                continue  # "'We'll keep the grown-ups' arguments out of it,' she said": an apostrophe
            pairs.append((first, position))
            opened = None
        elif _opens_single(mark, before, after):
            opened = first = position
    return pairs


def _plural_possessive(text: str, position: int, breaks: list[int]) -> bool:
    """Whether the mark at ``position`` in an open single quote is a plural possessive ("the grown-ups' arguments").

    Limit: an "s" before it, a space and a lower-case word after it, and a later mark in the same
    paragraph that can close the quote, with no mark that could open another quote between.
    """
    if position < 1 or text[position - 1] != "s" or not re.match(r" [a-z]", text[position + 1:position + 3]):
        return False
    end = _paragraph_end(text, position, breaks)
    for later in _SINGLE_RE.finditer(text, position + 1, end):
        before, after = text[later.start() - 1], text[later.start() + 1:later.start() + 2] or " "
        if _opens_single(later.group(), before, after):
            return False  # another quote opens first: the mark closed this one
        if _closes_single(later.group(), before, after):
            return True
    return False


def _opens_single(mark: str, before: str, after: str) -> bool:
    """Whether a single mark opens a quote: a space, bracket, dash or double quote before it, a letter or digit after."""
    return mark in "'‘" and (before.isspace() or before in "([—–-\"") and after.isalnum()


def _closes_single(mark: str, before: str, after: str) -> bool:
    """Whether a single mark can close a quote: no space before it, no letter or digit after it."""
    return mark in "'’" and not before.isspace() and not after.isalnum()


#: A dash that opens a quote: at a paragraph start or after a sentence end ("… today. – We are …").
_DASH_OPEN_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?…] ))[ \t]*([–—])[ \t]+(?=[^\W\d_])")
#: A dash that closes a dash quote: a space, the dash, a space and a lower-case word of the attribution.
_DASH_CLOSE_RE = re.compile(r"(?<=\S) ([–—]) (?=[a-zäöüßąćęłńóśźżăâîșțáéíőúű])")


def _dash_quotes(text: str, breaks: list[int], outer: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair the dashes of a dash-marked quote ("– We are not building a wall – said the minister.").

    Polish, Romanian, Hungarian, Slovak and Swedish news mark direct speech with dashes, and
    machine translation keeps them. Limit: the opening dash must start a paragraph or a sentence
    and the closing dash (in the same paragraph, after no sentence break that is followed by
    another dash) must be followed by a lower-case word, the attribution ("– said X", "– so
    assessed X", "– she said"); a dash quote with no attribution after it is left unquoted, and so
    is a dash inside a quote already paired.
    """
    pairs: list[tuple[int, int]] = []
    for match in _DASH_OPEN_RE.finditer(text):
        open_at = match.start(1)
        if any(start <= open_at <= end for start, end in outer):
            continue  # a dash inside a quote belongs to that quote
        end = _paragraph_end(text, open_at, breaks)
        line_end = text.find("\n", open_at)
        end = min(end, line_end) if line_end >= 0 else end  # a dash quote never runs past its line
        close = _DASH_CLOSE_RE.search(text, open_at + 1, end)
        if close is None or any(open_at < start < close.start(1) for start, _ in outer):
            continue  # no attribution after it, or another quote opened inside: not a dash quote
        pairs.append((open_at, close.start(1)))
    return pairs


def _looks_opening(text: str, position: int) -> bool:
    """A straight quote mark with a space (or nothing) before it and a word character after it."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return before.isspace() and after.isalnum()


def _sentence_ended_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a sentence end followed by a space (". ", "? ")."""
    return re.search(r"[.!?…] ", text[start:end]) is not None


def _token_maps(doc: Doc, quotes: list[tuple[int, int]]) -> tuple[list[int], list[int], list[Span | None]]:
    """Token index -> quote number (or -1), sentence index and covering entity (or ``None``)."""
    in_quote = [-1] * len(doc)
    for number, (open_i, close_i) in enumerate(quotes):
        for i in range(open_i, close_i + 1):
            in_quote[i] = number
    sent_of = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for index, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = index
    ent_of: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ent_of[i] = ent
    return in_quote, sent_of, ent_of


def _quote_tokens(doc: Doc, char_pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token indices of the quote marks paired by :func:`find_quotes`; a pair no token holds is dropped."""
    pairs = []
    for open_char, close_char in char_pairs:
        opening = doc.char_span(open_char, open_char + 1, alignment_mode="expand")
        closing = doc.char_span(close_char, close_char + 1, alignment_mode="expand")
        if opening is None or closing is None or closing.end - 1 <= opening.start:
            continue
        pairs.append((opening.start, closing.end - 1))
    return pairs


def _paragraph_map(doc: Doc) -> list[int]:
    """Token index -> paragraph number (paragraphs are separated by a blank line)."""
    paragraph_of = [0] * len(doc)
    if not len(doc):
        return paragraph_of
    # (only whitespace tokens can break a paragraph: find them in the attribute array, not token by token)
    spaces = doc.to_array("IS_SPACE")
    breaks = [i for i in spaces.nonzero()[0].tolist() if doc[i].text.count("\n") >= 2]
    number, previous = 0, 0
    for i in breaks:
        paragraph_of[previous:i] = [number] * (i - previous)
        number += 1
        previous = i
    paragraph_of[previous:] = [number] * (len(doc) - previous)
    return paragraph_of
