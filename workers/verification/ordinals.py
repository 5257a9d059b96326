"""Ordinals: "pour la cinquième fois" against "pour la sixième fois", "la 50e édition" against
"sa 60e édition", "son troisième titre" against "a fourth European crown".

A claim without a figure may still stand or fall by an ordinal counting the same kind of thing
(times, editions, titles, places). When the passage says everything the claim says with
another ordinal on the same counted noun, and never the claim's, the claim's count is wrong:
the passage is read as the claim with its ordinal replaced, through the same restatement
checks (names, places, wording, nothing turning it) a support must pass.
"""

from __future__ import annotations

import re

from workers.verification.analysis import View, build_view
from workers.verification.lexicon import fold

_WORDS = {
    "premier": 1, "premiere": 1, "first": 1, "deuxieme": 2, "second": 2, "seconde": 2,
    "troisieme": 3, "third": 3, "quatrieme": 4, "fourth": 4, "cinquieme": 5, "fifth": 5,
    "sixieme": 6, "sixth": 6, "septieme": 7, "seventh": 7, "huitieme": 8, "eighth": 8,
    "neuvieme": 9, "ninth": 9, "dixieme": 10, "tenth": 10, "onzieme": 11, "eleventh": 11,
    "douzieme": 12, "twelfth": 12,
}  # fmt: skip
# What an ordinal counts, French and English in one class: "fois" is "time", "titre" "crown".
_NOUNS = {
    "fois": "time", "time": "time",
    "edition": "edition", "editions": "edition",
    "titre": "title", "title": "title", "couronne": "title", "crown": "title", "sacre": "title",
    "trophee": "title", "trophy": "title",
    "place": "place", "rang": "place", "position": "place", "rank": "place",
    "mandat": "term", "term": "term", "saison": "season", "season": "season",
    "victoire": "win", "victory": "win", "win": "win",
    # A round of a vote or a contest ("au premier tour de scrutin", "in the second round") and
    # the minute of a match ("à la 29e minute"): counted like the rest, one value per event.
    "tour": "round", "round": "round", "ballot": "round",
    "minute": "minute",
}  # fmt: skip
# An ordinal, at most one word (an adjective: "fourth European crown"), then what it counts.
_ORDINAL = re.compile(
    r"\b((\d{1,3})(?:e|eme|er|re|st|nd|rd|th)|(" + "|".join(_WORDS) + r"))"
    r"(?:\s+[a-z-]+)?\s+(" + "|".join(_NOUNS) + r")\b"
    # "son premier Tour de France" names a race, not a round of a vote.
    r"(?!\s+d(?:e\s+france|['’]italie|['’]espagne))"
)


def _ordinals(text: str) -> list[tuple[int, str, int, int]]:
    """(number, counted noun class, start, end of the ordinal) in a folded text."""
    out = []
    for match in _ORDINAL.finditer(text):
        number = int(match.group(2)) if match.group(2) else _WORDS[match.group(3)]
        out.append((number, _NOUNS[match.group(4)], *match.span(1)))
    return out


def other_ordinal(claim: View, passage: View) -> tuple[View, str] | None:
    """The claim with its ordinal replaced by the passage's, and a note saying which, when the
    passage counts the claim's noun with another ordinal and never with the claim's."""
    said = _ordinals(fold(claim.text))
    if len(said) != 1:
        return None
    number, noun, start, end = said[0]
    text = fold(passage.text)
    found = {(n, k): (a, b) for n, k, a, b in _ordinals(text) if k == noun}
    others = [n for n, _k in found if n != number]
    if not others or (number, noun) in found or len(set(others)) != 1:
        return None
    a, b = found[(others[0], noun)]
    # Folding keeps the length of a French text, so the claim's offsets hold in its own text.
    if len(fold(claim.text)) != len(claim.text) or len(text) != len(passage.text):
        return None
    replaced = claim.text[:start] + passage.text[a:b] + claim.text[end:]
    note = f"{passage.text[a:b]}, not {claim.text[start:end]}"
    return build_view(replaced, claim.language, offset=claim.offset), note
