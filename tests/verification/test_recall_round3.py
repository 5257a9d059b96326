"""Recall, round 3: settled claims the engine abstained on, and near misses it must leave
alone. Invented sentences, FR and EN."""

from tests.verification.test_error_classes import verdict
from workers.verification.quantities import extract_quantities
from workers.verification.sentences import split_passages

_PORT = (
    "Le port du Havre a traité 68,2 Mt de marchandises en 2019, en hausse de 3 %. "
    "Les conteneurs ont reculé de 2 % à 31,4 Mt."
)


# 1. Freight abbreviations: "68,2 Mt" is 68,2 millions de tonnes, "450 kt" 450 000 tonnes.
def test_megatonnes_read_as_a_mass():
    (mass, *_) = extract_quantities("Le port a traité 68,2 Mt en 2019.", "fr")
    assert mass.unit == "mass"
    assert abs(mass.value - 68.2e9) < 1e6


def test_kilotonnes_and_spelled_tonnes_are_the_same_mass():
    (short, *_) = extract_quantities("The mine shipped 450 kt of ore.", "en")
    (spelled, *_) = extract_quantities("La mine a expédié 450 000 tonnes de minerai.", "fr")
    assert short.unit == spelled.unit == "mass"
    assert abs(short.value - spelled.value) < 1.0


def test_spelled_tonnes_supported_by_megatonnes():
    suggestion = verdict(
        "En 2019, le port du Havre a traité 68,2 millions de tonnes de marchandises.", _PORT
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_another_tonnage_of_the_port_still_refutes():
    suggestion = verdict(
        "En 2019, le port du Havre a traité 31,4 millions de tonnes de marchandises.", _PORT
    )
    assert suggestion.verdict != "supported", suggestion.explanation


def test_a_longer_word_starting_with_mt_is_not_megatonnes():
    # "Mtep" (megatonnes of oil equivalent) measures energy, not mass: the unit must end there.
    (figure, *_) = extract_quantities("La France a consommé 240 Mtep d'énergie primaire.", "fr")
    assert figure.unit != "mass"


# 2. Ordinals on a round of a vote and on the minute of a match count one thing each.
_VOTE = "Le prix Renaudot a été décerné lundi à Claire Martin, élue au premier tour de scrutin."


def test_another_round_of_the_vote_refutes():
    suggestion = verdict("Claire Martin a été élue au troisième tour de scrutin.", _VOTE)
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_round_the_same_sentence_also_names_is_not_refuted():
    passage = (
        "Claire Martin a été élue au premier tour de scrutin, quand le lauréat de l'an dernier"
        " l'avait été au troisième tour."
    )
    suggestion = verdict("Claire Martin a été élue au troisième tour de scrutin.", passage)
    assert suggestion.verdict != "refuted", suggestion.explanation


def test_another_minute_of_the_goal_refutes():
    suggestion = verdict(
        "Lucie Bron a ouvert le score à la 71e minute.",
        "Les Lyonnaises ont ouvert le score à la 17ème minute grâce à Lucie Bron.",
    )
    assert suggestion.verdict == "refuted", suggestion.explanation


def test_a_race_named_tour_is_not_a_round():
    suggestion = verdict(
        "Paul Rivet dispute son deuxième Tour de France.",
        "Pour son premier tour de piste, Paul Rivet a chuté. Il dispute le Tour de France.",
    )
    assert suggestion.verdict != "refuted", suggestion.explanation


# 3. "3 M€", "450 k€": a one-letter scale glued to a currency sign is millions or thousands.
def test_m_euro_is_millions_of_euros():
    (money, *_) = extract_quantities("La start-up a levé 3,5 M€ en 2023.", "fr")
    assert money.unit == "currency" and money.currency == "EUR"
    assert money.value == 3.5e6


def test_k_euro_supports_spelled_thousands():
    suggestion = verdict(
        "La commune a voté un budget de 450 000 euros pour la piscine.",
        "Le conseil municipal a voté un budget de 450 k€ pour la rénovation de la piscine.",
    )
    assert suggestion.verdict == "supported", suggestion.explanation


def test_a_spaced_m_without_currency_stays_metres():
    (length, *_) = extract_quantities("Le mur mesure 5 m de haut.", "fr")
    assert length.unit == "length" and length.value == 5.0


# 4. Hard-wrapped wire copy: a line break inside a sentence does not end it.
_WRAPPED = (
    "Selon le bilan annuel, le port du Havre a traité un volume record de\n"
    "68,2 millions de tonnes de marchandises en 2019.\n"
    "Le trafic de conteneurs a reculé."
)


def test_a_numbered_list_after_a_lowercase_line_still_splits():
    text = (
        "Le classement final avec le nombre de points\n1. Rodri, 1 170 points\n2. Vinicius, 1 129"
    )
    (first, *_) = split_passages(text)
    assert text[slice(*first)] == "Le classement final avec le nombre de points"


def test_a_wrapped_line_is_joined_by_the_splitter():
    assert len(split_passages(_WRAPPED)) == 2
