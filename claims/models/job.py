"""Verification jobs: the database row is the job of record, Celery only its trigger."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from claims.models.article import Article
from claims.models.choices import ACTIVE_JOB_STATUSES, JobKind, JobStage, JobStatus
from claims.models.claim import Claim


class VerificationJob(models.Model):
    # Longer error texts are cut (claims.services.jobs.error_bounded), on the attempts too.
    ERROR_MAX_LENGTH = 2000

    # The same row, claim, retries, sweeper and progress serve both kinds of work; an extraction
    # job names its article instead of a claim (claims.services.proposal_jobs).
    kind = models.CharField(max_length=10, choices=JobKind.choices, default=JobKind.VERIFY)
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="jobs"
    )
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="extraction_jobs"
    )
    status = models.CharField(
        max_length=10, choices=JobStatus.choices, default=JobStatus.PENDING, db_index=True
    )
    # A running job is first fetched (I/O, a thread pool), then analysed (CPU, a process pool).
    stage = models.CharField(max_length=10, choices=JobStage.choices, default=JobStage.FETCH)
    attempts = models.PositiveIntegerField(default=0)
    max_attempts = models.PositiveIntegerField(default=5)
    celery_task_id = models.CharField(max_length=64, blank=True)
    progress = models.PositiveSmallIntegerField(default=0, help_text="Percent done.")
    progress_message = models.CharField(max_length=300, blank=True)
    error_code = models.CharField(max_length=40, blank=True)
    error = models.TextField(blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # When a pending job may next be picked up (retry backoff); the sweeper re-sends after it.
    run_after = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    started_at = models.DateTimeField(null=True, blank=True)
    # When the current stage's task began; empty while its message waits in a queue. The
    # sweeper measures the hard time limit from here, not from the start of the attempt.
    stage_started_at = models.DateTimeField(null=True, blank=True)
    # What the fetch stage read, handed to the analysis stage: {"snapshots": [...], "failures":
    # [...]}. Kept on the row, so a lost analysis message can be re-sent without fetching again.
    fetched = models.JSONField(default=dict, blank=True)
    # The live worker (claims.WorkerBeat.name) running the current stage; empty while the stage
    # waits in a queue. The sweeper re-queues the job as soon as that worker stops beating.
    run_by = models.CharField(max_length=120, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # At most one live job per claim: a second "verify" returns the live one.
            models.UniqueConstraint(
                fields=["claim"],
                condition=Q(status__in=ACTIVE_JOB_STATUSES),
                name="job_one_active_per_claim",
            ),
            models.UniqueConstraint(
                fields=["article"],
                condition=Q(status__in=ACTIVE_JOB_STATUSES),
                name="job_one_active_per_article",
            ),
            models.CheckConstraint(
                condition=Q(kind=JobKind.VERIFY, claim__isnull=False)
                | Q(kind=JobKind.EXTRACT, article__isnull=False),
                name="job_names_what_it_works_on",
            ),
        ]
        indexes = [models.Index(fields=["status", "updated_at"], name="job_status_updated_idx")]

    def __str__(self) -> str:
        what = f"claim {self.claim_id}" if self.claim_id else f"article {self.article_id}"
        return f"job {self.pk} for {what}: {self.status}"


class JobAttempt(models.Model):
    """One run of a job by one worker: what happened, how long it took."""

    class Outcome(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        RETRY = "retry", "Will retry"
        FAILED = "failed", "Failed"
        LOST = "lost", "Lost (worker died or timed out)"

    job = models.ForeignKey(VerificationJob, on_delete=models.CASCADE, related_name="job_attempts")
    number = models.PositiveIntegerField()
    celery_task_id = models.CharField(max_length=64, blank=True)
    worker = models.CharField(max_length=200, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.RUNNING)
    error_code = models.CharField(max_length=40, blank=True)
    error = models.TextField(blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["job", "number"]
        constraints = [
            models.UniqueConstraint(fields=["job", "number"], name="jobattempt_unique_number"),
        ]

    def __str__(self) -> str:
        return f"job {self.job_id} attempt {self.number}: {self.outcome}"


class FetchAttempt(models.Model):
    """One outbound request for a source, with its outcome from the fetcher's taxonomy."""

    source = models.ForeignKey(
        "claims.Source", on_delete=models.CASCADE, related_name="fetch_attempts"
    )
    job = models.ForeignKey(
        VerificationJob,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fetch_attempts",
    )
    url = models.URLField(max_length=2000)
    final_url = models.URLField(max_length=2000, blank=True)
    outcome = models.CharField(max_length=40, db_index=True, help_text='"ok" or an error code.')
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    content_type = models.CharField(max_length=200, blank=True)
    elapsed_ms = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    started_at = models.DateTimeField()

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"{self.url}: {self.outcome}"
