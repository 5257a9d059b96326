"""Second pass on issue 19: records, trends, match results, short figure lines, clause cuts."""

from tests.claimfinder.helpers import find_by_quote, one_with
from workers.claimfinder.scoring import score

_find, _one = find_by_quote, one_with


def test_a_record_or_a_first_is_checkable_without_a_figure():
    found = _find(
        "Lyon a battu Nantes dimanche soir. C'est le plus large écart jamais enregistré entre les "
        "deux clubs. Le stade Pierre Mauroy sera le plus grand de l'histoire du département.\n"
        "L'ambiance était magnifique et le public a chanté tout le match.\n"
    )
    assert "record" in _one(found, "jamais enregistré").signals
    assert "record" in _one(found, "plus grand de l'histoire").signals
    assert not [q for q in found if "ambiance" in q]


def test_goals_and_ranks_in_a_match_are_events_not_quantities():
    found = _find(
        "Le FC Rivebelle a remporté la coupe régionale 3-1 face à Valmont, samedi à Douai.\n"
        "Camille Roche a ouvert le score à la 17e minute, avant que Lina Morel n'inscrive le "
        "deuxième but de Valmont à la 55e minute.\n"
    )
    assert _one(found, "3-1").kind == "event"
    # Two goals, two claims: the sentence is cut before "avant que".
    assert _one(found, "ouvert le score").kind == "event"
    assert _one(found, "deuxième but").quote.startswith("avant que")


def test_a_trend_in_words_counts_like_a_change():
    found = _find(
        "Les admissions aux urgences sont en nette augmentation chez les plus de 65 ans, selon "
        "l'agence régionale de santé.\nLa météo de demain sera agréable.\n"
    )
    assert "trend" in _one(found, "nette augmentation").signals
    assert not [q for q in found if "météo" in q]


def test_a_short_line_with_a_share_is_kept_and_a_short_phrase_without_is_not():
    found = _find("Grippe : les chiffres de la semaine\n12% des consultations\nEn bref\n")
    assert _one(found, "12% des consultations").kind == "quantity"
    assert not [q for q in found if "bref" in q]


def test_an_aside_between_two_dashes_does_not_cut_the_clause():
    text = (
        "Selon l'agence Reuters, le ministre a annoncé mardi que deux groupes — Alpha Energie et "
        "la société belge Betacorp — allaient investir 4 milliards d'euros en Bretagne.\n"
    )
    quotes = list(_find(text))
    assert len(quotes) == 1 and "4 milliards" in quotes[0] and "Alpha" in quotes[0]


def test_a_full_stop_without_its_space_still_ends_a_sentence():
    found = _find(
        "Le club a perdu la finale de Lisbonne en 2020.Ayant recruté trois attaquants cet été, "
        "l'entraîneur a signé un contrat de deux ans avec le club mardi.\n"
    )
    assert _one(found, "Lisbonne").quote.endswith("2020.")
    assert _one(found, "Ayant recruté").quote.startswith("Ayant")


def test_scores_are_rounded_so_a_sum_at_the_threshold_reaches_it():
    # 0.15 + 0.3 is 0.44999… in floating point; the threshold is 0.45.
    value, signals = score("Les réacteurs ont été affectés par la corrosion.", [], set())
    assert signals == ["done", "setback"]
    assert value == 0.45


def test_records_and_trends_without_a_figure_are_of_kind_other():
    found = _find(
        "C'est la plus forte hausse jamais observée à Rennes, selon Météo-France.\n"
        "Les ventes de vélos électriques à Rennes sont en nette augmentation, selon la mairie.\n"
        "Les cas à Rennes ont atteint 1 200 cette semaine, le plus haut niveau depuis 2019.\n"
    )
    assert _one(found, "jamais observée").kind == "other"
    assert _one(found, "nette augmentation").kind == "other"
    # With its figure, a record is a quantity to check.
    assert _one(found, "1 200").kind == "quantity"


def test_the_article_pointing_at_itself_or_framing_a_fact_is_not_a_claim():
    found = _find(
        "Les passages aux urgences ont augmenté de 12 % à Rennes, selon Santé publique France. "
        "C'est ce qu'indique le bulletin hebdomadaire publié par Santé publique France mercredi.\n"
        "Ouest Radio vous résume la situation en quatre chiffres.\n"
    )
    assert _one(found, "12 %")
    assert not [q for q in found if "C'est ce qu" in q or "vous résume" in q]


def test_the_minute_of_a_goal_dates_it():
    found = _find(
        "Camille Roche a ouvert le score pour Rivebelle avant que Lina Morel, la capitaine de "
        "Valmont, n'égalise en fin de rencontre (88e).\n"
    )
    assert "day" in _one(found, "(88e)").signals
