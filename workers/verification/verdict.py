"""suggest_verdict: from judged passages to one AVeriTeC label for the claim, explained.

For each figure of the claim the passage that measures it most exactly decides (an explicit
period or year outweighs a headline silent about it); `conflicting` is said only when two
passages about the same measured thing disagree. A figure refuted fails the claim; a claim
supported on only some of its figures is not supported. Below ABSTAIN the engine says
`not_enough_evidence`: abstaining is better than being wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workers.verification.compare import CEILINGS, unnamed_party
from workers.verification.quantities import extract_quantities

# A judgement below this confidence is read as "no clear stance".
DECISIVE = 0.5
# Suggestions less sure than this are turned into not_enough_evidence (see docs/benchmarks.md:
# on the development sets, precision drops below this point).
ABSTAIN = 0.6
# A refutation by a figure less sure than this is not suggested either: on the pooled real-text
# development sets, refutations in [0.6, 0.65) were right 6 times in 13 (supports 6 in 7).
ABSTAIN_REFUTED = 0.65
# Confidence reaches SURE only when the deciding passage covers the claim: relevance at least
# SURE_RELEVANCE and at least SURE_COVER of the claim's content words. Without this, 0.8 or more
# was right 179 times in 215 on the pooled real-text sets (0.83; 0.66 on holdout3 and 4); with
# it, 60 in 64 (sixth pass, docs/benchmarks.md).
SURE = 0.8
SURE_RELEVANCE = 0.7
SURE_COVER = 0.8
EXACT = ("exact", "within_rounding", "answered_yes", "answered_no", "debunked")
_ANSWERS = ("answered_yes", "answered_no")
# A passage gives the claim's count by one counter and another by another (disputes.py).
_DISPUTED = "disputed_count"


@dataclass(frozen=True)
class Suggestion:
    """The machine's suggested verdict; an editor decides."""

    verdict: str  # 'supported' | 'refuted' | 'conflicting' | 'not_enough_evidence'
    confidence: float
    explanation: str


def _key(judgement) -> tuple | None:
    q = judgement.claim_quantity
    return (q.get("start"), q.get("end")) if q else None


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


def _weight(judgement) -> float:
    """How decisive a passage is: exactness, relevance and an explicit period."""
    claim, source = judgement.claim_quantity or {}, judgement.source_quantity or {}
    weight = judgement.confidence + 0.5 * judgement.score
    if judgement.reason in EXACT:
        weight += 0.1
    if claim.get("period") and source.get("period"):
        weight += 0.15  # the passage states the period or year the claim is about
    elif claim.get("period") and not source.get("period"):
        weight -= 0.05  # a headline silent about it
    return weight


def _same_measure(a, b) -> bool:
    """Both passages measure the same thing: unit, counted noun, qualifier kind and period."""
    qa, qb = a.source_quantity or {}, b.source_quantity or {}
    if qa.get("unit") != qb.get("unit"):
        return False
    if qa.get("noun") and qb.get("noun") and qa["noun"] != qb["noun"]:
        return False
    if (qa.get("qualifier") in CEILINGS) != (qb.get("qualifier") in CEILINGS):
        return False
    # One passage names a period or year, the other is silent or names another: the explicit
    # one decides (a headline repeating the amount alone does not contradict the details).
    return qa.get("period") == qb.get("period")


def _quote(judgement) -> str:
    excerpt = " ".join(judgement.excerpt.split())
    return f"«{excerpt[:160]}{'…' if len(excerpt) > 160 else ''}»"


def _set_aside(judgements: Sequence, decided: Sequence) -> str:
    """Why the other passages did not decide, one short reason each."""
    reasons = []
    for j in judgements:
        if any(j is d for d in decided) or len(reasons) >= 3:
            continue
        note = getattr(j, "note", "")
        why = {
            "context_mismatch": "different measure" + (f": {note}" if note else ""),
            "no_comparable_quantity": "no comparable figure",
            "reported_speech": "figure only reported (someone's claim), not asserted",
            "forecast_not_fact": "figure given as a forecast",
            "unsubstantiated": "called unproven by the source",
        }.get(j.reason, j.reason)
        if j.stance != "neutral" and j.confidence >= DECISIVE:
            why = f"{j.stance} ({j.reason}) but outweighed by a more exact passage"
        elif j.stance != "neutral":
            why = f"{j.stance} too weakly ({j.reason})"
        reasons.append(f"{_quote(j)}: {why}")
    return (" Set aside: " + "; ".join(reasons) + ".") if reasons else ""


