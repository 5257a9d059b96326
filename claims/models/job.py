"""Verification jobs: the database row is the job of record, Celery only its trigger."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from claims.models.article import Article
from claims.models.choices import ACTIVE_JOB_STATUSES, JobKind, JobStage, JobStatus
from claims.models.claim import Claim


class VerificationJob(models.Model):
    # Longer error texts are cut (claims.services.jobs.error_bounded), on the attempts too.
    ERROR_MAX_LENGTH = 2000

    # The same row, claim, retries, sweeper and progress serve both kinds of work; an extraction
    # job names its article instead of a claim (claims.services.proposal_jobs).
    kind = models.CharField(
        _("kind"), max_length=10, choices=JobKind.choices, default=JobKind.VERIFY
    )
    claim = models.ForeignKey(
        Claim,
        verbose_name=_("claim"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="jobs",
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="extraction_jobs",
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=JobStatus.choices,
        default=JobStatus.PENDING,
        db_index=True,
    )
    # A running job is first fetched (I/O, a thread pool), then analysed (CPU, a process pool).
    stage = models.CharField(
        _("stage"), max_length=10, choices=JobStage.choices, default=JobStage.FETCH
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    max_attempts = models.PositiveIntegerField(_("max attempts"), default=5)
    celery_task_id = models.CharField(_("Celery task id"), max_length=64, blank=True)
    progress = models.PositiveSmallIntegerField(
        _("progress"), default=0, help_text=_("Percent done.")
    )
    progress_message = models.CharField(_("progress message"), max_length=300, blank=True)
    error_code = models.CharField(_("error code"), max_length=40, blank=True)
    error = models.TextField(_("error"), blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("requested by"),
    )
    # When a pending job may next be picked up (retry backoff); the sweeper re-sends after it.
    run_after = models.DateTimeField(_("run after"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    # When the current stage's task began; empty while its message waits in a queue. The
    # sweeper measures the hard time limit from here, not from the start of the attempt.
    stage_started_at = models.DateTimeField(_("stage started at"), null=True, blank=True)
    # What the fetch stage read, handed to the analysis stage: {"snapshots": [...], "failures":
    # [...]}. Kept on the row, so a lost analysis message can be re-sent without fetching again.
    fetched = models.JSONField(_("fetched"), default=dict, blank=True)
    # The live worker (claims.WorkerBeat.name) running the current stage; empty while the stage
    # waits in a queue. The sweeper re-queues the job as soon as that worker stops beating.
    run_by = models.CharField(_("run by"), max_length=120, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("verification job")
        verbose_name_plural = _("verification jobs")
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
        if self.claim_id:
            return _("job %(id)s for claim %(claim)s: %(status)s") % {
                "id": self.pk,
                "claim": self.claim_id,
                "status": self.get_status_display(),
            }
        return _("job %(id)s for article %(article)s: %(status)s") % {
            "id": self.pk,
            "article": self.article_id,
            "status": self.get_status_display(),
        }

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_JOB_STATUSES


class JobAttempt(models.Model):
    """One run of a job by one worker: what happened, how long it took."""

    class Outcome(models.TextChoices):
        RUNNING = "running", _("Running")
        SUCCEEDED = "succeeded", _("Succeeded")
        RETRY = "retry", _("Will retry")
        FAILED = "failed", _("Failed")
        LOST = "lost", _("Lost (worker died or timed out)")

    job = models.ForeignKey(
        VerificationJob,
        verbose_name=_("job"),
        on_delete=models.CASCADE,
        related_name="job_attempts",
    )
    number = models.PositiveIntegerField(_("number"))
    celery_task_id = models.CharField(_("Celery task id"), max_length=64, blank=True)
    worker = models.CharField(_("worker"), max_length=200, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.RUNNING
    )
    error_code = models.CharField(_("error code"), max_length=40, blank=True)
    error = models.TextField(_("error"), blank=True)
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("job attempt")
        verbose_name_plural = _("job attempts")
        ordering = ["job", "number"]
        constraints = [
            models.UniqueConstraint(fields=["job", "number"], name="jobattempt_unique_number"),
        ]

    def __str__(self) -> str:
        return _("job %(id)s, attempt %(n)s: %(outcome)s") % {
            "id": self.job_id,
            "n": self.number,
            "outcome": self.get_outcome_display(),
        }


class FetchAttempt(models.Model):
    """One outbound request for a source, with its outcome from the fetcher's taxonomy."""

    source = models.ForeignKey(
        "claims.Source",
        on_delete=models.CASCADE,
        related_name="fetch_attempts",
        verbose_name=_("source"),
    )
    job = models.ForeignKey(
        VerificationJob,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fetch_attempts",
        verbose_name=_("job"),
    )
    url = models.URLField(_("URL"), max_length=2000)
    final_url = models.URLField(_("final URL"), max_length=2000, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=40, db_index=True, help_text=_('"ok" or an error code.')
    )
    http_status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    content_type = models.CharField(_("content type"), max_length=200, blank=True)
    elapsed_ms = models.PositiveIntegerField(_("time taken (ms)"), default=0)
    error = models.TextField(_("error"), blank=True)
    started_at = models.DateTimeField(_("started at"))

    class Meta:
        verbose_name = _("fetch attempt")
        verbose_name_plural = _("fetch attempts")
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        # The outcome is a code: screens show it as words (claims/editorial/words.py).
        return f"{self.url} @ {self.started_at:%Y-%m-%d %H:%M}"
