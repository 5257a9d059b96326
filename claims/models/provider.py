"""What the discovery providers found for a claim: candidate evidence, never a verdict."""

from django.db import models

from claims.models.claim import Claim


class ProviderResult(models.Model):
    """One item a provider returned (a fact-check, an encyclopedia page, an archived copy)."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="provider_results")
    provider = models.CharField(max_length=40, help_text="wayback, factcheck, mediawiki...")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=1000, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    rating_text = models.CharField(
        max_length=300, blank=True, help_text="The publisher's own rating, as they worded it."
    )
    snippet = models.TextField(blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # The provider's item as received: the provenance, kept whole for whoever audits it.
    raw = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["provider", "-published_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "provider", "url"], name="providerresult_unique_item"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.provider}: {self.title or self.url}"


class ProviderRun(models.Model):
    """One call of one provider for one claim, with its outcome (so failures are on record)."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="provider_runs")
    provider = models.CharField(max_length=40)
    outcome = models.CharField(max_length=40, help_text='"ok" or an error code.')
    error = models.TextField(blank=True)
    results = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField()
    elapsed_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"{self.provider} for claim {self.claim_id}: {self.outcome}"
