"""Attributions name the party a sentence credits, or no one when the sentence does not say.

One case per class of trap (issue 13): sentences glued or cut at abbreviations, capitalized
openers that are no name, titles, possessives and complements, nested reported speech,
pronouns, and the subject of a fact, which is the finder's business and not an attribution.
The sentences are written for these tests (names invented or public figures in invented
statements); the expected claimant was written before the rules were run on them.
"""

import pytest

from workers.claimfinder.attribution_sentences import sentence_span, sentence_spans
from workers.claimfinder.attributions import (
    attributed_to,
    attribution_for,
    find_attributions,
    same_party,
)


def _claimant(text: str, quote: str | None = None) -> str | None:
    quote = quote or text
    at = text.index(quote)
    found = attribution_for(text, at, at + len(quote))
    if found is not None:
        assert text[found.start : found.end] == found.name
    return found.name if found else None


# Leads: "selon X", "d'après X", "according to X", "de source X".
LEADS = {
    "Le chômage a reculé à 7,3 % au troisième trimestre, selon l'Insee.": "Insee",
    "D'après Goldman Sachs, la demande d'électricité doublera d'ici 2030.": "Goldman Sachs",
    "Selon un sondage Ifop publié dimanche, 62 % des Français sont opposés à la réforme.": "Ifop",
    "Unemployment fell to 3.9% in May, according to data from the Bureau of Labor Statistics.": (
        "Bureau of Labor Statistics"
    ),
    "Selon l'Agence nationale de sécurité du médicament, 300 lots ont été rappelés.": (
        "Agence nationale de sécurité du médicament"
    ),
    "Les ventes ont progressé de 4 % en mars, selon le Premier ministre François Bayrou.": (
        "François Bayrou"
    ),
    # No name in the lead, or only a place, a nationality or a possessor.
    "Selon des sources proches du dossier, le contrat atteint 2 milliards d'euros.": None,
    "Selon une source diplomatique à Bruxelles, l'accord sera signé jeudi.": None,
    "According to Chinese state media, exports rose 8% in October.": None,
    "According to Japan's health ministry, 1,200 cases were recorded last week.": None,
    "Deux personnes ont été interpellées, a-t-on appris de source policière.": None,
    "Selon lui, la hausse des prix atteindra 3 % en 2025.": None,
}

# "X a indiqué que", "X said": the speaker, past titles, appositions and openers.
SUBJECTS = {
    "Le ministre de l'Économie Bruno Le Maire a indiqué que le déficit atteindrait 5,5 %.": (
        "Bruno Le Maire"
    ),
    "Contacté, Mtre Christian Bergot, l'avocat des prévenus, a précisé qu'ils ne feront pas "
    "appel.": "Christian Bergot",
    "Interrogée par l'AFP, Sandrine Lemoine a affirmé que 40 postes seraient supprimés.": (
        "Sandrine Lemoine"
    ),
    "Microsoft a indiqué mardi qu'il investirait 80 milliards de dollars en 2025.": "Microsoft",
    "M. Barnier a assuré que le budget serait présenté avant le 15 octobre.": "Barnier",
    "Prime Minister Keir Starmer said the plan would create 20,000 jobs.": "Keir Starmer",
    "OpenAI CEO Sam Altman told reporters that the site would use 1.2 gigawatts.": "Sam Altman",
    "Boeing said on Wednesday that it had delivered 40 aircraft in March.": "Boeing",
    "Asked about the delay, Tom Hadley said the plant would open in 2026.": "Tom Hadley",
    "Oracle's Larry Ellison said twenty buildings were planned.": "Larry Ellison",
    # A capitalized common noun or participle is no name; a complement is not the speaker.
    "Analysts said the merger would cut 3,000 jobs.": None,
    "Contacté, le porte-parole a précisé que l'usine restera ouverte.": None,
    "The head of research at the IMF's Asia department said growth would slow to 4%.": None,
    "Un porte-parole de la préfecture du Finistère a indiqué que trois routes sont fermées.": None,
}

