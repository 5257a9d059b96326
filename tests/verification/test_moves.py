"""A change told by its two levels (moves.py), read from the figure reader's own pairing of a
baseline and the level reached. Invented sentences, FR and EN."""

import pytest

from tests.verification.test_error_classes import verdict
from workers.verification.judge import _view
from workers.verification.moves import moved


def _moved(sentence: str, language: str) -> str | None:
    return moved(_view(sentence, 0, len(sentence), language))


@pytest.mark.parametrize(
    ("sentence", "language", "way"),
    [
        ("La part des motorisations diesel a reculé de 15,6 % à 9,7 %.", "fr", "fall"),
        ("La part des motorisations diesel est passée de 9,7 % à 15,6 %.", "fr", "rise"),
        ("Une facture passant de 756 € à 649 €.", "fr", "fall"),
        ("The figures also show a drop, from 2.5m to 2.2m.", "en", "fall"),
        ("Attendance reached 7.77 million, up from 7.75 million.", "en", "rise"),
        # One level and the size of the change, or a range: no two levels of one change.
        ("Travellers from France rose by 10.3%, to 12.9 million.", "en", None),
        ("Les hausses sont comprises entre 2 % et 3 %.", "fr", None),
    ],
)
def test_the_way_of_a_change_comes_from_its_two_levels(sentence, language, way):
    assert _moved(sentence, language) == way


def test_a_claimed_rise_is_refuted_by_two_levels_going_down():
    suggestion = verdict(
        "Diesel's share of new cars rose over the year.",
        "Over the year, diesel's share of new cars went from 15.6% to 9.7%.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation
    assert "two levels" in suggestion.explanation


def test_a_claimed_fall_is_not_refuted_by_two_levels_going_down():
    suggestion = verdict(
        "Diesel's share of new cars fell over the year.",
        "Over the year, diesel's share of new cars went from 15.6% to 9.7%.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation
