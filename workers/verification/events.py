"""Another date or place for the same event.

A claim without a figure of its own often states when or where an event happened ("La
cathédrale a rouvert ses portes en janvier 2025", "La finale du Mondial 2017 s'est jouée à
Lyon"). A passage that restates the rest of the claim (nearly all its other content words)
but gives the event another month, weekday or place ("La réouverture, en décembre 2024",
"en finale du Mondial 2017, dimanche à Paris-Bercy") refutes it, provided the claim's own
month, weekday or place is named nowhere around: a passage naming both may list two events.
Places are read by their syntax, a capitalised name after a place preposition ("à X",
"en X", "in X", "near X"), or a country the territory table knows, not from a gazetteer. A figure
the passage gives over another span of years or another quarter ("entre 2012 et 2022" for the
claim's "entre 2018 et 2022") is likewise another measurement (``other_span``).
"""

from __future__ import annotations

import re

from workers.verification.analysis import View, _cognate
from workers.verification.entities import find_places, territory
from workers.verification.lexicon import fold
from workers.verification.restatement import (
    _LIGHT,
    _MONTH,
    _MONTH_NUMBERS,
    _events,
    _months,
    _named,
)
from workers.verification.scope import names
from workers.verification.vocabulary import STOPWORDS, WEAK
from workers.verification.word_figures import text_direction

# Share of the claim's other content words the passage must hold to be about the same event.
SAME_EVENT = 0.7

_WEEKDAYS = {
    "lundi": 1, "monday": 1, "mardi": 2, "tuesday": 2, "mercredi": 3, "wednesday": 3,
    "jeudi": 4, "thursday": 4, "vendredi": 5, "friday": 5, "samedi": 6, "saturday": 6,
    "dimanche": 7, "sunday": 7,
}  # fmt: skip
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")

# A place-like name after a place preposition: "à Lyon", "aux Sables", "in Malmö", "near
# Gaziantep", "en Allemagne". ("to", "from", "vers" lead destinations and origins, not sites.)
_PLACE_AFTER = re.compile(
    r"\b(?:à|au|aux|en|dans|in|at|near|près\s+de|pr[eè]s\s+d['’])"
    r"(?:\s+(?:le|la|les|l['’]|the))?\s*([A-ZÀ-Ý][\w’'-]+)"
)


def _written(pattern: re.Pattern[str], text: str) -> str:
    """The words ``pattern`` finds in ``text`` (read folded), as the text writes them."""
    folded = fold(text)
    found = [text[m.start() : m.end()] for m in pattern.finditer(folded)]
    return (
        ", ".join(dict.fromkeys(found))
        if len(folded) == len(text)
        else ", ".join(dict.fromkeys(m.group() for m in pattern.finditer(folded)))
    )


def _weekdays(text: str) -> set[int]:
    return {_WEEKDAYS[m.group(1)] for m in _WEEKDAY.finditer(fold(text))}


def _sites(text: str) -> set[str]:
    """Folded names after a place preposition, months and common words left out."""
    out = set()
    for match in _PLACE_AFTER.finditer(text):
        name = fold(match.group(1)).strip("'’-")
        if name in _MONTH_NUMBERS or name in _WEEKDAYS or name in STOPWORDS or len(name) < 3:
            continue
        out.add(name)
    return out


def _place_ids(text: str) -> set[str]:
    return {e.id for e in find_places(text)}


# Verbs that only say an event happened ("s'est jouée", "s'est tenue", "took place", "was
# held"): they carry no fact of their own, the date or place they lead to does.
_HAPPENED = re.compile(
    r"^(?:joue|deroule|tenu|dispute|lieu|produit|survenu|organise|took|taken|take|place|"
    r"seat|held|hold|happen|occur)(?:e|s|es|ed|red)?$"
)


def _same_event(claim: View, words: frozenset[str], dropped: set[str], text: str) -> float:
    """Share of the claim's content words (its dates and places left out) found in ``words``;
    a year of the claim found in ``text`` counts as one of them."""
    content = {
        t
        for t in _events(claim.content)
        if t not in _LIGHT
        and not territory(t)
        and t not in dropped
        and t not in _MONTH_NUMBERS
        and t not in _WEEKDAYS
        and not _HAPPENED.match(t)
    }
    years = set(re.findall(r"\b(?:19|20)\d\d\b", claim.text))
    if len(content) + len(years) < 2 or not content:
        return 0.0  # too few words to tell one event from another
    words = words | _events(words) | {y for y in years if y in text}
    content |= years
    weights = {t: (0.3 if t in WEAK else 1.0) for t in content}
    found = sum(w for t, w in weights.items() if t in words or _cognate(t, words))
    return found / sum(weights.values())


