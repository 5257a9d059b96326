"""The same claim said twice: grouped within an article, linked across articles."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from workers.claimfinder.cues import EARLIER, MEASURE_UNITS
from workers.claimfinder.finder import Candidate
from workers.verification import extract_quantities

# Cross-article near-duplicates: at or above SUGGEST_LINK a link waits for a person to confirm
# it; at or above AUTO_LINK it is made at once (same figures, nearly the same words).
SUGGEST_LINK = 0.75
AUTO_LINK = 0.92
# Within one article, two statements of the same large figure are the same claim repeated
# ("500 milliards" in the lede, the body and the conclusion); small numbers repeat by chance.
SAME_FIGURE_MIN_VALUE = 1_000_000


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^\w\s]", " ", "".join(c for c in text if not unicodedata.combining(c)))


def _figures(quantities: list[dict]) -> set[tuple[str, float]]:
    return {
        (q["unit"] if q["unit"] != "amount" else "currency", float(q["value"]))
        for q in quantities
        if q["unit"] in MEASURE_UNITS and q.get("value") is not None
    }


def group_duplicates(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Groups of candidates that state the same claim; each group's first is the earliest."""
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    figures = [_figures(c.quantities) for c in candidates]
    periods = [{q.get("period") for q in c.quantities if q.get("period")} for c in candidates]
    earlier = [bool(EARLIER.search(c.quote)) for c in candidates]
    for i in range(len(candidates)):
        for j in range(i + 1, len(candidates)):
            shared = {f for f in figures[i] & figures[j] if f[1] >= SAME_FIGURE_MIN_VALUE}
            same_frame = (not periods[i] or not periods[j] or periods[i] & periods[j]) and (
                earlier[i] == earlier[j]
            )
            close = fuzz.token_set_ratio(_fold(candidates[i].quote), _fold(candidates[j].quote))
            if (shared and same_frame) or close >= 90:
                parent[root(j)] = root(i)
    groups: dict[int, list[Candidate]] = {}
    for index, candidate in enumerate(candidates):
        groups.setdefault(root(index), []).append(candidate)
    return sorted(groups.values(), key=lambda group: group[0].start)


def claim_similarity(a: str, b: str) -> float:
    """How surely two claims say the same thing, in [0, 1]; different figures weigh heavily."""
    words = fuzz.token_set_ratio(_fold(a), _fold(b)) / 100
    figures_a = _figures([q.to_dict() for q in extract_quantities(a)])
    figures_b = _figures([q.to_dict() for q in extract_quantities(b)])
    if figures_a and figures_b and not figures_a & figures_b:
        return round(words * 0.5, 4)
    return round(words, 4)