def _calibrated(confidence: float, deciding: list) -> float:
    """Below SURE unless every deciding passage covers the claim (relevance and wording): a
    figure found in a passage that shares little else of the claim is often someone else's.
    A refutation by value is sure only when it is aligned in time and stands alone."""
    covered = all(
        j.score >= SURE_RELEVANCE and getattr(j, "cover", 1.0) >= SURE_COVER for j in deciding
    )
    if any(_loose_refutation(j) for j in deciding):
        covered = False
    return confidence if covered else min(confidence, SURE - 0.01)


def _loose_refutation(judgement) -> bool:
    """A value refutation whose figure is not dated as the claim's ("4 millions en 2023"
    against an undated "5 millions"), or whose passage also states the claim's figure ("3,8
    milliards prévus ... va coûter 12,4 milliards"): on holdout5 such refutations at 0.8 or
    more were wrong 2 times in 2, and it is what a refutation by value needs (issue 12)."""
    if judgement.stance != "refutes" or judgement.reason not in _VALUE_REASONS:
        return False
    claim, source = judgement.claim_quantity or {}, judgement.source_quantity or {}
    if claim.get("period") != source.get("period"):
        return True
    language = None  # the excerpt's figures are read in both conventions alike
    return any(_equal(claim, q.to_dict()) for q in extract_quantities(judgement.excerpt, language))


def _decided(verdict: str, confidence: float, lead: str, deciding: list, judgements) -> Suggestion:
    confidence = round(_calibrated(confidence, deciding), 3)
    body = " ".join(f"{_quote(j)} — {j.explanation}." for j in deciding)
    text = f"{lead} Decided by {body}{_set_aside(judgements, deciding)}"
    # The stricter floor is for a figure read against another figure; a fixed-strength
    # refutation of wording (a place swapped) keeps the common one.
    figures = any(j.claim_quantity and j.source_quantity for j in deciding)
    floor = ABSTAIN_REFUTED if verdict == "refuted" and figures else ABSTAIN
    if verdict != "not_enough_evidence" and confidence < floor:
        return Suggestion(
            "not_enough_evidence",
            confidence,
            f"Too unsure to suggest '{verdict}' (confidence {confidence:.2f}). {text}",
        )
    return Suggestion(verdict, confidence, text)


# A value refutation needs the mismatching figure to be the claim's, and no equal one.
_VALUE_REASONS = ("value_mismatch", "scale_mismatch")
# An equal figure shows where the claim's figure is even when it does not decide itself:
# framed (reported, forecast), or silent about a name the passage never gives (a translation
# the lexicon misses: "the Channel" for "la Manche").
_SHOWS = ("exact", "within_rounding", "reported_speech", "forecast_not_fact")
_LOOSE = ("exact", "approx", None)


def _equal(claim: dict, source: dict) -> bool:
    """The source figure states the claim's: same value (within rounding), same unit, a
    compatible qualifier, and the claim's period (or none when the claim gives none)."""
    if not claim or not source or claim.get("unit") != source.get("unit"):
        return False
    if source.get("period") != claim.get("period"):
        # A claim silent about time is not stated by a figure dated to one year ("13 deaths
        # in all of 2023" for "13 deaths in the first three months").
        return False
    cq, sq = claim.get("qualifier"), source.get("qualifier")
    if cq != sq and not (cq in _LOOSE and sq in _LOOSE):
        return False
    a, b = claim.get("value") or 0.0, source.get("value") or 0.0
    slack = max(claim.get("tolerance") or 0.0, source.get("tolerance") or 0.0, 0.01 * abs(a))
    return abs(a - b) <= slack


def _stated(judgements: Sequence) -> dict:
    """Claim figure key -> the periods at which some passage states it with its qualifiers."""
    out: dict = {}
    for j in judgements:
        shows = j.reason in _SHOWS or unnamed_party(j.reason, j.note)
        if shows and _equal(j.claim_quantity or {}, j.source_quantity or {}):
            out.setdefault(_key(j), set()).add((j.source_quantity or {}).get("period"))
    return out


def _outvoted(judgement, stated: dict) -> bool:
    """A bare value refutation of a figure another passage states exactly, at another time
    than the equal one ("20,101 for 2023" against "more than 25,000 last year"; "more than
    40,000 since he took office" against "30,000 in 2023"): the other figure measures the
    thing at another time. Two figures for the same time stay a conflict; the coverage
    refutation ("the claim's own name sits at another figure") carries a note and stands."""
    if judgement.stance != "refutes" or judgement.reason not in _VALUE_REASONS or judgement.note:
        return False
    periods = stated.get(_key(judgement))
    if not periods:
        return False
    return (judgement.source_quantity or {}).get("period") not in periods


