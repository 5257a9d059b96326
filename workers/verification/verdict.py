"""suggest_verdict: from judged passages to one AVeriTeC label for the claim."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workers.verification.compare import CEILINGS

# A judgement below this confidence is read as "no clear stance".
DECISIVE = 0.5


@dataclass(frozen=True)
class Suggestion:
    """The machine's suggested verdict; an editor decides."""

    verdict: str  # 'supported' | 'refuted' | 'conflicting' | 'not_enough_evidence'
    confidence: float
    explanation: str


def _key(judgement) -> tuple | None:
    q = judgement.claim_quantity
    return (q["start"], q["end"]) if q else None


def _picks_ceiling(judgement) -> bool:
    if getattr(judgement, "ceiling", False):
        return True
    claim, source = judgement.claim_quantity, judgement.source_quantity
    return bool(
        claim
        and source
        and source.get("qualifier") in CEILINGS
        and claim.get("qualifier") not in CEILINGS
    )


def suggest_verdict(judgements: Sequence) -> Suggestion:
    """Aggregate judgements from one or several sources into a suggested verdict."""
    decisive = [j for j in judgements if j.stance != "neutral" and j.confidence >= DECISIVE]
    if not decisive:
        return Suggestion(
            "not_enough_evidence",
            0.5 if judgements else 0.3,
            "No passage states a comparable figure or the same fact.",
        )
    by_key: dict[tuple | None, dict[str, list]] = {}
    for j in decisive:
        by_key.setdefault(_key(j), {"supports": [], "refutes": []})[j.stance].append(j)
    refuted = [g for g in by_key.values() if g["refutes"] and not g["supports"]]
    disputed = [g for g in by_key.values() if g["refutes"] and g["supports"]]
    supports = [j for j in decisive if j.stance == "supports"]
    if refuted:
        best = max((j for g in refuted for j in g["refutes"]), key=lambda j: j.confidence)
        return Suggestion("refuted", best.confidence, f"Refuted: {best.explanation}")
    if disputed:
        group = disputed[0]
        pro = max(group["supports"], key=lambda j: j.confidence)
        con = max(group["refutes"], key=lambda j: j.confidence)
        return Suggestion(
            "conflicting",
            round(min(pro.confidence, con.confidence), 3),
            f"Sources disagree. For: {pro.explanation}. Against: {con.explanation}",
        )
    ceilings = [j for j in supports if _picks_ceiling(j)]
    if ceilings and len(ceilings) == len(supports):
        best = max(ceilings, key=lambda j: j.confidence)
        return Suggestion(
            "conflicting",
            round(best.confidence * 0.8, 3),
            "The claim states as a fact a figure the source gives only as a "
            f"ceiling: {best.explanation}",
        )
    best = max(supports, key=lambda j: j.confidence)
    return Suggestion("supported", best.confidence, f"Supported: {best.explanation}")
