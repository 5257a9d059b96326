"""Yes/no answers: a question that restates the claim, answered "No", refutes it."""

from __future__ import annotations

import re
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
# A verdict heading that opens on "Yes"/"Oui" and restates the claim: "3. Yes, the Covid-19
# epidemic has indeed caused excess mortality in France", "Oui, le vaccin est gratuit". The
# mirror of the "No, ..." heading read as a debunk (frames.DEBUNK).
_LEADING_YES = re.compile(
    r"^\W*(?:\d{1,2}\s*[.)]\s*)?(?:(?:fact[\s-]?check|vrai\s+ou\s+faux|verdict)\s*:\s*)?"
    r"(?:yes|oui)\s*[,.!:]\s*(?!but\b|mais\b|and\s+no\b|et\s+non\b)",
    re.I,
)
# What such a heading rejects follows it ("... Contrary to what a Facebook post claims").
_REJECTED_AFTER = re.compile(r"\b(?:contrary\s+to|contrairement\s+(?:à|a)|unlike)\b", re.I)
# The heading must restate most of the claim (translation loses words: "surmortalité" is
# "excess mortality").
HEADING_COVERAGE = 0.5


def judge_answer(
    claim: View, passage: View, previous: View | None, keys: list[Quantity]
) -> Finding | None:
    """A finding when the passage answers yes/no a question about the claim; None otherwise."""
    from workers.verification.stance import Finding

    replied = answer(passage.text)
    if replied is None:
        return _heading_yes(claim, passage, keys)
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


def _heading_yes(claim: View, passage: View, keys: list[Quantity]) -> Finding | None:
    """A "Yes, ..." heading that restates the claim supports it, figures and all."""
    from workers.verification.stance import Finding

    opening = _LEADING_YES.match(passage.text)
    if opening is None:
        return None
    rest = passage.text[opening.end() :]
    if cut := _REJECTED_AFTER.search(rest):
        rest = rest[: cut.start()]
    heading = build_view(rest, passage.language)
    cover = coverage(claim, heading.words)
    if cover < HEADING_COVERAGE or not claim.actors <= heading.actors:
        return None
    if asserts_negation(claim.text) != asserts_negation(rest):
        return None
    if keys and not _states_figure(heading, keys):
        return None
    cq = keys[0] if keys else None
    return Finding("supports", "answered_yes", round(0.55 + 0.35 * min(1.0, cover), 3), cq, None)
