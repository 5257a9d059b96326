"""Third pass on issue 19: the shape of the text (bullets, glued full stops, verbs of clauses)."""

from tests.claimfinder.helpers import find_by_quote, one_with
from workers.claimfinder import find_claims
from workers.claimfinder.verbs import has_verb

_find, _one = find_by_quote, one_with


def test_a_bullet_of_several_sentences_is_body_text_not_a_signature():
    found = _find(
        "Votations du 9 juin\n"
        "- Le taux de participation en Suisse s'élève à 44,8% du corps électoral. Les cantons "
        "romands se trouvent autour de la moyenne nationale.\n"
    )
    claim = _one(found, "44,8%")
    assert claim.quote.startswith("Le taux")  # the bullet mark is not quoted
    assert claim.claimant == ""  # the next sentence is not a speaker


def test_a_short_dash_line_still_names_the_speaker_of_the_paragraph_above():
    found = _find(
        "« Nous investirons 500 millions d'euros dans l'usine de Douai d'ici 2027. »\n"
        "— Claire Dumas, directrice générale de Valmet\n",
    )
    assert _one(found, "500 millions").claimant.startswith("Claire Dumas")


def test_a_full_stop_glued_to_an_acronym_still_ends_the_sentence():
    text = (
        "Le réacteur a redémarré lundi, selon le gestionnaire RTE.Contacté par l'AFP, EDF a "
        "confirmé ce redémarrage.L'Autorité de sûreté nucléaire avait donné son feu vert le 12 "
        "mars dernier."
    )
    quotes = [c.quote for c in find_claims(text, language="fr")]
    assert "Contacté par l'AFP, EDF a confirmé ce redémarrage." in quotes
    assert any(q.startswith("L'Autorité") and q.endswith("mars dernier.") for q in quotes)


def test_a_list_of_places_after_a_comma_is_not_a_clause_of_its_own():
    found = _find(
        "Deux autres centres de données seront construits à Lordstown, dans l'Ohio, et à Milam "
        "County, au Texas, par OpenAI et une filiale de SoftBank.\n"
    )
    assert _one(found, "Lordstown").quote.endswith("filiale de SoftBank.")


def test_two_facts_each_with_its_verb_are_still_cut_in_two():
    found = _find(
        "Le chômage a reculé à 5,6 % en novembre, et l'emploi a progressé de 1,2 % sur un an "
        "au Québec.\n"
    )
    assert _one(found, "5,6 %").quote != _one(found, "1,2 %").quote


def test_it_finds_a_verb_by_closed_class_forms_and_endings_only():
    assert has_verb("et l'emploi a progressé de 1,2 %")
    assert has_verb("and we expect this programme to lower our energy use")
    assert has_verb("avec un engagement total pouvant atteindre 500 milliards")
    assert not has_verb("et à Milam County, au Texas, par OpenAI")
    assert not has_verb("two more facilities in Texas, plus one each in New Mexico, Ohio")
    assert not has_verb("a unit of SoftBank")


def test_a_clause_that_shares_the_subject_stays_with_its_sentence():
    found = _find(
        "The eight-building complex will house 400,000 Nvidia chips, and is stuffed with 2,000 "
        "server racks that need about 900 megawatts of power in Abilene.\n",
        language="en",
    )
    assert _one(found, "400,000 Nvidia chips").quote.endswith("power in Abilene.")


def test_an_obligation_with_any_verb_is_a_plan():
    found = _find("Le gouvernement de Valmont devra trancher sur la TVA d'ici 2027.\n")
    assert "plan" in _one(found, "devra trancher").signals


def test_a_sentence_whose_full_stop_was_lost_still_starts_on_its_pronoun():
    text = (
        "La motion a été adoptée avec 331 voix, a annoncé la présidente de l'Assemblée nationale "
        "Ce mécanisme a été mis en branle mercredi après un bras de fer sur le budget de 2025.\n"
    )
    quotes = [c.quote for c in find_claims(text, language="fr")]
    assert any(q.startswith("Ce mécanisme") for q in quotes)
    assert any(q.endswith("Assemblée nationale") for q in quotes)
