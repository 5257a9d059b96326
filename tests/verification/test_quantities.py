"""Figures are read as intervals, whatever the language, convention, scale word or qualifier."""

import math

import pytest

from workers.verification import Quantity, extract_quantities


def only(text: str, language: str | None = None, unit: str | None = None) -> Quantity:
    found = [q for q in extract_quantities(text, language) if unit is None or q.unit == unit]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Le taux atteint 1,5 % cette année.", "fr", 1.5),
        ("The rate reached 1.5% this year.", "en", 1.5),
        ("Il y a 1 000 salariés.", "fr", 1000),
        ("Il y a 1\u00a0000 salariés.", "fr", 1000),
        ("Il y a 1\u202f000 salariés.", "fr", 1000),
        ("There are 1,000 workers.", "en", 1000),
        ("Il y a 1.000 salariés.", "fr", 1000),
        ("The total is 1,234,567.5 units.", "en", 1234567.5),
        ("La mairie a planté quatre mille arbres.", "fr", 4000),
        ("The city planted four thousand trees.", "en", 4000),
    ],
)
def test_it_reads_digits_in_both_conventions_and_spelled_numbers(text, language, value):
    assert only(text, language).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "language", "value", "currency"),
    [
        ("Un investissement de 500 milliards de dollars.", "fr", 500e9, "USD"),
        ("An investment of $500 billion.", "en", 500e9, "USD"),
        ("Le fonds est doté d'un billion d'euros.", "fr", 1e12, "EUR"),
        ("Le pays a emprunté 3 billions de dollars.", "fr", 3e12, "USD"),
        ("The fund is worth €1 trillion.", "en", 1e12, "EUR"),
        ("Exports reached €58bn.", "en", 58e9, "EUR"),
        ("Il lève 1,5 Md€.", "fr", 1.5e9, "EUR"),
        ("It raised US$5M.", "en", 5e6, "USD"),
        ("The fee is £2.50.", "en", 2.5, "GBP"),
        ("Le ticket coûte 2,50 euros.", "fr", 2.5, "EUR"),
    ],
)
def test_it_applies_scale_words_and_currencies(text, language, value, currency):
    quantity = only(text, language, unit="currency")
    assert quantity.value == pytest.approx(value)
    assert quantity.currency == currency


def test_it_reads_a_french_billion_as_ten_to_the_twelve_and_an_english_one_as_ten_to_the_nine():
    french = only("Le budget atteint 2 billions d'euros.", "fr")
    english = only("The budget reaches €2 billion.", "en")
    assert french.value == pytest.approx(1000 * english.value)


def test_it_lets_a_bare_scaled_figure_inherit_the_currency_named_in_its_sentence():
    text = (
        "Les partenaires injectent 100 milliards de dollars, avec un engagement pouvant "
        "atteindre les 500 milliards sur quatre ans."
    )
    ceiling = next(q for q in extract_quantities(text, "fr") if q.value == 500e9)
    assert ceiling.unit == "currency" and ceiling.currency == "USD"


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Sales rose 19% in a year.", "en", "percent"),
        ("Les ventes ont progressé de 19 % en un an.", "fr", "percent"),
        ("Les ventes ont progressé de 19 pour cent.", "fr", "percent"),
        ("Sales rose 19 per cent.", "en", "percent"),
        ("Sales rose 19 percent.", "en", "percent"),
    ],
)
def test_it_reads_percentages(text, language, unit):
    quantity = only(text, language, unit=unit)
    assert quantity.value == 19


@pytest.mark.parametrize(
    ("text", "language", "qualifier", "low", "high"),
    [
        ("It will cost approximately $80 billion.", "en", "approx", 72e9, 88e9),
        ("Le chantier a coûté près de 40 millions d'euros.", "fr", "approx", 36e6, 44e6),
        ("Le chantier a coûté environ 40 millions d'euros.", "fr", "approx", 36e6, 44e6),
        ("They pledged at least $100 billion.", "en", "at_least", 100e9, math.inf),
        ("Ils injectent pas moins de 100 milliards de dollars.", "fr", "at_least", 100e9, math.inf),
        ("Plus de 10 000 personnes sont venues.", "fr", "more_than", 10_000, math.inf),
        ("More than 10,000 people came.", "en", "more_than", 10_000, math.inf),
        ("Losses could reach up to €2 billion.", "en", "up_to", 0, 2e9),
        ("Nvidia pourrait investir jusqu'à 100 milliards de dollars.", "fr", "up_to", 0, 100e9),
        ("Un engagement pouvant atteindre 500 milliards de dollars.", "fr", "up_to", 0, 500e9),
    ],
)
def test_it_turns_qualifiers_into_intervals(text, language, qualifier, low, high):
    quantity = only(text, language)
    assert quantity.qualifier == qualifier
    assert quantity.low == pytest.approx(low) and quantity.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Le projet coûtera entre 2 et 3 milliards d'euros.", "fr", 2e9, 3e9),
        ("It will cost between $2 billion and $3 billion.", "en", 2e9, 3e9),
        ("Prices rose 10-20% last year.", "en", 10, 20),
        ("Le projet créera des centaines de milliers d'emplois.", "fr", 100_000, 999_999),
        ("The project will create hundreds of thousands of jobs.", "en", 100_000, 999_999),
        ("Des dizaines de personnes ont été blessées.", "fr", 10, 99),
        ("Dozens of people were injured.", "en", 12, 99),
    ],
)
def test_it_reads_ranges_and_vague_magnitudes(text, language, low, high):
    quantity = only(text, language)
    assert (quantity.low, quantity.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "language", "period"),
    [
        ("Ils investiront 500 milliards de dollars sur quatre ans.", "fr", "P4Y"),
        ("Ils investiront 500 milliards sur les quatre prochaines années.", "fr", "P4Y"),
        ("They will invest $500 billion over the next four years.", "en", "P4Y"),
        ("L'IA représentera 19 % de la consommation d'ici 2028.", "fr", "by:2028"),
        ("AI will account for 19% of demand by 2028.", "en", "by:2028"),
        ("Le prix passera à 2,50 euros dès 2026.", "fr", "from:2026"),
        ("Microsoft will spend $80 billion in fiscal 2025.", "en", "FY2025"),
        ("Revenue was $1.2 billion in FY 2025.", "en", "FY2025"),
        ("Ils injectent 100 milliards de dollars dans la phase initiale.", "fr", "initial"),
    ],
)
def test_it_attaches_the_period_a_figure_covers(text, language, period):
    main = [
        q for q in extract_quantities(text, language) if q.unit in ("currency", "amount", "percent")
    ]
    assert main[0].period == period


def test_it_keeps_a_year_as_a_figure_when_nothing_else_is_counted():
    quantity = only("OpenAI prévoit de livrer sa propre puce dès 2026.", "fr")
    assert (quantity.unit, quantity.value, quantity.period) == ("year", 2026, "from:2026")


def test_it_gives_spans_that_point_back_into_the_text():
    text = "Intro. Then Microsoft said it would spend approximately $80 billion in fiscal 2025."
    for quantity in extract_quantities(text, "en"):
        assert text[quantity.start : quantity.end] == quantity.text


def test_it_stores_open_bounds_as_null_in_dicts():
    data = only("More than 10,000 people came.", "en").to_dict()
    assert data["high"] is None and data["low"] == 10_000
