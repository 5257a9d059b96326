"""The scope of a source figure: the place, group, list item or partial period its own words
give it. A figure equal to the claim's, in the same sentence and with the same measure noun,
still does not support the claim when it belongs to another place ("-8,1 % en Île-de-France"
for a claim about France), another item of a list ("-5,5 % et -4,9 %, respectivement"), a
part of a whole ("11.000 mobilisés, dont 4.000 à Paris") or a part of the claim's period
("in the final three months of the year"). On the spent holdout3 this was the main class of
false claims said `supported` (fourth pass, 22 of 35 wrong commitments).

The phrases are few and closed (prepositions, "respectively", partial periods), in French and
English, so they are written by hand; the places themselves go through the entity list, which
names them across languages ("United States" / "États-Unis")."""

from __future__ import annotations

import re
from functools import lru_cache

from workers.verification.analysis import View
from workers.verification.contrasts import starts_after
from workers.verification.entities import find_places
from workers.verification.lexicon import fold
from workers.verification.quantities import Quantity

_CAP = r"[A-ZÀ-Ý][\w’'-]+"
# "en Île-de-France", "à Paris", "in the United States", "aux Pays-Bas", "chez Renault".
_COMPLEMENT = re.compile(
    r"^[^,;.()]{0,40}?\b(?:en|à|au|aux|in|dans|among|chez|at)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?"
    r"(" + _CAP + r"(?:(?:\s+|-)(?:de\s+|du\s+|of\s+)?" + _CAP + r")*)"
)
# "Outside the United States, more than 950", "(hors Mayotte)", "excluding Japan".
_OUTSIDE = re.compile(
    r"\b(?i:outside(?:\s+of)?|hors(?:\s+de)?|en\s+dehors\s+d[eu']?|excluding|except)\s*"
    r"(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(" + _CAP + r"(?:(?:\s+|-)" + _CAP + r")*)",
)
_OUTSIDE_CLAIM = re.compile(r"\b(?:outside|hors|en\s+dehors|excluding|except)\b", re.I)
# A part of the claim's period, said in the figure's own words.
_PARTIAL = re.compile(
    r"\b(?:(?:final|last|first)\s+(?:\w+\s+)?(?:months?|quarter|half)|fourth\s+quarter|"
    r"(?:second|third)\s+quarter|q[1-4]|(?:premier|1er|deuxi[èe]me|2e|troisi[èe]me|3e|"
    r"quatri[èe]me|4e|dernier)\s+(?:trimestre|semestre)|(?:trois|six|\w+)\s+(?:premiers|derniers)"
    r"\s+mois|premiers\s+mois|sur\s+un\s+mois|en\s+un\s+mois|over\s+(?:a|one)\s+month)\b",
    re.I,
)
_CLAIM_PART = re.compile(r"\b(?:mois|months?|trimestre|semestre|quarter|half|q[1-4])\b", re.I)
_SINCE = re.compile(r"^[^,;.]{0,25}?\b(?:since|depuis)\s+((?:19|20)\d\d)\b", re.I)
_CLAIM_SINCE = re.compile(r"\b(?:since|depuis|d[èe]s)\s+((?:19|20)\d\d)\b", re.I)
_RESPECTIVELY = re.compile(r"\b(?:respectivement|respectively|individually|chacun)\b", re.I)
_SPLIT = re.compile(r",|;|\s(?:et|and|que|than|puis)\s", re.I)
_WORD = re.compile(r"[a-zà-ÿ]{4,}|\d{4}")


def _after(passage: View, sq: Quantity) -> str:
    """The words after the figure up to the next figure of a main unit."""
    text, b = passage.text, sq.end - passage.offset
    starts = starts_after(passage.quantities, passage.offset, sq)
    return text[b : min([len(text), b + 70, *starts])]


def _clause_before(passage: View, sq: Quantity) -> str:
    text, a = passage.text, sq.start - passage.offset
    start = max(text.rfind(c, 0, a) for c in ".;")
    return text[start + 1 : a]


@lru_cache(maxsize=1024)
def _places_in(text: str) -> frozenset[str]:
    """Place ids the entity list reads in ``text``, read once per text (a claim is asked
    once per source figure)."""
    return frozenset(e.id for e in find_places(text))


