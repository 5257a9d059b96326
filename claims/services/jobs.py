"""Verification jobs: the row is written with the request, claimed once, retried, swept.

The protocol (stages, ownership, sweeper, hand-over) is drawn once, in docs/jobs.md.
"""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import DateTimeField, F, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from claims import dispatch
from claims.models import (
    ACTIVE_JOB_STATUSES,
    Claim,
    JobAttempt,
    JobStage,
    JobStatus,
    VerificationJob,
)
from claims.services.errors import NothingToVerify
from claims.services.status import claim_suggestion_set
from workers.fetching import backoff_delay
from workers.verification import Suggestion

logger = logging.getLogger(__name__)


def _send(job_id: int, task_id: str, stage: str, countdown: float | None = None) -> None:
    """Hand a stage of the job to Celery. A failure loses nothing: the sweeper re-sends it."""
    try:
        dispatch.job_stage_send(
            job_id=job_id, task_id=task_id, analyse=stage == JobStage.ANALYSE, countdown=countdown
        )
    except Exception:  # the broker is down; the row stays as it is and the sweeper retries it
        logger.exception("could not send job %s to the broker; the sweeper will re-send it", job_id)


def _send_on_commit(
    job: VerificationJob, countdown: float | None = None, stage: str = JobStage.FETCH
) -> None:
    """Send the job's message once the row that names its task id is committed.

    Every message has a task id of its own and the row names the one message that may run the
    job's current stage: a duplicate or superseded message finds another id there and stops.
    """
    job_id, task_id = job.pk, job.celery_task_id
    transaction.on_commit(lambda: _send(job_id, task_id, stage, countdown))


@transaction.atomic
def verification_request(
    *, claim_id: int, user: AbstractBaseUser | None = None
) -> tuple[VerificationJob, bool]:
    """Queue a verification of the claim, or return the one already pending or running.

    Returns (job, created). The Celery message is sent only after the job row is committed, so
    a worker never looks for a row that is not there yet.
    """
    claim = Claim.objects.get(pk=claim_id)
    if not claim.claim_sources.exists():
        raise NothingToVerify(
            "This claim cites no source to verify against; add a source first.", field="sources"
        )
    live = VerificationJob.objects.filter(claim_id=claim_id, status__in=ACTIVE_JOB_STATUSES).first()
    if live:
        return live, False
    try:
        with transaction.atomic():
            job = VerificationJob.objects.create(
                claim=claim,
                requested_by=user,
                celery_task_id=str(uuid.uuid4()),
                max_attempts=settings.VERIFIER_JOB_MAX_ATTEMPTS,
            )
            _send_on_commit(job)
    except IntegrityError:  # a concurrent request queued one first: that one is the answer
        live = VerificationJob.objects.get(claim_id=claim_id, status__in=ACTIVE_JOB_STATUSES)
        return live, False
    return job, True


def job_fetch_start(*, job_id: int, task_id: str, worker: str) -> VerificationJob | None:
    """Claim the job for the fetch stage, or None when it is not this task's to run.

    The conditional UPDATE is the lock; a redelivered message takes its run over until the
    attempts are spent, then fails the job instead of looping (docs/jobs.md).
    """
    now = timezone.now()
    redelivered = Q(status=JobStatus.RUNNING, celery_task_id=task_id)
    claimable = Q(status=JobStatus.PENDING) | (redelivered & Q(attempts__lt=F("max_attempts")))
    with transaction.atomic():
        taken = VerificationJob.objects.filter(claimable, pk=job_id).update(
            status=JobStatus.RUNNING,
            stage=JobStage.FETCH,
            celery_task_id=task_id,
            attempts=F("attempts") + 1,
            started_at=now,
            stage_started_at=now,
            fetched={},
            run_after=None,
            progress=0,
            progress_message="started",
            updated_at=now,
        )
        if not taken:
            spent = VerificationJob.objects.filter(redelivered, pk=job_id).first()
            if spent is not None:
                error = f"the worker stopped before finishing in all {spent.attempts} attempts"
                _fail_lost(_owned(spent), spent, error, now)
            return None
        job = VerificationJob.objects.select_related("claim").get(pk=job_id)
        JobAttempt.objects.filter(job=job, outcome=JobAttempt.Outcome.RUNNING).update(
            outcome=JobAttempt.Outcome.LOST,
            finished_at=now,
            error="the worker running this attempt stopped before finishing",
        )
        JobAttempt.objects.create(
            job=job, number=job.attempts, celery_task_id=task_id, worker=worker
        )
    return job


