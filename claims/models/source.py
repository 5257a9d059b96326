"""Sources (cited documents, deduplicated by normalized URL) and their snapshots."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from claims.models.choices import SourceKind


class Source(models.Model):
    url = models.URLField(_("URL"), max_length=2000, unique=True, help_text=_("Normalized URL."))
    name = models.CharField(_("name"), max_length=500, blank=True)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=SourceKind.choices, default=SourceKind.OTHER
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name or self.url


class Snapshot(models.Model):
    """One fetch of a source, preserved as it was: never edited after it is written."""

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.CASCADE, related_name="snapshots"
    )
    job = models.ForeignKey(
        "claims.VerificationJob",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="snapshots",
        verbose_name=_("job"),
    )
    requested_url = models.URLField(_("requested URL"), max_length=2000)
    final_url = models.URLField(_("final URL"), max_length=2000, blank=True)
    http_status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    content_type = models.CharField(_("content type"), max_length=200, blank=True)
    headers = models.JSONField(
        _("headers"),
        default=list,
        blank=True,
        help_text=_("Response headers as [name, value] pairs."),
    )
    remote_address = models.CharField(_("remote address"), max_length=64, blank=True)
    size = models.PositiveBigIntegerField(_("size"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    fetched_at = models.DateTimeField(_("fetched at"))
    elapsed_ms = models.PositiveIntegerField(_("time taken (ms)"), default=0)
    body = models.FileField(_("body"), upload_to="snapshots/%Y/%m/%d/", blank=True)
    warc = models.FileField(_("WARC"), upload_to="warc/%Y/%m/%d/", blank=True)
    warc_sha256 = models.CharField(_("WARC SHA-256"), max_length=64, blank=True)
    title = models.CharField(_("title"), max_length=1000, blank=True)
    text = models.TextField(_("text"), blank=True)
    text_truncated = models.BooleanField(_("text truncated"), default=False)
    extractor = models.CharField(_("extractor"), max_length=40, blank=True)
    error_code = models.CharField(_("error code"), max_length=40, blank=True, db_index=True)
    error_message = models.TextField(_("error message"), blank=True)

    class Meta:
        verbose_name = _("snapshot")
        verbose_name_plural = _("snapshots")
        ordering = ["-fetched_at", "-id"]
        get_latest_by = "fetched_at"

    def __str__(self) -> str:
        return f"{self.requested_url} @ {self.fetched_at:%Y-%m-%d %H:%M}"

    @property
    def ok(self) -> bool:
        return not self.error_code
