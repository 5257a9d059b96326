"""Figures in words or odd forms, bounds, rises and falls, changes "by" and "to"."""

import math

import pytest

from workers.verification import extract_quantities
from workers.verification.compare import compare


def first(text: str, language: str):
    found = extract_quantities(text, language)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Le projet créera 100.000 emplois.", "fr", 100_000, "count"),
        ("Stargate will create 100.000 jobs.", "en", 100_000, "count"),
        ("Le taux atteint 1.5 cette année.", "en", 1.5, "count"),
        ("Il promet 1,5 million d'emplois.", "fr", 1_500_000, "count"),
        ("Un demi-billion de dollars sera investi.", "fr", 500e9, "currency"),
        ("Ils investiront un demi-milliard d'euros.", "fr", 500e6, "currency"),
        ("They pledged half a billion dollars.", "en", 500e6, "currency"),
        ("A half-million people marched.", "en", 500e3, "count"),
        ("Il n'y aura qu'un seul centre de données.", "fr", 1, "count"),
        ("Only one plant will open.", "en", 1, "count"),
        ("Il y aura deux fois plus d'emplois.", "fr", 2, "multiple"),
        ("There are three times as many workers.", "en", 3, "multiple"),
        ("Les ventes ont doublé en un an.", "fr", 2, "multiple"),
        ("Sales tripled last year.", "en", 3, "multiple"),
        ("Le budget a été divisé par deux.", "fr", 0.5, "multiple"),
        ("Il y a deux fois moins de salariés.", "fr", 0.5, "multiple"),
        ("La ville compte quinze mille habitants.", "fr", 15_000, "count"),
    ],
)
def test_it_reads_figures_in_words_and_odd_forms(text, language, value, unit):
    quantity = first(text, language)
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit


def test_it_reads_pres_de_as_an_approximate_figure():
    quantity = first("L'usine emploie près de 2 000 salariés.", "fr")
    assert quantity.qualifier == "approx"
    assert quantity.low < 2000 < quantity.high


@pytest.mark.parametrize(
    ("text", "language", "qualifier", "low", "high"),
    [
        ("more than 500 jobs", "en", "more_than", 500, math.inf),
        ("plus de 500 emplois", "fr", "more_than", 500, math.inf),
        ("less than 10% of sales", "en", "less_than", 0, 10),
        ("moins de 10 % des ventes", "fr", "less_than", 0, 10),
        ("up to 40 sites", "en", "up_to", 0, 40),
        ("jusqu'à 40 sites", "fr", "up_to", 0, 40),
        ("at least 3 sites", "en", "at_least", 3, math.inf),
        ("au moins 3 sites", "fr", "at_least", 3, math.inf),
    ],
)
def test_it_reads_bounds_as_open_intervals(text, language, qualifier, low, high):
    quantity = first(text, language)
    assert (quantity.qualifier, quantity.low, quantity.high) == (qualifier, low, high)


@pytest.mark.parametrize(
    ("text", "language", "direction"),
    [
        ("Le titre s'est envolé de 10 %.", "fr", "rise"),
        ("Le titre a chuté de 10 %.", "fr", "fall"),
        ("Imports declined by 27.6 per cent.", "en", "fall"),
        ("Shares soared 10% on Monday.", "en", "rise"),
        ("Sales doubled.", "en", "rise"),
        ("The company cut 500 jobs by 2024.", "en", None),
        ("Staff was cut by 500 people.", "en", "fall"),
    ],
)
def test_it_tells_a_rise_from_a_fall(text, language, direction):
    assert first(text, language).direction == direction


def test_a_rise_does_not_match_a_fall_of_the_same_size():
    rise = first("Le titre s'est envolé de 10 %.", "fr")
    fall = first("The share price plunged 10%.", "en")
    assert compare(rise, fall).outcome == "mismatch"
    assert compare(rise, fall).reason == "direction_mismatch"


def test_an_increase_by_is_not_an_increase_to():
    by = first("Sales increased by 160% in 2023.", "en")
    to = first("Sales increased to 160% of their 2019 level in 2023.", "en")
    assert (by.change, to.change) == ("by", "to")
    assert compare(by, to).reason == "change_mismatch"
    assert compare(by, first("Sales rose by 160 % in 2023.", "fr")).outcome == "match"


def test_doubled_is_compared_as_a_figure():
    claim = first("Les ventes ont doublé.", "fr")
    assert compare(claim, first("Sales doubled.", "en")).outcome == "match"
    assert compare(claim, first("Sales tripled.", "en")).outcome == "mismatch"


@pytest.mark.parametrize(
    ("text", "language", "value", "noun"),
    [
        ("Les pompiers ont reçu une centaine d'appels.", "fr", 100, "appel"),
        ("Une vingtaine de blessés ont été transportés.", "fr", 20, "injured"),
        ("Un millier de personnes ont défilé.", "fr", 1000, "people"),
        ("A dozen flights were cancelled.", "en", 12, "flight"),
    ],
)
def test_a_collective_numeral_is_a_rounded_count(text, language, value, noun):
    figure = first(text, language)
    assert (figure.value, figure.unit, figure.qualifier) == (value, "count", "approx")
    assert figure.noun == noun
    assert figure.low < value < figure.high


def test_a_collective_noun_without_what_it_counts_is_no_figure():
    assert extract_quantities("La quarantaine imposée aux voyageurs a pris fin.", "fr") == []
