"""Qualifiers that change what an equal figure means: net or gross, a whole or a part, a year or
some months of it, more or fewer than a year before.

A figure that recurs with the opposite qualifier ("771 commandes brutes" for "771 commandes
nettes", "591 appareils entre janvier et novembre" for "sur l'ensemble de l'année", "le budget
de la phase de sécurisation ... 85 millions" for "le coût total") does not support the claim:
on the spent holdout2 such supports were wrong in 9 of the 35 exact-figure supports. The pairs
are few and closed, so they are written by hand (no package lists them, in French and English).
"""

from __future__ import annotations

import re

from workers.verification.lexicon import fold
from workers.verification.quantities import MAIN_UNITS, Quantity

_MONTHS = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    r"d[ée]cembre|january|february|march|april|may|june|july|august|september|october|"
    r"november|december"
)
_SOME_MONTHS = (
    r"premiers?\s+mois|premier\s+(?:semestre|trimestre)|first\s+(?:\w+\s+)?(?:months|half|"
    r"quarter)|semestre|trimestre|quarter|entre\s+(?:"
    + _MONTHS
    + r")\s+et|de\s+(?:"
    + _MONTHS
    + r")"
    r"\s+[àa]|from\s+(?:" + _MONTHS + r")\s+(?:to|through|until)|"
    # A season is some months too ("21.8 million visitors this summer" is not the year's);
    # "été" only after a determiner, being also the participle of "être".
    r"(?:cet|l['’]|d['’]|en)\s*[ée]t[ée]|(?:cet|l['’]|en)\s*(?:hiver|automne)|"
    r"(?:ce|au)\s+printemps|(?:this|last|the|in)\s+(?:summer|winter|spring|autumn)|"
    r"summer\s+(?:season|months)|"
    # "sur dix mois", "over the past nine months", "in the final three months": fewer than 12.
    r"(?:sur|en|over|in|durant|pendant)\s+(?:les\s+|the\s+)?(?:(?:past|last|final|"
    r"derniers|premiers)\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01])\s+(?:(?:premiers|derniers)\s+)?"
    r"(?:mois|months)|(?:final|last|past)\s+(?:(?!twelve\b)[a-z]+\s+)?months|"
    # The year so far, and a span between two days ("entre 1er janvier et le 31 mars").
    r"depuis\s+le\s+d[ée]but\s+de\s+l['’]ann[ée]e|year[- ]to[- ]date|so\s+far\s+this\s+year|"
    r"since\s+the\s+start\s+of\s+the\s+year|(?:entre|between)\s+(?:le\s+)?(?:1er|\d{1,2})\s+(?:"
    + _MONTHS
    + r")\s+(?:et|and)"
)
# One month of the year, said as such ("in December alone", "sur le seul mois de"): some
# months of the year, but not several against one.
_ONE_MONTH_ALONE = r"(?:in|en)\s+(?:" + _MONTHS + r")\s+(?:alone|seul)|(?:sur\s+)?le\s+seul\s+mois"

