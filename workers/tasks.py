"""Celery tasks: thin, id-taking, safe to re-run; the services and the pipeline do the work."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import OperationalError, close_old_connections
from django.utils import timezone

from claims.models import VerificationJob
from claims.selectors.sources import sources_due_for_recheck
from claims.services.discovery import claim_discovery_run, discovery_sweep
from claims.services.jobs import (
    JobTakenOver,
    job_analysis_start,
    job_complete,
    job_fail,
    job_fetch_start,
    job_handoff,
    job_retry_or_fail,
    job_succeed,
    jobs_sweep,
)
from claims.services.linkrot import source_recheck
from claims.services.proposal_jobs import extraction_run
from claims.services.workers import periodic_claim
from verifier import routing
from workers import liveness
from workers.pipeline import analyse_fetched, fetch_sources

logger = logging.getLogger(__name__)
T = TypeVar("T")


class StageResult(StrEnum):
    """What a stage's task did, as it returns it (a plain string in the worker's log)."""

    SKIPPED = "skipped"  # the message was not this job's current one: someone else runs it
    SUPERSEDED = "superseded"  # the run lost its job meanwhile (swept, re-queued): it let go
    FETCHED = "fetched"  # stage 1 done, the job handed to the analysis queue
    SUCCEEDED = "succeeded"
    RETRY = "retry"  # a passing fault: the job is queued again with backoff
    TIMEOUT = "timeout"  # the soft time limit: retried like a passing fault
    FAILED = "failed"


def _closed(written: bool, result: StageResult) -> str:
    """`result`, or SUPERSEDED when the closing write missed (the run no longer owns the job)."""
    return (result if written else StageResult.SUPERSEDED).value


def _run_stage(job: VerificationJob, stage: Callable[[VerificationJob], T]) -> T | StageResult:
    """Run one stage of `job`; a fault is turned into the job's retry or failure, and a result."""
    try:
        return stage(job)
    except JobTakenOver:  # the sweeper re-queued the job while this run was slow: let go
        logger.warning("job %s was taken over while %s ran; this run stops", job.pk, stage.__name__)
        return StageResult.SUPERSEDED
    except SoftTimeLimitExceeded:
        job_retry_or_fail(job=job, code="timeout", error="the run exceeded its soft time limit")
        return StageResult.TIMEOUT
    except OperationalError as exc:  # the database blinked (restart, lock timeout): it heals
        close_old_connections()
        job_retry_or_fail(job=job, code="database", error=f"database unavailable: {exc}")
        return StageResult.RETRY
    except Exception as exc:  # a bug, not a source's fault: keep the trace, fail the job clearly
        logger.exception("job %s crashed in %s", job.pk, stage.__name__)
        job_fail(job=job, code="internal", error=f"{type(exc).__name__}: {exc}")
        return StageResult.FAILED


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, name=routing.JOB_FETCH_TASK)
def job_fetch(self, job_id: int) -> str:
    """Stage 1 of job `job_id` (I/O queue): fetch and preserve its sources, then hand it over.

    The protocol (stages, ownership, sweeper, hand-over) is drawn in docs/jobs.md.
    """
    job = job_fetch_start(
        job_id=job_id,
        task_id=self.request.id or "",
        worker=self.request.hostname or "",
        run_by=liveness.identity(),
    )
    if job is None:
        logger.info(
            "job %s is not pending for task %s; another worker has it", job_id, self.request.id
        )
        return StageResult.SKIPPED.value
    fetched = _run_stage(job, fetch_sources)
    if isinstance(fetched, StageResult):
        return fetched.value
    # Each closing write is a no-op returning False when this run lost the job meanwhile.
    # Past the job's fetch deadline the job goes on with what it has instead of retrying.
    if fetched.retryable and job.attempts < job.max_attempts and not fetched.deadline_hit:
        retried = job_retry_or_fail(job=job, code="fetch", error=fetched.summary)
        return _closed(retried, StageResult.RETRY)
    if not fetched.snapshots:
        code = "fetch" if fetched.retryable else "no_source_read"
        code = "timeout" if fetched.deadline_hit else code
        return _closed(job_fail(job=job, code=code, error=fetched.summary), StageResult.FAILED)
    handed = job_handoff(job=job, fetched=fetched.handoff(), message=fetched.summary)
    return _closed(handed, StageResult.FETCHED)


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, name=routing.JOB_ANALYSE_TASK)
def job_analyse(self, job_id: int) -> str:
    """Stage 2 of job `job_id` (CPU queue): extract, match, attach evidence, suggest a verdict."""
    job = job_analysis_start(
        job_id=job_id, task_id=self.request.id or "", run_by=liveness.identity()
    )
    if job is None:
        logger.info("job %s is not waiting for analysis by task %s", job_id, self.request.id)
        return StageResult.SKIPPED.value
    outcome = _run_stage(job, analyse_fetched)
    if isinstance(outcome, StageResult):
        return outcome.value
    if outcome.suggestion is not None:  # at least one source was read and judged
        completed = job_complete(job=job, suggestion=outcome.suggestion, message=outcome.summary)
        return _closed(completed, StageResult.SUCCEEDED)
    failed = job_fail(job=job, code="no_source_read", error=outcome.summary)
    return _closed(failed, StageResult.FAILED)


