"""Eighth pass on issue 12 (wrong abstentions seen on holdout6): names matched across French and
English by their stem, places not read as another party, a claim that itself reports a plan or
an estimate, and an attribution to "the latest estimates of X". Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict
from workers.verification.alignment import attributor
from workers.verification.frames import is_forecast
from workers.verification.scope import _alike, hedged


# 1. Cross-language names: the same name spelt in French and in English.
def test_french_and_english_spellings_of_a_region_are_alike():
    assert _alike("communaute", {"community", "valencian"})
    assert _alike("castille", {"castilla", "mancha"})
    assert not _alike("martinique", {"guadeloupe"})
    assert not _alike("valmont", {"valence"})


def test_a_region_named_in_english_supports_a_french_claim():
    suggestion = verdict(
        "Le bilan des crues dans la Communauté valmontoise est passé à 37 morts.",
        "The emergency centre of the Valmontese Community has reported that the death toll "
        "rose to 37 after the floods.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_places_do_not_stand_for_another_company():
    suggestion = verdict(
        "Les ventes de Brontex ont progressé de 14 % au premier semestre 2023.",
        "Après un premier semestre en hausse de 14 %, les ventes ont ralenti, dans un contexte "
        "incertain en Europe et en Chine.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_another_place_still_sets_aside_a_claim_about_a_place():
    suggestion = verdict(
        "En Guadeloupe, 140 cas de dengue ont été enregistrés en une semaine.",
        "En Martinique, 140 cas de dengue ont été enregistrés la semaine dernière.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


# 2. The claim's own modality: it reports a plan or an estimate.
def test_a_claim_reporting_a_plan_or_an_estimate_is_a_forecast():
    assert is_forecast("Selon l'agence, le lancement devait avoir lieu en mars 2027.")
    assert is_forecast("L'institut estime la récolte d'orge à 9,1 millions de tonnes.")
    assert is_forecast("The launch was scheduled to take place in March 2027.")
    assert not is_forecast("La fusée a décollé le 3 mars 2027 de Kourou.")


def test_a_planned_window_supports_a_claim_that_reports_the_plan():
    suggestion = verdict(
        "Selon l'agence, le premier vol de la fusée Vega Nova devait avoir lieu en 2027.",
        "Le premier vol de la fusée Vega Nova devrait avoir lieu au printemps 2027, a annoncé "
        "l'agence.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_planned_window_still_does_not_support_a_claim_of_fact():
    suggestion = verdict(
        "Le premier vol de la fusée Vega Nova a eu lieu en 2027.",
        "Le premier vol de la fusée Vega Nova devrait avoir lieu au printemps 2027, a annoncé "
        "l'agence.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


def test_an_ambition_is_a_hedge():
    assert hedged("Le gouvernement ambitionne d'accueillir 90 millions de visiteurs d'ici 2030.")


# The attributor of "the latest estimates of the statistics service" is the service.
def test_the_attributor_after_latest_estimates_is_who_made_them():
    assert attributor("Selon les dernières estimations du Service statistique, 12 %") == "service"
    assert attributor("According to the latest estimates of Eurostat, 12%") == "eurostat"
    assert attributor("Selon le ministère, 12 %") == "ministere"