# (name, the claim's side, the opposite side): a figure whose own words say the opposite side
# and not the claim's is another measured thing.
_SCOPES = (
    (
        "net or gross",
        re.compile(r"\bnet(?:te)?s?\b", re.I),
        re.compile(r"\b(?:brut(?:e)?s?|gross)\b", re.I),
    ),
    (
        "the whole year or some months",
        re.compile(
            r"\b(?:(?:sur\s+)?l['’]ensemble\s+de\s+l['’]ann[ée]e|sur\s+l['’]ann[ée]e|"
            r"toute\s+l['’]ann[ée]e|(?:whole|full|entire)\s+year|annuel(?:le)?s?|annual)\b",
            re.I,
        ),
        re.compile(r"\b(?:" + _SOME_MONTHS + "|" + _ONE_MONTH_ALONE + r")\b", re.I),
    ),
    (
        "one month or several",
        re.compile(r"\b(?:au\s+mois\s+de|en|in)\s+(?:" + _MONTHS + r")\b", re.I),
        re.compile(r"\b(?:" + _SOME_MONTHS + r")\b", re.I),
    ),
    (
        # "a diminué de 10,7 % en un mois" against "par rapport au même mois de l'année
        # précédente, ... (-10,7 %)": a change over a month is not one over a year.
        "over a month or a year",
        re.compile(
            r"\b(?:(?:en|sur)\s+un\s+mois|month[- ]on[- ]month|in\s+a\s+month|over\s+(?:a|the)"
            r"\s+month|par\s+rapport\s+au\s+mois\s+pr[ée]c[ée]dent|from\s+the\s+previous\s+"
            r"month|(?:d['’]un|from\s+one)\s+mois\s+(?:sur|[àa])\s+l['’]autre)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:(?:en|sur)\s+un\s+an|sur\s+une\s+ann[ée]e|year[- ]on[- ]year|in\s+a\s+year|"
            r"over\s+(?:a|the)\s+year|par\s+rapport\s+au\s+m[êe]me\s+mois\s+de\s+l['’]ann[ée]e"
            r"\s+(?:pr[ée]c[ée]dente|derni[èe]re)|from\s+a\s+year\s+(?:earlier|ago)|compared\s+"
            r"(?:with|to)\s+the\s+same\s+month|sur\s+douze\s+mois|en\s+glissement\s+annuel)\b",
            re.I,
        ),
    ),
    (
        # "939 millions de dollars par an" against "Elton John's five-year farewell tour ...
        # brought in $939 million": a yearly rate is not the total of several years.
        "per year or over several years",
        re.compile(
            r"\b(?:par\s+an|par\s+ann[ée]e|chaque\s+ann[ée]e|annuellement|per\s+year|a\s+year"
            r"(?!\s+(?:earlier|ago|later|before|after))|each\s+year|every\s+year|annually|"
            r"per\s+annum)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d{2})[- ]years?\b"
            r"(?!\s+(?:ago|earlier|later|old|before|after))|(?:sur|en|over|in)\s+(?:les\s+|the\s+)?"
            r"(?:(?:past|last|derni[èe]res|\w+)\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|"
            r"dix|two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d{2})\s+(?:ans|ann[ée]es|years)"
            r"|pluriannuel(?:le)?s?|multi-?year)",
            re.I,
        ),
    ),
    (
        # "en baisse de 11 % par rapport à 2023" against "une diminution de 11 % par rapport à
        # la moyenne des cinq dernières années": the same change against another baseline.
        "against a year or an average",
        re.compile(
            r"\b(?:par\s+rapport\s+[àa]\s+(?:l['’]ann[ée]e\s+)?|compared\s+(?:with|to)\s+|"
            r"than\s+(?:in\s+)?|qu['’]en\s+)(?:19|20)\d{2}\b|\bsur\s+un\s+an\b|"
            r"\byear[- ]on[- ]year\b|\ba\s+year\s+(?:earlier|ago)\b|\bun\s+an\s+plus\s+t[ôo]t\b",
            re.I,
        ),
        re.compile(
            r"\b(?:par\s+rapport\s+[àa]|que|compared\s+(?:with|to)|than|relative\s+to|against)"
            r"\s+(?:la|the|an?|sa|its)\s+(?:\w+\s+)?(?:moyenne|average)\b",
            re.I,
        ),
    ),
    (
        "the total or a part",
        re.compile(
            r"\b(?:total(?:e|es|s)?|au\s+total|en\s+tout|in\s+total|overall|[àa]\s+(?:elle|lui)"
            r"\s+seule?|alone|by\s+itself)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:phase|tranche|dont|of\s+which|first\s+stage|premi[èe]re\s+[ée]tape)\b", re.I
        ),
    ),
)

# Contrasts the passage says in so many words of the claim's very figure, and so refute it
# ("771 commandes brutes" for "nettes", "591 appareils entre janvier et novembre" for the whole
# year): when one fired on the pooled real text, the label was a refutation 7 times in 7. A
# part against the total is left to abstain ("1037 morts et 1024 blessés dont 721": the "dont"
# may be another figure's).
FIRM_SCOPES = frozenset(
    {
        "net or gross",
        "the whole year or some months",
        "one month or several",
        "against a year or an average",
        "over a month or a year",
        "per year or over several years",
    }
)

