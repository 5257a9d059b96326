"""Ninth pass on issue 12 (abstentions on settled claims, measured across files): a country named
in the passage's language, a season as some months of a year, and a rise said as a comparison
with an earlier time. Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict
from workers.verification.contrasts import compared_direction, scope_contrast


# 1. The claim's country named in the passage's language is the same place.
def test_a_country_named_in_english_supports_a_french_claim():
    suggestion = verdict(
        "La Norvège a accueilli 31,2 millions de visiteurs internationaux en 2023.",
        "Norway welcomed 31.2 million international visitors in 2023, the national "
        "statistics institute (SSB) said.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_country_named_in_french_supports_an_english_claim():
    suggestion = verdict(
        "Germany's unemployment rate rose to 6.3% in March 2024.",
        "En Allemagne, le taux de chômage est monté à 6,3 % en mars 2024, selon Destatis.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_another_country_in_english_still_sets_aside_the_claim():
    suggestion = verdict(
        "La Norvège a accueilli 31,2 millions de visiteurs internationaux en 2023.",
        "Greece welcomed 31.2 million international visitors in 2023, the national "
        "statistics institute (ELSTAT) said.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


# 2. A season is some months of a year, not the whole of it.
def test_a_season_is_not_the_whole_year():
    claim = "Le Portugal a accueilli 9,8 millions de visiteurs sur toute l'année 2023."
    assert scope_contrast(claim, "9.8 million visitors this summer", "") is not None
    assert scope_contrast(claim, "9,8 millions de visiteurs cet été", "") is not None
    # "a été" is the verb, not the season.
    assert scope_contrast(claim, "le chiffre a été de 9,8 millions", "") is None


def test_a_summer_figure_does_not_support_a_whole_year_claim():
    suggestion = verdict(
        "Le Portugal a accueilli 9,8 millions de visiteurs sur toute l'année 2023.",
        "Portugal logged a record 9.8 million international visitors this summer, "
        "official data showed.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


# 3. A change said as a comparison with an earlier time has a direction.
def test_a_comparison_with_an_earlier_time_is_a_direction():
    assert compared_direction("2.4% more than in the same month of 2023") == "rise"
    assert compared_direction("soit 3 % de moins qu'un an plus tôt") == "fall"
    assert compared_direction("more than in 2023 but fewer than in 2019") is None


def test_a_rise_said_as_a_comparison_does_not_support_a_fall():
    suggestion = verdict(
        "En mars, la fréquentation internationale du Portugal a reculé par rapport à mars 2023.",
        "In general, Portugal received 1.9 million international tourists in March, 2.4% more "
        "than in the same month of 2023.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation


# 4. A figure given with another rank than the claim's does not support it.
def test_ranks_are_read_in_french_and_english():
    from workers.verification.stance import _other_rank, _ranks

    assert _ranks("La Norvège est au troisième rang européen.") == {3}
    assert _ranks("which puts Norway in 13th place out of 35") == {13}
    assert _ranks("le premier semestre, the first quarter") == set()
    assert _other_rank("au troisième rang", "in 13th place") == 13
    assert _other_rank("au 2e rang", "ranked second") is None


def test_a_figure_with_another_rank_does_not_support_the_claim():
    suggestion = verdict(
        "Avec 74 morts par million d'habitants, la Norvège est au deuxième rang européen.",
        "Based on its population, there were 74 heat deaths per million inhabitants in Norway, "
        "which puts Norway in 11th place out of 35 European countries.",
    )
    assert suggestion.verdict != "supported", suggestion.explanation