def suggest_verdict(judgements: Sequence) -> Suggestion:
    """Aggregate judgements from one or several sources into a suggested verdict."""
    stated = _stated(judgements)
    decisive = [
        j
        for j in judgements
        if j.stance != "neutral" and j.confidence >= DECISIVE and not _outvoted(j, stated)
    ]
    # Another counter's count of the same thing is never a refutation on its own: it only
    # makes a count that some passage states the claim's one side's (disputes.py).
    paired = {_key(j) for j in decisive if j.stance == "supports"}
    decisive = [j for j in decisive if j.reason != _DISPUTED or _key(j) in paired]
    if not decisive:
        return Suggestion(
            "not_enough_evidence",
            0.5 if judgements else 0.3,
            "No passage states a comparable figure or the same fact." + _set_aside(judgements, []),
        )
    by_key: dict[tuple | None, dict[str, list]] = {}
    for j in decisive:
        by_key.setdefault(_key(j), {"supports": [], "refutes": []})[j.stance].append(j)
    outcomes: dict[tuple | None, tuple[str, list]] = {}
    for key, group in by_key.items():
        pro = max(group["supports"], key=_weight, default=None)
        con = max(group["refutes"], key=_weight, default=None)
        answers = [j for j in (pro, con) if j and j.reason in _ANSWERS]
        if con and con.reason == _DISPUTED:
            outcomes[key] = ("conflicting", [pro, con])  # paired with a support above
            continue
        if pro and con and len(answers) == 1:
            # "Did X reverse the 4,400 cuts? Yes" answers the claim itself; a figure found
            # elsewhere on the page (2,754 redundancies) measures something near it.
            outcomes[key] = (answers[0].stance, answers)
        elif pro and con:
            if _same_measure(pro, con):
                outcomes[key] = ("conflicting", [pro, con])
            else:
                winner = max((pro, con), key=_weight)
                outcomes[key] = (winner.stance, [winner])
        else:
            outcomes[key] = ((pro or con).stance, [pro or con])
    refuted = [d for s, d in outcomes.values() if s == "refutes"]
    if refuted:
        best = max((d[0] for d in refuted), key=lambda j: j.confidence)
        return _decided("refuted", best.confidence, "Refuted.", [best], judgements)
    disputed = [d for s, d in outcomes.values() if s == "conflicting"]
    if disputed:
        pro, con = disputed[0]
        return _decided(
            "conflicting",
            min(pro.confidence, con.confidence),
            "Passages about the same measure disagree.",
            [pro, con],
            judgements,
        )
    supports = [d[0] for _s, d in outcomes.values()]
    ceilings = [j for j in supports if _picks_ceiling(j)]
    if ceilings and len(ceilings) == len(supports):
        best = max(ceilings, key=lambda j: j.confidence)
        return _decided(
            "conflicting",
            best.confidence * 0.8,
            "The claim states as a fact a figure the source gives only as a ceiling.",
            [best],
            judgements,
        )
    best = max(supports, key=lambda j: j.confidence)
    confidence = best.confidence
    figures = max((getattr(j, "claim_figures", 0) for j in judgements), default=0)
    found = len({_key(j) for j in supports if _counts(j)})
    lead = "Supported."
    if figures and found < figures:
        # Only some of the claim's figures are found: the rest is unchecked, so the claim is
        # not supported (partial supports were right 4 times in 7 on the real-text sets). A
        # small count or a day found alone places none of them ("moins de 300 000 bébés ...
        # six premiers mois" found "six", "95 décès ... du 7 au 13 juillet" found "7").
        lead = (
            f"Only {found} of the claim's {figures} figures found in the sources; "
            "the rest is unchecked."
        )
        return _decided("not_enough_evidence", 0.5 * confidence, lead, [best], judgements)
    return _decided("supported", confidence, lead, [best], judgements)


def _counts(judgement) -> bool:
    """The judgement places one of the figures the claim stands by, not a small count that
    describes more often than it claims (the same rule as ``Judgement.claim_figures``)."""
    q = judgement.claim_quantity
    if not q or _key(judgement) is None:
        return False
    return not (q.get("unit") == "count" and (q.get("value") or 0) < 10)