# The firm contrasts that may also be read in the passage around the figure's sentence.
_CONTEXT_FIRM = frozenset({"net or gross", "the whole year or some months", "one month or several"})

# "2 % de moins qu'un an plus tôt" against "2 % de plus qu'au cours de la même période".
_FEWER = re.compile(
    r"\b(?:(?:de|en)\s+moins\s+qu|fewer\s+than|less\s+than\s+(?:a|the|in|last))", re.I
)
_MORE = re.compile(r"\b(?:(?:de|en)\s+plus\s+qu|more\s+than\s+(?:a|the|in|last))", re.I)


def starts_after(quantities: tuple[Quantity, ...], offset: int, figure: Quantity) -> list[int]:
    """Where each later figure of a main unit starts, relative to the text at ``offset``: the
    words after ``figure`` stop at the next one."""
    return [q.start - offset for q in quantities if q.unit in MAIN_UNITS and q.start >= figure.end]


def own_words(text: str, offset: int, quantities: tuple[Quantity, ...], figure: Quantity) -> str:
    """The words that belong to ``figure``: from the figure before it (at most 90 characters
    back) to the figure after it (at most 60 characters on)."""
    a, b = figure.start - offset, figure.end - offset
    ends = [q.end - offset for q in quantities if q.unit in MAIN_UNITS and q.end - offset <= a]
    starts = starts_after(quantities, offset, figure)
    start = max([max(0, a - 90), *ends])
    end = min([min(len(text), b + 60), *[s for s in starts if s >= b]])
    return text[start:a] + " " + text[b:end]


def scope_contrast(claim_text: str, words: str, context: str) -> str | None:
    """The scope the claim states and the figure's own words contradict ("net or gross"),
    ``context`` being the passage with the sentence before it (the period may open it)."""
    for name, mine, other in _SCOPES:
        for said, opposite in ((mine, other), (other, mine)):
            if not said.search(claim_text) or opposite.search(claim_text):
                continue
            if said.search(words):
                continue
            if opposite.search(words) or (opposite.search(context) and not said.search(context)):
                return name
    return None


def firm_contrast(claim_text: str, words: str, sentence: str, context: str, name: str) -> bool:
    """Whether the scope contrast ``name`` refutes rather than sets the figure aside: said in
    the figure's own words or its sentence, or, for the contrasts measured so (a period that
    opens the passage: "de janvier à septembre 2015. 569 000 bébés ..."), in its context. A
    yearly rate, a baseline or a span of change said elsewhere in the passage may be
    another figure's."""
    if name not in FIRM_SCOPES:
        return False
    for scope, mine, other in _SCOPES:
        if scope != name:
            continue
        for said, opposite in ((mine, other), (other, mine)):
            if not said.search(claim_text) or opposite.search(claim_text) or said.search(words):
                continue
            if opposite.search(words):
                return True
            texts = (sentence, context) if name in _CONTEXT_FIRM else (sentence,)
            return any(opposite.search(t) and not said.search(t) for t in texts)
    return False


def compared_direction(text: str) -> str | None:
    """'rise' for "1.1% more than in the same month", 'fall' for "2 % de moins qu'un an plus
    tôt": a change said as a comparison with an earlier time, when only one way is said."""
    fewer, more = bool(_FEWER.search(text)), bool(_MORE.search(text))
    return None if fewer == more else "fall" if fewer else "rise"


def comparison_flipped(claim_text: str, passage_text: str) -> bool:
    """The claim says fewer (more) than before, the passage more (fewer)."""
    said_fewer, said_more = bool(_FEWER.search(claim_text)), bool(_MORE.search(claim_text))
    found_fewer, found_more = bool(_FEWER.search(passage_text)), bool(_MORE.search(passage_text))
    if said_fewer == said_more or found_fewer == found_more:
        return False
    return said_fewer != found_fewer


