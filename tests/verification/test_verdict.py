"""Judgements add up to one suggested verdict with AVeriTeC's labels."""

from workers.verification import Judgement, judge_source, suggest_verdict

CLAIM = {"start": 0, "end": 10, "qualifier": "exact"}


def judgement(
    stance: str,
    confidence: float = 0.8,
    *,
    claim=CLAIM,
    source=None,
    reason: str = "exact",
    score: float = 0.8,
    cover: float = 1.0,
) -> Judgement:
    return Judgement(
        excerpt="x",
        start=0,
        end=1,
        stance=stance,
        reason=reason,
        confidence=confidence,
        score=score,
        method="test",
        claim_quantity=claim,
        source_quantity=source or {"qualifier": "exact"},
        explanation=f"{stance} {reason}",
        cover=cover,
    )


def test_it_says_supported_when_passages_support_and_none_refutes():
    suggestion = suggest_verdict([judgement("supports"), judgement("neutral", 0.0)])
    assert suggestion.verdict == "supported" and suggestion.confidence == 0.8


def test_confidence_stays_below_0_8_when_the_deciding_passage_does_not_cover_the_claim():
    # Sixth pass: a figure found in a passage that shares little else of the claim (low
    # relevance, or few of its words) is often another subject's; it is not "sure".
    for weak in ({"score": 0.5}, {"cover": 0.6}):
        suggestion = suggest_verdict([judgement("supports", 0.9, **weak)])
        assert suggestion.verdict == "supported" and suggestion.confidence == 0.79
    sure = suggest_verdict([judgement("supports", 0.9)])
    assert sure.confidence == 0.9


def test_a_figure_refutation_below_0_65_is_not_suggested():
    weak = suggest_verdict([judgement("refutes", 0.62, source={"qualifier": "exact"})])
    assert weak.verdict == "not_enough_evidence"
    firm = suggest_verdict([judgement("refutes", 0.7)])
    assert firm.verdict == "refuted"


def test_it_says_refuted_when_a_key_figure_is_confidently_refuted():
    other_figure = {"start": 20, "end": 30, "qualifier": "exact"}
    suggestion = suggest_verdict(
        [judgement("supports"), judgement("refutes", 0.7, claim=other_figure)]
    )
    assert suggestion.verdict == "refuted"


def test_it_says_conflicting_when_sources_disagree_on_the_same_figure():
    suggestion = suggest_verdict([judgement("supports"), judgement("refutes", 0.7)])
    assert suggestion.verdict == "conflicting"


def test_it_says_conflicting_when_the_claim_picks_an_up_to_figure():
    suggestion = suggest_verdict(
        [judgement("supports", source={"qualifier": "up_to"}, reason="within_qualifier")]
    )
    assert suggestion.verdict == "conflicting"


def test_it_abstains_on_weak_or_missing_evidence():
    assert suggest_verdict([]).verdict == "not_enough_evidence"
    assert suggest_verdict([judgement("supports", 0.3), judgement("neutral", 0.0)]).verdict == (
        "not_enough_evidence"
    )


def test_it_aggregates_across_several_sources_end_to_end():
    claim = "La manifestation a réuni 50 000 personnes."
    organisers = judge_source(
        claim_text=claim, claim_language="fr", source_text="Organisers said 50,000 people marched."
    )
    police = judge_source(
        claim_text=claim, claim_language="fr", source_text="Police said 18,000 people marched."
    )
    assert suggest_verdict(organisers).verdict == "supported"
    assert suggest_verdict(police).verdict == "refuted"
    assert suggest_verdict(organisers + police).verdict == "conflicting"
