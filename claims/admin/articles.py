"""Articles in the admin, with their claims listed inline."""

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Count

from claims.models import Article, Claim
from claims.services.articles import body_hash
from claims.services.proposals import article_claims_propose


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["title", "url", "language", "publisher", "author", "published_at", "body"]

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        twin = Article.objects.filter(body_sha256=body_hash(body)).exclude(pk=self.instance.pk)
        if twin.exists():
            raise forms.ValidationError(f"This text is already stored as article {twin.get().pk}.")
        return body


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
    form = ArticleAdminForm
    actions = ["extract_claims"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_claims=Count("claims"))

    @admin.display(description="claims", ordering="_claims")
    def claim_count(self, obj: Article) -> int:
        return obj._claims

    def save_model(self, request, obj: Article, form, change: bool) -> None:
        obj.body_sha256 = body_hash(obj.body)
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if not change and self.has_propose_permission(request):
            # A newly pasted article gets its claims proposed at once, as an import would.
            self._report_extraction(request, obj)

    @admin.action(
        description="Find check-worthy claims (machine proposals)", permissions=["propose"]
    )
    def extract_claims(self, request, queryset) -> None:
        for article in queryset:
            self._report_extraction(request, article)

    def _report_extraction(self, request, article: Article) -> None:
        with transaction.atomic():
            found = article_claims_propose(article=article, user=request.user)
        if found.message:
            messages.warning(request, f"{article.title}: {found.message}")
        else:
            messages.success(
                request,
                f"{article.title}: {len(found.created)} claim(s) proposed, "
                f"{found.already_known} already known, {found.appearances} repeat(s) merged.",
            )

    def has_propose_permission(self, request) -> bool:
        return request.user.has_perm("claims.add_claim")
