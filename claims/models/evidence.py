"""Evidence: a passage of a source that bears on a claim, with its stance."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from claims.models.choices import Stance
from claims.models.claim import Claim
from claims.models.source import Snapshot, Source


class Evidence(models.Model):
    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="evidence"
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.CASCADE, related_name="evidence"
    )
    snapshot = models.ForeignKey(
        Snapshot,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="evidence",
        verbose_name=_("snapshot"),
    )
    url = models.URLField(_("URL"), max_length=2000)
    stance = models.CharField(
        _("stance"), max_length=10, choices=Stance.choices, default=Stance.NEUTRAL
    )
    confidence = models.FloatField(_("confidence"), default=0.0)
    excerpt = models.TextField(_("excerpt"))
    excerpt_start = models.PositiveIntegerField(_("excerpt start"), null=True, blank=True)
    excerpt_end = models.PositiveIntegerField(_("excerpt end"), null=True, blank=True)
    # The hash of the content the excerpt was found in: a re-run on unchanged content lands on
    # the same row (see the unique constraint) instead of adding a duplicate.
    content_sha256 = models.CharField(_("content SHA-256"), max_length=64, blank=True)
    method = models.CharField(
        _("method"), max_length=60, blank=True, help_text=_("How the passage was found.")
    )
    reason = models.CharField(
        _("reason"), max_length=40, blank=True, help_text=_("Machine reason code.")
    )
    explanation = models.TextField(_("explanation"), blank=True)
    claim_quantity = models.JSONField(_("claim quantity"), null=True, blank=True)
    source_quantity = models.JSONField(_("source quantity"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
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
