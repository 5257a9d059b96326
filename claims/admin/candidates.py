"""Provider finds on the claim page: candidate evidence with its provenance, read-only."""

from django.contrib import admin

from claims.models import ProviderResult
from claims.weblinks import external_link


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
        return external_link(obj.url, obj.title or obj.url)
