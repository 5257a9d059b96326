"""Classes of wrong commitment fixed in the third pass on issue 12 (hand-written sentences;
quality is measured on the real-text sets by evaluate_verifier)."""

from tests.verification.test_error_classes import verdict
from workers.verification.quantities import extract_quantities
from workers.verification.roles import role_pairs


def test_it_does_not_refute_a_figure_the_passage_states_with_another_one_beside_it():
    # The match is only reported ("said it would"), but it shows where the claim's figure is:
    # the other amount measures something else.
    suggestion = verdict(
        "La société comptait d'abord investir 40 millions d'euros immédiatement.",
        "The company said it would invest €40 million immediately and ramp toward "
        "€300 million over the full period.",
    )
    assert suggestion.verdict != "refuted"


def test_it_still_refutes_when_the_claimed_figure_is_the_other_measure():
    suggestion = verdict(
        "La société comptait investir immédiatement 300 millions d'euros.",
        "The company said it would invest €40 million immediately and ramp toward "
        "€300 million over the full period.",
    )
    assert suggestion.verdict != "supported"


def test_the_claims_other_figure_does_not_refute_the_first():
    suggestion = verdict(
        "La start-up a levé 3 milliards d'euros, ce qui la valorise 14 milliards.",
        "La start-up a levé 3 milliards d'euros, ce qui porte sa valorisation à 14 milliards "
        "d'euros.",
    )
    assert suggestion.verdict == "supported"


def test_a_figure_that_differs_still_refutes_a_claim_with_two_figures():
    suggestion = verdict(
        "La start-up a levé 3 milliards d'euros, ce qui la valorise 14 milliards.",
        "La start-up a levé 3 milliards d'euros, ce qui porte sa valorisation à 11 milliards "
        "d'euros.",
    )
    assert suggestion.verdict != "supported"


def test_a_year_written_with_the_next_one_is_one_period_not_a_count():
    found = extract_quantities(
        "Le nombre est passé de 3,7 millions en 2009/10 à 3,3 millions en 2021/22.", "fr"
    )
    assert [(q.unit, q.value) for q in found if q.unit != "year"] == [
        ("amount", 3_700_000),
        ("amount", 3_300_000),
    ]
    assert [q.period for q in found if q.unit == "year"] == ["in:2009/10", "in:2021/22"]
    # A span of several years stays two figures of its own.
    assert "in:2019/21" not in {q.period for q in extract_quantities("en 2019/21", "fr")}


def test_the_correction_after_a_fact_checkers_verdict_is_asserted():
    suggestion = verdict(
        "La photo a été prise lors d'un défilé à Lyon en 2011.",
        "Des internautes affirment que la photo montre un défilé à Paris. C'est faux : la photo "
        "a été prise lors d'un défilé à Lyon en 2011.",
    )
    assert suggestion.verdict == "supported"


def test_a_figure_quoted_before_the_verdict_is_still_debunked():
    suggestion = verdict(
        "Le maire a dépensé 3 millions d'euros pour la fontaine.",
        "Une publication virale affirme que le maire a dépensé 3 millions d'euros pour la "
        "fontaine. C'est faux.",
    )
    assert suggestion.verdict == "refuted"


def test_the_name_of_a_fact_check_rubric_is_not_a_verdict():
    suggestion = verdict(
        "Selon le ministre, la réforme coûtera 4 milliards d'euros.",
        "Le vrai ou faux. Le ministre affirme que la réforme coûtera 4 milliards d'euros.",
    )
    assert suggestion.verdict != "refuted"


def test_a_claim_the_fact_checker_calls_unsubstantiated_is_neither_true_nor_false():
    suggestion = verdict(
        "270 millions d'Américains ont été vaccinés.",
        "The president claimed that 270 million Americans have been vaccinated. "
        "Verdict: Unsubstantiated.",
    )
    assert suggestion.verdict == "not_enough_evidence"


def test_a_clock_time_is_not_a_figure():
    found = extract_quantities("durée : 00:02:22 - le vrai ou faux - 3 enfants", "fr")
    assert [q.text for q in found] == ["3"]


