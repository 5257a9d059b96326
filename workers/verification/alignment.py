"""Does a source figure measure the same thing as a claim figure? The words of its clause.

Sharing the parties is not enough: "the project's total" and "its first phase", "global power
consumption" and "data-centre demand" name the same actors with another measure. The measure
words are the content words of the clause that holds the figure (the noun phrase it belongs
to and the words that say what is counted), blanked of the figure itself and of unit words.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from workers.verification.analysis import View, clause_of
from workers.verification.lexicon import fold, guess_language, same_acronym, tokens
from workers.verification.periods import find_periods
from workers.verification.quantities import MAIN_UNITS as MAIN
from workers.verification.quantities import Quantity
from workers.verification.vocabulary import LEXICON, STOPWORDS, WEAK

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
    # Periods ("in the initial phase", "over four years") are compared as periods, not here.
    for period in find_periods(text, guess_language(text)):
        text = text[: period.start] + " " * (period.end - period.start) + text[period.end :]
    return frozenset(
        t for t in tokens(text) if not t.isdigit() and t not in _UNITS and t not in WEAK
    )


def alignment(claim: View, cq: Quantity, passage: View, sq: Quantity) -> tuple[float, str]:
    """(share of the claim figure's measure words found near the source figure, the source's
    own measure words that the claim lacks, for the explanation)."""
    mine = measure_words(claim, cq)
    theirs = measure_words(passage, sq)
    if claim.language != passage.language:
        # Across languages only the words of the shared lexicon can be matched; the rest
        # ("épargne" / "saving") would read as a different measure when it is a translation.
        mine = mine & _SHARED
    if not mine:
        return 1.0, ""
    # A clause may elide its measure ("..., while an audit found a 12% reduction"): the
    # sentence's words count too, for a little less.
    # The answer after a question is the figure's sentence; the question restates the claim.
    answered = passage.text.rfind("?", 0, max(0, sq.start - passage.offset)) + 1
    sentence = _content(passage.text[answered:], sq, passage.offset + answered)
    share = max(len(mine & theirs), 0.8 * len(mine & sentence)) / len(mine)
    other = " ".join(sorted(theirs - mine)[:4])
    return share, other


# "selon la CGT", "according to the police", "d'après le ministère", "the police said",
# "le ministère ... parle de", "la CGT avance": who gives a count.
_ATTRIBUTION = re.compile(
    r"\b(?:selon|d['’]apr[eè]s|according\s+to|per)\s+(?:les?\s+|la\s+|l['’]\s*|the\s+)?"
    # "selon les dernières estimations du Service …": who counted is the Service, not the
    # estimates (holdout6 set "count by dernieres" against "selon le service statistique").
    r"(?:(?:derni[eè]re?s?|nouvel(?:le)?s?|nouveaux|r[ée]centes?|latest|new|recent)\s+)?"
    r"(?:(?:estimations?|chiffres|donn[ée]es|statistiques|figures|estimates|data)\s+"
    r"(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|de\s+|of\s+the\s+|of\s+)?)?"
    r"([A-Za-zÀ-ÿ][\w-]+)"
    r"|\b(?:les?|la|l['’]|the)\s*([A-Za-zÀ-ÿ][\w-]+)(?:\s+de\s+l['’]\w+)?\s+(?:a\s+|ont\s+)?"
    r"(?:compt[ée]s?|recens[ée]s?|parlent?|avancent?|annoncent?|annonc[ée]|revendiquent?|"
    r"estiment?|estim[ée]|said|says|counted|estimated|put)\b",
    re.I,
)


def attributor(text: str, position: int | None = None) -> str | None:
    """Who a figure is attributed to ("cgt", "ministere"); nearest to ``position`` if given."""
    found = [(m.start(), fold(m.group(1) or m.group(2))) for m in _ATTRIBUTION.finditer(text)]
    found = [(at, word) for at, word in found if word not in STOPWORDS]
    if not found:
        return None
    if position is None:
        return found[0][1]
    return min(found, key=lambda f: abs(f[0] - position))[1]


def other_attribution(claim: View, passage: View, sq: Quantity) -> str | None:
    """The source's attributor when the claim names another one ("selon la CGT" against a
    figure "selon le ministère"): a count by someone else is not the claim's count."""
    said_by = attributor(claim.text)
    if said_by is None:
        return None
    position = sq.start - passage.offset
    segment_start, segment_end = _segment(passage, sq)
    theirs = attributor(passage.text[segment_start:segment_end], position - segment_start)
    if theirs is None or theirs == said_by or said_by in theirs or theirs in said_by:
        return None
    if same_acronym(theirs, said_by):
        return None
    if _names_in_phrase(passage.text[segment_start:segment_end], position - segment_start, said_by):
        return None
    return theirs


