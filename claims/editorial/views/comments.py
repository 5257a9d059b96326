"""Comments from the panel: add one, or correct one's own within 15 minutes."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims.editorial.views.access import staff_view
from claims.editorial.views.panel import _answer, _claim_or_404
from claims.models import Comment
from claims.services.comments import comment_add, comment_edit
from claims.services.errors import DomainError


def _problem(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(getattr(exc, "message", exc))


@require_POST
@staff_view("claims.add_comment")
def claim_comment(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _claim_or_404(pk)
    try:
        comment_add(claim_id=claim.pk, author=request.user, text=request.POST.get("text", ""))
    except (ValidationError, DomainError) as exc:
        return _answer(request, claim, level=messages.ERROR, message=_problem(exc), status=400)
    return _answer(request, claim, level=messages.SUCCESS, message=_("Comment added."))


@require_POST
@staff_view("claims.add_comment")
def comment_update(request: HttpRequest, pk: int) -> HttpResponse:
    comment = Comment.objects.filter(pk=pk).only("pk", "claim_id").first()
    if comment is None:
        raise Http404(_("No such comment."))
    claim = _claim_or_404(comment.claim_id)
    try:
        comment_edit(comment_id=pk, user=request.user, text=request.POST.get("text", ""))
    except (ValidationError, DomainError) as exc:
        status = 403 if not isinstance(exc, ValidationError) else 400
        return _answer(request, claim, level=messages.ERROR, message=_problem(exc), status=status)
    return _answer(request, claim, level=messages.SUCCESS, message=_("Comment saved."))
