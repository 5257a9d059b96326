"""An HTML article's links and attributions become its claims' sources, claimants and hints."""

from pathlib import Path

import pytest

from claims.models import Article, ArticleLink, Claim, ClaimSource, Snapshot, SourceOrigin
from claims.services.claims import claim_create
from claims.services.imports import article_import, article_import_text

pytestmark = pytest.mark.django_db

PAGE = Path(__file__).resolve().parents[1] / "support" / "pages" / "article_with_links.html"
URL = "https://journal.example/tech/stargate.html"


@pytest.fixture
def imported():
    outcome = article_import_text(title="", html=PAGE.read_text(encoding="utf-8"), url=URL)
    return outcome.article


def _claim(article: Article, words: str) -> Claim:
    return Claim.objects.get(article=article, quote__contains=words)


def _cited(claim: Claim) -> dict[str, str]:
    return dict(ClaimSource.objects.filter(claim=claim).values_list("source__url", "origin"))


def test_it_stores_the_main_text_links_normalized_with_their_spans(imported):
    links = list(imported.links.all())
    assert [link.text for link in links] == [
        "500 milliards de dollars sur quatre ans",
        "rapport de Goldman Sachs Research",
        "billet de blog de Microsoft",
        "le même billet",
    ]
    for link in links:
        assert imported.body[link.start : link.end] == link.text
    # Tracking parameters and fragments go, as for any source.
    assert links[0].url == "https://openai.com/index/announcing-the-stargate-project/"
    assert links[2].url == links[3].url
    assert imported.title == "Stargate : le pari à 500 milliards d'OpenAI"


def test_a_link_in_the_claims_sentence_is_a_cited_source(imported):
    claim = _claim(imported, "prévoit d'investir 500 milliards")
    assert _cited(claim) == {
        "https://openai.com/index/announcing-the-stargate-project/": SourceOrigin.ARTICLE_LINK
    }


def test_a_link_in_the_previous_sentence_carried_by_the_claimants_attribution_is_cited(imported):
    claim = _claim(imported, "19 % de la demande")
    assert claim.claimant == "Goldman Sachs"
    assert _cited(claim) == {
        "https://journal.example/documents/goldman-rapport-ia.pdf": SourceOrigin.ARTICLE_LINK
    }
    assert claim.source_hint == ""


def test_the_same_document_linked_twice_is_one_source(imported):
    claim = _claim(imported, "80 milliards")
    assert list(_cited(claim)) == [
        "https://blogs.microsoft.com/on-the-issues/2025/01/03/the-golden-opportunity-for-american-ai/"
    ]


def test_lire_aussi_navigation_footer_javascript_and_mailto_links_are_never_stored(imported):
    urls = " ".join(ArticleLink.objects.values_list("url", flat=True))
    for outside in ("nvidia", "softbank", "oracle", "mentions", "twitter", "mailto", "javascript"):
        assert outside not in urls
    assert "Lire aussi" not in imported.body


def test_an_attributed_organisation_without_a_link_becomes_a_source_hint(imported):
    claim = _claim(imported, "Selon Reuters")
    assert claim.claimant == "Reuters"
    assert claim.source_hint == "Reuters"
    assert not claim.claim_sources.exists()


def test_a_claim_created_by_hand_on_a_quote_with_a_link_cites_it(imported):
    quote = "Le groupe avait déjà cité le même billet en janvier."
    # The finder may have proposed this dated fact itself: the hand-made claim replaces it.
    Claim.objects.filter(article=imported, quote=quote).delete()
    claim = claim_create(article=imported, text="Microsoft cited its post.", quote=quote)
    assert list(_cited(claim).values()) == [SourceOrigin.ARTICLE_LINK]


def test_a_claimant_given_by_the_editor_is_kept(imported):
    quote = "Selon Reuters, SoftBank apportera 19 milliards de dollars au projet"
    Claim.objects.filter(article=imported, quote__startswith="Selon Reuters").delete()
    claim = claim_create(article=imported, text="SoftBank: $19bn.", quote=quote, claimant="X")
    assert claim.claimant == "X"


def test_an_html_body_without_a_url_keeps_absolute_links_only():
    html = (
        "<html><head><title>Budget</title></head><body><article><p>Selon l'"
        "<a href='https://www.insee.fr/fr/statistiques/1'>Insee</a>, l'inflation a atteint "
        "1,7 % en janvier 2025, a indiqué l'institut dans une note publiée mardi.</p>"
        "<p>La <a href='/local.html'>région</a> prévoit 200 millions d'euros d'investissements "
        "en 2026 pour les transports, selon le budget voté jeudi.</p></article></body></html>"
    )
    article = article_import_text(title="", html=html).article
    assert list(article.links.values_list("url", flat=True)) == [
        "https://www.insee.fr/fr/statistiques/1"
    ]


def test_html_and_body_together_are_refused_and_nothing_is_stored():
    with pytest.raises(Exception, match="not both"):
        article_import_text(title="t", body="Du texte.", html="<p>Du HTML.</p>")
    assert not Article.objects.exists()


def test_import_article_of_a_served_page_preserves_it_and_cites_its_links(
    local_server, allow_private
):
    local_server.route("/tech/stargate.html", body=PAGE.read_bytes())
    outcome = article_import(location=local_server.url("/tech/stargate.html"))
    article = outcome.article
    snapshot = Snapshot.objects.get(pk=article.snapshot_id)
    assert snapshot.ok and snapshot.http_status == 200
    assert snapshot.warc and snapshot.warc_sha256 and snapshot.sha256
    assert snapshot.source.url == local_server.url("/tech/stargate.html")
    # The relative link resolves against the served page's address.
    assert local_server.url("/documents/goldman-rapport-ia.pdf") in set(
        article.links.values_list("url", flat=True)
    )
    claim = _claim(article, "19 % de la demande")
    assert _cited(claim) == {
        local_server.url("/documents/goldman-rapport-ia.pdf"): SourceOrigin.ARTICLE_LINK
    }
    assert any(claim.claim_sources.exists() for claim in outcome.extraction.created)
