"""Celery tasks: thin, id-taking, safe to re-run; the services and the pipeline do the work."""

from __future__ import annotations

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from claims.services.jobs import job_fail, job_retry_or_fail, job_start, job_succeed, jobs_sweep
from workers.pipeline import run_verification

logger = logging.getLogger(__name__)


@shared_task(
    bind=True, acks_late=True, reject_on_worker_lost=True, name="workers.tasks.verify_claim"
)
def verify_claim(self, job_id: int) -> str:
    """Run verification job `job_id`; a message for a job someone else runs is dropped."""
    job = job_start(
        job_id=job_id, task_id=self.request.id or "", worker=self.request.hostname or ""
    )
    if job is None:
        logger.info(
            "job %s is not pending for task %s; another worker has it", job_id, self.request.id
        )
        return "skipped"
    try:
        outcome = run_verification(job)
    except SoftTimeLimitExceeded:
        job_retry_or_fail(job=job, code="timeout", error="the run exceeded its soft time limit")
        return "timeout"
    except Exception as exc:  # a bug, not a source's fault: keep the trace, fail the job clearly
        logger.exception("job %s crashed", job_id)
        job_fail(job=job, code="internal", error=f"{type(exc).__name__}: {exc}")
        return "failed"
    if outcome.retryable and job.attempts < job.max_attempts:
        job_retry_or_fail(job=job, code="fetch", error=outcome.summary)
        return "retry"
    if outcome.judged_sources:
        job_succeed(job=job, message=outcome.summary)
        return "succeeded"
    job_fail(
        job=job, code="fetch" if outcome.retryable else "no_source_read", error=outcome.summary
    )
    return "failed"


@shared_task(name="workers.tasks.sweep_jobs")
def sweep_jobs() -> dict[str, int]:
    """Periodic: re-send lost pending jobs and recover jobs whose worker died."""
    return jobs_sweep()
