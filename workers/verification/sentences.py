"""Sentence splitting with offsets, aware of French and English abbreviations and decimals."""

from __future__ import annotations

import re

# A passage longer than this is cut at a space: junk without punctuation must not become one
# enormous "sentence" that every later step has to chew on.
MAX_SENTENCE_CHARS = 600

_ABBREVIATIONS = {
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "ste",
    "jr",
    "sr",
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "cie",
    "vs",
    "cf",
    "p",
    "pp",
    "no",
    "vol",
    "fig",
    "gen",
    "sen",
    "rep",
    "gov",
    "approx",
    "env",
    "av",
    "apr",
    "jan",
    "feb",
    "mar",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "janv",
    "févr",
    "avr",
    "juil",
    "déc",
    "etc",
}
# After a dotted acronym ("U.S.") we only split when a common sentence opener follows.
_OPENERS = {
    "The",
    "It",
    "This",
    "That",
    "These",
    "They",
    "He",
    "She",
    "We",
    "In",
    "But",
    "And",
    "A",
    "An",
    "Its",
    "Le",
    "La",
    "Les",
    "Il",
    "Elle",
    "Ils",
    "Elles",
    "Un",
    "Une",
    "Ce",
    "Cette",
    "En",
    "Mais",
    "Et",
    "Des",
    "Selon",
    "According",
    "On",
}
_BOUNDARY = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?[\"'»”’)\]])*(?=\s)|\n")
_NEXT_WORD = re.compile(r"\s*[«\"“‘(]?\s*(\S+)")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"'»”’)\]]*$")


def _is_boundary(text: str, match: re.Match) -> bool:
    if match.group() == "\n":
        return not _wrapped_line(text, match.start())
    following = _NEXT_WORD.match(text, match.end())
    if following is None:
        return True
    nxt = following.group(1)
    if not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in '«"“‘(–—-'):
        return False
    if match.group()[0] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.end())
    word = before.group(1) if before else ""
    if "." in word.rstrip("."):  # dotted acronym such as U.S. or e.g.
        return nxt.strip('«"“‘(') in _OPENERS
    if word.lower().rstrip(".") in _ABBREVIATIONS:
        return False
    # A single capital letter before the dot is an initial ("John F. Kennedy").
    return not (len(word.rstrip(".")) == 1 and word[0].isupper())


def _wrapped_line(text: str, at: int) -> bool:
    """A hard line wrap inside a sentence (wire copy cut at a fixed width: "a 10% jump over last
    year's figure of\n183.6 million."): the line breaks after a lowercase word or a comma and the
    next line goes on in lowercase or with a figure, or after a figure and goes on in lowercase.
    A title, a list item or a paragraph ends otherwise (punctuation, a capital, a blank line)."""
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if _LIST_ITEM.match(text, at + 1):
        return False  # "points\n1. Rodri": a numbered list starts
    if before.islower() or before == ",":
        return after.islower() or after.isdigit()
    return before.isdigit() and after.islower()  # "for the 2016\ngame between"


_LIST_ITEM = re.compile(r"\d{1,3}[.)]\s")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        span = _trimmed(text, start, cut)
        if span:
            spans.append(span)
        start = cut
    span = _trimmed(text, start, end)
    if span:
        spans.append(span)
    return spans


def split_passages(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of ``text``; ``text[start:end]`` is trimmed."""
    if not text:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match):
            spans.extend(_cut_long(text, start, match.end()))
            start = match.end()
    spans.extend(_cut_long(text, start, len(text)))
    return spans
