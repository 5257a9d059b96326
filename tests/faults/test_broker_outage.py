"""Redis stopped and restarted while jobs are queued: every job still completes, each once.

Redis runs without persistence here, so its restart loses every message it held, the worst case.
The job rows are the record: the sweeper re-sends whatever is still pending once Redis is back.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from claims.models import JobAttempt, JobStatus, VerificationJob
from claims.services.jobs import jobs_sweep, verification_request
from tests.faults.scenarios import all_finished, claim_citing, duplicate_evidence, page
from tests.support.celery_worker import wait_for
from tests.support.httpserver import Response

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def _queue(local_server, names: list[str], *, delay: float = 0.0) -> list[int]:
    jobs = []
    for name in names:
        url = local_server.sequence(f"/{name}", Response(body=page(name), delay=delay))
        job, _ = verification_request(claim_id=claim_citing(url).pk)
        jobs.append(job.pk)
    return jobs


def test_every_job_completes_across_a_redis_restart(
    local_server, private_redis, fault_workers, sender_app, report_fault
):
    worker = fault_workers.start(name="steady", concurrency=1)
    # Slow pages keep the single worker busy, so most of this batch waits in Redis...
    waiting = _queue(local_server, [f"before-{n}" for n in range(6)], delay=1.0)
    wait_for(
        lambda: VerificationJob.objects.filter(pk__in=waiting, status=JobStatus.RUNNING).exists(),
        what="the worker to start on the first job",
    )
    private_redis.stop()  # ...when Redis dies, taking its queued messages with it
    # While it is down, new requests still succeed: the rows are written, the sends fail.
    during = _queue(local_server, [f"during-{n}" for n in range(4)])
    assert VerificationJob.objects.filter(pk__in=during, status=JobStatus.PENDING).count() == 4

    private_redis.start()
    # The periodic sweeper, on its first run after the re-send delay.
    later = timezone.now() + timedelta(seconds=settings.VERIFIER_JOB_RESEND_AFTER + 1)
    resent = wait_for(lambda: jobs_sweep(now=later)["resent"], what="pending jobs to be re-sent")
    jobs = waiting + during
    wait_for(lambda: all_finished(jobs), timeout=120, what="every job to finish")

    assert worker.poll() is None  # the same worker reconnected by itself
    statuses = list(VerificationJob.objects.filter(pk__in=jobs).values_list("status", flat=True))
    assert statuses == [JobStatus.SUCCEEDED] * len(jobs)
    succeeded = JobAttempt.objects.filter(job_id__in=jobs, outcome=JobAttempt.Outcome.SUCCEEDED)
    assert succeeded.count() == len(jobs)  # each exactly once
    assert all(local_server.hits(f"/{name}") >= 1 for name in ("before-0", "during-0"))
    lost = len(jobs) - succeeded.count()
    dupes = duplicate_evidence()
    assert dupes == 0
    report_fault(
        f"Redis killed and restarted with jobs queued: {len(jobs)} jobs "
        f"({resent} re-sent by the sweeper), {lost} lost, {dupes} duplicate evidence rows"
    )
