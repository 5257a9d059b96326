"""Verification jobs: one live job per claim, claimed by exactly one worker, swept when lost."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from claims.models import JobAttempt, JobStage, JobStatus, VerificationJob
from claims.services.errors import NothingToVerify
from claims.services.jobs import (
    JobTakenOver,
    job_analysis_start,
    job_complete,
    job_fail,
    job_fetch_start,
    job_handoff,
    job_progress,
    job_retry_or_fail,
    jobs_sweep,
    verification_request,
)
from tests.factories import ClaimFactory, SourceFactory, cite
from workers.pipeline import analyse_fetched, fetch_sources
from workers.verification import Suggestion

pytestmark = pytest.mark.django_db

SUPPORTED = Suggestion(verdict="supported", confidence=0.9, explanation="the page says so")


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


def test_it_sends_the_fetch_task_under_the_jobs_task_id_only_after_commit(
    cited_claim, django_capture_on_commit_callbacks, sent_tasks
):
    with django_capture_on_commit_callbacks(execute=True):
        job, _ = verification_request(claim_id=cited_claim.pk)
        assert sent_tasks == []  # nothing leaves before the row is committed
    assert sent_tasks == [("workers.tasks.verify_claim", job.celery_task_id)]


def test_it_lets_one_task_claim_a_pending_job(cited_claim):
    job, _ = verification_request(claim_id=cited_claim.pk)
    assert job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w1") is not None
    assert job_fetch_start(job_id=job.pk, task_id="another-task", worker="w2") is None
    job.refresh_from_db()
    assert (job.status, job.attempts) == (JobStatus.RUNNING, 1)


def test_it_takes_over_a_job_when_its_own_message_is_redelivered(cited_claim):
    job, _ = verification_request(claim_id=cited_claim.pk)
    job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="died")
    again = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="restarted")
    assert again is not None and again.attempts == 2
    outcomes = list(JobAttempt.objects.filter(job=job).values_list("outcome", flat=True))
    assert outcomes == ["lost", "running"]


@pytest.mark.django_db(transaction=True)
def test_it_gives_a_job_to_exactly_one_of_two_racing_workers(cited_claim):
    # The row only: a committed request would also send a message that a worker left running
    # by an integration test could take, a third racer this test does not count.
    job = VerificationJob.objects.create(claim=cited_claim, celery_task_id="queued")
    barrier = threading.Barrier(2)
    won: list[str] = []

    def race(task_id: str) -> None:
        barrier.wait()
        try:
            if job_fetch_start(job_id=job.pk, task_id=task_id, worker=task_id):
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
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
    assert job_retry_or_fail(job=running, code="fetch", error="503") is True
    job.refresh_from_db()
    assert job.status == JobStatus.PENDING and job.error_code == "fetch"
    # Retry 1 waits at most base * 2**0 = 2 s (full jitter below that ceiling).
    assert job.run_after - job.updated_at <= timedelta(seconds=2.1)
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
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
    job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="died")
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    counts = jobs_sweep(now=later)
    job.refresh_from_db()
    assert counts["recovered"] == 1 and job.status == JobStatus.PENDING
    assert JobAttempt.objects.get(job=job).outcome == "lost"


def test_the_sweeper_leaves_fresh_jobs_alone(cited_claim):
    verification_request(claim_id=cited_claim.pk)
    assert jobs_sweep() == {"resent": 0, "recovered": 0, "failed": 0}


def _fetched(job: VerificationJob) -> VerificationJob:
    """A job whose fetch stage ran and handed it to the analysis queue."""
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="fetcher")
    assert job_handoff(job=running, fetched={"snapshots": [], "failures": []}, message="fetched")
    running.refresh_from_db()
    return running


def test_the_fetch_stage_hands_the_job_to_analysis_under_a_new_task_id(
    cited_claim, django_capture_on_commit_callbacks, sent_tasks
):
    job, _ = verification_request(claim_id=cited_claim.pk)
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="fetcher")
    fetch_task = running.celery_task_id
    with django_capture_on_commit_callbacks(execute=True):
        assert job_handoff(job=running, fetched={"snapshots": [7], "failures": []}, message="ok")
    job.refresh_from_db()
    # The analysis message, sent after commit, under the id the row now names.
    assert sent_tasks == [("workers.tasks.analyse_job", job.celery_task_id)]
    assert (job.status, job.stage, job.fetched) == (
        JobStatus.RUNNING,
        JobStage.ANALYSE,
        {"snapshots": [7], "failures": []},
    )
    assert job.celery_task_id not in ("", fetch_task) and job.stage_started_at is None
    # The fetch message, delivered again, no longer opens the job; the analysis message does.
    assert job_fetch_start(job_id=job.pk, task_id=fetch_task, worker="fetcher") is None
    analysing = job_analysis_start(job_id=job.pk, task_id=job.celery_task_id)
    assert analysing is not None and analysing.stage_started_at is not None


def test_a_fetch_run_the_sweeper_gave_up_on_cannot_hand_the_job_over(cited_claim, settings):
    job, _ = verification_request(claim_id=cited_claim.pk)
    slow = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="slow")
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    assert jobs_sweep(now=later)["recovered"] == 1  # re-queued from the start
    assert job_handoff(job=slow, fetched={"snapshots": [1]}, message="late") is False
    job.refresh_from_db()
    assert (job.status, job.stage, job.fetched) == (JobStatus.PENDING, JobStage.FETCH, {})


def test_the_sweeper_resends_a_lost_analysis_message_without_fetching_again(cited_claim, settings):
    job = _fetched(verification_request(claim_id=cited_claim.pk)[0])
    handed_to = job.celery_task_id
    later = timezone.now() + timedelta(seconds=settings.VERIFIER_JOB_RESEND_AFTER + 1)
    assert jobs_sweep(now=later) == {"resent": 1, "recovered": 0, "failed": 0}
    job.refresh_from_db()
    assert (job.status, job.stage, job.attempts) == (JobStatus.RUNNING, JobStage.ANALYSE, 1)
    assert job.celery_task_id != handed_to
    # The re-sent copy starts it; the lost one, should it ever show up, then finds it taken.
    assert job_analysis_start(job_id=job.pk, task_id=job.celery_task_id) is not None
    assert job_analysis_start(job_id=job.pk, task_id=handed_to) is None


def test_the_sweeper_leaves_an_analysis_under_way_alone_until_the_hard_limit(cited_claim, settings):
    job = _fetched(verification_request(claim_id=cited_claim.pk)[0])
    job_analysis_start(job_id=job.pk, task_id=job.celery_task_id)
    resend = timezone.now() + timedelta(seconds=settings.VERIFIER_JOB_RESEND_AFTER + 1)
    assert jobs_sweep(now=resend) == {"resent": 0, "recovered": 0, "failed": 0}
    # Measured from the start of the analysis, not of the attempt: a long fetch does not count.
    VerificationJob.objects.filter(pk=job.pk).update(
        started_at=timezone.now() - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 60)
    )
    assert jobs_sweep() == {"resent": 0, "recovered": 0, "failed": 0}
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    assert jobs_sweep(now=later)["recovered"] == 1
    job.refresh_from_db()
    assert (job.status, job.stage, job.fetched) == (JobStatus.PENDING, JobStage.FETCH, {})
    assert JobAttempt.objects.get(job=job).outcome == "lost"


def test_a_run_the_sweeper_took_the_job_from_can_no_longer_touch_it(cited_claim, settings):
    """Thread-pool workers get no hard time limit from Celery: a slow run can outlive the
    sweeper's patience. Once its job is re-queued and started again, the old run's writes all
    miss, and the new run's state stands."""
    job, _ = verification_request(claim_id=cited_claim.pk)
    slow = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="slow")
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    assert jobs_sweep(now=later)["recovered"] == 1
    job.refresh_from_db()
    current = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="fresh")

    assert job_progress(job=slow, percent=40, message="still here") is False
    assert job_complete(job=slow, suggestion=SUPPORTED, message="late success") is False
    assert job_fail(job=slow, code="fetch", error="late failure") is False
    assert job_retry_or_fail(job=slow, code="fetch", error="late retry") is False

    job.refresh_from_db()
    assert (job.status, job.celery_task_id, job.attempts) == (
        JobStatus.RUNNING,
        current.celery_task_id,
        2,
    )
    assert job.progress_message == "started"
    assert outcomes_of(job) == ["lost", "running"]
    assert job_complete(job=current, suggestion=SUPPORTED, message="done") is True
    assert outcomes_of(job) == ["lost", "succeeded"]


