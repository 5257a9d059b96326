"""The article list and the annotated article: its text with every claim's quote lit up."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from claims import selectors
from claims.editorial.highlight import Span, highlight
from claims.editorial.panel import panel_context
from claims.editorial.views.access import staff_view
from claims.models import Article, Claim, ClaimStatus


def _spans(article: Article, claims: list[Claim]) -> list[Span]:
    by_id = {c.pk: c for c in claims}
    spans = [
        Span(
            claim_id=c.pk,
            start=c.quote_start,
            end=c.quote_end,
            status=c.status,
            suggestion=c.suggested_verdict,
            label=_("%(status)s: %(text)s")
            % {"status": c.get_status_display(), "text": c.text[:160]},
        )
        for c in claims
        if c.quote_start is not None and c.quote_end is not None
    ]
    for seen in selectors.article_appearances(article=article, claim_ids=by_id):
        claim = by_id[seen.claim_id]
        spans.append(
            Span(
                claim_id=claim.pk,
                start=seen.quote_start,
                end=seen.quote_end,
                status=claim.status,
                label=_("%(status)s (stated again): %(text)s")
                % {"status": claim.get_status_display(), "text": claim.text[:160]},
                primary=False,
            )
        )
    return spans


@staff_view("claims.view_article")
def article_list(request: HttpRequest) -> HttpResponse:
    articles = selectors.article_list().order_by("-created_at", "-id")[:200]
    return render(request, "editorial/article_list.html", {"articles": articles})


@staff_view("claims.view_claim")
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        article = selectors.article_detail(pk=pk)
    except Article.DoesNotExist:
        raise Http404(_("No such article.")) from None
    claims = list(article.claims.all())
    context = {
        "article": article,
        "claims": claims,
        "body": highlight(article.body, _spans(article, claims)),
        "statuses": ClaimStatus.choices,
        "panel": None,
    }
    selected = request.GET.get("claim", "")
    if selected.isdigit() and any(c.pk == int(selected) for c in claims):
        context.update(panel_context(request, claim_id=int(selected)), panel=True)
    return render(request, "editorial/article.html", context)
