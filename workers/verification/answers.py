"""Yes/no answers: a question that restates the claim, answered "No", refutes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workers.verification.analysis import View, build_view, coverage
from workers.verification.compare import comparable, compare
from workers.verification.frames import answer, asserts_negation
from workers.verification.quantities import Quantity

if TYPE_CHECKING:
    from workers.verification.stance import Finding

# The question must restate most of the claim for its answer to settle it.
QUESTION_COVERAGE = 0.5
QUESTION_FIGURE_COVERAGE = 0.35
# Share of the question's own words that the claim holds, for a "No" to deny a claimed figure.
QUESTION_OWN = 0.6


def judge_answer(
    claim: View, passage: View, previous: View | None, keys: list[Quantity]
) -> Finding | None:
    """A finding when the passage answers yes/no a question about the claim; None otherwise."""
    from workers.verification.stance import Finding

    replied = answer(passage.text)
    if replied is None:
        return None
    word, question_end = replied
    question = build_view(passage.text[:question_end], None)
    cover = coverage(claim, question.words)
    near = question.actors | (previous.actors if previous else frozenset())
    # A question that states the claim's own figure restates it with fewer words (translated).
    states = bool(keys) and _states_figure(question, keys)
    needed = QUESTION_FIGURE_COVERAGE if states else QUESTION_COVERAGE
    if cover < needed or (claim.actors and question.actors and not claim.actors & near):
        return None
    # "Did X not ...? No" agrees with "X did"; a negated claim flips the answer too. A
    # negation inside a condition ("threaten ... if he doesn't leave") is not the question's.
    flipped = asserts_negation(claim.text) != asserts_negation(question.text)
    agrees = (word == "yes") != flipped
    confidence = round(0.55 + 0.35 * min(1.0, cover), 3)
    cq = keys[0] if keys else None
    # Without the figure, a "No" settles the claim only when the question asks about the
    # claim's own event ("Did PA reject mail-in ballots? No"), not about something said of
    # it ("Did the president make clear when prices dropped? No").
    if (
        not agrees
        and keys
        and not _states_figure(question, keys)
        and coverage(question, claim.words) < QUESTION_OWN
    ):
        return None
    if not agrees:
        return Finding("refutes", "answered_no", confidence, cq, None)
    if not keys:
        return Finding("supports", "answered_yes", confidence, None, None)
    # A "Yes" confirms a figure only when the question itself states it.
    for key in keys:
        for sq in question.quantities:
            if comparable(key, sq) and compare(key, sq).outcome == "match":
                return Finding("supports", "answered_yes", confidence, key, sq)
    return None


def _states_figure(question: View, keys: list[Quantity]) -> bool:
    return any(
        comparable(k, q) and compare(k, q).outcome == "match"
        for k in keys
        for q in question.quantities
    )
