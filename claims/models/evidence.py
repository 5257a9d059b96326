"""Evidence: a passage of a source that bears on a claim, with its stance."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from claims.models.choices import Stance
from claims.models.claim import Claim
from claims.models.source import Snapshot, Source


class Evidence(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="evidence")
    snapshot = models.ForeignKey(
        Snapshot, null=True, blank=True, on_delete=models.PROTECT, related_name="evidence"
    )
    url = models.URLField(max_length=2000)
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.NEUTRAL)
    confidence = models.FloatField(default=0.0)
    excerpt = models.TextField()
    excerpt_start = models.PositiveIntegerField(null=True, blank=True)
    excerpt_end = models.PositiveIntegerField(null=True, blank=True)
    # The hash of the content the excerpt was found in: a re-run on unchanged content lands on
    # the same row (see the unique constraint) instead of adding a duplicate.
    content_sha256 = models.CharField(max_length=64, blank=True)
    method = models.CharField(max_length=60, blank=True, help_text="How the passage was found.")
    reason = models.CharField(max_length=40, blank=True, help_text="Machine reason code.")
    explanation = models.TextField(blank=True)
    claim_quantity = models.JSONField(null=True, blank=True)
    source_quantity = models.JSONField(null=True, blank=True)
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["-confidence", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source", "content_sha256", "excerpt_start", "excerpt_end"],
                name="evidence_unique_passage",
            ),
        ]
        # `?stance=` is an API filter; claim and source are covered by their foreign-key indexes.
        indexes = [models.Index(fields=["stance"], name="evidence_stance_idx")]

    def __str__(self) -> str:
        return f"{self.get_stance_display()}: {self.excerpt[:60]}"

    @property
    def by_machine(self) -> bool:
        return self.created_by_id is None