# The actor of a fact is no attribution: "Trump announced a plan" is the finder's claimant.
FACTS = {
    "Microsoft a annoncé un investissement de 80 milliards de dollars.": None,
    "Tesla reported revenue of $25 billion for the quarter.": None,
    "Donald Trump a confirmé son soutien au projet Stargate.": None,
    "The European Central Bank raised rates for a tenth consecutive time.": None,
}

# Inversions: "…, a indiqué l'AFP", "« … », a déclaré X", "…, said X", pronouns.
INVERSIONS = {
    "La production a chuté de 12 % en 2023, a indiqué l'AFP.": "AFP",
    "« Nous embaucherons 500 personnes d'ici 2026 », a déclaré Claire Fontaine.": (
        "Claire Fontaine"
    ),
    "La croissance atteindra 0,9 % cette année, estime la Banque de France.": "Banque de France",
    '"We will double capacity by 2027," said Maria Lopez, the company\'s chief executive.': (
        "Maria Lopez"
    ),
    "Le nombre de demandeurs d'emploi a augmenté de 2 %, a indiqué le ministère.": None,
    "« Nous avons perdu 30 % de notre chiffre d'affaires », a-t-il déclaré.": None,
    "Pour Jean Vidal, « la baisse atteindra 15 % cette année », a-t-il affirmé.": "Jean Vidal",
    "« Les ventes de Renault et de Stellantis ont baissé de 8 % », a-t-elle précisé.": None,
}

# Two parties in one sentence: nested reported speech names no one.
NESTED = {
    "Selon Le Monde, le ministre Gabriel Attal a indiqué que 2 000 postes seraient créés.": None,
    "According to Reuters, Altman said the venture would spend $100 billion.": None,
}


@pytest.mark.parametrize(
    "sentence, claimant",
    [*LEADS.items(), *SUBJECTS.items(), *FACTS.items(), *INVERSIONS.items(), *NESTED.items()],
)
def test_it_names_the_credited_party_or_no_one(sentence, claimant):
    assert _claimant(sentence) == claimant


def test_glued_sentences_each_keep_their_own_attribution():
    text = (
        "Le réacteur a redémarré lundi, selon le site du gestionnaire RTE.Contacté par l'AFP, "
        "EDF a confirmé ce redémarrage.La centrale doit fermer en 2026."
    )
    assert _claimant(text, "Le réacteur a redémarré lundi") == "RTE"
    assert _claimant(text, "La centrale doit fermer en 2026.") is None
    assert [text[a:b][:12] for a, b in sentence_spans(text)] == [
        "Le réacteur ",
        "Contacté par",
        "La centrale ",
    ]


def test_a_spaced_closing_guillemet_ends_its_sentence():
    text = "« Nous allons fermer. » L'usine emploie 1 200 salariés, a précisé Paul Martin."
    a, b = sentence_spans(text)[0]
    assert text[a:b] == "« Nous allons fermer. »"
    assert _claimant(text, "« Nous allons fermer. »") is None


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Selon M. Dupont, le projet coûtera 3 milliards. John F. Kennedy Airport ferme. Fin."
    start = text.index("le projet")
    assert text[slice(*sentence_span(text, start, start + 9))] == (
        "Selon M. Dupont, le projet coûtera 3 milliards."
    )
    assert [a.name for a in find_attributions(text)] == ["Dupont"]


def test_an_attribution_in_another_clause_does_not_cover_the_quote():
    text = (
        "The utility will pay $98 per megawatt-hour for 20 years, a price 30% above wholesale "
        "rates, according to an analysis by the consumer group Fair Rates Ohio."
    )
    assert _claimant(text, "The utility will pay $98 per megawatt-hour for 20 years") is None
    assert _claimant(text, "a price 30% above wholesale rates") == "Fair Rates Ohio"
    lease = "OpenAI leased the campus, which insiders told the Financial Times would cost $5bn."
    assert _claimant(lease, "OpenAI leased the campus") is None
    assert _claimant(lease, "which insiders told the Financial Times would cost $5bn.") == (
        "Financial Times"
    )


def test_a_sentence_initial_lead_covers_every_clause():
    text = "Selon la Fédération française de tennis, 200 clubs ont fermé, et la licence a augmenté."
    assert _claimant(text, "la licence a augmenté") == "Fédération française de tennis"


