"""Claim coverage: a passage supports a claim only when it names every anchor of the claim.

An anchor is a name the claim is about (a party, a place, a work, a team: "Guadeloupe",
"Beyoncé", "Italie", "Tour de France"). A figure equal to the claim's, or the claim's bare year,
found in a passage that does not name one of the claim's anchors says nothing about it; when
the passage names the anchor only at another figure of the same kind, and the equal figure
carries another name of its own, the figure is someone else's and the claim's own is the other
one ("En Martinique, plus de 33 000 cas … et plus de 24 000 en Guadeloupe" for a claim about
Guadeloupe at 33 000). On the blind holdouts 2–4 this was the main class of false claims said
`supported` (pass six, issue 12).

Names are compared across French and English through the entity list, Babel's territory names
(installed with ``courlan``; "Allemagne" / "Germany", "Japon" / "Japan") and shared spelling
("Baléares" / "Balearics"); the claim's anchors are read once per claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from workers.verification.analysis import View, clause_of
from workers.verification.entities import find_entities, find_places, territory
from workers.verification.lexicon import fold, same_acronym
from workers.verification.periods import MONTHS
from workers.verification.quantities import MAIN_UNITS, Quantity
from workers.verification.vocabulary import LEXICON, STOPWORDS

_CAP = re.compile(r"(?<![\w'’])([A-ZÀ-Ý][\w'’-]*[\w])")
_WORD = re.compile(r"[a-z0-9]+")
# Capitalised words that name no party: sentence openers, days, titles, generic nouns.
_NOT_ANCHORS = frozenset(
    str.split(
        "selon lors avant apres depuis pendant durant fin debut mi les des une cette ces "
        "according after before since during end the this these those in on at by for "
        "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday "
        "friday saturday sunday ceo pdg m mr mme ms dr president premier ministre etat state "
        "gouvernement government"
    )
)
_DAYS = re.compile(r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$")


def _territory(word: str) -> str | None:
    return territory(word) or territory(word.rstrip("s"))


def _is_anchor(word: str) -> bool:
    return (
        len(word) >= 2
        and word not in STOPWORDS
        and word not in _NOT_ANCHORS
        and word not in MONTHS
        and not _DAYS.match(word)
        and not word.isdigit()
        and (word not in LEXICON or _territory(word) is not None)
    )


# A name of several words: capitalised words joined by a space, a hyphen or a connector
# ("Musée national de Chine", "Saint-Pétersbourg", "Tour de France").
_PHRASE = re.compile(
    r"(?<![\w'’])[A-ZÀ-Ý][\w'’-]*[\w]"
    r"(?:(?:\s+(?:(?:de|du|des|de\s+la|of|the|national|nationale)\s+)?)[A-ZÀ-Ý][\w'’-]*[\w])*"
)


def _blanked(view: View) -> str:
    """The text with its figures and dates blanked: "TWh", "Md$" name no party."""
    text = view.text
    for q in view.quantities:
        a, b = q.start - view.offset, q.end - view.offset
        text = text[:a] + " " * (b - a) + text[b:]
    return text


@lru_cache(maxsize=1024)
def _anchors(text: str) -> tuple[tuple[str, ...], ...]:
    out: list[tuple[str, ...]] = []
    for match in _PHRASE.finditer(text):
        words = tuple(w for w in _WORD.findall(fold(match.group())) if _is_anchor(w))
        if words and words not in out:
            out.append(words)
    return tuple(out)


def anchors(claim: View) -> tuple[tuple[str, ...], ...]:
    """The names a claim is about, each as its folded words: capitalised words that are no
    common word, title, month, unit or sentence opener, read once per claim."""
    return _anchors(_blanked(claim))


def _entity_ids(text: str) -> frozenset[str]:
    return frozenset(e.id for e in find_entities(text))


def _found(name: str, words: set[str], ids: frozenset[str]) -> bool:
    """The passage names ``name``: the same word, a cognate spelling, an acronym in the other
    language's order, the same entity or territory."""
    if name in words:
        return True
    if ids & _entity_ids(name):
        return True
    code = _territory(name)
    if code and (code in ids or any(_territory(w) == code for w in words)):
        return True
    if len(name) <= 5 and name.isalpha() and any(same_acronym(name, w) for w in words):
        return True
    return len(name) >= 4 and any(
        len(w) >= 4 and w[:3] == name[:3] and fuzz.ratio(name, w) >= 70 for w in words
    )


