"""Paragraph-aware sentence boundaries: a line break in a news text usually ends a sentence.

The statistical parser of the small English pipeline runs a headline, a dateline line, a
live-blog time stamp or a bullet point into the sentence that follows it ("7.12 From our
correspondent in Kiev\\n\\nOur correspondent Mikkel Sand said ..."), and then a speaker phrase
or a claim reaches across paragraphs. ``workbench_paragraphs`` runs before the parser and marks
the first token after a paragraph break as a sentence start; the parser respects marks set
before it.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("workbench_paragraphs")
    >>> [t.is_sent_start for t in nlp("Key points\\n\\nMoscow said no")][2:4]
    [False, True]
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

#: Characters that open a list item ("- Kyiv warned ...").
_BULLETS = {"-", "–", "—", "•", "*", "·", "‣"}
#: Line endings after which a single line break ends a sentence (the line ended one).
_CLOSING = re.compile(r"""[.!?:;"”’»)\]]$""")
#: Finite verb tags: a line with one is a sentence, not a heading.
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
#: Parts of speech a line cannot end with if the sentence ends there.
_CONTINUING = {"ADP", "CCONJ", "SCONJ", "DET", "PART", "AUX", "PRON"}
#: A line this short (in tokens) that ends without punctuation is a heading, a time stamp or a byline.
_HEADING_TOKENS = 12


def _breaks_before(doc: Doc, token: Token, line_tokens: int) -> bool:
    """Whether a line break ends right before ``token`` and starts a new sentence there."""
    previous = doc[token.i - 1]
    gap = previous.whitespace_ + (previous.text + previous.whitespace_ if previous.is_space else "")
    if token.i >= 2 and previous.is_space:
        gap = doc[token.i - 2].whitespace_ + gap
    if "\n" not in gap:
        return False
    if gap.count("\n") >= 2:
        return True  # a blank line: a new paragraph
    last = doc[token.i - 2] if previous.is_space and token.i >= 2 else previous
    # a single line break: a list item, or the end of a finished line
    if token.text in _BULLETS or _CLOSING.search(last.text):
        return True
    # or a heading, time stamp or byline: a short line without a finite verb that does not end
    # in a word that needs a continuation ("in", "the", "and"); a hard-wrapped line has a verb
    line = doc[last.i - line_tokens + 1:last.i + 1]
    return (line_tokens <= _HEADING_TOKENS and (token.text[:1].isupper() or token.text[:1].isdigit())
            and last.pos_ not in _CONTINUING and not any(t.tag_ in _FINITE for t in line))


#: A wire dateline opening a paragraph: "TALLINN, Jan 27 (Harbourline News) - ", "KYIV (AP) — ", "BERLIN - ".
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'.-]+)*(?:, [^\n()]{1,30}?)?(?: \([^\n()]{1,40}\))? ?[-–—]+ ")


#: A live-blog time stamp opening a paragraph: "17:30 — ", "1:09 p.m. - ", "11:30 a.m. ", "20.45 – " (a
#: colon, an a.m./p.m. or a dash after it tells it from a number: "3.50 euros" is none).
_TIME_STAMP = re.compile(r"\d{1,2}(?::\d{2}(?: ?[ap]\.m\.)?|\.\d{2} ?(?: [ap]\.m\.)?(?= ?[-–—])| ?[ap]\.m\.)"
                         r"(?: (?:ET|EST|GMT|CET|UTC))?(?: ?[-–—]+)? (?=[A-Z])")


def dateline_end(text: str, start: int = 0) -> int:
    """Character offset where a wire dateline opening ``text`` at ``start`` ends (``start`` when there is none)."""
    match = _DATELINE.match(text, start)
    return match.end() if match is not None else start


