"""The claim panel: read it, set the status with a note, queue a verification.

Requests from the page's script carry `X-Panel: 1` and get the panel fragment back; a plain form
post (no script) is redirected to the article with a message, so the page works without it.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from claims import selectors
from claims.editorial.forms import ClaimStatusForm
from claims.editorial.panel import panel_context
from claims.editorial.views.access import staff_view
from claims.models import Claim, ClaimStatus
from claims.services.errors import NothingToVerify, StaleVersion
from claims.services.jobs import verification_request
from claims.services.status import claim_status_set


def _from_script(request: HttpRequest) -> bool:
    return request.headers.get("X-Panel") == "1"


def _claim_or_404(pk: int) -> Claim:
    claim = selectors.claim_brief(pk=pk)
    if claim is None:
        raise Http404(_("No such claim."))
    return claim


def _claim_page(claim: Claim) -> str:
    if claim.article_id:
        url = reverse("editorial:article", args=[claim.article_id])
        return f"{url}?claim={claim.pk}#claim-{claim.pk}"
    return reverse("editorial:claim", args=[claim.pk])


def _answer(
    request: HttpRequest,
    claim: Claim,
    *,
    level: int,
    message: str,
    status: int = 200,
    form: ClaimStatusForm | None = None,
) -> HttpResponse:
    if not _from_script(request):
        messages.add_message(request, level, message)
        return redirect(_claim_page(claim))
    context = panel_context(request, claim_id=claim.pk, form=form)
    context["message"] = {"level": messages.DEFAULT_TAGS[level], "text": message}
    return render(request, "editorial/_panel.html", context, status=status)


@require_GET
@staff_view("claims.view_claim")
def claim_panel(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_or_404(pk)
    context = panel_context(request, claim_id=claim.pk)
    template = "editorial/_panel.html" if _from_script(request) else "editorial/claim.html"
    return render(request, template, context)


@require_POST
@staff_view("claims.set_claim_status")
def claim_status(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_or_404(pk)
    form = ClaimStatusForm(request.POST)
    if not form.is_valid():
        problems = "; ".join(
            _("%(field)s: %(problem)s")
            % {
                "field": form.fields[name].label if name in form.fields else name,
                "problem": " ".join(errs),
            }
            for name, errs in form.errors.items()
        )
        return _answer(
            request, claim, level=messages.ERROR, message=problems, status=400, form=form
        )
    data = form.cleaned_data
    try:
        claim_status_set(
            claim_id=claim.pk,
            status=data["status"],
            note=data["note"],
            user=request.user,
            expected_version=data["version"],
        )
    except StaleVersion as exc:
        # The panel comes back with the claim as it is now, so the reviewer sees the other change.
        return _answer(request, claim, level=messages.ERROR, message=exc.message, status=409)
    label = ClaimStatus(data["status"]).label
    return _answer(
        request,
        claim,
        level=messages.SUCCESS,
        message=_("Status set to %(status)s.") % {"status": label},
    )


@require_POST
@staff_view("claims.verify_claim")
def claim_verify(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_or_404(pk)
    try:
        job, created = verification_request(claim_id=claim.pk, user=request.user)
    except NothingToVerify as exc:
        return _answer(request, claim, level=messages.ERROR, message=exc.message, status=409)
    message = (
        _("Verification queued (job %(id)s).") % {"id": job.pk}
        if created
        else _("A verification is already under way (job %(id)s).") % {"id": job.pk}
    )
    return _answer(request, claim, level=messages.SUCCESS, message=message, status=202)
