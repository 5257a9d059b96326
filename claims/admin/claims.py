"""Claims in the admin: list with verdicts, the quote in context, evidence, history, actions."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from claims import selectors
from claims.admin.candidates import ProviderResultInline
from claims.admin.claim_sources import ClaimSourcesMixin
from claims.admin.display import audit_trail_table, badge, quote_in_context
from claims.admin.filters import QuickFilter
from claims.admin.forms import ClaimActionForm, ClaimAdminForm, reviewer_choices
from claims.exports.spreadsheet import claims_csv
from claims.models import Claim, ClaimSource, Evidence, StatusChange
from claims.models.claim import CLAIM_REVIEW_FIELDS, CLAIM_SUGGESTION_FIELDS
from claims.services.claims import EDITABLE_FIELDS, claim_create, claim_update
from claims.services.errors import DomainError, NothingToVerify, StaleVersion
from claims.services.jobs import verification_request
from claims.services.sources import claim_sources_set, sources_cap_message
from claims.services.status import claim_edit, claim_status_set
from claims.weblinks import external_link


class ClaimSourceInline(admin.TabularInline):
    model = ClaimSource
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "origin"]
    readonly_fields = ["origin"]  # said in words; one added here is the editor's
    verbose_name = "cited source"

    def get_max_num(self, request, obj=None, **kwargs) -> int:
        return settings.VERIFIER_MAX_SOURCES_PER_CLAIM

    def get_formset(self, request, obj=None, **kwargs):
        # max_num alone only hides the "add" button; validate_max refuses a longer POST.
        formset = super().get_formset(request, obj, validate_max=True, **kwargs)
        formset.default_error_messages = {
            "too_many_forms": sources_cap_message(settings.VERIFIER_MAX_SOURCES_PER_CLAIM)
        }
        return formset


class EvidenceInline(admin.StackedInline):
    model = Evidence
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["stance_badge", "link", "excerpt", "explanation", "confidence", "snapshot_info"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="stance")
    def stance_badge(self, obj: Evidence) -> str:
        return badge(obj.stance)

    @admin.display(description="source")
    def link(self, obj: Evidence) -> str:
        return external_link(obj.url)

    @admin.display(description="snapshot")
    def snapshot_info(self, obj: Evidence) -> str:
        snap = obj.snapshot
        if snap is None:
            return "added by hand" if obj.created_by_id else "—"
        return format_html(
            "sha256 <code>{}</code><br>fetched {} · HTTP {}",
            snap.sha256,
            snap.fetched_at,
            snap.http_status,
        )


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    can_delete = False
    fields = ["created_at", "field", "from_value", "to_value", "changed_by", "note"]
    readonly_fields = fields
    verbose_name_plural = "status history"

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Claim)
class ClaimAdmin(ClaimSourcesMixin, SimpleHistoryAdmin):
    form = ClaimAdminForm
    action_form = ClaimActionForm
    list_display = [
        "id",
        "short_text",
        "status_badge",
        "suggestion",
        "confidence_pct",
        "article",
        "kind",
        "assigned_to",
        "evidence_count",
        "needs_review",
        "in_article",
    ]
    list_display_links = ["id", "short_text"]
    list_filter = [
        QuickFilter,
        "status",
        "suggested_verdict",
        "needs_review",
        "kind",
        "origin",
        "discarded",
        "article",
    ]
    search_fields = ["text", "quote", "claimant"]
    list_select_related = ["article", "assigned_to"]
    autocomplete_fields = ["assigned_to"]
    readonly_fields = [
        "source_tracking",
        "source_hint",
        "quote_context",
        "in_article",
        *CLAIM_SUGGESTION_FIELDS,
        *CLAIM_REVIEW_FIELDS,
        "origin",
        "created_by",
        "created_at",
        "updated_at",
        "audit_trail",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "article",
                    "text",
                    "quote",
                    "quote_context",
                    "in_article",
                    "quote_start",
                    "quote_end",
                    "language",
                    "kind",
                    "claimant",
                    "assigned_to",
                    "version",
                ]
            },
        ),
        ("Sources", {"fields": ["source_tracking", "source_hint"]}),
        (
            "Verdict",
            {
                "fields": [
                    "status",
                    "status_note",
                    *CLAIM_SUGGESTION_FIELDS,
                    *CLAIM_REVIEW_FIELDS,
                ]
            },
        ),
        ("Record", {"fields": ["origin", "created_by", "created_at", "updated_at"]}),
        # Every change of any field or source, with the machine's own (and their job) apart.
        ("Audit trail", {"fields": ["audit_trail"], "classes": ["collapse"]}),
    ]
    inlines = [ClaimSourceInline, EvidenceInline, ProviderResultInline, StatusChangeInline]
    actions = ["queue_verification", "set_status", "assign_reviewer", "export_csv"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_evidence_count=selectors.evidence_count())

    @admin.display(description="claim")
    def short_text(self, obj: Claim) -> str:
        return obj.text[:90] + ("…" if len(obj.text) > 90 else "")

    @admin.display(description="status", ordering="status")
    def status_badge(self, obj: Claim) -> str:
        return badge(obj.status, obj.get_status_display())

    @admin.display(description="machine suggests", ordering="suggested_verdict")
    def suggestion(self, obj: Claim) -> str:
        return badge(obj.suggested_verdict)

    @admin.display(description="confidence", ordering="confidence")
    def confidence_pct(self, obj: Claim) -> str:
        return "—" if obj.confidence is None else f"{obj.confidence:.0%}"

    @admin.display(description="evidence", ordering="_evidence_count")
    def evidence_count(self, obj: Claim) -> int:
        return obj._evidence_count

    @admin.display(description="changes")
    def audit_trail(self, obj: Claim) -> str:
        return audit_trail_table(selectors.claim_timeline(claim=obj)) if obj.pk else "—"

    @admin.display(description="quote in its article")
    def quote_context(self, obj: Claim) -> str:
        if not obj.article_id:
            return "—"
        return quote_in_context(obj.article.body, obj.quote_start, obj.quote_end)

    @admin.display(description="in article")
    def in_article(self, obj: Claim) -> str:
        """A link to the claim's highlighted quote in the annotated article."""
        if not obj.article_id:
            return "—"
        url = reverse("editorial:article", args=[obj.article_id])
        return format_html(
            '<a href="{}?claim={}#claim-{}">show in article</a>', url, obj.pk, obj.pk
        )

    def save_model(self, request, obj: Claim, form, change: bool) -> None:
        data = form.cleaned_data
        if not change:
            created = claim_create(
                text=data["text"],
                article=data.get("article"),
                quote=data.get("quote", ""),
                quote_start=data.get("quote_start"),
                quote_end=data.get("quote_end"),
                language=data.get("language", ""),
                kind=data["kind"],
                claimant=data.get("claimant", ""),
                created_by=request.user,
            )
            obj.pk = created.pk
            obj.refresh_from_db()
            return
        edits = {f: data[f] for f in form.changed_data if f in EDITABLE_FIELDS}
        try:
            claim_edit(
                claim_id=obj.pk,
                expected_version=data.get("version") or obj.version,
                changes=edits,
                status=data["status"] if "status" in form.changed_data else None,
                note=data.get("status_note", ""),
                user=request.user,
            )
        except StaleVersion as exc:
            messages.error(request, exc.message)
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change) -> None:
        # The claim itself was saved by the services in save_model; so are its cited sources.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_formset(self, request, form, formset, change: bool) -> None:
        if formset.model is not ClaimSource:  # the other inlines are read-only
            return super().save_formset(request, form, formset, change)
        changed = formset.save(commit=False)  # the rows as edited, nothing written yet
        claim_sources_set(
            claim_id=form.instance.pk,
            link=[(row.pk, row.source_id) for row in changed],
            unlink=[row.pk for row in formset.deleted_objects],
        )

    @admin.action(description="Queue verification", permissions=["verify"])
    def queue_verification(self, request, queryset) -> None:
        queued, skipped = 0, []
        for claim in queryset:
            try:
                verification_request(claim_id=claim.pk, user=request.user)
                queued += 1
            except NothingToVerify:
                skipped.append(str(claim.pk))
        if queued:
            messages.success(request, f"{queued} verification(s) queued.")
        if skipped:
            messages.warning(request, f"No source to verify for claim(s) {', '.join(skipped)}.")

    @admin.action(
        description="Set status (choose it beside the action)", permissions=["set_status"]
    )
    def set_status(self, request, queryset) -> None:
        status, note = request.POST.get("status", ""), request.POST.get("note", "")
        if not status:
            messages.error(request, "Choose the status to set in the menu beside the action.")
            return
        done = 0
        for claim in queryset:
            try:
                claim_status_set(
                    claim_id=claim.pk,
                    status=status,
                    note=note,
                    user=request.user,
                    expected_version=None,
                )
                done += 1
            except (ValidationError, DomainError) as exc:
                messages.error(request, f"Claim {claim.pk}: {exc}")
        messages.success(request, f"Status set to {status.replace('_', ' ')} on {done} claim(s).")

    @admin.action(
        description="Assign to reviewer (choose them beside the action)", permissions=["change"]
    )
    def assign_reviewer(self, request, queryset) -> None:
        chosen = request.POST.get("reviewer", "")
        reviewer = reviewer_choices().filter(pk=chosen).first() if chosen.isdigit() else None
        if reviewer is None:
            messages.error(request, "Choose the reviewer in the menu beside the action.")
            return
        done = 0
        for claim in queryset:
            try:
                claim_update(
                    claim_id=claim.pk,
                    expected_version=None,
                    changes={"assigned_to": reviewer},
                    user=request.user,
                )
                done += 1
            except (ValidationError, DomainError) as exc:
                messages.error(request, f"Claim {claim.pk}: {exc}")
        messages.success(request, f"{done} claim(s) assigned to {reviewer.get_username()}.")

    @admin.action(description="Export selected as CSV", permissions=["view"])
    def export_csv(self, request, queryset) -> HttpResponse:
        claims = selectors.claim_list(include_discarded=True).filter(pk__in=queryset.values("pk"))
        response = HttpResponse(
            claims_csv(claims.order_by("id")), content_type="text/csv; charset=utf-8"
        )
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        response["Content-Disposition"] = f'attachment; filename="claims-{stamp}.csv"'
        return response

    def has_verify_permission(self, request) -> bool:
        return request.user.has_perm("claims.verify_claim")

    def has_set_status_permission(self, request) -> bool:
        return request.user.has_perm("claims.set_claim_status")
