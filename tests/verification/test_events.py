"""The same event on another date or at another place (events.py): a passage restating the
rest of the claim but giving its event another month, weekday or place refutes it, unless the
claim's own date or place is named too. Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict


def test_another_month_for_the_same_event_is_refuted():
    suggestion = verdict(
        "Le pont du village a rouvert à la circulation en mars.",
        "Après deux ans de travaux, le pont du village a rouvert à la circulation en octobre, "
        "a indiqué la mairie.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "octobre" in suggestion.explanation


def test_both_months_named_is_left_alone():
    # The passage names the claim's month too: the two months may be of two events.
    suggestion = verdict(
        "Le pont du village a rouvert à la circulation en mars.",
        "Le pont du village a rouvert à la circulation en mars, puis fermé de nouveau en "
        "octobre pour des finitions.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_another_weekday_in_english_is_refuted():
    suggestion = verdict(
        "La finale du Festival Eurovox 2024 s'est déroulée un dimanche.",
        "The grand final of the Eurovox Festival 2024 took place this Saturday at the arena.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_another_place_after_a_place_preposition_is_refuted():
    suggestion = verdict(
        "La finale du championnat de handball s'est jouée à Rennes.",
        "La France a remporté la finale du championnat de handball, dimanche à Marseille, "
        "devant 15 000 spectateurs.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "marseille" in suggestion.explanation


def test_the_same_country_in_the_other_language_is_no_other_place():
    suggestion = verdict(
        "La finale du championnat de handball s'est jouée en Allemagne.",
        "The handball championship final was played in Germany in front of 15,000 fans.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_a_monthly_change_in_another_month_is_not_a_refutation():
    # A rise or fall in a month is one reading of a series: another month's is another fact.
    suggestion = verdict(
        "Le nombre de chômeurs a baissé en avril.",
        "Le nombre de chômeurs a baissé en mars, selon le ministère du Travail.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_a_shared_year_does_not_support_another_place():
    # The year matches, the place does not: the year alone is no support.
    suggestion = verdict(
        "Le festival de jazz 2023 s'est tenu à Nantes.",
        "The 2023 jazz festival was held in Bordeaux, drawing record crowds.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_country_named_as_a_party_is_no_site_of_the_event():
    # France is the team here, not where the final was played: another city still refutes.
    suggestion = verdict(
        "La finale du Mondial perdue par la France s'est jouée à Copenhague.",
        "L'équipe de France a perdu la finale du Mondial, dimanche à Stockholm, face au Danemark.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


# A change told by its two levels (moves.py).
def test_a_fall_against_two_levels_that_rise_is_refuted():
    suggestion = verdict(
        "La part des logements vacants a reculé entre 2015 et 2023.",
        "Entre 2015 et 2023, la part des logements vacants est passée de 7,9 % à 8,6 %.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "two levels" in suggestion.explanation


def test_two_levels_that_fall_leave_a_claimed_fall_alone():
    suggestion = verdict(
        "La part des logements vacants a reculé entre 2015 et 2023.",
        "Entre 2015 et 2023, la part des logements vacants est passée de 8,6 % à 7,9 %.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_an_age_range_is_no_change():
    # "de 15 à 24 ans" bounds a group: no verb of change leads it.
    suggestion = verdict(
        "Le chômage des jeunes a reculé en 2023.",
        "En 2023, le chômage des jeunes de 15 à 24 ans a été mesuré par l'Insee.",
    )
    assert "two levels" not in suggestion.explanation


def test_the_clause_naming_the_subject_tells_its_change():
    # "une hausse des recettes" is another thing's change: the clause naming the claim's
    # subject ("la fréquentation") tells a fall.
    suggestion = verdict(
        "La fréquentation du festival de Lorient a légèrement augmenté en 2024.",
        "Le festival de Lorient a accueilli 603 652 visiteurs en 2024, une hausse des "
        "recettes. La fréquentation est en légère baisse (-2 %) par rapport à l'année "
        "dernière.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "in the clause naming it" in suggestion.explanation


def test_another_clause_falling_leaves_the_subjects_rise_alone():
    suggestion = verdict(
        "Le nombre de chômeurs en Bretagne a augmenté en 2023.",
        "Le nombre de chômeurs en Bretagne a augmenté en 2023, tandis que les créations "
        "d'entreprises ont reculé.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# The same figure over another span of years or another quarter (events.other_span).
def test_the_same_figure_over_another_span_of_years_is_refuted():
    suggestion = verdict(
        "Entre 2016 et 2022, le taux de logements vacants est passé de 7,9 % à 8,6 %.",
        "Entre 2010 et 2022, le taux de logements vacants est passé de 7,9 % à 8,6 %.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "from 2010 to 2022" in suggestion.explanation


def test_the_same_span_of_years_is_left_alone():
    suggestion = verdict(
        "Entre 2016 et 2022, le taux de logements vacants est passé de 7,9 % à 8,6 %.",
        "Entre 2016 et 2022, le taux de logements vacants est passé de 7,9 % à 8,6 %.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_the_same_figure_in_another_quarter_is_refuted():
    suggestion = verdict(
        "Le PIB du Portugal a progressé de 1,8 % au deuxième trimestre.",
        "Le PIB du Portugal a progressé de 1,8 % au quatrième trimestre, selon l'institut "
        "national de la statistique.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_change_in_one_year_against_a_change_over_twelve_is_refuted():
    suggestion = verdict(
        "Le nombre de personnes mal logées a baissé de 1,2 million en un an.",
        "The number of people in poor housing fell by 1.2 million between 2010 and 2022.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "from 2010 to 2022" in suggestion.explanation


def test_a_change_in_one_year_within_the_last_year_is_left_alone():
    suggestion = verdict(
        "Le nombre de personnes mal logées a baissé de 1,2 million en un an.",
        "The number of people in poor housing fell by 1.2 million in a year, from 2021 to 2022.",
    )
    assert "period_mismatch" not in suggestion.explanation, suggestion.explanation
