"""Figures written without a plain number: "un demi-billion", "un seul centre", "a doublé",
"deux fois plus", and what surrounds a figure (its bound, its direction, change "by" or "to")."""

from __future__ import annotations

import re

from workers.verification.figure_patterns import DIRECTIONS, QUALIFIER_RE
from workers.verification.lexicon import fold, lemma
from workers.verification.numbers import SPELLED, parse_spelled, scale_value

# "un demi-billion de dollars", "half a billion", "a half-million": half of a scale word.
HALF_SCALE = re.compile(
    r"\b(?:(?:un|une|a)\s+)?(?:demi-?\s?|half[- ](?:an?\s+)?)"
    r"(billion|milliard|million|trillion)s?\b",
    re.I,
)
# Fractions said in words, read as shares: "a third of", "la moitié des", "two-thirds".
FRACTION = re.compile(
    r"\b(?:(a|one|un|two|deux|three|trois)[ -])?(third|thirds|tiers|quarter|quarters|quart|"
    r"quarts)\b|\b(half|moitié)\b",
    re.I,
)
_NUMERATORS = {"a": 1, "one": 1, "un": 1, "two": 2, "deux": 2, "three": 3, "trois": 3}
# A ratio said as "N sur M": "neuf trains sur dix", "one in five adults", "9 out of 10": a
# share (90 %, 20 %), up to two words between; "in" not before a span of time ("2 in 10 years").
_SMALL = (
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d{1,2}"
)
RATIO = re.compile(
    rf"(?<![\w,.])({_SMALL})\s+(?:[a-zà-ÿ'’-]+\s+){{0,2}}?(?:sur|out\s+of|in)\s+"
    r"(deux|trois|quatre|cinq|dix|cent|two|three|four|five|ten|hundred|2|3|4|5|10|100)\b"
    r"(?!\s+(?:ans|années|mois|jours|years|months|days|weeks|semaines)\b)",
    re.I,
)
_RATIO_WORDS = {
    "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8,
    "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "cent": 100, "hundred": 100,
}  # fmt: skip


def ratio(match: re.Match) -> float | None:
    """The share (in percent) "N sur M" names, or None when N is not below M."""
    top, bottom = (
        _RATIO_WORDS.get(w.lower()) or (int(w) if w.isdigit() else None) for w in match.groups()
    )
    if not top or not bottom or top >= bottom:
        return None
    return 100.0 * top / bottom


_DENOMINATORS = {"third": 3, "thirds": 3, "tiers": 3, "quarter": 4, "quarters": 4}


def fraction(match: re.Match) -> float | None:
    """The share (in percent) a fraction word names, or None when it is not a share."""
    if match.group(3):
        return 50.0
    numerator = _NUMERATORS.get((match.group(1) or "").lower())
    if numerator is None:
        return None  # "the third quarter", "le tiers payant": no article, no share
    denominator = _DENOMINATORS.get(match.group(2).lower(), 4)
    return 100.0 * numerator / denominator


# "une centaine d'appels", "une vingtaine de blessés", "un millier de personnes", "a dozen
# flights": a number said as a round approximation, before what it counts. French forms these
# nouns from any round number with -aine; the list is closed.
COLLECTIVE = re.compile(
    r"\b(?:une|un|a|une\s+petite|une\s+bonne)\s+(dizaine|douzaine|quinzaine|vingtaine|"
    r"trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier|dozen)"
    r"(?=\s+(?:de\b|d['’]|of\b)|(?<=dozen)\s+[a-z])",
    re.I,
)
_COLLECTIVES = {
    "dizaine": 10,
    "douzaine": 12,
    "dozen": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}


def collective(match: re.Match) -> float:
    """The round number a collective noun names: "une centaine" 100, "un millier" 1000."""
    return float(_COLLECTIVES[match.group(1).lower()])


