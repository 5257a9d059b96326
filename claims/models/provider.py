"""What the discovery providers found for a claim: candidate evidence, never a verdict."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from claims.models.claim import Claim


class ProviderResult(models.Model):
    """One item a provider returned (a fact-check, an encyclopedia page, an archived copy)."""

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="provider_results"
    )
    provider = models.CharField(
        _("provider"), max_length=40, help_text=_("wayback, factcheck, mediawiki...")
    )
    url = models.URLField(_("URL"), max_length=2000)
    title = models.CharField(_("title"), max_length=1000, blank=True)
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    rating_text = models.CharField(
        _("rating text"),
        max_length=300,
        blank=True,
        help_text=_("The publisher's own rating, as they worded it."),
    )
    snippet = models.TextField(_("snippet"), blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    # The provider's item as received: the provenance, kept whole for whoever audits it.
    raw = models.JSONField(_("raw answer"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("candidate from a provider")
        verbose_name_plural = _("candidates from providers")
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

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="provider_runs"
    )
    provider = models.CharField(_("provider"), max_length=40)
    outcome = models.CharField(_("outcome"), max_length=40, help_text=_('"ok" or an error code.'))
    error = models.TextField(_("error"), blank=True)
    results = models.PositiveIntegerField(_("results"), default=0)
    started_at = models.DateTimeField(_("started at"))
    elapsed_ms = models.PositiveIntegerField(_("time taken (ms)"), default=0)

    class Meta:
        verbose_name = _("provider run")
        verbose_name_plural = _("provider runs")
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return _("%(provider)s for claim %(claim)s: %(outcome)s") % {
            "provider": self.provider,
            "claim": self.claim_id,
            "outcome": self.outcome,
        }