def test_a_rate_for_the_whole_population_does_not_support_an_age_groups():
    suggestion = verdict(
        "Le taux de chômage des 25-49 ans a atteint 6,8 % au deuxième trimestre.",
        "Le taux de chômage a atteint 6,8 % de la population active au deuxième trimestre.",
    )
    assert suggestion.verdict == "not_enough_evidence"
    assert "group (25)" in suggestion.explanation or "group (49)" in suggestion.explanation


def test_another_age_groups_figure_does_not_support_the_claimed_group():
    suggestion = verdict(
        "Le taux de chômage des 65 ans ou plus atteint 12,3 %.",
        "Le taux de chômage des 18-29 ans s'établit à 12,3 %. "
        "Le taux de chômage des 65 ans ou plus recule à 3,2 %.",
    )
    assert suggestion.verdict == "refuted"


def test_digits_inside_a_name_are_no_group():
    suggestion = verdict(
        "In England only 58.1% of COVID-19 contacts were reached.",
        "Of these contacts, 58.1% were reached and asked to self-isolate.",
        "en",
    )
    assert "group" not in suggestion.explanation


def test_the_claims_words_next_to_another_figure_make_the_equal_one_another_groups():
    # "Outre-mer compris" goes with 11,2 %, not with the 9,4 % of metropolitan France.
    claim = "Outre-mer compris, le taux de pauvreté a atteint 9,4 % cette année."
    source = (
        "Le taux de pauvreté a progressé cette année, atteignant 9,4 % (+0,1 point) en "
        "métropole et 11,2 % (+0,2 point) avec l'outre-mer, selon l'institut."
    )
    assert verdict(claim, source).verdict != "supported"
    # The same passage still supports the metropolitan figure.
    claim = "Le taux de pauvreté a atteint 9,4 % en métropole cette année."
    assert verdict(claim, source).verdict == "supported"


def test_two_counts_by_two_sources_are_not_two_groups():
    claim = "Selon le syndicat, près de 90 000 personnes ont manifesté jeudi."
    source = (
        "Jeudi, près de 40.000 manifestants ont défilé selon la préfecture, alors qu'ils "
        "étaient près de 90.000 selon le syndicat."
    )
    assert verdict(claim, source).verdict == "supported"


def test_a_no_to_a_question_about_something_said_of_the_figure_does_not_refute_it():
    source = (
        "Did the minister say in his speech when wheat prices fell? No. "
        "How much did wheat prices fall in 2021? The report gives no figure."
    )
    suggestion = verdict("Wheat prices fell 30% in 2021.", source, "en")
    assert suggestion.verdict != "refuted"


def test_a_no_to_a_question_restating_the_event_still_refutes():
    suggestion = verdict(
        "The county rejected 41,000 mail-in ballots.",
        "Did the county reject mail-in ballots? No.",
        "en",
    )
    assert suggestion.verdict == "refuted"


def test_a_decimal_glued_to_m_is_millions():
    found = extract_quantities("Poverty fell from 3.7m in 2009/10 to 3.3m in 2021/22.", "en")
    assert [q.value for q in found if q.unit != "year"] == [3_700_000, 3_300_000]


def test_passe_de_a_is_a_move_from_one_level_to_another_not_a_range():
    found = extract_quantities("Le nombre est passé de 3,7 à 3,3 millions.", "fr")
    assert [(q.value, q.qualifier) for q in found] == [(3_700_000, "exact"), (3_300_000, "exact")]
    assert found[0].period == "baseline"


def test_a_passage_naming_nobody_is_silent_about_the_party_not_against_it():
    suggestion = verdict(
        "Au Royaume-Uni, le nombre d'enfants pauvres est passé de 3,7 millions en 2009/10 à "
        "3,3 millions en 2021/22.",
        "The number of children in poverty has fallen from 3.7m in 2009/10 to 3.3m in 2021/22.",
    )
    assert suggestion.verdict == "supported"


def test_fallen_is_a_fall():
    suggestion = verdict(
        "Le nombre d'enfants pauvres a augmenté entre 2009/10 et 2021/22.",
        "The number of children in poverty has fallen from 3.7m in 2009/10 to 3.3m in 2021/22.",
    )
    assert suggestion.verdict == "refuted"


