"""The admin's side of source tracking: pasted HTML keeps its links, a claim page says where its
sources come from and offers, in one place, the ways to add one and verify."""

from pathlib import Path

import pytest

from claims.models import Article, ClaimSource, ProviderResult, Snapshot, VerificationJob
from tests.factories import ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db

PAGE = Path(__file__).resolve().parents[1] / "support" / "pages" / "article_with_links.html"
FORM = {
    "title": "",
    "language": "fr",
    "url": "https://journal.example/tech/stargate.html",
    "publisher": "",
    "author": "",
    "claims-TOTAL_FORMS": 0,
    "claims-INITIAL_FORMS": 0,
}


def test_html_pasted_in_the_admin_keeps_its_links_and_cites_them(editor_client):
    body = PAGE.read_text(encoding="utf-8")
    response = editor_client.post("/admin/claims/article/add/", {**FORM, "body": body})
    assert response.status_code == 302, response.content.decode()[-2000:]
    article = Article.objects.get()
    assert article.links.count() == 4
    assert "https://journal.example/documents/goldman-rapport-ia.pdf" in set(
        article.links.values_list("url", flat=True)
    )
    cited = ClaimSource.objects.filter(claim__article=article)
    assert cited.exists() and set(cited.values_list("origin", flat=True)) == {"article_link"}
    page = editor_client.get(f"/admin/claims/article/{article.pk}/change/").content.decode()
    assert "rapport de Goldman Sachs Research → <a" in page


def test_the_claim_page_says_each_sources_origin_in_words(editor_client):
    claim = cite(ClaimFactory(), SourceFactory(url="https://example.org/r", name="Report"))
    page = editor_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert "Added by an editor" in page
    assert "data-no-source" not in page


def test_a_claim_without_a_source_says_why_and_offers_the_ways_out(editor_client):
    claim = ClaimFactory(source_hint="Goldman Sachs Research")
    page = editor_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert "cannot be verified yet: it cites no source" in page
    assert "Goldman Sachs Research" in page
    for marker in ("data-add-source", "data-verify", 'name="new_source_url"'):
        assert marker in page


def test_a_reviewer_is_offered_to_search_and_verify_not_to_cite(reviewer_client):
    claim = ClaimFactory()
    ProviderResult.objects.create(claim=claim, provider="factcheck", url="https://f.example/a")
    page = reviewer_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert "data-verify" in page and "data-editors-cite" in page
    assert "data-add-source" not in page and "data-cite-candidate" not in page
    # The views refuse it too, whatever the page shows.
    denied = reviewer_client.post(
        f"/admin/claims/claim/{claim.pk}/sources/add/", {"new_source_url": "https://a.example/"}
    )
    assert denied.status_code == 403 and not claim.claim_sources.exists()


def test_an_editor_adds_a_source_url_then_queues_the_verification(editor_client):
    claim = ClaimFactory()
    verify = f"/admin/claims/claim/{claim.pk}/verify/"
    refused = editor_client.post(verify, follow=True)
    assert "No source" in refused.content.decode() or "no source" in refused.content.decode()
    assert not VerificationJob.objects.exists()
    bad = editor_client.post(
        f"/admin/claims/claim/{claim.pk}/sources/add/", {"new_source_url": "ftp://x.org/a"}
    )
    assert bad.status_code == 302 and not claim.claim_sources.exists()
    added = editor_client.post(
        f"/admin/claims/claim/{claim.pk}/sources/add/",
        {"new_source_url": "https://example.org/report?utm_medium=x", "new_source_name": "R"},
    )
    assert added.status_code == 302
    assert list(claim.claim_sources.values_list("source__url", "origin")) == [
        ("https://example.org/report", "editor")
    ]
    queued = editor_client.post(verify)
    assert queued.status_code == 302
    assert VerificationJob.objects.filter(claim=claim).count() == 1


def test_a_candidate_is_cited_from_the_claim_page(editor_client):
    claim = ClaimFactory()
    found = ProviderResult.objects.create(
        claim=claim, provider="mediawiki", url="https://en.wikipedia.org/wiki/X", title="X"
    )
    page = editor_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert f'data-cite-candidate="{found.pk}"' in page
    editor_client.post(f"/admin/claims/claim/{claim.pk}/candidates/{found.pk}/cite/")
    assert list(claim.claim_sources.values_list("origin", flat=True)) == ["discovery"]


def test_a_reader_cannot_use_the_source_actions(reader_client):
    claim = ClaimFactory()
    response = reader_client.post(
        f"/admin/claims/claim/{claim.pk}/sources/add/", {"new_source_url": "https://a.org/"}
    )
    assert response.status_code == 403
    assert not claim.claim_sources.exists()


def test_an_article_is_imported_from_its_url_in_the_admin(
    editor_client, local_server, allow_private
):
    local_server.route("/tech/stargate.html", body=PAGE.read_bytes())
    page = editor_client.get("/admin/claims/article/").content.decode()
    assert "/admin/claims/article/import/" in page
    response = editor_client.post(
        "/admin/claims/article/import/", {"url": local_server.url("/tech/stargate.html")}
    )
    assert response.status_code == 302, response.content.decode()[-1500:]
    article = Article.objects.get()
    assert Snapshot.objects.get(pk=article.snapshot_id).warc
    assert ClaimSource.objects.filter(claim__article=article, origin="article_link").exists()
    again = editor_client.post(
        "/admin/claims/article/import/", {"url": local_server.url("/tech/stargate.html")}
    )
    assert again.status_code == 200 and "already stored" in again.content.decode()
    assert Article.objects.count() == 1
