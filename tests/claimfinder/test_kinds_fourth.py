"""Fourth pass on issue 19: kinds of quoted reports of what happened, and of dated futures."""

from tests.claimfinder.helpers import find_by_quote, one_with


def test_quoted_words_reporting_what_was_done_are_an_event():
    found = find_by_quote(
        "« Au cours de la nuit, plusieurs véhicules ont été incendiés », indique le maire Paul "
        "Durand.\n"
        "« Nous n'aurions jamais accepté de telles conditions sans garanties », a déclaré Anne "
        "Roux, porte-parole de la Fédération.\n"
    )
    assert one_with(found, "véhicules ont été incendiés").kind == "event"
    # A compound past under a negation or a modal did not happen: the quote stays a quote.
    english = find_by_quote(
        'Trade unions at Acme Corp backed the deal, telling the board: "We would not have agreed '
        'to this unless the plant stayed open in Ohio."\n',
        "en",
    )
    assert one_with(english, "would not have agreed").kind == "quote"


def test_a_future_tense_with_its_day_is_a_prediction():
    found = find_by_quote(
        "À Lyon, le trafic des trams reprendra normalement jeudi après la grève de la CGT.\n"
        "La tempête va frapper la Bretagne samedi, selon Météo-France.\n"
    )
    assert one_with(found, "reprendra normalement jeudi").kind == "prediction"
    assert one_with(found, "va frapper").kind == "prediction"
