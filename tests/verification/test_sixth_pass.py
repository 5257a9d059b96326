"""Claim coverage and calibrated confidence (sixth pass on issue 12, found on the spent
holdouts 2-4): a figure equal to the claim's supports only when the passage gives it the claim's
names and qualifiers; a figure whose qualifier or name is another's gives way to the figure the
claim's goes with. Hand-written sentences with other subjects and figures than the holdouts';
each mechanism has a test that it sets the figure aside (or refutes) and one that it keeps the
right support."""

from tests.verification.test_error_classes import verdict
from workers.verification.analysis import build_view
from workers.verification.coverage import anchors, unnamed
from workers.verification.entities import find_places, territory


# Places across languages (Babel's territory names).
def test_country_names_are_one_place_in_french_and_english():
    assert territory("Allemagne") == territory("Germany") == "de"
    assert territory("Royaume-Uni") == territory("United Kingdom")
    assert {e.id for e in find_places("Au Japon comme en Île-de-France")} == {"jp"}


def test_a_region_named_after_its_country_is_not_the_country():
    suggestion = verdict(
        "Les loyers ont augmenté de 6,3 % sur un an en France en 2023.",
        "En 2023, les loyers ont augmenté de 2,8 % sur un an à l'échelle nationale, et même "
        "de 6,3 % en Île-de-France.",
    )
    assert suggestion.verdict != "supported"


# Anchors: the names a claim is about.
def test_anchors_are_the_claims_names_not_its_openers_units_or_months():
    claim = build_view("En mars 2024, la Bulgarie a produit 12 TWh selon Eurostat.", "fr")
    assert anchors(claim) == (("bulgarie",), ("eurostat",))


def test_a_passage_naming_another_country_in_the_claims_stead_does_not_support():
    claim = build_view("Le Portugal a compté 412 décès dus aux inondations en 2021.", "fr")
    passage = build_view(
        "L'Autriche (412 décès) et la Slovaquie (233) ont été les plus touchées en 2021.", "fr"
    )
    assert unnamed(claim, passage, None) == "portugal"
    suggestion = verdict(
        "Le Portugal a compté 412 décès dus aux inondations en 2021.",
        "L'Autriche (412 décès) et la Slovaquie (233) ont été les plus touchées en 2021.",
    )
    assert suggestion.verdict != "supported"


def test_a_passage_naming_nobody_is_read_as_about_the_pages_subject():
    # "Le groupe" is the page's company: no other name stands in the claim's stead.
    suggestion = verdict(
        "Valeo a réalisé un chiffre d'affaires de 4,6 milliards d'euros au premier trimestre.",
        "Au premier trimestre, le groupe a réalisé un chiffre d'affaires de 4,6 milliards "
        "d'euros, en hausse de 3 %.",
    )
    assert suggestion.verdict == "supported"


# A name bound to another figure.
def test_the_claims_place_at_another_figure_refutes_the_equal_one():
    suggestion = verdict(
        "La Corse a recensé 4 100 départs de feux cet été.",
        "En Provence, 4 100 départs de feux ont été recensés cet été, et 1 250 en Corse.",
    )
    assert suggestion.verdict == "refuted"
    assert "1 250" in suggestion.explanation  # the claim's place's own figure decides


def test_the_claims_place_at_its_own_figure_still_supports():
    suggestion = verdict(
        "La Provence a recensé 4 100 départs de feux cet été.",
        "En Provence, 4 100 départs de feux ont été recensés cet été, et 1 250 en Corse.",
    )
    assert suggestion.verdict == "supported"


# A qualifier (a sub-group) bound to another figure, across languages.
def test_another_sub_groups_figure_refutes_across_languages():
    suggestion = verdict(
        "Au Canada, les divorces ont reculé de 3,2 % en 2022.",
        "In Canada, weddings fell by 3.2% to 151,420 in 2022, and divorces decreased by "
        "7.4% to 52,118.",
    )
    assert suggestion.verdict == "refuted"


def test_the_other_sub_group_is_refuted_at_its_own_figure():
    # "weddings ... 3.2%" is not the claim's "mariages" figure only when the claim says
    # divorces; the claim about weddings at 3,2 % stands.
    suggestion = verdict(
        "Au Canada, les mariages ont reculé de 3,2 % en 2022.",
        "In Canada, weddings fell by 3.2% to 151,420 in 2022, and divorces decreased by "
        "7.4% to 52,118.",
    )
    assert suggestion.verdict == "supported"


