"""Claims: list and file them, read and edit one, set its status, read its history."""

from django.conf import settings
from django.contrib.auth import get_user_model
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api import claim_rows
from claims.api.filters import ClaimFilter
from claims.api.pagination import PageOrCursorPagination
from claims.api.preconditions import expected_version, with_etag
from claims.api.serializers import ClaimSerializer
from claims.api.strict import refuse_unknown_fields
from claims.models import Article, Claim, ClaimKind, ClaimStatus, SourceKind
from claims.services.claims import claim_create, claim_update
from claims.services.status import claim_status_set

IF_MATCH = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description='The claim\'s ETag as read (e.g. "claim-3-v7"); or send a `version` field.',
)


# What a client sending these in a PATCH most likely meant, instead of a silent no-op.
READ_ONLY_HINTS = {
    "status": "The status is set with POST /api/v1/claims/{id}/status/.",
    "sources": "Sources are cited when the claim is filed, or by an editor in the admin.",
}


class SourceClaimCreateInputSerializer(serializers.Serializer):
    url = serializers.CharField(max_length=2000)
    name = serializers.CharField(max_length=500, required=False, default="")
    publisher = serializers.CharField(max_length=200, required=False, default="")
    kind = serializers.ChoiceField(choices=SourceKind.choices, required=False, default="other")


class ClaimListCreateApi(generics.ListAPIView):
    serializer_class = ClaimSerializer
    pagination_class = PageOrCursorPagination
    filterset_class = ClaimFilter
    search_fields = ["text", "quote", "claimant"]
    ordering_fields = ["updated_at", "created_at", "confidence", "status", "quote_start"]
    ordering = ["-updated_at", "-id"]
    required_perms = {"POST": ("claims.add_claim",)}

    class ClaimCreateInputSerializer(serializers.Serializer):
        article = serializers.PrimaryKeyRelatedField(
            queryset=Article.objects.all(), required=False, allow_null=True, default=None
        )
        text = serializers.CharField(max_length=5000)
        quote = serializers.CharField(max_length=5000, required=False, default="")
        quote_start = serializers.IntegerField(
            min_value=0, required=False, allow_null=True, default=None
        )
        quote_end = serializers.IntegerField(
            min_value=0, required=False, allow_null=True, default=None
        )
        language = serializers.CharField(max_length=8, required=False, default="")
        kind = serializers.ChoiceField(choices=ClaimKind.choices, required=False, default="other")
        claimant = serializers.CharField(max_length=300, required=False, default="")
        # The cap is also the service's (claim_sources_add); here it stops a long list before
        # each of its items is validated, and documents it (maxItems).
        sources = SourceClaimCreateInputSerializer(
            many=True,
            required=False,
            default=list,
            max_length=settings.VERIFIER_MAX_SOURCES_PER_CLAIM,
        )

    def get_queryset(self):
        return claim_rows.claim_rows()

    def list(self, request, *args, **kwargs):
        # Filters, search, ordering and both paginations run as usual, on `.values()` rows;
        # claim_rows writes what ClaimSerializer (the schema) would, without model instances.
        rows = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(rows)
        if page is None:
            return Response(claim_rows.claims_data(rows))
        return self.get_paginated_response(claim_rows.claims_data(page))

    @extend_schema(request=ClaimCreateInputSerializer, responses={201: ClaimSerializer})
    def post(self, request):
        data = self.ClaimCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        claim = claim_create(**data.validated_data, created_by=request.user)
        claim = selectors.claim_list().get(pk=claim.pk)
        response = Response(ClaimSerializer(claim).data, status=status.HTTP_201_CREATED)
        return with_etag(response, claim)


