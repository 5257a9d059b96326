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
from django.utils.translation import gettext as _

from claims import dispatch
from claims.models import (
    ACTIVE_JOB_STATUSES,
    Claim,
    JobAttempt,
    JobKind,
    JobStage,
    JobStatus,
    VerificationJob,
)
from claims.services.errors import NothingToVerify
from claims.services.status import claim_suggestion_set
from claims.services.workers import clock_minus, live_workers, workers_forget
from workers.fetching import backoff_delay
from workers.verification import Suggestion

logger = logging.getLogger(__name__)


def _send(
    job_id: int, task_id: str, stage: str, countdown: float | None = None, kind: str = "verify"
) -> None:
    """Hand a stage of the job to Celery. A failure loses nothing: the sweeper re-sends it."""
    try:
        dispatch.job_stage_send(
            job_id=job_id,
            task_id=task_id,
            analyse=stage == JobStage.ANALYSE,
            extract=kind == JobKind.EXTRACT,
            countdown=countdown,
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
    job_id, task_id, kind = job.pk, job.celery_task_id, job.kind
    transaction.on_commit(lambda: _send(job_id, task_id, stage, countdown, kind))


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
            _("This claim cites no source to verify against; add a source first."), field="sources"
        )
    return job_queue(owner={"claim": claim}, requested_by=user)


def job_queue(
    *, owner: dict, kind: str = JobKind.VERIFY, requested_by: AbstractBaseUser | None
) -> tuple[VerificationJob, bool]:
    """Write a job for `owner` ({"claim": …} or {"article": …}) and send it after commit, or
    return the one already pending or running for it (at most one, by constraint)."""
    live = VerificationJob.objects.filter(**owner, status__in=ACTIVE_JOB_STATUSES).first()
    if live:
        return live, False
    try:
        with transaction.atomic():
            job = VerificationJob.objects.create(
                **owner,
                kind=kind,
                requested_by=requested_by,
                celery_task_id=str(uuid.uuid4()),
                max_attempts=settings.VERIFIER_JOB_MAX_ATTEMPTS,
            )
            _send_on_commit(job)
    except IntegrityError:  # a concurrent request queued one first: that one is the answer
        return VerificationJob.objects.get(**owner, status__in=ACTIVE_JOB_STATUSES), False
    return job, True