def test_the_claims_own_sub_group_still_supports_across_languages():
    suggestion = verdict(
        "Au Canada, les divorces ont reculé de 7,4 % en 2022.",
        "In Canada, weddings fell by 3.2% to 151,420 in 2022, and divorces decreased by "
        "7.4% to 52,118.",
    )
    assert suggestion.verdict == "supported"


def test_a_swapped_pair_of_sub_groups_is_refuted():
    # The measure is repeated at each item, each item's qualifier is its own.
    suggestion = verdict(
        "En 2022, la licence professionnelle affiche un taux de réussite de 91,2 %.",
        "Le taux de réussite en licence générale est de 91,2 % (+0,4 point), le taux de "
        "réussite en licence professionnelle de 84,1 %.",
    )
    assert suggestion.verdict == "refuted"
    assert "84,1 %" in suggestion.explanation


def test_confidence_is_below_0_8_when_the_passage_shares_little_of_the_claim():
    # The figure recurs, but hardly any other word of the claim does.
    suggestion = verdict(
        "Les exportations de vin de Bordeaux vers la Chine ont atteint 2,1 milliards d'euros.",
        "Le chiffre de 2,1 milliards d'euros a été cité lors du salon.",
    )
    assert suggestion.verdict != "supported" or suggestion.confidence < 0.8


# A rounded neighbour is not the claim's figure when the passage states its very value.
def test_a_rounded_neighbour_does_not_support_when_the_exact_value_is_anothers():
    source = (
        "As of March 2, 2025, there have been 43 confirmed cases of measles in Ontario "
        "since 2023 and 44 since 2020."
    )
    suggestion = verdict("L'Ontario a recensé 43 cas confirmés de rougeole depuis 2020.", source)
    assert suggestion.verdict != "supported"
    suggestion = verdict("L'Ontario a recensé 44 cas confirmés de rougeole depuis 2020.", source)
    assert suggestion.verdict == "supported"


def test_a_figure_with_another_sub_groups_word_gives_way_to_the_claims():
    # Each figure carries its own sub-group word ("births", "marriages"); the claim's
    # "mariages" sits at 6.8 %, so 4.2 % is the births' figure and the claim is refuted.
    source = (
        "In 2023, births dropped by 4.2% to 612,300, and marriages decreased by 6.8% to "
        "402,150, the lowest level since 1950."
    )
    refuted = verdict("En 2023, les mariages ont reculé de 4,2 %.", source)
    assert refuted.verdict == "refuted"
    assert "6.8%" in refuted.explanation
    assert verdict("En 2023, les mariages ont reculé de 6,8 %.", source).verdict == "supported"


# A bare year says nothing of whom: every name of the claim must be in the passage.
def test_a_bare_year_does_not_support_a_claim_about_someone_the_passage_does_not_name():
    source = "C'est peut-être le tournant décisif de ce Tour de Suisse 2025."
    suggestion = verdict("Remco Evenepoel a remporté le Tour de Suisse 2025.", source)
    assert suggestion.verdict == "not_enough_evidence"
    assert "evenepoel not named" in suggestion.explanation


def test_a_year_with_the_claims_names_still_supports():
    source = "Remco Evenepoel a remporté le Tour de Suisse 2025 avec une minute d'avance."
    suggestion = verdict("Remco Evenepoel a remporté le Tour de Suisse 2025.", source)
    assert suggestion.verdict == "supported"


# Rank: "X …, suivi de près par Y" puts X ahead; names of several words are one name.
def test_followed_by_puts_the_first_name_ahead():
    source = (
        "En 2023, le Rijksmuseum a accueilli 2,7 millions de visiteurs, suivi de près par le "
        "Musée du Prado à Madrid."
    )
    swapped = verdict(
        "En 2023, le Musée du Prado a devancé le Rijksmuseum en nombre de visiteurs.", source
    )
    assert swapped.verdict == "refuted"
    kept = verdict(
        "En 2023, le Rijksmuseum a devancé le Musée du Prado en nombre de visiteurs.", source
    )
    assert kept.verdict == "supported"
