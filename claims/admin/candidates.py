"""Provider finds on the claim page: candidate evidence with its provenance, read-only."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from claims.admin.forms import HTTPS_URLS
from claims.models import ProviderResult
from claims.services.candidates import candidate_cite
from claims.weblinks import external_link


class ProviderResultInline(admin.TabularInline):
    formfield_overrides = HTTPS_URLS
    model = ProviderResult
    extra = 0
    can_delete = False
    verbose_name = _("candidate from a provider")
    verbose_name_plural = _("candidates from providers (leads to read, not verdicts)")
    fields = ["provider", "link", "publisher", "rating_text", "published_at", "snippet"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("found"))
    def link(self, obj: ProviderResult) -> str:
        return external_link(obj.url, obj.title or obj.url)


@admin.register(ProviderResult)
class ProviderResultAdmin(admin.ModelAdmin):
    """Leads from providers and reviewers; an editor cites the good ones as sources."""

    formfield_overrides = HTTPS_URLS

    list_display = ["id", "claim", "provider", "link", "publisher", "proposed_by", "cited_by"]
    list_filter = ["provider"]
    search_fields = ["url", "title", "snippet"]
    list_select_related = ["claim"]
    readonly_fields = [f.name for f in ProviderResult._meta.fields]
    actions = ["cite"]

    @admin.display(description="found")
    def link(self, obj: ProviderResult) -> str:
        return external_link(obj.url, obj.title or obj.url)

    @admin.display(description="proposed by")
    def proposed_by(self, obj: ProviderResult) -> str:
        return obj.raw.get("proposed_by", "") if isinstance(obj.raw, dict) else ""

    @admin.display(description="cited by")
    def cited_by(self, obj: ProviderResult) -> str:
        return obj.raw.get("cited_by", "") if isinstance(obj.raw, dict) else ""

    @admin.action(description="Cite as a source of its claim", permissions=["cite"])
    def cite(self, request, queryset) -> None:
        for candidate in queryset:
            candidate_cite(candidate_id=candidate.pk, user=request.user)
        messages.success(request, f"{queryset.count()} candidate(s) cited as sources.")

    def has_cite_permission(self, request) -> bool:
        return request.user.has_perm("claims.add_source")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
