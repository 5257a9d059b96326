"""Machine-proposed claims: discard or restore them, and decide their cross-article links."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.preconditions import expected_version, with_etag
from claims.api.serializers import ClaimLinkSerializer, ClaimSerializer
from claims.models import Claim, ClaimLink
from claims.services.claims import claim_discard
from claims.services.links import claim_link_decide


class ClaimDiscardApi(APIView):
    """Hide a proposal (kept, so a re-import does not bring it back), or restore it."""

    required_perms = {"POST": ("claims.change_claim",)}

    class ClaimDiscardInputSerializer(serializers.Serializer):
        discarded = serializers.BooleanField(default=True)
        version = serializers.IntegerField(min_value=1, required=False)

    @extend_schema(request=ClaimDiscardInputSerializer, responses=ClaimSerializer)
    def post(self, request, pk: int):
        data = self.ClaimDiscardInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        version = expected_version(request, pk, data.validated_data.get("version"))
        claim_discard(
            claim_id=pk,
            user=request.user,
            discarded=data.validated_data["discarded"],
            expected_version=version,
        )
        claim = selectors.claim_list(include_discarded=True).get(pk=pk)
        return with_etag(Response(ClaimSerializer(claim).data), claim)


class ClaimLinkListApi(generics.ListAPIView):
    """Claims in other articles that say the same thing, suggested or linked."""

    serializer_class = ClaimLinkSerializer
    pagination_class = None
    queryset = ClaimLink.objects.none()  # for the schema; the real one is below

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return self.queryset
        return selectors.claim_links(claim=Claim.objects.get(pk=self.kwargs["pk"]))


class ClaimLinkDecideApi(APIView):
    """Confirm or reject a link; a confirmed twin's verdict can be reused on the open claim."""

    required_perms = {"POST": ("claims.set_claim_status",)}

    class ClaimLinkDecideInputSerializer(serializers.Serializer):
        confirm = serializers.BooleanField()
        reuse_verdict = serializers.BooleanField(default=False)

    @extend_schema(request=ClaimLinkDecideInputSerializer, responses=ClaimLinkSerializer)
    def post(self, request, pk: int):
        data = self.ClaimLinkDecideInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        link = claim_link_decide(link_id=pk, user=request.user, **data.validated_data)
        link = ClaimLink.objects.select_related("claim", "twin", "decided_by").get(pk=link.pk)
        return Response(ClaimLinkSerializer(link).data)
