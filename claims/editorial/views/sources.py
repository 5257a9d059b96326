"""The panel's source actions: cite a URL, cite a discovery candidate, search for a document.

Answered like the panel's other forms (views.panel._answer): the fragment for the page's
script, a redirect with a message without it.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims.editorial.views.access import staff_view
from claims.editorial.views.panel import _answer, _claim_or_404
from claims.models import ProviderResult
from claims.services.candidates import candidate_cite
from claims.services.claim_sources import claim_source_attach
from claims.services.discovery import claim_discovery_request
from claims.services.errors import NothingToDiscover


class SourceAddForm(forms.Form):
    url = forms.CharField(max_length=2000)
    name = forms.CharField(max_length=500, required=False)


def _problems(error: ValidationError) -> str:
    return " ".join(error.messages)


@require_POST
@staff_view("claims.add_source")
def claim_source_add(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_or_404(pk)
    form = SourceAddForm(request.POST)
    if not form.is_valid():
        return _answer(
            request, claim, level=messages.ERROR, message=_("Give the source's URL."), status=400
        )
    try:
        source = claim_source_attach(claim_id=claim.pk, user=request.user, **form.cleaned_data)
    except ValidationError as exc:
        return _answer(request, claim, level=messages.ERROR, message=_problems(exc), status=400)
    message = _("Source added: %(url)s. You can queue the verification now.") % {"url": source.url}
    return _answer(request, claim, level=messages.SUCCESS, message=message, status=201)


@require_POST
@staff_view("claims.add_source")
def claim_candidate_cite(request: HttpRequest, pk: int, candidate: int) -> HttpResponse:
    claim = _claim_or_404(pk)
    try:
        cited = candidate_cite(candidate_id=candidate, claim_id=claim.pk, user=request.user)
    except ProviderResult.DoesNotExist:
        raise Http404 from None
    except ValidationError as exc:
        return _answer(request, claim, level=messages.ERROR, message=_problems(exc), status=400)
    message = _("Candidate cited as a source: %(url)s.") % {"url": cited.candidate.url}
    return _answer(request, claim, level=messages.SUCCESS, message=message, status=201)


@require_POST
@staff_view("claims.verify_claim")
def claim_search(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_or_404(pk)
    try:
        names = claim_discovery_request(claim_id=claim.pk)
    except NothingToDiscover as exc:
        return _answer(request, claim, level=messages.ERROR, message=exc.message, status=409)
    message = _("Search queued (%(providers)s): candidates appear below when found.") % {
        "providers": ", ".join(names)
    }
    return _answer(request, claim, level=messages.SUCCESS, message=message, status=202)
