"""A change told by its two ends: "est passé de 22,4 % à 29 %", "fell from 80.5% in June to
77.5% in July", "7.77 million – up from 7.75 million".

A claim that states only a direction ("La part d'élèves en difficulté a reculé entre 2012 et
2022") has no figure for the figure paths to compare, and the passage may carry no word of
change, only the two levels. Read from the levels, the passage's change refutes the claim's
opposite one when the passage holds the rest of the claim's words.
"""

from __future__ import annotations

import re
from itertools import pairwise

from workers.verification.analysis import View, clause_of
from workers.verification.events import same_subject
from workers.verification.lexicon import tokens
from workers.verification.word_figures import text_direction

# "up from 7.75 million", "down from 4 %": the level before, and the way it went.
_UP_DOWN = re.compile(r"\b(up|down)\s+from\b", re.I)


def moved(passage: View) -> str | None:
    """'rise' or 'fall' from the two levels a passage gives for one change, else None.

    The figure reader already pairs "passé de 22,4 % à 29 %" / "fell from 80.5% to 77.5%" into a
    baseline and a level reached (change "to") with the way between them; only "up from" and
    "down from", which name the way without the level reached, are read here.
    """
    figures = sorted(passage.quantities, key=lambda q: q.start)
    found = {
        level.direction
        for start, level in pairwise(figures)
        if start.period == "baseline"
        and level.change == "to"
        and level.unit == start.unit != "year"
        and level.direction in ("rise", "fall")
    }
    for match in _UP_DOWN.finditer(passage.text):
        found.add("rise" if match.group(1).lower() == "up" else "fall")
    return found.pop() if len(found) == 1 else None


def _clause_direction(claim: View, passage: View) -> str | None:
    """The one way of change of the clauses that hold most of the claim's words found in the
    sentence ("a continué de refluer en juin" beside "un des plus bas au monde")."""
    text = passage.text
    wanted = set(claim.content)
    spans = sorted({clause_of(text, m.start()) for m in re.finditer(r"\S+", text)})
    found = [set(tokens(text[a:b])) & wanted for a, b in spans]
    total = set().union(*found) if found else set()
    if not total:
        return None
    kinds = {
        text_direction(text[a:b])
        for (a, b), here in zip(spans, found, strict=True)
        if 2 * len(here) >= len(total)
    } - {None}
    return kinds.pop() if len(kinds) == 1 else None


def level_change(claim: View, passage: View, previous: View | None) -> str | None:
    """The passage's change ("a rise, from its two levels"), told by its levels or by the
    clauses naming the claim's subject, when the claim states the opposite change of the same
    subject; else None."""
    said = text_direction(claim.text)
    if said is None:
        return None
    found, how = moved(passage), "from its two levels"
    if found is None:
        found, how = _clause_direction(claim, passage), "in the clause naming it"
    elif text_direction(passage.text) not in (None, found):
        return None  # the passage speaks of both ways: two things may have moved
    if found is None or found == said:
        return None
    if not same_subject(claim, passage, previous):
        return None
    return f"a {found}, {how}"
