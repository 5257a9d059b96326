"""GET /api/v1/claims/{id}/candidates/: the providers' finds, with their provenance."""

import pytest

from claims.models import ProviderResult
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def test_it_lists_the_claims_candidates_only(reader_api):
    claim, other = ClaimFactory(), ClaimFactory()
    ProviderResult.objects.create(
        claim=claim,
        provider="factcheck",
        url="https://checkdesk.example/tram-cost",
        title="Does the tram cost 18 million?",
        publisher="Check Desk",
        rating_text="Misleading",
        raw={"claimant": "Mayor"},
    )
    ProviderResult.objects.create(claim=other, provider="mediawiki", url="https://w.example/x")

    response = reader_api.get(f"/api/v1/claims/{claim.pk}/candidates/")

    assert response.status_code == 200
    (item,) = response.json()["results"]
    assert item["provider"] == "factcheck" and item["rating_text"] == "Misleading"
    assert item["publisher"] == "Check Desk" and item["raw"] == {"claimant": "Mayor"}


def test_an_unknown_claim_is_a_404(reader_api):
    assert reader_api.get("/api/v1/claims/999999/candidates/").status_code == 404


def test_it_needs_a_login(anon_api):
    assert anon_api.get(f"/api/v1/claims/{ClaimFactory().pk}/candidates/").status_code == 401


def test_the_admin_claim_page_shows_the_candidates(client, admin_user):
    claim = ClaimFactory()
    ProviderResult.objects.create(
        claim=claim,
        provider="factcheck",
        url="https://checkdesk.example/a",
        rating_text="Mostly invented",
    )
    client.force_login(admin_user)

    page = client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()

    assert "https://checkdesk.example/a" in page and "Mostly invented" in page