def job_handoff(*, job: VerificationJob, fetched: dict[str, list], message: str) -> bool:
    """Pass a fetched job to the analysis queue under a new task id; False when this run no
    longer owns the job (docs/jobs.md)."""
    now = timezone.now()
    task_id = str(uuid.uuid4())
    with transaction.atomic():
        handed = (
            _owned(job)
            .filter(stage=JobStage.FETCH)
            .update(
                stage=JobStage.ANALYSE,
                celery_task_id=task_id,
                stage_started_at=None,
                fetched=fetched,
                progress=50,
                progress_message=message[:300],
                updated_at=now,
            )
        )
        if handed:
            job.stage, job.celery_task_id, job.fetched = JobStage.ANALYSE, task_id, fetched
            _send_on_commit(job, stage=JobStage.ANALYSE)
    return bool(handed)


def job_analysis_start(*, job_id: int, task_id: str) -> VerificationJob | None:
    """Claim a fetched job for analysis by task `task_id`, or None when it is not this task's.

    While the job waits, any copy of its analysis message may start it (a re-send does not go to
    the back of a long queue); a redelivered one keeps the first start time, so an analysis that
    kills its worker every time still reaches the hard limit (docs/jobs.md).
    """
    now = timezone.now()
    claimable = Q(stage_started_at__isnull=True) | Q(celery_task_id=task_id)
    taken = VerificationJob.objects.filter(
        claimable, pk=job_id, status=JobStatus.RUNNING, stage=JobStage.ANALYSE
    ).update(
        celery_task_id=task_id,
        stage_started_at=Coalesce(F("stage_started_at"), Value(now, output_field=DateTimeField())),
        progress_message="analysing",
        updated_at=now,
    )
    if not taken:
        return None
    return VerificationJob.objects.select_related("claim").get(pk=job_id)


# What a job goes back to when it must run again from the start (a retry, a lost run).
_REQUEUED = {"status": JobStatus.PENDING, "stage": JobStage.FETCH, "stage_started_at": None,
             "fetched": {}}  # fmt: skip


def _fail_lost(owned: QuerySet[VerificationJob], job: VerificationJob, error: str, now) -> bool:
    """Fail a job whose worker kept dying or hanging; its running attempt is marked lost."""
    if not owned.update(
        status=JobStatus.FAILED, error_code="lost", error=error, finished_at=now, updated_at=now
    ):
        return False
    _close_attempt(job, JobAttempt.Outcome.LOST, "lost", error)
    return True


class JobTakenOver(Exception):
    """The run lost its job (re-queued by the sweeper, or handed over): it must stop."""


def _owned(job: VerificationJob) -> QuerySet[VerificationJob]:
    """The job's row, if the run holding `job` still owns it: running, under the run's task id.

    Every write of a run goes through here (docs/jobs.md, "Ownership").
    """
    return VerificationJob.objects.filter(
        pk=job.pk, status=JobStatus.RUNNING, celery_task_id=job.celery_task_id
    )


def job_progress(*, job: VerificationJob, percent: int, message: str) -> bool:
    """Report progress; False when this run no longer owns the job and should stop."""
    return bool(
        _owned(job).update(
            progress=max(0, min(100, percent)),
            progress_message=message[:300],
            updated_at=timezone.now(),
        )
    )


def _close_attempt(job: VerificationJob, outcome: str, code: str = "", error: str = "") -> None:
    JobAttempt.objects.filter(job=job, number=job.attempts).update(
        outcome=outcome, error_code=code, error=error, finished_at=timezone.now()
    )


def job_complete(*, job: VerificationJob, suggestion: Suggestion, message: str = "done") -> bool:
    """Write the machine's verdict and close the job as done, both only while this run owns it.

    The job's row is locked first: a sweeper that re-queues the job meanwhile waits for this
    commit and then finds it done, and a run that already lost the job writes nothing, not
    even the verdict (which bumps the claim's version and history). False when it lost it.
    """
    with transaction.atomic():
        if _owned(job).select_for_update().values_list("pk", flat=True).first() is None:
            return False
        claim_suggestion_set(
            claim_id=job.claim_id,
            verdict=suggestion.verdict,
            confidence=suggestion.confidence,
            explanation=suggestion.explanation,
        )
        now = timezone.now()
        _owned(job).update(
            status=JobStatus.SUCCEEDED,
            progress=100,
            progress_message=message[:300],
            error_code="",
            error="",
            finished_at=now,
            updated_at=now,
        )
        _close_attempt(job, JobAttempt.Outcome.SUCCEEDED)
    return True


