"""Two workers racing for the same jobs run each one once; 200 queued at once all succeed, once."""

from __future__ import annotations

import re
import uuid

import pytest

from claims.models import Evidence, FetchAttempt, JobAttempt, JobStatus, VerificationJob
from claims.services.jobs import verification_request
from tests.faults.scenarios import all_finished, claim_citing, duplicate_evidence, page
from tests.support.celery_worker import wait_for

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def _log_results(processes, task: str = "verify_claim") -> list[str]:
    """What each finished `task` returned, from the workers' own logs."""
    found = []
    for process in processes:
        text = process.log_path.read_text(errors="replace")
        found += re.findall(rf"{task}\[[^\]]+\] succeeded in [^:]+: '(\w+)'", text)
    return found


def test_two_workers_holding_messages_for_the_same_job_run_it_once(
    local_server, fault_workers, sender_app, report_fault
):
    from workers.tasks import job_fetch

    workers = [fault_workers.start(name=f"racer{n}", concurrency=2) for n in (1, 2)]
    jobs = []
    for n in range(30):
        claim = claim_citing(local_server.route(f"/race-{n}", body=page(n)))
        # The job row as the API writes it, then two messages for it, as a lost-and-re-sent
        # message or a sweeper racing a slow broker would produce.
        job = VerificationJob.objects.create(claim=claim, celery_task_id=str(uuid.uuid4()))
        jobs.append(job.pk)
    for job_id in jobs:
        for _ in range(2):
            job_fetch.apply_async(args=[job_id], task_id=str(uuid.uuid4()))
    wait_for(lambda: all_finished(jobs), timeout=120, what="every raced job to finish")
    wait_for(lambda: len(_log_results(workers)) == 60, timeout=30, what="all 60 messages handled")

    results = _log_results(workers)
    assert results.count("skipped") == 30 and results.count("fetched") == 30
    # Each fetched job was handed to the analysis queue once, and analysed once.
    wait_for(
        lambda: len(_log_results(workers, "analyse_job")) == 30, timeout=30, what="30 analyses"
    )
    assert _log_results(workers, "analyse_job") == ["succeeded"] * 30
    for job in VerificationJob.objects.filter(pk__in=jobs):
        assert (job.status, job.attempts) == (JobStatus.SUCCEEDED, 1)
    assert JobAttempt.objects.filter(job_id__in=jobs).count() == 30
    assert FetchAttempt.objects.filter(job_id__in=jobs).count() == 30  # each page fetched once
    ran_on = set(JobAttempt.objects.filter(job_id__in=jobs).values_list("worker", flat=True))
    assert len(ran_on) == 2  # both workers took part in the race
    dupes = duplicate_evidence()
    assert dupes == 0
    report_fault(
        "two workers, each job sent twice: 30 jobs, 60 messages, 30 runs, 30 skipped, "
        f"0 run twice, {dupes} duplicate evidence rows"
    )


JOBS = 200


def test_200_verifications_queued_at_once_all_succeed_once(
    local_server, fault_workers, sender_app, report_fault
):
    for n in (1, 2):
        fault_workers.start(name=f"load{n}", concurrency=2)
    jobs = []
    for n in range(JOBS):
        claim = claim_citing(local_server.route(f"/load-{n}", body=page(n)))
        job, created = verification_request(claim_id=claim.pk)
        assert created
        jobs.append(job.pk)
    wait_for(lambda: all_finished(jobs), timeout=240, what=f"all {JOBS} jobs to finish")

    finished = VerificationJob.objects.filter(pk__in=jobs)
    assert finished.filter(status=JobStatus.SUCCEEDED, attempts=1).count() == JOBS
    attempts = JobAttempt.objects.filter(job_id__in=jobs)
    assert attempts.count() == JOBS
    assert attempts.filter(outcome=JobAttempt.Outcome.SUCCEEDED).count() == JOBS
    assert all(local_server.hits(f"/load-{n}") == 1 for n in range(JOBS))  # none fetched twice
    claims_with_evidence = Evidence.objects.filter(claim__jobs__in=jobs).values("claim").distinct()
    assert claims_with_evidence.count() == JOBS
    workers = set(attempts.values_list("worker", flat=True))
    assert len(workers) == 2
    dupes = duplicate_evidence()
    assert dupes == 0
    report_fault(
        f"{JOBS} verifications queued at once on two workers (prefork pool, 2 processes each): "
        f"{JOBS} succeeded, 0 lost, 0 run twice, {dupes} duplicate evidence rows"
    )
