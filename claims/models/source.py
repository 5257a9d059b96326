"""Sources (cited documents, deduplicated by normalized URL) and their snapshots."""

from django.db import models

from claims.models.choices import SourceKind


class Source(models.Model):
    url = models.URLField(max_length=2000, unique=True, help_text="Normalized URL.")
    name = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=20, choices=SourceKind.choices, default=SourceKind.OTHER)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name or self.url


class Snapshot(models.Model):
    """One fetch of a source, preserved as it was: never edited after it is written."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="snapshots")
    job = models.ForeignKey(
        "claims.VerificationJob",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="snapshots",
    )
    requested_url = models.URLField(max_length=2000)
    final_url = models.URLField(max_length=2000, blank=True)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    content_type = models.CharField(max_length=200, blank=True)
    headers = models.JSONField(
        default=list, blank=True, help_text="Response headers as [name, value] pairs."
    )
    remote_address = models.CharField(max_length=64, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    fetched_at = models.DateTimeField()
    elapsed_ms = models.PositiveIntegerField(default=0)
    body = models.FileField(upload_to="snapshots/%Y/%m/%d/", blank=True)
    warc = models.FileField(upload_to="warc/%Y/%m/%d/", blank=True)
    warc_sha256 = models.CharField(max_length=64, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    text = models.TextField(blank=True)
    text_truncated = models.BooleanField(default=False)
    extractor = models.CharField(max_length=40, blank=True)
    error_code = models.CharField(max_length=40, blank=True, db_index=True)
    error_message = models.TextField(blank=True)

    class Meta:
        ordering = ["-fetched_at", "-id"]
        get_latest_by = "fetched_at"

    def __str__(self) -> str:
        return f"{self.requested_url} @ {self.fetched_at:%Y-%m-%d %H:%M}"

    @property
    def ok(self) -> bool:
        return not self.error_code