def job_fail(*, job: VerificationJob, code: str, error: str) -> bool:
    """Close the job as failed; False (and nothing written) when this run no longer owns it."""
    with transaction.atomic():
        failed = _owned(job).update(
            status=JobStatus.FAILED,
            error_code=code,
            error=error,
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
        if failed:
            _close_attempt(job, JobAttempt.Outcome.FAILED, code, error)
    return bool(failed)


def job_retry_or_fail(*, job: VerificationJob, code: str, error: str) -> bool:
    """Put a job that hit a passing fault back in the queue with backoff; fail it when spent.

    Returns True when it will be retried. A run that no longer owns the job changes nothing.
    """
    if job.attempts >= job.max_attempts:
        job_fail(job=job, code=code, error=f"gave up after {job.attempts} attempts: {error}")
        return False
    delay = backoff_delay(
        job.attempts,
        base=settings.VERIFIER_RETRY_BACKOFF_BASE,
        cap=settings.VERIFIER_RETRY_BACKOFF_MAX,
    )
    with transaction.atomic():
        task_id = str(uuid.uuid4())
        requeued = _owned(job).update(
            **_REQUEUED,
            celery_task_id=task_id,
            error_code=code,
            error=error,
            run_after=timezone.now() + timedelta(seconds=delay),
            progress_message=f"retrying in {delay:.0f}s",
            updated_at=timezone.now(),
        )
        if not requeued:
            return False
        job.celery_task_id = task_id
        _close_attempt(job, JobAttempt.Outcome.RETRY, code, error)
        _send_on_commit(job, countdown=delay)
    return True


def jobs_sweep(*, now=None) -> dict[str, int]:
    """Re-send jobs whose message was lost; recover running jobs past the hard time limit.

    - pending, untouched for VERIFIER_JOB_RESEND_AFTER: its fetch message is sent again;
    - fetched and waiting for analysis as long: its analysis message is sent again (nothing is
      fetched twice: the snapshots are on the row);
    - a stage that started longer ago than the hard limit: its worker died or hung, so the job
      is queued again from the start, or failed once its attempts are spent.
    Each re-send gives the message a new task id, so the superseded message, if it ever
    arrives, finds another id on the row and does nothing.
    """
    now = now or timezone.now()
    resend_after = now - timedelta(seconds=settings.VERIFIER_JOB_RESEND_AFTER)
    hard_limit = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 30)
    counts = {"resent": 0, "recovered": 0, "failed": 0}

    waiting = VerificationJob.objects.filter(
        Q(status=JobStatus.PENDING, run_after__isnull=True)
        | Q(status=JobStatus.PENDING, run_after__lte=resend_after)
        | Q(status=JobStatus.RUNNING, stage=JobStage.ANALYSE, stage_started_at__isnull=True),
        updated_at__lte=resend_after,
    )
    for job in waiting:
        with transaction.atomic():
            task_id = str(uuid.uuid4())
            # Touch the row only if nobody picked it up meanwhile.
            if VerificationJob.objects.filter(
                pk=job.pk,
                status=job.status,
                stage=job.stage,
                celery_task_id=job.celery_task_id,
                stage_started_at__isnull=True,
            ).update(celery_task_id=task_id, updated_at=now):
                job.celery_task_id = task_id
                _send_on_commit(job, stage=job.stage)
                counts["resent"] += 1

    for job in VerificationJob.objects.filter(
        status=JobStatus.RUNNING, stage_started_at__lte=hard_limit
    ):
        with transaction.atomic():
            stuck = VerificationJob.objects.filter(
                pk=job.pk,
                status=JobStatus.RUNNING,
                celery_task_id=job.celery_task_id,
                stage_started_at=job.stage_started_at,
            )
            if job.attempts >= job.max_attempts:
                error = f"no worker finished it within the time limit, {job.attempts} attempts"
                counts["failed"] += _fail_lost(stuck, job, error, now)
                continue
            task_id = str(uuid.uuid4())
            if stuck.update(**_REQUEUED, celery_task_id=task_id, updated_at=now):
                _close_attempt(job, JobAttempt.Outcome.LOST, "lost", "past the hard limit")
                job.celery_task_id = task_id
                _send_on_commit(job)
                counts["recovered"] += 1
    return counts
