"""Articles: list, create, read with their claims."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.serializers import ArticleDetailSerializer, ArticleSerializer
from claims.models import Article
from claims.services.imports import article_import_text
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

    def get_queryset(self):
        return selectors.article_list()

    @extend_schema(request=ArticleCreateInputSerializer, responses={201: ArticleDetailSerializer})
    def post(self, request):
        data = self.ArticleCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        if not values["body"].strip() and not values["html"].strip():
            raise serializers.ValidationError({"body": ["Give the article's body or its html."]})
        outcome = article_import_text(**values, user=request.user)
        article = selectors.article_detail(pk=outcome.article.pk)
        body = ArticleDetailSerializer(article).data
        if outcome.extraction is not None:
            body["extraction"] = outcome.extraction.as_dict()
        return Response(body, status=status.HTTP_201_CREATED)


class ArticleExtractApi(APIView):
    """Find the article's check-worthy claims again; spans already known are not re-proposed."""

    required_perms = {"POST": ("claims.add_claim",)}

    @extend_schema(request=None, responses={200: ExtractionSerializer})
    def post(self, request, pk: int):
        article = Article.objects.get(pk=pk)
        outcome = article_claims_propose(article=article, user=request.user)
        return Response(ExtractionSerializer(outcome.as_dict()).data)


class ArticleDetailApi(generics.RetrieveAPIView):
    serializer_class = ArticleDetailSerializer

    def get_object(self):
        return selectors.article_detail(pk=self.kwargs["pk"])
