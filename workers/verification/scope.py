"""Whose figure, where, and asserted how firmly: a figure that matches the claim's still does
not support it when it belongs to another party or place, or is only planned or reported as
possible while the claim states it as done."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from workers.verification.analysis import View
from workers.verification.entities import find_entities, find_places, territory
from workers.verification.figures import is_label
from workers.verification.lexicon import fold, same_acronym
from workers.verification.periods import MONTHS as _MONTHS
from workers.verification.periods import find_periods
from workers.verification.quantities import Quantity
from workers.verification.vocabulary import LEXICON, STOPWORDS

# Plans, pledges, targets and hedges: "plans to invest", "serait en train de finaliser",
# "envisage une levée", "ont promis d'injecter", "by 2035".
HEDGE = re.compile(
    r"\b(?:plans?\s+to|planned|planning|pledged?|pledges|promised?|promises|aims?\s+to|"
    r"intends?\s+to|would|could|may|might|expects?|expected|projected|targets?|"
    r"by\s+20\d\d|seeks?\s+to|considering|envisage|envisagent|projette|promis|promet|"
    r"pr[ée]voit|pr[ée]voient|pr[ée]vu|promett\w*|vise|visent|serait|seraient|porterait|pourrait|"
    r"pourraient|devrait|devraient|compte\s+\w+er|d['’]ici\s+20\d\d|objectif|pitch(?:ed)?|"
    r"goals?|ambition|ambitionnen?t?|aspiren?t?\s+à)\b",
    re.I,
)
_NAME = re.compile(r"(?<=[\s(«\"“'’-])([A-ZÀ-Ý][\w’'-]{2,})")
_NOT_NAMES = frozenset(
    {"selon", "depuis", "avec", "pour", "dans", "chez", "aux", "les", "des", "une", "cette"}
    | {"the", "according", "after", "since", "with", "from", "this", "that", "ceo", "pdg"}
)


def hedged(text: str) -> bool:
    """The text plans, pledges, projects or hedges rather than states."""
    return HEDGE.search(text) is not None


def names(text: str) -> set[str]:
    """Capitalised words after the first one: the parties and places a sentence names."""
    out = set()
    for match in _NAME.finditer(text):
        word = fold(match.group(1)).strip("'’-")
        common = word in LEXICON or fold(word) in _MONTHS  # "PIB", "Inflation", "March"
        if word not in STOPWORDS and word not in _NOT_NAMES and not common and len(word) >= 3:
            out.add(word)
    # The first word is a name too when a second capitalised word follows it ("Mistral AI
    # est valorisée"): a sentence opening with a common word is followed by a lowercase one.
    if first := _FIRST_NAME.match(text):
        word = fold(first.group(1))
        if word not in STOPWORDS and word not in _NOT_NAMES and word not in LEXICON:
            out.add(word)
    return out


_FIRST_NAME = re.compile(r"\s*([A-ZÀ-Ý][\w’'-]{2,})\s+[A-ZÀ-Ý][\w’'-]*")


def missing_party(claim: View, around: str) -> str | None:
    """A name the claim is about that appears nowhere near the figure, when no other name of
    the claim does either ("Mistral AI est valorisée" against "OpenAI a été valorisé")."""
    text = claim.text
    spans = [(e.start, e.end) for e in find_entities(text)]  # checked elsewhere
    spans += [(q.start - claim.offset, q.end - claim.offset) for q in claim.quantities]  # "TWh"
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    mine = names(text)
    if not mine or claim.actors:
        return None
    # Places are not parties: "les incertitudes en Europe, en Amérique ou en Chine" does not
    # name another company in LVMH's stead (holdout6: true claims set aside as "lvmh not named").
    # A place still stands in for a place ("en Martinique" against "En Guadeloupe").
    named = names(around)
    if not any(_place(n) for n in mine):
        named = {n for n in named if not _place(n)}
    if not named:
        return None  # a passage naming nobody is silent about whom, not about someone else
    theirs = named | set(re.findall(r"[a-z]{3,}", fold(around)))
    if any(_alike(name, theirs) for name in mine):
        return None
    # The claim's country named in the passage's language ("Espagne" / "Spain", "Allemagne" /
    # "Germany"): the same place, not another party (holdout4 and holdout7: true claims about
    # Spain against English passages set aside as "espagne not named").
    places = {e.id for e in find_places(around)}
    if any(territory(name) in places for name in mine if territory(name)):
        return None
    return sorted(mine)[0]


def _alike(name: str, words: set[str]) -> bool:
    return name in words or any(
        (len(w) >= 4 and w[:2] == name[:2] and fuzz.ratio(name, w) >= 75)
        or same_acronym(name, w)
        or _cognate(name, w)
        for w in words
    )


def _cognate(a: str, b: str) -> bool:
    """The same name spelt in French and English: a long shared stem ("communaute" /
    "community", "castille" / "castilla", "valencienne" / "valencian")."""
    if min(len(a), len(b)) < 6:
        return False
    stem = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        stem += 1
    return stem >= 6 or (stem >= 5 and stem >= 0.6 * min(len(a), len(b)))


def _place(name: str) -> bool:
    """A folded name that is a country, territory or a place of the entity table."""
    return territory(name) is not None or any(e.kind == "place" for e in find_entities(name))


_WIDER = (
    (re.compile(r"\b(?:global|worldwide|world's|mondial(?:e|es)?|dans le monde)\b", re.I), "world"),
    (
        re.compile(
            r"\b(?:au niveau national|nationwide|national(?:ly)?|à l['’]échelle nationale)\b",
            re.I,
        ),
        "national",
    ),
)


_COUNTRY = re.compile(
    r"\b(?:du\s+pays|the\s+country(?:'s)?|nationale?s?|national|domestic)\b", re.I
)


def _wider(text: str) -> str | None:
    return next((name for pattern, name in _WIDER if pattern.search(text)), None)


def other_place(claim: View, passage: View, previous: View | None) -> str | None:
    """The place or scope the passage gives when the claim names another ("en France" against
    "of global consumption", "à Paris" against "au niveau national")."""
    if _wider(claim.text) == "world" and _wider(passage.text) != "world":
        # "2 % de la demande mondiale" against "2 % de la demande électrique du pays".
        if passage.places - claim.places:
            return " ".join(sorted(passage.places - claim.places))
        if _COUNTRY.search(passage.text):
            return "one country"
    if not claim.places:
        if claim.language != passage.language:
            return None  # names are not compared across languages ("États-Unis")
        # A place the entity list does not know ("à Paris") is still a name of the claim's.
        mine = names(claim.text)
        theirs = names(passage.text) | set(re.findall(r"[a-z]{3,}", fold(passage.text)))
        if mine and not any(_alike(name, theirs) for name in mine):
            return _wider(passage.text)
        return None
    near = passage.places | (previous.places if previous else frozenset())
    if claim.places & near:
        return None
    if passage.places:
        return " ".join(sorted(passage.places))
    return _wider(passage.text)


_YEAR = re.compile(r"^(?:1[89]|2[01])\d\d$")
_AGE = re.compile(
    r"\b(?:des|les|aux|chez\s+les|[âa]g[ée]e?s\s+de|aged|age|ages|over|under|de\s+moins\s+de|"
    r"de\s+plus\s+de)\s*$",
    re.I,
)


_AGE_AFTER = re.compile(
    r"\s*(?:ou\s+plus|et\s+plus|or\s+(?:over|older|more)|and\s+(?:over|older))\b", re.I
)


def _age(text: str, quantity: Quantity) -> bool:
    return quantity.unit == "duration" and bool(
        _AGE.search(text, 0, quantity.start) or _AGE_AFTER.match(text, quantity.end)
    )


def group_numbers(claim: View, keys: list[Quantity]) -> set[str]:
    """Numbers that name whom or what the claim's figure is about rather than the figure
    itself: an age group ("des 15-24 ans", "des 50 ans ou plus"), a list ("le top 10")."""
    text = claim.text
    # Every figure of the claim is blanked but an age ("des 15-24 ans", "aged 65 or over"):
    # "29 of our 60 years" and "in 6 months" are spans of time, not groups.
    spans = [(q.start, q.end) for q in claim.quantities if not _age(text, q)]
    spans += [(q.start, q.end) for q in keys]
    spans += [(p.start, p.end) for p in find_periods(text, claim.language)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    # Digits inside a name ("COVID-19", "F-35", "G7") or an ordinal ("3e") are no group.
    found = {
        m.group()
        for m in re.finditer(r"(?<![\w,.])(?<![^\W\d]-)\d+(?![\d,.]\d)(?![^\W\d])", text)
        # "la ligne 15" names the thing itself, which a passage may call "cette ligne".
        if not is_label(text, m.start())
    }
    return {n for n in found if not _YEAR.match(n)}


def missing_group(claim: View, keys: list[Quantity], passage_text: str) -> str | None:
    """The claim's group number when the passage does not name it: "le taux de chômage des
    15-24 ans" is not the rate of the whole population the passage gives."""
    theirs = set(re.findall(r"\d+", passage_text))
    missing = sorted(group_numbers(claim, keys) - theirs)
    return missing[0] if missing else None
