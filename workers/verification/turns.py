"""The opposite change said around the same figure: "a baissé d'environ un demi-million"
against "has risen by about half a million", "a abaissé son taux à 0,5 %" against "relève ...
pour le porter à 0,5 %".

The figure reader gives a figure its direction only from the words right next to it, and word
figures ("un demi-million") or a level reached after a long verb phrase often get none; the
supporting path then compares the values alone. Here the figure's own clause on each side is
read for words of change (French and English): one kind of change in the claim's clause and
only the other kind in the passage's is the same figure moving the other way.
"""

from __future__ import annotations

import re

from workers.verification.analysis import View, clause_of
from workers.verification.lexicon import fold
from workers.verification.quantities import Quantity
from workers.verification.word_figures import _move, _unmoved


def _clause_move(view: View, quantity: Quantity) -> str | None:
    """'rise' or 'fall' when the figure's clause names one kind of change only."""
    if quantity.direction in ("rise", "fall"):
        return quantity.direction
    if quantity.direction == "hold":
        return None
    at = quantity.start - view.offset
    if not 0 <= at <= len(view.text):
        return None  # a figure read from the sentence before, not this view's
    start, end = clause_of(view.text, at)
    words = re.findall(r"[a-z]+", _unmoved(fold(view.text[start:end])))
    kinds = {moved for w in words if (moved := _move(w)) in ("rise", "fall")}
    return kinds.pop() if len(kinds) == 1 else None


def opposite_turn(claim: View, passage: View, cq: Quantity, sq: Quantity) -> str | None:
    """The passage's clause moves the claim's figure the other way: the two moves, else None."""
    said = _clause_move(claim, cq)
    if said is None:
        return None
    found = _clause_move(passage, sq)
    if found is None or found == said:
        return None
    return f"the claim says {said}, the passage {found}"


_CLAIM_YEAR = re.compile(r"^in:(\d{4})")
_COMPARED = re.compile(
    r"\b(?:qu['’]\s*en|que|par\s+rapport\s+[àa]|than(?:\s+in)?|compared\s+(?:with|to)|from|"
    r"since|depuis|contre|versus|vs\.?|against|avant|before)\s+(?:l['’]an(?:n[ée]e)?\s+)?"
    r"(?:1[89]\d{2}|20\d{2})\b",
    re.I,
)
_YEAR_WORD = re.compile(r"(?<![\d.,])(1[89]\d{2}|20\d{2})(?![\d.,])")


def other_year(claim: View, passage: View, cq: Quantity, sq: Quantity) -> str | None:
    """The claim dates its figure to one year; the passage gives it undated in a sentence
    that names only other years ("En 2008, ... baissé de 23 %" against "L'année 2009 ... une
    baisse de 23 %"): the years the passage names, else None."""
    if cq.unit in ("year", "duration") or sq.period is not None:
        return None
    dated = _CLAIM_YEAR.match(cq.period or "")
    if not dated:
        return None
    if dated.group(1) in _YEAR_WORD.findall(passage.text):
        return None
    # A year the figure is compared with ("16 000 de moins qu'en 2014", "par rapport à 2020")
    # or that the claim names too is not the figure's own.
    own = set(_YEAR_WORD.findall(_COMPARED.sub(" ", passage.text)))
    years = own - set(_YEAR_WORD.findall(claim.text))
    if not years:
        return None
    return "the passage names only " + ", ".join(sorted(years))
