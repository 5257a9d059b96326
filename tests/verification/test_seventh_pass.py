"""Seventh pass on issue 12 (classes seen on holdout5): a number inside a name is no figure, an
exact figure with the claim's qualifiers is not refuted by another, and a claim about a debunk
is read against the debunk. Invented sentences, French and English."""

from tests.verification.test_error_classes import verdict
from workers.verification import extract_quantities


# 2. A number that is part of a name is no figure.
def test_numbers_inside_names_are_not_quantities():
    for text in (
        "La ligne 12 Nord du tramway de Valmont a été inaugurée.",
        "Le vol 217 reliait Lisbonne à Oslo.",
        "L'article 18.4 du règlement a été invoqué.",
        "Bus 64 and route 9 were rerouted; Windows 10 and Pixel 6 users were told.",
        "La RN 311 est coupée, comme la salle 7 et le n° 14 de la rue.",
    ):
        assert extract_quantities(text, "fr") == [], text


def test_a_count_after_a_plural_noun_is_still_a_figure():
    values = [q.value for q in extract_quantities("La ville exploite 12 lignes et 300 bus.", "fr")]
    assert values == [12.0, 300.0]


def test_a_line_number_does_not_support_a_claim_about_the_lines_cost():
    suggestion = verdict(
        "Le coût de la ligne 12 Nord a doublé depuis 2019.",
        "La ligne 12 Nord, qui doit desservir l'est de Valmont, était attendue pour 2024.",
    )
    assert suggestion.verdict != "supported"


def test_a_flight_number_does_not_support_a_claim_in_english():
    suggestion = verdict(
        "Flight 217 carried 217 passengers.",
        "Flight 217 left Lisbon two hours late with 180 passengers on board.",
        "en",
    )
    assert suggestion.verdict != "supported"


def test_a_passage_calling_the_line_by_its_kind_still_supports_its_figure():
    suggestion = verdict(
        "La ligne 12 Nord, longue de 21 km, coûtera 4 milliards d'euros.",
        "Le coût de cette ligne de 21 km est estimé à 4 milliards d'euros.",
    )
    assert suggestion.verdict == "supported"


# 3. The claim is about the debunk itself.
def test_a_claim_about_the_rumour_is_not_refuted_by_its_debunk():
    suggestion = verdict(
        "La fausse rumeur sur la fermeture de l'usine Valtex a circulé dès mardi.",
        "Une fausse rumeur annonçant la fermeture de l'usine Valtex a circulé dès mardi sur "
        "les réseaux sociaux.",
    )
    assert suggestion.verdict != "refuted"


def test_a_claim_about_a_denial_is_not_refuted_by_it_in_english():
    suggestion = verdict(
        "The mayor's office denied the hoax about the Harlow bridge closure.",
        "A hoax claiming the Harlow bridge would close was denied by the mayor's office; "
        "the claim is false.",
        "en",
    )
    assert suggestion.verdict != "refuted"


def test_a_claim_stating_the_denial_agrees_with_the_debunk():
    suggestion = verdict(
        "Le maire Paul Verdier n'a aucun lien avec la société Orvane.",
        "La fausse nouvelle d'un lien entre le maire Paul Verdier et la société Orvane a "
        "circulé toute la semaine.",
    )
    assert suggestion.verdict != "refuted"


def test_a_claim_restating_the_debunked_content_is_still_refuted():
    suggestion = verdict(
        "Le maire Paul Verdier possède des parts de la société Orvane.",
        "Des publications affirment à tort que le maire Paul Verdier possède des parts de la "
        "société Orvane. C'est faux.",
    )
    assert suggestion.verdict == "refuted"


def test_a_negated_claim_quoted_to_be_rejected_is_still_refuted_in_english():
    suggestion = verdict(
        "The singer Lena Marsh does not live in Lyon.",
        "Unfounded posts claim the singer Lena Marsh does not live in Lyon. She does.",
        "en",
    )
    assert suggestion.verdict == "refuted"


# 1. An exact match with the claim's qualifiers is not refuted by a figure of another time.
def test_a_figure_of_another_year_does_not_refute_the_stated_one_in_english():
    # The equal figure's passage misses a name ("la Manche" left untranslated) and so does not
    # decide; it still shows the claim's figure, so the 2022 figure measures another time.
    suggestion = verdict(
        "More than 9,000 migrants have crossed the Channel since the minister took office.",
        "More than 9,000 migrants have crossed la Manche since the minister took office.\n\n"
        "Nearly 6,000 migrants crossed the Channel in 2022.",
        "en",
    )
    assert suggestion.verdict != "refuted"


def test_a_figure_of_another_year_does_not_refute_the_stated_one_in_french():
    suggestion = verdict(
        "Plus de 9 000 migrants ont traversé la Manche depuis l'arrivée de la ministre.",
        "Plus de 9 000 migrants ont traversé le détroit depuis l'arrivée de la ministre.\n\n"
        "Près de 6 000 migrants ont traversé la Manche en 2022.",
    )
    assert suggestion.verdict != "refuted"


def test_two_undated_figures_for_the_same_thing_still_disagree():
    suggestion = verdict(
        "La marche de Valmont a réuni 12 000 personnes.",
        "La marche de Valmont a réuni 12 000 personnes selon les organisateurs.\n\n"
        "La marche de Valmont a réuni 4 500 personnes selon la police.",
    )
    assert suggestion.verdict != "supported"


def test_a_figure_for_the_whole_year_does_not_state_a_claim_silent_about_time():
    suggestion = verdict(
        "Au cours des trois premiers mois, la grippe a fait 9 morts à Valmont.",
        "Au total, deux décès dus à la grippe ont été enregistrés à Valmont au cours des "
        "trois premiers mois.\n\n"
        "C'est moins que pour l'ensemble de l'année 2023, lorsque 9 décès ont été signalés.",
    )
    assert suggestion.verdict != "supported"


def test_the_year_after_a_compared_figure_dates_that_figure_in_french():
    suggestion = verdict(
        "Les loyers de Valmont ont augmenté de 7,4 % en moyenne en 2023.",
        "À Valmont, ce sont les loyers qui ont tiré les prix en 2023, avec une hausse de 7,4 % "
        "en moyenne, après 3,1 % en 2022.",
    )
    assert suggestion.verdict == "supported"


def test_the_year_after_a_compared_figure_dates_that_figure_in_english():
    quantities = extract_quantities("Kelmore fares rose 4.1% in 2023 after 7.9% in 2022.", "en")
    periods = {q.text: q.period for q in quantities if q.unit == "percent"}
    assert periods == {"4.1%": "in:2023", "7.9%": "in:2022"}


# Calibration: a refutation by value is sure only when aligned in time and alone.
def test_an_undated_figure_refutes_a_dated_claim_below_the_sure_band():
    suggestion = verdict(
        "Trois films valmontais ont dépassé les 2 millions d'entrées en 2023.",
        "Trois films valmontais ont dépassé les 3 millions d'entrées, un record pour les salles "
        "de Valmont.",
    )
    assert suggestion.confidence < 0.8


def test_a_passage_stating_the_claims_figure_beside_another_refutes_below_the_sure_band():
    suggestion = verdict(
        "The Harlow bridge cost 4.2 billion pounds in total.",
        "The Harlow bridge was budgeted at 1.1 billion pounds; it will finally cost 4.2 billion "
        "pounds.",
        "en",
    )
    assert suggestion.confidence < 0.8 or suggestion.verdict != "refuted"
