"""Sources, snapshots and evidence in the admin: preserved captures are read-only."""

from django.contrib import admin
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from claims.admin.display import badge
from claims.models import Evidence, FetchAttempt, Snapshot, Source


class SnapshotInline(admin.TabularInline):
    model = Snapshot
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["fetched_at", "http_status", "content_type", "size", "sha256", "error_code"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["id", "name", "publisher", "kind", "url_link"]
    list_filter = ["kind"]
    search_fields = ["url", "name", "publisher"]
    inlines = [SnapshotInline]

    @admin.display(description="URL")
    def url_link(self, obj: Source) -> str:
        return format_html(
            '<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>', obj.url, obj.url
        )


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    """A snapshot is evidence of what a page said at a time: nobody edits it."""

    list_display = [
        "id",
        "source",
        "fetched_at",
        "http_status",
        "content_type",
        "size",
        "sha256",
        "error_code",
    ]
    list_filter = ["error_code", "content_type"]
    search_fields = ["requested_url", "final_url", "sha256"]
    list_select_related = ["source"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in Snapshot._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Evidence)
class EvidenceAdmin(SimpleHistoryAdmin):
    list_display = ["id", "claim", "stance_badge", "confidence", "reason", "url", "by_machine"]
    list_filter = ["stance", "reason", "method"]
    search_fields = ["excerpt", "url"]
    list_select_related = ["claim", "snapshot"]
    raw_id_fields = ["claim", "snapshot", "source"]
    readonly_fields = ["snapshot", "content_sha256", "created_by", "created_at", "updated_at"]

    @admin.display(description="stance", ordering="stance")
    def stance_badge(self, obj: Evidence) -> str:
        return badge(obj.stance)


@admin.register(FetchAttempt)
class FetchAttemptAdmin(admin.ModelAdmin):
    list_display = ["id", "url", "outcome", "http_status", "elapsed_ms", "started_at"]
    list_filter = ["outcome"]
    search_fields = ["url"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
