"""What the engine reads off a claim or a passage: figures, entities, content words, negation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from workers.verification.entities import ROLE, actors, find_entities
from workers.verification.figures import NOUN_CLASSES
from workers.verification.frames import negated
from workers.verification.lexicon import fold, guess_language, lemma, tokens
from workers.verification.periods import find_periods
from workers.verification.quantities import Quantity, extract_quantities
from workers.verification.vocabulary import WEAK

# Words that restate a figure's unit: they say nothing about *what* is measured.
_UNIT_TOKENS = {
    "billion",
    "million",
    "dollar",
    "euro",
    "percent",
    "year",
    "milliard",
    "mille",
    "thousand",
    "trillion",
    "md",
    "bn",
    "usd",
    "eur",
    "livre",
    "pound",
    "month",
    "moi",
    "hundred",
    "cent",
    "dozen",
}


@dataclass(frozen=True)
class View:
    """A claim or a passage as the judge sees it."""

    text: str
    offset: int  # where ``text`` starts in the document it came from
    quantities: tuple[Quantity, ...]
    entities: frozenset[str]
    actors: frozenset[str]
    places: frozenset[str]
    content: frozenset[str]  # lemmas of content words, entities and figures blanked out
    words: frozenset[str]  # every lemma, for coverage checks against a claim
    roles: frozenset[str]
    negated: bool
    language: str = "en"


def _classed(token: str) -> str:
    return NOUN_CLASSES.get(token, token)


def _roles(text: str) -> frozenset[str]:
    return frozenset(
        lemma(fold(m.group()).split()[0]) if "chief" not in m.group().lower() else "ceo"
        for m in ROLE.finditer(text)
    )


def build_view(
    text: str, language: str | None, *, offset: int = 0, quantities: list[Quantity] | None = None
) -> View:
    """Analyse ``text``; quantities are extracted unless given (offsets relative to ``text``)."""
    found = find_entities(text)
    quantities = extract_quantities(text, language) if quantities is None else quantities
    blanked = list(text)
    spans = [(e.start, e.end) for e in found] + [(q.start, q.end) for q in quantities]
    spans += [(p.start, p.end) for p in find_periods(text, language or "en")]
    for start, end in spans:
        blanked[start:end] = " " * (end - start)
    content = {
        _classed(t) for t in tokens("".join(blanked)) if not t.isdigit() and t not in _UNIT_TOKENS
    }
    ids = {e.id for e in found}
    return View(
        text=text,
        offset=offset,
        quantities=tuple(quantities),
        entities=frozenset(ids),
        actors=frozenset(actors(ids)),
        places=frozenset(ids - actors(ids) - {"usa"}),
        content=frozenset(content),
        words=frozenset(_classed(t) for t in tokens(text)),
        roles=_roles(text),
        negated=negated(text),
        language=language or guess_language(text),
    )


def coverage(claim: View, words: frozenset[str]) -> float:
    """Share of the claim's content words found in ``words``; weak words count for less."""
    if not claim.content:
        return 1.0
    weights = {t: (0.3 if t in WEAK else 1.0) for t in claim.content}
    found = sum(w for t, w in weights.items() if t in words or _cognate(t, words))
    return found / sum(weights.values())


def _cognate(word: str, words: frozenset[str]) -> bool:
    """A French/English cognate outside the lexicon: "asile"/"asylum", "conteneur"/"container".
    The shared lexicon cannot list every word; shared spelling catches many translations."""
    if len(word) < 5:
        return False
    return any(
        len(other) >= 5 and other[:3] == word[:3] and fuzz.ratio(word, other) >= 70
        for other in words
    )


def clause_of(text: str, position: int) -> tuple[int, int]:
    """The clause around ``position``: cut at ; , and contrast words, to pin a figure's subject."""
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text)]
    start = max(c for c in cuts if c <= position)
    end = min((c for c in cuts if c > position), default=len(text))
    return start, end


_CLAUSE = re.compile(
    # A spaced dash closes a clause too ("a maintenu son taux à 1,75 % mercredi - et le
    # gouverneur ne semble pas pressé"): the negation after it is not the figure's.
    r";|\?|,(?!\d)|\s[-–—]\s|\b(?:while|whereas|but|though|although|tandis que|alors que|mais|"
    r"cependant|however|selon|according to)\b",
    re.I,
)
