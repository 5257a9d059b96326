"""Sentences and paragraphs of news prose, for scoping an attribution to its own sentence.

Hand-written rather than a tokenizer's: the project ships no NLP model, and what matters here
is news copy's own traps: sentences glued without a space ("…RTE.Contacté par l'AFP"),
abbreviations and initials ("M. Barnier", "Mtre", "U.S.", "John F. Kennedy"), closing quotes.
"""

from __future__ import annotations

import re

# French typography spaces a closing guillemet: "« Nous allons fermer. » L'usine …".
_TERMINAL = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?»|[»”\"')\]])*|\n+")
# After a full stop and a space, a sentence starts with a capital, a digit, a quote or a dash.
_STARTS = re.compile(r"\s+(?=[«“\"(\-–—0-9A-ZÀ-ÖØ-Þ])")
# Glued: "RTE.Contacté", "2020.Ayant": a capital then a lower-case letter right after the stop.
_GLUED = re.compile(r"(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
_TOKEN = re.compile(r"[\w’'.-]+$")
_ABBREVIATIONS = frozenset(
    re.findall(
        r"\S+",
        """m mm mme mmes mlle me mtre dr pr prof mr mrs ms st sen rep gov gen col lt capt sgt jr
        sr inc corp ltd co no nos vol art p pp fig cf av bd vs env ca approx dept est""",
    )
)


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at text[stop] closes an abbreviation or an initial, not a sentence."""
    token = _TOKEN.search(text, 0, stop)
    if not token:
        return False
    word = token.group(0).strip("’'-")
    return (
        word.lower() in _ABBREVIATIONS
        or (len(word) == 1 and word.isalpha())
        or "." in word  # "U.S.", "O.N.U."
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence of `text` as (start, end), without the blanks between them."""
    cuts: list[tuple[int, int]] = []  # (end of a sentence, start of the next)
    for match in _TERMINAL.finditer(text):
        if match.group(0).startswith("\n"):
            cuts.append((match.start(), match.end()))
            continue
        single_stop = match.group(0)[0] == "." and not match.group(0).startswith("..")
        if single_stop and _is_abbreviation(text, match.start()):
            continue
        spaced = _STARTS.match(text, match.end())
        if spaced:
            cuts.append((match.end(), spaced.end()))
        elif match.end() == len(text):
            cuts.append((match.end(), match.end()))
        elif match.group(0)[-1] in ".!?" and _GLUED.match(text, match.end()):
            token = _TOKEN.search(text, 0, match.start())
            if token and len(token.group(0)) >= 2:
                cuts.append((match.end(), match.end()))
    spans, start = [], 0
    for end, following in [*cuts, (len(text), len(text))]:
        left = start + len(text[start:end]) - len(text[start:end].lstrip())
        right = end - (len(text[start:end]) - len(text[start:end].rstrip()))
        if right > left:
            spans.append((left, right))
        start = max(start, following)
    return spans


# A sentence is looked for this far around a span: an article of 2 MB in one paragraph is not
# cut into sentences whole for every claim (a longer "sentence" is cut at the window's edge).
_WINDOW = 3000


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (all the sentences it straddles)."""
    left = max(0, start - _WINDOW)
    window = text[left : max(end, start + 1) + _WINDOW]
    touched = [
        (left + a, left + b)
        for a, b in sentence_spans(window)
        if left + b > start and left + a < max(end, start + 1)
    ]
    if not touched:
        return start, end
    return touched[0][0], touched[-1][1]


def paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between line breaks) around text[start:end]."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right