def _known(words: tuple[str, ...]) -> bool:
    """A name the engine can translate: a territory or an entity of the list."""
    phrase = " ".join(words)
    return (
        _territory(phrase) is not None
        or any(_territory(w) for w in words)
        or bool(_entity_ids(phrase))
    )


def unnamed(claim: View, passage: View, previous: View | None) -> str | None:
    """The claim's first anchor that neither the passage nor its context (headline, sentence
    before) names, or None when every anchor is named. Across languages only names the engine
    can translate are asked for ("Angleterre" may be "England")."""
    mine = anchors(claim)
    if not mine:
        return None
    around = f"{previous.text if previous else ''} {passage.text}"
    words = set(_WORD.findall(fold(around)))
    ids = _entity_ids(around) | {e.id for e in find_places(around)}
    same_language = claim.language == passage.language
    # A passage naming nobody else is read as about the page's subject ("the company's
    # revenue"): only a passage that names another party or place in its stead is not.
    flat = tuple(w for phrase in mine for w in phrase)
    others = [w for w in _names_in(passage.text) if not _named((w,), set(flat))]
    if not others:
        return None
    for phrase in mine:
        if not same_language and not _known(phrase):
            continue
        if _entity_ids(" ".join(phrase)) & ids:
            continue
        if _territory(" ".join(phrase)) in ids:
            continue
        if any(_found(name, words, ids) for name in phrase if len(name) >= 3):
            continue
        return " ".join(phrase)
    return None


# A capitalised word opening a sentence is a name only when a capitalised word follows it.
_OPENER = re.compile(r"(?:^|[.!?:]\s+|[«\"“(]\s*)$")
_NEXT_CAP = re.compile(r"\s+[A-ZÀ-Ý]")


def _names_in(text: str) -> list[str]:
    """The folded names of ``text``: capitalised words that are no common word or opener."""
    out = []
    for match in _CAP.finditer(text):
        if _OPENER.search(text, 0, match.start()) and not _NEXT_CAP.match(text, match.end()):
            continue
        out += [w for w in _WORD.findall(fold(match.group(1))) if _is_anchor(w) and len(w) >= 3]
    return out


def _own_names(passage: View, sq: Quantity) -> set[str]:
    """Folded names of the figure's own stretch: from the figure before it to the figure after
    it (any figure but a date), the last one's ending with its clause. Not cut at commas:
    "En Martinique, plus de 33 000 cas … et plus de 24 000 en Guadeloupe"."""
    text, at = passage.text, sq.start - passage.offset
    marks = [q for q in passage.quantities if q.unit in MAIN_UNITS]
    marks = sorted({q.start: q for q in [*marks, sq]}.values(), key=lambda q: q.start)
    index = next(i for i, q in enumerate(marks) if q.start == sq.start)
    low = marks[index - 1].end - passage.offset if index else 0
    if index + 1 < len(marks):
        high = marks[index + 1].start - passage.offset
    else:
        high = clause_of(text, at)[1]  # the last figure's words end with its clause
    return set(_names_in(text[low:high]))


