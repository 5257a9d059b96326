"""Fifth pass on issue 19: facts without a figure or a date, by the form of their verb."""

import pytest

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


def test_pluperfect_speech_and_faire_remarquer_are_attributions():
    found = find_by_quote(
        "Une source policière avait auparavant indiqué à Reuters que le camion roulait vite.\n"
        "Julie Marchand a fait remarquer que la voirie relevait de la métropole.\n"
        "En mai, Orléa avait déjà proposé au syndicat de reprendre le site.\n"
    )
    assert "attribution" in one_with(found, "avait auparavant indiqué").signals
    assert "attribution" in one_with(found, "a fait remarquer que").signals
    # Proposing is not saying: no attribution, so no claimant taken from it.
    assert not [
        c for quote, c in found.items() if "proposé" in quote and "attribution" in c.signals
    ]


def test_who_chairs_a_body_is_a_role():
    found = find_by_quote(
        "Présidé par Hélène Vasseur, le comité de sélection comprend Marc Lebrun et Ana Costa.\n"
    )
    assert "role" in one_with(found, "Présidé par Hélène Vasseur").signals


def test_near_identical_sentences_with_different_durations_are_two_claims():
    from workers.claimfinder.duplicates import find_proposals

    text = (
        "La cour d'appel de Rennes a condamné aujourd'hui à trois mois de prison ferme, Paul "
        "Lenoir, soit une peine plus légère qu'en première instance, a-t-on appris de sources "
        "judiciaires.\n"
        "Paul Lenoir a été condamné en première instance à six mois de prison ferme.\n"
        "Paul Lenoir a été condamné en première instance à six mois de prison ferme.\n"
    )
    quotes = [c.quote for c in find_proposals(text, language="fr")]
    assert len([q for q in quotes if "trois mois" in q]) == 1
    # The same sentence twice is still one claim.
    assert len([q for q in quotes if "six mois" in q]) == 1


def test_a_distance_or_time_that_frames_an_event_leaves_it_an_event():
    found = find_by_quote(
        "Un randonneur a été blessé à Vernet, à 40 km au sud de Perpignan.\n"
        "Après huit ans de travaux, le pont a été inauguré par la préfète Anne Morel.\n"
        "L'épicentre était situé à 12 kilomètres à l'est de Nice, selon le Renass.\n"
    )
    assert one_with(found, "à 40 km au sud").kind == "event"
    assert one_with(found, "Après huit ans de travaux").kind == "event"
    # A distance the verb governs is the claim itself.
    assert one_with(found, "situé à 12 kilomètres").kind == "quantity"


def test_a_reported_forecast_is_a_prediction():
    found = find_by_quote(
        "Le ministre Luc Berger a déclaré mardi que la croissance pourrait rebondir au printemps.\n"
        "La société Varex pourrait faire appel de la décision, selon son avocat.\n"
        "Claire Dumas a affirmé que les travaux allaient peser sur les finances de la commune.\n"
    )
    assert one_with(found, "pourrait rebondir").kind == "prediction"
    assert one_with(found, "pourrait faire appel").kind == "prediction"
    assert one_with(found, "allaient peser").kind == "prediction"


def test_a_decision_that_is_due_by_a_body_is_a_claim():
    found = find_by_quote(
        "Le conseil communautaire devra voter sur le tracé de la rocade de Lannion.\n"
        "Il faudra sans doute du temps.\n"
    )
    assert one_with(found, "devra voter").kind == "prediction"
    assert not [quote for quote in found if "du temps" in quote]


def test_a_quoted_account_with_a_pronoun_subject_stays_a_quote():
    found = find_by_quote(
        "Son avocat, Me Garnier, confie : « Il avait accepté sous la pression de l'enquête ».\n"
        "« Au cours de la nuit, trois voitures ont été incendiées », indique Paul Durand.\n"
    )
    assert one_with(found, "Il avait accepté").kind == "quote"
    assert one_with(found, "voitures ont été incendiées").kind != "quote"


def test_a_schedule_stated_as_fact_is_a_prediction():
    english = find_by_quote(
        "Lift-off is planned from Launch Complex 40 at Cape Canaveral in Florida on Sunday.\n", "en"
    )
    assert one_with(english, "Lift-off is planned").kind == "prediction"
    found = find_by_quote("Le lancement d'Ariane 6 est prévu samedi depuis Kourou, selon l'ESA.\n")
    assert one_with(found, "est prévu samedi").kind == "prediction"


def test_a_courtesy_title_is_not_the_claimant():
    from workers.claimfinder.claimants import find_claimant

    assert find_claimant("« Il est mort sur le coup », a précisé M. Ould Kablia.")[0] == (
        "Ould Kablia"
    )
    assert find_claimant("Selon Mme Durand, le chantier a pris du retard.")[0] == "Durand"


def test_a_t_on_appris_de_names_the_source_after_it():
    from workers.claimfinder.claimants import find_claimant

    who, signals = find_claimant(
        "Le tribunal de Rennes a relaxé jeudi Marc Vidal, a-t-on appris de sources policières."
    )
    assert who == "sources policières"
    assert signals == ["attribution:speech"]


@pytest.mark.parametrize(
    ("sentence", "first_words", "second_words"),
    [
        # "a dit … et jugé qu'…": a second participle with its own "que" clause.
        (
            "Interviewé sur RTL, Marc Aubert a dit ne pas s'attendre à une récession en France et "
            "jugé qu'il n'y avait aucune raison de revoir la prévision de 1,2 % pour 2025.",
            "ne pas s'attendre à une récession",
            "jugé qu'il n'y avait",
        ),
        # A French present after "lui" or inside a negation is a verb: "…, mais …" splits.
        (
            "Le lauréat du prix Renaudot ne recevra qu'un chèque de 20 euros, mais le prix lui "
            "ouvre les librairies du pays et la vente de centaines de milliers d'exemplaires.",
            "chèque de 20 euros",
            "lui ouvre les librairies",
        ),
    ],
)
def test_two_statements_in_one_sentence_are_cut(sentence, first_words, second_words):
    found = find_by_quote(sentence + "\n")
    assert one_with(found, first_words) is not one_with(found, second_words)


def test_a_headline_restated_in_the_body_is_proposed_at_the_body_sentence():
    from workers.claimfinder.duplicates import find_proposals

    text = (
        "Condamné à 3 mois de prison avec sursis et 105h de travaux d'intérêt général, l'homme "
        "qui a giflé Paul Morin fait appel\n"
        "Le 18 janvier dernier, le jeune homme de 18 ans qui avait giflé Paul Morin, lors d'un "
        "déplacement à Vannes, avait été condamné à trois mois de prison avec sursis et 105 "
        "heures de travaux d'intérêt général.\n"
    )
    body = text.index("Le 18 janvier")
    proposed = [c for c in find_proposals(text, language="fr") if "105" in c.quote]
    assert len(proposed) == 1
    assert proposed[0].start == body
