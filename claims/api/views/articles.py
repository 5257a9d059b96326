"""Articles: list, create, read with their claims."""

from django.db import transaction
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response

from claims import selectors
from claims.api.serializers import ArticleDetailSerializer, ArticleSerializer
from claims.services.articles import article_create


class ArticleListCreateApi(generics.ListAPIView):
    serializer_class = ArticleSerializer
    required_perms = {"POST": ("claims.add_article",)}
    search_fields = ["title", "publisher"]
    ordering_fields = ["created_at", "published_at", "title"]
    filterset_fields = ["language"]

    class ArticleCreateInputSerializer(serializers.Serializer):
        title = serializers.CharField(max_length=500, allow_blank=True, default="")
        body = serializers.CharField(max_length=2_000_000, trim_whitespace=False)
        url = serializers.URLField(max_length=2000, required=False, default="")
        language = serializers.CharField(max_length=8, required=False, default="")
        publisher = serializers.CharField(max_length=200, required=False, default="")
        author = serializers.CharField(max_length=300, required=False, default="")
        published_at = serializers.DateTimeField(required=False, allow_null=True, default=None)

    def get_queryset(self):
        return selectors.article_list()

    @extend_schema(request=ArticleCreateInputSerializer, responses={201: ArticleDetailSerializer})
    def post(self, request):
        data = self.ArticleCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        with transaction.atomic():
            article = article_create(**data.validated_data, created_by=request.user)
        article = selectors.article_detail(pk=article.pk)
        return Response(ArticleDetailSerializer(article).data, status=status.HTTP_201_CREATED)


class ArticleDetailApi(generics.RetrieveAPIView):
    serializer_class = ArticleDetailSerializer

    def get_object(self):
        return selectors.article_detail(pk=self.kwargs["pk"])
