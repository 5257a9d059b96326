"""Figures in French and English text, read as intervals with unit, currency, period, qualifier."""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, replace

from workers.verification.figure_patterns import NUMBER, RANGE_GAP, RANGE_OPENER
from workers.verification.figures import (
    Raw,
    clock_figures,
    currency_code,
    read_figure,
    vague_figures,
    word_figures,
)
from workers.verification.lexicon import guess_language
from workers.verification.periods import Period, find_periods
from workers.verification.sentences import split_passages
from workers.verification.word_figures import direction

# A rounded figure may differ from the precise one by at most this share of its value: "500"
# covers 488-512, not 450-550, even though its last significant digit is the hundreds.
MAX_RELATIVE_ROUNDING = 0.025
APPROX_SPREAD = 0.10
MAIN_UNITS = (
    "currency",
    "amount",
    "count",
    "percent",
    "multiple",
    "energy",
    "power",
    "area",
    "length",
    "mass",
    "temperature",
)


@dataclass(frozen=True)
class Quantity:
    """A figure as an interval, with what it counts and the time it covers."""

    low: float
    high: float
    # 'currency', 'amount' (scaled, unit unknown), 'percent', 'count', 'year', 'duration',
    # 'multiple' (a factor: "doubled" is 2, "deux fois moins" 0.5)
    unit: str
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
    change: str | None = None  # 'by' (size of a change) or 'to' (level reached) for changes
    per: str | None = None  # 'year' for a yearly rate ("15 % per year"), 'total' for a total
    below: bool = False  # "presque 3 000", "nearly 3,000": about the figure, and short of it

    def to_dict(self) -> dict:
        data = asdict(self)
        # JSON (and PostgreSQL jsonb) has no infinity: an open bound is stored as null.
        for key in ("low", "high"):
            if math.isinf(data[key]):
                data[key] = None
        return data


# "est passé de 3,7 à 3,3 millions", "went from 25% to 19%": a move from one level to
# another, without a word for its direction.
_MOVED_FROM = re.compile(
    r"\b(?:pass[ée]e?s?|passant|passer|pass[ée]rent|went|gone|going|moved|moving|"
    r"[ée]volu[ée]e?s?|shifted)\s+(?:de|d['’]|from)\s*$",
    re.I,
)


# "presque", "nearly", "almost" before a figure: close to it, and below it.
_SHORT_OF = re.compile(r"\b(?:presque|nearly|almost)\s*(?:[$€£]\s?)?$", re.I)


def _way(before: float, after: float) -> str | None:
    return "rise" if after > before else "fall" if after < before else None


def _merge_ranges(text: str, figures: list[Raw]) -> list[Raw]:
    out: list[Raw] = []
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
        moved = previous and _MOVED_FROM.search(text, max(0, previous.start - 30), previous.start)
        if (
            joinable
            and gap.strip().lower() in ("to", "à")
            and (direction(text, previous.start, previous.start) or moved)
        ):
            if previous.scale == 1.0 and figure.scale != 1.0:
                # "passé de 3,7 à 3,3 millions": the scale word serves both figures.
                previous.value *= figure.scale
                previous.low, previous.high = previous.value, previous.value
                previous.tolerance *= figure.scale
                previous.scale = figure.scale
                previous.unit = figure.unit
                previous.currency = previous.currency or figure.currency
            # "reduced from 25% to 19%": a change from a baseline to a level, not a range.
            previous.period, previous.period_text = "baseline", "baseline"
            previous.change, figure.change = None, "to"
            figure.direction = figure.direction or direction(text, previous.start, previous.start)
            # "passée de 9,7 % à 15,6 %": from one value to a higher one is a rise, said or not.
            figure.direction = figure.direction or _way(previous.value, figure.value)
            joinable = False
        if not joinable:
            out.append(figure)
            continue
        first = previous.value
        if figure.unit == "duration" and previous.unit == "count":
            first *= figure.value / figure.raw if figure.raw else 1.0  # "4 à 7 mois"
            previous.unit = "duration"
        elif previous.scale == 1.0 and figure.scale != 1.0:
            first *= figure.scale  # "entre 2 et 3 milliards": the scale word serves both
        low, high = sorted((first, figure.value))
        figure.low, figure.high, figure.qualifier = low, high, "range"
        if _is_score(text, previous, figure, gap, first):
            figure.qualifier = "score"
        figure.value, figure.start = (low + high) / 2, previous.start
        figure.currency = figure.currency or previous.currency
        out[-1] = figure
    return out


def _is_score(text: str, previous: Raw, figure: Raw, gap: str, first: float) -> bool:
    """A pair of whole counts written high first ("battu 33 à 23", "won 3-1") with no "entre",
    "de" or "from" before it: a score or a tally, not a range, since a range runs low to high."""
    return (
        first > figure.value
        and gap.strip().lower() in ("à", "to", "-", "–")
        and previous.unit == figure.unit == "count"
        and previous.scale == figure.scale == 1.0
        and float(first).is_integer()
        and float(figure.value).is_integer()
        and not RANGE_OPENER.search(text, max(0, previous.start - 12), previous.start)
    )