def test_a_capital_increase_is_an_amount_raised_not_a_change():
    suggestion = verdict(
        "En mai 2023, la start-up a levé 80 millions d'euros.",
        "Lors de son augmentation de capital de 80 millions d'euros réalisée en mai 2023, "
        "la start-up a attiré plusieurs fonds.",
    )
    assert suggestion.verdict == "supported"


def test_a_unit_is_not_a_party_the_passage_must_name():
    suggestion = verdict(
        "Les centres de données ont consommé environ 90 TWh en 2022.",
        "Data centres consumed approximately 90 terawatt-hours in 2022.",
    )
    assert suggestion.verdict == "supported"


def test_a_french_acronym_names_the_same_body_as_its_english_one():
    suggestion = verdict(
        "Selon l'OCDE, la croissance mondiale atteindra 3,1 % en 2025.",
        "Global growth will reach 3.1% in 2025, according to the OECD.",
    )
    assert suggestion.verdict == "supported"


def test_a_bare_triple_followed_by_a_date_is_a_multiple():
    found = extract_quantities("La demande totale triple d'ici 2030.", "fr")
    assert (found[0].unit, found[0].value) == ("multiple", 3.0)
    assert not extract_quantities("Un triple champion olympique.", "fr")


def test_a_title_goes_to_the_person_named_next_to_it():
    source = "Speakers: SoftBank CEO Masayoshi Son and Oracle CTO Larry Ellison."
    assert role_pairs(source) == {("son", "ceo"), ("ellison", "cto")}
    assert role_pairs("Masayoshi Son, directeur général de SoftBank, a parlé.") == {("son", "ceo")}


def test_a_title_swapped_between_two_people_is_refuted():
    suggestion = verdict(
        "Masayoshi Son, directeur technique d'Oracle, était attendu à la Maison Blanche.",
        "OpenAI's Sam Altman, Oracle CTO Larry Ellison, and SoftBank CEO Masayoshi Son are "
        "expected at the White House Tuesday afternoon.",
    )
    assert suggestion.verdict == "refuted"


def test_a_persons_title_after_is_still_theirs():
    suggestion = verdict(
        "Larry Ellison is Oracle's chief technology officer.",
        "OpenAI's Sam Altman, Oracle CTO Larry Ellison, and SoftBank CEO Masayoshi Son are "
        "expected at the White House Tuesday afternoon.",
        "en",
    )
    assert suggestion.verdict == "supported"


def test_an_event_only_expected_does_not_support_one_said_done():
    suggestion = verdict(
        "Le premier gigawatt du partenariat entre Nvidia et OpenAI a été déployé.",
        "Nvidia will invest in OpenAI to develop 10 gigawatts, with the first gigawatt of the "
        "partnership between Nvidia and OpenAI expected to be deployed next year.",
    )
    assert suggestion.verdict == "not_enough_evidence"


def test_the_question_restating_a_claim_is_not_the_answers_measure():
    source = (
        "Was the city's urban population at independence about 2 million? The national "
        "population was 9.4 million in 1961.\n"
        "Was the city's urban population at independence about 2 million? The report puts "
        "the 1961 urban population at 1.97 million."
    )
    suggestion = verdict(
        "The city's urban population at independence was about 2 million.", source, "en"
    )
    assert suggestion.verdict == "supported"


def test_a_national_count_does_not_contradict_a_count_in_one_city():
    source = (
        "Les défilés ont rassemblé 21 300 personnes à Lyon, selon un décompte de la "
        "préfecture. Au niveau national, la police estime que 180 000 personnes ont manifesté."
    )
    suggestion = verdict("Selon la préfecture, 21 300 personnes ont défilé à Lyon.", source)
    assert suggestion.verdict == "supported"


def test_a_sentence_ending_in_a_quotation_is_someones_words():
    suggestion = verdict(
        "In Leeds, the tech sector employs 31 per cent of the workforce.",
        "The mayor said: “In Leeds, the tech sector employs 31 per cent of the workforce.”",
        "en",
    )
    assert suggestion.verdict != "supported"


def test_a_round_percentage_in_words_stands_for_about_that_much():
    found = extract_quantities("Forty percent of the state's power comes from wind.", "en")
    assert (found[0].low, found[0].high) == (36.0, 44.0)
    assert extract_quantities("42 percent", "en")[0].qualifier == "exact"


