"""Discussion on a claim: list and add comments; their author corrects one for 15 minutes."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.models import Claim, Comment
from claims.services.comments import EDIT_WINDOW, comment_add, comment_edit


class CommentSerializer(serializers.ModelSerializer):
    author = serializers.SerializerMethodField()
    mentions = serializers.SerializerMethodField()
    editable_until = serializers.SerializerMethodField()

    class Meta:
        model = Comment
        fields = ["id", "claim", "author", "text", "mentions", "created_at", "edited_at",
                  "editable_until"]  # fmt: skip

    def get_author(self, obj: Comment) -> str | None:
        return obj.author.get_username() if obj.author else None

    def get_mentions(self, obj: Comment) -> list[str]:
        return [user.get_username() for user in obj.mentions.all()]

    def get_editable_until(self, obj: Comment) -> str:
        return serializers.DateTimeField().to_representation(obj.created_at + EDIT_WINDOW)


class CommentInputSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=5000)


class ClaimCommentListCreateApi(APIView):
    """The claim's comments, oldest first; POST `{"text"}` adds one (`@username` mentions)."""

    required_perms = {"POST": ("claims.add_comment",)}

    @extend_schema(responses=CommentSerializer(many=True))
    def get(self, request, pk: int):
        claim = get_object_or_404(Claim, pk=pk)
        comments = selectors.claim_comments(claim=claim)
        return Response(CommentSerializer(comments, many=True).data)

    @extend_schema(request=CommentInputSerializer, responses={201: CommentSerializer})
    def post(self, request, pk: int):
        data = CommentInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        get_object_or_404(Claim, pk=pk)
        comment = comment_add(claim_id=pk, author=request.user, text=data.validated_data["text"])
        return Response(CommentSerializer(comment).data, status=status.HTTP_201_CREATED)


class CommentDetailApi(APIView):
    """PATCH `{"text"}`: only the author, within 15 minutes of writing it."""

    required_perms = {"PATCH": ("claims.add_comment",)}

    @extend_schema(responses=CommentSerializer)
    def get(self, request, pk: int):
        return Response(CommentSerializer(get_object_or_404(Comment, pk=pk)).data)

    @extend_schema(request=CommentInputSerializer, responses=CommentSerializer)
    def patch(self, request, pk: int):
        data = CommentInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        get_object_or_404(Comment, pk=pk)
        comment = comment_edit(comment_id=pk, user=request.user, text=data.validated_data["text"])
        return Response(CommentSerializer(comment).data)