def job_fetch_start(
    *, job_id: int, task_id: str, worker: str, run_by: str = ""
) -> VerificationJob | None:
    """Claim the job for the fetch stage, or None when it is not this task's to run.

    `worker` names the worker for people (its hostname), `run_by` the live worker process
    whose heartbeat the sweeper watches (workers/liveness.py); empty outside a worker.

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
            run_by=run_by,
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
        job = VerificationJob.objects.select_related("claim", "article").get(pk=job_id)
        JobAttempt.objects.filter(job=job, outcome=JobAttempt.Outcome.RUNNING).update(
            outcome=JobAttempt.Outcome.LOST,
            finished_at=now,
            error="the worker running this attempt stopped before finishing",
        )
        JobAttempt.objects.create(
            job=job, number=job.attempts, celery_task_id=task_id, worker=run_by or worker
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
                run_by="",
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


def job_analysis_start(*, job_id: int, task_id: str, run_by: str = "") -> VerificationJob | None:
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
        run_by=run_by,
        stage_started_at=Coalesce(F("stage_started_at"), Value(now, output_field=DateTimeField())),
        progress_message="analysing",
        updated_at=now,
    )
    if not taken:
        return None
    return VerificationJob.objects.select_related("claim").get(pk=job_id)


# What a job goes back to when it must run again from the start (a retry, a lost run).
_REQUEUED = {"status": JobStatus.PENDING, "stage": JobStage.FETCH, "stage_started_at": None,
             "run_by": "", "fetched": {}}  # fmt: skip


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
            job_id=job.pk,
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


def job_succeed(*, job: VerificationJob, message: str = "done") -> bool:
    """Close the job as done; False (and nothing written) when this run no longer owns it."""
    with transaction.atomic():
        done = _owned(job).update(
            status=JobStatus.SUCCEEDED,
            progress=100,
            progress_message=message[:300],
            error_code="",
            error="",
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
        if done:
            _close_attempt(job, JobAttempt.Outcome.SUCCEEDED)
    return bool(done)


def error_bounded(error: str) -> str:
    """An error text cut to VerificationJob.ERROR_MAX_LENGTH: a traceback or a hostile server's
    message must not grow every job row and API answer without end."""
    limit = VerificationJob.ERROR_MAX_LENGTH
    return error if len(error) <= limit else error[: limit - 1] + "…"


def job_fail(*, job: VerificationJob, code: str, error: str) -> bool:
    """Close the job as failed; False (and nothing written) when this run no longer owns it."""
    error = error_bounded(error)
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
    error = error_bounded(error)
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


def _recover(job: VerificationJob, now, counts: dict[str, int], *, why: str, spent: str) -> None:
    """Queue a running job again from the start, or fail it once its attempts are spent.

    Only while the row is still as the sweeper read it: a run that moved on meanwhile (handed
    over, finished) keeps its job. The fetch stage of the new attempt skips the sources the
    lost one already preserved, so little is done twice.
    """
    with transaction.atomic():
        stuck = VerificationJob.objects.filter(
            pk=job.pk,
            status=JobStatus.RUNNING,
            celery_task_id=job.celery_task_id,
            stage_started_at=job.stage_started_at,
        )
        if job.attempts >= job.max_attempts:
            counts["failed"] += _fail_lost(stuck, job, f"{spent}, {job.attempts} attempts", now)
            return
        task_id = str(uuid.uuid4())
        if stuck.update(**_REQUEUED, celery_task_id=task_id, updated_at=now):
            _close_attempt(job, JobAttempt.Outcome.LOST, "lost", why)
            job.celery_task_id = task_id
            _send_on_commit(job)
            counts["recovered"] += 1


def jobs_sweep(*, now=None) -> dict[str, int]:
    """Re-send jobs whose message was lost; recover running jobs whose worker died or hung.

    - pending, untouched for VERIFIER_JOB_RESEND_AFTER: its fetch message is sent again;
    - fetched and waiting for analysis as long: its analysis message is sent again (nothing is
      fetched twice: the snapshots are on the row);
    - a stage whose worker stopped beating (VERIFIER_WORKER_HEARTBEAT_TTL, workers/liveness.py):
      the worker is gone, so the job is queued again at once, as a new attempt;
    - a stage that started longer ago than the hard limit: a runaway on a live worker (or a
      job no heartbeat names), queued again too, or failed once its attempts are spent.
    A slow stage on a live worker is left alone until the hard limit. Each re-send gives the
    message a new task id, so the superseded message, if it ever arrives, finds another id on
    the row and does nothing. `now` (tests) stands for the database's clock too.
    """
    given, now = now, now or timezone.now()
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

    ttl = settings.VERIFIER_WORKER_HEARTBEAT_TTL
    # A stage younger than the TTL is spared: its worker may not have announced itself yet.
    orphaned = (
        VerificationJob.objects.filter(
            status=JobStatus.RUNNING, stage_started_at__lte=clock_minus(ttl, now=given)
        )
        .exclude(run_by="")
        .exclude(run_by__in=live_workers(now=given).values("name"))
    )
    for job in orphaned:
        why = f"its worker {job.run_by} stopped (no heartbeat for {ttl} s)"
        _recover(job, now, counts, why=why, spent="its worker died in every attempt")

    for job in VerificationJob.objects.filter(
        status=JobStatus.RUNNING, stage_started_at__lte=hard_limit
    ):
        _recover(
            job, now, counts, why="past the hard limit",
            spent="no worker finished it within the time limit",
        )  # fmt: skip
    workers_forget(older_than=timedelta(days=1), now=given)
    return counts