# "un seul centre", "a single site", "only one plant": the figure one, said as such (the
# article "un"/"one" alone is never read as a figure).
SINGLE = re.compile(r"\b(?:une?\s+seule?|a\s+single|only\s+one|one\s+single)\b", re.I)
# Verbs that state a multiple: "doubled" is the figure x2 with a rise, "halved" x0.5.
_MULTIPLE_VERBS = {
    "doubl": 2.0,
    "tripl": 3.0,
    "quadrupl": 4.0,
    "halv": 0.5,
}
MULTIPLE_VERB = re.compile(
    r"\b(doubl(?:ed|ing|é|ée|és|ées|er|era|eront|erait|eraient|ement|ent|ait|aient)|"
    r"tripl(?:ed|ing|é|ée|és|ées|er|era|eront|erait|eraient|ement|ent|ait|aient)|"
    r"quadrupl(?:ed|ing|é|ée|és|ées|er|era|ent|ait)|halv(?:ed|ing))(?![\w-])"
    # A bare "triple" is a verb when a time follows ("triple d'ici 2030", "doubles by 2030").
    r"|\b(doubles?|triples?|quadruples?)(?=\s+(?:d['’]ici|by|en\s+\d|entre|depuis|since|over|"
    r"sur|in\s+\d)\b)"
    r"|\b(divis[ée]e?s?\s+par\s+deux|réduite?s?\s+de\s+moitié|cut\s+in\s+half|halved)\b"
    r"|\b(twofold|threefold|fourfold|fivefold|tenfold)\b"
    r"|(?:(?<=will\s)|(?<=to\s)|(?<=than\s)|(?<=que\s)|(?<=would\s))(double|triple|quadruple)\b",
    re.I,
)
_FOLD_WORDS = {"twofold": 2.0, "threefold": 3.0, "fourfold": 4.0, "fivefold": 5.0, "tenfold": 10.0}
# "divisée par trois", "multiplié par 3,3", "divided by four": a factor said with a verb.
DIVIDED = re.compile(
    rf"\b(divis[ée]e?s?|multipli[ée]e?s?|divided|multiplied|une\s+multiplication|a\s+multiplication)"
    rf"\s+(?:par|by)\s+(\d+(?:[.,]\d+)?|{SPELLED})(?![\w.,]\d)",
    re.I,
)
# "deux fois plus", "three times more", "3 times as many": a ratio; "fois moins" a division.
TIMES = re.compile(
    rf"(?<![\w.,])(\d+(?:[.,]\d+)?|{SPELLED})\s+(?:fois|times)\s+"
    r"(plus|more|higher|larger|bigger|greater|as\s+(?:many|much|large|high)|moins|less|fewer)\b",
    re.I,
)
# A change "by" (the size of the change) against a change "to" (the level reached).
_SIGN = re.compile(r"(?:^|(?<=[\s(\[:,;]))([+\u2212-])\s?$")
_BARE_BY = re.compile(r"\bby\s*(?:[$€£]\s?)?$", re.I)
_CHANGE_BY = re.compile(r"(?:\bby|\bde|\bd['’])\s*(?:[$€£]\s?)?$", re.I)
_CHANGE_TO = re.compile(
    r"(?:\bto|\bà|\bpour\s+atteindre|\bpour\s+s['’]établir\s+à|\breaching)\s*(?:[$€£]\s?)?$",
    re.I,
)


def qualifier(text: str, start: int) -> str:
    """The bound written before a figure: 'at_least', 'more_than', 'up_to'... or 'exact'."""
    window = text[max(0, start - 45) : start]
    for name, pattern in QUALIFIER_RE:
        if pattern.search(window):
            return name
    return "exact"


# A fund-raising named after its mechanics ("augmentation de capital de 600 millions",
# "capital increase") is an amount raised, not a change of some measure.
_OPERATIONS = re.compile(
    r"\b(?:augmentations?|hausses?)\s+de\s+capital\b|\bcapital\s+(?:increase|raise)s?\b"
)


