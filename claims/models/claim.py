"""Claims: check-worthy statements, their editorial status and the machine's suggestion."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from claims.models.article import Article
from claims.models.choices import ClaimKind, ClaimStatus, Origin, SourceOrigin, Verdict
from claims.models.source import Source

# The claim's fields by who writes them: the one list the services, the admin, the API's
# serializer and its fast list rows (claims.api.claim_rows) are built from.
CLAIM_WORDING_FIELDS = ("text", "quote", "quote_start", "quote_end", "language", "kind", "claimant")
# What a person may edit (claim_update); the status has its own service, with a note.
CLAIM_EDITABLE_FIELDS = (*CLAIM_WORDING_FIELDS, "assigned_to")
# The machine's suggestion, beside the status (claim_suggestion_set).
CLAIM_SUGGESTION_FIELDS = ("suggested_verdict", "confidence", "suggestion_explanation")
# Set by the link-rot re-check (claim_review_flag), cleared by a status decision.
CLAIM_REVIEW_FIELDS = ("needs_review", "review_reason")
# The API's shape of a claim, in order (ClaimSerializer, claim_rows).
CLAIM_API_FIELDS = (
    "id", "article", *CLAIM_WORDING_FIELDS, "source_hint", "status", *CLAIM_SUGGESTION_FIELDS,
    *CLAIM_REVIEW_FIELDS, "origin", "checkworthiness", "discarded", "appearances", "assigned_to",
    "version", "created_at", "updated_at", "sources", "evidence",
)  # fmt: skip


class Claim(models.Model):
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="claims",
        verbose_name=_("article"),
    )
    text = models.TextField(_("text"), help_text=_("The statement as a reviewer would phrase it."))
    quote = models.TextField(_("quote"), blank=True, help_text=_("Exact text from the article."))
    quote_start = models.PositiveIntegerField(_("quote start"), null=True, blank=True)
    quote_end = models.PositiveIntegerField(_("quote end"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=ClaimKind.choices, default=ClaimKind.OTHER
    )
    claimant = models.CharField(
        _("claimant"), max_length=300, blank=True, help_text=_("Who makes the claim.")
    )
    source_hint = models.CharField(
        _("source hint"),
        max_length=300,
        blank=True,
        help_text=_("Who the article says the claim comes from, when it gives no link to it."),
    )
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=ClaimStatus.choices,
        default=ClaimStatus.UNVERIFIED,
        db_index=True,
    )
    # NULL, not "", means "the machine has not judged": the API shows it as null.
    suggested_verdict = models.CharField(  # noqa: DJ001
        _("suggested verdict"),
        max_length=24,
        choices=Verdict.choices,
        null=True,
        blank=True,
        db_index=True,
    )
    confidence = models.FloatField(
        _("confidence"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
    )
    suggestion_explanation = models.TextField(_("suggestion explanation"), blank=True)
    needs_review = models.BooleanField(_("needs review"), default=False, db_index=True)
    review_reason = models.CharField(_("review reason"), max_length=300, blank=True)
    origin = models.CharField(
        _("origin"), max_length=10, choices=Origin.choices, default=Origin.HUMAN
    )
    checkworthiness = models.FloatField(_("checkworthiness"), null=True, blank=True)
    discarded = models.BooleanField(_("discarded"), default=False, db_index=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
        verbose_name=_("assigned to"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    sources = models.ManyToManyField(
        Source, through="ClaimSource", related_name="claims", blank=True, verbose_name=_("sources")
    )
    # Optimistic concurrency: every write bumps it; a write that names an older one is refused.
    version = models.PositiveIntegerField(_("version"), default=1)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["-updated_at", "-id"]
        permissions = [
            ("set_claim_status", "Can set the editorial status of a claim"),
            ("verify_claim", "Can queue a verification of a claim"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "quote_start", "quote_end"],
                condition=Q(article__isnull=False, quote_start__isnull=False),
                name="claim_unique_quote_in_article",
            ),
            models.CheckConstraint(
                condition=Q(quote_start__isnull=True) | Q(quote_end__gte=models.F("quote_start")),
                name="claim_quote_offsets_ordered",
            ),
            models.CheckConstraint(
                condition=Q(confidence__isnull=True) | Q(confidence__gte=0, confidence__lte=1),
                name="claim_confidence_in_unit_interval",
            ),
        ]
        indexes = [
            models.Index(fields=["article", "status"], name="claim_article_status_idx"),
            models.Index(fields=["kind"], name="claim_kind_idx"),
            # Every API filter has an index (tests/performance/test_indexes.py checks it).
            models.Index(fields=["origin"], name="claim_origin_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def etag(self) -> str:
        return f'"claim-{self.pk}-v{self.version}"'


class ClaimSource(models.Model):
    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="claim_sources"
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.CASCADE, related_name="source_claims"
    )
    origin = models.CharField(
        _("origin"), max_length=20, choices=SourceOrigin.choices, default=SourceOrigin.EDITOR
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Citing and un-citing are part of the claim's audit trail (selectors.claim_timeline).
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("cited source")
        verbose_name_plural = _("cited sources")
        constraints = [
            models.UniqueConstraint(fields=["claim", "source"], name="claimsource_unique"),
        ]

    def __str__(self) -> str:
        return _("claim %(claim)s cites source %(source)s") % {
            "claim": self.claim_id,
            "source": self.source_id,
        }


class StatusChange(models.Model):
    """Who changed a claim's verdict (the editorial status or the machine's suggestion), and why."""

    class Field(models.TextChoices):
        STATUS = "status", _("Editorial status")
        SUGGESTION = "suggested_verdict", _("Machine suggestion")

    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="status_changes"
    )
    field = models.CharField(_("field"), max_length=24, choices=Field.choices, default=Field.STATUS)
    from_value = models.CharField(_("from value"), max_length=24, blank=True)
    to_value = models.CharField(_("to value"), max_length=24)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("changed by"),
    )
    note = models.TextField(_("note"), blank=True)
    # The verification job whose analysis suggested this verdict (machine changes only).
    job = models.ForeignKey(
        "claims.VerificationJob",
        verbose_name=_("job"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        labels = {**dict(Verdict.choices), **dict(ClaimStatus.choices)}
        return _("%(field)s: %(before)s → %(after)s by %(who)s") % {
            "field": self.get_field_display(),
            "before": labels.get(self.from_value, self.from_value) or "—",
            "after": labels.get(self.to_value, self.to_value),
            "who": self.changed_by or _("the machine"),
        }
