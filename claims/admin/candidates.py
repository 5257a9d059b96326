"""Provider finds on the claim page: candidate evidence with its provenance, read-only."""

from django.contrib import admin
from django.utils.html import format_html

from claims.models import ProviderResult


class ProviderResultInline(admin.TabularInline):
    model = ProviderResult
    extra = 0
    can_delete = False
    verbose_name = "candidate from a provider"
    verbose_name_plural = "candidates from providers (leads to read, not verdicts)"
    fields = ["provider", "link", "publisher", "rating_text", "published_at", "snippet"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="found")
    def link(self, obj: ProviderResult) -> str:
        return format_html(
            '<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>',
            obj.url,
            obj.title or obj.url,
        )
