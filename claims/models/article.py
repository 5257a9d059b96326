"""Articles: the published text that claims are quoted from."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Article(models.Model):
    title = models.CharField(_("title"), max_length=500)
    url = models.URLField(_("URL"), max_length=2000, blank=True)
    language = models.CharField(
        _("language"), max_length=8, blank=True, help_text=_("ISO 639-1 code, e.g. fr, en.")
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    author = models.CharField(_("author"), max_length=300, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    body = models.TextField(_("body"))
    # The page as fetched when the article was imported from its URL (body, headers, WARC).
    snapshot = models.ForeignKey(
        "claims.Snapshot",
        verbose_name=_("snapshot"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The body's SHA-256 makes a second import of the same text a no-op instead of a duplicate.
    body_sha256 = models.CharField(_("body SHA-256"), max_length=64, editable=False)
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

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["body_sha256"], name="article_unique_body"),
        ]

    def __str__(self) -> str:
        return self.title


class ArticleLink(models.Model):
    """An <a href> of the article's main text: where it points and which characters carry it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(max_length=2000, help_text="Absolute, normalized like sources.")
    text = models.TextField(blank=True, help_text="The anchor text.")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["article", "start", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end", "url"], name="articlelink_unique_span"
            ),
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="articlelink_span_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.text[:40]} → {self.url}"