def test_attributed_to_reads_a_whole_sentence():
    found = attributed_to("Selon Reuters, SoftBank apportera 19 milliards de dollars au projet.")
    assert found is not None and (found.name, found.cue) == ("Reuters", "lead")


# Second batch, written before the rules were run on it: what news copy does around names.
SECOND = {
    # Leads with the name deep in the phrase, or no name at all.
    "Le chômage a baissé de 0,3 point, selon les chiffres publiés jeudi par la Dares.": "Dares",
    "Selon un décompte de l'AFP, au moins 40 personnes ont été tuées depuis lundi.": "AFP",
    "Selon un responsable américain, 3 000 soldats seront déployés.": None,
    "According to figures compiled by Bloomberg, the fund lost $2 billion in March.": "Bloomberg",
    "According to a person familiar with the talks, the offer values Figma at $20 billion.": None,
    "Selon la presse locale, 200 maisons ont été détruites.": None,
    "D'après Santé publique France, 1 200 cas ont été recensés la semaine dernière.": (
        "Santé publique France"
    ),
    # Speakers with titles, appositions, adverbs.
    "Le président de la République, Emmanuel Macron, a estimé mardi que 30 milliards "
    "seraient nécessaires.": "Emmanuel Macron",
    "La directrice générale du FMI, Kristalina Georgieva, a averti que la croissance "
    "ralentirait à 2,9 %.": "Kristalina Georgieva",
    "Jeudi, la Commission européenne a annoncé qu'elle infligeait une amende de 500 millions "
    "d'euros.": "Commission européenne",
    "German Chancellor Olaf Scholz said on Sunday that Berlin would send 12 more tanks.": (
        "Olaf Scholz"
    ),
    "Nvidia, the world's most valuable chipmaker, said revenue rose 94% to $35 billion.": (
        "Nvidia"
    ),
    "« Le déficit atteindra 5,4 % », a prévenu jeudi le ministre des Comptes publics, Laurent "
    "Saint-Martin.": "Laurent Saint-Martin",
    '"Demand is slowing," said Jane Fraser, chief executive of Citigroup.': "Jane Fraser",
    # Not an attribution: facts, actors, places, anaphora.
    "Renault a vendu 2,2 millions de véhicules en 2023.": None,
    "Amazon announced plans to hire 150,000 seasonal workers.": None,
    "Le groupe a précisé que 300 postes seraient supprimés.": None,
    "The company said revenue would fall 5% next year.": None,
    # First written None; but "les Vingt-Sept" (the member states) is a party, not a place.
    "À Bruxelles, les Vingt-Sept ont estimé que l'accord restait possible.": "Vingt-Sept",
    "À Bruxelles, les ministres ont estimé que l'accord restait possible.": None,
    "Paris a annoncé mardi l'envoi de 50 blindés.": None,
    # Two parties: no one.
    "Selon Politico, la Commission européenne a estimé que le plan coûterait 800 milliards.": None,
    # First written None; but Google is what Microsoft speaks of, not a second speaker.
    "Microsoft said Google had paid $26 billion to be the default search engine.": "Microsoft",
    "Reuters reported that Microsoft said it would cut 10,000 jobs.": None,
}


@pytest.mark.parametrize("sentence, claimant", SECOND.items())
def test_it_names_the_party_in_news_copy_it_was_not_written_for(sentence, claimant):
    assert _claimant(sentence) == claimant


def test_a_quotation_over_two_sentences_takes_the_speaker_named_after_it():
    text = "« Ils ont tout cassé. Rien n'a résisté », a expliqué Alain Daye, président du club."
    assert _claimant(text, "« Ils ont tout cassé.") == "Alain Daye"
    follow = '"This is our biggest project," council leader Ann Rowe said. "It brings 400 jobs."'
    assert _claimant(follow, '"It brings 400 jobs."') == "Ann Rowe"
    # A quotation whose speaker the paragraph does not name stays unattributed.
    alone = "Le projet avance. « Rien n'a résisté. » Le maire a refusé de commenter."
    assert _claimant(alone, "« Rien n'a résisté. »") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Hamas-run health ministry, 40 people died on Monday.",
        "Tepid shipments are likely to cut results by 10%, he said.",
        "Prosecutors said the men stole $2 million.",
        "Selon le président dudit Club, les pertes dépassent 2 500 dollars.",
        "Le Belge aurait déclaré qu'il a fait jouer 12 joueurs sans club.",
        "Madame la Maire souligne que la rénovation a coûté 80 000 euros.",
    ],
)
def test_a_word_that_only_looks_like_a_name_is_no_claimant(sentence):
    # Found while reading real news pages for errors; these classes name no one.
    assert _claimant(sentence) is None


# Third batch, from the classes of error the blind holdouts 4 to 6 showed (issue 13, second
# pass); the sentences are written for these tests and the claimant before the rules ran.
def test_a_quote_that_holds_only_the_speakers_phrase_is_credited_to_no_one():
    text = "Jean Morel, le maire de Lorient, a déclaré que la digue serait rehaussée de 2 mètres."
    assert _claimant(text, "Jean Morel, le maire de Lorient,") is None
    assert _claimant(text, "la digue serait rehaussée de 2 mètres") == "Jean Morel"
    airport = (
        "L’aéroport de Nantes, qui a accueilli 7 millions de passagers, a déclaré qu’il fermait."
    )
    assert (
        _claimant(airport, "L’aéroport de Nantes, qui a accueilli 7 millions de passagers,") is None
    )
    said = '"Prices will rise by 4%," said Anna Kowal, chief economist at Nordbank, in Oslo.'
    assert _claimant(said, "said Anna Kowal, chief economist at Nordbank, in Oslo.") is None
    assert _claimant(said, '"Prices will rise by 4%,"') == "Anna Kowal"
    # A clause that goes on with the speaker's words stays hers.
    adding = "« Les ventes ont baissé », a indiqué Renault, ajoutant qu'elles remonteraient en mai."
    assert _claimant(adding, "ajoutant qu'elles remonteraient en mai.") == "Renault"


def test_a_name_inside_a_quotation_is_not_its_speaker():
    text = (
        "« Les dégâts touchent Saint-Paul, Larche, Meyronnes, Tournoux », a indiqué la préfecture."
    )
    assert _claimant(text) is None


def test_a_title_yields_the_person_named_after_it_or_no_one():
    named = "Le feu était fixé à 18 heures, selon le préfet de la Gironde, Étienne Guyot."
    assert _claimant(named) == "Étienne Guyot"
    assert _claimant("Le feu était fixé à 18 heures, selon le préfet de la Gironde.") is None
    office = "Le texte a été adopté par 331 voix, a annoncé la présidente de l'Assemblée nationale."
    assert _claimant(office) is None
    institution = "Le ministère de l'Intérieur a indiqué que 300 gendarmes seraient déployés."
    assert _claimant(institution) == "ministère de l'Intérieur"


# Speech reported inside speech (two parties), and places, which are never claimants.
NO_ONE = [
    "According to Reuters, local broadcaster NH Nieuws suggested that the gunman acted alone.",
    "Marc Delorme a dit que la Banque de France estimait que la croissance serait de 0,9 %.",
    "Washington a estimé que les sanctions resteraient en vigueur jusqu'en 2026.",
    "Selon Moscou, 30 drones ont été abattus dans la nuit.",
    "Kyiv said Russia launched 40 missiles overnight.",
    "La Russie a affirmé que 12 navires avaient quitté le port.",
]


@pytest.mark.parametrize("sentence", NO_ONE)
def test_nested_speech_and_places_name_no_one(sentence):
    assert _claimant(sentence) is None


def test_an_elided_article_does_not_make_another_party():
    assert same_party("Equipe", "L'Equipe") and same_party("L’Équipe", "Equipe")
    assert same_party("AFP", "l'AFP") and not same_party("Equipe", "Le Monde")


def test_a_places_own_body_still_speaks():
    text = "Roads were closed for six hours, according to a statement from local Lyon police."
    assert _claimant(text) == "Lyon police"
    # Parties named like places are not places.
    eu = "Selon l'Union européenne, les importations ont baissé de 4 %."
    assert _claimant(eu) == "Union européenne"
    assert _claimant("Selon Le Monde, les importations ont baissé de 4 %.") == "Le Monde"


@pytest.mark.parametrize(
    "sentence, claimant",
    [
        ("Officials in Texas said 12 people had died, the Associated Press reported.", None),
        ("Selon l'AFP, des responsables ont indiqué que 40 personnes avaient été tuées.", None),
        ("Police said the gunman acted alone, according to Reuters.", None),
        # A noun that looks like a present tense is no second speaker.
        ("« Le réacteur redémarrera en mai », a rappelé EDF dans une note.", "EDF"),
    ],
)
def test_a_name_that_may_only_relay_an_unnamed_speaker_is_not_named(sentence, claimant):
    assert _claimant(sentence) == claimant


def test_the_agency_that_relays_a_speaker_is_not_the_speaker():
    named = "« Nous ne céderons pas », a déclaré Dmitri Peskov, cité par l'agence Tass."
    assert _claimant(named) == "Dmitri Peskov"
    unnamed = "« Nous ne céderons pas », a déclaré le Premier ministre, cité par l'agence Tass."
    assert _claimant(unnamed) is None


def test_narration_around_a_speaker_is_not_his():
    text = "“We will rebuild,” Zelensky said after visiting Kharkiv, where 12 people died."
    assert _claimant(text, "where 12 people died") is None
    assert _claimant(text, "“We will rebuild,”") == "Zelensky"
    shares = "Shares of Nvidia rose 3% after CEO Jensen Huang said demand was strong."
    assert _claimant(shares, "Shares of Nvidia rose 3%") is None
    assert _claimant(shares, "demand was strong") == "Jensen Huang"


def test_a_clause_that_closed_does_not_speak_for_the_next():
    text = "Les prix ont baissé de 2 % selon l'Insee, alors que Bercy prévoyait une hausse."
    assert _claimant(text, "alors que Bercy prévoyait une hausse") is None
    assert _claimant(text, "Les prix ont baissé de 2 %") == "Insee"
    opening = "En 2023, selon l'Insee, le chômage a baissé de 0,3 point, et l'emploi a progressé."
    assert _claimant(opening, "l'emploi a progressé") == "Insee"
    relative = (
        "Apple, dont le PDG Tim Cook a annoncé que 500 emplois seraient créés, a vu son "
        "action grimper de 3 %."
    )
    assert _claimant(relative, "a vu son action grimper de 3 %") is None
    assert _claimant(relative, "500 emplois seraient créés") == "Tim Cook"


# Third pass (issue 13): times, dates and prepositional openers are never names; a title-only
# lead keeps the claim from the name inside its statement.
THIRD_NO_ONE = [
    "À 22h00, aucun bâtiment n'était touché, a indiqué la mairie dans un communiqué.",
    "Vers 7h30, la route était coupée, a précisé la gendarmerie.",
    "At 3pm, the bridge was still closed, a spokesman said.",
    "Dès 2024, le tarif augmentera de 4 %, a annoncé le gouvernement.",
    "Selon le procureur de Lyon, Marc Fabre avait affirmé aux enquêteurs qu'il était absent.",
    "According to the prosecutor, Tom Reed told investigators that he had left at noon.",
]


@pytest.mark.parametrize("sentence", THIRD_NO_ONE)
def test_a_time_or_the_name_inside_a_title_only_lead_is_no_claimant(sentence: str) -> None:
    assert _claimant(sentence) is None


THIRD_NAMED = {
    "À 22h00, Marie Dupont a indiqué que le feu était fixé.": "Marie Dupont",
    "Selon l'Insee, Renault aurait supprimé 300 postes en 2023.": "Insee",
    "Vers 18h, Météo-France a indiqué que la tempête faiblissait.": "Météo-France",
}


@pytest.mark.parametrize("sentence, claimant", THIRD_NAMED.items())
def test_a_claimant_after_a_time_or_a_lead_with_a_name_is_kept(
    sentence: str, claimant: str
) -> None:
    assert _claimant(sentence) == claimant
