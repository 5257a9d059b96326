"""Articles: list, create, read with their claims."""

from django.conf import settings
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.serializers import ArticleDetailSerializer, ArticleSerializer, JobSerializer
from claims.models import Article
from claims.services.imports import article_import_text
from claims.services.proposal_jobs import extraction_in_background, extraction_request
from claims.services.proposals import article_claims_propose


class ExtractionSerializer(serializers.Serializer):
    claims_created = serializers.IntegerField()
    appearances_added = serializers.IntegerField()
    already_known = serializers.IntegerField()
    links_found = serializers.IntegerField()
    language = serializers.CharField()
    message = serializers.CharField(help_text="Why nothing was proposed, when that happens.")


class ArticleListCreateApi(generics.ListAPIView):
    serializer_class = ArticleSerializer
    required_perms = {"POST": ("claims.add_article",)}
    search_fields = ["title", "publisher"]
    ordering_fields = ["created_at", "published_at", "title"]
    filterset_fields = ["language"]

    class ArticleCreateInputSerializer(serializers.Serializer):
        title = serializers.CharField(max_length=500, allow_blank=True, default="")
        body = serializers.CharField(
            max_length=2_000_000, trim_whitespace=False, required=False, default=""
        )
        html = serializers.CharField(
            max_length=5_000_000,
            trim_whitespace=False,
            required=False,
            default="",
            help_text="The article's page or fragment instead of `body`: its main text becomes "
            "the body and the links in it are kept (`links`); relative ones resolve against "
            "`url`.",
        )
        url = serializers.URLField(max_length=2000, required=False, default="")
        language = serializers.CharField(max_length=8, required=False, default="")
        publisher = serializers.CharField(max_length=200, required=False, default="")
        author = serializers.CharField(max_length=300, required=False, default="")
        published_at = serializers.DateTimeField(required=False, allow_null=True, default=None)
        extract_claims = serializers.BooleanField(
            required=False,
            default=False,
            help_text="Also find the article's check-worthy claims and propose them.",
        )

        def validate_body(self, body: str) -> str:
            cap = settings.VERIFIER_ARTICLE_MAX_CHARS  # the admin's paste has the same cap
            if len(body) > cap:
                raise serializers.ValidationError(
                    _("An article is at most %(cap)d characters.") % {"cap": cap}
                )
            return body

    def get_queryset(self):
        return selectors.article_list()

    @extend_schema(
        request=ArticleCreateInputSerializer,
        responses={
            201: ArticleDetailSerializer,
            202: OpenApiResponse(
                ArticleDetailSerializer,
                description="Created; with `extract_claims` and a body longer than "
                "VERIFIER_EXTRACT_INLINE_MAX_CHARS, the claims are found by the job in "
                "`extraction_job` (also in Location).",
            ),
        },
    )
    def post(self, request):
        data = self.ArticleCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        if not values["body"].strip() and not values["html"].strip():
            raise serializers.ValidationError({"body": [_("Give the article's body or its html.")]})
        outcome = article_import_text(**values, user=request.user)
        article = selectors.article_detail(pk=outcome.article.pk)
        body = ArticleDetailSerializer(article).data
        if outcome.extraction is not None:
            body["extraction"] = outcome.extraction.as_dict()
        if outcome.extraction_job is None:
            return Response(body, status=status.HTTP_201_CREATED)
        body["extraction_job"] = _job_data(outcome.extraction_job)
        return _accepted(body, outcome.extraction_job)


class ArticleExtractApi(APIView):
    """Find the article's check-worthy claims again; spans already known are not re-proposed.

    A long article (over VERIFIER_EXTRACT_INLINE_MAX_CHARS) is handed to a background job: 202
    with the job, whose progress GET /api/v1/jobs/{id}/ reports.
    """

    required_perms = {"POST": ("claims.add_claim",)}

    @extend_schema(request=None, responses={200: ExtractionSerializer, 202: JobSerializer})
    def post(self, request, pk: int):
        article = Article.objects.get(pk=pk)
        if extraction_in_background(article):
            job, _created = extraction_request(article_id=article.pk, user=request.user)
            return _accepted(_job_data(job), job)
        outcome = article_claims_propose(article=article, user=request.user)
        return Response(ExtractionSerializer(outcome.as_dict()).data)


def _job_data(job) -> dict:
    return JobSerializer(selectors.job_list().prefetch_related("job_attempts").get(pk=job.pk)).data


def _accepted(body: dict, job) -> Response:
    response = Response(body, status=status.HTTP_202_ACCEPTED)
    response["Location"] = f"/api/v1/jobs/{job.pk}/"
    return response


class ArticleDetailApi(generics.RetrieveAPIView):
    serializer_class = ArticleDetailSerializer

    def get_object(self):
        return selectors.article_detail(pk=self.kwargs["pk"])