def test_each_figure_keeps_its_own_span_on_the_quarter_or_the_year():
    found = extract_quantities(
        "Le taux augmente de 0,3 point sur le trimestre et de 0,4 point sur un an.", "fr"
    )
    assert [(q.value, q.period) for q in found if q.unit != "duration"] == [
        (0.3, "P3M"),
        (0.4, "P1Y"),
    ]


def test_a_span_of_years_is_no_group_but_an_age_is():
    suggestion = verdict(
        "For 29 of its 60 years as a nation, the country was under military rule.",
        "How long was the country under military rule from 1960 to 2020? It spent 29 years "
        "under military rule.",
        "en",
    )
    assert "group" not in suggestion.explanation
    aged = verdict(
        "Le taux de chômage des seniors de 65 ans ou plus atteint 3,2 %.",
        "Le taux de chômage atteint 3,2 % de la population active.",
    )
    assert "group (65)" in aged.explanation


def test_a_record_high_is_refuted_by_a_record_low_at_the_same_date():
    suggestion = verdict(
        "En 2021, la couverture vaccinale des enfants contre la polio a atteint son plus haut "
        "niveau depuis 2005.",
        "Cependant, en 2021, la couverture vaccinale des enfants contre la polio n'était que de "
        "79 %, le taux le plus bas depuis 2005.",
    )
    assert suggestion.verdict == "refuted"


def test_a_party_the_whole_passage_is_silent_about_lets_no_other_figure_refute():
    suggestion = verdict(
        "L'escrime a rapporté 7 médailles à la Belgique aux JO.",
        "Dans le détail, l'escrime (7 médailles), le judo (5) et la voile (4) sont les sports "
        "les plus pourvoyeurs, auxquels on peut ajouter le cyclisme qui cumule trois médailles.",
    )
    assert suggestion.verdict != "refuted"


def test_a_figure_of_the_other_party_of_the_claim_is_not_this_partys():
    suggestion = verdict(
        "SoftBank dirigera trois des nouveaux centres, Oracle deux.",
        "Oracle is slated to lead three of the new centers, while SoftBank's involvement spans "
        "two of them.",
    )
    assert suggestion.verdict != "supported"


def test_participles_agree_in_gender_and_number():
    from workers.verification.lexicon import lemma

    assert lemma("levee") == lemma("leve") == lemma("levees")


def test_a_name_opening_the_claim_is_a_party_the_passage_must_name():
    suggestion = verdict(
        "Qonto Bank est valorisée 40 milliards d'euros.",
        "Au printemps, Revolut a été valorisée 40 milliards d'euros lors d'une levée de fonds.",
    )
    assert suggestion.verdict == "not_enough_evidence"


def test_a_countrys_share_does_not_support_a_share_of_the_world():
    suggestion = verdict(
        "Les datacenters représentent 3 % de la demande mondiale d'électricité.",
        "En Irlande, les datacenters consomment 6 TWh. Cela représente 3 % de la demande "
        "électrique du pays.",
    )
    assert suggestion.verdict == "not_enough_evidence"


def test_a_date_far_past_a_figure_is_not_its_date_unless_it_opens_the_sentence():
    far = extract_quantities(
        "Avec 1.008 cas, le Royaume-Uni est, devant l'Autriche (456 cas), le pays d'Europe "
        "occidentale où la rougeole, considérée comme éliminée en 2021, progresse le plus.",
        "fr",
    )
    assert far[0].value == 1008 and far[0].period is None
    opening = extract_quantities(
        "En 2024, la consommation des centres de données a représenté 1,5 % de la consommation "
        "mondiale d'électricité, soit 415 TWh.",
        "fr",
    )
    assert {q.period for q in opening} == {"in:2024"}


def test_a_yes_to_a_question_without_its_mark_answers_it():
    suggestion = verdict(
        "The council reversed the 3,200 library job cuts.",
        "did the council reverse the 3,200 library job cuts. Yes\n"
        "How many library jobs were lost in the cuts? The council said 1,870 posts went.",
        "en",
    )
    assert suggestion.verdict == "supported"
    assert "answered yes" in suggestion.explanation
