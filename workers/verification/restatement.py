"""Same-fact support: a passage that restates the claim in full, figures or not.

The figure paths support a claim only through a matching figure aligned on its measure words,
and the wording path only when the claim names a known party. A true claim is often restated
by one sentence that gives the same fact in other words or in the other language ("Le cyclone
Chido a fait au moins 14 morts à Mayotte" / "Au moins 14 personnes sont mortes après le passage
du cyclone Chido à Mayotte"; "Grindavik avait déjà été évacuée en novembre après une série de
séismes" / "The community was previously evacuated in November following a series of
earthquakes"). Such a sentence supports the claim when it holds nearly all of the claim's
content words, every name, figure, month and ordinal of it, and nothing that turns it: no
negation, no frame (debunk, report, forecast, hedge), no other direction, record, order, role
or place. The path is calibrated below the figure paths: it reads wording, not measures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from workers.verification.analysis import View, _cognate, clause_of
from workers.verification.compare import comparable, compare
from workers.verification.contrasts import comparison_flipped, order_swap, record_since
from workers.verification.coverage import owns_equal
from workers.verification.entities import find_entities, find_places, territory
from workers.verification.figure_patterns import DIRECTIONS
from workers.verification.frames import is_forecast, negated
from workers.verification.lexicon import fold, lemma, tokens
from workers.verification.quantities import Quantity
from workers.verification.roles import role_swap
from workers.verification.scope import hedged, missing_party, names, other_place
from workers.verification.vocabulary import EVENT_GROUPS, STOPWORDS, WEAK
from workers.verification.word_figures import extreme, text_direction

# Share of the claim's content words the sentence itself must hold, and with the sentence
# before it (which names what "the community", "the company" is).
HERE_COVERAGE = 0.75
WITH_CONTEXT_COVERAGE = 0.85
# Confidence: above the abstention floor (0.6), below the figure paths and the sure band.
BASE = 0.6
SPAN = 0.15

_MONTH_NUMBERS = {
    "janvier": 1, "january": 1, "jan": 1, "fevrier": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "avril": 4, "april": 4, "mai": 5, "may": 5, "juin": 6, "june": 6,
    "juillet": 7, "july": 7, "aout": 8, "august": 8, "septembre": 9, "september": 9,
    "sept": 9, "octobre": 10, "october": 10, "oct": 10, "novembre": 11, "november": 11,
    "nov": 11, "decembre": 12, "december": 12, "dec": 12,
}  # fmt: skip
# "May" is a modal verb as often as a month: read it as one only when capitalised.
_MONTH = re.compile(r"\b(" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\b")

_ORDINAL_NUMBERS = {
    "premier": 1, "premiere": 1, "first": 1, "1er": 1, "1re": 1, "1st": 1,
    "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2nd": 2,
    "troisieme": 3, "third": 3, "3e": 3, "3rd": 3,
    "quatrieme": 4, "fourth": 4, "4e": 4, "4th": 4,
    "cinquieme": 5, "fifth": 5, "5e": 5, "5th": 5,
    "sixieme": 6, "sixth": 6, "6e": 6, "6th": 6,
    "septieme": 7, "seventh": 7, "7e": 7, "7th": 7,
    "huitieme": 8, "eighth": 8, "8e": 8, "8th": 8,
    "neuvieme": 9, "ninth": 9, "9e": 9, "9th": 9,
    "dixieme": 10, "tenth": 10, "10e": 10, "10th": 10,
    "dernier": -1, "derniere": -1, "last": -1, "final": -1, "finale": -1,
}  # fmt: skip
_ORDINAL = re.compile(r"\b(" + "|".join(_ORDINAL_NUMBERS) + r")\b")

# Words that place one event relative to another or bound it in time: the claim's must be the
# passage's ("avant" the vote is not "after" it; "déjà"/"previously" is not "for the first time").
_RELATIONS = {
    "before": r"avant|before|prior\s+to",
    "after": r"apr[eè]s|after|following|suite\s+[aà]|in\s+the\s+wake\s+of|[aà]\s+la\s+suite",
    "more": r"plus|more|greater|higher|over|sup[ée]rieure?s?|above|exceed\w*|d[ée]pass\w*",
    "less": r"moins|less|fewer|lower|under|below|inf[ée]rieure?s?|sous",
    "only": r"seule?s?|seulement|uniquement|only|sole",
}
_RELATION_RES = {
    kind: re.compile(r"\b(?:" + words + r")\b", re.I) for kind, words in _RELATIONS.items()
}


# Expectation and likelihood the hedge list leaves out: "s'attendent à ce que", "likely".
_EXPECTED = re.compile(
    r"\b(?:s['’]\s*attend\w*|attendu\w*|anticip\w*|probabl\w*|likely|unlikely|possibl\w*|"
    r"potentiel\w*|potential\w*|risque\w*|risks?|peut[- ]être|perhaps|maybe|suppos\w*|"
    r"alleged\w*|présumé\w*|presume\w*|soupçonn\w*|suspect\w*)\b",
    re.I,
)


# "pas moins de 36 millions", "no fewer than": a bound of the figure, not a negation.
_BOUND = re.compile(r"\bpas\s+moins\b|\bno\s+(?:fewer|less)\s+than\b|\bnot\s+less\s+than\b", re.I)


def _negated(text: str) -> bool:
    return negated(_BOUND.sub(" ", text))


_RESPECTIVELY = re.compile(r"\brespecti(?:vely|vement)\b", re.I)


def _months(text: str) -> set[int]:
    found = set()
    for match in _MONTH.finditer(fold(text)):
        word = match.group(1)
        original = text[match.start() : match.end()]
        if word == "may" and not original[:1].isupper():
            continue
        found.add(_MONTH_NUMBERS[word])
    return found


def _ordinals(text: str) -> list[int]:
    return [_ORDINAL_NUMBERS[m.group(1)] for m in _ORDINAL.finditer(fold(text))]


def _directions(text: str) -> list[str]:
    """The rises and falls a text speaks of, in order, repeats merged: "la baisse des prix est
    due à la hausse des cours" is fall-then-rise, not the passage's fall-then-fall."""
    out: list[str] = []
    for word in re.findall(r"[a-z]+", fold(text)):
        kind = DIRECTIONS.get(lemma(word))
        if kind and (not out or out[-1] != kind):
            out.append(kind)
    return out