@shared_task(
    bind=True, acks_late=True, reject_on_worker_lost=True, name=routing.EXTRACT_ARTICLE_TASK
)
def extract_article(self, job_id: int) -> str:
    """Extraction job `job_id` (CPU queue): find the article's claims and propose them."""
    job = job_fetch_start(
        job_id=job_id,
        task_id=self.request.id or "",
        worker=self.request.hostname or "",
        run_by=liveness.identity(),
    )
    if job is None:
        return StageResult.SKIPPED.value
    outcome = _run_stage(job, extraction_run)
    if isinstance(outcome, StageResult):
        return outcome.value
    return _closed(job_succeed(job=job, message=outcome.summary), StageResult.SUCCEEDED)


@shared_task(name=routing.SWEEP_JOBS_TASK)
def sweep_jobs() -> dict[str, int]:
    """Periodic: re-send lost pending jobs and discovery runs, recover those whose worker died.

    Idempotent by design, so a second scheduler does no harm: every change is a conditional
    UPDATE on the row as the sweep read it, and of two sweeps racing for a job one matches.
    """
    found = discovery_sweep()
    return {**jobs_sweep(), **{f"discovery_{name}": count for name, count in found.items()}}


@shared_task(name=routing.RECHECK_SOURCES_TASK)
def recheck_sources() -> int:
    """Periodic: queue a re-check of every source of the claims due (link rot and drift).

    One task per source, so a slow host holds one worker slot for one page, not the whole sweep
    under a single time limit; each re-check is safe to run twice (it flags on changes only).
    A second scheduler's copy of the same period finds the run claimed and queues nothing.
    """
    if not periodic_claim(name="recheck-sources", every=settings.VERIFIER_RECHECK_EVERY):
        logger.info("recheck_sources already ran this period (a second scheduler?); skipped")
        return 0
    now = timezone.now()
    due = sources_due_for_recheck(
        now=now, closed_after_days=settings.VERIFIER_RECHECK_CLOSED_AFTER_DAYS
    )
    source_ids = list(due.order_by("id").values_list("pk", flat=True))
    for source_id in source_ids:
        recheck_source.delay(source_id, now.isoformat())
    return len(source_ids)


@shared_task(acks_late=True, name=routing.RECHECK_SOURCE_TASK)
def recheck_source(source_id: int, now: str | None = None) -> dict[str, int]:
    """Re-fetch one source and flag its claims if the page died or its evidence drifted away."""
    when = datetime.fromisoformat(now) if now else None
    return dict(source_recheck(source_id=source_id, now=when))


@shared_task(acks_late=True, name=routing.DISCOVER_TASK)
def discover_for_claim(claim_id: int) -> dict[str, str]:
    """Run the queued provider runs of claim `claim_id`; their finds are candidates, no verdict."""
    return {run.provider: run.outcome for run in claim_discovery_run(claim_id=claim_id)}