def outcomes_of(job: VerificationJob) -> list[str]:
    return list(JobAttempt.objects.filter(job=job).values_list("outcome", flat=True))


@pytest.mark.usefixtures("allow_private")
def test_a_run_that_lost_its_job_stops_before_fetching_another_source(local_server, settings):
    first, second = local_server.route("/one", body=b"<p>one</p>"), local_server.route("/two")
    claim = cite(cite(ClaimFactory(), SourceFactory(url=first)), SourceFactory(url=second))
    job, _ = verification_request(claim_id=claim.pk)
    slow = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="slow")
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    jobs_sweep(now=later)  # the job goes back to the queue under a new task id

    with pytest.raises(JobTakenOver):
        fetch_sources(slow)
    assert local_server.hits("/one") == local_server.hits("/two") == 0


def test_an_analysis_that_kills_its_worker_every_time_ends_in_a_counted_failure(
    cited_claim, settings
):
    job = _fetched(verification_request(claim_id=cited_claim.pk)[0])
    first = job_analysis_start(job_id=job.pk, task_id=job.celery_task_id)
    # The broker hands the same message back after each death: the start time is kept...
    again = job_analysis_start(job_id=job.pk, task_id=job.celery_task_id)
    assert again is not None and again.stage_started_at == first.stage_started_at
    # ...so the hard limit is reached and the sweeper makes it a new, counted attempt.
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    assert jobs_sweep(now=later)["recovered"] == 1
    job.refresh_from_db()
    assert (job.status, job.attempts) == (JobStatus.PENDING, 1)


