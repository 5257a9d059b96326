"""Whose figure: in a list pairing names with figures, the claim's figure may be another's.

Lists of parties and their figures are written name first ("la Vénétie a attiré 21,1 millions,
devant la Lombardie, qui en a attiré 17,7 millions, et la Toscane ... avec 14,7 millions";
"the Balearics (15.1 million and an increase of 6.1%) and the Canary Islands (13.8 million, up
9.6%)"): each figure belongs to the names written since the figure of its kind before it. A
claim giving its party a figure the passage gives to another named party ("La Toscane a attiré
17,7 millions"), while the passage gives the claim's party a figure of its own, is refuted.
Lists written figure first ("– 0,4 % pour la province et – 2,5 % pour l'Ile-de-France") read
the other way and are left alone.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from workers.verification.analysis import View
from workers.verification.lexicon import fold
from workers.verification.quantities import Quantity
from workers.verification.scope import _NAME, _NOT_NAMES, names
from workers.verification.vocabulary import LEXICON, STOPWORDS

# A figure followed by the party it belongs to: "– 2,5 % pour l'Ile-de-France", "$379 million
# for Springsteen", "9 % chez les jeunes", "19 % in Spain".
_FIGURE_FIRST = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:pour|for|chez|among|in|en|à|au|aux|dans|of|de|du|des)\s+"
    r"(?:(?:le|la|les|l['’]|the)\s*)?[A-ZÀ-Ý]"
)
# Words that pair two lists in order: no ownership can be read from the order of mention.
_PAIRED = re.compile(r"\b(?:respecti(?:vely|vement)|individually|chacun|each)\b", re.I)


# An attribution right after a figure names its source after it, not before.
_REPORTED = re.compile(
    r"\b(?:selon|d['’]apr[eè]s|according|said|says|reported|announced|estimated|"
    r"(?:a|ont|avait|avaient)\s+(?:annonc|indiqu|d[ée]clar|pr[ée]cis|affirm|compt|recens|"
    r"estim|avanc|parl)\w*)\b",
    re.I,
)


_BREAK = re.compile(r"[,;()]|\b(?:et|and|while|tandis|alors|but|mais)\b")


def _next(spans: list[tuple[int, int]], end: int, default: int) -> int:
    return min((start for start, _end in spans if start >= end), default=default)


def _mentions(text: str) -> list[tuple[int, str]]:
    out = []
    for match in _NAME.finditer(text):
        word = fold(match.group(1)).strip("'’-")
        if word in STOPWORDS or word in _NOT_NAMES or word in LEXICON or len(word) < 3:
            continue
        out.append((match.start(), word))
    return out


def _kind(q: Quantity) -> str:
    # "15,2 millions de visiteurs" and a bare "12,4 millions" after it count alike.
    return "count" if q.unit == "amount" else q.unit


def _has(group: set[str], name: str) -> bool:
    return any(name == other or fuzz.ratio(name, other) >= 80 for other in group)


def other_owner(claim: View, passage: View, cq: Quantity, sq: Quantity) -> str | None:
    """The names the passage gives ``sq`` to, when they are not the claim's and the claim's
    party has a figure of its own in the same list; else None."""
    text = passage.text
    if _PAIRED.search(text):
        return None
    said = names(claim.text)
    if not said or sq.unit in ("year", "clock", "duration"):
        # Dates and spans recur as bounds of one thing ("de 2013 à 2017"), not as a list.
        return None
    kin = sorted(
        (q for q in passage.quantities if _kind(q) == _kind(sq) and q.currency == sq.currency),
        key=lambda q: q.start,
    )
    if len(kin) < 2 or not any(q is sq for q in kin):
        return None
    base = passage.offset  # figure positions are the document's
    spans = [(q.start - base, q.end - base) for q in kin]
    if any(_FIGURE_FIRST.match(text[end : end + 40]) for _start, end in spans):
        return None
    mentions = _mentions(text)
    groups: list[tuple[Quantity, set[str]]] = []
    before = 0
    for q, (start, end) in zip(kin, spans, strict=True):
        groups.append((q, {n for pos, n in mentions if before <= pos < start}))
        if q is sq and _REPORTED.search(text[end : _next(spans, end, len(text))]):
            return None  # "806 000 personnes, a annoncé le ministère": named after the figure
        before = end
    owners = next(group for q, group in groups if q is sq)
    # Owners the claim names, even in lower case ("les touristes russes"), are its own party.
    claimed = set(re.findall(r"\w+", fold(claim.text)))
    if not owners or any(_has(owners, n) for n in said) or any(_has(claimed, o) for o in owners):
        return None
    # The claim's party named right after the figure, in its own clause ("3,5 millions de
    # manifestants dans toute la France"), may be where it was counted: not another item.
    end = next(e for q, (_s, e) in zip(kin, spans, strict=True) if q is sq)
    for pos, name in mentions:
        if pos >= end and _has(said, name) and not _BREAK.search(text[end:pos]):
            return None
    mine = [
        q
        for q, group in groups
        if q is not sq and q.value != sq.value and any(_has(group - owners, n) for n in said)
    ]
    if not mine:
        return None
    given = ", ".join(sorted(owners))
    return f"{sq.text} is given to {given}; the claim's party has {mine[0].text}"
