"""Verification jobs: one live job per claim, claimed by exactly one worker, swept when lost."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from claims.models import JobAttempt, JobStatus, VerificationJob
from claims.services.errors import NothingToVerify
from claims.services.jobs import (
    job_retry_or_fail,
    job_start,
    jobs_sweep,
    verification_request,
)
from tests.factories import ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db


@pytest.fixture
def cited_claim():
    return cite(ClaimFactory(), SourceFactory())


def test_it_refuses_to_verify_a_claim_without_sources():
    with pytest.raises(NothingToVerify):
        verification_request(claim_id=ClaimFactory().pk)
    assert VerificationJob.objects.count() == 0


def test_it_returns_the_live_job_instead_of_queueing_a_second(cited_claim):
    first, created = verification_request(claim_id=cited_claim.pk)
    again, created_again = verification_request(claim_id=cited_claim.pk)
    assert created and not created_again
    assert again.pk == first.pk
    assert VerificationJob.objects.count() == 1


def test_it_sends_the_task_only_after_commit(cited_claim, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        job, _ = verification_request(claim_id=cited_claim.pk)
        assert job.celery_task_id
    assert len(callbacks) == 1


def test_it_lets_one_task_claim_a_pending_job(cited_claim):
    job, _ = verification_request(claim_id=cited_claim.pk)
    assert job_start(job_id=job.pk, task_id=job.celery_task_id, worker="w1") is not None
    assert job_start(job_id=job.pk, task_id="another-task", worker="w2") is None
    job.refresh_from_db()
    assert (job.status, job.attempts) == (JobStatus.RUNNING, 1)


def test_it_takes_over_a_job_when_its_own_message_is_redelivered(cited_claim):
    job, _ = verification_request(claim_id=cited_claim.pk)
    job_start(job_id=job.pk, task_id=job.celery_task_id, worker="died")
    again = job_start(job_id=job.pk, task_id=job.celery_task_id, worker="restarted")
    assert again is not None and again.attempts == 2
    outcomes = list(JobAttempt.objects.filter(job=job).values_list("outcome", flat=True))
    assert outcomes == ["lost", "running"]


@pytest.mark.django_db(transaction=True)
def test_it_gives_a_job_to_exactly_one_of_two_racing_workers(cited_claim):
    job, _ = verification_request(claim_id=cited_claim.pk)
    barrier = threading.Barrier(2)
    won: list[str] = []

    def race(task_id: str) -> None:
        barrier.wait()
        try:
            if job_start(job_id=job.pk, task_id=task_id, worker=task_id):
                won.append(task_id)
        finally:
            connection.close()

    threads = [threading.Thread(target=race, args=(f"task-{i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1
    assert JobAttempt.objects.filter(job=job).count() == 1


def test_it_retries_a_passing_fault_with_backoff_then_gives_up(cited_claim, settings):
    settings.VERIFIER_RETRY_BACKOFF_BASE = 2
    job, _ = verification_request(claim_id=cited_claim.pk)
    job.max_attempts = 2
    job.save()
    running = job_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
    assert job_retry_or_fail(job=running, code="fetch", error="503") is True
    job.refresh_from_db()
    assert job.status == JobStatus.PENDING and job.error_code == "fetch"
    # Retry 1 waits at most base * 2**0 = 2 s (full jitter below that ceiling).
    assert job.run_after - job.updated_at <= timedelta(seconds=2.1)
    running = job_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
    assert job_retry_or_fail(job=running, code="fetch", error="503") is False
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED and "gave up after 2 attempts" in job.error


def test_the_sweeper_resends_pending_jobs_whose_message_was_lost(cited_claim, settings):
    job, _ = verification_request(claim_id=cited_claim.pk)
    old_task = job.celery_task_id
    later = timezone.now() + timedelta(seconds=settings.VERIFIER_JOB_RESEND_AFTER + 1)
    assert jobs_sweep(now=later)["resent"] == 1
    job.refresh_from_db()
    assert job.status == JobStatus.PENDING and job.celery_task_id != old_task


def test_the_sweeper_recovers_a_job_whose_worker_died(cited_claim, settings):
    job, _ = verification_request(claim_id=cited_claim.pk)
    job_start(job_id=job.pk, task_id=job.celery_task_id, worker="died")
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    counts = jobs_sweep(now=later)
    job.refresh_from_db()
    assert counts["recovered"] == 1 and job.status == JobStatus.PENDING
    assert JobAttempt.objects.get(job=job).outcome == "lost"


def test_the_sweeper_leaves_fresh_jobs_alone(cited_claim):
    verification_request(claim_id=cited_claim.pk)
    assert jobs_sweep() == {"resent": 0, "recovered": 0, "failed": 0}
