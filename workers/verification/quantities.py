"""Figures in French and English text, read as intervals with unit, currency, period, qualifier."""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, replace

from workers.verification.figure_patterns import (
    BASELINE,
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    DIRECTIONS,
    DURATION_NOUN,
    NOUN,
    NUMBER,
    PERCENT,
    QUALIFIER_RE,
    RANGE_GAP,
    RANGE_OPENER,
    SCALE,
    VAGUE,
    VAGUE_BASE,
    VAGUE_WORDS,
)
from workers.verification.lexicon import STOPWORDS, fold, guess_language, lemma
from workers.verification.numbers import (
    ARTICLES,
    SCALE_ONLY,
    parse_digits,
    parse_spelled,
    scale_value,
)
from workers.verification.periods import Period, find_periods
from workers.verification.sentences import split_passages

# A rounded figure may differ from the precise one by at most this share of its value: "500"
# covers 488-512, not 450-550, even though its last significant digit is the hundreds.
MAX_RELATIVE_ROUNDING = 0.025
APPROX_SPREAD = 0.10
MAIN_UNITS = ("currency", "amount", "count", "percent")


@dataclass(frozen=True)
class Quantity:
    """A figure as an interval, with what it counts and the time it covers."""

    low: float
    high: float
    unit: str  # 'currency', 'amount' (scaled, unit unknown), 'percent', 'count', 'year', 'duration'
    currency: str | None
    period: str | None
    qualifier: str | None
    text: str
    start: int
    end: int
    value: float = 0.0  # the figure as written (the ceiling of "up to", the middle of a range)
    tolerance: float = 0.0  # rounding slack of the written figure
    noun: str | None = None  # what is counted, in the shared lemma space ('job', 'people')
    direction: str | None = None  # 'rise' / 'fall' for changes
    period_text: str | None = None  # the words that set the period ("over the next four years")

    def to_dict(self) -> dict:
        data = asdict(self)
        # JSON (and PostgreSQL jsonb) has no infinity: an open bound is stored as null.
        for key in ("low", "high"):
            if math.isinf(data[key]):
                data[key] = None
        return data


@dataclass
class _Raw:
    """A figure before its sentence context (period, inherited currency) is applied."""

    value: float
    tolerance: float
    unit: str
    start: int
    end: int
    currency: str | None = None
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    noun: str | None = None
    direction: str | None = None
    scale: float = 1.0
    period: str | None = None
    period_text: str | None = None


def _currency_code(symbol: str) -> str:
    s = symbol.strip().lower()
    if "$" in s or "dollar" in s or s == "usd":
        return "USD"
    if "€" in s or "euro" in s or s == "eur":
        return "EUR"
    return "GBP"


def _qualifier(text: str, start: int) -> str:
    window = text[max(0, start - 45) : start]
    for name, pattern in QUALIFIER_RE:
        if pattern.search(window):
            return name
    return "exact"


def _direction(text: str, start: int, end: int) -> str | None:
    before = re.findall(r"[a-z]+", fold(text[max(0, start - 50) : start]))
    for word in reversed(before[-6:]):
        if lemma(word) in DIRECTIONS:
            return DIRECTIONS[lemma(word)]
    for word in re.findall(r"[a-z]+", fold(text[end : end + 25]))[:3]:
        if lemma(word) in DIRECTIONS:
            return DIRECTIONS[lemma(word)]
    return None


def _noun(text: str, end: int) -> str | None:
    match = NOUN.match(text, end)
    if not match or match.end() - end > 40:
        return None
    word = fold(match.group(1))
    if word in STOPWORDS or word in {"sur", "over", "par", "per", "a", "an"}:
        return None
    return NOUN_CLASSES.get(lemma(word), lemma(word))


NOUN_CLASSES = {
    "people": "people",
    "passenger": "people",
    "seat": "people",
    "household": "household",
    "job": "job",
    "worker": "job",
    "engineer": "job",
    "employ": "job",
    "km": "km",
    "tree": "tree",
    "car": "car",
    "datacenter": "datacenter",
    "chip": "chip",
}


