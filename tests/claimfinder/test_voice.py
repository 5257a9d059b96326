"""Third pass on issue 19: who did what and when, whose voice a sentence is in."""

from tests.claimfinder.helpers import find_by_quote, one_with
from workers.claimfinder.scoring import newsroom_voice

_find, _one = find_by_quote, one_with


def test_a_completed_action_with_its_day_is_an_event_even_with_an_adverb_inside():
    found = _find(
        "Le conseil municipal a finalement approuvé le plan de circulation jeudi soir.\n"
        "Le quartier a toujours eu bonne réputation.\n"
    )
    claim = _one(found, "approuvé le plan")
    assert claim.kind == "event" and "dated_action" in claim.signals
    assert not [q for q in found if "réputation" in q]


def test_a_short_participle_is_a_completed_action():
    found = _find("Une majorité des cantons a également dit non à ces trois textes.\n")
    assert "done" in _one(found, "dit non").signals


def test_the_newsroom_first_person_is_analysis_not_a_claim():
    found = _find(
        "Le gouvernement de Valmont a présenté lundi un budget de 4 milliards d'euros.\n"
        "En ce sens, « oui, ça devrait être bon signe », décortique notre expert politique Paul "
        "Martin.\n"
    )
    assert _one(found, "4 milliards").kind == "quantity"
    assert not [q for q in found if "notre expert" in q]


def test_first_person_inside_someone_s_quoted_words_is_not_the_newsroom():
    assert newsroom_voice("décortique notre expert politique Paul Martin.")
    assert not newsroom_voice("« Nous avons perdu deux clients majeurs en six mois.")
    assert not newsroom_voice("assurant qu' »avec ce budget, nous soutenons les agriculteurs »")
    assert not newsroom_voice("The US economy grew 2% last year.")


def test_a_speaker_named_by_a_common_noun_still_makes_a_quote():
    found = _find(
        "“Inflation continues to decline but is still expected to remain too high for too long,” "
        "the central bank said in a statement.\n",
        language="en",
    )
    claim = _one(found, "Inflation continues")
    assert claim.claimant == "central bank"
    assert claim.kind == "prediction"  # a quoted forecast is checked when its time comes


def test_a_sentence_that_refers_back_to_a_claim_goes_on_stating_it():
    found = _find(
        "Selon les résultats définitifs, l'initiative a été rejetée à 55,5 % des voix. La Suisse "
        "romande et le Tessin l'ont cependant soutenue.\n"
        "Le quartier est calme. Il a toujours été calme.\n"
    )
    assert "continues" in _one(found, "Tessin").signals
    assert not [q for q in found if "calme" in q]  # no claim before it to go on from


def test_words_quoted_as_the_object_of_a_verb_of_saying_are_a_quote():
    found = _find(
        'Pour la semaine dernière, Santé publique France constate "une forte augmentation du '
        'nombre de passages aux urgences".\n'
    )
    claim = _one(found, "forte augmentation")
    assert claim.kind == "quote" and claim.claimant == "Santé publique France"


def test_des_dates_a_future_only_with_a_date_after_it():
    found = _find(
        "Dès l'entame, les hommes de Luis Enrique ont imposé leur rythme.\n"
        "Le tramway de Valmont circulera dès 2027 sur la ligne nord.\n"
    )
    # "Dès l'entame" opens a past act by a named side (a plain fact, proposed since issue 19's
    # recall pass): it is no forecast.
    entame = [c for quote, c in found.items() if "entame" in quote]
    assert all(c.kind != "prediction" and "future" not in c.signals for c in entame)
    assert _one(found, "dès 2027").kind == "prediction"