def _same_order(said: list, found: list) -> bool:
    """The claim's sequence is the passage's, read only on the values the claim uses ("5e plus
    longue et 3e plus sévère" is not "3e le plus long et 5e le plus sévère")."""
    return [item for item in found if item in said] == said if said else True


# "au moins 14" is a bound of the figure (compared with it), not a "less" relation.
# "plus tôt", "de plus" say earlier and moreover, not a greater amount.
_AT_LEAST = re.compile(
    r"\b(?:au|du|pas)\s+moins\b|\bat\s+least\b|\bplus\s+(?:t[oô]t|tard)\b|"
    r"\b(?:de|en|non)\s+plus\b",
    re.I,
)


def _relations(text: str) -> set[str]:
    text = _AT_LEAST.sub(" ", text)
    return {kind for kind, pattern in _RELATION_RES.items() if pattern.search(text)}


def _named(name: str, text: str, found: set[str]) -> bool:
    """The claim's name is in the text, as written or as a close spelling ("Chili"/"Chile")."""
    if re.search(r"\b" + re.escape(name) + r"\b", text):
        return True
    return any(len(other) >= 4 and fuzz.ratio(name, other) >= 80 for other in found)


# Words that carry no fact of their own: light verbs ("a fait 14 morts", "compte", "fait état
# de"), approximations the figure already holds ("près de", "environ"), attributions, the
# generic counted noun ("8 000 personnes sont mortes" / "8,000 heat deaths") and unit words
# the figure itself carries ("hectolitres" / "hl").
_LIGHT = frozenset(
    str.split(
        "fait faisait faire font etat compte comptait comptent enregistre enregistree recense "
        "say pre environ quelque soit trouve situe avaient avait ete etaient juste people "
        "hectolitre hl mhl"
    )
)


_EVENTS = {lemma(w): group for group, words in EVENT_GROUPS.items() for w in words.split()}


def _events(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_EVENTS.get(w, w) for w in words)