def _read_figure(text: str, match: re.Match, language: str) -> _Raw | None:
    raw, start, end = match.group(), match.start(), match.end()
    spelled = not raw[0].isdigit()
    scale_match = SCALE.match(text, end)
    if scale_match and len(scale_match.group(2)) == 1 and scale_match.group(1):
        scale_match = None  # "5 m" is five metres; "5m" or "$5M" is five million
    if spelled:
        if raw.lower() in ARTICLES and not SCALE_ONLY.match(text, end):
            return None
        value = parse_spelled(raw, language)
        if value is None:
            return None
        tolerance = 0.0
    else:
        value, tolerance = parse_digits(raw, language, scaled=scale_match is not None)
    prefix = CURRENCY_PREFIX.search(text, max(0, start - 6), start)
    single = scale_match and len(scale_match.group(2)) == 1
    if single and not prefix and scale_match.group(2).lower() != "k":
        scale_match = None
    scale = scale_value(scale_match.group(2), language) if scale_match else 1.0
    end = scale_match.end() if scale_match else end
    figure = _Raw(value * scale, tolerance * scale, "count", start, end, scale=scale)
    if prefix:
        figure.currency, figure.unit = _currency_code(prefix.group(1)), "currency"
        figure.start = prefix.start()
    elif suffix := CURRENCY_SUFFIX.match(text, end):
        figure.currency, figure.unit, figure.end = (
            _currency_code(suffix.group(1)),
            "currency",
            suffix.end(),
        )
    elif percent := PERCENT.match(text, end):
        figure.unit, figure.end = "percent", percent.end()
        figure.direction = _direction(text, start, figure.end)
    elif duration := DURATION_NOUN.match(text, end):
        unit = fold(duration.group(1))
        if unit.startswith(("an", "year")):
            figure.unit, figure.noun = "duration", "year"
        elif unit.startswith(("mois", "month")):
            figure.unit, figure.noun, figure.value = "duration", "year", figure.value / 12
        else:
            figure.noun = lemma(unit)
        figure.end = duration.end()
    else:
        figure.noun = _noun(text, end)
        if scale_match and figure.noun is None:
            figure.unit = "amount"
        elif not spelled and re.fullmatch(r"(1[89]|2[01])\d\d", raw) and not scale_match:
            return None  # a bare year: handled as a period hint
    figure.qualifier = _qualifier(text, figure.start)
    if BASELINE.search(text, max(0, figure.start - 30), figure.start):
        # "up from €55bn", "contre 2,4 %": the earlier value a change is measured against.
        figure.period, figure.period_text = "baseline", "baseline"
    if re.match(r"\s*(?:ou\s+plus|or\s+more)\b", text[figure.end :], re.I):
        figure.qualifier = "at_least"
    return figure


def _vague_figures(text: str) -> list[_Raw]:
    out = []
    for match in VAGUE.finditer(text):
        first = (match.group(1) or match.group(3)).lower()
        second = (match.group(2) or match.group(4) or "").lower()
        low, high = VAGUE_WORDS[first]
        if second:
            base = VAGUE_BASE[second]
            low, high = low * base, (high + 1) * base - 1
        figure = _Raw((low + high) / 2, 0.0, "count", match.start(), match.end())
        figure.qualifier, figure.low, figure.high = "vague", low, high
        end = match.end()
        if suffix := CURRENCY_SUFFIX.match(text, end):
            figure.currency, figure.unit, figure.end = (
                _currency_code(suffix.group(1)),
                "currency",
                suffix.end(),
            )
        else:
            figure.noun = _noun(text, end)
        out.append(figure)
    return out


def _merge_ranges(text: str, figures: list[_Raw]) -> list[_Raw]:
    out: list[_Raw] = []
    for figure in figures:
        previous = out[-1] if out else None
        gap = text[previous.end : figure.start] if previous else ""
        joinable = (
            previous is not None
            and previous.qualifier == "exact"
            and RANGE_GAP.match(gap)
            and previous.unit in (figure.unit, "count")
            and (
                gap.strip().lower() not in ("and", "et")
                or RANGE_OPENER.search(text, max(0, previous.start - 12), previous.start)
            )
        )
        if not joinable:
            out.append(figure)
            continue
        first = previous.value
        if previous.scale == 1.0 and figure.scale != 1.0:
            first *= figure.scale  # "entre 2 et 3 milliards": the scale word serves both
        low, high = sorted((first, figure.value))
        figure.low, figure.high, figure.qualifier = low, high, "range"
        figure.value, figure.start = (low + high) / 2, previous.start
        figure.currency = figure.currency or previous.currency
        out[-1] = figure
    return out


def _interval(figure: _Raw) -> tuple[float, float]:
    if figure.low is not None and figure.high is not None:
        return figure.low, figure.high
    v, q = figure.value, figure.qualifier
    if q == "approx":
        return v * (1 - APPROX_SPREAD), v * (1 + APPROX_SPREAD)
    if q in ("at_least", "more_than"):
        return v, math.inf
    if q in ("up_to", "at_most", "less_than"):
        return 0.0, v
    return v, v


