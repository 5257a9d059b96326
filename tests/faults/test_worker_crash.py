"""`kill -9` of a worker in the middle of a job: the job still completes, its evidence once.

Each kill lands in one of the job's two stages: while it fetches (source 1 preserved, source 2
hanging) or while it analyses (source 1's evidence written, source 2 being matched). Three
recovery paths, each proven with real processes:
- the sweeper (the broker's visibility timeout, 1 h, outlasts everything else: `sweep_jobs`
  re-queues the job long before the broker would; here it runs once the hard limit is past,
  and test_worker_liveness.py shows it at work seconds after the kill, through heartbeats);
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

from claims.models import JobStatus, VerificationJob
from claims.services.jobs import jobs_sweep
from tests.faults.scenarios import assert_completed_once, duplicate_evidence, start_mid_job
from tests.support.celery_worker import wait_for

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

VISIBILITY = 5  # seconds: the broker visibility timeout of the redelivery test's workers
STAGES = ["fetch", "analysis"]


@pytest.mark.parametrize("stage", STAGES)
def test_a_killed_worker_s_job_is_recovered_by_the_sweeper(
    stage, local_server, fault_workers, sender_app, report_fault
):
    crashed = fault_workers.start(name="crash")
    claim, job, first_pass = start_mid_job(stage, local_server)
    fault_workers.kill(crashed)  # SIGKILL to the worker and its pool: nothing gets to clean up
    assert VerificationJob.objects.get(pk=job.pk).status == JobStatus.RUNNING

    fault_workers.start(name="restarted")
    # The periodic sweeper, as it runs once the hard time limit has passed.
    later = timezone.now() + timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 31)
    assert jobs_sweep(now=later)["recovered"] == 1

    job = assert_completed_once(claim, job.pk, first_pass, attempts=2)
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
    # Below the hard time limit on purpose, which a worker refuses unless forced.
    fault_workers.env["VERIFIER_FORCE_UNSAFE_START"] = "1"
    crashed = fault_workers.start(name="crash")
    claim, job, first_pass = start_mid_job(stage, local_server)
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
    job = assert_completed_once(claim, job.pk, first_pass, attempts=2 if stage == "fetch" else 1)
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
    claim, job, first_pass = start_mid_job(stage, local_server)
    (child,) = _pool_children(worker.pid)
    os.kill(child, signal.SIGKILL)  # as the out-of-memory killer would

    job = assert_completed_once(claim, job.pk, first_pass, attempts=2 if stage == "fetch" else 1)
    assert worker.poll() is None  # the worker itself lived on and ran the job again
    report_fault(
        f"pool process kill -9 mid-{stage}, requeued by its worker (reject_on_worker_lost): "
        f"1 job, 0 lost, {duplicate_evidence([claim.pk])} duplicate evidence rows"
    )