# Words of change the shared lemma space leaves out, on folded text: a central bank "relève"
# or "abaisse" its rate, permits "se redressent", volumes "se sont étoffés"; and words that say
# the figure held ("maintenu à 5 %", "stable", "unchanged"), which is neither a rise nor a fall.
# Kept here rather than in the vocabulary: "relevé" (a statement) or "réduit" (a small room)
# are only words of change right next to a figure.
_MOVES = {
    **dict.fromkeys(
        str.split(
            "releve relever relevee releves relevees relevent rehausse rehausser rehaussee "
            "rehaussement redresse redressee redressent redressement rebond rebondi rebondit "
            "rebondissent etoffe etoffes etoffee etoffees etoffent accru accrue accrus accrues "
            "accroit accroissement raise raised raises raising hike hikes hiked boosted lifted "
            "upped"
        ),
        "rise",
    ),
    **dict.fromkeys(
        str.split(
            "abaisse abaisser abaissee abaissees abaissement abaissent reduit reduite reduits "
            "reduites reduire slashed trimmed eased easing repli replie flechi flechit "
            "flechissement contracte contraction decru decrue"
        ),
        "fall",
    ),
    **dict.fromkeys(
        str.split(
            "maintenu maintenue maintenus maintient maintenir inchange inchangee inchanges "
            "inchangees stable stables unchanged steady"
        ),
        "hold",
    ),
}


# Where the words of a figure stop, going back: the figure or the sentence before.
_BACK_TO = re.compile(r"\d|[.;:!?](?:\s|$)")


# "a relevé plus de 500 approximations": "relever" followed by what it counts is "to note";
# "à taux réduit de 5,5 %", "tarif réduit": a kind of rate, not a cut.
_NOTED = re.compile(
    r"\brelev\w*(?=\s+(?:plus|moins|pres|environ|quelque|au|une?|des|\d))|"
    r"\b(?:taux|tarifs?|prix|rates?)\s+reduit\w*|\breduced\s+rates?\b"
)


def _unmoved(folded: str) -> str:
    """Folded text less the words that name no change: fund-raisings, "relevé" as noted."""
    return _NOTED.sub(" ", _OPERATIONS.sub(" ", folded))


def _move(word: str) -> str | None:
    """'rise', 'fall' or 'hold' for a folded word of change, else None."""
    return DIRECTIONS.get(lemma(word)) or _MOVES.get(word)


def direction(text: str, start: int, end: int) -> str | None:
    """'rise' or 'fall' when a verb of change stands next to the figure, or a sign before it
    ('hold' when the figure is said to have stayed where it was)."""
    # "(+30%)", "de +0,1 point", "-2,3 %": a signed figure is a change (not "15-24 ans").
    if sign := _SIGN.search(text, max(0, start - 3), start):
        return "rise" if sign.group(1) == "+" else "fall"
    # "vont baisser, après plus de 40 % de hausse": the change named right after the figure
    # is its own, before a verb further back (holdout6 read that 40 % as a fall).
    glued = _GLUED_CHANGE.match(fold(text[end : end + 25]))
    if glued and (moved := _move(glued.group(1))):
        return moved
    before = re.findall(r"[a-z]+", _unmoved(fold(text[max(0, start - 50) : start])))
    for word in reversed(before[-6:]):
        if moved := _move(word):
            return moved
    # Further back, up to the figure or sentence before: "a maintenu son principal taux
    # d'intérêt à 5 % après des hausses" holds at 5 %, whatever the words after it say.
    reach = _BACK_TO.split(fold(text[max(0, start - 90) : start]))[-1]
    for word in reversed(re.findall(r"[a-z]+", _unmoved(reach))[-12:-6]):
        if moved := _MOVES.get(word):
            return moved
    after = fold(text[end : end + 25])
    further = fold(text[end : end + 45])
    for match in list(re.finditer(r"[a-z]+", after))[:3]:
        if moved := _move(match.group()):
            if _OWN_FIGURE.match(further, match.end()):
                # "26,3 millions de tonnes, soit une baisse de 23,9 %": the change is the next
                # figure's; this one is the level (holdout6 read the level as a fall "by").
                return None
            return moved
    return None