def bound_elsewhere(
    claim: View, passage: View, cq: Quantity, sq: Quantity, comparable
) -> tuple[str, Quantity] | None:
    """(the claim's anchor, the figure it goes with) when the passage names one of the claim's
    anchors only at another figure of the same kind while the equal figure carries a name of its
    own the claim does not give: the equal figure is someone else's."""
    # Figures of the same kind as the equal one: its unit and, when both say one, its noun.
    same = sorted(
        (
            q
            for q in passage.quantities
            if comparable(cq, q)
            and q.unit == sq.unit
            and (q.noun == sq.noun or not (q.noun and sq.noun))
        ),
        key=lambda q: q.start,
    )
    if len(same) < 2 or not any(q is sq for q in same):
        return None
    mine = tuple(w for phrase in anchors(claim) for w in phrase)
    here = _own_names(passage, sq)
    # The equal figure's names must be none of the claim's words, in any case ("les Russes
    # (800.000)" for "les touristes russes").
    said = set(_WORD.findall(fold(claim.text)))
    if not here or _named(mine, here) or all(_named((w,), said) for w in here):
        return None
    for other in same:
        if other is sq:
            continue
        if hit := _named(mine, _own_names(passage, other)):
            return hit[0], other
    return None


def _named(names: tuple[str, ...], words: set[str]) -> list[str]:
    """Those of ``names`` that ``words`` name, across languages."""
    ids = frozenset().union(*(_entity_ids(w) for w in words)) if words else frozenset()
    return [name for name in names if _found(name, words, ids)]


def _alike(a: str, b: str) -> bool:
    """One word in both languages' spellings: "mariage" / "marriage", "touriste" / "tourist"."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:3] == b[:3] and fuzz.ratio(a, b) >= 75)


def _meets(words: set[str], others: set[str]) -> set[str]:
    return {w for w in words if any(_alike(w, o) for o in others)}


def qualifier_elsewhere(
    claim: View, keys: list[Quantity], passage: View, cq: Quantity, sq: Quantity
) -> tuple[str, Quantity] | None:
    """(the claim's qualifier, the figure it goes with) when an equal figure carries a
    qualifier of its own that the claim does not give to this figure, and the claim's qualifier
    sits at another figure of the same kind: "Births dropped by 5.1% …, and marriages decreased
    by 5.9%" for a claim about marriages at 5,1 %; "au baccalauréat général de 95,7% …
    professionnel de 82,7%" for a claim "le bac professionnel … 95,7 %". Only the words that
    tell the figures apart count: those every figure of the passage shares (the rate, the
    exam) say what is measured, not whose it is."""
    from workers.verification.rivals import _own_words

    if cq.unit not in MAIN_UNITS:
        return None  # a date or a span is compared as a period, not by whose it is
    if cq.unit == "count" and (cq.value or 0) < 10:
        return None  # a small count ("du 7 au 13 juillet") describes more often than it claims
    mine_all = [k for k in keys if comparable_kind(cq, k)]
    if cq not in mine_all:
        return None
    mine = _own_words(claim, mine_all, mine_all.index(cq))
    # A figure inside a question is asked about, not given to anyone.
    asked = passage.offset + passage.text.rfind("?")
    theirs = [q for q in passage.quantities if comparable_kind(sq, q) and q.start > asked]
    at = next((i for i, q in enumerate(theirs) if q is sq), None)
    if at is None or len(theirs) < 2 or not mine:
        return None
    own = [_own_words(passage, theirs, i) for i in range(len(theirs))]
    shared = set.intersection(*own)
    told = [words - shared for words in own]
    here = told[at]
    if not here or _meets(mine, here):
        return None
    for i, words in enumerate(told):
        if i != at and (hit := _meets(mine, words)):
            return " ".join(sorted(hit)), theirs[i]
    return None


def comparable_kind(a: Quantity, b: Quantity) -> bool:
    """Two figures of one kind: the same unit and, when both say one, the same noun."""
    return a.unit == b.unit and (a.noun == b.noun or not (a.noun and b.noun))


def exact_elsewhere(passage: View, cq: Quantity, sq: Quantity) -> Quantity | None:
    """Another figure of the passage, of the same kind as ``sq``, with the claim's very value:
    then ``sq``, equal only after rounding, is not the claim's figure."""
    for q in passage.quantities:
        # The same value, whatever period it is given ("66 … since 2024").
        if q is not sq and comparable_kind(sq, q) and q.value is not None and q.value == cq.value:
            return q
    return None
