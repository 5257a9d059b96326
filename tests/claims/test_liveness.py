"""Worker liveness: a job whose worker stopped beating is re-queued at once, a slow one is not."""

import threading
from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import JobAttempt, JobStatus, PeriodicRun, VerificationJob, WorkerBeat
from claims.services.jobs import (
    job_analysis_start,
    job_fetch_start,
    job_handoff,
    job_succeed,
    jobs_sweep,
    verification_request,
)
from claims.services.workers import live_workers, periodic_claim, worker_beat, worker_leave
from tests.factories import ClaimFactory, SourceFactory, cite
from workers import liveness

pytestmark = pytest.mark.django_db


@pytest.fixture
def running(settings):
    """A job started by worker "fetch@a/1", which has announced itself."""
    worker_beat(name="fetch@a/1", hostname="fetch@a", pid=1)
    job, _ = verification_request(claim_id=cite(ClaimFactory(), SourceFactory()).pk)
    return job_fetch_start(
        job_id=job.pk, task_id=job.celery_task_id, worker="fetch@a", run_by="fetch@a/1"
    )


def _silent(name: str, seconds: float) -> None:
    """Worker `name` last beat `seconds` ago."""
    WorkerBeat.objects.filter(name=name).update(beat_at=timezone.now() - timedelta(seconds=seconds))


def _stage_began(job: VerificationJob, seconds: float) -> None:
    VerificationJob.objects.filter(pk=job.pk).update(
        stage_started_at=timezone.now() - timedelta(seconds=seconds)
    )


def test_it_requeues_at_once_a_job_whose_worker_stopped_beating(running, settings):
    ttl = settings.VERIFIER_WORKER_HEARTBEAT_TTL
    _stage_began(running, ttl + 5)
    _silent("fetch@a/1", ttl + 1)

    assert jobs_sweep() == {"resent": 0, "recovered": 1, "failed": 0}
    job = VerificationJob.objects.get(pk=running.pk)
    assert (job.status, job.run_by, job.attempts) == (JobStatus.PENDING, "", 1)
    assert job.celery_task_id != running.celery_task_id
    attempt = JobAttempt.objects.get(job=job)
    assert attempt.worker == "fetch@a/1"  # the process, not only its reusable name
    assert attempt.outcome == "lost"
    assert "fetch@a/1 stopped" in attempt.error


def test_it_never_takes_a_slow_job_from_a_live_worker(running, settings):
    # Running for four minutes, but its worker beat a second ago: it is slow, not lost.
    _stage_began(running, settings.CELERY_TASK_TIME_LIMIT - 60)
    _silent("fetch@a/1", 1)

    assert jobs_sweep() == {"resent": 0, "recovered": 0, "failed": 0}
    assert VerificationJob.objects.get(pk=running.pk).status == JobStatus.RUNNING
    assert job_succeed(job=running, message="done") is True


def test_the_hard_limit_still_stops_a_runaway_on_a_live_worker(running, settings):
    _stage_began(running, settings.CELERY_TASK_TIME_LIMIT + 31)
    _silent("fetch@a/1", 1)

    assert jobs_sweep()["recovered"] == 1
    assert JobAttempt.objects.get(job=running).error == "past the hard limit"


def test_a_stage_younger_than_the_ttl_waits_for_its_worker_to_announce_itself(running):
    worker_leave(name="fetch@a/1")  # not announced (yet), and the stage has just begun

    assert jobs_sweep()["recovered"] == 0
    _stage_began(running, 60)
    assert jobs_sweep()["recovered"] == 1


def test_a_worker_restarted_under_the_same_name_does_not_vouch_for_its_predecessor(running):
    _stage_began(running, 60)
    _silent("fetch@a/1", 60)
    worker_beat(name="fetch@a/2", hostname="fetch@a", pid=2)  # same host and name, new process

    assert jobs_sweep()["recovered"] == 1