class ClaimDetailApi(APIView):
    required_perms = {"PATCH": ("claims.change_claim",)}

    class ClaimPatchInputSerializer(serializers.Serializer):
        text = serializers.CharField(max_length=5000, required=False)
        quote = serializers.CharField(max_length=5000, required=False, allow_blank=True)
        quote_start = serializers.IntegerField(min_value=0, required=False, allow_null=True)
        quote_end = serializers.IntegerField(min_value=0, required=False, allow_null=True)
        language = serializers.CharField(max_length=8, required=False, allow_blank=True)
        kind = serializers.ChoiceField(choices=ClaimKind.choices, required=False)
        claimant = serializers.CharField(max_length=300, required=False, allow_blank=True)
        assigned_to = serializers.PrimaryKeyRelatedField(
            queryset=get_user_model().objects.all(), required=False, allow_null=True
        )
        version = serializers.IntegerField(min_value=1, required=False)

    @extend_schema(responses=ClaimSerializer)
    def get(self, request, pk: int):
        data = claim_rows.claim_data(pk=pk)
        # The ETag is the claim's own (Claim.etag): an unsaved instance carries what it reads.
        return with_etag(Response(data), Claim(pk=data["id"], version=data["version"]))

    @extend_schema(
        request=ClaimPatchInputSerializer,
        responses={
            200: ClaimSerializer,
            400: OpenApiResponse(
                description="A field that cannot be written here (e.g. `status`), or no change."
            ),
            412: OpenApiResponse(
                description="The claim changed since it was read, or If-Match is `*` or "
                "another claim's ETag."
            ),
        },
        parameters=[IF_MATCH],
    )
    def patch(self, request, pk: int):
        data = self.ClaimPatchInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        refuse_unknown_fields(request.data, data, hints=READ_ONLY_HINTS)
        changes = dict(data.validated_data)
        version = expected_version(request, pk, changes.pop("version", None))
        if not changes:
            raise serializers.ValidationError(
                {"non_field_errors": ["Nothing to change: name at least one editable field."]}
            )
        claim_update(claim_id=pk, expected_version=version, changes=changes, user=request.user)
        claim = selectors.claim_list(include_discarded=True).get(pk=pk)
        return with_etag(Response(ClaimSerializer(claim).data), claim)


class ClaimStatusSetApi(APIView):
    required_perms = {"POST": ("claims.set_claim_status",)}

    class ClaimStatusInputSerializer(serializers.Serializer):
        status = serializers.ChoiceField(choices=ClaimStatus.choices)
        note = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")
        version = serializers.IntegerField(min_value=1, required=False)

    @extend_schema(
        request=ClaimStatusInputSerializer, responses=ClaimSerializer, parameters=[IF_MATCH]
    )
    def post(self, request, pk: int):
        data = self.ClaimStatusInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        version = expected_version(request, pk, data.validated_data.get("version"))
        claim_status_set(
            claim_id=pk,
            status=data.validated_data["status"],
            note=data.validated_data["note"],
            user=request.user,
            expected_version=version,
        )
        claim = selectors.claim_list(include_discarded=True).get(pk=pk)
        return with_etag(Response(ClaimSerializer(claim).data), claim)


FULL_HISTORY = OpenApiParameter(
    "full",
    bool,
    required=False,
    deprecated=True,
    description="Ignored: the trail is always whole (it once added edits and evidence).",
)


class TimelineEntrySerializer(serializers.Serializer):
    id = serializers.IntegerField(required=False, help_text="Set on status changes only.")
    kind = serializers.ChoiceField(choices=["status", "edit", "source", "evidence", "comment"])
    field = serializers.CharField(
        help_text="The claim's field; `source`, `evidence` or `comment` else."
    )
    from_value = serializers.CharField(allow_blank=True)
    to_value = serializers.CharField(allow_blank=True)
    changed_by = serializers.CharField(allow_null=True, help_text="The person, if one.")
    actor = serializers.ChoiceField(choices=["person", "machine"])
    job = serializers.IntegerField(
        allow_null=True, help_text="The verification job behind a machine change, when known."
    )
    note = serializers.CharField(allow_blank=True)
    created_at = serializers.DateTimeField()


class ClaimHistoryApi(APIView):
    """The claim's audit trail, newest first: every change of any field (text, quote, kind,
    claimant, assignment, status, the machine's suggestion...), every source cited or dropped
    and every evidence event, each with who (a person, or the machine and its job), when, from
    and to."""

    @extend_schema(parameters=[FULL_HISTORY], responses=TimelineEntrySerializer(many=True))
    def get(self, request, pk: int):
        claim = selectors.claim_list(include_discarded=True).get(pk=pk)
        return Response(
            TimelineEntrySerializer(selectors.claim_timeline(claim=claim), many=True).data
        )
