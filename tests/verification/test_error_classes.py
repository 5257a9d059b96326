"""The classes of error of issue 12, each with sentences of our own (quality is measured on the
real-text sets by evaluate_verifier; these pin the mechanisms)."""

import pytest

from workers.verification import judge_source, suggest_verdict
from workers.verification.frames import answer, frame, negated
from workers.verification.roles import role_pairs, role_swap


def verdict(claim: str, source: str, claim_language: str = "fr"):
    judgements = judge_source(claim_text=claim, claim_language=claim_language, source_text=source)
    return suggest_verdict(judgements)


# 1. A figure about something else does not decide.
def test_a_figure_for_another_named_measure_is_set_aside():
    suggestion = verdict(
        "Le bénéfice net de Microsoft a atteint 77,7 milliards de dollars au premier trimestre.",
        "Microsoft reported revenue of $77.7 billion in the first quarter.",
    )
    assert suggestion.verdict == "not_enough_evidence"
    assert "different measure" in suggestion.explanation


def test_a_count_by_someone_else_is_not_the_claims_count():
    suggestion = verdict(
        "Selon la CGT, 300 000 personnes ont manifesté mardi.",
        "Mardi, 107 000 personnes ont manifesté selon le ministère de l'Intérieur.",
    )
    assert suggestion.verdict == "not_enough_evidence"
    assert "count by ministere" in suggestion.explanation


def test_a_figure_named_with_other_words_in_one_language_does_not_refute():
    suggestion = verdict(
        "Equinix a inauguré un site de 28 MW à Meudon.",
        "Equinix a inauguré un site de 28 MW à Meudon. Les demandes de raccordement auprès "
        "de RTE atteignent les 120 MW.",
    )
    assert suggestion.verdict == "supported"


# 2. Aggregation: the exact passage decides, conflicting only for the same measure.
def test_an_explicit_period_outweighs_a_headline_silent_about_it():
    suggestion = verdict(
        "Stargate investira 500 milliards de dollars sur quatre ans.",
        "Stargate: a $500 billion plan. Stargate will invest $500 billion over the next ten "
        "years, its partners said.",
    )
    assert suggestion.verdict == "refuted"
    assert "period" in suggestion.explanation


def test_two_counts_of_the_same_crowd_conflict():
    suggestion = verdict(
        "La manifestation a réuni 50 000 personnes.",
        "Organisers said 50,000 people marched. Police put the figure at 18,000 people.",
    )
    assert suggestion.verdict == "conflicting"


def test_the_explanation_names_the_deciding_passage_and_what_was_set_aside():
    suggestion = verdict(
        "Le projet créera 100 000 emplois d'ici 2030.",
        "The project will create 100,000 jobs by 2030. The site covers 500 hectares.",
    )
    assert suggestion.verdict == "supported"
    assert "Decided by «The project will create 100,000 jobs by 2030.»" in suggestion.explanation
    assert "claim: 100 000" in suggestion.explanation


# 3. Reported and debunked statements.
@pytest.mark.parametrize(
    "source",
    [
        "A viral post falsely claims that 1.6 million asylum seekers receive benefits.",
        "The senator said 1.6 million asylum seekers receive benefits. This is false.",
        "Un message viral affirme que 1,6 million de demandeurs d'asile touchent des aides. "
        "C'est faux.",
    ],
)
def test_a_debunked_figure_refutes(source):
    claim = "1,6 million de demandeurs d'asile perçoivent des allocations."
    assert verdict(claim, source).verdict == "refuted"


def test_a_figure_only_reported_does_not_support():
    suggestion = verdict(
        "1,6 million de demandeurs d'asile perçoivent des allocations.",
        "A viral post claims that 1.6 million asylum seekers receive benefits.",
    )
    assert suggestion.verdict == "not_enough_evidence"


def test_a_forecast_does_not_support_a_statement_of_fact():
    assert frame("Analysts forecast that sales will reach $5 billion.") == "forecast"
    suggestion = verdict(
        "Les ventes ont atteint 5 milliards de dollars l'an dernier.",
        "Analysts forecast that sales will reach $5 billion.",
    )
    assert suggestion.verdict != "supported"


def test_a_no_to_a_question_restating_the_claim_refutes():
    assert answer("Did Pennsylvania reject mail-in ballots? No") == ("no", 40)
    suggestion = verdict(
        "Pennsylvania rejected 372,000 mail-in ballots.",
        "Did Pennsylvania reject 372,000 mail-in ballots? No, it did not.",
        "en",
    )
    assert suggestion.verdict == "refuted"


def test_a_figure_inside_a_question_is_not_asserted():
    suggestion = verdict(
        "The CDC said 98,000 people died.",
        "Have 98,000 people died? A report found 87,000 excess deaths nationwide.",
        "en",
    )
    assert suggestion.verdict != "supported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft is not only a partner but also an investor.", False),
        ("Il n'y aura qu'un seul centre.", False),
        ("Microsoft is not a partner.", True),
        ("Microsoft ne participe pas au projet.", True),
    ],
)
def test_negation_leaves_out_phrases_that_only_look_like_one(text, expected):
    assert negated(text) is expected


# 4. Claims without figures.
def test_a_role_swap_refutes():
    claim = (
        "OpenAI porte la responsabilité financière et SoftBank la responsabilité opérationnelle."
    )
    source = "SoftBank takes financial responsibility, OpenAI operational responsibility."
    assert role_pairs(source) == {("softbank", "financial"), ("openai", "operational")}
    assert role_swap(claim, source) == ("openai", "operational")
    assert verdict(claim, source).verdict == "refuted"


def test_not_only_but_also_is_not_a_negation_of_the_claim():
    suggestion = verdict(
        "Microsoft est partenaire technologique de Stargate.",
        "Microsoft is not only a technology partner of Stargate but also a cloud supplier.",
    )
    assert suggestion.verdict != "refuted"


# 5. Direction and comparison.
def test_a_rise_refutes_a_claimed_fall():
    suggestion = verdict(
        "Les salaires hebdomadaires ont baissé de 6,6 %.",
        "Weekly paychecks for workers rose 6.6 percent.",
    )
    assert suggestion.verdict == "refuted"


def test_a_rate_per_year_is_not_a_total():
    suggestion = verdict(
        "La consommation des centres de données croîtra de 15 % au total d'ici 2030.",
        "Data centre electricity consumption will grow by 15 percent per year to 2030.",
    )
    assert suggestion.verdict == "refuted"


def test_a_bound_refutes_a_figure_outside_it():
    suggestion = verdict(
        "La France a remporté moins de 60 médailles aux JO de Paris.",
        "La France a remporté au moins 63 médailles aux JO de Paris.",
    )
    assert suggestion.verdict == "refuted"


# 7. Abstention.
def test_a_claim_confirmed_on_one_figure_of_two_is_not_suggested_as_supported():
    suggestion = verdict(
        "Les trois partenaires investiront 100 milliards de dollars et créeront 100 000 emplois.",
        "The partners will invest $100 billion.",
    )
    assert suggestion.verdict == "not_enough_evidence"
    assert "Only 1 of the claim's 2 figures found" in suggestion.explanation
    assert "the rest is unchecked" in suggestion.explanation


def test_no_evidence_says_why_each_passage_was_set_aside():
    suggestion = verdict(
        "Stargate investira 500 milliards de dollars.",
        "The White House hosted the announcement. The campus covers 500 hectares.",
    )
    assert suggestion.verdict == "not_enough_evidence"
    assert "Set aside:" in suggestion.explanation
