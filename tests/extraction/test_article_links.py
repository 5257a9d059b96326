"""An article page's main-text links: spans in the stored text, and only the story's own links."""

from pathlib import Path

from workers.claimfinder.attributions import (
    attributed_to,
    is_organisation,
    same_party,
    sentence_span,
)
from workers.extraction import extract_document

PAGE = Path(__file__).resolve().parents[1] / "support" / "pages" / "article_with_links.html"
URL = "https://journal.example/tech/stargate.html"


def _article(html: bytes | None = None, url: str = URL):
    return extract_document(
        html if html is not None else PAGE.read_bytes(),
        content_type="text/html",
        url=url,
        include_links=True,
    )


def test_each_link_span_points_at_its_anchor_text_in_the_body():
    document = _article()
    assert document.links, "the page's links in the text are found"
    for link in document.links:
        assert document.text[link.start : link.end] == link.text


def test_it_keeps_the_paragraph_breaks_and_no_markup():
    document = _article()
    paragraphs = document.text.split("\n")
    assert paragraphs[1].startswith("OpenAI, SoftBank et Oracle ont présenté mardi")
    assert paragraphs[2].startswith("Selon un rapport de Goldman Sachs Research")
    assert "<a" not in document.text and "](" not in document.text


def test_navigation_share_bars_related_boxes_and_footers_give_no_link():
    urls = " ".join(link.url for link in _article().links)
    texts = " ".join(link.text for link in _article().links)
    for outside in ("/economie/", "twitter.com", "mentions-legales", "/contact", "oracle"):
        assert outside not in urls
    assert "Accueil" not in texts and "Partager" not in texts


def test_lire_aussi_paragraphs_are_left_out_of_the_text_and_the_links():
    document = _article()
    assert "Lire aussi" not in document.text and "À lire aussi" not in document.text
    assert "Nvidia" not in document.text
    assert not [link for link in document.links if "journal.example/tech/" in link.url]


def test_relative_links_are_resolved_against_the_article_url():
    urls = [link.url for link in _article().links]
    assert "https://journal.example/documents/goldman-rapport-ia.pdf" in urls
    html = (
        b"<html><head><title>t</title></head><body><div><p>Selon un <a href='rapport.pdf'>"
        b"rapport</a> du cabinet, la part atteindra 19 % en 2028 selon les auteurs de l'etude.</p>"
        b"<p>Ce sont les <a href='../eco/chiffres.html'>chiffres</a> de la banque centrale, "
        b"publies la semaine derniere.</p></div></body></html>"
    )
    urls = [link.url for link in _article(html).links]
    assert urls == [
        "https://journal.example/tech/rapport.pdf",
        "https://journal.example/eco/chiffres.html",
    ]


def test_javascript_mailto_and_in_page_links_are_not_links_but_keep_their_text():
    document = _article()
    assert not [link for link in document.links if not link.url.startswith("https://")]
    assert "Voir la vidéo ou écrire à la rédaction." in document.text
    assert "Le premier site de Stargate se trouve à Abilene" in document.text
    assert "Stargate" not in [link.text for link in document.links]


def test_the_same_document_linked_twice_is_two_links_in_the_text():
    microsoft = [link for link in _article().links if "blogs.microsoft.com" in link.url]
    assert [link.text for link in microsoft] == ["billet de blog de Microsoft", "le même billet"]


def test_without_include_links_the_fetched_page_path_is_unchanged():
    plain = extract_document(PAGE.read_bytes(), content_type="text/html", url=URL)
    assert plain.links == []


def test_a_short_article_is_not_stored_twice():
    html = (
        b"<html><body><article><p>Un texte assez long, avec un <a href='a.html'>rapport</a>, "
        b"ce qui suffit largement pour le test.</p><p>Un second paragraphe pour faire bonne "
        b"mesure et passer les seuils de longueur.</p></article></body></html>"
    )
    document = _article(html)
    assert document.text.count("second paragraphe") == 1
    assert [link.text for link in document.links] == ["rapport"]


def test_attributions_name_who_a_sentence_credits():
    cases = {
        "Selon le Wall Street Journal, OpenAI prévoit d'investir 500 milliards.": "Wall Street "
        "Journal",
        "La croissance sera de 2 %, a indiqué l'AFP.": "AFP",
        "Goldman Sachs estime que la part atteindra 19 % en 2028.": "Goldman Sachs",
        "According to Reuters, the deal is worth $40 billion.": "Reuters",
        "The deal is worth $40 billion, said Larry Ellison.": "Larry Ellison",
        "Sam Altman, le patron d'OpenAI, a affirmé que le projet créera 100 000 emplois.": "Sam "
        "Altman",
    }
    for sentence, name in cases.items():
        found = attributed_to(sentence)
        assert found is not None and found.name == name, sentence
        assert sentence[found.start : found.end] == name


def test_an_actor_is_not_an_attribution():
    assert attributed_to("Donald Trump a annoncé un nouveau projet baptisé Stargate.") is None
    assert attributed_to("En seconde période, Doué a confirmé son statut de héros.") is None


def test_organisations_and_people_are_told_apart():
    assert is_organisation("AFP") and is_organisation("Goldman Sachs Research")
    assert is_organisation("Microsoft") and is_organisation("Banque de France")
    assert not is_organisation("Larry Ellison") and not is_organisation("Sam Altman")
    assert same_party("Goldman Sachs", "rapport de Goldman Sachs Research")
    assert not same_party("Goldman Sachs", "Morgan Stanley")


def test_a_sentence_span_covers_the_whole_sentence():
    text = "Première phrase. Selon X, la part atteindra 19 %. Dernière phrase."
    start = text.index("la part")
    assert text[slice(*sentence_span(text, start, start + 7))] == (
        "Selon X, la part atteindra 19 %."
    )
