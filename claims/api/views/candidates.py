"""Candidate evidence the discovery providers found for a claim: leads, never verdicts."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.serializers import CitedSourceSerializer, ProviderResultSerializer
from claims.models import Claim, ClaimSource, ProviderResult
from claims.services.claim_sources import claim_candidate_confirm, claim_source_attach
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

    required_perms = {"POST": ("claims.verify_claim",)}

    class ClaimSourceAddInputSerializer(serializers.Serializer):
        url = serializers.CharField(max_length=2000)
        name = serializers.CharField(max_length=500, required=False, default="")

    @extend_schema(request=ClaimSourceAddInputSerializer, responses={201: CitedSourceSerializer})
    def post(self, request, pk: int):
        data = self.ClaimSourceAddInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        source = claim_source_attach(claim_id=pk, user=request.user, **data.validated_data)
        return Response(_cited(pk, source.pk), status=status.HTTP_201_CREATED)


class ClaimCandidateConfirmApi(APIView):
    """A discovery candidate becomes a cited source of its claim (origin `discovery`)."""

    required_perms = {"POST": ("claims.verify_claim",)}

    @extend_schema(request=None, responses={201: CitedSourceSerializer})
    def post(self, request, pk: int, candidate: int):
        source = claim_candidate_confirm(claim_id=pk, result_id=candidate, user=request.user)
        return Response(_cited(pk, source.pk), status=status.HTTP_201_CREATED)
