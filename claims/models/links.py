"""Where a claim appears, and which claims in other articles are near-duplicates of it."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from claims.models.article import Article
from claims.models.claim import Claim


class ClaimAppearance(models.Model):
    """A further place in an article where the same claim is stated (the first is the claim's)."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="appearances")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="appearances")
    quote = models.TextField()
    quote_start = models.PositiveIntegerField()
    quote_end = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article", "quote_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "quote_start", "quote_end"], name="appearance_unique_span"
            ),
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} also at {self.quote_start}-{self.quote_end}"


class ClaimLink(models.Model):
    """Two claims from different articles that say the same thing, found by similarity.

    Above the auto threshold the link is made at once; between the two thresholds it waits for
    a person to confirm or reject it. A confirmed link lets a verdict be reused.
    """

    class State(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        AUTO = "auto", "Linked automatically"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_out")
    twin = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_in")
    similarity = models.FloatField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.SUGGESTED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-similarity", "id"]
        constraints = [
            # Stored once per pair, the lower id first.
            models.UniqueConstraint(fields=["claim", "twin"], name="claimlink_unique_pair"),
            models.CheckConstraint(condition=Q(claim__lt=F("twin")), name="claimlink_ordered_pair"),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id} ≈ {self.twin_id} ({self.similarity:.2f}, {self.state})"
