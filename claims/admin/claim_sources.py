"""The claim page's sources box: what the claim cites and how it came to, why it cannot be
verified without one, and in one place the ways out — add a URL, cite a candidate, search,
queue the verification.

The box sits inside the admin's change form, where a nested <form> is not allowed: its buttons
post the change form to their own view (`formaction`), which reads only its own fields.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from claims import selectors
from claims.models import Claim, ClaimSource, ProviderResult
from claims.services.candidates import candidate_cite
from claims.services.claim_sources import claim_source_attach
from claims.services.discovery import claim_discovery_request, discovery_provider_names
from claims.services.errors import NothingToDiscover, NothingToVerify
from claims.services.jobs import verification_request
from claims.weblinks import external_link


def _button(url: str, label: str, marker: str, value: object = "") -> str:
    return format_html(
        '<button type="submit" class="button" formaction="{}" formmethod="post" '
        'formnovalidate {}="{}">{}</button>',
        url,
        marker,
        value,
        label,
    )


# Who is looking at the claim page: a read-only field is rendered without the request, and the
# box offers "add a source" and "cite" only to those who may cite (editors). A context variable,
# not an attribute of the ModelAdmin, because one ModelAdmin serves every request at once.
_viewer_may_cite: ContextVar[bool] = ContextVar("viewer_may_cite", default=False)


class ClaimSourcesMixin:
    """Mixed into ClaimAdmin: the `source_tracking` read-only field and the views behind it."""

    def change_view(self, request: HttpRequest, object_id, form_url="", extra_context=None):
        token = _viewer_may_cite.set(request.user.has_perm("claims.add_source"))
        try:
            response = super().change_view(request, object_id, form_url, extra_context)
            if hasattr(response, "render"):  # rendered here, while the variable holds
                response.render()
            return response
        finally:
            _viewer_may_cite.reset(token)

    @admin.display(description=gettext_lazy("sources"))
    def source_tracking(self, obj: Claim) -> str:
        if not obj.pk:
            return _("Save the claim first; its article's links are cited at once.")
        cited = ClaimSource.objects.filter(claim=obj).select_related("source").order_by("id")
        parts = [
            format_html(
                "<ul>{}</ul>",
                format_html_join(
                    "",
                    '<li data-source-origin="{}">{} · <em>{}</em></li>',
                    (
                        (
                            c.origin,
                            external_link(c.source.url, c.source.name or c.source.url),
                            c.get_origin_display(),
                        )
                        for c in cited
                    ),
                ),
            )
        ]
        if not cited:
            parts.append(
                format_html(
                    '<p class="errornote" data-no-source><strong>{}</strong> {}</p>',
                    _("This claim cannot be verified yet: it cites no source."),
                    _(
                        "Verification reads the documents a claim rests on. Add the URL of the "
                        "document it comes from below, or cite a candidate found by a search."
                    ),
                )
            )
        if obj.source_hint:
            parts.append(
                format_html(
                    "<p data-source-hint>{} <strong>{}</strong></p>",
                    _("The article credits this to, without a link:"),
                    obj.source_hint,
                )
            )
        base = "admin:claims_claim_{}"
        may_cite = _viewer_may_cite.get()
        candidates = selectors.claim_candidates(claim=obj)[:20]
        if candidates:
            parts.append(
                format_html(
                    "<p>{}</p><ul>{}</ul>",
                    _("Candidates found by a search:"),
                    format_html_join(
                        "",
                        "<li>{} ({}) {}</li>",
                        (
                            (
                                external_link(c.url, c.title or c.url),
                                c.provider,
                                _button(
                                    reverse(base.format("cite_candidate"), args=[obj.pk, c.pk]),
                                    _("Cite as a source"),
                                    "data-cite-candidate",
                                    c.pk,
                                )
                                if may_cite
                                else "",
                            )
                            for c in candidates
                        ),
                    ),
                )
            )
        if may_cite:
            parts.append(
                format_html(
                    '<p><label>{} <input type="url" name="new_source_url" size="60" '
                    'placeholder="https://" data-source-url></label> '
                    '<label>{} <input type="text" name="new_source_name" size="30"></label> {}</p>',
                    _("Source URL"),
                    _("Name"),
                    _button(
                        reverse(base.format("add_source"), args=[obj.pk]),
                        _("Add the source"),
                        "data-add-source",
                    ),
                )
            )
        else:
            parts.append(
                format_html(
                    '<p class="help" data-editors-cite>{}</p>',
                    _(
                        "An editor cites sources: a passage you add from another URL waits as "
                        "a candidate for an editor."
                    ),
                )
            )
        actions = [
            _button(
                reverse(base.format("verify"), args=[obj.pk]),
                _("Queue verification"),
                "data-verify",
            )
        ]
        if discovery_provider_names():
            label = (
                _("Search for %(name)s's document") % {"name": obj.source_hint}
                if obj.source_hint
                else _("Search for a source")
            )
            actions.append(
                _button(reverse(base.format("search"), args=[obj.pk]), label, "data-search")
            )
        parts.append(format_html("<p>{}</p>", format_html_join(" ", "{}", ((a,) for a in actions))))
        return format_html_join("", "{}", ((p,) for p in parts))

    def get_urls(self):
        own = [
            ("sources/add/", self._add_source_view, "add_source"),
            ("candidates/<int:candidate>/cite/", self._cite_candidate_view, "cite_candidate"),
            ("verify/", self._verify_view, "verify"),
            ("search/", self._search_view, "search"),
        ]
        return [
            path(
                f"<int:pk>/{route}",
                self.admin_site.admin_view(require_POST(view)),
                name=f"claims_claim_{name}",
            )
            for route, view, name in own
        ] + super().get_urls()

    def _back(
        self, request: HttpRequest, pk: int, perm: str = "claims.verify_claim"
    ) -> HttpResponse:
        # Citing a source is an editor's act (add_source); reviewers search and queue.
        if not request.user.has_perm(perm):
            raise PermissionDenied
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[pk]))

    def _add_source_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        back = self._back(request, pk, "claims.add_source")
        url = request.POST.get("new_source_url", "").strip()
        try:
            source = claim_source_attach(
                claim_id=pk,
                url=url,
                name=request.POST.get("new_source_name", ""),
                user=request.user,
            )
        except ValidationError as exc:
            messages.error(
                request, _("The source was not added: %(why)s") % {"why": " ".join(exc.messages)}
            )
            return back
        messages.success(request, _("Source added: %(url)s.") % {"url": source.url})
        return back

    def _cite_candidate_view(self, request: HttpRequest, pk: int, candidate: int) -> HttpResponse:
        back = self._back(request, pk, "claims.add_source")
        try:
            cited = candidate_cite(candidate_id=candidate, claim_id=pk, user=request.user)
        except ProviderResult.DoesNotExist:
            raise Http404 from None
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return back
        url = cited.candidate.url
        messages.success(request, _("Candidate cited as a source: %(url)s.") % {"url": url})
        return back

    def _verify_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        back = self._back(request, pk)
        try:
            job, created = verification_request(claim_id=pk, user=request.user)
        except NothingToVerify as exc:
            messages.error(request, exc.message)
            return back
        if created:
            messages.success(request, _("Verification queued (job %(id)s).") % {"id": job.pk})
        else:
            messages.info(
                request, _("A verification is already under way (job %(id)s).") % {"id": job.pk}
            )
        return back

    def _search_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        back = self._back(request, pk)
        try:
            names = claim_discovery_request(claim_id=pk)
        except NothingToDiscover as exc:
            messages.error(request, exc.message)
            return back
        messages.success(request, _("Search queued (%(names)s).") % {"names": ", ".join(names)})
        return back