def test_a_fetch_message_redelivered_after_the_last_attempt_fails_the_job(cited_claim):
    job, _ = verification_request(claim_id=cited_claim.pk)
    VerificationJob.objects.filter(pk=job.pk).update(max_attempts=2)
    job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="died")
    job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="died again")  # attempt 2
    assert job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="third") is None
    job.refresh_from_db()
    assert (job.status, job.error_code, job.attempts) == (JobStatus.FAILED, "lost", 2)
    assert "all 2 attempts" in job.error
    assert outcomes_of(job) == ["lost", "lost"]


def test_any_copy_of_a_waiting_analysis_may_start_it_but_only_one(cited_claim, settings):
    job = _fetched(verification_request(claim_id=cited_claim.pk)[0])
    original = job.celery_task_id
    later = timezone.now() + timedelta(seconds=settings.VERIFIER_JOB_RESEND_AFTER + 1)
    assert jobs_sweep(now=later)["resent"] == 1  # a second copy under a new id
    # The original, still ahead in the queue, starts it; the re-sent copy then finds it taken.
    assert job_analysis_start(job_id=job.pk, task_id=original) is not None
    job.refresh_from_db()
    assert job.celery_task_id == original
    assert job_analysis_start(job_id=job.pk, task_id="the-re-sent-copy") is None


@pytest.mark.usefixtures("allow_private")
def test_an_empty_page_fails_its_source_not_the_job(local_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    good = local_server.route(
        "/good", body=b"<p>Acme Robotics employs 340 people in Lyon, its report says.</p>"
    )
    empty = local_server.route("/empty", body=b"")
    claim = cite(
        cite(ClaimFactory(text="Acme Robotics employs 340 people.", language="en"),
             SourceFactory(url=good)),
        SourceFactory(url=empty),
    )  # fmt: skip
    job, _ = verification_request(claim_id=claim.pk)
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
    fetched = fetch_sources(running)
    assert len(fetched.snapshots) == 2  # both answered 200
    job_handoff(job=running, fetched=fetched.handoff(), message="fetched")
    outcome = analyse_fetched(job_analysis_start(job_id=job.pk, task_id=running.celery_task_id))
    assert outcome.judged_sources == 1
    assert any("/empty: empty" in failure for failure in outcome.failures), outcome.failures


def test_the_sweeper_fails_a_lost_job_whose_attempts_are_spent(cited_claim, settings):
    job, _ = verification_request(claim_id=cited_claim.pk)
    VerificationJob.objects.filter(pk=job.pk).update(max_attempts=1)
    job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="died")
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    assert jobs_sweep(now=later) == {"resent": 0, "recovered": 0, "failed": 1}
    job.refresh_from_db()
    assert (job.status, job.error_code) == (JobStatus.FAILED, "lost")
    assert "within the time limit, 1 attempts" in job.error
    assert outcomes_of(job) == ["lost"]
    assert jobs_sweep(now=later)["failed"] == 0  # once


def test_a_run_that_lost_its_job_writes_no_verdict(cited_claim, settings):
    """The verdict bumps the claim's version and history: it is written with the job's success,
    under the same ownership condition, or not at all."""
    job, _ = verification_request(claim_id=cited_claim.pk)
    slow = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="slow")
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    assert jobs_sweep(now=later)["recovered"] == 1
    version = cited_claim.version

    assert job_complete(job=slow, suggestion=SUPPORTED) is False

    cited_claim.refresh_from_db()
    assert (cited_claim.suggested_verdict, cited_claim.version) == (None, version)
    assert not cited_claim.status_changes.exists()


def test_the_owner_writes_the_verdict_and_the_success_together(cited_claim):
    job, _ = verification_request(claim_id=cited_claim.pk)
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")

    assert job_complete(job=running, suggestion=SUPPORTED, message="1 source(s) read") is True

    cited_claim.refresh_from_db()
    job.refresh_from_db()
    assert (cited_claim.suggested_verdict, cited_claim.confidence) == ("supported", 0.9)
    assert (job.status, job.progress, job.progress_message) == (
        JobStatus.SUCCEEDED, 100, "1 source(s) read"
    )  # fmt: skip
    assert outcomes_of(job) == ["succeeded"]
