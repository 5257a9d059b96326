"""The API's side of source tracking: articles from HTML with their links, cited sources with
their origin, a source added by URL, a discovery candidate cited as a source."""

from pathlib import Path

import pytest

from claims.models import ClaimSource, ProviderResult, SourceOrigin
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

PAGE = Path(__file__).resolve().parents[1] / "support" / "pages" / "article_with_links.html"


def test_an_article_posted_as_html_shows_its_links_and_claims_their_sources(editor_api):
    payload = {
        "html": PAGE.read_text(encoding="utf-8"),
        "url": "https://journal.example/tech/stargate.html",
        "extract_claims": True,
    }
    response = editor_api.post("/api/v1/articles/", payload, format="json")
    assert response.status_code == 201, response.json()
    article = response.json()
    assert "<a" not in article["body"]
    assert article["links"][1] == {
        "url": "https://journal.example/documents/goldman-rapport-ia.pdf",
        "text": "rapport de Goldman Sachs Research",
        "start": article["body"].index("rapport de Goldman"),
        "end": article["body"].index("rapport de Goldman")
        + len("rapport de Goldman Sachs Research"),
    }
    detail = editor_api.get(f"/api/v1/articles/{article['id']}/").json()
    assert detail["links"] == article["links"]
    cited = [s for claim in detail["claims"] for s in claim["sources"]]
    assert cited and {s["origin"] for s in cited} == {"article_link"}
    hinted = [c for c in detail["claims"] if c["source_hint"]]
    assert {c["source_hint"] for c in hinted} >= {"Reuters"}
    listed = editor_api.get(f"/api/v1/claims/?article={article['id']}").json()["results"]
    assert sorted(s["origin"] for c in listed for s in c["sources"]) == sorted(
        s["origin"] for s in cited
    )


def test_an_article_needs_a_body_or_its_html(editor_api):
    response = editor_api.post("/api/v1/articles/", {"title": "Vide"}, format="json")
    assert response.status_code == 400
    assert "body" in response.json()


def test_an_editor_adds_a_source_url_to_a_claim(editor_api, reviewer_api):
    claim = ClaimFactory()
    url = f"/api/v1/claims/{claim.pk}/sources/"
    # Reviewers add evidence, not sources: the URL they bring waits as a candidate instead.
    assert reviewer_api.post(url, {"url": "https://example.org/report"}).status_code == 403
    response = editor_api.post(url, {"url": "HTTPS://Example.org/report?utm_source=x"})
    assert response.status_code == 201, response.json()
    assert response.json()["url"] == "https://example.org/report"
    assert response.json()["origin"] == "editor"
    bad = editor_api.post(url, {"url": "javascript:alert(1)"})
    assert bad.status_code == 400 and "url" in bad.json()
    assert ClaimSource.objects.filter(claim=claim).count() == 1
    claim.refresh_from_db()
    assert claim.version == 2  # the claim changed: an edit holding version 1 is now stale


def test_a_reader_cannot_add_a_source(reader_api):
    claim = ClaimFactory()
    response = reader_api.post(f"/api/v1/claims/{claim.pk}/sources/", {"url": "https://a.b/"})
    assert response.status_code == 403
    assert not ClaimSource.objects.exists()


def test_a_discovery_candidate_is_cited_as_a_source(editor_api, reviewer_api):
    claim, other = ClaimFactory(), ClaimFactory()
    found = ProviderResult.objects.create(
        claim=claim,
        provider="mediawiki",
        url="https://fr.wikipedia.org/wiki/Stargate_LLC",
        title="Stargate LLC",
        publisher="Wikipédia",
    )
    assert reviewer_api.post(f"/api/v1/candidates/{found.pk}/cite/").status_code == 403
    response = editor_api.post(f"/api/v1/candidates/{found.pk}/cite/")
    assert response.status_code == 201, response.json()
    assert response.json()["source"]["name"] == "Stargate LLC"
    cited = ClaimSource.objects.get(claim=claim)
    assert cited.origin == SourceOrigin.DISCOVERY and cited.source.url == found.url
    assert not other.claim_sources.exists()
    claim.refresh_from_db()
    assert claim.version == 2  # citing changed the claim: an edit holding version 1 is stale
    verify = reviewer_api.post(f"/api/v1/claims/{claim.pk}/verify/")
    assert verify.status_code == 202


def test_citing_a_candidate_that_does_not_exist_is_a_404(editor_api, editor_client):
    claim = ClaimFactory()
    assert editor_api.post("/api/v1/candidates/999999/cite/").status_code == 404
    panel = editor_client.post(f"/claims/{claim.pk}/candidates/999999/cite/", HTTP_X_PANEL="1")
    assert panel.status_code == 404
    admin = editor_client.post(f"/admin/claims/claim/{claim.pk}/candidates/999999/cite/")
    assert admin.status_code == 404
    assert not claim.claim_sources.exists()
