"""My queue: what waits for the signed-in reviewer, and taking or handing a claim from the panel."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import selectors
from claims.editorial.views.access import staff_view
from claims.editorial.views.panel import _answer, _claim_or_404
from claims.services.claims import claim_assign
from claims.services.errors import DomainError


@staff_view("claims.view_claim")
def queue(request: HttpRequest) -> HttpResponse:
    claims = list(selectors.claim_queue(user=request.user)[:500])
    return render(
        request,
        "editorial/queue.html",
        {
            "mine": [c for c in claims if c.assigned_to_id == request.user.pk or c.mentions_me],
            "waiting": [
                c for c in claims if c.assigned_to_id != request.user.pk and not c.mentions_me
            ],
        },
    )


@require_POST
@staff_view("claims.set_claim_status")
def claim_assign_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Assign the claim to a reviewer (or to nobody) from the panel."""
    claim = _claim_or_404(pk)
    chosen = request.POST.get("assignee", "")
    reviewer = None
    if chosen:
        known = chosen.isascii() and chosen.isdigit()  # "²" is a digit, but no id
        reviewer = selectors.reviewer_list().filter(pk=chosen).first() if known else None
        if reviewer is None:
            return _answer(
                request, claim, level=messages.ERROR, message=_("No such reviewer."), status=400
            )
    try:
        claim_assign(claim_id=claim.pk, assignee=reviewer, user=request.user)
    except (ValidationError, DomainError) as exc:
        return _answer(request, claim, level=messages.ERROR, message=str(exc), status=400)
    message = (
        _("Assigned to %(who)s.") % {"who": reviewer.get_username()}
        if reviewer
        else _("Assigned to nobody.")
    )
    return _answer(request, claim, level=messages.SUCCESS, message=message)
