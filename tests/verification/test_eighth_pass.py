"""Eighth pass on issue 12 (wrong abstentions seen on holdout6): names matched across French and
English by their stem, places not read as another party, a claim that itself reports a plan or
an estimate, and an attribution to "the latest estimates of X". Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict
from workers.verification import extract_quantities
from workers.verification.alignment import attributor
from workers.verification.frames import frame, is_forecast, negated
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


# 3. Number and time forms: metres, glued "6m17", times of day in French and English.
def _read(text: str, language: str) -> list[tuple[float, str]]:
    return [(round(q.value, 3), q.unit) for q in extract_quantities(text, language)]


def test_lengths_in_metres_are_one_family():
    assert _read("Elle a sauté 2,07 mètres.", "fr") == [(2.07, "length")]
    assert _read("une barre placée à 2,07 m, un record", "fr") == [(2.07, "length")]
    assert _read("She cleared 2.07 meters.", "en") == [(2.07, "length")]
    assert _read("il avait franchi 5m93 à Lyon", "fr") == [(5.93, "length")]
    assert _read("un appartement de 45 mètres carrés", "fr") == [(45.0, "area")]


def test_times_of_day_compare_across_languages():
    assert _read("l'alerte est arrivée à 21 h 04", "fr") == [(1264.0, "clock")]
    assert _read("the alert came at 9:04 PM", "en") == [(1264.0, "clock")]
    assert _read("dès 6 heures du matin", "fr") == [(360.0, "clock")]
    assert _read("from 6:00 AM", "en") == [(360.0, "clock")]
    assert _read("Il a dormi 6 heures.", "fr") != [(360.0, "clock")]


def test_a_time_of_day_given_in_english_supports_the_french_claim():
    suggestion = verdict(
        "Les habitants de Valmont n'ont reçu l'alerte sur leur téléphone qu'à 21 h 04.",
        "The weather agency had issued a warning at 6:00 AM for Valmont, but it wasn't until "
        "9:04 PM that residents of Valmont received an alert on their phones.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_another_time_of_day_does_not_support():
    suggestion = verdict(
        "Les habitants de Valmont ont reçu l'alerte sur leur téléphone à 18 h 30.",
        "It wasn't until 9:04 PM that residents of Valmont received an alert on their phones.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


def test_not_until_is_neither_a_negation_nor_a_debunk():
    assert frame("It wasn't until 9:04 PM that the alert came.", "") != "debunk"
    assert not negated("It wasn't until 9:04 PM that the alert came.")
    assert negated("The alert did not come at 9:04 PM.")


# 4. An exact height with decimals says itself what is measured.
def test_an_exact_height_supports_at_a_committed_confidence():
    suggestion = verdict(
        "Mondo Lindqvist a porté le record de Suède du saut en hauteur à 2,37 mètres.",
        "Le Suédois Mondo Lindqvist a battu le record national. Devant son public, il a "
        "franchi une barre placée à 2,37 m, améliorant son précédent record d'un centimètre.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 5. A change said right after a level, with its own figure, is that figure's.
def test_a_level_followed_by_soit_une_baisse_de_is_a_level():
    level, change = extract_quantities(
        "L'institut estime la récolte à 9,1 millions de tonnes, soit une baisse de 12 % sur un an.",
        "fr",
    )[:2]
    assert level.direction is None and level.change is None
    assert change.direction == "fall"


def test_an_estimate_of_a_level_supports_a_claim_reporting_the_estimate():
    suggestion = verdict(
        "L'institut Agrostat estime la récolte d'orge 2025 à 9,1 millions de tonnes.",
        "La récolte d'orge chute en 2025. Son service statistique, Agrostat, estime ainsi une "
        "récolte totale d'orge de 9,1 millions de tonnes, soit une baisse de 12 % sur un an.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 6. The refuted side: a changed figure for the same measured thing at the same time.
def test_a_base_year_after_une_annee_is_not_the_figures_time():
    change = extract_quantities(
        "Le Valrail a transporté 40 millions de passagers en 2023, en hausse de 6 % par rapport "
        "à une année 2022 déjà record.",
        "fr",
    )
    percent = next(q for q in change if q.unit == "percent")
    assert percent.period == "in:2023"


def test_the_only_change_of_the_same_time_refutes_an_altered_change():
    suggestion = verdict(
        "La fréquentation du Valrail a progressé de 16 % en 2023.",
        "Le Valrail a transporté 40 millions de passagers en 2023, en hausse de 6 % par rapport "
        "à une année 2022 déjà record.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_the_same_change_still_supports():
    suggestion = verdict(
        "La fréquentation du Valrail a progressé de 6 % en 2023.",
        "Le Valrail a transporté 40 millions de passagers en 2023, en hausse de 6 % par rapport "
        "à une année 2022 déjà record.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_the_opposite_change_without_figures_refutes():
    suggestion = verdict(
        "Le nombre de cas de rougeole est en recul à Valmont cette année.",
        "Le nombre de cas de rougeole à Valmont est en très forte augmentation cette année, "
        "selon les autorités sanitaires.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert suggestion.confidence < 0.8


def test_the_opposite_change_in_english_refutes():
    suggestion = verdict(
        "Measles cases in Valmont are falling this year.",
        "Measles cases in Valmont are rising sharply this year, health authorities said.",
        "en",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_the_same_change_without_figures_is_not_refuted():
    suggestion = verdict(
        "Le nombre de cas de rougeole est en hausse à Valmont cette année.",
        "Le nombre de cas de rougeole à Valmont est en très forte augmentation cette année, "
        "selon les autorités sanitaires.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_the_claims_value_over_another_span_refutes():
    suggestion = verdict(
        "Les loyers à Valmont ont augmenté de plus de 30 % en un an.",
        "Pour la première fois en dix ans, les loyers à Valmont vont baisser, après plus de 30 % "
        "de hausse en moyenne sur trois ans.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_the_claims_value_the_other_way_refutes_across_languages():
    suggestion = verdict(
        "Le bilan des crues à Valmont a été revu à la baisse, à 37 morts.",
        "The emergency centre in Valmont has reported an increase in the death toll to 37 "
        "after the floods.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_change_named_right_after_its_figure_is_its_own():
    (rise,) = [
        q
        for q in extract_quantities(
            "Les loyers vont baisser, après plus de 30 % de hausse sur trois ans.", "fr"
        )
        if q.unit == "percent"
    ]
    assert rise.direction == "rise"


def test_a_lower_bound_neither_confirms_nor_excludes_an_approximate_value():
    suggestion = verdict(
        "Les loyers à Valmont ont augmenté d'environ 36 % en trois ans.",
        "Les loyers à Valmont ont connu plus de 30 % de hausse en moyenne sur trois ans.",
    )
    assert suggestion.verdict == "not_enough_evidence", suggestion.explanation
