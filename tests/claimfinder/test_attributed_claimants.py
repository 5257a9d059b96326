"""Fourth pass on issue 19: who speaks in attributed wire copy, by sentence shape.

Invented sentences (not taken from any evaluation article), one class each: the subject of a
reporting verb after a fronted complement, an inverted subject after the verb's complements, a
name in apposition, a pronoun that goes on with the paragraph's source.
"""

from tests.claimfinder.helpers import find_by_quote, one_with
from workers.claimfinder import quotes
from workers.claimfinder.claimants import find_claimant


def test_the_subject_after_a_fronted_complement_reports():
    who, _ = find_claimant(
        "In a statement sent to lenders on Friday, Norway’s debt management office said the "
        "auction raised 4 billion crowns."
    )
    assert who == "Norway’s debt management office"
    assert find_claimant("A Bloomberg report said the talks stalled on Tuesday.")[0].startswith(
        "Bloomberg"
    )


def test_a_common_noun_subject_speaks_only_when_the_verb_reports():
    assert find_claimant("La fédération des boulangers estime que les ventes ont baissé de 4 %.")[
        0
    ] == ("fédération des boulangers")
    # "prévoit la construction" plans a thing; the project is no one's claimant.
    assert find_claimant("Le projet prévoit la construction de 300 logements.")[0] == ""


def test_a_party_in_brackets_ends_the_subject_name():
    who, _ = find_claimant(
        "Le ministre socialiste Paul Durand (PS) a indiqué mardi que le déficit atteindrait 5 %."
    )
    assert who == "Paul Durand"


def test_the_inverted_subject_follows_the_verb_s_complements():
    text = "« Nous avons reçu 80 appels », a indiqué à la radio Ouest 2 le commandant Luc Morel."
    assert find_claimant(text)[0] == "Luc Morel"
    text = "Le pont a été rouvert à 14 h, a annoncé samedi soir la préfecture de région."
    assert find_claimant(text)[0] == "préfecture de région"
    text = "La secousse a duré 12 secondes, a précisé l'Office fédéral de sismologie (OFS)."
    assert find_claimant(text)[0] == "Office fédéral de sismologie"


def test_a_name_in_apposition_to_a_role_is_the_claimant():
    text = "Le taux atteint 91 %, a annoncé, lundi 3 mars, la rectrice de l'académie, Anne Roux."
    assert find_claimant(text)[0] == "Anne Roux"
    text = 'Le feu était "maîtrisé" en soirée selon le maire de la commune, Jean Petit.'
    assert find_claimant(text)[0] == "Jean Petit"


def test_an_inverted_pronoun_is_no_one():
    assert find_claimant('"Une enquête a été ouverte lundi", précise-t-il.')[0] == ""


def test_a_common_noun_before_the_verb_speaks_before_a_name_after_it():
    sentence = "“The road will stay closed until Monday,” police said in a German radio interview."
    quotation = quotes.find_quotation(sentence)
    assert quotation is not None
    assert quotes.speaker(sentence, quotation) == "police"
    sentence = '"It will bring many jobs to the town," he said on Monday.'
    quotation = quotes.find_quotation(sentence)
    assert quotation is not None
    assert quotes.speaker(sentence, quotation) == ""


def test_a_pronoun_goes_on_with_the_source_named_before_it():
    found = find_by_quote(
        "La ministre déléguée Claire Martin a indiqué lundi qu'il faudrait 2 000 lits de plus "
        "d'ici 2027. « D'ici à trois mois, 40 hôpitaux seront rénovés », a-t-elle dit à la radio "
        "RTL.\n"
    )
    assert one_with(found, "2 000 lits").claimant == "Claire Martin"
    assert one_with(found, "40 hôpitaux").claimant == "Claire Martin"


def test_a_count_of_none_reported_is_checkable():
    found = find_by_quote(
        "À ce stade, aucun blessé ni aucun dégât n'ont été signalés.\n"
        "Il n'y a aucun doute sur la suite à donner.\n"
    )
    assert "none_reported" in one_with(found, "aucun blessé").signals
    assert not any("aucun doute" in quote for quote in found)
    english = find_by_quote("At this stage, no injuries were reported in the town.\n", "en")
    assert "none_reported" in one_with(english, "no injuries").signals


def test_per_and_d_apres_lui_attribute():
    found = find_by_quote(
        "After two hours, the driver left the car, and officers detained him, per the AP.\n",
        "en",
    )
    assert one_with(found, "per the AP").claimant == "AP"
    said = find_by_quote(
        "La directrice Anne Roux a indiqué lundi que 300 foyers étaient privés de courant. "
        "D'après elle, les écoles de Lyon ont toutes été rouvertes.\n"
    )
    assert "attribution" in one_with(said, "les écoles").signals
    assert one_with(said, "les écoles").claimant == "Anne Roux"


def test_pour_names_a_view_only_where_a_clause_opens():
    assert find_claimant("Pour Jean Petit, le chantier coûtera 3 millions d'euros.")[0] == (
        "Jean Petit"
    )
    text = (
        "Le courant reviendra lundi, a affirmé Marc Dubois, directeur technique pour Énergie "
        "Nord, lors d'un point presse."
    )
    assert find_claimant(text)[0] == "Marc Dubois"


def test_quoted_as_saying_names_the_source_not_the_passive():
    sentence = "“The ship is still in port,” the official was quoted as saying by Interfax."
    quotation = quotes.find_quotation(sentence)
    assert quotation is not None
    assert quotes.speaker(sentence, quotation) == "official"


def test_announcing_a_clause_without_that_names_the_subject():
    text = "Firefighters announced Monday evening the blaze was contained near Denver."
    assert find_claimant(text)[0] == "Firefighters"
    # Announcing a thing (no verb after) is an event in the newsroom's voice.
    assert find_claimant("Acme announced a new plant near Denver on Monday.")[0] == ""