# "son plus haut niveau depuis 2015", "the lowest since 2003": the span of a record.
_RECORD_SINCE = re.compile(
    r"\b(?:in[ée]dit|plus\s+(?:bas|haut|[ée]lev[ée]|faible|fort)e?s?|highest|lowest|record|"
    r"jamais|best|worst|meilleur|pire)\b[^,.;]{0,40}?\b(?:depuis|since)\s+(?:l['’]an\s+)?"
    r"(1[89]\d{2}|20\d{2})",
    re.I,
)


def record_since(text: str) -> str | None:
    """The year a record runs from ("le plus haut depuis 2015" -> "2015"), if one is said."""
    found = _RECORD_SINCE.search(text)
    return found.group(1) if found else None


# Who is ahead of whom: "la France devance l'Espagne", "Microsoft still trails market leader
# Amazon Web Services", "l'Espagne a dépassé la France". The first name is ahead after
# _AHEAD, behind after _BEHIND.
_AHEAD = re.compile(
    r"\b(?:devance(?:nt)?|d[ée]passe(?:nt)?|(?:a|ont)\s+(?:d[ée]pass|devanc)[ée]|devant|ahead\s+of|"
    r"overtook|overtakes?|surpass(?:ed|es)?|outpac(?:ed|es)|outranks?|beats?|beat|"
    r"suivie?s?\s+(?:de\s+(?:pr[èe]s|loin)\s+)?par|followed\s+(?:closely\s+)?by|"
    # The winner first: "l'Espagne avait battu l'Angleterre", "Spain defeated England".
    r"(?:battu|vaincu)e?s?(?!\s+par)|defeated(?!\s+by)|won\s+against)\b",
    re.I,
)
_BEHIND = re.compile(
    r"\b(?:derri[èe]re|behind|trails?|trailing|trailed|(?:devanc|d[ée]pass)[ée]e?s?\s+par|"
    r"(?:overtaken|surpassed|outpaced)\s+by|(?:battu|vaincu)e?s?\s+par|(?:defeated|beaten)\s+by|"
    r"lost\s+to|perdu\s+(?:contre|face\s+[àa])|inclin[ée]e?s?\s+(?:face\s+[àa]|devant|contre))\b",
    re.I,
)
# A name of one or several capitalised words ("Musée national de Chine", "Real Madrid").
_NAME = re.compile(
    r"[A-ZÀ-Ý][\w-]*(?:(?:\s+(?:de|du|des|of|the|national|nationale))*\s+[A-ZÀ-Ý][\w-]*)*"
)
_NAME_WORD = re.compile(r"[a-z0-9]{3,}")


def _name_before(text: str, at: int) -> str | None:
    names = _NAME.findall(text[max(0, at - 60) : at])
    return _folded(names[-1]) if names else None


def _name_after(text: str, at: int) -> str | None:
    found = _NAME.search(text[at : at + 40])
    return _folded(found.group()) if found else None


def _folded(name: str) -> str:
    return fold(name)


def orders(text: str) -> set[tuple[str, str]]:
    """(ahead, behind) pairs of capitalised names around a word of rank."""
    pairs = set()
    for pattern, ahead_first in ((_AHEAD, True), (_BEHIND, False)):
        for match in pattern.finditer(text):
            before, after = _name_before(text, match.start()), _name_after(text, match.end())
            if before and after and before != after:
                pairs.add((before, after) if ahead_first else (after, before))
    return pairs


def _same_name(a: str, b: str) -> bool:
    """One name, written in full or in part ("le Musée national de Chine" / "Chine")."""
    return a == b or bool(set(_NAME_WORD.findall(a)) & set(_NAME_WORD.findall(b)))


def order_swap(claim_text: str, passage_text: str) -> str | None:
    """'B ahead of A' when the claim puts A ahead of B and the passage the other way round."""
    found = orders(passage_text)
    for ahead, behind in sorted(orders(claim_text)):
        swapped = any(_same_name(behind, x) and _same_name(ahead, y) for x, y in found)
        kept = any(_same_name(ahead, x) and _same_name(behind, y) for x, y in found)
        if swapped and not kept:
            return f"{behind} ahead of {ahead}"
    return None