_GLUED_CHANGE = re.compile(r"\s*(?:de\s+|d['’]\s*|of\s+)?([a-z]+)")
# A direction word followed by its own figure ("une baisse de 23,9 %", "up 10%").
_OWN_FIGURE = re.compile(r"\s*(?:de|d['’]|of|by|to|à)?\s*[+-−]?\d")


def change(text: str, start: int, moved: str | None) -> str | None:
    """'by' for the size of a change ("increased by 160 %"), 'to' for the level it reached."""
    if moved is None:
        # "boost capacity by 80%", "down by 17,000": English "by" marks a change even when its
        # verb is not one the engine knows (French "de" is too common to say as much).
        return "by" if _BARE_BY.search(text, max(0, start - 6), start) else None
    window = _SIGN.sub("", text[max(0, start - 14) : start])  # "de +0,1 point"
    if _CHANGE_TO.search(window):
        return "to"
    if _CHANGE_BY.search(window):
        return "by"
    return None


def half_scale(match: re.Match, language: str) -> float:
    return 0.5 * scale_value(match.group(1), language)


def multiple(match: re.Match, language: str) -> tuple[float, str] | None:
    """(factor, direction) of a multiple verb or a "N fois plus" phrase."""
    groups = match.groups()
    if match.re is DIVIDED:
        number = groups[1]
        factor = (
            float(number.replace(",", "."))
            if number[0].isdigit()
            else parse_spelled(number, language) or 0.0
        )
        if factor <= 0:
            return None
        if fold(groups[0]).startswith(("divis", "divided")):
            return 1 / factor, "fall"
        return factor, "rise"
    if match.re is TIMES:
        number = groups[0]
        if number[0].isdigit():
            factor = float(number.replace(",", "."))
        else:
            factor = parse_spelled(number, language) or 0.0
        if factor <= 0:
            return None
        if fold(groups[1]).split()[0] in ("moins", "less", "fewer"):
            return 1 / factor, "fall"
        return factor, "rise"
    verb, halved, fold_word, after_modal = groups[0] or groups[1], groups[2], groups[3], groups[4]
    if verb or after_modal:
        word = fold(verb or after_modal)
        factor = next(f for stem, f in _MULTIPLE_VERBS.items() if word.startswith(stem))
        return factor, "rise" if factor > 1 else "fall"
    if halved:
        return 0.5, "fall"
    return _FOLD_WORDS[fold_word.lower()], "rise"


def held(text: str) -> bool:
    """The text says a level held ("stable", "inchangé", "maintenu", "unchanged")."""
    return any(_MOVES.get(w) == "hold" for w in re.findall(r"[a-z]+", fold(text)))


def text_direction(text: str) -> str | None:
    """'rise' or 'fall' when a text speaks of one kind of change only ("diminue", "a doublé")."""
    kinds = {
        DIRECTIONS[lemma(w)] for w in re.findall(r"[a-z]+", fold(text)) if lemma(w) in DIRECTIONS
    }
    for match in MULTIPLE_VERB.finditer(text):
        read = multiple(match, "en")
        if read:
            kinds.add(read[1])
    return kinds.pop() if len(kinds) == 1 else None


# A record high or low: "son plus haut niveau depuis 2008" against "le taux le plus bas".
_HIGHEST = re.compile(
    r"\b(?:plus\s+(?:haut|[ée]lev[ée]e?|fort)e?s?|highest|record\s+high|all-time\s+high|"
    r"maximum|peak)\b",
    re.I,
)
_LOWEST = re.compile(
    r"\b(?:plus\s+(?:bas|faible)s?|plus\s+basse?s?|lowest|record\s+low|all-time\s+low|minimum)\b",
    re.I,
)


def extreme(text: str) -> str | None:
    """'rise' for a highest level, 'fall' for a lowest, when the text says only one of them."""
    high, low = bool(_HIGHEST.search(text)), bool(_LOWEST.search(text))
    return "rise" if high and not low else "fall" if low and not high else None
