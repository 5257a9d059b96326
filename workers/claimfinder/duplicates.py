"""The same claim said twice: grouped within an article, linked across articles."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from workers.claimfinder.cues import EARLIER, MEASURE_UNITS
from workers.claimfinder.finder import Candidate, find_claims
from workers.verification import extract_quantities

# Cross-article near-duplicates: at or above SUGGEST_LINK a link waits for a person to confirm
# it; at or above AUTO_LINK it is made at once (same figures, nearly the same words).
SUGGEST_LINK = 0.75
AUTO_LINK = 0.92
# Within one article, two statements of the same large figure are the same claim repeated
# ("500 milliards" in the lede, the body and the conclusion); small numbers repeat by chance.
SAME_FIGURE_MIN_VALUE = 1_000_000
# ...and whose wording is at least this close (rapidfuzz token_set_ratio): the seed's "500
# milliards … sur quatre ans" restated scores 67, one figure in two different claims about 50.
SAME_FIGURE_MIN_WORDING = 60
# Beyond this many distinct statements, near-identical wording is not searched pairwise.
FUZZY_LIMIT = 400


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^\w\s]", " ", "".join(c for c in text if not unicodedata.combining(c)))


def _figures(quantities: list[dict]) -> set[tuple[str, float]]:
    return {
        (q["unit"] if q["unit"] != "amount" else "currency", float(q["value"]))
        for q in quantities
        if q["unit"] in MEASURE_UNITS and q.get("value") is not None
    }


# "C'est 100 milliards de plus que la fortune d'Elon Musk": a difference, not the figure stated.
_DIFFERENCE = re.compile(
    r"^\s*(?:de dollars |d['’]euros |dollars |euros )?(?:de plus|de moins|more|less)\b"
)


def _stated_figures(candidate: Candidate) -> set[tuple[str, float]]:
    kept = [
        q
        for q in candidate.quantities
        if not _DIFFERENCE.match(candidate.quote[q.get("end", 0) : q.get("end", 0) + 30])
    ]
    return _figures(kept)


def _every_figure(candidate: Candidate) -> set[tuple[str, float]]:
    """Each figure stated with its unit, durations and distances too, dates left out."""
    return {
        (q["unit"], float(q["value"]))
        for q in candidate.quantities
        if q["unit"] not in {"year", "date"} and q.get("value") is not None
    }


def first_line_end(text: str) -> int:
    """Where an article's first line (its headline, or a dek read as body text) ends."""
    stripped = text.lstrip()
    return len(text) - len(stripped) + len(stripped.split("\n", 1)[0])


def group_duplicates(candidates: list[Candidate], *, first_line: int = 0) -> list[list[Candidate]]:
    """Groups of candidates that state the same claim; each group's first is the earliest.

    With `first_line` (see `first_line_end`), a statement on the article's first line that the
    body says again goes after the body's first statement of it: the body's sentence is the one an
    editor checks ("Condamné à 3 mois …, l'homme … fait appel" above "Le 18 janvier dernier, le
    jeune homme … avait été condamné à trois mois …").

    Pairs are only compared within blocks (same wording, same large figure), and the fuzzy
    comparison only among the distinct statements left, so a 5 MB article of repeated
    paragraphs costs linear time instead of n² comparisons.
    """
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        low, high = sorted((root(i), root(j)))
        parent[high] = low

    folded = [" ".join(_fold(c.quote).split()) for c in candidates]
    first_with_text: dict[str, int] = {}
    for index, text in enumerate(folded):
        if text in first_with_text:
            union(first_with_text[text], index)
        else:
            first_with_text[text] = index
    distinct = sorted(first_with_text.values())

    figures = {i: _stated_figures(candidates[i]) for i in distinct}
    periods = {
        i: {q.get("period") for q in candidates[i].quantities if q.get("period")} for i in distinct
    }
    earlier = {i: bool(EARLIER.search(candidates[i].quote)) for i in distinct}
    # Blocked on the whole set of large figures a statement gives: "100 milliards puis 500" is
    # not the "500 milliards" stated alone, and real articles reuse one figure in several
    # claims (the first tranche, a comparison with a fortune, the total).
    by_figure: dict[frozenset, list[int]] = {}
    for i in distinct:
        large = frozenset(f for f in figures[i] if f[1] >= SAME_FIGURE_MIN_VALUE)
        if large:
            by_figure.setdefault(large, []).append(i)
    for members in by_figure.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                same_frame = (not periods[i] or not periods[j] or periods[i] & periods[j]) and (
                    earlier[i] == earlier[j]
                )
                # One figure recurs in distinct claims of one article ("500 milliards, c'est à
                # peine moins que le PIB de la Belgique"): the same stated period ("sur quatre
                # ans") or a close wording tells a restatement.
                close = bool(periods[i] & periods[j]) or (
                    fuzz.token_set_ratio(folded[i], folded[j]) >= SAME_FIGURE_MIN_WORDING
                )
                if same_frame and close:
                    union(i, j)
    if len(distinct) <= FUZZY_LIMIT:
        # Near-identical wording with different figures of any measure is two claims: "condamné
        # à trois mois de prison ferme" on appeal, "à six mois" at first instance.
        every = {i: _every_figure(candidates[i]) for i in distinct}
        for x, i in enumerate(distinct):
            for j in distinct[x + 1 :]:
                if every[i] and every[j] and not every[i] & every[j]:
                    continue
                if fuzz.token_set_ratio(folded[i], folded[j]) >= 90:
                    union(i, j)
    groups: dict[int, list[Candidate]] = {}
    for index, candidate in enumerate(candidates):
        groups.setdefault(root(index), []).append(candidate)
    ordered = []
    for group in groups.values():
        if first_line and len(group) > 1 and group[0].end <= first_line:
            body = [c for c in group if c.start >= first_line]
            group = [*body, *(c for c in group if c.start < first_line)] if body else group
        ordered.append(group)
    return sorted(ordered, key=lambda group: group[0].start)


def find_proposals(
    text: str, *, language: str | None = None, min_score: float | None = None
) -> list[Candidate]:
    """What an article's extraction proposes: one candidate per group of repeats, the earliest.

    The repeats become appearances of that claim (claims/services/extraction.py), so this is
    what an editor is shown, and what the evaluation scores. `min_score` overrides the finder's
    threshold (the evaluation's sweep); None keeps `finder.MIN_SCORE`.
    """
    if min_score is None:
        candidates = find_claims(text, language=language)
    else:
        candidates = find_claims(text, language=language, min_score=min_score)
    return [group[0] for group in group_duplicates(candidates, first_line=first_line_end(text))]


def claim_similarity(a: str, b: str) -> float:
    """How surely two claims say the same thing, in [0, 1]; different figures weigh heavily."""
    words = fuzz.token_set_ratio(_fold(a), _fold(b)) / 100
    figures_a = _figures([q.to_dict() for q in extract_quantities(a)])
    figures_b = _figures([q.to_dict() for q in extract_quantities(b)])
    if figures_a and figures_b and not figures_a & figures_b:
        return round(words * 0.5, 4)
    return round(words, 4)
