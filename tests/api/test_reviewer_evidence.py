"""Reviewers add evidence from the claim's own sources; a new URL is a lead for an editor."""

import pytest

from claims.models import ClaimSource, Evidence, ProviderResult, Source
from tests.factories import ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db

PASSAGE = "Acme Robotics compte 340 salariés à Lyon."


@pytest.fixture
def claim():
    return cite(ClaimFactory(), SourceFactory(url="https://example.org/acme-report"))


def _post(api, claim, url: str, **extra):
    body = {"claim": claim.pk, "source_url": url, "excerpt": PASSAGE, "stance": "supports"}
    return api.post("/api/v1/evidence/", {**body, **extra}, format="json")


def test_a_reviewer_attaches_evidence_from_a_cited_source(reviewer_api, claim):
    response = _post(reviewer_api, claim, "HTTPS://Example.org/acme-report#p2")
    assert response.status_code == 201, response.content[:300]
    assert Evidence.objects.get().source.url == "https://example.org/acme-report"
    assert Source.objects.count() == 1


def test_a_reviewers_new_url_becomes_a_candidate_not_a_cited_source(reviewer_api, reviewer, claim):
    response = _post(reviewer_api, claim, "https://example.org/payroll", source_name="Payroll")
    assert response.status_code == 202, response.content[:300]
    assert not Evidence.objects.exists()
    assert list(claim.sources.values_list("url", flat=True)) == ["https://example.org/acme-report"]
    assert not Source.objects.filter(url="https://example.org/payroll").exists()
    candidate = ProviderResult.objects.get()
    assert response.json()["id"] == candidate.pk
    assert (candidate.claim_id, candidate.provider, candidate.url, candidate.title) == (
        claim.pk, "reviewer", "https://example.org/payroll", "Payroll",
    )  # fmt: skip
    assert candidate.snippet == PASSAGE
    assert candidate.raw["proposed_by"] == reviewer.username
    assert candidate.raw["stance"] == "supports"


def test_a_reviewer_cannot_cite_the_candidate_but_an_editor_can(
    reviewer_api, editor_api, reviewer, editor, claim
):
    _post(reviewer_api, claim, "https://example.org/payroll", note="page 4")
    candidate = ProviderResult.objects.get()
    url = f"/api/v1/candidates/{candidate.pk}/cite/"
    assert reviewer_api.post(url).status_code == 403
    assert not ClaimSource.objects.filter(source__url="https://example.org/payroll").exists()

    response = editor_api.post(url)
    assert response.status_code == 201, response.content[:300]
    assert sorted(claim.sources.values_list("url", flat=True)) == [
        "https://example.org/acme-report", "https://example.org/payroll",
    ]  # fmt: skip
    evidence = Evidence.objects.get()
    # The reviewer's passage, credited to the reviewer, now on a cited source.
    assert (evidence.excerpt, evidence.stance, evidence.note) == (PASSAGE, "supports", "page 4")
    assert evidence.created_by == reviewer and evidence.source.url == "https://example.org/payroll"
    assert response.json()["source"]["url"] == "https://example.org/payroll"
    candidate.refresh_from_db()
    assert candidate.raw["cited_by"] == editor.username
    assert editor_api.post(url).status_code == 201  # citing again changes nothing
    assert Evidence.objects.count() == 1


def test_an_editor_still_cites_a_new_source_with_evidence(editor_api, claim):
    response = _post(editor_api, claim, "https://example.org/payroll")
    assert response.status_code == 201, response.content[:300]
    assert claim.sources.filter(url="https://example.org/payroll").exists()
    assert not ProviderResult.objects.exists()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "not a url"])
def test_a_reviewers_unusable_url_is_a_400(reviewer_api, claim, url):
    response = _post(reviewer_api, claim, url)
    assert response.status_code == 400, response.content[:300]
    assert "source_url" in response.json()
    assert not ProviderResult.objects.exists() and Source.objects.count() == 1


def test_an_editor_cites_a_reviewers_lead_from_the_admin(reviewer_api, editor_client, claim):
    _post(reviewer_api, claim, "https://example.org/payroll")
    candidate = ProviderResult.objects.get()
    response = editor_client.post(
        "/admin/claims/providerresult/", {"action": "cite", "_selected_action": [candidate.pk]}
    )
    assert response.status_code == 302
    assert claim.sources.filter(url="https://example.org/payroll").exists()
    assert Evidence.objects.get().excerpt == PASSAGE


def test_a_reviewer_is_not_offered_the_cite_action(reviewer_api, reviewer_client, claim):
    _post(reviewer_api, claim, "https://example.org/payroll")
    candidate = ProviderResult.objects.get()
    reviewer_client.post(
        "/admin/claims/providerresult/", {"action": "cite", "_selected_action": [candidate.pk]}
    )
    assert not claim.sources.filter(url="https://example.org/payroll").exists()
