"""Admin polish: quick filters, bulk assign and CSV export, links into the annotated article."""

import csv
import io

import pytest

from claims.models import Claim, VerificationJob
from tests.editorial.helpers import article_with_claims
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def test_the_quick_filters_answer_the_usual_questions(editor_client):
    ClaimFactory(text="flagged one", needs_review=True)
    ClaimFactory(text="refuted one", status="refuted")
    ClaimFactory(text="conflicting one", status="conflicting")
    html = editor_client.get("/admin/claims/claim/?quick=refuted").content.decode()
    assert "refuted one" in html and "flagged one" not in html and "conflicting one" not in html
    html = editor_client.get("/admin/claims/claim/?quick=needs_review").content.decode()
    assert "flagged one" in html and "refuted one" not in html


def test_each_claim_links_to_its_place_in_the_annotated_article(editor_client):
    article, claim, _ = article_with_claims()
    html = editor_client.get("/admin/claims/claim/").content.decode()
    assert f'href="/articles/{article.pk}/?claim={claim.pk}#claim-{claim.pk}"' in html
    page = editor_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert f"#claim-{claim.pk}" in page


def test_editors_assign_a_reviewer_in_bulk_through_the_service(editor_client, reviewer):
    claims = [ClaimFactory(), ClaimFactory()]
    versions = [c.version for c in claims]
    response = editor_client.post(
        "/admin/claims/claim/",
        {"action": "assign_reviewer", "_selected_action": [c.pk for c in claims],
         "reviewer": reviewer.pk},
        follow=True,
    )  # fmt: skip
    assert "2 claims assigned to reviewer" in response.content.decode()
    for claim, version in zip(claims, versions, strict=True):
        claim.refresh_from_db()
        assert claim.assigned_to == reviewer
        assert claim.version == version + 1  # went through claim_update, which bumps it


def test_assigning_without_choosing_a_reviewer_says_so(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(
        "/admin/claims/claim/",
        {"action": "assign_reviewer", "_selected_action": [claim.pk], "reviewer": ""},
        follow=True,
    )
    assert "Choose the reviewer" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).assigned_to is None


def test_reviewers_cannot_reassign_claims(reviewer_client, reviewer):
    claim = ClaimFactory()
    reviewer_client.post(
        "/admin/claims/claim/",
        {"action": "assign_reviewer", "_selected_action": [claim.pk], "reviewer": reviewer.pk},
    )
    assert Claim.objects.get(pk=claim.pk).assigned_to is None


def test_the_selected_claims_export_as_csv(reader_client):
    wanted = ClaimFactory(text="=1+1 is two", status="refuted")
    ClaimFactory(text="not selected")
    response = reader_client.post(
        "/admin/claims/claim/", {"action": "export_csv", "_selected_action": [wanted.pk]}
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(r["text"], r["status"]) for r in rows] == [("'=1+1 is two", "refuted")]


def test_the_jobs_list_filters_retried_jobs(editor_client):
    retried = VerificationJob.objects.create(claim=ClaimFactory(), status="succeeded", attempts=2)
    once = VerificationJob.objects.create(claim=ClaimFactory(), status="succeeded", attempts=1)
    html = editor_client.get("/admin/claims/verificationjob/?retried=yes").content.decode()
    assert f"/admin/claims/verificationjob/{retried.pk}/change/" in html
    assert f"/admin/claims/verificationjob/{once.pk}/change/" not in html