def _absent(name: str, text: str) -> bool:
    folded = fold(text)
    return not _named(name, folded, names(text) | _sites(text))


def other_date_or_place(
    claim: View, passage: View, previous: View | None, nearby: str = ""
) -> str | None:
    """What the passage gives instead of the claim's month, weekday or place, else None."""
    around = " ".join(t for t in (previous.text if previous else "", passage.text, nearby) if t)
    words = passage.words | (previous.words if previous else frozenset())
    claim_sites = _sites(claim.text)
    dropped = {t for site in claim_sites for t in re.findall(r"\w+", site)}
    if _same_event(claim, words, dropped, around) < SAME_EVENT:
        return None
    said, found = _months(claim.text), _months(passage.text)
    # A rise or fall in a month is one reading of a monthly series: another month's reading
    # is another fact, not a correction of this one.
    if said and found and not text_direction(claim.text) and not said & _months(around):
        return "another month: " + _written(_MONTH, passage.text)
    said, found = _weekdays(claim.text), _weekdays(passage.text)
    if said and found and not said & _weekdays(around):
        return "another weekday: " + _written(_WEEKDAY, passage.text)
    if claim_sites and all(_absent(site, around) for site in claim_sites):
        # Ids of the sites only: a country the claim names as a party ("battue par la
        # France") is no site of the event.
        ids = set().union(*(_place_ids(m.group(1)) for m in _PLACE_AFTER.finditer(claim.text)))
        if ids & _place_ids(around):
            return None  # the same country, in the other language
        others = _sites(passage.text) - claim_sites
        if others:
            return "another place: " + ", ".join(sorted(others))
    return None


def same_subject(claim: View, passage: View, previous: View | None) -> bool:
    """The passage (with the sentence before it) holds the claim's content words, its dates
    and its words of change left out: the two speak of the same thing."""
    words = passage.words | (previous.words if previous else frozenset())
    text = f"{previous.text if previous else ''} {passage.text}"
    return _same_event(claim, words, {"rise", "fall", "hold"}, text) >= SAME_EVENT


# A span of years: "entre 2018 et 2022", "between 2009 and 2022", "de 2013 à 2017".
_SPAN = re.compile(
    r"\b(?:entre|between|from|de|du)\s+((?:19|20)\d\d)(?:/\d\d)?\s+(?:et|and|to|à|au)\s+"
    r"((?:19|20)\d\d)\b",
    re.I,
)
# A quarter named by its ordinal: "au troisième trimestre", "in the third quarter", "T3", "Q3".
_QUARTERS = {
    "premier": 1, "first": 1, "1er": 1, "deuxieme": 2, "second": 2, "2e": 2,
    "troisieme": 3, "third": 3, "3e": 3, "quatrieme": 4, "fourth": 4, "4e": 4,
}  # fmt: skip
_QUARTER = re.compile(r"\b(" + "|".join(_QUARTERS) + r")\s+(?:trimestre|quarter)\b|\b[tq]([1-4])\b")


# A change over one year: "en un an", "sur un an", "in a year", "year-on-year".
_ONE_YEAR = re.compile(
    r"\b(?:en|sur)\s+(?:un|1)\s+an\b|\bin\s+(?:one|a)\s+year\b|"
    r"\bover\s+(?:the\s+past\s+|a\s+|one\s+)year\b|\byear[- ]on[- ]year\b|"
    r"\ben\s+glissement\s+annuel\b",
    re.I,
)


def _spans(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2)) for m in _SPAN.finditer(text)}


def _quarters(text: str) -> set[int]:
    found = set()
    for match in _QUARTER.finditer(fold(text)):
        found.add(_QUARTERS[match.group(1)] if match.group(1) else int(match.group(2)))
    return found


def other_span(claim_text: str, passage_text: str) -> str | None:
    """The passage measures the claim's figure over another span of years or another
    quarter ("entre 2012 et 2022" for "entre 2018 et 2022", "quatrième trimestre" for
    "troisième"), naming none of the claim's own; else None."""
    said, found = _spans(claim_text), _spans(passage_text)
    if said and found and not said & found:
        starts = {start for start, _end in said}
        if not any(start in passage_text for start in starts):
            start, end = sorted(found)[0]
            return f"measured from {start} to {end}"
    if _ONE_YEAR.search(claim_text) and not _ONE_YEAR.search(passage_text):
        # "a baissé de 1,7 million en un an" against "fell by 1.7 million between 2009/10
        # and 2021/22": a change over one year is not one over twelve.
        long = sorted((a, b) for a, b in found if int(b) - int(a) >= 2)
        if long:
            return f"measured from {long[0][0]} to {long[0][1]}"
    said_q, found_q = _quarters(claim_text), _quarters(passage_text)
    if said_q and found_q and not said_q & found_q:
        return "measured over another quarter"
    return None
