"""Comparing a claim's figure with a source's: does it fall inside, and if not, why not."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from workers.verification.figures import NOUN_CLASSES
from workers.verification.numbers import is_ten_power_ratio
from workers.verification.quantities import Quantity
from workers.verification.vocabulary import LEXICON

CEILINGS = ("up_to", "at_most", "less_than")


def unnamed_party(reason: str, note: str) -> bool:
    """A match set aside only because the passage never names one of the claim's parties (the
    "<name> not named" note stance and coverage give it): the passage still shows the figure."""
    return reason == "context_mismatch" and note.endswith(" not named")


KNOWN_NOUNS = frozenset(LEXICON.values()) | frozenset(NOUN_CLASSES.values())
_MONEY = ("currency", "amount")
# A change "by" this much or more that equals a level stated for the same thing is that level.
_SIZEABLE = 100


@dataclass(frozen=True)
class Comparison:
    """The outcome of setting one claim figure against one source figure."""

    outcome: str  # 'match', 'mismatch', 'neutral'
    reason: str
    strength: float  # how sure the comparison itself is, before context is weighed
    ceiling: bool = False  # the claim states as fact a figure the source gives as a ceiling


def comparable(claim: Quantity, source: Quantity) -> bool:
    """Whether the two figures can measure the same thing (unit, and what is counted)."""
    units = {claim.unit, source.unit}
    if "multiple" in units:
        return units == {"multiple"}
    if len(units) == 1:
        if claim.unit == "count" and claim.noun and source.noun:
            return nouns_compatible(claim.noun, source.noun)
        return True
    if units <= set(_MONEY):
        return True
    # A bare scaled figure ("1,9 million") usually elides the noun named earlier.
    return units == {"amount", "count"}


def same_noun(a: str, b: str) -> bool:
    """Same counted thing; cognates outside the lexicon count ("conteneurs" / "containers")."""
    if a == b:
        return True
    return len(a) >= 5 and len(b) >= 5 and fuzz.ratio(a, b) >= 75


def _known(noun: str) -> bool:
    return noun in KNOWN_NOUNS


def nouns_compatible(a: str, b: str) -> bool:
    """Two counted things may be the same unless both are known words and differ: a word
    outside the shared lexicon ("demandeurs" / "seekers") may be a translation of the other."""
    return same_noun(a, b) or not (_known(a) and _known(b))


def _period(key: str | None) -> tuple[str, str] | None:
    if not key:
        return None
    if key.startswith("P"):
        return "duration", key
    if key.startswith("month:"):
        return "month", key
    if key in ("initial", "baseline", "relative", "last"):
        return key, key
    year = re.search(r"\d{4}", key)
    return ("year", year.group()) if year else None


def period_relation(claim: str | None, source: str | None) -> str:
    """'same', 'compatible', 'uncertain', 'time_differs' or 'period_differs'."""
    a, b = _period(claim), _period(source)
    if a is None or b is None:
        return "compatible"
    if "baseline" in (a[0], b[0]) or "relative" in (a[0], b[0]):
        return "same" if a == b else "uncertain"
    if "last" in (a[0], b[0]):
        return "same" if a == b else "uncertain"
    if a[0] == b[0]:
        if a[1] == b[1]:
            return "same"
        return "period_differs" if a[0] in ("duration", "initial") else "time_differs"
    if {a[0], b[0]} == {"initial", "duration"}:
        return "period_differs"
    return "compatible"


def _bounds(q: Quantity) -> tuple[float, float]:
    return q.low - q.tolerance, q.high + q.tolerance


def _change_against_level(claim: Quantity, source: Quantity) -> bool:
    """One figure is the size of a change ("by"), the other a plain level with no change."""
    if claim.unit == "percent":
        return False  # "a 79% year-over-year increase": a percent is read as a change too often
    for change, level in ((claim, source), (source, claim)):
        if change.change == "by" and level.change is None and level.direction is None:
            return True
    return False


def compare(claim: Quantity, source: Quantity) -> Comparison:
    """Set a claim figure against a comparable source figure."""
    if claim.currency and source.currency and claim.currency != source.currency:
        return Comparison("mismatch", "currency_mismatch", 0.85)
    if "score" in (claim.qualifier, source.qualifier):
        return _scores(claim, source)
    if claim.direction and source.direction and claim.direction != source.direction:
        return Comparison("mismatch", "direction_mismatch", 0.8)
    (cl, ch), (sl, sh) = _bounds(claim), _bounds(source)
    if claim.per and source.per and claim.per != source.per:
        # "15 % per year" is not "15 % in total": the same number for another period.
        if max(cl, sl) <= min(ch, sh):
            return Comparison("mismatch", "period_mismatch", 0.82)
        return Comparison("neutral", "context_mismatch", 0.3)
    if claim.change and source.change and claim.change != source.change:
        # "increased by 160 %" is not "increased to 160 %": the same number for another
        # measure (the size of a change against the level reached) is a wrong claim; two
        # different numbers measure two different things and prove nothing.
        if max(cl, sl) <= min(ch, sh):
            return Comparison("mismatch", "change_mismatch", 0.8)
        return Comparison("neutral", "context_mismatch", 0.3)
    if _change_against_level(claim, source):
        # "a augmenté de 3,87 milliards" against "un chiffre d'affaires de 3,87 milliards": the
        # size of a change and a level are two measures. The very same value, though, is the
        # level the claim mistakes for the change (by_vs_to): rising by it would mean rising
        # from nothing. Only for a written, sizeable value: small ones ("25 de plus", "deux
        # points", "60 décès en excès") recur as changes and levels alike. Another value
        # proves nothing either way.
        if (
            claim.change == "by"
            and claim.qualifier == "exact"
            and abs(claim.value) >= _SIZEABLE
            and max(cl, sl) <= min(ch, sh)
        ):
            return Comparison("mismatch", "change_mismatch", 0.75)
        return Comparison("neutral", "context_mismatch", 0.3)
    # For a year or a span of time the period *is* the value: compared below, not here.
    timeless = claim.unit in ("year", "duration")
    relation = "compatible" if timeless else period_relation(claim.period, source.period)
    if max(cl, sl) <= min(ch, sh):
        return _overlapping(claim, source, relation)
    if relation in ("time_differs", "period_differs", "uncertain"):
        # Another figure for another time or span: a different measure, not a contradiction.
        return Comparison("neutral", "context_mismatch", 0.3)
    if claim.unit == "year":
        return Comparison("mismatch", "time_mismatch", 0.85)
    if claim.unit == "duration":
        return Comparison("mismatch", "period_mismatch", 0.85)
    weak = claim.unit == "count" and not (claim.noun and source.noun)
    strength = 0.65 if weak else 0.88
    if (
        claim.qualifier == "exact"
        and source.qualifier == "exact"
        and is_ten_power_ratio(abs(claim.value) or 1e-9, abs(source.value) or 1e-9)
    ):
        return Comparison("mismatch", "scale_mismatch", strength)
    return Comparison("mismatch", "value_mismatch", strength)


def _scores(claim: Quantity, source: Quantity) -> Comparison:
    """A score ("33 à 23") is a pair: it meets another pair ("23-33", "33 à 23") only if both of
    its numbers do; a lone figure says nothing of it, and "33 à 26" refutes it."""
    pairs = [q for q in (claim, source) if q.qualifier in ("score", "range")]
    if len(pairs) < 2:
        return Comparison("neutral", "context_mismatch", 0.3)
    if (claim.low, claim.high) == (source.low, source.high):
        # The same score in another year is another match ("en 2021" against "En 2022").
        if period_relation(claim.period, source.period) == "time_differs":
            return Comparison("mismatch", "time_mismatch", 0.82)
        return Comparison("match", "exact", 0.92)
    if {claim.low, claim.high} & {source.low, source.high}:
        # One number shared, the other not: the same match with another result.
        return Comparison("mismatch", "value_mismatch", 0.85)
    return Comparison("neutral", "context_mismatch", 0.3)


def _overlapping(claim: Quantity, source: Quantity, relation: str) -> Comparison:
    value = _overlapping_values(claim, source)
    if value.outcome != "match":
        return value
    if relation == "time_differs":
        return Comparison("mismatch", "time_mismatch", 0.82)
    if relation == "period_differs":
        return Comparison("mismatch", "period_mismatch", 0.82)
    return value


# Bounds that exclude each other at the same value: above it against below it.
_CROSSED = {
    "more_than": ("less_than", "at_most", "up_to"),
    "at_least": ("less_than",),
    "less_than": ("more_than", "at_least"),
    "at_most": ("more_than",),
    "up_to": ("more_than",),
}


def _opposite_bounds(claim: Quantity, source: Quantity) -> bool:
    """One says above a value, the other below the same value ("presque 3000" is below)."""
    near = abs(claim.value - source.value) <= max(claim.tolerance, source.tolerance, 1e-9)
    crossed = source.qualifier in _CROSSED.get(claim.qualifier, ())
    floors = ("more_than", "at_least")
    crossed = crossed or (claim.qualifier in floors and source.below)
    crossed = crossed or (claim.below and source.qualifier in floors)
    return near and crossed


def _overlapping_values(claim: Quantity, source: Quantity) -> Comparison:
    # "jusqu'à 12 m" and "1,2 m au maximum" are one kind of bound, as are "at least" and "over".
    pair = {claim.qualifier, source.qualifier}
    same_qualifier = (
        len(pair) == 1 or pair <= {"at_least", "more_than"} or pair <= {"up_to", "at_most"}
    )
    if same_qualifier and abs(claim.value - source.value) <= max(
        claim.tolerance, source.tolerance, 1e-9
    ):
        exact = abs(claim.value - source.value) <= 1e-9 * max(1.0, abs(claim.value))
        return Comparison("match", "exact" if exact else "within_rounding", 0.92 if exact else 0.86)
    if _opposite_bounds(claim, source):
        # "moins de 10 millions" against "more than 10 million": the same line, crossed the
        # other way (a bound at the line itself, "au moins 10", still meets "au plus 10").
        return Comparison("mismatch", "value_mismatch", 0.8)
    if same_qualifier and claim.qualifier in (*CEILINGS, "at_least", "more_than"):
        # Two bounds of one kind are compared as figures: "jusqu'à 12 GW" is not "up to
        # 1.2 GW"; "more than 3,000" is neither shown nor denied by "more than 2,000".
        if claim.qualifier in CEILINGS:
            return Comparison("mismatch", "value_mismatch", 0.8)
        return Comparison("neutral", "within_qualifier", 0.3)
    if source.qualifier in CEILINGS and claim.qualifier not in CEILINGS:
        if claim.value >= 0.9 * source.value:
            return Comparison("match", "within_qualifier", 0.8, ceiling=True)
        return Comparison("neutral", "within_qualifier", 0.3)
    # An approximate claim too: "plus de 40 %" neither confirms nor excludes "environ 45 %".
    if source.qualifier in ("at_least", "more_than") and claim.qualifier in ("exact", "approx"):
        # "au moins 63 médailles" allows 64 but does not establish it; it does establish
        # the bound itself when the claim repeats it.
        if abs(claim.value - source.value) <= max(claim.tolerance, source.tolerance, 1e-9):
            return Comparison("match", "within_qualifier", 0.75)
        return Comparison("neutral", "within_qualifier", 0.3)
    if claim.qualifier == "exact" and source.qualifier == "exact":
        return Comparison("match", "within_rounding", 0.84)
    return Comparison("match", "within_qualifier", 0.76)