def _period_quantity(period: Period, text: str) -> Quantity | None:
    span = text[period.start : period.end]
    if period.kind == "duration":
        return Quantity(
            period.years,
            period.years,
            "duration",
            None,
            period.key,
            "exact",
            span,
            period.start,
            period.end,
            value=period.years,
            noun="year",
        )
    if period.year is not None:
        return Quantity(
            period.year,
            period.year,
            "year",
            None,
            period.key,
            "exact",
            span,
            period.start,
            period.end,
            value=period.year,
        )
    return None


def _bare_years(text: str, taken: list[tuple[int, int]]) -> list[Period]:
    years = []
    for match in re.finditer(r"(?<![\w.,$€£-])(1[89]\d\d|20\d\d|21\d\d)(?![\d%]|[.,]\d)", text):
        if not any(s <= match.start() < e for s, e in taken):
            year = int(match.group(1))
            years.append(Period(f"in:{year}", "in", match.start(), match.end(), year=year))
    return years


def extract_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """Every figure in ``text``, as :class:`Quantity` objects in order of appearance."""
    if not text:
        return []
    language = language or guess_language(text)
    out: list[Quantity] = []
    for s_start, s_end in split_passages(text):
        out.extend(_sentence_quantities(text, s_start, s_end, language))
    return out


def _sentence_quantities(text: str, s_start: int, s_end: int, language: str) -> list[Quantity]:
    sentence = text[s_start:s_end]
    periods = find_periods(sentence, language)
    taken = [(p.start, p.end) for p in periods]
    figures = _vague_figures(sentence)
    taken += [(f.start, f.end) for f in figures]
    for match in NUMBER.finditer(sentence):
        if any(s <= match.start() < e for s, e in taken):
            continue
        figure = _read_figure(sentence, match, language)
        if figure and not any(s < figure.end and figure.start < e for s, e in taken):
            figures.append(figure)
            taken.append((figure.start, figure.end))
    figures = _merge_ranges(sentence, sorted(figures, key=lambda f: f.start))
    periods = sorted(
        periods + _bare_years(sentence, taken + [(f.start, f.end) for f in figures]),
        key=lambda p: p.start,
    )
    currency = _sentence_currency(sentence, figures)
    used: set[int] = set()
    result = []
    for figure in figures:
        if figure.unit == "amount" and currency:
            # French often names the currency once and drops it on later figures ("100
            # milliards de dollars ..., pouvant atteindre les 500 milliards"): a scaled bare
            # figure inherits the currency named elsewhere in the same sentence.
            figure.unit, figure.currency = "currency", currency
        if figure.unit in ("currency", "amount", "count", "percent") and periods:
            nearest = min(periods, key=lambda p: _distance(figure, p))
            if figure.period is None:  # a baseline ("up from ...") keeps its own marker
                figure.period = nearest.key
                figure.period_text = sentence[nearest.start : nearest.end]
            used.add(id(nearest))
        low, high = _interval(figure)
        tolerance = min(figure.tolerance, abs(figure.value) * MAX_RELATIVE_ROUNDING)
        result.append(
            Quantity(
                low,
                high,
                figure.unit,
                figure.currency,
                figure.period,
                figure.qualifier,
                sentence[figure.start : figure.end],
                s_start + figure.start,
                s_start + figure.end,
                value=figure.value,
                tolerance=tolerance,
                noun=figure.noun,
                direction=figure.direction,
                period_text=figure.period_text,
            )
        )
    # Scopes are also kept as figures of their own (even when attached to another figure):
    # a claim whose only figure is a year ("dès 2026") is checked against them.
    for period in periods:
        if period.kind != "in" or id(period) not in used or period.end - period.start > 4:
            quantity = _period_quantity(period, sentence)
        else:
            quantity = None  # a bare year used as a figure's date is no claim of its own
        if quantity:
            result.append(
                replace(quantity, start=quantity.start + s_start, end=quantity.end + s_start)
            )
    return sorted(result, key=lambda q: q.start)


def _distance(figure: _Raw, period: Period) -> int:
    if period.start >= figure.end:
        return period.start - figure.end
    if period.end <= figure.start:
        return figure.start - period.end + 15  # a scope usually follows its figure
    return 0


def _sentence_currency(sentence: str, figures: list[_Raw]) -> str | None:
    for figure in figures:
        if figure.currency:
            return figure.currency
    match = re.search(r"\b(dollars?|euros?)\b|[$€£]", sentence, re.I)
    return _currency_code(match.group()) if match else None