def _share(claim: View, words: frozenset[str]) -> float:
    """Share of the claim's content words found in ``words``, light words and country names
    left out (the places are matched by their own ids, across languages)."""
    content = {t for t in _events(claim.content) if t not in _LIGHT and not territory(t)}
    words = words | _events(words)
    if not content:
        return 0.0
    weights = {t: (0.3 if t in WEAK else 1.0) for t in content}
    found = sum(w for t, w in weights.items() if t in words or _cognate(t, words))
    return found / sum(weights.values())


def _places(text: str) -> set[str]:
    return {e.id for e in find_places(text)}


# "X est le/la ...", "X was the ...": the claim gives a party a role or a rank, which the
# passage may give to another party it names (role swaps).
_IDENTITY = re.compile(
    r"\b(?:est|sont|était|étaient|a\s+été|ont\s+été|is|are|was|were|has\s+been|"
    r"reste|restent|remains?|devient|deviennent|became|becomes)\s+(?:le|la|les|l['’]|un|une|"
    r"the|a|an)\b",
    re.I,
)


# A comparison between two parties: "plus de morts en Martinique qu'en Guadeloupe".
_COMPARED = re.compile(
    r"\b(?:que|qu['’]|than|devant|derri[eè]re|ahead\s+of|behind|versus|vs|contre|against)\b",
    re.I,
)


def _order(text: str) -> list[str]:
    """The places and known parties of a text, in order of first mention."""
    seen: list[str] = []
    for entity in sorted(find_places(text) + find_entities(text), key=lambda e: e.start):
        if entity.id not in seen:
            seen.append(entity.id)
    return seen


def _order_swapped(claim: View, passage: View) -> bool:
    """The claim compares two parties the passage names the other way round."""
    if not _COMPARED.search(claim.text):
        return False
    said = _order(claim.text)
    found = [i for i in _order(passage.text) if i in said]
    return len(said) >= 2 and found != [i for i in said if i in found]


# A place-like name after a preposition: "dans le Bordelais", "à Lyon", "in Texas".
_NAME_AFTER = re.compile(
    r"\b((?:à|au|aux|en|dans|sur|vers|depuis|in|at|to|from|near)"
    r"(?:\s+(?:le|la|les|l['’]|the))?)\s*([A-ZÀ-Ý][\w’'-]+)"
)


def _parallel_name(claim: View, passage: View) -> bool:
    """The claim's name stands in a list of names led by the same word ("ont commencé le 30
    juillet dans le Languedoc, fin août dans le Bordelais"): what the shared words say may be
    said of another item of the list."""
    said = names(claim.text)
    folded_claim = fold(claim.text)
    leads: dict[str, set[str]] = {}
    for match in _NAME_AFTER.finditer(passage.text):
        lead, name = fold(match.group(1)), fold(match.group(2)).strip("'’-")
        leads.setdefault(lead, set()).add(name)
    for found in leads.values():
        mine = {n for n in found if _named(n, folded_claim, said)}
        others = {n for n in found - mine if n not in STOPWORDS and len(n) >= 3}
        if mine and others:
            return True
    return False


def _other_party(claim: View, passage: View) -> bool:
    """The passage names a party of the kind the claim names that the claim does not: the
    shared words may then be said of that other party ("la Vénétie ..., devant la Lombardie",
    "la Chine ..., devenant la première destination")."""
    places = _places(claim.text)
    if places and _places(passage.text) - places:
        return True
    if claim.actors and passage.actors - claim.actors:
        return True
    if _parallel_name(claim, passage):
        return True
    if _IDENTITY.search(claim.text):
        said = names(claim.text)
        folded = fold(claim.text)
        return any(not _named(name, folded, said) for name in names(passage.text))
    return False


def distinctive(cq: Quantity, sq: Quantity, reason: str, text: str = "") -> bool:
    """The same figure written to four significant digits or more ("100 715", "2,818",
    "31,91 milliards"): a value that precise, found exactly, names the claim's measure however
    few of its words the lexicon can carry across languages (the other checks, place, period
    and frame, still apply)."""
    if reason != "exact" or cq.unit in ("year", "clock", "duration"):
        return False
    if cq.period and cq.period != sq.period:
        # "771 801 en 2023" against "771,801 ... a year earlier": not dated alike. An undated
        # source figure passes only when its sentence gives the claim's year.
        year = re.search(r"\d{4}", cq.period)
        if sq.period or not year or year.group() not in text:
            return False
    digits = re.sub(r"\D", "", cq.text).strip("0")
    return len(digits) >= 4 and len(re.sub(r"\D", "", sq.text).strip("0")) >= 4


