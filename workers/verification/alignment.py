"""Does a source figure measure the same thing as a claim figure? The words of its clause.

Sharing the parties is not enough: "the project's total" and "its first phase", "global power
consumption" and "data-centre demand" name the same actors with another measure. The measure
words are the content words of the clause that holds the figure (the noun phrase it belongs
to and the words that say what is counted), blanked of the figure itself and of unit words.
"""

from __future__ import annotations

from workers.verification.analysis import View, clause_of
from workers.verification.lexicon import guess_language, tokens
from workers.verification.quantities import Quantity
from workers.verification.vocabulary import LEXICON, WEAK

_SHARED = frozenset(LEXICON.values())

_UNITS = {
    "percent",
    "billion",
    "million",
    "thousand",
    "trillion",
    "milliard",
    "dollar",
    "euro",
    "pound",
    "usd",
    "eur",
    "year",
    "month",
    "cent",
}


def measure_words(view: View, quantity: Quantity) -> frozenset[str]:
    """Content lemmas of the clause around ``quantity`` (the sentence when the clause is bare)."""
    position = quantity.start - view.offset
    start, end = clause_of(view.text, position)
    words = _content(view.text[start:end], quantity, view.offset + start)
    if len(words) < 2:
        words = _content(view.text, quantity, view.offset)
    return words


def _content(text: str, quantity: Quantity, offset: int) -> frozenset[str]:
    a, b = quantity.start - offset, quantity.end - offset
    if 0 <= a < b <= len(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return frozenset(
        t for t in tokens(text) if not t.isdigit() and t not in _UNITS and t not in WEAK
    )


def alignment(claim: View, cq: Quantity, passage: View, sq: Quantity) -> tuple[float, str]:
    """(share of the claim figure's measure words found near the source figure, the source's
    own measure words that the claim lacks, for the explanation)."""
    mine = measure_words(claim, cq)
    theirs = measure_words(passage, sq)
    if guess_language(claim.text) != guess_language(passage.text):
        # Across languages only the words of the shared lexicon can be matched; the rest
        # ("épargne" / "saving") would read as a different measure when it is a translation.
        mine = mine & _SHARED
    if not mine:
        return 1.0, ""
    # A clause may elide its measure ("..., while an audit found a 12% reduction"): the
    # sentence's words count too, for a little less.
    sentence = _content(passage.text, sq, passage.offset)
    share = max(len(mine & theirs), 0.8 * len(mine & sentence)) / len(mine)
    other = " ".join(sorted(theirs - mine)[:4])
    return share, other
