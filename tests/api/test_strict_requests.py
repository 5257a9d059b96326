"""Requests the API cannot honour exactly are refused, never silently half-applied."""

import pytest

from claims.models import Claim, JobStatus, Source, VerificationJob
from claims.services.jobs import job_fail, job_fetch_start, verification_request
from tests.factories import ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/?status=bogus",
        "/api/v1/claims/?kind=nonsense",
        "/api/v1/claims/?needs_review=perhaps",
        "/api/v1/jobs/?status=exploded",
        "/api/v1/evidence/?stance=sideways",
    ],
)
def test_an_unknown_filter_value_is_a_400(editor_api, path):
    response = editor_api.get(path)
    assert response.status_code == 400, response.content[:300]


@pytest.mark.parametrize(
    "path", ["/api/v1/claims/", "/api/v1/claims/export.csv", "/api/v1/jobs/", "/api/v1/evidence/"]
)
def test_an_unknown_ordering_field_is_a_400_that_lists_the_known_ones(editor_api, path):
    response = editor_api.get(path, {"ordering": "password"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400, response.content[:300]
    assert "password" in response.json()["ordering"][0]


def test_a_known_ordering_field_still_orders(editor_api):
    ClaimFactory(text="first"), ClaimFactory(text="second")
    response = editor_api.get("/api/v1/claims/", {"ordering": "-created_at,confidence"})
    assert response.status_code == 200
    assert [c["text"] for c in response.json()["results"]] == ["second", "first"]


def test_a_patch_of_the_status_is_refused_and_bumps_nothing(editor_api):
    claim = ClaimFactory()
    response = editor_api.patch(
        f"/api/v1/claims/{claim.pk}/", {"status": "supported", "version": 1}, format="json"
    )
    assert response.status_code == 400, response.content[:300]
    assert "/status/" in response.json()["status"][0]
    claim.refresh_from_db()
    assert (claim.status, claim.version) == ("unverified", 1)


def test_a_patch_with_no_change_does_not_bump_the_version(editor_api):
    claim = ClaimFactory()
    response = editor_api.patch(f"/api/v1/claims/{claim.pk}/", {"version": 1}, format="json")
    assert response.status_code == 400, response.content[:300]
    claim.refresh_from_db()
    assert claim.version == 1


@pytest.mark.parametrize("if_match", ["*", "other-claim"])
def test_if_match_star_or_another_claims_etag_is_a_412(editor_api, if_match):
    claim, other = ClaimFactory(), ClaimFactory()
    header = other.etag if if_match == "other-claim" else "*"
    response = editor_api.patch(
        f"/api/v1/claims/{claim.pk}/", {"text": "Changed."}, format="json", HTTP_IF_MATCH=header
    )
    assert response.status_code == 412, response.content[:300]
    claim.refresh_from_db()
    assert (claim.text, claim.version) != ("Changed.", 2)


def test_a_jobs_error_text_is_bounded():
    claim = cite(ClaimFactory(), SourceFactory())
    job, _ = verification_request(claim_id=claim.pk)
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
    assert job_fail(job=running, code="internal", error="x" * 100_000)
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert 0 < len(job.error) <= VerificationJob.ERROR_MAX_LENGTH
    assert job.error.endswith("…")
    assert len(job.job_attempts.get().error) <= VerificationJob.ERROR_MAX_LENGTH


def test_the_admin_source_form_normalizes_the_url(editor_client):
    response = editor_client.post(
        "/admin/claims/source/add/",
        {"url": "HTTPS://Example.ORG:443/report#part-2", "name": "", "publisher": "",
         "kind": "other", **_no_snapshots()},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert Source.objects.get().url == "https://example.org/report"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://x.org/"])
def test_the_admin_source_form_refuses_a_url_that_is_not_http(editor_client, url):
    response = editor_client.post(
        "/admin/claims/source/add/",
        {"url": url, "name": "", "publisher": "", "kind": "other", **_no_snapshots()},
    )
    assert response.status_code == 200  # the form again, with its error
    assert "errornote" in response.content.decode()
    assert not Source.objects.exists()


def _no_snapshots() -> dict:
    management = ["TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS"]
    return {f"snapshots-{name}": 0 for name in management}


def test_the_admin_csv_export_declares_utf8(editor_client):
    claim = ClaimFactory(text="Acme a levé 12 millions d’euros")
    response = editor_client.post(
        "/admin/claims/claim/", {"action": "export_csv", "_selected_action": [claim.pk]}
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "levé".encode() in response.content
    assert Claim.objects.count() == 1
