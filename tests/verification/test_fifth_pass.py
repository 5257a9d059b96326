"""The scope of a source figure (fifth pass on issue 12, found on the spent holdout3): a figure
equal to the claim's that belongs to another place, list item, part or period is set aside.
Hand-written sentences with other subjects and figures than holdout3's; each mechanism has a
test that it sets the figure aside and one that it keeps the right support."""

from tests.verification.test_error_classes import verdict


# A place complement attached to the figure.
def test_a_regional_figure_does_not_support_a_national_claim():
    suggestion = verdict(
        "Le chômage a reculé de 3,4 % sur un an en France au deuxième trimestre 2024.",
        "Au deuxième trimestre 2024, le chômage a reculé de 1,9 % sur un an à l'échelle "
        "nationale, et même de 3,4 % en Bretagne.",
    )
    assert suggestion.verdict != "supported"


def test_the_claims_own_place_still_supports():
    suggestion = verdict(
        "Le chômage a reculé de 3,4 % sur un an en Bretagne au deuxième trimestre 2024.",
        "Au deuxième trimestre 2024, le chômage a reculé de 1,9 % sur un an à l'échelle "
        "nationale, et même de 3,4 % en Bretagne.",
    )
    assert suggestion.verdict == "supported"


def test_another_towns_count_does_not_support():
    suggestion = verdict(
        "Trois maisons ont été détruites à Saint-Malo pendant la tempête.",
        "Selon la préfecture, trois maisons ont été détruites à Cancale pendant la tempête.",
    )
    assert suggestion.verdict != "supported"


# "Outside X": the figure is everyone else's.
def test_a_figure_outside_the_country_does_not_support_the_country():
    suggestion = verdict(
        "Germany has recorded more than 420 cases of the disease.",
        "Outside Germany, more than 420 cases of the disease have been reported to the agency.",
        "en",
    )
    assert suggestion.verdict != "supported"


# "dont X à Y": the claim's place is a part given by another figure.
def test_the_whole_does_not_support_a_claim_about_its_part():
    suggestion = verdict(
        "Plus de 7 000 pompiers étaient mobilisés à Marseille.",
        "Au total, plus de 7.000 pompiers étaient mobilisés, dont 1.500 à Marseille.",
    )
    assert suggestion.verdict != "supported"


def test_the_whole_and_its_part_still_support_the_same_sentence():
    suggestion = verdict(
        "Plus de 7 000 pompiers étaient mobilisés, dont 1 500 à Marseille.",
        "Au total, plus de 7.000 pompiers étaient mobilisés, dont 1.500 à Marseille.",
    )
    assert suggestion.verdict == "supported"


# A partial period in the figure's own words.
def test_the_last_months_do_not_support_the_whole_year():
    suggestion = verdict(
        "The carmaker delivered 2.1 million vans in 2022.",
        "The carmaker delivered a total of 2.1 million vans in the final three months of the year.",
        "en",
    )
    assert suggestion.verdict != "supported"


def test_the_whole_year_still_supports_the_whole_year():
    suggestion = verdict(
        "The carmaker delivered 2.1 million vans in 2022.",
        "The carmaker delivered a total of 2.1 million vans in 2022, the company said.",
        "en",
    )
    assert suggestion.verdict == "supported"


# "respectivement": the order of the list decides whose figure it is.
def test_respectively_pairs_figures_with_items_in_order():
    suggestion = verdict(
        "Sur un an, les loyers des studios ont augmenté de 6,2 %.",
        "Les loyers ont davantage augmenté pour les maisons que les studios, avec "
        "respectivement 6,2 % et 3,8 % sur un an.",
    )
    assert suggestion.verdict != "supported"


def test_respectively_still_supports_the_right_item():
    suggestion = verdict(
        "Sur un an, les loyers des studios ont augmenté de 3,8 %.",
        "Les loyers ont davantage augmenté pour les maisons que les studios, avec "
        "respectivement 6,2 % et 3,8 % sur un an.",
    )
    assert suggestion.verdict == "supported"


# "since YEAR" attached to the figure.
def test_a_count_since_another_year_does_not_support():
    suggestion = verdict(
        "The agency has counted 41 outbreaks since 2019.",
        "There have been 41 outbreaks since 2021 and 58 since 2019, the agency said.",
        "en",
    )
    assert suggestion.verdict != "supported"


def test_a_count_since_the_claims_year_still_supports():
    suggestion = verdict(
        "The agency has counted 58 outbreaks since 2019.",
        "There have been 41 outbreaks since 2021 and 58 since 2019, the agency said.",
        "en",
    )
    assert suggestion.verdict == "supported"


def test_a_figure_outside_another_country_still_supports():
    suggestion = verdict(
        "More than 420 cases of the disease have been reported in Italy.",
        "Outside Germany, more than 420 cases of the disease have been reported in Italy.",
        "en",
    )
    assert suggestion.verdict == "supported"


def test_a_french_claim_about_a_country_against_an_english_figure_outside_it():
    suggestion = verdict(
        "Les États-Unis ont recensé plus de 310 foyers de la maladie.",
        "Outside the United States, more than 310 outbreaks of the disease have been reported.",
    )
    assert suggestion.verdict != "supported"


def test_the_explanation_names_the_figures_scope():
    suggestion = verdict(
        "Plus de 7 000 pompiers étaient mobilisés à Marseille.",
        "Au total, plus de 7.000 pompiers étaient mobilisés, dont 1.500 à Marseille.",
    )
    assert "different scope: the whole, Marseille is another figure's" in suggestion.explanation
