"""A claim's own exclusion: "8,9 millions au seul premier semestre, et non sur l'ensemble de
l'année", "in 2019, not 2018", "rather than over two years".

Such a claim says which period its figure is NOT for. A passage that gives the figure for the
excluded period (and not for the affirmed one) refutes it; a passage that gives the figure with
neither period marker does not establish the claim's point, which is the period itself. Only
time markers are read here (years, months, and period words such as quarter, half-year, whole
year, cumulated, several years), in French and English.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from workers.verification.lexicon import fold
from workers.verification.periods import MONTHS, YEAR

# "A, et non X" / "A, and not X" / "A, not X" / "A rather than X" / "A plutôt que X".
_CONTRAST = re.compile(
    r"(?:,?\s*\bet\s+non(?:\s+pas)?|,\s*(?:and\s+)?not|\brather\s+than|\bplutot\s+que|"
    r"\binstead\s+of|\bau\s+lieu\s+de)\s+(?P<x>[^,.;!?]+)",
    re.I,
)

# Period words (folded text) by kind: the same kind in French and English.
_SPANS: dict[str, re.Pattern] = {
    "annual": re.compile(
        r"\b(?:(?:l')?ensemble\s+de\s+l'annee|toute\s+l'annee|annee\s+(?:entiere|ecoulee|"
        r"precedente|derniere)|sur\s+(?:un|1)\s+an|en\s+(?:un|1)\s+an|(?:rythme|base)\s+annuel(?:le)?|"
        r"l'an\s+(?:dernier|passe)|un\s+an\s+plus\s+tot|12\s+(?:derniers\s+)?mois|full[- ]year|"
        r"whole\s+year|(?:past|previous|prior|last)\s+(?:12\s+months|year)|year[- ]on[- ]year|"
        r"a\s+year\s+(?:earlier|ago|before)|annual(?:ly|ised|ized)?|over\s+the\s+year)\b"
    ),
    "quarter": re.compile(r"\b(?:trimestres?|quarters?|[tq][1-4])\b"),
    "half": re.compile(r"\b(?:semestres?|half[- ]year|(?:first|second)\s+half|h[12])\b"),
    "month": re.compile(r"\b(?:seul\s+mois|un\s+(?:seul\s+)?mois|one\s+month|a\s+month)\b"),
    "cumul": re.compile(r"\b(?:cumul(?:e|es|ee|ees|ativ\w*)?|combined|in\s+total|au\s+total)\b"),
    "years": re.compile(
        r"\b(?:(?:deux|trois|quatre|cinq|dix|two|three|four|five|ten|[2-9]|1\d)\s+(?:ans|annees|"
        r"years)|(?:plusieurs|several)\s+(?:ans|annees|years))\b"
    ),
}
_YEAR = re.compile(rf"(?<!\d){YEAR}")
_WORD = re.compile(r"[a-z]+")


def _markers(text: str) -> set[tuple[str, str]]:
    """The time markers of a folded text, as (kind, value) pairs."""
    found = {("year", m.group(1)) for m in _YEAR.finditer(text)}
    found |= {("month", fold(w)) for w in _WORD.findall(text) if w in _FOLDED_MONTHS}
    found |= {("span", kind) for kind, pattern in _SPANS.items() if pattern.search(text)}
    return found


# "may" is read as the English modal far more often than as the month.
_FOLDED_MONTHS = {fold(m): m for m in MONTHS if m != "may"}
_MONTH_NUMBER = {
    fold(name): number
    for number, names in enumerate(
        (
            ("janvier", "january"),
            ("fevrier", "february"),
            ("mars", "march"),
            ("avril", "april"),
            ("mai", "may"),
            ("juin", "june"),
            ("juillet", "july"),
            ("aout", "august"),
            ("septembre", "september"),
            ("octobre", "october"),
            ("novembre", "november"),
            ("decembre", "december"),
        ),
        start=1,
    )
    for name in names
}


def _normal(markers: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Months named in either language compare by their number."""
    return {("month", str(_MONTH_NUMBER.get(v, v))) if k == "month" else (k, v) for k, v in markers}


