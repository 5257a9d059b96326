"""Time scopes written next to figures: durations, target years, fiscal years, months."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workers.verification.numbers import DIGITS, SPELLED, parse_digits, parse_spelled

YEAR = r"(1[89]\d{2}|20\d{2}|21\d{2})(?!\d)"
_MONTHS = {
    "janvier": 1,
    "january": 1,
    "février": 2,
    "fevrier": 2,
    "february": 2,
    "mars": 3,
    "march": 3,
    "avril": 4,
    "april": 4,
    "mai": 5,
    "may": 5,
    "juin": 6,
    "june": 6,
    "juillet": 7,
    "july": 7,
    "août": 8,
    "aout": 8,
    "august": 8,
    "septembre": 9,
    "september": 9,
    "octobre": 10,
    "october": 10,
    "novembre": 11,
    "november": 11,
    "décembre": 12,
    "decembre": 12,
    "december": 12,
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
MONTHS = frozenset(_MONTHS) | {"fevrier", "aout", "decembre"}
_NUM = rf"({DIGITS}|{SPELLED})"
_UNIT_YEARS = {
    "an": 1.0,
    "ans": 1.0,
    "année": 1.0,
    "années": 1.0,
    "year": 1.0,
    "years": 1.0,
    "mois": 1 / 12,
    "month": 1 / 12,
    "months": 1 / 12,
}

_PATTERNS: list[tuple[str, re.Pattern]] = [
    # A year written with the next one ("2009/10", "2021-22"): one statistical or fiscal year,
    # not a year and a count of 10.
    (
        "split",
        re.compile(
            r"(?:\b(?:in|en|for|pour|during|pendant)\s+)?" + YEAR + r"\s?[/-]\s?(\d{2})(?![\d/])",
            re.I,
        ),
    ),
    (
        "duration",
        re.compile(
            r"\b(?:sur|over|pendant|during|for|across|within|durer|last|lasting|take|en)\s+"
            r"(?:les\s+|the\s+|a\s+|une\s+période\s+de\s+)?(?:(?:next|past|last|coming|prochaines?"
            rf"|dernières?)\s+)?{_NUM}\s+(?:(?:prochaines?|dernières?|next)\s+)?"
            r"(ans|années|an|years?|mois|months?)\b",
            re.I,
        ),
    ),
    ("duration", re.compile(r"\b(\d+|[A-Za-z]+)-(year|month)s?\b", re.I)),
    # "sur le trimestre", "over the quarter": a span of three months, not a date.
    (
        "span",
        re.compile(
            r"\b(?:sur|over|during|pendant|au\s+cours\s+du|in)\s+(?:le|un|the|a|this|ce)\s+"
            r"(trimestre|quarter|semestre|half[- ]year)\b",
            re.I,
        ),
    ),
    (
        "fy",
        re.compile(
            r"(?:\bFY\s?|\bfiscal(?:\s+year)?\s+|\bexercice(?:\s+fiscal)?\s+|"
            r"\bannée\s+fiscale\s+)'?(20\d{2}|\d{2})(?!\d)",
            re.I,
        ),
    ),
    (
        "by",
        re.compile(
            r"(?:\bd['’]ici(?:\s+à)?|\bby(?:\s+the\s+end\s+of)?|\bà\s+l['’]horizon|"
            r"\bhorizon|\bavant|\bbefore|\bno\s+later\s+than|\bau\s+plus\s+tard\s+en)"
            r"\s+(?:(?:la\s+)?fin\s+(?:de\s+)?)?" + YEAR,
            re.I,
        ),
    ),
    (
        "from",
        re.compile(
            r"(?:\bdès|\bfrom|\bstarting(?:\s+in)?|\bbeginning(?:\s+in)?|"
            r"\bà\s+partir\s+de|\bas\s+early\s+as|\bsince|\bdepuis)\s+(?:l['’]an\s+)?" + YEAR,
            re.I,
        ),
    ),
    (
        "in",
        re.compile(
            r"(?:\bin|\ben|\bduring|\bpendant|\bau\s+cours\s+de|\bfor)\s+(?:"
            + _MONTH
            + r"\s+)?"
            + YEAR,
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            r"(?:\bin|\ben|\bduring|\bau\s+mois\s+d[e'’]\s*|\bfin|\bend\s+of)\s*" + _MONTH + r"\b",
            re.I,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior)\s+year|"
            r"un\s+an\s+(?:plus\s+tôt|auparavant)|l['’]année\s+(?:précédente|d['’]avant))\b",
            re.I,
        ),
    ),
    (
        "last",
        re.compile(
            r"\b(?:last\s+year|l['’]an\s+dernier|l['’]année\s+dernière|"
            r"l['’]an\s+passé|l['’]année\s+passée)\b",
            re.I,
        ),
    ),
    (
        "initial",
        re.compile(
            r"\b(?:phase\s+initiale|initial\s+phase|first\s+phase|première\s+phase|immediately|"
            r"immédiatement|initially|initialement|dans\s+un\s+premier\s+temps|at\s+first|"
            r"first\s+tranche|d['’]emblée|right\s+away)\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class Period:
    """A time scope found in text: ``key`` is e.g. 'P4Y', 'by:2028', 'FY2025', 'month:3'."""

    key: str
    kind: str  # 'duration', 'by', 'from', 'in', 'fy', 'month', 'initial', 'relative', 'last'
    start: int
    end: int
    years: float | None = None  # length for durations
    year: int | None = None  # the year for by/from/in/fy


def _number(raw: str, language: str) -> float | None:
    if raw[0].isdigit():
        return parse_digits(raw, language)[0]
    return parse_spelled(raw, language)


def find_periods(text: str, language: str) -> list[Period]:
    """All time scopes in ``text``, the longest first when two overlap."""
    found: list[Period] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            period = _period(kind, match, language)
            if period and not any(p.start < period.end and period.start < p.end for p in found):
                found.append(period)
    return sorted(found, key=lambda p: p.start)


def _period(kind: str, match: re.Match, language: str) -> Period | None:
    start, end = match.span()
    if kind == "duration":
        value = _number(match.group(1), language)
        unit = match.group(match.lastindex).lower()
        per_unit = _UNIT_YEARS.get(unit, _UNIT_YEARS.get(unit.rstrip("s"), 1.0))
        if value is None or value <= 0 or value > 200:
            return None
        years = value * per_unit
        key = f"P{years:g}Y" if per_unit == 1.0 else f"P{value:g}M"
        return Period(key, kind, start, end, years=years)
    if kind in ("initial", "relative", "last"):
        return Period(kind, kind, start, end)
    if kind == "month":
        return Period(f"month:{_MONTHS[match.group(1).lower()]}", kind, start, end)
    if kind == "span":
        months = 3 if match.group(1).lower() in ("trimestre", "quarter") else 6
        return Period(f"P{months}M", "duration", start, end, years=months / 12)
    if kind == "split":
        year = int(match.group(1))
        if int(match.group(2)) != (year + 1) % 100:
            return None  # "2024-25" is one season; "2019-21" is a span of years
        return Period(f"in:{year}/{match.group(2)}", "in", start, end, year=year)
    year_text = match.group(match.lastindex)
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    if kind == "fy":
        return Period(f"FY{year}", kind, start, end, year=year)
    if kind == "in" and match.lastindex == 2 and match.group(1):
        month = _MONTHS[match.group(1).lower()]
        return Period(f"in:{year}-{month:02d}", kind, start, end, year=year)
    return Period(f"{kind}:{year}", kind, start, end, year=year)
