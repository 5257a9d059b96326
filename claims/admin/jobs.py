"""Verification jobs in the admin: their state and every attempt."""

from django.contrib import admin

from claims.admin.display import badge
from claims.admin.filters import RetriedFilter
from claims.models import JobAttempt, StatusChange, VerificationJob


class JobAttemptInline(admin.TabularInline):
    model = JobAttempt
    extra = 0
    can_delete = False
    fields = ["number", "outcome", "worker", "error_code", "error", "started_at", "finished_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(VerificationJob)
class VerificationJobAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "kind",
        "claim",
        "article",
        "status_badge",
        "stage",
        "attempts",
        "progress",
        "error_code",
        "created_at",
        "finished_at",
    ]
    list_filter = ["kind", "status", "stage", RetriedFilter, "error_code"]
    list_select_related = ["claim", "article"]
    readonly_fields = [f.name for f in VerificationJob._meta.fields]
    inlines = [JobAttemptInline]

    @admin.display(description="status", ordering="status")
    def status_badge(self, obj: VerificationJob) -> str:
        return badge(
            {"succeeded": "supported", "failed": "refuted", "running": "in_review"}.get(
                obj.status, "unverified"
            ),
            obj.status,
        )

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(StatusChange)
class StatusChangeAdmin(admin.ModelAdmin):
    list_display = ["created_at", "claim", "field", "from_value", "to_value", "changed_by", "note"]
    list_filter = ["field", "to_value"]
    list_select_related = ["claim", "changed_by"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
