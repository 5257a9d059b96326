"""Articles in the admin, with their claims listed inline."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _

from claims.admin.forms import HTTPS_URLS, HttpsURLField
from claims.models import Article, Claim
from claims.services.articles import (
    ARTICLE_EDITABLE_FIELDS,
    article_body_check,
    article_title,
    article_update,
)
from claims.services.errors import DuplicateArticle
from claims.services.imports import article_document, article_import, article_import_text
from claims.services.proposal_jobs import extraction_in_background, extraction_request
from claims.services.proposals import article_claims_propose
from claims.weblinks import external_link


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["title", "url", "language", "publisher", "author", "published_at", "body"]
        field_classes = {"url": HttpsURLField}  # built here, before the admin's overrides apply

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "title" in self.fields:  # left blank, the body's first line is the title
            self.fields["title"].required = False

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        article = self.instance if self.instance.pk else None
        self.pasted_html = ""
        try:
            document = article_document(body) if article is None else None
            if document is not None:  # pasted HTML: its text, and its links kept at save
                self.pasted_html, body = body, document.text
            article_body_check(article=article, body=body)
        except ValidationError as exc:
            raise forms.ValidationError(exc.messages) from None
        return body

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("body"):
            cleaned["title"] = article_title(cleaned.get("title") or "", cleaned["body"])
        return cleaned


class ArticleImportForm(forms.Form):
    url = HttpsURLField(label=_("URL"), max_length=2000)
    language = forms.ChoiceField(
        label=_("language"),
        choices=[("", _("detect")), ("fr", _("French")), ("en", _("English"))],
        required=False,
    )


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
    formfield_overrides = HTTPS_URLS
    list_display = [
        "id",
        "title",
        "language",
        "publisher",
        "published_at",
        "claim_count",
        "created_at",
        "view_link",
    ]
    list_filter = ["language", "publisher"]
    search_fields = ["title", "body", "url"]
    readonly_fields = ["links_in_text", "body_sha256", "created_by", "created_at", "updated_at"]
    inlines = [ClaimInline]
    form = ArticleAdminForm
    actions = ["extract_claims"]
    change_list_template = "admin/claims/article/change_list.html"

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="claims_article_import"), *super().get_urls()]

    def import_view(self, request: HttpRequest) -> HttpResponse:
        """Fetch an article's page, preserve it, store its text and links, propose claims."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleImportForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                outcome = article_import(
                    location=form.cleaned_data["url"],
                    language=form.cleaned_data["language"],
                    extract_claims=self.has_propose_permission(request),
                    user=request.user,
                )
            except DuplicateArticle as exc:
                form.add_error(None, exc.message)
            except ValidationError as exc:
                form.add_error(None, " ".join(exc.messages))
            else:
                article = outcome.article
                found, job = outcome.extraction, outcome.extraction_job
                if found:
                    done = _("%(title)s: imported and preserved, %(count)d claim(s) proposed.")
                elif job:
                    done = _(
                        "%(title)s: imported and preserved; its claims are being found in the "
                        "background (job %(job)s)."
                    )
                else:
                    done = _("%(title)s: imported and preserved.")
                values = {
                    "title": article.title,
                    "count": len(found.created) if found else 0,
                    "job": job.pk if job else "",
                }
                messages.success(request, done % values)
                return redirect("admin:claims_article_change", article.pk)
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "opts": self.model._meta,
            "title": gettext_now("Import an article from its URL"),
        }
        return TemplateResponse(request, "admin/claims/article/import.html", context)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_claims=Count("claims"))

    @admin.display(description=_("links in the text"))
    def links_in_text(self, obj: Article) -> str:
        """The main text's links as stored: what the claims' sources were taken from."""
        if not obj.pk:
            return "—"
        return (
            format_html_join(
                "",
                "<div>{} → {} ({}–{})</div>",
                (
                    (link.text, external_link(link.url), link.start, link.end)
                    for link in obj.links.all()
                ),
            )
            or "—"
        )

    @admin.display(description=_("claims"), ordering="_claims")
    def claim_count(self, obj: Article) -> int:
        return obj._claims

    @admin.display(description=_("annotated view"))
    def view_link(self, obj: Article) -> str:
        url = reverse("editorial:article", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("open"))

    def get_readonly_fields(self, request, obj: Article | None = None) -> list[str]:
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and (obj.claims.exists() or obj.appearances.exists()):
            fields.append("body")  # claims quote it by offset: see article_body_check
        return fields

    def save_model(self, request, obj: Article, form, change: bool) -> None:
        data = form.cleaned_data
        if change:
            edits = {f: data[f] for f in form.changed_data if f in ARTICLE_EDITABLE_FIELDS}
            article_update(article_id=obj.pk, changes=edits)
        else:
            values = {f: data[f] for f in ARTICLE_EDITABLE_FIELDS if f in data}
            if form.pasted_html:  # the links of the main text are kept, as for an import
                values["html"], values["body"] = form.pasted_html, ""
            imported = article_import_text(**values, extract_claims=False, user=request.user)
            obj.pk = imported.article.pk
        obj.refresh_from_db()
        if not change and self.has_propose_permission(request):
            # A newly pasted article gets its claims proposed at once, as an import would.
            self._report_extraction(request, obj)

    @admin.action(
        description=_("Find check-worthy claims (machine proposals)"), permissions=["propose"]
    )
    def extract_claims(self, request, queryset) -> None:
        for article in queryset:
            self._report_extraction(request, article)

    def _report_extraction(self, request, article: Article) -> None:
        if extraction_in_background(article):
            job, _created = extraction_request(article_id=article.pk, user=request.user)
            messages.info(
                request,
                _(
                    "%(title)s: its claims are being found in the background (job %(job)s, "
                    "see Verification jobs for its progress)."
                )
                % {"title": article.title, "job": job.pk},
            )
            return
        found = article_claims_propose(article=article, user=request.user)
        if found.message:
            messages.warning(
                request,
                _("%(title)s: %(problem)s") % {"title": article.title, "problem": found.message},
            )
        else:
            messages.success(
                request,
                _(
                    "%(title)s: %(created)d claim(s) proposed, %(known)d already known, "
                    "%(repeats)d repeat(s) merged."
                )
                % {
                    "title": article.title,
                    "created": len(found.created),
                    "known": found.already_known,
                    "repeats": found.appearances,
                },
            )

    def has_propose_permission(self, request) -> bool:
        return request.user.has_perm("claims.add_claim")
