"""Disputed counts: one passage gives two incompatible counts of the same thing, each by its
own counter ("120 selon la police et 200 selon les organisateurs", "900 000 selon la CGT alors
que le ministère de l'Intérieur estime qu'elles étaient 281 000", "according to organizers ...,
police put the crowd at ...").

A claim that states one of the counts as the fact, naming no counter, is then neither
supported nor refuted by the passage: the fact-checker's answer is `conflicting`. On the
real-text sets such claims were read as supported 9 times out of 27 by the figure they repeat.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workers.verification.analysis import View
from workers.verification.compare import comparable, compare, same_noun
from workers.verification.lexicon import fold
from workers.verification.quantities import MAIN_UNITS, Quantity

if TYPE_CHECKING:
    from workers.verification.stance import Finding

# Who counts a crowd, a strike or a vote, French and English: two of them giving two figures
# for the same thing is the classic dispute (police against organisers or unions).
_COUNTER = re.compile(
    r"\b(?:minist[eè]re\s+de\s+l['’]\s*int[ée]rieur|police|polici[eè]re?s?|pr[ée]fectures?|"
    r"minist[eè]res?|int[ée]rieur|gouvernement|government|autorit[ée]s?|authorities|officials|"
    r"gendarmerie|mairie|city\s+hall|organi[sz]ateurs?|organisatrices?|organi[sz]ers?|"
    r"syndicats?|intersyndicale|unions|(?:trade|labou?r)\s+unions?|"
    r"(?:d[ée]compte|comptage)s?\s+ind[ée]pendants?|independent\s+counts?|"
    r"cgt|cfdt|snuipp|snes|collectif|[ée]tat-major|pentagon|army|arm[ée]e)\b",
    re.I,
)
# The sentence says the count is someone's ("selon", "a compté", "estime", "according to"):
# without such a word a counter named near a figure is its subject, not its source.
_SOURCE = re.compile(
    r"\b(?:selon|d['’]apr[eè]s|according\s+to|per|de\s+son\s+c[oô]t[ée]|pour\s+sa\s+part|"
    r"compt\w*|recens\w*|chiffr\w*|d[ée]nombr\w*|estim\w*|avanc\w*|revendiqu\w*|annonc\w*|"
    r"[ée]voqu\w*|parl\w*|said|says|put|counted|estimated|claimed|reported)\b",
    re.I,
)


DISPUTED = "disputed_count"
# A rival count found next to the claim's figure is a second account, not a refutation: it only
# needs to be decisive enough to be paired with the figure that matches (verdict.py).
RIVAL = 0.7

# The claim itself attributes its figure ("selon la police", "according to organisers").
_SAID_BY = re.compile(r"\b(?:selon|d['’]apr[eè]s|according\s+to)\b", re.I)


def _counter_near(passage: View, quantity: Quantity) -> tuple[str, tuple[int, int]] | None:
    """Whose count the figure is: the counter after it with "selon"/"according to" ("120 selon
    la police"), else the nearest one before it ("la police a compté 12 000"), looked for
    between the figures before and after it."""
    text = passage.text
    here = quantity.start - passage.offset
    figures = sorted(
        (q.start - passage.offset, q.end - passage.offset)
        for q in passage.quantities
        if q.unit in MAIN_UNITS
    )
    before = max((e for s, e in figures if e <= here), default=0)
    after = min((s for s, e in figures if s >= quantity.end - passage.offset), default=len(text))
    found = list(_COUNTER.finditer(text, before, after))
    # Any other subject of a counting verb before the figure ("la direction en compte 25 000",
    # "le musée annonce 2,5 millions") counts as well.
    found += [m for m in _SUBJECT.finditer(text, before, here) if not _COUNTER.match(m.group(1))]
    found.sort(key=lambda m: m.start())
    following = [
        m
        for m in found
        if m.start() > here and _BY.search(text[max(before, m.start() - 30) : m.start()])
    ]
    preceding = [m for m in found if m.start() < here]
    if not (following or preceding):
        return None
    found_at = following[0] if following else preceding[-1]
    name = fold(found_at.group(1) if found_at.re is _SUBJECT else found_at.group())
    name = "ministere" if name.startswith(("minist", "interieur")) else name
    # The figure with its counter: "120 personnes selon la police", "la police ... 12 000".
    span = (min(here, found_at.start()), max(quantity.end - passage.offset, found_at.end()))
    return name, span


_SUBJECT = re.compile(
    r"\b(?:le|la|les|l['’]|the)\s*([A-Za-zÀ-ÿ][\w-]{2,})(?:\s+(?:de|du|des|of)\s+"
    r"(?:la\s+|l['’]\s*|the\s+)?[\w-]+)?\s+(?:en\s+)?(?:a\s+|ont\s+|has\s+|have\s+)?"
    r"(?:annonc\w*|recens\w*|compt(?:e|ent|é)|revendiqu\w*|estim\w*|avanc\w*|chiffr\w*|"
    r"[ée]voqu\w*|parl\w*|says|said|counted|estimated|reported|put)\b",
    re.I,
)
# "selon la", "according to the", "d'après les": the counter named next is the figure's source.
_BY = re.compile(
    r"\b(?:selon|d['’]apr[eè]s|according\s+to|per)\s+(?:the\s+|les?\s+|la\s+|l['’]\s*)?"
    r"(?:\w+\s+){0,2}$",
    re.I,
)


def _counted_by(claim: View, counter: str) -> bool:
    """The claim names the counter: it gives the count as theirs ("la police avait compté
    30 000") or counts them ("11 000 policiers mobilisés"); either way no dispute of its own."""
    return counter[:5] in fold(claim.text)


def disputed(
    claim: View, passage: View, matches: list[tuple[float, Finding]]
) -> list[Finding] | None:
    """The match and a rival count when the passage gives the claim's figure by one counter and
    another value for the same thing by another; None otherwise."""
    from workers.verification.stance import Finding

    if _SAID_BY.search(claim.text):
        return None  # the claim names whose count it states: the other count is not its own
    if not _SOURCE.search(passage.text):
        return None
    for _confidence, match in sorted(matches, key=lambda m: -m[0]):
        cq, sq = match.claim_quantity, match.source_quantity
        if cq is None or sq is None or sq.unit not in ("count", "percent"):
            continue
        mine = _counter_near(passage, sq)
        if mine is None or _counted_by(claim, mine[0]):
            continue  # "120 selon la police" for "la police a compté 120": the claim's own
        for other in passage.quantities:
            # "«plus d'1 million» selon la CGT" is read as a bare amount: still a count.
            units = (sq.unit, "amount") if sq.unit == "count" else (sq.unit,)
            if other is sq or other.unit not in units or not comparable(cq, other):
                continue
            if other.period not in (None, sq.period) or compare(cq, other).outcome != "mismatch":
                continue
            if sq.noun and other.noun and not same_noun(sq.noun, other.noun):
                continue
            theirs = _counter_near(passage, other)
            if theirs is None or theirs[0] == mine[0] or _counted_by(claim, theirs[0]):
                continue  # the claim's counter ("la police avait compté") gave the other one
            # Each count is quoted with its counter, so that both are shown.
            strength = match.confidence
            note = f"count by {mine[0]}"
            kept = Finding("supports", match.reason, strength, cq, sq, mine[1], note=note)
            rival = Finding("refutes", DISPUTED, strength, cq, other, theirs[1], note=theirs[0])
            return [kept, rival]
    return None


def disputed_nearby(
    claim: View, passage: View, keys: list[Quantity], nearby: str
) -> Finding | None:
    """A rival count when this sentence gives another value by one counter ("Le ministère de
    l'Intérieur a chiffré à 1,28 million ...") and the sentence next to it gives the claim's
    figure by another ("La CGT a annoncé 3,5 millions de manifestants"); None otherwise."""
    from workers.verification.analysis import build_view
    from workers.verification.stance import Finding

    if _SAID_BY.search(claim.text) or not nearby or not _SOURCE.search(passage.text):
        return None
    around = build_view(nearby, passage.language)
    for cq in keys:
        equal = [
            q for q in around.quantities if comparable(cq, q) and compare(cq, q).outcome == "match"
        ]
        mine = next((c for q in equal if (c := _counter_near(around, q))), None)
        if mine is None or _counted_by(claim, mine[0]):
            continue
        for sq in passage.quantities:
            units = (cq.unit, "amount") if cq.unit == "count" else (cq.unit,)
            if sq.unit not in units or not comparable(cq, sq):
                continue
            if compare(cq, sq).outcome != "mismatch":
                continue
            theirs = _counter_near(passage, sq)
            if theirs is None or theirs[0] == mine[0] or _counted_by(claim, theirs[0]):
                continue
            note = f"{theirs[0]}, where {mine[0]} gives the claim's figure"
            return Finding("refutes", DISPUTED, RIVAL, cq, sq, theirs[1], note=note)
    return None