def _mark_dateline(doc: Doc, token: Token, text: str) -> None:
    """Start a sentence after a wire dateline that opens the paragraph beginning at ``token`` (``text`` is ``doc.text``)."""
    end = dateline_end(text, token.idx)
    if end == token.idx:
        # ("1:09 p.m. - Caller Ray Dombrowski, a retired tool maker, says": the time is no part of the speaker)
        stamp = _TIME_STAMP.match(text, token.idx)
        end = stamp.end() if stamp is not None else end
    if end == token.idx:
        return
    after = doc.char_span(end, end + 1, alignment_mode="expand")
    if after is not None and len(after) and after.start > token.i and not doc[after.start].is_space:
        doc[after.start].is_sent_start = True  # the dateline is no part of the speaker phrase after it
        following = doc[after.start + 1] if after.start + 1 < len(doc) else None
        if following is not None and following.is_alpha and doc[after.start].is_alpha:
            following.is_sent_start = False  # and the parser must not cut its first word off ("European | Union")


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Mark the first word after each paragraph break as a sentence start (see module docstring).

    Limit: a text hard-wrapped at a fixed width (one sentence over several lines, no blank lines
    between paragraphs) only gets a boundary where a line ends with closing punctuation or is
    short enough to be a heading, so a sentence broken after a comma stays whole.
    """
    text = doc.text
    if len(doc):
        _mark_dateline(doc, doc[0], text)
    line_tokens = 1 if len(doc) and not doc[0].is_space else 0  # words on the current line so far
    for token in doc[1:]:
        if token.is_space:
            continue
        previous = doc[token.i - 1]
        gap = previous.whitespace_ + (previous.text if previous.is_space else "")
        if "\n" in gap:
            if _breaks_before(doc, token, line_tokens):
                token.is_sent_start = True
                _mark_dateline(doc, token, text)
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if following is not None and not following.is_space and (
                        token.text in _BULLETS or (token.is_alpha and following.is_alpha)):
                    # "- Kyiv warned ...": the mark belongs to the item; and the parser must not cut
                    # a paragraph's first word off ("Loud | the mayor was ...")
                    following.is_sent_start = False
            line_tokens = 0
        line_tokens += 1
    return doc


#: Closing marks that the English parser takes for opening ones: German „…“ closes with “, Swiss/German »…« with «.
_AMBIGUOUS_CLOSERS = {"“", "«"}


def mark_quote_ends(doc: Doc) -> Doc:
    """Keep a closing „…“ or »…« mark with the sentence it closes.

    The English parser reads the German closing mark “ as an English opening one and starts the
    next sentence at it ("„If not, then not. | “ Whether he ..."), so a standalone quote seems to
    have words outside it. The closing mark is no sentence start; after a quote that ends a
    sentence ("… not.“ Whether"), the capitalised word that follows is one.

    Limit: marks are paired by :func:`workbench.claims.quotes.find_quotes`; a mark it cannot pair
    is left to the parser.
    """
    # (imported here: the claims package imports this module's pipeline)
    from workbench.claims.quotes import _SENTENCE_END, find_quotes

    text = doc.text
    closers = [close for _, close in find_quotes(text) if text[close] in _AMBIGUOUS_CLOSERS]
    if not closers:
        return doc
    # (a map from character offset to token, built once: Doc.char_span walks the tokens on every call)
    token_at = {token.idx: token.i for token in doc}
    for close in closers:
        if token_at.get(close, 0) == 0 or len(doc[token_at[close]]) != 1:
            continue
        token = doc[token_at[close]]
        token.is_sent_start = False
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (following is not None and doc[token.i - 1].text in _SENTENCE_END
                and following.text[:1].isupper() and following.is_alpha):
            following.is_sent_start = True
    return doc


@Language.component("workbench_paragraphs")
def workbench_paragraphs(doc: Doc) -> Doc:
    """spaCy component: mark sentence starts after paragraph breaks (:func:`mark_paragraph_starts`)
    and keep closing German quote marks with their sentence (:func:`mark_quote_ends`)."""
    return mark_quote_ends(mark_paragraph_starts(doc))
