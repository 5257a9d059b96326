"""Exports: ClaimReview JSON-LD per claim and per article, CSV of any filtered claim list."""

from __future__ import annotations

from django.conf import settings
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics
from rest_framework.exceptions import NotFound
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.filters import ClaimFilter
from claims.exports import claimreview
from claims.exports.spreadsheet import claims_csv_lines
from claims.models import Article, Claim


class JsonLdRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


class CsvRenderer(BaseRenderer):
    """Lets clients ask for text/csv; errors (a dict) come out as their JSON text."""

    media_type = "text/csv"
    format = "csv"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return JSONRenderer().render(data)


def _newsroom() -> claimreview.Newsroom:
    return claimreview.Newsroom(
        name=settings.VERIFIER_NEWSROOM_NAME, url=settings.VERIFIER_NEWSROOM_URL
    )


def _review_url(request, claim: Claim) -> str:
    """Where the review is published: the newsroom's template if set, else this export's URL."""
    template = settings.VERIFIER_CLAIMREVIEW_URL_TEMPLATE
    if template:
        return template.format(claim_id=claim.pk, article_id=claim.article_id or "")
    return request.build_absolute_uri(reverse("claim-claimreview", args=[claim.pk]))


def _review(request, claim: Claim) -> dict:
    return claimreview.claim_review(
        claim,
        newsroom=_newsroom(),
        url=_review_url(request, claim),
        changes=claim.status_changes.all(),
    )


class ClaimReviewApi(APIView):
    """schema.org ClaimReview (JSON-LD) of one decided claim; undecided claims answer 404."""

    renderer_classes = [JsonLdRenderer, JSONRenderer]

    @extend_schema(
        responses={200: OpenApiTypes.OBJECT, 404: OpenApiResponse(description="Not published")}
    )
    def get(self, request, pk: int):
        claim = selectors.claims_with_decisions(selectors.claim_list()).get(pk=pk)
        if not claimreview.is_published(claim):
            raise NotFound(claimreview.UNPUBLISHED_REASON.format(status=claim.status))
        return Response(claimreview.claim_review_document(_review(request, claim)))


class ArticleClaimReviewApi(APIView):
    """The ClaimReviews of an article's decided claims, as one JSON-LD @graph.

    Undecided claims are left out; the `X-ClaimReview-Excluded` header lists them as
    `<claim id>:<status>` so the gap is explained rather than silent.
    """

    renderer_classes = [JsonLdRenderer, JSONRenderer]

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def get(self, request, pk: int):
        article = Article.objects.get(pk=pk)
        claims = selectors.claims_with_decisions(selectors.claim_list()).filter(article=article)
        claims = claims.order_by("quote_start", "id")
        published = [c for c in claims if claimreview.is_published(c)]
        excluded = [f"{c.pk}:{c.status}" for c in claims if not claimreview.is_published(c)]
        document = claimreview.article_review_document([_review(request, c) for c in published])
        response = Response(document)
        response["X-ClaimReview-Excluded"] = ", ".join(excluded)
        return response


class ClaimCsvExportApi(generics.ListAPIView):
    """The claims list as CSV: the same filters, search and ordering as GET /api/v1/claims/."""

    filterset_class = ClaimFilter
    search_fields = ["text", "quote", "claimant"]
    ordering_fields = ["updated_at", "created_at", "confidence", "status", "quote_start"]
    ordering = ["-updated_at", "-id"]
    pagination_class = None
    renderer_classes = [JSONRenderer, CsvRenderer]

    def get_queryset(self):
        return selectors.claim_list()

    @extend_schema(
        operation_id="v1_claims_export_csv", responses={(200, "text/csv"): OpenApiTypes.STR}
    )
    def get(self, request, *args, **kwargs):
        # Read the rows before answering, so a database error is a clean 5xx, not a cut-off file.
        claims = list(self.filter_queryset(self.get_queryset()))
        response = StreamingHttpResponse(
            claims_csv_lines(claims), content_type="text/csv; charset=utf-8"
        )
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        response["Content-Disposition"] = f'attachment; filename="claims-{stamp}.csv"'
        return response
