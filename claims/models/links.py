"""Where a claim appears, and which claims in other articles are near-duplicates of it."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from claims.models.article import Article
from claims.models.claim import Claim


class ClaimAppearance(models.Model):
    """A further place in an article where the same claim is stated (the first is the claim's)."""

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="appearances"
    )
    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="appearances"
    )
    quote = models.TextField(_("quote"))
    quote_start = models.PositiveIntegerField(_("quote start"))
    quote_end = models.PositiveIntegerField(_("quote end"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("further appearance")
        verbose_name_plural = _("further appearances")
        ordering = ["article", "quote_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "quote_start", "quote_end"], name="appearance_unique_span"
            ),
        ]

    def __str__(self) -> str:
        return _("claim %(claim)s also at %(start)s–%(end)s") % {
            "claim": self.claim_id,
            "start": self.quote_start,
            "end": self.quote_end,
        }


class ClaimLink(models.Model):
    """Two claims from different articles that say the same thing, found by similarity.

    Above the auto threshold the link is made at once; between the two thresholds it waits for
    a person to confirm or reject it. A confirmed link lets a verdict be reused.
    """

    class State(models.TextChoices):
        SUGGESTED = "suggested", _("Suggested")
        AUTO = "auto", _("Linked automatically")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="links_out"
    )
    twin = models.ForeignKey(
        Claim, verbose_name=_("twin"), on_delete=models.CASCADE, related_name="links_in"
    )
    similarity = models.FloatField(_("similarity"))
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.SUGGESTED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("link between claims")
        verbose_name_plural = _("links between claims")
        ordering = ["-similarity", "id"]
        constraints = [
            # Stored once per pair, the lower id first.
            models.UniqueConstraint(fields=["claim", "twin"], name="claimlink_unique_pair"),
            models.CheckConstraint(condition=Q(claim__lt=F("twin")), name="claimlink_ordered_pair"),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id} ≈ {self.twin_id} ({self.similarity:.2f}, {self.state})"
