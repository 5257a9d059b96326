"""A killed worker's jobs resume through its silence, in seconds, not through the time limit.

Real processes throughout: workers on a private Redis, `celery beat` as its own process running
the sweeper every VERIFIER_SWEEP_EVERY seconds (default settings, 15 s), and a hard time limit
of an hour, far beyond the test, so only liveness can bring the jobs back.
"""

from __future__ import annotations

import time

import pytest

from claims.models import JobStatus
from claims.services.jobs import verification_request
from tests.faults.scenarios import (
    assert_completed_once,
    claim_citing,
    duplicate_evidence,
    finished,
    page,
    start_mid_job,
)
from tests.support.celery_worker import wait_for
from tests.support.httpserver import Response

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]

HOUR = 3600
STAGES = ["fetch", "analysis"]


@pytest.fixture
def hour_long_limits(fault_workers, settings):
    fault_workers.env["VERIFIER_TASK_TIME_LIMIT"] = str(HOUR)
    fault_workers.env["VERIFIER_TASK_SOFT_TIME_LIMIT"] = str(HOUR - 60)
    settings.CELERY_TASK_TIME_LIMIT = HOUR


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.usefixtures("hour_long_limits")
def test_a_killed_worker_s_job_resumes_through_liveness_not_the_time_limit(
    stage, local_server, fault_workers, scheduler, sender_app, report_fault
):
    scheduler()
    crashed = fault_workers.start(name="crash")
    claim, job, first_pass = start_mid_job(stage, local_server)
    fault_workers.kill(crashed)  # SIGKILL to the worker and its pool: nothing gets to clean up
    killed_at = time.monotonic()
    fault_workers.start(name="restarted")

    job = assert_completed_once(claim, job.pk, first_pass, attempts=2)
    recovery = time.monotonic() - killed_at
    lost = job.job_attempts.order_by("number").first()
    assert "stopped (no heartbeat for 15 s)" in lost.error, lost.error  # not "past the limit"
    # The new attempt resumed after the sources the lost one had preserved.
    assert local_server.hits("/fast") == 1
    report_fault(
        f"worker kill -9 mid-{stage}, recovered through liveness (hard limit {HOUR} s): "
        f"done {recovery:.0f} s after the kill, 0 lost, "
        f"{duplicate_evidence([claim.pk])} duplicate evidence rows"
    )


@pytest.mark.usefixtures("hour_long_limits")
def test_a_slow_job_on_a_live_worker_is_never_taken_away(
    local_server, fault_workers, scheduler, sender_app, report_fault
):
    # Beats every second, dead after 3 s of silence, swept every second: a fetch of 8 s spans
    # several TTLs and sweeps, and must still finish in its first attempt.
    fault_workers.env.update(
        VERIFIER_WORKER_HEARTBEAT_EVERY="1", VERIFIER_WORKER_HEARTBEAT_TTL="3",
        VERIFIER_SWEEP_EVERY="1",
    )  # fmt: skip
    scheduler()
    fault_workers.start(name="live")
    slow = local_server.sequence("/slow", Response(body=page("slow"), delay=8))
    claim = claim_citing(slow)
    job, _ = verification_request(claim_id=claim.pk)
    job = wait_for(lambda: finished(job.pk), timeout=90, what="the slow job to complete")

    assert job.status == JobStatus.SUCCEEDED, job.error
    assert list(job.job_attempts.values_list("outcome", flat=True)) == ["succeeded"]
    assert local_server.hits("/slow") == 1
    report_fault("slow fetch (8 s) on a live worker, TTL 3 s, sweeps every 1 s: kept, 1 attempt")
