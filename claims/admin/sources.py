"""Sources, snapshots and evidence in the admin: preserved captures are read-only."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from claims.admin.display import badge, outcome_html, reason_html
from claims.admin.filters import OutcomeFilter, ReasonFilter
from claims.admin.forms import HTTPS_URLS, HttpsURLField
from claims.models import Evidence, FetchAttempt, Snapshot, Source
from claims.services.sources import (
    SOURCE_EDITABLE_FIELDS,
    source_get_or_create,
    source_update,
    source_url_normalized,
)
from claims.weblinks import external_link

TEXT_SHOWN = 20_000


class SnapshotInline(admin.TabularInline):
    formfield_overrides = HTTPS_URLS
    model = Snapshot
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["fetched_at", "http_status", "content_type", "size", "sha256", "error_code"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class SourceForm(forms.ModelForm):
    url = HttpsURLField(max_length=2000)

    class Meta:
        model = Source
        fields = ["url", "name", "publisher", "kind"]
        # The admin rebuilds this form without `url` once it is read-only, from the model field.
        field_classes = {"url": HttpsURLField}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:  # the URL is read-only once stored (another URL is another source)
            self.fields.pop("url", None)

    def clean_url(self) -> str:
        # The same rule as the API (source_get_or_create): http(s) only, one spelling per page,
        # so the admin cannot store a `javascript:` link or a duplicate of a cited source.
        try:
            return source_url_normalized(self.cleaned_data["url"])
        except ValidationError as exc:
            raise forms.ValidationError(exc.messages) from None


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    form = SourceForm
    list_display = ["id", "name", "publisher", "kind", "url_link"]
    list_filter = ["kind"]
    search_fields = ["url", "name", "publisher"]
    inlines = [SnapshotInline]

    def get_readonly_fields(self, request, obj: Source | None = None) -> list[str]:
        fields = list(super().get_readonly_fields(request, obj))
        return [*fields, "url"] if obj is not None else fields  # another URL is another source

    def save_model(self, request, obj: Source, form, change: bool) -> None:
        data = form.cleaned_data
        if change:
            edits = {f: data[f] for f in form.changed_data if f in SOURCE_EDITABLE_FIELDS}
            source_update(source_id=obj.pk, changes=edits)
        else:
            fields = {f: data[f] for f in ("url", *SOURCE_EDITABLE_FIELDS) if f in data}
            obj.pk = source_get_or_create(**fields).pk
        obj.refresh_from_db()

    @admin.display(description=_("URL"))
    def url_link(self, obj: Source) -> str:
        return external_link(obj.url)


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    """A snapshot is evidence of what a page said at a time: nobody edits it."""

    formfield_overrides = HTTPS_URLS

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

    def get_fields(self, request, obj=None):
        # The stored files are never linked from here (MEDIA_URL would hand them out raw, the
        # captured HTML included): the WARC goes out as a download, the text escaped.
        hidden = {"body", "warc", "text"}
        names = [f.name for f in Snapshot._meta.fields if f.name not in hidden]
        return [*names, "warc_download", "extracted_text"]

    def get_readonly_fields(self, request, obj=None):
        return self.get_fields(request, obj)

    @admin.display(description=_("WARC"))
    def warc_download(self, obj: Snapshot) -> str:
        if not obj.warc:
            return _("— (nothing was captured)")
        return format_html(
            '<a href="{}" download>{}</a> (SHA-256 <code>{}</code>)',
            reverse("snapshot-warc", args=[obj.pk]),
            _("Download the WARC"),
            obj.warc_sha256,
        )

    @admin.display(description=_("extracted text"))
    def extracted_text(self, obj: Snapshot) -> str:
        if not obj.text:
            return "—"
        shown = obj.text[:TEXT_SHOWN]
        more = (
            _("… (%(n)d more characters)") % {"n": len(obj.text) - TEXT_SHOWN}
            if len(obj.text) > TEXT_SHOWN
            else ""
        )
        # format_html escapes the text: a capture's markup is shown as characters, never run.
        return format_html(
            '<a href="{}">{}</a><pre style="white-space: pre-wrap; max-height: '
            '40em; overflow: auto">{}{}</pre>',
            reverse("snapshot-text", args=[obj.pk]),
            _("Open as plain text"),
            shown,
            more,
        )

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Evidence)
class EvidenceAdmin(SimpleHistoryAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = [
        "id",
        "claim",
        "stance_badge",
        "confidence",
        "reason_words",
        "url",
        "by_machine",
    ]
    list_filter = ["stance", ReasonFilter, "method"]
    search_fields = ["excerpt", "url"]
    list_select_related = ["claim", "snapshot"]
    raw_id_fields = ["claim", "snapshot", "source"]
    readonly_fields = ["snapshot", "content_sha256", "created_by", "created_at", "updated_at"]

    @admin.display(description=_("stance"), ordering="stance")
    def stance_badge(self, obj: Evidence) -> str:
        return badge(obj.stance, obj.get_stance_display())

    @admin.display(description=_("reason"), ordering="reason")
    def reason_words(self, obj: Evidence) -> str:
        return reason_html(obj.reason)


@admin.register(FetchAttempt)
class FetchAttemptAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    fieldsets = [
        (None, {"fields": ["source", "job", "url", "outcome_words", "http_status", "started_at"]}),
        (
            _("Technical details"),
            {
                "classes": ["collapse"],
                "fields": ["outcome", "error", "final_url", "content_type", "elapsed_ms"],
            },
        ),
    ]
    readonly_fields = ["outcome_words"]

    @admin.display(description=_("outcome"), ordering="outcome")
    def outcome_words(self, obj: FetchAttempt) -> str:
        return outcome_html(obj.outcome)

    list_display = ["id", "url", "outcome_words", "http_status", "elapsed_ms", "started_at"]
    list_filter = [OutcomeFilter]
    search_fields = ["url"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
