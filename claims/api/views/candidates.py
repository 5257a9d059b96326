"""Candidate evidence the discovery providers found for a claim: leads, never verdicts."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from rest_framework import generics

from claims.api.serializers import ProviderResultSerializer
from claims.models import Claim, ProviderResult


class ClaimCandidateListApi(generics.ListAPIView):
    serializer_class = ProviderResultSerializer
    filterset_fields = ["provider"]
    ordering_fields = ["published_at", "created_at"]

    queryset = ProviderResult.objects.none()  # the schema's model; requests use get_queryset

    def get_queryset(self):
        claim = get_object_or_404(Claim, pk=self.kwargs["pk"])
        results = ProviderResult.objects.filter(claim=claim)
        return results.order_by("provider", "-published_at", "id")
