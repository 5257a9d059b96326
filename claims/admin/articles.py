"""Articles in the admin, with their claims listed inline."""

from django.contrib import admin
from django.db.models import Count

from claims.models import Article, Claim


class ClaimInline(admin.TabularInline):
    model = Claim
    fk_name = "article"
    extra = 0
    fields = ["text", "kind", "claimant", "status", "suggested_verdict"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "title",
        "language",
        "publisher",
        "published_at",
        "claim_count",
        "created_at",
    ]
    list_filter = ["language", "publisher"]
    search_fields = ["title", "body", "url"]
    readonly_fields = ["body_sha256", "created_by", "created_at", "updated_at"]
    inlines = [ClaimInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_claims=Count("claims"))

    @admin.display(description="claims", ordering="_claims")
    def claim_count(self, obj: Article) -> int:
        return obj._claims

    def save_model(self, request, obj: Article, form, change: bool) -> None:
        from claims.services.articles import body_hash

        obj.body_sha256 = body_hash(obj.body)
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
