"""Fifth pass on issue 19: facts without a figure or a date, by the form of their verb."""

from tests.claimfinder.helpers import find_by_quote, one_with


def test_a_body_that_decides_is_a_claim_without_figure_or_date():
    # Invented council minutes: a vote, an abstention, an inverted subject after a ruling.
    found = find_by_quote(
        "Le public était venu nombreux.\n"
        "Les conseillers ont adopté une délibération sur la cantine scolaire.\n"
        "La majorité s'est abstenue.\n"
        "Il a bien commis une faute, a jugé le tribunal.\n"
    )
    assert one_with(found, "ont adopté une délibération").kind == "event"
    assert one_with(found, "s'est abstenue").kind == "event"
    assert one_with(found, "a jugé le tribunal").kind == "event"
    assert not [quote for quote in found if "venu nombreux" in quote]


def test_an_act_without_an_actor_or_a_decision_verb_stays_out():
    found = find_by_quote(
        "La soirée s'est terminée tard.\nLe débat a été animé et chacun a pu parler.\n"
    )
    assert found == {}


def test_english_rulings_by_a_body():
    found = find_by_quote(
        "The committee rejected the proposal after a long debate.\n"
        "Everyone went home afterwards.\n",
        "en",
    )
    assert one_with(found, "committee rejected the proposal").kind == "event"
    assert not [quote for quote in found if "went home" in quote]