def _same_place(name: str, claim: View) -> bool:
    # The claim's places as the entity list reads them, actors included ("Les États-Unis ont
    # recensé": a country that acts is still the place the figure is about).
    mine = claim.places | _places_in(claim.text)
    return bool(_places_in(name) & mine) or fold(name) in fold(claim.text)


# Capitalised common nouns that open a complement without naming a place ("dans la Région").
_GENERIC = frozenset({"region", "pays", "country", "state", "etat", "ville", "city", "union"})


def _place(passage: View, sq: Quantity) -> str | None:
    found = _COMPLEMENT.match(_after(passage, sq))
    if found is None or fold(found.group(1)).split("-")[0] in _GENERIC:
        return None
    return found.group(1)


# "dont 4.000 à Paris", "of which 4,000 in Paris": a part of the figure before it.
_PART = re.compile(r"\b(?:dont|of\s+which|including|parmi\s+(?:eux|elles|lesquels))\s*$", re.I)


_PART_CLAIM = re.compile(r"\b(?:dont|of\s+which|including)\b", re.I)


def _a_part(passage: View, q: Quantity) -> bool:
    text = passage.text[: q.start - passage.offset]
    return _PART.search(text[-25:].rstrip(" ~≈")) is not None


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(fold(text))}


def _item(claim: View, passage: View, sq: Quantity) -> str | None:
    """With "respectively", the list item the figure goes with, when the claim names another
    item of the list and not this one ("appartements que les maisons, avec respectivement
    -5,5 % et -4,9 %" for a claim about houses at -5,5 %)."""
    text = passage.text
    at = sq.start - passage.offset
    marker = _RESPECTIVELY.search(text)
    if marker is None:
        return None
    same = sorted(
        (q for q in passage.quantities if q.unit == sq.unit),
        key=lambda q: q.start,
    )
    index = next((i for i, q in enumerate(same) if q is sq), None)
    if index is None or len(same) < 2:
        return None
    first = same[0].start - passage.offset
    before = text[: min(first, marker.start()) if marker.start() < at else first]
    parts = [p for p in _SPLIT.split(before) if _stems(p) - _stems("avec with respectivement")]
    # An item is the words beside the conjunction: "pour les appartements | que les maisons".
    items = [" ".join(p.split()[-3:]) for p in parts[-len(same) : -len(same) + 1]]
    items += [" ".join(p.split()[:3]) for p in parts[-len(same) + 1 :]]
    if len(items) != len(same) or index >= len(items):
        return None
    mine = _stems(claim.text)
    stems = [_stems(p) for p in items]
    own = [(words & mine) - set().union(*(o for o in stems if o is not words)) for words in stems]
    if own[index] or not any(own):
        return None
    return f"{items[index].strip()}, respectively"


def different_scope(claim: View, passage: View, sq: Quantity) -> str | None:
    """The place, item, part or period the figure's own words give it and the claim's do not
    ("Île-de-France"), or None when its scope fits the claim's."""
    places = claim.places | _places_in(claim.text)
    if places or _COMPLEMENT.search(claim.text):
        place = _place(passage, sq)
        if place and not _same_place(place, claim) and claim.language == passage.language:
            return place
        known = place and _places_in(place)
        if place and known and places and not _same_place(place, claim):
            return place
    own = _clause_before(passage, sq) + " " + _after(passage, sq)
    outside = _OUTSIDE.search(own)
    if outside and not _OUTSIDE_CLAIM.search(claim.text) and _same_place(outside.group(1), claim):
        return f"outside {outside.group(1)}"
    whole = not _PART_CLAIM.search(claim.text) and not _place(passage, sq)
    if whole and (places or claim.language == passage.language):
        # "plus de 11.000 mobilisés, dont 4.000 à Paris": the claim's place is another
        # figure's complement, so this one is the whole.
        for q in passage.quantities:
            if q is sq or q.unit != sq.unit or not _a_part(passage, q):
                continue
            other = _place(passage, q)
            if other and _same_place(other, claim):
                return f"the whole, {other} is another figure's"
    if (part := _PARTIAL.search(own)) and not _CLAIM_PART.search(claim.text):
        return part.group(0)
    since = _SINCE.match(_after(passage, sq))
    said = _CLAIM_SINCE.search(claim.text)
    if since and said and since.group(1) != said.group(1):
        return f"since {since.group(1)}"
    return _item(claim, passage, sq)
