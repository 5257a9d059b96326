"""The panel's sources: origin in words, no dead end (add a URL, cite a candidate, search)."""

import pytest

from claims.models import ProviderResult, VerificationJob
from tests.factories import ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db
PANEL = {"HTTP_X_PANEL": "1"}


def test_the_panel_says_where_each_source_comes_from(reader_client):
    claim = cite(ClaimFactory(), SourceFactory(url="https://example.org/r", name="Report"))
    html = reader_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert 'data-source-origin="editor"' in html and "Added by an editor" in html


def test_a_claim_without_a_source_says_why_and_what_to_do(reviewer_client):
    claim = ClaimFactory(source_hint="Reuters")
    html = reviewer_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert "cannot be verified yet: it cites no source" in html
    assert "add the URL of the document" in html
    assert "<strong>Reuters</strong> without a link" in html
    # Reviewers add evidence, not sources: the panel says an editor cites them.
    assert "data-add-source" not in html and "data-editors-cite" in html
    # No provider enabled: no search button, and the panel says why.
    assert "data-search" not in html and "No discovery provider is enabled" in html


def test_an_editor_adds_a_source_and_the_verification_can_start(editor_client, reviewer_client):
    claim = ClaimFactory()
    assert "data-add-source" in editor_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    refused = editor_client.post(f"/claims/{claim.pk}/verify/", **PANEL)
    assert refused.status_code == 409
    denied = reviewer_client.post(f"/claims/{claim.pk}/sources/", {"url": "https://a.org/"})
    assert denied.status_code in (302, 403) and not claim.claim_sources.exists()
    bad = editor_client.post(f"/claims/{claim.pk}/sources/", {"url": "mailto:a@b.fr"}, **PANEL)
    assert bad.status_code == 400 and "Only http and https" in bad.content.decode()
    added = editor_client.post(
        f"/claims/{claim.pk}/sources/", {"url": "https://example.org/doc#p2"}, **PANEL
    )
    assert added.status_code == 201
    assert 'data-source-origin="editor"' in added.content.decode()
    assert list(claim.claim_sources.values_list("source__url", flat=True)) == [
        "https://example.org/doc"
    ]
    queued = editor_client.post(f"/claims/{claim.pk}/verify/", **PANEL)
    assert queued.status_code == 202
    assert VerificationJob.objects.filter(claim=claim).exists()


def test_a_candidate_is_cited_from_the_panel(editor_client):
    claim = ClaimFactory()
    found = ProviderResult.objects.create(
        claim=claim, provider="factcheck", url="https://factcheck.example/a", title="A check"
    )
    html = editor_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert f'data-candidate="{found.pk}"' in html and "data-cite-candidate" in html
    response = editor_client.post(f"/claims/{claim.pk}/candidates/{found.pk}/cite/", **PANEL)
    assert response.status_code == 201
    assert "Confirmed discovery candidate" in response.content.decode()


def test_the_search_button_queues_discovery_when_a_provider_is_enabled(settings, reviewer_client):
    settings.VERIFIER_PROVIDERS = ["workers.providers.mediawiki.MediaWikiProvider"]
    claim = ClaimFactory(source_hint="Goldman Sachs Research")
    html = reviewer_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert "Search for Goldman Sachs Research's document" in html
    response = reviewer_client.post(f"/claims/{claim.pk}/search/", **PANEL)
    assert response.status_code == 202 and "mediawiki" in response.content.decode()


def test_a_reader_cannot_add_sources_from_the_panel(reader_client):
    claim = ClaimFactory()
    response = reader_client.post(f"/claims/{claim.pk}/sources/", {"url": "https://a.org/"})
    assert response.status_code in (302, 403)
    assert not claim.claim_sources.exists()
