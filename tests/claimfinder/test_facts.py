"""Issue 19's misses: facts without digits, figures in words, quotations, dek and subheadings."""

from tests.claimfinder.helpers import find_by_quote, one_with
from workers.claimfinder.quotes import find_quotation

# Built from the phrases issue 19 quotes from real wire copy on the Stargate announcement.
ARTICLE_FR = (
    "Donald Trump annonce un projet géant d'infrastructures pour l'IA\n"
    "Le président américain a dévoilé mardi, au deuxième jour de sa présidence, un investissement "
    "privé d'un demi-billion de dollars à la Maison Blanche\n"
    "Baptisé Stargate, le projet est porté par OpenAI, SoftBank, Oracle et MGX en tant que "
    "bailleurs de fonds initiaux. SoftBank en possède la marque.\n"
    "Un seul centre en construction au Texas\n"
    "Il commencera par un grand projet au Texas et s'étendra à d'autres États. Le projet doit "
    "créer 100.000 emplois aux États-Unis.\n"
    "Des désaccords portent sur l'emplacement des futurs sites, selon le Financial Times. "
    "Masayoshi Son a essuyé des revers avec WeWork.\n"
    "Elon Musk a réagi sur son réseau X : « En fait, ils n'ont pas l'argent ». Pour l'instant, "
    "un seul centre est en construction.\n"
    "Cette annonce marque une étape majeure dans la course à l'IA. C'est un pari audacieux.\n"
    "L'intelligence artificielle transforme notre quotidien.\n"
)


_find, _one = find_by_quote, one_with


def test_it_proposes_events_roles_plans_and_setbacks_without_digits():
    found = _find(ARTICLE_FR)
    assert _one(found, "porté par OpenAI").kind == "role"
    assert _one(found, "SoftBank en possède la marque").kind == "role"
    # A plan without a figure at its core is a prediction (data/extraction/real/README.md).
    assert _one(found, "commencera par un grand projet au Texas").kind == "prediction"
    assert _one(found, "Masayoshi Son a essuyé des revers").kind == "event"
    disagreement = _one(found, "Des désaccords portent")
    assert disagreement.claimant == "Financial Times" and "setback" in disagreement.signals


def test_it_reads_the_dek_but_not_the_headline():
    found = _find(ARTICLE_FR)
    dek = _one(found, "au deuxième jour de sa présidence")
    assert dek.kind == "quantity" and {"day", "place"} <= set(dek.signals)
    assert not any(quote.startswith("Donald Trump annonce") for quote in found)


def test_a_subheading_is_read_like_body_text():
    found = _find(ARTICLE_FR)
    assert _one(found, "Un seul centre en construction au Texas").quantities


def test_it_reads_figures_written_in_words_or_with_a_dot_separator():
    found = _find(ARTICLE_FR)
    assert _one(found, "100.000 emplois").quantities[0]["value"] == 100_000
    assert _one(found, "un seul centre est en construction").kind == "quantity"


def test_it_proposes_an_attributed_statement_with_its_claimant_and_quote():
    claim = _one(_find(ARTICLE_FR), "Elon Musk a réagi")
    assert claim.kind == "quote"
    assert claim.claimant == "Elon Musk"
    assert claim.statement == "En fait, ils n'ont pas l'argent"


def test_it_leaves_out_the_articles_own_commentary_and_generalities():
    found = _find(ARTICLE_FR)
    assert not any("marque une étape" in q or "pari audacieux" in q for q in found)
    assert not any("transforme notre quotidien" in q for q in found)


def test_scare_quotes_and_terms_are_not_quotations():
    scare = 'Les entreprises promettent des "centaines de milliers" de postes.'
    assert find_quotation(scare) is None
    assert find_quotation("Le préfet a placé 112 communes en « crise » sécheresse.") is None
    framed = find_quotation("« Nous avons commandé quatorze rames », a déclaré Claire Dumoulin.")
    assert framed is not None and framed.statement == "Nous avons commandé quatorze rames"


def test_the_speaker_after_the_quote_and_of_the_next_sentence_is_the_claimant():
    text = (
        "Sam Altman answers Elon Musk\n"
        '"Wrong, as you surely know," Altman replied on Wednesday. "Stargate\'s first site is '
        'already under way in Abilene, Texas." He added that SoftBank had committed "real money".\n'
    )
    found = _find(text, "en")
    assert _one(found, "Wrong, as you surely know").claimant == "Altman"
    follow_up = _one(found, "first site is already under way")
    assert (follow_up.kind, follow_up.claimant) == ("quote", "Altman")
    assert _one(found, "He added that SoftBank").claimant == "Altman"


def test_a_quotation_running_over_two_sentences_keeps_its_speaker():
    text = (
        "Le doute d'Elon Musk\n"
        "Elon Musk a écrit sur X : « En fait, ils n'ont pas l'argent. SoftBank a moins de 10 "
        "milliards de dollars garantis. »\n"
    )
    second = _one(_find(text), "SoftBank a moins de 10")
    # Quoted words that carry a figure take the figure's kind; the speaker stays the claimant.
    assert (second.kind, second.claimant) == ("quantity", "Elon Musk")
    assert second.statement.startswith("SoftBank a moins de 10 milliards")
