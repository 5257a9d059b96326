"""End to end through a real Celery worker on Redis: queue, fetch a local page, attach evidence."""

import hashlib

import pytest

from claims.models import Evidence, FetchAttempt, JobStatus, Snapshot, VerificationJob
from claims.services.jobs import verification_request
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.support.celery_worker import wait_for
from tests.support.httpserver import Response

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

PAGE = """<!doctype html><html lang="en"><head><title>Acme annual report</title></head><body>
<nav>Home | About | Contact</nav>
<article><h1>Acme annual report 2025</h1>
<p>Acme Robotics reported revenue of 12 million euros for 2025, up from 9 million a year before.</p>
<p>The company opened a second factory in Lyon and now employs 340 people.</p>
<p>Its chief executive said the order book was the strongest in the firm's history.</p>
</article><footer>© Acme</footer></body></html>"""


def _finished(job_id: int):
    job = VerificationJob.objects.get(pk=job_id)
    return job if job.status in (JobStatus.SUCCEEDED, JobStatus.FAILED) else None


def test_it_verifies_a_claim_against_a_locally_served_source(celery_worker, local_server):
    local_server.route("/report", body=PAGE.encode(), content_type="text/html; charset=utf-8")
    claim = cite(
        ClaimFactory(
            text="Acme Robotics a réalisé un chiffre d'affaires de 12 millions d'euros en 2025.",
            language="fr",
        ),
        SourceFactory(url=local_server.url("/report")),
    )
    job, _ = verification_request(claim_id=claim.pk)
    job = wait_for(lambda: _finished(job.pk), what="the job to finish")

    assert job.status == JobStatus.SUCCEEDED, job.error
    snapshot = Snapshot.objects.get(source__claims=claim)
    assert snapshot.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
    assert snapshot.http_status == 200 and snapshot.fetched_at is not None
    assert dict(snapshot.headers)  # the response headers as received
    assert "12 million euros" in snapshot.text and "Home | About" not in snapshot.text
    best = Evidence.objects.filter(claim=claim).order_by("-confidence").first()
    assert best is not None and "12 million euros" in best.excerpt
    assert snapshot.text[best.excerpt_start : best.excerpt_end] == best.excerpt
    claim.refresh_from_db()
    assert claim.suggested_verdict == "supported"
    assert claim.status == "unverified"  # the machine suggests, it never decides
    assert 0 < claim.confidence <= 1


def test_a_rerun_on_unchanged_content_adds_no_duplicate_evidence(celery_worker, local_server):
    local_server.route("/report", body=PAGE.encode(), content_type="text/html; charset=utf-8")
    claim = cite(
        ClaimFactory(text="Acme Robotics employs 340 people.", language="en"),
        SourceFactory(url=local_server.url("/report")),
    )
    first, _ = verification_request(claim_id=claim.pk)
    wait_for(lambda: _finished(first.pk), what="the first run")
    count = Evidence.objects.filter(claim=claim).count()
    second, _ = verification_request(claim_id=claim.pk)
    assert second.pk != first.pk
    wait_for(lambda: _finished(second.pk), what="the second run")
    assert count > 0
    assert Evidence.objects.filter(claim=claim).count() == count
    assert Snapshot.objects.filter(source__claims=claim).count() == 2


def test_a_missing_page_fails_at_once_with_its_reason(celery_worker, local_server):
    local_server.route("/gone", status=404, body=b"not here", content_type="text/plain")
    claim = cite(ClaimFactory(), SourceFactory(url=local_server.url("/gone")))
    job, _ = verification_request(claim_id=claim.pk)
    job = wait_for(lambda: _finished(job.pk), what="the job to fail")
    assert job.status == JobStatus.FAILED and job.attempts == 1
    assert "http_4xx" in job.error
    assert FetchAttempt.objects.get(job=job).outcome == "http_4xx"


def test_a_server_error_is_retried_until_the_source_answers(celery_worker, local_server):
    local_server.sequence(
        "/flaky",
        Response(503, b"busy", {}, "text/plain"),
        Response(200, PAGE.encode(), {}, "text/html; charset=utf-8"),
    )
    claim = cite(
        ClaimFactory(text="Acme Robotics employs 340 people.", language="en"),
        SourceFactory(url=local_server.url("/flaky")),
    )
    job, _ = verification_request(claim_id=claim.pk)
    job = wait_for(lambda: _finished(job.pk), what="the job to succeed after a retry")
    assert job.status == JobStatus.SUCCEEDED, job.error
    assert job.attempts == 2
    outcomes = list(job.job_attempts.values_list("outcome", flat=True))
    assert outcomes == ["retry", "succeeded"]
