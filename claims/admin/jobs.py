"""Verification jobs in the admin: their state and every attempt."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from claims.admin.display import badge, change_words, outcome_html
from claims.admin.filters import JobProblemFilter, RetriedFilter, StatusValueFilter
from claims.admin.forms import HTTPS_URLS
from claims.models import JobAttempt, StatusChange, VerificationJob


class JobAttemptInline(admin.TabularInline):
    formfield_overrides = HTTPS_URLS
    model = JobAttempt
    extra = 0
    can_delete = False
    fields = ["number", "outcome", "worker", "problem", "started_at", "finished_at"]
    readonly_fields = fields

    @admin.display(description=_("problem"))
    def problem(self, obj: JobAttempt) -> str:
        return outcome_html(obj.error_code)

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(VerificationJob)
class VerificationJobAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = [
        "id",
        "kind",
        "claim",
        "article",
        "status_badge",
        "stage",
        "attempts",
        "progress",
        "problem",
        "created_at",
        "finished_at",
    ]
    list_filter = ["kind", "status", "stage", RetriedFilter, JobProblemFilter]
    list_select_related = ["claim", "article"]
    readonly_fields = [*(f.name for f in VerificationJob._meta.fields), "problem"]
    # The machine's own words (codes, raw errors, the hand-over) stay, folded, under "details".
    fieldsets = [
        (
            None,
            {
                "fields": ["kind", "claim", "article", "status", "stage", "problem", "attempts",
                           "max_attempts", "progress", "requested_by", "created_at", "started_at",
                           "finished_at"]
            },
        ),
        (
            _("Technical details"),
            {
                "classes": ["collapse"],
                "fields": ["error_code", "error", "progress_message", "celery_task_id", "run_by",
                           "run_after", "stage_started_at", "updated_at", "fetched"],
            },
        ),
    ]  # fmt: skip
    inlines = [JobAttemptInline]

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj: VerificationJob) -> str:
        return badge(
            {"succeeded": "supported", "failed": "refuted", "running": "in_review"}.get(
                obj.status, "unverified"
            ),
            obj.get_status_display(),
        )

    @admin.display(description=_("problem"), ordering="error_code")
    def problem(self, obj: VerificationJob) -> str:
        return outcome_html(obj.error_code)

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(StatusChange)
class StatusChangeAdmin(admin.ModelAdmin):
    list_display = ["created_at", "claim_text", "field", "change", "changed_by", "note_short"]
    fields = ["created_at", "claim", "field", "change", "changed_by", "note"]
    readonly_fields = fields
    ordering = ["-created_at", "-id"]
    list_filter = ["field", StatusValueFilter]
    list_select_related = ["claim", "changed_by"]

    @admin.display(description=_("claim"), ordering="claim")
    def claim_text(self, obj: StatusChange) -> str:
        return format_html(
            '<span class="clip" title="{}">{}</span>', obj.claim.text, obj.claim.text
        )

    @admin.display(description=_("change"))
    def change(self, obj: StatusChange) -> str:
        return change_words(obj)

    @admin.display(description=_("note"))
    def note_short(self, obj: StatusChange) -> str:
        return (
            format_html('<span class="clip" title="{}">{}</span>', obj.note, obj.note)
            if obj.note
            else "—"
        )

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
