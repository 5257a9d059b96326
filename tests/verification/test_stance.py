"""Each passage gets a stance and a reason code that says why."""

import pytest

from workers.verification import judge_source

CLAIM_500 = "Le projet Stargate prévoit d'investir 500 milliards de dollars sur quatre ans."


def best(claim: str, source: str, language: str = "fr"):
    return judge_source(claim_text=claim, claim_language=language, source_text=source)[0]


@pytest.mark.parametrize(
    ("claim", "source", "stance", "reason"),
    [
        (
            CLAIM_500,
            "Stargate intends to invest $500 billion over the next four years.",
            "supports",
            "exact",
        ),
        (
            "Stargate investira 500 milliards de dollars.",
            "Stargate will invest $500.4 billion.",
            "supports",
            "within_rounding",
        ),
        (
            "Microsoft dépensera 80 milliards de dollars dans ses data centers.",
            "Microsoft expects to spend approximately $80 billion on data centers.",
            "supports",
            "within_qualifier",
        ),
        (
            CLAIM_500,
            "Stargate intends to invest $400 billion over the next four years.",
            "refutes",
            "value_mismatch",
        ),
        (
            "Microsoft dépensera 80 milliards de dollars dans ses data centers.",
            "Microsoft plans to spend $80 million on new data centers.",
            "refutes",
            "scale_mismatch",
        ),
        (
            "L'IA représentera 19 % de la consommation électrique des data centers d'ici 2028.",
            "AI will represent 19% of data center power demand by 2030.",
            "refutes",
            "time_mismatch",
        ),
        (
            CLAIM_500,
            "Stargate intends to invest $500 billion over the next ten years.",
            "refutes",
            "period_mismatch",
        ),
        (
            "Microsoft dépensera 80 milliards de dollars dans ses data centers.",
            "Microsoft will spend €80 billion on its data centers.",
            "refutes",
            "currency_mismatch",
        ),
        (
            "Microsoft dépensera 80 milliards de dollars dans ses data centers.",
            "SoftBank will spend $80 billion on data centers.",
            "neutral",
            "context_mismatch",
        ),
        (
            CLAIM_500,
            "Stargate was announced at the White House.",
            "neutral",
            "no_comparable_quantity",
        ),
    ],
)
def test_it_gives_the_stance_and_reason_code(claim, source, stance, reason):
    judgement = best(claim, source)
    assert (judgement.stance, judgement.reason) == (stance, reason)
    assert 0.0 <= judgement.confidence <= 1.0


def test_it_pins_a_figure_to_the_subject_named_in_its_clause():
    judgement = best(
        "SoftBank investira 80 milliards de dollars dans des data centers.",
        "SoftBank will invest $100 billion in data centers, while Microsoft will "
        "spend $80 billion on data centers.",
    )
    assert (judgement.stance, judgement.reason) == ("refutes", "value_mismatch")
    assert judgement.source_quantity["text"] == "$100 billion"


def test_it_explains_the_comparison_in_one_line():
    judgement = best(CLAIM_500, "Stargate intends to invest $500 billion over the next four years.")
    assert judgement.explanation == (
        "claim: 500 milliards USD sur 4 ans ↔ source: $500 billion over the next four years (exact)"
    )
    assert judgement.claim_quantity["period"] == "P4Y"
    assert judgement.method == "bm25+quantities+entities"


def test_it_supports_a_role_attribution_on_entities_and_wording():
    judgement = best(
        "Masayoshi Son sera le président de Stargate.",
        "Masayoshi Son will serve as chairman of Stargate.",
    )
    assert judgement.stance == "supports"
    assert 0.5 <= judgement.confidence < 0.9  # moderate: no figure backs it


def test_it_refutes_a_role_given_to_another_person():
    judgement = best(
        "Masayoshi Son sera le président de Stargate.",
        "Sam Altman will serve as chairman of Stargate.",
    )
    assert (judgement.stance, judgement.reason) == ("refutes", "role_swap")


def test_it_refutes_a_negated_claim_that_the_source_affirms():
    judgement = best(
        "OpenAI ne participe pas au projet Stargate.",
        "OpenAI, SoftBank and Oracle are the lead partners of the Stargate Project.",
    )
    assert (judgement.stance, judgement.reason) == ("refutes", "negation")


def test_it_abstains_when_only_an_entity_is_shared():
    judgement = best(
        "Masayoshi Son sera le président de Stargate.",
        "Masayoshi Son attended the press conference.",
    )
    assert judgement.stance == "neutral"
