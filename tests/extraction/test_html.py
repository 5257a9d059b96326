"""HTML extraction: the article's text and metadata, never its boilerplate, scripts or styles."""

import pytest

from workers.extraction import ExtractionError, extract_document

ARTICLE = """<!doctype html><html lang="fr-FR"><head><meta charset="utf-8">
<title>La coopérative Lumière double sa production | Le Courrier de l'Ouest</title>
<meta property="og:title" content="La coopérative Lumière double sa production">
<meta name="author" content="Claire Dubois">
<meta property="article:published_time" content="2025-03-14T08:00:00+01:00">
<script>var tracking = "SCRIPT TEXT";</script><style>body { color: hotpink }</style></head>
<body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/eco">Économie</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/meteo">Météo</a></li></ul></nav></header>
<main><article>
<h1>La coopérative Lumière double sa production</h1>
<p>La coopérative Lumière, installée près de Rennes, a produit 4,2 millions de litres de jus
de pomme en 2024, contre 2,1 millions un an plus tôt, selon son rapport annuel.</p>
<p>Elle emploie désormais 85 salariés et prévoit d'ouvrir un second pressoir en 2026.</p>
<script>document.write("INLINE SCRIPT TEXT")</script>
<p>« Nous avons investi 3 millions d'euros dans de nouvelles cuves », a déclaré sa directrice.</p>
</article>
<aside><h3>Les plus lus</h3><ul><li><a href="/a">Un chat élu maire</a></li>
<li><a href="/b">La marée du siècle</a></li></ul></aside></main>
<footer><p>Mentions légales — Tous droits réservés — Le Courrier de l'Ouest 2025</p>
<a href="/contact">Contact</a> <a href="/cgu">CGU</a></footer>
</body></html>"""


def test_it_keeps_the_article_and_drops_the_boilerplate():
    doc = extract_document(ARTICLE.encode(), content_type="text/html; charset=utf-8")
    assert "4,2 millions de litres" in doc.text
    assert "85 salariés" in doc.text
    assert "3 millions d'euros" in doc.text
    for boilerplate in ("Accueil", "Météo", "Mentions légales", "CGU", "Un chat élu maire"):
        assert boilerplate not in doc.text
    for code in ("SCRIPT TEXT", "hotpink", "tracking"):
        assert code not in doc.text
    assert doc.extractor == "trafilatura" and doc.content_type == "text/html"


def test_it_keeps_one_paragraph_a_line():
    doc = extract_document(ARTICLE.encode(), content_type="text/html")
    lines = doc.text.splitlines()
    assert any(line.startswith("Elle emploie désormais 85 salariés") for line in lines)
    assert not any("rapport annuel" in line and "85 salariés" in line for line in lines)


def test_it_keeps_the_title_author_date_and_language():
    doc = extract_document(ARTICLE.encode(), content_type="text/html", url="https://example.org/a")
    assert doc.title == "La coopérative Lumière double sa production"
    assert doc.author == "Claire Dubois"
    assert doc.published is not None and doc.published.isoformat() == "2025-03-14"
    assert doc.language == "fr"


def test_it_takes_the_language_from_the_content_language_meta():
    page = (
        '<html><head><meta http-equiv="Content-Language" content="en-GB"></head><body>'
        "<p>The council approved a budget of 48 million pounds for the new year.</p></body></html>"
    )
    assert extract_document(page.encode(), content_type="text/html").language == "en"


def test_it_leaves_the_language_unknown_when_the_page_does_not_say():
    page = b"<html><body><p>The council approved a budget of 48 million pounds.</p></body></html>"
    assert extract_document(page, content_type="text/html").language is None


def test_it_reads_an_xhtml_page_with_an_xml_declaration():
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de"><head><title>Bericht</title>'
        "</head><body><p>Die Stadt zählt 12 000 Einwohner mehr als im Vorjahr.</p></body></html>"
    )
    doc = extract_document(page.encode(), content_type="application/xhtml+xml")
    assert "12 000 Einwohner" in doc.text and doc.language == "de"


def test_a_tiny_page_falls_back_to_its_visible_text_without_scripts_or_styles():
    page = (
        b"<html><head><style>p { color: hotpink }</style></head><body><h2>Notice</h2>"
        b"<p>Short: 3 jobs.</p><script>alert('x')</script></body></html>"
    )
    doc = extract_document(page, content_type="text/html")
    assert doc.text.splitlines() == ["Notice", "Short: 3 jobs."]


def test_a_page_with_only_scripts_is_empty():
    page = b"<html><head><script>var a = 'nothing to read';</script></head><body></body></html>"
    with pytest.raises(ExtractionError) as error:
        extract_document(page, content_type="text/html")
    assert error.value.code == "empty"


def test_an_unlabelled_html_page_is_read_as_html():
    page = b"<!DOCTYPE html><html><body><p>Turnout reached 61 percent.</p></body></html>"
    doc = extract_document(page, content_type="")
    assert doc.text == "Turnout reached 61 percent." and doc.extractor == "trafilatura"


def test_an_xhtml_page_served_as_generic_xml_is_read_as_html():
    page = (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>The bridge reopened after 14 months of repairs.</p></body></html>"
    )
    doc = extract_document(page.encode(), content_type="text/xml")
    assert doc.text == "The bridge reopened after 14 months of repairs."
