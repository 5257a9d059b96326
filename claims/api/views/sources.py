"""Sources and evidence: read them; reviewers attach evidence by hand."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response

from claims import selectors
from claims.api.filters import EvidenceFilter
from claims.api.pagination import PageOrCursorPagination
from claims.api.serializers import EvidenceSerializer, SourceSerializer
from claims.models import Claim, Stance
from claims.services.evidence import evidence_cite


class SourceListApi(generics.ListAPIView):
    serializer_class = SourceSerializer
    search_fields = ["url", "name", "publisher"]
    filterset_fields = ["kind"]
    ordering_fields = ["created_at", "name"]

    def get_queryset(self):
        return selectors.source_list()


class EvidenceListCreateApi(generics.ListAPIView):
    serializer_class = EvidenceSerializer
    pagination_class = PageOrCursorPagination
    filterset_class = EvidenceFilter
    ordering_fields = ["confidence", "created_at"]
    required_perms = {"POST": ("claims.add_evidence",)}

    class EvidenceCreateInputSerializer(serializers.Serializer):
        claim = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.all())
        source_url = serializers.CharField(max_length=2000)
        source_name = serializers.CharField(max_length=500, required=False, default="")
        excerpt = serializers.CharField(max_length=20000)
        stance = serializers.ChoiceField(choices=Stance.choices)
        note = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")

    def get_queryset(self):
        return selectors.evidence_list()

    @extend_schema(request=EvidenceCreateInputSerializer, responses={201: EvidenceSerializer})
    def post(self, request):
        data = self.EvidenceCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        evidence = evidence_cite(
            claim=values["claim"],
            source_url=values["source_url"],
            source_name=values["source_name"],
            excerpt=values["excerpt"],
            stance=values["stance"],
            note=values["note"],
            user=request.user,
        )
        evidence = selectors.evidence_list().get(pk=evidence.pk)
        return Response(EvidenceSerializer(evidence).data, status=status.HTTP_201_CREATED)