def test_a_dead_analysis_worker_s_job_is_requeued_as_a_counted_attempt(running, settings):
    assert job_handoff(job=running, fetched={"snapshots": [], "failures": []}, message="ok")
    handed = VerificationJob.objects.get(pk=running.pk)
    assert handed.run_by == ""  # waiting in the analysis queue: no worker has it
    worker_beat(name="analyse@b/7", hostname="analyse@b", pid=7)
    analysing = job_analysis_start(
        job_id=handed.pk, task_id=handed.celery_task_id, run_by="analyse@b/7"
    )
    assert analysing.run_by == "analyse@b/7"
    _stage_began(analysing, 60)
    _silent("analyse@b/7", 60)

    assert jobs_sweep()["recovered"] == 1
    job = VerificationJob.objects.get(pk=running.pk)
    assert (job.status, job.stage, job.attempts) == (JobStatus.PENDING, "fetch", 1)


def test_it_fails_a_job_whose_workers_died_in_every_attempt(running):
    VerificationJob.objects.filter(pk=running.pk).update(max_attempts=1)
    _stage_began(running, 60)
    _silent("fetch@a/1", 60)

    assert jobs_sweep() == {"resent": 0, "recovered": 0, "failed": 1}
    job = VerificationJob.objects.get(pk=running.pk)
    assert (job.status, job.error_code) == (JobStatus.FAILED, "lost")
    assert job.error == "its worker died in every attempt, 1 attempts"


def test_the_sweeper_forgets_workers_silent_for_a_day(running):
    worker_beat(name="gone@c/3")
    _silent("gone@c/3", 86_400 + 60)

    jobs_sweep()
    # Only this test's rows: a real worker of an integration test may beat into the database too.
    names = set(
        WorkerBeat.objects.filter(name__in=["gone@c/3", "fetch@a/1"]).values_list("name", flat=True)
    )
    assert names == {"fetch@a/1"}


def _on_its_thread(call):
    """Run `call` as the heartbeat does, on a thread of its own with its own connection."""
    result = []
    thread = threading.Thread(target=lambda: result.append(call()))
    thread.start()
    thread.join()
    return result[0]


@pytest.mark.django_db(transaction=True)
def test_a_worker_announces_itself_beats_and_leaves(settings):
    name = liveness.announce("fetch@here")
    try:
        assert name.startswith("fetch@here/") and liveness.identity() == name
        assert liveness.announce("fetch@here") != name  # each start is a new worker
        name = liveness.identity()
        assert _on_its_thread(liveness.beat_once) is True
        # Only this test's workers: a real worker of an integration test may beat here too.
        here = live_workers().filter(name__startswith="fetch@here/")
        assert list(here.values_list("name", flat=True)) == [name]
        _silent(name, settings.VERIFIER_WORKER_HEARTBEAT_TTL + 1)
        assert not here.exists()
        _on_its_thread(liveness.beat_once)
        assert here.exists()
        _on_its_thread(liveness.stop)
        assert not WorkerBeat.objects.filter(name=name).exists()
        # A beat that was under way when the worker left does not announce it again.
        assert _on_its_thread(liveness.beat_once) is False
        assert not WorkerBeat.objects.filter(name=name).exists()
    finally:
        liveness._identity = ""


def test_a_periodic_task_runs_once_per_period_whatever_the_number_of_schedulers():
    now = timezone.now()
    assert periodic_claim(name="recheck-sources", every=3600, now=now) is True
    # A second scheduler's copy of the same run, a minute later: already claimed.
    later = now + timedelta(minutes=1)
    assert periodic_claim(name="recheck-sources", every=3600, now=later) is False
    assert periodic_claim(name="other-task", every=3600, now=later) is True
    next_period = now + timedelta(minutes=61)
    assert periodic_claim(name="recheck-sources", every=3600, now=next_period) is True
    assert PeriodicRun.objects.get(name="recheck-sources").started_at == next_period


def test_two_sweeps_of_the_same_orphan_requeue_it_once(running, django_capture_on_commit_callbacks):
    """Two schedulers' sweeps may run side by side: the conditional UPDATE lets one win."""
    _stage_began(running, 60)
    _silent("fetch@a/1", 60)
    stale = VerificationJob.objects.get(pk=running.pk)

    with django_capture_on_commit_callbacks() as sent:
        assert jobs_sweep()["recovered"] == 1
        # The second sweep read the row before the first wrote it: its update matches nothing.
        counts = {"resent": 0, "recovered": 0, "failed": 0}
        from claims.services.jobs import _recover

        _recover(stale, timezone.now(), counts, why="again", spent="spent")
    assert counts["recovered"] == 0 and len(sent) == 1
    assert JobAttempt.objects.filter(job=running).count() == 1