def dated_twin(cq: Quantity, sq: Quantity, reason: str) -> bool:
    """The claim's very value, written to three significant digits or more ("18,9 millions",
    "840 832", "7,77 millions"), found exactly but dated another year or month: a value that
    precise names the claim's measure, so the other date contradicts the claim's, however few
    of its other words the passage shares (year_altered, period_altered)."""
    if reason != "time_mismatch" or cq.unit in ("year", "clock", "duration"):
        return False
    if not (cq.period and sq.period) or cq.qualifier != "exact" or sq.qualifier != "exact":
        return False
    if abs(cq.value - sq.value) > 1e-9 * max(1.0, abs(cq.value)):
        return False
    digits = re.sub(r"\D", "", cq.text).strip("0")
    return len(digits) >= 3 and len(re.sub(r"\D", "", sq.text).strip("0")) >= 3


def _near(a: float, b: float) -> bool:
    if not a or not b:
        return True
    return 0.01 <= abs(b / a) <= 100


def _kin(cq: Quantity, sq: Quantity) -> bool:
    return comparable(cq, replace(sq, noun=cq.noun))


def cq_unit_strict(cq: Quantity) -> bool:
    """Years and times of day recur in a passage as dates of other things."""
    return cq.unit not in ("year", "clock")


def _figures(
    claim: View, passage: View, previous: View | None
) -> list[tuple[Quantity, Quantity]] | None:
    """Each claim figure with a passage figure of the same value; None when one is missing."""
    pairs = []
    for cq in claim.quantities:
        # What is counted is read from the words (all of the claim's must be there): "14
        # morts" is "14 personnes sont mortes", "55 morts" is "killed at least 55 people".
        kin = [sq for sq in passage.quantities if _kin(cq, sq)]
        same = [sq for sq in kin if compare(cq, replace(sq, noun=cq.noun)).outcome == "match"]
        if not same:
            return None
        pairs.append((cq, same[0]))
    matched = [s for _c, s in pairs]
    for sq in passage.quantities:
        # Of a claim figure's kind: its unit and its order of size (a part, a rival count or
        # another reading of the same thing is not 100 times smaller: "7.6 magnitude" beside
        # "17,000 people" is no other toll).
        # A figure dated otherwise than the claim's match measures another time, not the
        # same thing twice ("36,9 millions en 2024" beside "37,5 millions" forecast in October).
        kin = [
            cq
            for cq, same in pairs
            if _kin(cq, sq)
            and _near(cq.value, sq.value)
            and not (same.period and sq.period and same.period != sq.period)
        ]
        if kin and cq_unit_strict(kin[0]) and not any(s is sq for s in matched):
            # Another figure of the claim figure's kind ("771 commandes brutes, soit 507
            # nettes", "150 000 en France dont 100 000 à Paris"): the words alone cannot tell
            # which one is the claim's, so only a figure path reading the measure may decide.
            return None
    return pairs


