"""Claims in the admin: list with verdicts, the quote in context, evidence, history, actions."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from claims import selectors
from claims.admin.candidates import ProviderResultInline
from claims.admin.claim_sources import ClaimSourcesMixin
from claims.admin.display import audit_trail_table, badge, change_words, quote_in_context
from claims.admin.filters import QuickFilter
from claims.admin.forms import HTTPS_URLS, ClaimActionForm, ClaimAdminForm, reviewer_choices
from claims.exports.spreadsheet import claims_csv
from claims.models import Claim, ClaimSource, ClaimStatus, Comment, Evidence, StatusChange
from claims.models.claim import CLAIM_REVIEW_FIELDS, CLAIM_SUGGESTION_FIELDS
from claims.services.claims import EDITABLE_FIELDS, claim_assign, claim_create
from claims.services.comments import comment_add
from claims.services.errors import DomainError, NothingToVerify, StaleVersion
from claims.services.jobs import verification_request
from claims.services.sources import claim_sources_set, sources_cap_message
from claims.services.status import claim_edit, claim_status_set
from claims.templatetags.newsroom import mentions
from claims.weblinks import external_link


class ClaimSourceInline(admin.TabularInline):
    formfield_overrides = HTTPS_URLS
    model = ClaimSource
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "origin"]
    readonly_fields = ["origin"]  # said in words; one added here is the editor's
    verbose_name = _("cited source")

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
    formfield_overrides = HTTPS_URLS
    model = Evidence
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["stance_badge", "link", "excerpt", "explanation", "confidence", "snapshot_info"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("stance"))
    def stance_badge(self, obj: Evidence) -> str:
        return badge(obj.stance, obj.get_stance_display())

    @admin.display(description=_("source"))
    def link(self, obj: Evidence) -> str:
        return external_link(obj.url)

    @admin.display(description=_("snapshot"))
    def snapshot_info(self, obj: Evidence) -> str:
        snap = obj.snapshot
        if snap is None:
            return _("added by hand") if obj.created_by_id else "—"
        return format_html(
            "SHA-256 <code>{}</code><br>{} {} · HTTP {}",
            snap.sha256,
            _("fetched"),
            date_format(timezone.localtime(snap.fetched_at), "DATETIME_FORMAT"),
            snap.http_status,
        )


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    can_delete = False
    fields = ["created_at", "field", "change", "changed_by", "note"]
    readonly_fields = fields
    verbose_name_plural = _("status history")

    @admin.display(description=_("change"))
    def change(self, obj: StatusChange) -> str:
        return change_words(obj)

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class CommentInline(admin.TabularInline):
    model = Comment
    extra = 0
    can_delete = False
    fields = ["created_at", "author", "text_with_mentions", "edited_at"]
    readonly_fields = fields
    verbose_name_plural = _("discussion")

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # comments are written through the "new comment" field (a service)

    @admin.display(description=_("text"))
    def text_with_mentions(self, obj: Comment) -> str:
        return mentions(obj.text)


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
    # A stable order: the id column's sort arrow means what it says, a verification that
    # touches a claim does not move its row.
    ordering = ["-id"]
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
            _("Verdict"),
            {
                "fields": [
                    "status",
                    "status_note",
                    *CLAIM_SUGGESTION_FIELDS,
                    *CLAIM_REVIEW_FIELDS,
                ]
            },
        ),
        (_("Discussion"), {"fields": ["new_comment"]}),
        (_("Record"), {"fields": ["origin", "created_by", "created_at", "updated_at"]}),
        # Every change of any field or source, with the machine's own (and their job) apart.
        (_("Audit trail"), {"fields": ["audit_trail"], "classes": ["collapse"]}),
    ]
    inlines = [
        ClaimSourceInline,
        EvidenceInline,
        ProviderResultInline,
        CommentInline,
        StatusChangeInline,
    ]
    actions = ["queue_verification", "set_status", "assign_reviewer", "export_csv"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_evidence_count=selectors.evidence_count())

    @admin.display(description=_("claim"))
    def short_text(self, obj: Claim) -> str:
        # Three lines at most (CSS); the whole statement on hover.
        return format_html('<span class="clip" title="{}">{}</span>', obj.text, obj.text)

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj: Claim) -> str:
        return badge(obj.status, obj.get_status_display())

    @admin.display(description=_("machine suggests"), ordering="suggested_verdict")
    def suggestion(self, obj: Claim) -> str:
        return badge(obj.suggested_verdict, obj.get_suggested_verdict_display())

    @admin.display(description=_("confidence"), ordering="confidence")
    def confidence_pct(self, obj: Claim) -> str:
        return "—" if obj.confidence is None else f"{obj.confidence:.0%}"

    @admin.display(description=_("evidence"), ordering="_evidence_count")
    def evidence_count(self, obj: Claim) -> int:
        return obj._evidence_count

    @admin.display(description=_("changes"))
    def audit_trail(self, obj: Claim) -> str:
        return audit_trail_table(selectors.claim_timeline(claim=obj)) if obj.pk else "—"

    @admin.display(description=_("quote in its article"))
    def quote_context(self, obj: Claim) -> str:
        if not obj.article_id:
            return "—"
        return quote_in_context(obj.article.body, obj.quote_start, obj.quote_end)

    @admin.display(description=_("in article"))
    def in_article(self, obj: Claim) -> str:
        """A link to the claim's highlighted quote in the annotated article."""
        if not obj.article_id:
            return "—"
        url = reverse("editorial:article", args=[obj.article_id])
        return format_html(
            '<a href="{}?claim={}#claim-{}">{}</a>', url, obj.pk, obj.pk, _("show in article")
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
        if data.get("new_comment"):
            comment_add(claim_id=obj.pk, author=request.user, text=data["new_comment"])
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

    @admin.action(description=_("Queue verification"), permissions=["verify"])
    def queue_verification(self, request, queryset) -> None:
        queued, skipped = 0, []
        for claim in queryset:
            try:
                verification_request(claim_id=claim.pk, user=request.user)
                queued += 1
            except NothingToVerify:
                skipped.append(str(claim.pk))
        if queued:
            messages.success(
                request,
                ngettext("%(n)d verification queued.", "%(n)d verifications queued.", queued)
                % {"n": queued},
            )
        if skipped:
            messages.warning(
                request,
                _("No source to verify for claim(s) %(ids)s.") % {"ids": ", ".join(skipped)},
            )

    @admin.action(
        description=_("Set status (choose it beside the action)"), permissions=["set_status"]
    )
    def set_status(self, request, queryset) -> None:
        status, note = request.POST.get("status", ""), request.POST.get("note", "")
        if not status:
            messages.error(request, _("Choose the status to set in the menu beside the action."))
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
                messages.error(
                    request, _("Claim %(id)s: %(problem)s") % {"id": claim.pk, "problem": exc}
                )
        label = dict(ClaimStatus.choices).get(status, status)
        messages.success(
            request,
            ngettext(
                "Status set to %(status)s on %(n)d claim.",
                "Status set to %(status)s on %(n)d claims.",
                done,
            )
            % {"status": label, "n": done},
        )

    @admin.action(
        description=_("Assign to reviewer (choose them beside the action)"), permissions=["change"]
    )
    def assign_reviewer(self, request, queryset) -> None:
        chosen = request.POST.get("reviewer", "")
        reviewer = reviewer_choices().filter(pk=chosen).first() if chosen.isdigit() else None
        if reviewer is None:
            messages.error(request, _("Choose the reviewer in the menu beside the action."))
            return
        done = 0
        for claim in queryset:
            try:
                claim_assign(claim_id=claim.pk, assignee=reviewer, user=request.user)
                done += 1
            except (ValidationError, DomainError) as exc:
                messages.error(
                    request, _("Claim %(id)s: %(problem)s") % {"id": claim.pk, "problem": exc}
                )
        messages.success(
            request,
            ngettext("%(n)d claim assigned to %(who)s.", "%(n)d claims assigned to %(who)s.", done)
            % {"n": done, "who": reviewer.get_username()},
        )

    @admin.action(description=_("Export selected as CSV"), permissions=["view"])
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
