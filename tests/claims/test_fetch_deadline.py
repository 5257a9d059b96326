"""The fetch stage's own deadline, and retries that resume after the sources already kept."""

import pytest

from claims.models import FetchAttempt, JobStage, Snapshot, VerificationJob
from claims.services.jobs import job_fetch_start, job_retry_or_fail, verification_request
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.support.httpserver import Response
from workers.pipeline import fetch_sources
from workers.tasks import job_fetch

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]

PAGE = b"<p>Acme Robotics employs 340 people in Lyon, its annual report says.</p>"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _claim(*urls: str):
    claim = ClaimFactory(text="Acme Robotics employs 340 people.", language="en")
    for url in urls:
        cite(claim, SourceFactory(url=url))
    return claim


def _started(claim) -> VerificationJob:
    job, _ = verification_request(claim_id=claim.pk)
    return job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")


def test_a_retry_resumes_after_the_sources_already_preserved(local_server):
    kept = local_server.route("/kept", body=PAGE)
    flaky = local_server.sequence("/flaky", Response(status=503), Response(body=PAGE))
    job = _started(_claim(kept, flaky))

    first = fetch_sources(job)
    assert len(first.snapshots) == 1 and len(first.retryable) == 1
    assert job_retry_or_fail(job=job, code="fetch", error=first.summary)
    job.refresh_from_db()
    again = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
    second = fetch_sources(again)

    assert local_server.hits("/kept") == 1  # preserved by attempt 1: not fetched again
    assert local_server.hits("/flaky") == 2
    assert second.resumed == 1 and not second.retryable
    assert second.snapshots[0] == first.snapshots[0]
    assert len(second.snapshots) == 2
    assert "1 kept from an earlier attempt" in second.summary


def test_a_failed_fetch_is_not_taken_for_a_preserved_source(local_server):
    broken = local_server.sequence(
        "/broken", Response(status=404, body=b"gone"), Response(body=PAGE)
    )
    job = _started(_claim(broken))
    fetch_sources(job)
    assert Snapshot.objects.get(job=job).error_code == "http_4xx"
    assert job_retry_or_fail(job=job, code="fetch", error="404")
    job.refresh_from_db()
    again = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")

    second = fetch_sources(again)
    assert (again.attempts, second.resumed, len(second.snapshots)) == (2, 0, 1)
    assert local_server.hits("/broken") == 2


def test_the_fetch_stage_stops_at_the_job_deadline_and_hands_over_what_it_has(
    local_server, settings
):
    settings.VERIFIER_JOB_FETCH_DEADLINE = 2
    fast = local_server.route("/fast", body=PAGE)
    slow = local_server.route("/slow", body=PAGE, delay=10)  # outlives the job's deadline
    late = local_server.route("/late", body=PAGE)
    claim = _claim(fast, slow, late)
    job, _ = verification_request(claim_id=claim.pk)

    # The real task, run in this process: it decides between retry, failure and hand-over.
    assert job_fetch.apply(args=[job.pk], task_id=job.celery_task_id).get() == "fetched"

    job.refresh_from_db()
    assert (job.stage, job.attempts) == (JobStage.ANALYSE, 1)  # handed over, not retried
    assert len(job.fetched["snapshots"]) == 1
    failures = " | ".join(job.fetched["failures"])
    assert "/slow: timeout" in failures
    assert "/late: timeout (not reached within the job's fetch deadline of 2 s)" in failures
    assert local_server.hits("/late") == 0
    outcomes = dict(FetchAttempt.objects.filter(job=job).values_list("url", "outcome"))
    assert outcomes == {fast: "ok", slow: "timeout", late: "timeout"}


def test_a_job_that_read_nothing_before_its_deadline_fails_as_a_timeout(local_server, settings):
    settings.VERIFIER_JOB_FETCH_DEADLINE = 1
    slow = local_server.route("/slow", body=PAGE, delay=10)
    claim = _claim(slow, local_server.route("/late", body=PAGE))
    job, _ = verification_request(claim_id=claim.pk)

    assert job_fetch.apply(args=[job.pk], task_id=job.celery_task_id).get() == "failed"
    job.refresh_from_db()
    assert (job.status, job.error_code, job.attempts) == ("failed", "timeout", 1)
