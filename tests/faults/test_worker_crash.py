"""`kill -9` of a worker in the middle of a job: the job still completes, its evidence once.

Each kill lands in one of the job's two stages: while it fetches (source 1 preserved, source 2
hanging) or while it analyses (source 1's evidence written, source 2 being matched). Three
recovery paths, each proven with real processes:
- the sweeper (the production path: the broker's visibility timeout, 1 h, outlasts the hard time
  limit, so `sweep_jobs` re-queues the job after the limit, long before the broker would);
- the broker's redelivery of the unacknowledged message (acks_late) once its visibility timeout
  passes, here shortened to 5 s for the restarted worker;
- the worker's own parent process, when only the pool child is killed (reject_on_worker_lost).
"""

from __future__ import annotations

import os
import signal
import time
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.utils import timezone

from claims.models import Evidence, JobStage, JobStatus, Snapshot, VerificationJob
from claims.services.jobs import jobs_sweep, verification_request
from tests.faults.scenarios import (
    claim_citing,
    duplicate_evidence,
    finished,
    ledger_page,
    outcomes,
    page,
)
from tests.support.celery_worker import wait_for
from tests.support.httpserver import Response

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

VISIBILITY = 5  # seconds: the broker visibility timeout of the redelivery test's workers
STAGES = ["fetch", "analysis"]


def _start_mid_fetch(local_server):
    """Queue a two-source job and return once it has kept source 1 and hangs on source 2."""
    fast = local_server.route("/fast", body=page("fast"))
    # The first fetch of /slow hangs 3 s: the worker is killed while it waits.
    slow = local_server.sequence(
        "/slow", Response(body=page("slow"), delay=3), Response(body=page("slow"))
    )
    claim = claim_citing(fast, slow)
    job, _ = verification_request(claim_id=claim.pk)
    wait_for(
        lambda: local_server.hits("/slow") >= 1
        and Snapshot.objects.filter(source__url=fast, job=job).exists(),
        timeout=60,
        what="the fetch to be half-way: source 1 preserved, source 2 being fetched",
    )
    return claim, job


def _start_mid_analysis(local_server):
    """Queue a two-source job and return once source 1's evidence is written and the analysis
    of source 2, a long ledger page that takes seconds to extract and match, is under way."""
    fast = local_server.route("/fast", body=page("fast"))
    big = local_server.route("/big", body=ledger_page(12_000))
    claim = claim_citing(fast, big)
    job, _ = verification_request(claim_id=claim.pk)
    wait_for(
        lambda: Evidence.objects.filter(claim=claim).exists(),
        timeout=60,
        interval=0.1,
        what="the analysis to be half-way: source 1 judged, source 2 being analysed",
    )
    running = VerificationJob.objects.get(pk=job.pk)
    assert (running.status, running.stage) == (JobStatus.RUNNING, JobStage.ANALYSE)
    return claim, job


def _start_mid_job(stage: str, local_server):
    """Return (claim, job, evidence rows of source 1 written before the kill)."""
    start = _start_mid_fetch if stage == "fetch" else _start_mid_analysis
    claim, job = start(local_server)
    return claim, job, Evidence.objects.filter(claim=claim, source__url__endswith="/fast").count()


def _assert_completed_once(claim, job_id: int, first_pass: int, attempts: int) -> VerificationJob:
    job = wait_for(lambda: finished(job_id), timeout=90, what="the job to complete")
    assert job.status == JobStatus.SUCCEEDED, job.error
    assert job.attempts == attempts
    assert outcomes(job) == (["lost", "succeeded"] if attempts == 2 else ["succeeded"])
    assert duplicate_evidence([claim.pk]) == 0
    fast_rows = Evidence.objects.filter(claim=claim, source__url__endswith="/fast").count()
    assert fast_rows >= 1
    if first_pass:
        # Source 1 was judged twice: its evidence rows were updated in place, not added again.
        assert fast_rows == first_pass
    assert Evidence.objects.filter(claim=claim).exclude(source__url__endswith="/fast").exists()
    return job


@pytest.mark.parametrize("stage", STAGES)
def test_a_killed_worker_s_job_is_recovered_by_the_sweeper(
    stage, local_server, fault_workers, sender_app, report_fault
):
    crashed = fault_workers.start(name="crash")
    claim, job, first_pass = _start_mid_job(stage, local_server)
    fault_workers.kill(crashed)  # SIGKILL to the worker and its pool: nothing gets to clean up
    assert VerificationJob.objects.get(pk=job.pk).status == JobStatus.RUNNING

    fault_workers.start(name="restarted")
    # The periodic sweeper, as it runs once the hard time limit has passed.
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    assert jobs_sweep(now=later)["recovered"] == 1

    job = _assert_completed_once(claim, job.pk, first_pass, attempts=2)
    attempts = list(job.job_attempts.order_by("number"))
    assert attempts[0].celery_task_id != attempts[1].celery_task_id  # a new message, the sweeper's
    report_fault(
        f"worker kill -9 mid-{stage}, recovered by the sweeper: 1 job, 0 lost, "
        f"{duplicate_evidence([claim.pk])} duplicate evidence rows"
    )


@pytest.mark.parametrize("stage", STAGES)
def test_a_killed_worker_s_message_is_redelivered_by_the_broker(
    stage, local_server, fault_workers, sender_app, private_redis, report_fault
):
    fault_workers.env["VERIFIER_BROKER_VISIBILITY_TIMEOUT"] = str(VISIBILITY)
    crashed = fault_workers.start(name="crash")
    claim, job, first_pass = _start_mid_job(stage, local_server)
    fault_workers.kill(crashed)
    # kombu looks for expired deliveries when a worker starts, then only every ~100 s: restart
    # once the dead worker's delivery is past the visibility timeout, as an on-call would.
    unacked = redis.Redis.from_url(private_redis.url())
    wait_for(
        lambda: all(
            time.time() - score > VISIBILITY + 0.5
            for _, score in unacked.zrange("unacked_index", 0, -1, withscores=True)
        )
        and unacked.zcard("unacked_index") == 1,
        timeout=30,
        what="the dead worker's delivery to pass the visibility timeout",
    )

    fault_workers.start(name="restarted")
    # The same message again: a fetch restarts as a new attempt, an analysis takes over its own.
    job = _assert_completed_once(claim, job.pk, first_pass, attempts=2 if stage == "fetch" else 1)
    if stage == "fetch":
        attempts = list(job.job_attempts.order_by("number"))
        assert attempts[0].celery_task_id == attempts[1].celery_task_id
    report_fault(
        f"worker kill -9 mid-{stage}, message redelivered by Redis (acks_late): 1 job, 0 lost, "
        f"{duplicate_evidence([claim.pk])} duplicate evidence rows"
    )


def _pool_children(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children]


@pytest.mark.parametrize("stage", STAGES)
def test_a_killed_pool_process_s_job_is_requeued_by_its_worker(
    stage, local_server, fault_workers, sender_app, report_fault
):
    worker = fault_workers.start(name="pool", concurrency=1)
    claim, job, first_pass = _start_mid_job(stage, local_server)
    (child,) = _pool_children(worker.pid)
    os.kill(child, signal.SIGKILL)  # as the out-of-memory killer would

    job = _assert_completed_once(claim, job.pk, first_pass, attempts=2 if stage == "fetch" else 1)
    assert worker.poll() is None  # the worker itself lived on and ran the job again
    report_fault(
        f"pool process kill -9 mid-{stage}, requeued by its worker (reject_on_worker_lost): "
        f"1 job, 0 lost, {duplicate_evidence([claim.pk])} duplicate evidence rows"
    )