def restated(
    claim: View, passage: View, previous: View | None, setting: str | None, nearby: str = ""
) -> tuple[float, list[tuple[Quantity, Quantity]]] | None:
    """Confidence and the figure pairs when the passage restates the whole claim, else None."""
    if setting is not None or _negated(claim.text) or _negated(passage.text):
        return None
    if "?" in passage.text:
        return None  # a question restating the claim asks it, it does not assert it
    if _RESPECTIVELY.search(passage.text):
        return None  # two lists paired in order: the words alone cannot tell which goes where
    context = passage.words | (previous.words if previous else frozenset())
    here = _share(claim, passage.words)
    if here < HERE_COVERAGE or _share(claim, context) < WITH_CONTEXT_COVERAGE:
        return None
    places = _places(claim.text)
    if not places <= _places(passage.text) | (_places(previous.text) if previous else set()):
        return None
    around = passage.entities | (previous.entities if previous else frozenset())
    if not claim.entities <= around:
        return None
    if _other_party(claim, passage):
        return None
    said = {name for name in names(claim.text) if not territory(name)}
    own = names(passage.text)
    folded = fold(passage.text)
    missing = [name for name in said if not _named(name, folded, own)]
    if missing:
        # The sentence before may name what "the community" is, but not when this sentence
        # names parties of its own: the claim's name is then likely someone else's role.
        if previous is None or any(not _named(o, fold(claim.text), said) for o in own):
            return None
        before = names(previous.text)
        if not all(_named(name, fold(previous.text), before) for name in missing):
            return None
    pairs = _figures(claim, passage, previous)
    if pairs is None:
        return None
    if not _months(claim.text) <= _months(passage.text):
        return None
    if not _same_order(_ordinals(claim.text), _ordinals(passage.text)):
        return None
    if not _relations(claim.text) <= _relations(passage.text):
        return None
    if _turned(claim, passage, previous, nearby):
        return None
    return round(BASE + SPAN * min(1.0, here), 3), pairs


def _framed(text: str, claim_text: str) -> bool:
    """A plan, a forecast, a hedge or an expectation the claim does not state itself."""
    if hedged(text) and not hedged(claim_text) and not is_forecast(claim_text):
        return True
    if is_forecast(text) and not is_forecast(claim_text):
        return True
    return bool(_EXPECTED.search(text) and not _EXPECTED.search(claim_text))


def _framed_about(claim: View, passage: View) -> bool:
    """A frame in the clause that says what the claim says, not in another one ("the death
    toll will keep rising" beside "wildfires have killed at least 55 people"). Every clause
    holding half of the claim's words found in the sentence is read."""
    text = passage.text
    wanted = {t for t in _events(claim.content) if t not in _LIGHT}
    spans = sorted({clause_of(text, m.start()) for m in re.finditer(r"\S+", text)})
    found = [{_EVENTS.get(t, t) for t in tokens(text[a:b])} & wanted for a, b in spans]
    total = set().union(*found) if found else set()
    return any(
        2 * len(here) >= len(total) and _framed(text[a:b], claim.text)
        for (a, b), here in zip(spans, found, strict=True)
    ) or (not total and _framed(text, claim.text))


def _turned(claim: View, passage: View, previous: View | None, nearby: str) -> bool:
    """Something in the passage turns the shared words into another fact."""
    claim_text, text = claim.text, passage.text
    if _framed_about(claim, passage):
        return True
    if _directions(claim_text) and _directions(claim_text) != _directions(text):
        return True
    said = text_direction(claim_text)
    if said and text_direction(text) != said:
        return True  # the claim's rise or fall must be the passage's
    said = extreme(claim_text)
    if said and extreme(text) != said:
        return True
    said = record_since(claim_text)
    if said and record_since(text) != said:
        return True
    if _order_swapped(claim, passage):
        return True
    if comparison_flipped(claim_text, text) or order_swap(claim_text, text):
        return True
    if role_swap(claim_text, text):
        return True
    if other_place(claim, passage, previous):
        return True
    return bool(claim.actors and missing_party(claim, f"{nearby} {text}"))


def listed_apart(claim: View, passage: View, cq: Quantity, sq: Quantity) -> Quantity | None:
    """The passage's figure of the claim's very value (read whatever noun it counts), when the
    claim's names go with it and the refuting figure ``sq`` is another list item's, with a
    name of its own ("• 10 000 personnes ont défilé à Ajaccio. • A Avignon, il y avait 19 000
    manifestants"). A list gives each item its figure: another item's cannot refute the
    claim. A role swap (the claim's name beside the other figure) still refutes."""
    if not cq_unit_strict(cq) or cq.value is None:
        return None
    asked = passage.text.rfind("?")
    for same in passage.quantities:
        if same is sq or same.start - passage.offset < asked or not _kin(cq, same):
            continue
        if compare(cq, replace(same, noun=cq.noun)).reason not in ("exact", "within_rounding"):
            continue
        if owns_equal(claim, passage, same, sq):
            return same
    return None