def _interval(figure: Raw) -> tuple[float, float]:
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
    figures = vague_figures(sentence) + clock_figures(sentence)
    for figure in word_figures(sentence, language):
        spans = taken + [(g.start, g.end) for g in figures]
        if not any(s < figure.end and figure.start < e for s, e in spans):
            figures.append(figure)
    taken += [(f.start, f.end) for f in figures]
    for match in NUMBER.finditer(sentence):
        if any(s <= match.start() < e for s, e in taken):
            continue
        figure = read_figure(sentence, match, language)
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
        own = [
            p
            for p in periods
            if not _reference(sentence, p) and not _anothers(sentence, figure, p, figures)
        ]
        if figure.unit in MAIN_UNITS and own:
            nearest = min(own, key=lambda p: _distance(figure, p))
            if nearest.kind == "initial" and _closest(nearest, figures) is not figure:
                # "$100 billion immediately and ... $500 billion": "immediately" is the first
                # figure's; the other is not the initial amount.
                nearest = min(
                    (p for p in own if p.kind != "initial"),
                    key=lambda p: _distance(figure, p),
                    default=None,
                )
        else:
            nearest = None
        if nearest is not None and _beyond(figure, nearest, figures):
            nearest = None
        if nearest is not None:
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
                below=figure.qualifier == "approx"
                and _SHORT_OF.search(sentence, max(0, figure.start - 20), figure.start) is not None,
                noun=figure.noun,
                direction=figure.direction,
                period_text=figure.period_text,
                change=figure.change,
                per=figure.per,
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


# A date this far from a figure is not the figure's: "1.008 cas, ... devant l'Autriche (456
# cas) le pays ... où la maladie, considérée comme éliminée en 2021, ..." dates the elimination.
_REACH = 80


# A year that a figure is compared with or measured against, not the figure's own time:
# "48 000 naissances de moins qu'en 2022 (-6,6 %)", "up 3% compared with 2022", "un niveau
# inédit depuis 1993-1994", "the lowest since 2003". On the spent holdout2, such years read
# as the figure's period made 3 of its 10 time refutations, all wrong.
_BASE_BEFORE = re.compile(
    r"(?:\bqu['’]\s*|\bque\s+|\bthan\s+|par\s+rapport\s+(?:à|a)\s+|compared\s+(?:with|to)\s+|"
    r"\bcontre\s+|\bversus\s+|\bvs\.?\s+|\bsur\s+un\s+an\s+)"
    # "par rapport à une année 2022 déjà historique", "compared with the year 2022".
    r"(?:(?:une|la|l['’]|the|an?)\s*(?:ann[ée]e|year|exercice)\s+)?$",
    re.I,
)
_RECORD_BEFORE = re.compile(
    r"\b(?:in[ée]dit|plus\s+(?:bas|haut|[ée]lev[ée]|faible|fort)e?s?|highest|lowest|record|"
    r"jamais|first\s+time|premi[èe]re\s+fois|best|worst|meilleur|pire)\b[^,.;]{0,40}$",
    re.I,
)


def _reference(sentence: str, period: Period) -> bool:
    """The period is a base of comparison or the span of a record, not a figure's time."""
    before = sentence[max(0, period.start - 60) : period.start]
    word = sentence[period.start : period.end].lower()
    if period.kind == "in" and _BASE_BEFORE.search(before + word[: word.find(" ") + 1]):
        return True
    if period.kind == "from" and re.match(r"(?:depuis|since)\b", word):
        return bool(_RECORD_BEFORE.search(before))
    return bool(_BASE_BEFORE.search(before))


# "11,8 % en moyenne, après 6,8 % en 2022": the year after the compared figure dates that
# figure, not the one before the connective.
_THEN = re.compile(
    r"[,;(]?\s*(?:apr[èe]s|contre|after|against|versus|vs\.?|compared\s+with)\s*$", re.I
)


def _anothers(sentence: str, figure: Raw, period: Period, figures: list[Raw]) -> bool:
    """A period after the figure that another figure, introduced as the compared one,
    stands between: "x % en 2023, après y % en 2022" gives 2022 to y."""
    if period.start < figure.end:
        return False
    for other in figures:
        if other is figure or not (figure.end <= other.start and other.end <= period.start):
            continue
        if _THEN.search(sentence, figure.end, other.start):
            return True
    return False


def _beyond(figure: Raw, period: Period, figures: list[Raw]) -> bool:
    low, high = (
        sorted((figure.end, period.start))
        if period.start >= figure.end
        else sorted((period.end, figure.start))
    )
    # A date that opens the sentence ("En 2024, ...") dates all of it.
    return period.start > 3 and high - low > _REACH


def _closest(period: Period, figures: list[Raw]) -> Raw | None:
    return min(figures, key=lambda f: _distance(f, period), default=None)


def _distance(figure: Raw, period: Period) -> int:
    if period.start >= figure.end:
        return period.start - figure.end
    if period.end <= figure.start:
        return figure.start - period.end + 15  # a scope usually follows its figure
    return 0


def _sentence_currency(sentence: str, figures: list[Raw]) -> str | None:
    for figure in figures:
        if figure.currency:
            return figure.currency
    match = re.search(r"\b(dollars?|euros?)\b|[$€£]", sentence, re.I)
    return currency_code(match.group()) if match else None
