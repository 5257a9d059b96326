"""Discussion on a claim: what reviewers say to each other while they check it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from claims.models.claim import Claim


class Comment(models.Model):
    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="comments", verbose_name=_("claim")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    text = models.TextField(_("text"))
    # The people named with @username: the claim enters their queue while it is open.
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="mentioned_in",
        verbose_name=_("mentions"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.text[:60]
