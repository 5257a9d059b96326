"""A French claim finds the right sentence of an English page."""

from workers.verification import judge_source

PAGE = (
    "Tech giants keep pouring money into artificial intelligence.\n"
    "Oracle reported higher cloud revenue in its latest quarter, beating forecasts. "
    "Analysts expect chip shortages to ease next year. "
    "Goldman Sachs Research says AI will account for about 19% of data center power demand "
    "by 2028. "
    "The bank also expects European power prices to stay volatile. "
    "Separately, SoftBank said it would invest $100 billion in the United States over four "
    "years. "
    "Meanwhile OpenAI hired a new chief financial officer."
)


def test_it_finds_the_english_sentence_for_a_french_claim_about_a_percentage():
    judgements = judge_source(
        claim_text="L'IA représentera 19 % de la consommation électrique des centres de données "
        "d'ici 2028.",
        claim_language="fr",
        source_text=PAGE,
    )
    assert judgements[0].excerpt.startswith("Goldman Sachs Research says AI")
    assert judgements[0].stance == "supports"


def test_it_finds_the_english_sentence_for_a_french_claim_about_money():
    judgements = judge_source(
        claim_text="SoftBank avait promis d'investir 100 milliards de dollars aux États-Unis.",
        claim_language="fr",
        source_text=PAGE,
    )
    best = judgements[0]
    assert best.excerpt.startswith("Separately, SoftBank said")
    assert PAGE[best.start : best.end] == best.excerpt


def test_it_ranks_by_wording_when_the_claim_has_no_figure():
    judgements = judge_source(
        claim_text="Oracle a publié des revenus cloud en hausse.",
        claim_language="fr",
        source_text=PAGE,
    )
    assert judgements[0].excerpt.startswith("Oracle reported higher cloud revenue")


def test_it_returns_at_most_top_k_distinct_passages_with_scores_in_range():
    judgements = judge_source(
        claim_text="SoftBank investira 100 milliards de dollars.",
        claim_language="fr",
        source_text=PAGE,
        top_k=2,
    )
    assert len(judgements) <= 2
    assert len({(j.start, j.end) for j in judgements}) == len(judgements)
    assert all(0 <= j.score <= 1 and 0 <= j.confidence <= 1 for j in judgements)