def excluded_period(claim_text: str, passage_text: str) -> tuple[str, str] | None:
    """How a passage stands toward the period a claim excludes with its own contrast.

    Returns ("refutes", excluded words) when the passage gives the excluded period and not the
    affirmed one, ("neutral", excluded words) when it gives neither or both (the claim's point is
    which period, and the passage does not settle it), None when the claim excludes no period
    or the passage gives only the affirmed one.
    """
    folded = fold(claim_text)
    match = _CONTRAST.search(folded)
    if not match:
        return None
    excluded = _normal(_markers(match.group("x")))
    if not excluded:
        return None  # "au lieu de 8", "instead of approving it": no period excluded
    # The affirmed side: the rest of the claim. A year the excluded side does not restate is
    # shared context ("l'ensemble de l'année 2024, et non le seul mois d'août").
    rest = folded[: match.start()] + " " + folded[match.end() :]
    affirmed = _normal(_markers(rest)) - excluded
    if not any(k == "year" for k, _ in excluded):
        affirmed = {(k, v) for k, v in affirmed if k != "year"}
    said = _normal(_markers(fold(passage_text)))
    words = match.group("x").strip()
    if said & excluded and not said & affirmed:
        return "refutes", words
    if said & affirmed:
        return ("neutral", words) if said & excluded else None
    return "neutral", words


# The span a figure is counted over, by kind; a claim and a passage naming two different
# kinds for the same figure measure two different things ("sur l'ensemble de l'année" against
# "in the peak month", "en un mois" against "sur un an", "cumulés" against "cette année-là").
_KINDS: dict[str, re.Pattern] = {
    # A whole year as the span counted; "sur un an", "year-on-year" only name a change's base,
    # which a quarter's figure may have too.
    "year": re.compile(
        r"\b(?:(?:l')?ensemble\s+de\s+l'annee|toute\s+l'annee|annee\s+(?:entiere|complete|"
        r"ecoulee)|sur\s+l'annee|12\s+derniers\s+mois|full[- ]year|(?:whole|entire)\s+year|"
        r"over\s+the\s+(?:past\s+)?year|past\s+12\s+months)\b"
    ),
    "month": re.compile(
        r"\b(?:(?:en|sur|dans)\s+(?:un|1|le)\s+(?:seul\s+)?mois|mensuel(?:le)?s?|"
        r"(?:in|over)\s+(?:a|one|the)\s+(?:single\s+)?month|(?:peak|single)\s+month|"
        r"month[- ]on[- ]month|monthly)\b"
    ),
    "week": re.compile(
        r"\b(?:(?:en|sur)\s+(?:une|1)\s+(?:seule\s+)?semaine|toute\s+la\s+semaine|"
        r"hebdomadaire|(?:in|over)\s+(?:a|one|the)\s+(?:single\s+)?week|weekly)\b"
    ),
    "quarter": _SPANS["quarter"],
    "half": _SPANS["half"],
    "cumul": _SPANS["cumul"],
}


def _kinds(text: str) -> dict[str, str]:
    """Span kinds named in a folded text -> the words naming them."""
    return {kind: m.group(0) for kind, pattern in _KINDS.items() if (m := pattern.search(text))}


def other_span_kind(claim_text: str, passage_text: str) -> str | None:
    """The passage counts the figure over another kind of span than the claim names, and
    never over the claim's: the words of both, else None."""
    said, found = _kinds(fold(claim_text)), _kinds(fold(passage_text))
    if not said or not found or said.keys() & found.keys():
        return None
    return f"«{next(iter(said.values()))}» ↔ «{next(iter(found.values()))}»"


F = TypeVar("F")


TURN_STANCE = "refutes"


def check_exclusion(
    claim_text: str, passage_text: str, findings: list[F], turned: str | None = None
) -> list[F]:
    """Turn the passage's supports of a claim with its own period exclusion: into a refutation
    when the passage gives the excluded period, into an abstention when it does not settle it.
    (Findings are stance.Finding objects; only their stance, reason and note change.)"""
    if not any(getattr(f, "stance", None) == "supports" for f in findings):
        return findings
    outcome = excluded_period(claim_text, passage_text)
    if outcome is not None:
        stance, words = outcome
        note = f"the claim excludes «{words}», which the passage " + (
            "gives" if stance == "refutes" else "does not rule out"
        )
    elif turned:
        # Another year only leaves the claim unproven; the other move refutes it.
        stance = "neutral" if turned.startswith("another year") else TURN_STANCE
        note = turned
    elif clash := other_span_kind(claim_text, passage_text):
        # Only an abstention: the passage may give the claim's span in another sentence.
        stance, note = "neutral", f"counted over another span: {clash}"
    else:
        return findings
    reason = "period_mismatch" if stance == "refutes" else "no_comparable_quantity"
    if turned and stance == "refutes" and outcome is None:
        reason = "direction_mismatch"
    # The opposite change read off a clause, not the figure itself: weaker than the match.
    scale = 0.8 if reason == "direction_mismatch" else 1.0
    return [
        replace(
            f,
            stance=stance,
            reason=reason,
            note=note,
            confidence=round(getattr(f, "confidence", 0.0) * scale, 3),
        )
        if f.stance == "supports"
        else f
        for f in findings
    ]