def _names_in_phrase(text: str, position: int, said_by: str) -> bool:
    """ "selon les chiffres publiés par l'Insee", "selon les données du baromètre de The Art
    Newspaper": the claim's attributor is named further on in the figure's own attribution
    phrase (up to a figure or a punctuation mark); the word caught first is the report."""
    found = list(_ATTRIBUTION.finditer(text))
    named = set(tokens(said_by))
    if not found or not named:
        return False
    nearest = min(found, key=lambda m: abs(m.start() - position))
    stop = re.search(r"[,;.:()\d]", text[nearest.end() :])
    phrase = text[nearest.start() : nearest.end() + (stop.start() if stop else 60)][:100]
    return named <= set(tokens(phrase))


def _segment(passage: View, sq: Quantity) -> tuple[int, int]:
    """The stretch of the passage between the figures before and after ``sq``."""
    starts = sorted(q.start - passage.offset for q in passage.quantities if q.unit in MAIN)
    ends = sorted(q.end - passage.offset for q in passage.quantities if q.unit in MAIN)
    here_start, here_end = sq.start - passage.offset, sq.end - passage.offset
    before = max((e for e in ends if e <= here_start), default=0)
    after = min((s for s in starts if s >= here_end), default=len(passage.text))
    return before, after


def near_measure(claim: View, passage: View, sq: Quantity) -> tuple[bool, str]:
    """(False, words) when the words right around a source figure name another measure
    ("une valorisation globale de 5,55 milliards", "net income climbing to $27.7 billion")."""
    text = passage.text
    a, b = sq.start - passage.offset, sq.end - passage.offset
    before = tokens(_common(text[max(0, a - 40) : a]))[-3:]
    after = tokens(_common(text[b : b + 30]))[:2]
    near = [t for t in before + after if not t.isdigit() and t not in _UNITS and t not in WEAK]
    if len(near) < 2:
        return True, ""
    if any(t in claim.words or _similar(t, claim.words) for t in near):
        return True, ""
    return False, " ".join(near)


def _common(text: str) -> str:
    """The text without capitalised words: names of who speaks ("la Cour des comptes
    l'estime à ...") say who gives a figure, not what it measures."""
    return re.sub(r"\b[A-ZÀ-Ý][\w'’-]*", " ", text)


def _similar(word: str, words: frozenset[str]) -> bool:
    return len(word) >= 5 and any(
        len(o) >= 5 and o[:3] == word[:3] and fuzz.ratio(word, o) >= 70 for o in words
    )


# What a figure measures, in the shared lemma space: two figures naming different ones
# ("bénéfice net" / "revenue") measure different things whatever their value.
MEASURES = frozenset(
    {"revenue", "profit", "sale", "debt", "deficit", "unemployment", "inflation"}
    | {"export", "import", "budget", "tax", "emission", "loss", "netincome", "price", "cost"}
    | {"vote", "passenger", "injured", "household", "capacity", "valuation"}
)


def _window(view: View, quantity: Quantity) -> set[str]:
    a, b = quantity.start - view.offset, quantity.end - view.offset
    return set(tokens(view.text[max(0, a - 45) : a])[-5:] + tokens(view.text[b : b + 25])[:2])


# Words after a figure that start the next item of a list ("... to $77.7 billion and net
# income climbing to $27.7 billion"): what follows them measures the next figure.
_NEXT_ITEM = re.compile(r"[,;:()]|\b(?:and|et|while|alors|whereas|but|mais)\b", re.I)


def _own_measures(view: View, quantity: Quantity) -> set[str]:
    """The measure named nearest before the figure within its own stretch of the text (not
    past the figure before), else right after it up to the next list item, else before it."""
    a, b = quantity.start - view.offset, quantity.end - view.offset
    start, end = _segment(view, quantity)
    before = [t for t in tokens(view.text[max(start, a - 45) : a])[-5:] if t in MEASURES]
    if before:
        return {before[-1]}
    after = view.text[b : min(end, b + 25)]
    if cut := _NEXT_ITEM.search(after):
        after = after[: cut.start()]
    if found := MEASURES & set(tokens(after)[:2]):
        return found
    # "revenue rising 18% to $77.7 billion": one measure for a change and the level reached.
    before = [t for t in tokens(view.text[max(0, a - 45) : a])[-5:] if t in MEASURES]
    return set(before[-1:])


def measure_clash(claim: View, cq: Quantity, passage: View, sq: Quantity) -> str | None:
    """The source's measure word when it names another measure than the claim's figure."""
    mine, theirs = _measures(claim, cq, passage, sq)
    if mine and theirs and not mine & theirs:
        return " ".join(sorted(theirs))
    return None


def measure_shared(claim: View, cq: Quantity, passage: View, sq: Quantity) -> bool:
    """Both figures name the same measure ("bénéfice net" / "net income")."""
    mine, theirs = _measures(claim, cq, passage, sq)
    return bool(mine & theirs)


def _measures(claim: View, cq: Quantity, passage: View, sq: Quantity) -> tuple[set, set]:
    # The claim names its measure once, anywhere near its figure; the source may list several
    # figures each with its own (the nearest one counts).
    mine = MEASURES & _window(claim, cq) or MEASURES & claim.words
    return mine, _own_measures(passage, sq)
