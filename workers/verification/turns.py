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
    start, end = clause_of(view.text, quantity.start - view.offset)
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
