"""Precision, round 3: false claims no longer suggested supported, and near misses that must
stay supported. Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict
from workers.verification.exclusions import excluded_period
from workers.verification.judge import _view
from workers.verification.turns import other_year


# 1. A claim's own "et non X" / "not X" names the period its figure is not for.
def test_excluded_period_given_by_the_passage_refutes():
    suggestion = verdict(
        "La société a vendu 4,2 millions de voitures au seul troisième trimestre, "
        "et non sur l'ensemble de l'année.",
        "Sur l'ensemble de l'année, la société a vendu 4,2 millions de voitures.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "excludes" in suggestion.explanation


def test_excluded_year_given_by_the_passage_refutes():
    suggestion = verdict(
        "C'est en 2019, et non en 2018, que le musée a accueilli 3,1 millions de visiteurs.",
        "En 2018, le musée avait accueilli 3,1 millions de visiteurs.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_neither_period_stated_is_not_a_support():
    suggestion = verdict(
        "Le parc a accueilli 2,4 millions de visiteurs au seul premier semestre 2021, "
        "et non sur l'ensemble de l'année.",
        "Avec 2,4 millions de visiteurs en 2021, le parc a retrouvé son niveau d'avant la crise.",
    )
    assert suggestion.verdict == "not_enough_evidence", suggestion.explanation


def test_affirmed_period_stated_stays_supported():
    suggestion = verdict(
        "La société a vendu 4,2 millions de voitures au seul troisième trimestre, "
        "et non sur l'ensemble de l'année.",
        "Au troisième trimestre, la société a vendu 4,2 millions de voitures.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_contrast_without_a_period_is_left_alone():
    assert excluded_period("Il paiera 16 dollars au lieu de 8.", "Il paiera 16 dollars.") is None
    assert excluded_period("Le club a perdu 80 millions en 2022.", "sur un an") is None


# 2. A figure counted over another kind of span (a month for a whole year) is not a support.
def test_a_month_figure_does_not_support_a_whole_year_claim():
    suggestion = verdict(
        "En 2023, l'usine a produit 41 200 voitures sur l'ensemble de l'année.",
        "In the peak month, December 2023, the plant built 41,200 cars.",
    )
    assert suggestion.verdict == "not_enough_evidence", suggestion.explanation


def test_the_same_span_still_supports():
    suggestion = verdict(
        "En 2023, l'usine a produit 41 200 voitures sur l'ensemble de l'année.",
        "Sur l'ensemble de l'année 2023, l'usine a produit 41 200 voitures.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 3. The same level reached by the opposite move, read off the figure's clause.
def test_a_rate_raised_to_the_claimed_level_refutes_a_cut():
    suggestion = verdict(
        "La banque centrale a abaissé son taux directeur à 2,5 %.",
        "La banque centrale poursuit le resserrement de sa politique et relève de 50 points de "
        "base son taux directeur pour le porter à 2,5 %.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "direction_mismatch" in suggestion.explanation


def test_a_rate_cut_to_the_claimed_level_still_supports():
    suggestion = verdict(
        "La banque centrale a abaissé son taux directeur à 2,5 %.",
        "La banque centrale poursuit l'assouplissement de sa politique et abaisse de 50 points "
        "de base son taux directeur pour le porter à 2,5 %.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 4. Winner and loser swapped around "battu"/"defeated": the same score, the other winner.
def test_winner_and_loser_swapped_refutes():
    suggestion = verdict(
        "En 2019, en demi-finale, la Suède avait battu la Norvège 3-1.",
        "En 2019, lors de la demi-finale, la Norvège avait battu la Suède 3-1.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_winner_kept_still_supports():
    suggestion = verdict(
        "En 2019, en demi-finale, la Suède avait battu la Norvège 3-1.",
        "En 2019, la Norvège avait été battue par la Suède 3-1 en demi-finale.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_winner_swapped_in_english_refutes():
    suggestion = verdict(
        "In the 2019 semi-final, Sweden defeated Norway 3-1.",
        "In the 2019 semi-final, Sweden was defeated by Norway 3-1.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


# 5. A score is dated like any figure: the same score in another year is another match.
def test_the_same_score_in_another_year_refutes():
    suggestion = verdict(
        "En 2017, en huitièmes de finale, la Suède avait battu la Norvège 3-1.",
        "En 2019, lors des huitièmes de finale, la Suède avait battu la Norvège 3-1.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_the_same_score_in_the_same_year_still_supports():
    suggestion = verdict(
        "En 2019, en huitièmes de finale, la Suède avait battu la Norvège 3-1.",
        "En 2019, lors des huitièmes de finale, la Suède avait battu la Norvège 3-1.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


# 6. A figure the claim dates to one year, given undated among other years only.
_ALSACE = "En 2011, les exportations de vins d'Alsace ont baissé de 17 % en valeur."


def _figure(text: str, value: float):
    view = _view(text, 0, len(text), "fr")
    return view, next(q for q in view.quantities if q.value == value)


def test_an_undated_figure_among_other_years_is_another_year():
    claim, cq = _figure(_ALSACE, 17)
    passage, sq = _figure(
        "L'année 2013 a été «sombre» pour les vins d'Alsace (nord-est de la France) avec une "
        "baisse de 17% des exportations en valeur et de 9% en volume.",
        17,
    )
    assert other_year(claim, passage, cq, sq) == "the passage names only 2013"


def test_a_compared_year_is_not_the_figure_year():
    claim, cq = _figure(_ALSACE, 17)
    passage, sq = _figure("Les exportations ont baissé de 17% en valeur, plus qu'en 2010.", 17)
    assert other_year(claim, passage, cq, sq) is None
