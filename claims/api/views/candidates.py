"""Candidate evidence the discovery providers found for a claim: leads, never verdicts."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.serializers import (
    CitedSourceSerializer,
    EvidenceSerializer,
    ProviderResultSerializer,
    SourceSerializer,
)
from claims.models import Claim, ClaimSource, ProviderResult
from claims.services.candidates import candidate_cite
from claims.services.claim_sources import claim_source_attach
from claims.services.discovery import claim_discovery_request


class DiscoveryQueuedSerializer(serializers.Serializer):
    claim = serializers.IntegerField()
    providers = serializers.ListField(child=serializers.CharField())


class ClaimCandidateListApi(generics.ListAPIView):
    serializer_class = ProviderResultSerializer
    filterset_fields = ["provider"]
    ordering_fields = ["published_at", "created_at"]

    queryset = ProviderResult.objects.none()  # the schema's model; requests use get_queryset

    def get_queryset(self):
        claim = get_object_or_404(Claim, pk=self.kwargs["pk"])
        return selectors.claim_candidates(claim=claim)


class CandidateCitedSerializer(serializers.Serializer):
    source = SourceSerializer()
    evidence = EvidenceSerializer(allow_null=True, help_text="A reviewer's passage, if any.")


class CandidateCiteApi(APIView):
    """An editor cites a candidate's URL as a source of its claim (a reviewer's lead included)."""

    required_perms = {"POST": ("claims.add_source",)}

    @extend_schema(request=None, responses={201: CandidateCitedSerializer})
    def post(self, request, pk: int):
        cited = candidate_cite(candidate_id=pk, user=request.user)
        source = cited.candidate.claim.sources.get(url=cited.candidate.url)
        evidence = selectors.evidence_list().get(pk=cited.evidence.pk) if cited.evidence else None
        return Response(
            {
                "source": SourceSerializer(source).data,
                "evidence": EvidenceSerializer(evidence).data if evidence else None,
            },
            status=status.HTTP_201_CREATED,
        )


class ClaimDiscoverApi(APIView):
    """Ask the enabled providers about the claim, in the background; finds appear as candidates."""

    required_perms = {"POST": ("claims.verify_claim",)}

    @extend_schema(request=None, responses={202: DiscoveryQueuedSerializer})
    def post(self, request, pk: int):
        providers = claim_discovery_request(claim_id=pk)
        return Response({"claim": pk, "providers": providers}, status=status.HTTP_202_ACCEPTED)


def _cited(claim_id: int, source_id: int) -> dict:
    row = ClaimSource.objects.select_related("source").get(claim_id=claim_id, source_id=source_id)
    return CitedSourceSerializer(row).data


class ClaimSourceAddApi(APIView):
    """Cite a document for the claim by its URL (origin `editor`): validated as any source."""

    required_perms = {"POST": ("claims.add_source",)}

    class ClaimSourceAddInputSerializer(serializers.Serializer):
        url = serializers.CharField(max_length=2000)
        name = serializers.CharField(max_length=500, required=False, default="")

    @extend_schema(request=ClaimSourceAddInputSerializer, responses={201: CitedSourceSerializer})
    def post(self, request, pk: int):
        data = self.ClaimSourceAddInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        source = claim_source_attach(claim_id=pk, user=request.user, **data.validated_data)
        return Response(_cited(pk, source.pk), status=status.HTTP_201_CREATED)
