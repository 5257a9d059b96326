"""A claim figure among the other figures of one passage: which of them is the claim's.

A passage often gives several figures of one kind: the claim's own and others for another
group, period or measure ("9,9 % en métropole et 10,4 % avec l'outre-mer"). These helpers
tell which one a claim figure goes with, from the words right around each.
"""

from __future__ import annotations

import re

from workers.verification.alignment import alignment, attributor
from workers.verification.analysis import View, clause_of
from workers.verification.compare import comparable, compare
from workers.verification.lexicon import tokens
from workers.verification.periods import MONTHS
from workers.verification.quantities import Quantity
from workers.verification.vocabulary import WEAK

# How many content words on each side of a figure are its own ("10,4 % avec l'outre-mer").
_OWN_REACH = 4
# Time words are compared as periods, not as what a figure measures.
_TIME_WORDS = frozenset(
    {"quarter", "trimestre", "semestre", "half", "year", "annee", "month", "week", "semaine"}
    | {"day", "jour", "premier", "deuxieme", "troisieme", "quatrieme", "first", "second"}
    | {"third", "fourth", "last", "dernier"}
)


_LOWER = re.compile(r"\b[a-zà-ÿ][\w'’-]*")


def _own_words(view: View, rivals: list[Quantity], index: int, named: bool = False) -> set[str]:
    """Content words next to a figure, within its clause and not past the figures beside it
    (only the capitalised ones, names of who or where, when ``named``)."""
    text = view.text
    if named:
        text = _LOWER.sub(lambda m: " " * len(m.group()), text)
    for q in view.quantities:
        a, b = q.start - view.offset, q.end - view.offset
        text = text[:a] + " " * (b - a) + text[b:]
    q = rivals[index]
    a, b = q.start - view.offset, q.end - view.offset
    low, high = clause_of(view.text, a)
    if index:
        low = max(low, rivals[index - 1].end - view.offset)
    if index + 1 < len(rivals):
        high = min(high, rivals[index + 1].start - view.offset)
    if (bracket := _bracketed(view.text, low, a, b, high)) is not None:
        # "les montres (6,4 %) et l'hôtellerie (5,9 %)": a figure in brackets is the words
        # before its bracket's, from the last bracket closed, and none of those after it.
        low, a, high = bracket, view.text.rindex("(", low, a), b
    near = tokens(text[low:a])[-_OWN_REACH:] + tokens(text[b:high])[:_OWN_REACH]
    skip = MONTHS | _TIME_WORDS | WEAK | {q.noun, "people", "pre"}
    return {t for t in near if not t.isdigit() and t not in skip}


def _bracketed(text: str, low: int, a: int, b: int, high: int) -> int | None:
    """Where a figure's label starts when the figure stands in brackets after it ("des
    montres (6,4%)", "the Balearics (15.1 million and up 6.1%)" for 15.1): after the last
    bracket closed before, else ``low``; None when the figure is not in brackets."""
    opened = text.rfind("(", low, a)
    if opened < 0 or text.find(")", b, high) < 0 or re.search(r"\w", text[opened + 1 : a]):
        return None  # "(mi-temps : 18-17)", "(aire urbaine 31.000)": labelled inside
    closed = text.rfind(")", low, opened)
    return closed + 1 if closed >= 0 else low


def _two_accounts(passage: View, a: Quantity, b: Quantity) -> bool:
    """The two figures are attributed to different sources ("selon la police" / "la CGT")."""
    theirs = [attributor(passage.text, q.start - passage.offset) for q in (a, b)]
    return None not in theirs and theirs[0] != theirs[1]


def _claim_words(claim: View, keys: list[Quantity], cq: Quantity) -> set[str]:
    """The claim's content words, less those that go with another of its figures."""
    rivals = [k for k in keys if comparable(cq, k)]
    if cq not in rivals:
        return set()
    at = rivals.index(cq)
    mine = _own_words(claim, rivals, at)
    others = set()
    for i in range(len(rivals)):
        if i != at:
            others |= _own_words(claim, rivals, i)
    return {t for t in claim.content if t not in MONTHS and t not in _TIME_WORDS} - (others - mine)


def other_group(
    claim: View, keys: list[Quantity], passage: View, cq: Quantity, sq: Quantity
) -> str:
    """The claim's words when, in this passage, they sit right around another figure of the
    same kind and none sits around the equal one ("9,9 % en métropole et 10,4 % avec
    l'outre-mer" against a claim "outre-mer compris, 9,9 %")."""
    mine = _claim_words(claim, keys, cq)
    rivals = [q for q in passage.quantities if comparable(cq, q)]
    at = next((i for i, q in enumerate(rivals) if q.start == sq.start), None)
    if len(rivals) < 2 or not mine or at is None:
        return ""
    here = _own_words(passage, rivals, at)
    for i, other in enumerate(rivals):
        if i == at or compare(cq, other).outcome != "mismatch":
            continue
        if _two_accounts(passage, sq, other):
            continue  # counts by two sources: a second account, weighed by _clauses
        there = _own_words(passage, rivals, i)
        if named := _other_name(claim, passage, rivals, at, i):
            return named
        if mine & (here - there):
            return ""
        if found := mine & (there - here):
            return " ".join(sorted(found))
    return ""


def _other_name(claim: View, passage: View, rivals: list[Quantity], at: int, i: int) -> str:
    """The claim's name (a people, a party) sits at another figure, and the equal figure has
    a name of its own the claim does not give: "les Britanniques ... (12,7 millions), devant
    les Allemands (11,8 millions)" against "les Allemands ... 12,7 millions"."""
    names = set(tokens(_LOWER.sub(" ", claim.text)))
    here = _own_words(passage, rivals, at, named=True)
    there = _own_words(passage, rivals, i, named=True)
    found = names & (there - here)
    if found and here - set(tokens(claim.text)):
        return " ".join(sorted(found))
    return ""


def another_claim_figure(keys: list[Quantity], cq: Quantity, sq: Quantity) -> bool:
    """The source figure is the value of another of the claim's own figures."""
    return any(
        other is not cq and comparable(other, sq) and compare(other, sq).outcome == "match"
        for other in keys
    )


def fit(claim: View, cq: Quantity, passage: View, sq: Quantity) -> float:
    """How well a source figure fits the claim figure's measure and period."""
    same_period = cq.period is not None and sq.period == cq.period
    return alignment(claim, cq, passage, sq)[0] + (0.5 if same_period else 0.0)
