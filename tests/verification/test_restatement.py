"""Same-fact support (restatement.py): a sentence that restates the whole claim supports it,
across French and English, with or without a figure the figure paths can align; a sentence that
shares the words but turns the fact (negation, question, forecast, another party, another
order, another figure beside it) does not. Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict
from workers.verification.analysis import build_view
from workers.verification.restatement import restated


def _restated(claim: str, passage: str, claim_language: str = "fr", language: str = "en"):
    return restated(build_view(claim, claim_language), build_view(passage, language), None, None)


# 1. A claim without a known party, restated in the other language.
def test_an_event_restated_in_english_supports_a_french_claim():
    suggestion = verdict(
        "Vik avait été évacuée en mars après une série de séismes.",
        "Vik was evacuated in March following a series of earthquakes, officials said on Friday.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation
    assert "restated" in suggestion.explanation


def test_another_month_does_not_restate_the_claim():
    assert (
        _restated(
            "Vik avait été évacuée en mars après une série de séismes.",
            "Vik was evacuated in October following a series of earthquakes.",
        )
        is None
    )


def test_a_negated_restatement_is_not_support():
    assert (
        _restated(
            "Vik avait été évacuée en mars après une série de séismes.",
            "Vik was not evacuated in March despite a series of earthquakes.",
        )
        is None
    )


def test_a_question_restating_the_claim_is_not_support():
    assert (
        _restated(
            "Vik a été évacuée en mars après une série de séismes.",
            "Was Vik evacuated in March after a series of earthquakes?",
        )
        is None
    )


def test_an_expected_event_is_not_the_event():
    assert (
        _restated(
            "La banque centrale a commencé à baisser son taux directeur en mai.",
            "Les économistes s'attendent à ce que la banque centrale commence à baisser son taux "
            "directeur en mai.",
            "fr",
            "fr",
        )
        is None
    )


# 2. A death toll counted by another noun ("14 morts" / "14 personnes sont mortes").
def test_a_toll_counted_as_people_who_died_supports_the_claim():
    suggestion = verdict(
        "La tempête Zora a fait au moins 12 morts à Madère.",
        "Au moins 12 personnes sont mortes après le passage de la tempête Zora à Madère samedi.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_toll_in_english_supports_a_french_claim():
    suggestion = verdict(
        "Les incendies de Rhodes ont fait au moins 21 morts.",
        "Wildfires on Rhodes have killed at least 21 people since Tuesday.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_another_toll_is_not_restated():
    suggestion = verdict(
        "La tempête Zora a fait au moins 12 morts à Madère.",
        "Au moins 9 personnes sont mortes après le passage de la tempête Zora à Madère samedi.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


def test_a_figure_beside_another_of_its_kind_is_left_to_the_figure_paths():
    # "dont" gives a part of the total: the words alone cannot tell which one is the claim's.
    assert (
        _restated(
            "Le collectif a revendiqué 90 000 participants à Lyon.",
            "Le collectif, qui a revendiqué 90 000 participants en région dont 40 000 à Lyon, a "
            "salué une marche historique.",
            "fr",
            "fr",
        )
        is None
    )


# 3. People named in the claim, found in the passage.
def test_people_named_as_joining_the_march_support_the_claim():
    suggestion = verdict(
        "Lucie Marchal et Paul Verdier ont participé au cortège lyonnais.",
        "De nombreuses personnalités se sont jointes au cortège lyonnais comme Lucie Marchal ou "
        "Paul Verdier.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_role_given_to_someone_else_is_not_restated():
    # "X est le/la ...": the passage names another party the role may belong to.
    assert (
        _restated(
            "Marc Delorme est le directeur de l'Agence Nova.",
            "Marc Delorme, director of research at the Orion Foundation, said Agence Nova's "
            "approval marked a step forward.",
        )
        is None
    )


# 4. Order, rank and direction must be the claim's.
def test_two_places_compared_the_other_way_round_are_not_restated():
    assert (
        _restated(
            "On compte plus de morts en Martinique qu'en Guadeloupe depuis le début de l'épidémie.",
            "Le nombre de morts depuis le début de l'épidémie est plus important en Guadeloupe "
            "qu'en Martinique.",
            "fr",
            "fr",
        )
        is None
    )


def test_ranks_in_another_order_are_not_restated():
    assert (
        _restated(
            "Cette sécheresse a été la 5e plus longue et la 3e plus sévère du siècle.",
            "Cette sécheresse a été la 3e plus longue et la 5e plus sévère du siècle.",
            "fr",
            "fr",
        )
        is None
    )


def test_causes_with_the_directions_swapped_are_not_restated():
    assert (
        _restated(
            "La baisse des loyers est due à la hausse des taux.",
            "La diminution des loyers est due à la baisse des taux.",
            "fr",
            "fr",
        )
        is None
    )


def test_less_is_not_more():
    assert (
        _restated(
            "Les camionnettes ont progressé plus fortement que le marché.",
            "Les camionnettes ont moins fortement progressé que le marché.",
            "fr",
            "fr",
        )
        is None
    )


def test_the_same_sentence_is_restated():
    found = _restated(
        "Les camionnettes ont progressé plus fortement que le marché.",
        "Les camionnettes ont progressé plus fortement que le marché cette année.",
        "fr",
        "fr",
    )
    assert found is not None and 0.6 <= found[0] < 0.8


# 5. Number formats: Swiss apostrophes and Indian lakhs group thousands.
def test_swiss_apostrophes_group_thousands():
    from workers.verification.quantities import extract_quantities

    values = [q.value for q in extract_quantities("soit près de 22’500 personnes", "fr")]
    assert values == [22500.0]
    values = [q.value for q in extract_quantities("81'000 pour la préfecture", "fr")]
    assert values == [81000.0]


def test_indian_lakhs_group_thousands():
    from workers.verification.quantities import extract_quantities

    found = extract_quantities("The country witnessed 8,11,604 births in 2021.", "en")
    assert 811604.0 in [q.value for q in found]


def test_a_swiss_figure_supports_the_claim_it_states():
    suggestion = verdict(
        "Le nombre de chômeurs a augmenté d'environ 31 200 personnes sur un an.",
        "Le nombre total de chômeurs a augmenté de 19,8 % sur un an, soit près de 31’200 "
        "personnes.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_toll_beside_a_magnitude_is_restated():
    # "7.6 magnitude" is not another count of the dead: a hundred times smaller.
    suggestion = verdict(
        "Le séisme de Vanora de 1987 a fait plus de 12 000 morts.",
        "The worst on record, a 7.4 magnitude earthquake which struck Vanora in 1987, killing "
        "more than 12,000 people.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 6. A claim confirmed on one figure only: the restating sentence places the other.
def test_a_restating_sentence_places_the_figures_a_match_left_open():
    suggestion = verdict(
        "La Belgique a compté 110 000 naissances pour 118 000 décès, soit un solde naturel "
        "négatif de 8 000.",
        "Au total, on dénombre 110.000 naissances pour 118.000 décès en Belgique, ce qui "
        "établit le solde naturel négatif à 8.000.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_figures_paired_respectively_are_not_restated():
    assert (
        _restated(
            "En 2022, la production de Volta a bondi de 30 % et ses livraisons de 35 %.",
            "In 2022, Volta delivered 1,213,851 vehicles and produced 1,269,611, representing "
            "year-over-year increases of 30 percent and 35 percent, respectively.",
        )
        is None
    )


# 7. Word tables and relation words.
def test_event_words_never_rename_a_lexicon_group():
    from workers.verification.lexicon import lemma
    from workers.verification.vocabulary import EVENT_GROUPS, LEXICON

    groups = set(LEXICON.values())
    for group, words in EVENT_GROUPS.items():
        for word in words.split():
            assert lemma(word) not in groups or lemma(word) == group, (group, word)


def test_earlier_is_not_more():
    from workers.verification.restatement import _relations

    assert _relations("contre 115 383 un an plus tôt") == set()
    assert _relations("au moins 14 morts") == set()
    assert _relations("plus de 14 morts") == {"more"}


# 8. A figure written to four significant digits, found exactly, names the claim's measure.
def test_a_precise_figure_found_exactly_supports_across_languages():
    suggestion = verdict(
        "La Corée a enregistré 623 417 naissances en 2021.",
        "The country witnessed 6,41,229 births in 2020, 6,23,417 in 2021, and 5,98,140 in 2022.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_precise_figure_of_another_year_does_not_support():
    suggestion = verdict(
        "La Corée a enregistré 623 417 naissances en 2022.",
        "The country witnessed 6,41,229 births in 2020, 6,23,417 in 2021, and 5,98,140 in 2022.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


def test_a_round_figure_is_not_distinctive():
    from workers.verification.quantities import extract_quantities
    from workers.verification.restatement import distinctive

    round_, precise = extract_quantities("800 000 et 811 604", "fr")
    assert not distinctive(round_, round_, "exact")
    assert distinctive(precise, precise, "exact")


# 9. A frame counts in the clause that says the claim, and a name may stand in a list.
def test_a_forecast_in_another_clause_does_not_block_the_restatement():
    suggestion = verdict(
        "Les incendies de Rhodes ont fait au moins 21 morts.",
        "Wildfires on Rhodes have killed at least 21 people, and officials warn that the toll "
        "will keep rising as searches continue.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_forecast_in_the_claims_clause_still_blocks_it():
    assert (
        _restated(
            "Les incendies de Rhodes ont fait au moins 21 morts.",
            "Officials warn that wildfires on Rhodes will have killed at least 21 people.",
        )
        is None
    )


def test_a_name_in_a_list_of_places_is_not_restated():
    assert (
        _restated(
            "Les moissons ont débuté le 2 juillet dans le Vexin.",
            "Cette année, les moissons ont débuté le 2 juillet dans le Berry, fin juillet dans le "
            "Vexin et sont prévues pour août en Picardie.",
            "fr",
            "fr",
        )
        is None
    )


# 10. Another figure of the kind, dated otherwise, is another time, not a rival reading.
def test_a_figure_of_another_month_is_not_a_rival_reading():
    found = _restated(
        "Selon le ministère, la Bavière produirait 12,4 millions d'hectolitres de bière en 2024.",
        "La Bavière produirait 12,4 millions d'hectolitres de bière en 2024 d'après le "
        "ministère, qui estimait la production à 12,9 millions hl en octobre et 13,1 millions "
        "hl annoncés en septembre.",
        "fr",
        "fr",
    )
    assert found is not None


def test_a_part_of_the_figure_is_still_a_rival_reading():
    assert (
        _restated(
            "La banque a fourni 9,6 milliards de dollars de prêts pour le site.",
            "The bank played a key role by providing $9.6 billion in loans for the site, "
            "including a recently announced $7.1 billion tranche.",
        )
        is None
    )


# 11. Bounds are not negations, and receiving is not falling.
def test_a_bound_is_not_a_negation():
    from workers.verification.restatement import _negated

    assert not _negated("La fondation a récolté pas moins de 36 millions d'euros.")
    assert not _negated("They raised no fewer than 500 signatures.")
    assert _negated("La fondation n'a pas récolté 36 millions d'euros.")


def test_received_is_not_a_fall():
    from workers.verification.lexicon import lemma

    assert lemma("recu") != "fall"
    assert lemma("recule") == "fall"


def test_people_is_the_generic_counted_noun():
    suggestion = verdict(
        "Plus de 6 000 personnes sont mortes de la chaleur en Autriche à l'été 2022.",
        "In Austria alone there were more than 6,000 heat deaths in the summer of 2022.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation
