"""Issue 19's recall pass: plain facts up; feelings, appeals, praise, pleas and non-answers down."""

import pytest

from tests.claimfinder.helpers import find_by_quote, one_with
from workers.claimfinder import find_claims, stance
from workers.claimfinder.finder import MIN_SCORE
from workers.verification import extract_quantities


def _signals(text: str, language: str = "en") -> list[str]:
    """The signals of the one candidate the finder reads in `text`, at any score."""
    found = find_claims(text + "\n", language=language, min_score=0.0)
    assert len(found) == 1, [c.quote for c in found]
    return found[0].signals


def _proposed(text: str, language: str = "en") -> bool:
    return bool(find_claims(text + "\n", language=language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("“I'm extremely honoured and humbled to join this company,” said Kelly Ortberg.", "en"),
        ("The chairman, Tony Kiernan, said he is delighted with the appointment.", "en"),
        ("« Je suis très fière de cette équipe », a déclaré la maire Anne Duval.", "fr"),
        ("Le directeur, Paul Roche, s'est dit très serein sur cette question.", "fr"),
    ],
)
def test_a_feeling_is_no_claim_whoever_says_it(text, language):
    assert any(s.startswith("subjective:feeling") for s in _signals(text, language))
    assert not _proposed(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Buffalo police are urging the public to avoid the area.", "en"),
        ("The ministry once again called on citizens to follow safety rules.", "en"),
        ("Le ministère de la Santé appelle au respect des mesures de prévention.", "fr"),
        ("« Il est demandé aux automobilistes d'éviter le secteur », conclut la préfecture.", "fr"),
    ],
)
def test_an_appeal_is_no_claim(text, language):
    assert any("appeal" in s for s in _signals(text, language))
    assert not _proposed(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("“These are big, beautiful buildings,” Donald Trump said.", "en"),
        ("Une performance admirable, a salué le président de la Fnaut, François Delétraz.", "fr"),
        ('Le ministre a ajouté que "la grève est un droit légitime, mais pas une solution".', "fr"),
        ("“Kelly has the right skills to lead Boeing,” said its chairman, Steve Moll.", "en"),
    ],
)
def test_praise_is_no_claim(text, language):
    assert any("evaluation" in s for s in _signals(text, language))
    assert not _proposed(text, language)


def test_a_feeling_with_a_figure_keeps_the_figure_to_check():
    text = (
        "“Boeing has a tremendous history, and I'm proud to work with the more than 170,000 "
        "employees,” Ortberg said."
    )
    signals = _signals(text)
    assert "figure" in signals and not any(s.startswith("subjective") for s in signals)
    assert _proposed(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Protesters broke a window of a police vehicle.", "en"),
        ("The building sustained significant damage in the fire on Table Mesa Drive.", "en"),
        ("L'incendie se dirigeait vers Carnoux-en-Provence en fin de soirée.", "fr"),
        ("Des drones de la police ont été mobilisés sur place.", "fr"),
    ],
)
def test_a_plain_past_fact_with_an_anchor_is_proposed(text, language):
    assert "plain_fact" in _signals(text, language)
    assert _proposed(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a modal, a negation, a future, no anchor at all
        ("A software problem could cause the engines of Lexus cars to stall.", "en"),
        ("The police have not publicly commented on the motives of the gunman.", "en"),
        ("Le panel de Valmont fera son travail dans les semaines à venir.", "fr"),
        ("Des collègues sont allés à leur rescousse.", "fr"),
    ],
)
def test_a_modal_a_negation_a_future_or_no_anchor_is_no_plain_fact(text, language):
    assert "plain_fact" not in _signals(text, language)


def test_a_verb_of_saying_is_the_frame_not_the_fact():
    assert not stance.past_statement("The circumstances remain unclear, Maddrey reaffirmed.")
    assert stance.past_statement("Protesters broke a window, he reported.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("“We will build upon it and keep talking to the unions,” the minister said.", "en"),
        ("« Nous allons continuer le dialogue avec le syndicat », conclut le ministre.", "fr"),
    ],
)
def test_first_person_intention_is_rhetoric(text, language):
    assert "rhetoric" in _signals(text, language)


def test_first_person_rhetoric_with_a_figure_is_not_penalised():
    text = "« Nous allons embaucher 300 personnes à Lyon », a déclaré Anne Duval."
    assert "rhetoric" not in _signals(text, "fr")
    assert _proposed(text, "fr")


@pytest.mark.parametrize(
    ("text", "language", "signal"),
    [
        ("The circumstances of the incident remain unclear, Maddrey said.", "en", "unknown"),
        ("Le nombre exact de personnes blessées n'est pas non plus clair.", "fr", "unknown"),
        ("Harbor Lane declined to comment on the talks.", "en", "no_comment"),
        ("Voltéra n'a ni confirmé ni démenti cette information.", "fr", "no_comment"),
        ("Investors seem to love a good price increase.", "en", "guess"),
        ("Il semble qu'OpenAI se serve du nom Stargate de manière libérale.", "fr", "guess"),
    ],
)
def test_what_is_unknown_unsaid_or_guessed_is_not_proposed(text, language, signal):
    assert signal in _signals(text, language)
    assert not _proposed(text, language)


def test_a_fall_that_declined_is_no_refusal_to_comment():
    signals = _signals("Its stock market value has declined by a quarter since January.")
    assert "no_comment" not in signals


@pytest.mark.parametrize(
    "text",
    [
        "and Lexus models because of a software problem.",
        "« tandis qu'OpenAI se chargerait des opérations.",
        "mais elle a été reportée à plusieurs reprises.",
    ],
)
def test_a_lower_case_opening_is_a_fragment(text):
    assert stance.fragment(text)


def test_a_sentence_is_no_fragment():
    assert not stance.fragment("« Les pompiers sont arrivés vers 10 heures.")
    assert not stance.fragment("Protesters broke a window.")


def test_a_bare_line_of_a_speech_counts_less_than_a_quote_with_content():
    text = (
        '"It was a long night," Shah said. "After that, artificial superintelligence. '
        'It will bring 1,500 jobs to Abilene."\n'
    )
    found = {c.quote: c for c in find_claims(text, language="en", min_score=0.0)}
    bare = one_with(found, "superintelligence")
    figure = one_with(found, "1,500 jobs")
    assert bare.score < MIN_SCORE <= figure.score


def test_a_list_of_dashed_items_is_not_a_row_of_signatures():
    text = (
        "Toyota listed the defects:\n"
        "- Seats that don't lock in place (2.32 million vehicles)\n"
        "- Windshield wiper motor (160,000 vehicles, Asia only)\n"
    )
    found = find_by_quote(text, "en")
    assert one_with(found, "2.32 million").claimant == ""
    assert one_with(found, "160,000")
    # A single dash line under a quote still names its speaker.
    quote = '"It will bring 1,500 jobs to Abilene."\n— Sam Altman, OpenAI CEO\n'
    assert one_with(find_by_quote(quote, "en"), "1,500 jobs").claimant == "Sam Altman, OpenAI CEO"


def test_a_tally_line_is_a_count_not_a_fragment():
    found = find_by_quote("Nouveaux cas par ville :\nZouérate : 1\nNouadhibou : 12\n")
    assert one_with(found, "Zouérate : 1").kind == "quantity"
    assert one_with(found, "Nouadhibou : 12")


def test_another_newsroom_cited_is_a_source_not_the_newsroom_speaking():
    found = find_by_quote(
        "Selon nos confrères de France Bleu, le car a fait une sortie de route sur la N85.\n"
    )
    candidate = one_with(found, "France Bleu")
    assert "newsroom_voice" not in candidate.signals
    assert candidate.claimant == "France Bleu"


def test_a_unit_in_capitals_is_no_first_person():
    found = find_by_quote("Le résultat net part du Groupe s'établit à 98,0 ME.\n")
    assert "newsroom_voice" not in one_with(found, "98,0 ME").signals
    assert extract_quantities("à 98,0 ME", "fr")  # the figure itself is read


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat appelle à la grève jeudi dans les transports.",
        "L'entraîneur a été remercié par le club lundi.",
        "Le conseil municipal s'est réuni en séance exceptionnelle mardi.",
        "The shareholders approved the merger at an extraordinary general meeting.",
        "Le prévenu a invoqué la légitime défense devant le tribunal.",
    ],
)
def test_words_that_name_a_fact_are_no_stance(text):
    # A strike called, a dismissal, a kind of meeting, a legal plea: facts, not feelings.
    assert stance.subjective(text) == []


def test_the_month_of_may_is_no_modal():
    assert stance.past_statement("In May the company sold 300 cars in Lyon.")
    assert not stance.past_statement("The company may have sold 300 cars in Lyon.")
