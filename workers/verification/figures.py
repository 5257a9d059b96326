"""Reading one figure in a sentence: its number, scale, currency or unit, noun and bounds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workers.verification.figure_patterns import (
    BASELINE,
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    DURATION_NOUN,
    GLUED_METRES,
    NOUN,
    PERCENT,
    PHYSICAL,
    PHYSICAL_UNITS,
    SCALE,
    VAGUE,
    VAGUE_BASE,
    VAGUE_WORDS,
)
from workers.verification.lexicon import STOPWORDS, fold, lemma
from workers.verification.numbers import (
    ARTICLES,
    SCALE_ONLY,
    parse_digits,
    parse_spelled,
    scale_value,
)
from workers.verification.vocabulary import LEXICON
from workers.verification.word_figures import (
    COLLECTIVE,
    DIVIDED,
    FRACTION,
    HALF_SCALE,
    MULTIPLE_VERB,
    RATIO,
    SINGLE,
    TIMES,
    change,
    collective,
    direction,
    fraction,
    half_scale,
    multiple,
    qualifier,
    ratio,
)


@dataclass
class Raw:
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
    change: str | None = None
    per: str | None = None
    raw: float = 0.0  # the number as written, before a unit converted it (months to years)


def currency_code(symbol: str) -> str:
    s = symbol.strip().lower()
    if "$" in s or "dollar" in s or s == "usd":
        return "USD"
    if "€" in s or "euro" in s or s == "eur":
        return "EUR"
    return "GBP"


# Words that follow a figure without naming what it counts.
_NOT_NOUNS = frozenset(
    {"sur", "over", "par", "per", "a", "an", "selon", "according", "contre", "versus", "soit"}
    | {"dont", "en", "in", "au", "to", "at", "ce", "cette", "this", "that"}
    # "771 commandes brutes, soit 507 nettes": a qualifier of the noun said before, not one.
    | {"net", "nets", "nette", "nettes", "brut", "bruts", "brute", "brutes", "gross"}
)


def _noun(text: str, end: int) -> str | None:
    match = NOUN.match(text, end)
    if not match or match.end() - end > 40:
        return None
    word = fold(match.group(1))
    if word in STOPWORDS or word in _NOT_NOUNS:
        return None
    # English puts modifiers before the head noun ("300,000 manufacturing jobs"): a known
    # counted thing among the next two words is the head.
    following = re.findall(r"[a-z]+", fold(text[match.end() : match.end() + 30]))[:2]
    candidates = [word]
    if not _LINK.match(text, match.end()):
        for extra in following:  # the noun phrase runs until a function word
            if extra in STOPWORDS or extra in _NOT_NOUNS:
                break
            candidates.append(extra)
    for candidate in candidates:
        if lemma(candidate) in NOUN_CLASSES:
            return NOUN_CLASSES[lemma(candidate)]
    # Then the last word of the shared lexicon in the phrase: English puts the head last
    # ("1.6 million asylum seekers", "210 exhibiting companies").
    for candidate in reversed(candidates):
        if candidate in LEXICON and candidate not in STOPWORDS:
            return lemma(candidate)
    return NOUN_CLASSES.get(lemma(word), lemma(word))


# "10 000 emplois de plus" / "500 jobs in": past these words the next noun is another thing.
_LINK = re.compile(r"\s*(?:de|d['’]|des|du|à|au|in|at|for|from|by|to|on|et|and)\b", re.I)


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


_ORDINAL = re.compile(r"(?:st|nd|rd|th|er|re|e|ème|eme|è)\b", re.I)
_SLASHED = re.compile(r"\d[/:]$")
_SLASHED_AFTER = re.compile(r"[/:]\d")  # "02/11/2020", "00:02:22" (a date, a clock time)
_MONTH_AFTER = re.compile(
    r"(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
    r"novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b",
    re.I,
)


# A number right after one of these nouns names a thing ("la ligne 15", "RN 524", "article
# 49.3", "Windows 11"): it is part of a label, not a quantity, and comparing it with a claim's
# figure would let the name itself "support" any claim about the thing it names. Glued labels
# ("A320", "MH370", "G7", "Covid-19", "TOI-257b") never match DIGITS in the first place.
_LABEL_BEFORE = re.compile(
    r"(?<![\w-])(?:lignes?|lines?|RER|m[ée]tro|metro|tram(?:way)?|bus|route|RN|RD|autoroute|"
    r"highway|interstate|vol|flight|article|alin[ée]a|chapitre|chapter|tome|acte?|"
    r"saison|season|[ée]pisode|episode|salle|chambre|room|gate|terminal|quai|platform|"
    r"voie|n[°º]|no\.|num[ée]ro|windows|pixel|iphone|galaxy|playstation|xbox|ios|android|"
    r"boeing|airbus|ariane|apollo|version)\s*[\"«“]?\s*$",
    re.I,
)


def is_label(text: str, start: int) -> bool:
    """Whether the number at ``start`` is part of a name ("ligne 15", "RN 524", "n° 5")."""
    return _LABEL_BEFORE.search(text, max(0, start - 24), start) is not None


def read_figure(text: str, match: re.Match, language: str) -> Raw | None:
    raw, start, end = match.group(), match.start(), match.end()
    spelled = not raw[0].isdigit()
    if not spelled and is_label(text, start):
        return None  # "la ligne 15 Sud", "vol 370", "n° 5": a name, not a figure
    if not spelled and (_ORDINAL.match(text, end) or _SLASHED.search(text, 0, start)):
        return None  # "October 1st", "le 2e", "02/11/2020": a rank or a date, not a figure
    if not spelled and (_SLASHED_AFTER.match(text, end) or _MONTH_AFTER.match(text, end)):
        return None  # "23 septembre", "5 December": a day of the month
    scale_match = SCALE.match(text, end)
    # "3 M€", "450 k€", "2,5 M$": a one-letter scale glued to a currency sign is a scale, never
    # a length; French business copy writes millions of euros this way.
    money_scale = bool(
        scale_match
        and len(scale_match.group(2)) == 1
        and scale_match.group(2) in "MKk"
        and text[scale_match.end() : scale_match.end() + 1] in ("€", "$", "£")
    )
    if scale_match and len(scale_match.group(2)) == 1 and scale_match.group(1) and not money_scale:
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
    # "3.7m" (a decimal glued to m or bn) is millions in news copy: lengths are written
    # "3.7 m"; a bare "100m" stays ambiguous (a race, a height) and is not scaled.
    glued_decimal = bool(
        single and not spelled and re.search(r"[.,]\d", raw) and not scale_match.group(1)
    )
    if (
        single
        and not prefix
        and scale_match.group(2).lower() != "k"
        and not glued_decimal
        and not money_scale
    ):
        scale_match = None
    scale = scale_value(scale_match.group(2), language) if scale_match else 1.0
    if scale > 1 and value >= scale:
        # "206,139,587 Million": the digits already say the millions; the word repeats them.
        scale = 1.0
    end = scale_match.end() if scale_match else end
    figure = Raw(value * scale, tolerance * scale, "count", start, end, scale=scale)
    figure.raw = figure.value
    if prefix:
        figure.currency, figure.unit = currency_code(prefix.group(1)), "currency"
        figure.start = prefix.start()
    if not _attach_unit(text, figure, prefix is not None):
        if scale_match and figure.noun is None:
            figure.unit = "amount"
        elif not spelled and re.fullmatch(r"(1[89]|2[01])\d\d", raw) and not scale_match:
            return None  # a bare year: handled as a period hint
    figure = _bounds(text, figure)
    # "Forty percent" is a round figure in words: it stands for about forty (42 %).
    round_in_words = spelled and figure.value >= 20 and figure.value % 10 == 0
    if round_in_words and figure.unit == "percent" and figure.qualifier == "exact":
        figure.qualifier = "approx"
    return figure


def _attach_unit(text: str, figure: Raw, has_currency: bool) -> bool:
    """Read what follows a figure (currency, percent, duration, noun); True if a unit was set."""
    end = figure.end
    if has_currency:
        return True
    if suffix := CURRENCY_SUFFIX.match(text, end):
        figure.currency, figure.unit = currency_code(suffix.group(1)), "currency"
        figure.end = suffix.end()
        return True
    if percent := PERCENT.match(text, end):
        figure.unit, figure.end = "percent", percent.end()
        figure.direction = direction(text, figure.start, figure.end)
        figure.change = change(text, figure.start, figure.direction)
        return True
    if (glued := GLUED_METRES.match(text, end)) and figure.value == int(figure.value):
        figure.value += int(glued.group(1)) / 100
        figure.unit, figure.tolerance, figure.end = "length", 0.005, glued.end()
        return True
    if physical := PHYSICAL.match(text, end):
        family, factor = _physical(physical.group(1))
        figure.unit, figure.end = family, physical.end()
        figure.value, figure.tolerance = figure.value * factor, figure.tolerance * factor
        figure.direction = direction(text, figure.start, figure.end)
        figure.change = change(text, figure.start, figure.direction)
        return True
    if duration := DURATION_NOUN.match(text, end):
        unit = fold(duration.group(1))
        if unit.startswith(("an", "year")):
            figure.unit, figure.noun = "duration", "year"
        elif unit.startswith(("mois", "month")):
            figure.unit, figure.noun, figure.value = "duration", "year", figure.value / 12
        else:
            figure.noun = lemma(unit)
        figure.end = duration.end()
        return True
    figure.noun = _noun(text, end)
    return False


def _physical(word: str) -> tuple[str, float]:
    key = re.sub(r"\s+celsius$", "", fold(word))
    key = re.sub(r"[ -]?heures?$", "-hour", key.replace("watt-hour", "watt-hour"))
    key = re.sub(r"\s+", " ", key).rstrip("s") if not key.endswith("²") else key
    if key.endswith("-hour") and key[:-5] + "heure" in PHYSICAL_UNITS:
        key = key[:-5] + "heure"
    for candidate in (key, key.replace(" ", "-"), key.replace("-hours", "-hour")):
        if candidate in PHYSICAL_UNITS:
            return PHYSICAL_UNITS[candidate]
    # "mètres carrés": each word in the singular ("metre carre").
    plural = " ".join(w.rstrip("s") for w in key.split())
    return PHYSICAL_UNITS.get(key.lower(), PHYSICAL_UNITS.get(plural, ("measure", 1.0)))


def _bounds(text: str, figure: Raw) -> Raw:
    """The qualifier before a figure ("plus de", "up to"), a baseline marker, "or more"."""
    figure.qualifier = qualifier(text, figure.start)
    if BASELINE.search(text, max(0, figure.start - 30), figure.start):
        # "up from €55bn", "contre 2,4 %": the earlier value a change is measured against.
        figure.period, figure.period_text = "baseline", "baseline"
    if re.match(r"\s*(?:ou\s+plus|or\s+more)\b", text[figure.end :], re.I):
        figure.qualifier = "at_least"
    elif figure.qualifier == "exact" and _CEILING_AFTER.match(text, figure.end):
        # "des vagues de 1,2 mètre de haut au maximum", "5 m at most": a ceiling said after.
        figure.qualifier = "at_most"
    if figure.unit not in ("percent", "year", "duration") and figure.direction is None:
        # "cut by 500", "rose to $2bn": a change of a count or an amount, by or to.
        moved = direction(text, figure.start, figure.start)
        said = change(text, figure.start, moved)
        if moved and said:
            figure.direction, figure.change = moved, said
        elif after := _AFTER_DIRECTION.match(text, figure.end):
            # "34 200 demandeurs ... en moins", "500 additional jobs"
            figure.direction = (
                "fall" if re.search(r"moins|fewer|less", after.group(1).lower()) else "rise"
            )
            figure.change = "by"
        elif said:
            figure.change = said  # "down by 17,000": a change, its direction unread
    if figure.change is None and _LEVEL.search(text, max(0, figure.start - 30), figure.start):
        figure.change = "to"  # "s'établit à", "stood at": a level, not a change
    if _PER_YEAR.match(text, figure.end):
        figure.per = "year"
    elif shorter := next((n for n, p in _PER_SHORTER if p.match(text, figure.end)), None):
        figure.per = shorter  # "190 euros par mois" is not "190 € par an"
    elif _TOTAL.match(text, figure.end) or _TOTAL_BEFORE.search(text, 0, figure.start):
        figure.per = "total"
    return figure


_CEILING_AFTER = re.compile(
    r"(?:\s+[^\W\d]+){0,3}?,?\s+(?:au\s+maximum|tout\s+au\s+plus|at\s+(?:the\s+)?most|"
    r"at\s+the\s+maximum)\b",
    re.I,
)
_AFTER_DIRECTION = re.compile(
    r"(?:\s+[\w'’-]+){0,5}?\s+(en\s+moins|de\s+moins|suppl[ée]mentaires?|de\s+plus|en\s+plus|"
    r"fewer|additional|extra)\b",
    re.I,
)
_LEVEL = re.compile(
    r"(?:s['’]établi(?:t|ssait)\s+(?:ainsi\s+)?à|stood\s+at|stands\s+at|atteignant|"
    r"pour\s+atteindre|reaching)\s*(?:[$€£]\s?)?$",
    re.I,
)
_PER_YEAR = re.compile(
    r"[^.;]{0,25}?\b(?:per\s+year|a\s+year|each\s+year|every\s+year|annually|per\s+annum|"
    r"par\s+an|chaque\s+année|annuellement|par\s+année|/an)\b",
    re.I,
)
# A rate per month, week or day, said right after the figure ("a month later" is a time).
_NOT_RATE = r"(?!\s+(?:earlier|ago|later|after|before|plus\s+t[ôo]t|plus\s+tard|apr[èe]s|avant))"
_PER_SHORTER = tuple(
    (
        name,
        re.compile(
            r"[^.;]{0,25}?\b(?:(?:per|each|every)\s+" + en + r"|a\s+" + en + _NOT_RATE + r"|"
            r"(?:par|chaque)\s+" + fr + r"|" + adjectives + r")\b",
            re.I,
        ),
    )
    for name, en, fr, adjectives in (
        ("month", "month", "mois", r"monthly|mensuel(?:le)?s?"),
        ("week", "week", "semaine", r"weekly|hebdomadaires?"),
        ("day", "day", "jour", r"daily|quotidien(?:ne)?s?"),
    )
)
_TOTAL = re.compile(r"[^.;]{0,20}?\b(?:au\s+total|in\s+total|en\s+tout|cumul[ée]s?)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:au\s+total|in\s+total|en\s+tout)\s*,?\s*[^.;]{0,40}$", re.I)


_OF = re.compile(r"\s+(?:of|de|des|du|d['’])\b", re.I)


def _share(text: str, share: float, match: re.Match) -> Raw:
    figure = _bounds(text, Raw(share, 0.0, "percent", match.start(), match.end()))
    if figure.qualifier == "exact":
        # A fraction in words is a rounded share: "a third" stands for 30-36 %.
        figure.qualifier, figure.low, figure.high = "approx", share * 0.9, share * 1.1
    return figure


def word_figures(text: str, language: str) -> list[Raw]:
    """Figures without a plain number: half a scale word, "a single", multiples."""
    out = []
    for match in HALF_SCALE.finditer(text):
        figure = Raw(half_scale(match, language), 0.0, "amount", match.start(), match.end())
        if not _attach_unit(text, figure, False):
            figure.unit = "count" if figure.noun else "amount"
        out.append(_bounds(text, figure))
    for match in FRACTION.finditer(text):
        share = fraction(match)
        # "half of", "a third of", "la moitié des": a share only when "of"/"de" follows.
        if share is not None and _OF.match(text, match.end()):
            out.append(_share(text, share, match))
    for match in RATIO.finditer(text):
        share = ratio(match)
        if share is not None:
            out.append(_share(text, share, match))
    for match in COLLECTIVE.finditer(text):
        # A round approximation, as for a fraction in words: within a fifth either way.
        value = collective(match)
        figure = Raw(value, 0.0, "count", match.start(), match.end())
        figure.qualifier, figure.low, figure.high = "approx", value * 0.8, value * 1.2
        figure.noun = _noun(text, match.end())
        out.append(figure)
    for match in SINGLE.finditer(text):
        figure = Raw(1.0, 0.0, "count", match.start(), match.end())
        figure.noun = _noun(text, match.end())
        if figure.noun:
            out.append(figure)
    for pattern in (MULTIPLE_VERB, TIMES, DIVIDED):
        for match in pattern.finditer(text):
            read = multiple(match, language)
            if read:
                figure = Raw(read[0], 0.0, "multiple", match.start(), match.end())
                figure.direction = read[1]
                out.append(_bounds(text, figure))
    return out


def vague_figures(text: str) -> list[Raw]:
    out = []
    for match in VAGUE.finditer(text):
        first = (match.group(1) or match.group(3)).lower()
        second = (match.group(2) or match.group(4) or "").lower()
        low, high = VAGUE_WORDS[first]
        if second:
            base = VAGUE_BASE[second]
            low, high = low * base, (high + 1) * base - 1
        figure = Raw((low + high) / 2, 0.0, "count", match.start(), match.end())
        figure.qualifier, figure.low, figure.high = "vague", low, high
        end = match.end()
        if suffix := CURRENCY_SUFFIX.match(text, end):
            figure.currency, figure.unit, figure.end = (
                currency_code(suffix.group(1)),
                "currency",
                suffix.end(),
            )
        else:
            figure.noun = _noun(text, end)
        out.append(figure)
    return out


# A time of day, read as minutes after midnight so that "20 h 11", "20h11" and "8:11 PM", or
# "7 heures du matin" and "7:00 AM", are the same figure (holdout6: the French and English
# accounts of one alert read as no comparable figure).
_CLOCK = re.compile(
    r"(?<![\d.,:])(?P<h>[01]?\d|2[0-3])\s*h\s*(?P<m>[0-5]\d)(?![\d\w])"
    r"|(?<![\d.,:])(?P<h2>[01]?\d|2[0-3])\s+heures?(?:\s+(?P<m2>[0-5]\d))?\s+"
    r"(?P<part>du\s+matin|du\s+soir|de\s+l['’]apr[eè]s-midi)\b"
    r"|(?<![\d.,:])(?P<h3>[01]?\d|2[0-3]):(?P<m3>[0-5]\d)(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
    r"(?![\d\w:])"
    r"|(?<![\d.,:])(?P<h4>1[0-2]|0?[1-9])\s*(?P<ampm4>[ap]\.m\.|[ap]m\b)",
    re.I,
)


def clock_figures(text: str) -> list[Raw]:
    """Times of day in ``text`` as figures of unit "clock" (minutes after midnight)."""
    out = []
    for match in _CLOCK.finditer(text):
        hours = int(match["h"] or match["h2"] or match["h3"] or match["h4"])
        minutes = int(match["m"] or match["m2"] or match["m3"] or 0)
        marker = fold(match["part"] or match["ampm"] or match["ampm4"] or "").replace(" ", "")
        evening = marker.startswith(("p", "dusoir", "del"))
        if evening and hours < 12:
            hours += 12
        elif marker.startswith("a") and hours == 12:
            hours = 0
        out.append(Raw(float(hours * 60 + minutes), 0.0, "clock", match.start(), match.end()))
    return out
