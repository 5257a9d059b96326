"""Figures the gate let through as support though they differ (round 2): a score is a pair, a
ceiling said after its figure is still a ceiling. Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict
from workers.verification.quantities import extract_quantities


# 1. "33 à 23", written high first, is a score: it meets "33 à 26" on one number, not both.
def test_a_score_written_high_first_is_a_pair_not_a_range():
    (score,) = extract_quantities("Lyon a battu Nantes 33 à 23 samedi.")
    assert score.qualifier == "score"
    (span,) = extract_quantities("Entre 23 et 33 blessés ont été soignés.")
    assert span.qualifier == "range"


def test_a_score_with_another_result_refutes():
    suggestion = verdict(
        "Lyon a battu Nantes 33 à 23 en finale de la coupe.",
        "Lyon a remporté la finale de la coupe face à Nantes, battu 26-33 samedi soir.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


def test_the_same_score_either_way_round_supports():
    suggestion = verdict(
        "Lyon a battu Nantes 33 à 23 en finale de la coupe.",
        "Lyon a remporté la finale de la coupe face à Nantes, battu 23-33 samedi soir.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 2. "1,2 mètre de haut au maximum" is a ceiling too: "jusqu'à 12 mètres" is refuted by it.
def test_a_ceiling_said_after_the_figure_is_a_ceiling():
    (wave,) = extract_quantities("Des vagues de 1,2 mètre de haut au maximum ont été mesurées.")
    assert wave.qualifier == "at_most"
    (plain,) = extract_quantities("Des vagues de 1,2 mètre de haut ont été mesurées hier.")
    assert plain.qualifier == "exact"


def test_up_to_against_a_lower_maximum_said_after_refutes():
    suggestion = verdict(
        "Les vagues du tsunami ont atteint jusqu'à 12 mètres de haut.",
        "Le tsunami est resté de faible ampleur, des vagues de 1,2 mètre de haut au maximum "
        "ayant été mesurées sur les côtes.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_up_to_against_the_same_maximum_said_after_supports():
    suggestion = verdict(
        "Les vagues du tsunami ont atteint jusqu'à 12 mètres de haut.",
        "Le tsunami a frappé les côtes, des vagues de 12 mètres de haut au maximum ayant été "
        "mesurées.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 3. "selon les chiffres publiés par l'Insee": the claim's attributor named further on in the
# figure's attribution phrase is the same counter, not "publiés" nor "baromètre".
def test_the_claims_attributor_named_later_in_the_phrase_is_the_same_counter():
    suggestion = verdict(
        "Selon l'Insee, le déficit commercial a atteint 4,7 % du PIB en 2022.",
        "Selon les chiffres publiés ce matin par l'Insee, le déficit commercial a atteint "
        "4,7 % du PIB en 2023, au lieu des 4,1 % espérés.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_another_counter_in_the_next_clause_is_still_another_counter():
    suggestion = verdict(
        "Selon la préfecture de police, 50 000 personnes ont défilé à Lyon.",
        "A Lyon, où les syndicats ont recensé 50 000 manifestants et la préfecture de police "
        "18 000, le cortège s'est élancé vers midi.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


# 4. The claim's precise value, found exactly but dated another year: the date is wrong,
# even when the passage (here in English) shares few of the claim's other words.
_DECLINE = "In 2023, Japan observed its eighth consecutive year of declining birthrates. "


def test_a_precise_value_dated_another_year_refutes():
    suggestion = verdict(
        "Le Japon a enregistré 83 412 naissances en 2021.",
        _DECLINE + "The country witnessed 83,412 births in 2020.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_round_value_dated_another_year_does_not_refute():
    suggestion = verdict(
        "Le Japon a enregistré 80 000 naissances en 2021.",
        _DECLINE + "The country witnessed 80,000 births in 2020.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 5. The same fact with another ordinal on the same counted noun: the claim's count is wrong.
def test_another_ordinal_on_the_same_noun_refutes():
    suggestion = verdict(
        "Le Portugal a remporté la coupe pour la deuxième fois d'affilée.",
        "Dimanche à Lisbonne, le Portugal a remporté la coupe pour la troisième fois d'affilée.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "troisième" in suggestion.explanation


def test_another_ordinal_on_another_noun_does_not_refute():
    suggestion = verdict(
        "Le Portugal a remporté la coupe pour la deuxième fois d'affilée.",
        "Dimanche à Lisbonne, lors de la troisième édition, le Portugal a remporté la coupe.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 6. "a augmenté de 72 809" against a level of 72 809: the level mistaken for the change.
def test_a_sizeable_change_equal_to_the_stated_level_refutes():
    suggestion = verdict(
        "Le nombre de détenus en Belgique a augmenté de 12 807 en mars.",
        "Le nombre de détenus en Belgique atteint un record absolu en mars, à 12 807.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "change_mismatch" in suggestion.explanation


def test_a_small_change_equal_to_a_level_does_not_refute():
    suggestion = verdict(
        "Le nombre de détenus en Belgique a augmenté de 25 en mars.",
        "Le nombre de détenus en Belgique a atteint en mars un record, avec 25 cellules neuves.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 7. A denial need not restate the claim's condition ("si la préfecture ne versait pas ..."):
# the passage's condition is no part of its denying clause, so the claim's is left out too.
def test_a_denial_is_read_without_the_claims_condition():
    from workers.verification.analysis import build_view, coverage
    from workers.verification.frames import denies

    claim = build_view(
        "Le maire a menacé de fermer l'école du village si la préfecture ne versait pas les "
        "subventions promises depuis janvier.",
        "fr",
    )
    denial = build_view(
        "Le maire n'a pas menacé de fermer l'école du village si la préfecture refuse.", "fr"
    )
    assert denies(claim, denial, coverage(claim, denial.words)) is not None
    threat = build_view(
        "Le maire a menacé de fermer l'école du village si la préfecture refuse.", "fr"
    )
    assert denies(claim, threat, coverage(claim, threat.words)) is None


# 8. "presque 5 000", "nearly 5,000": close to the figure and short of it, so below "plus de".
def test_nearly_a_figure_refutes_more_than_it():
    suggestion = verdict(
        "Plus de 5 000 bénévoles ont participé au festival de Lorient en 2022.",
        "Presque 5 000 bénévoles ont participé au festival de Lorient en 2022.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_about_a_figure_does_not_refute_more_than_it():
    suggestion = verdict(
        "Plus de 5 000 bénévoles ont participé au festival de Lorient en 2022.",
        "Près de 5 000 bénévoles ont participé au festival de Lorient en 2022.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation
