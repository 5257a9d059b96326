"""Preserved captures: their record, their WARC as a download, their extracted text as text."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.serializers import SnapshotSerializer
from claims.downloads import lock_down, warc_download

VIEW_SNAPSHOT = {"GET": ("claims.view_snapshot",), "HEAD": ("claims.view_snapshot",)}


class _FileApi(APIView):
    required_perms = VIEW_SNAPSHOT

    def perform_content_negotiation(self, request, force=False):
        # The answer is a file, not a rendering: a client asking for application/warc or
        # text/plain gets it instead of a 406 (errors still come back as JSON).
        return super().perform_content_negotiation(request, force=True)


class SnapshotDetailApi(APIView):
    required_perms = VIEW_SNAPSHOT

    @extend_schema(responses=SnapshotSerializer)
    def get(self, request, pk: int):
        snapshot = get_object_or_404(selectors.snapshot_list(), pk=pk)
        return Response(SnapshotSerializer(snapshot, context={"request": request}).data)


class SnapshotWarcApi(_FileApi):
    @extend_schema(
        responses={
            (200, "application/gzip"): OpenApiResponse(
                OpenApiTypes.BINARY, description="The gzip WARC/1.1 request and response records."
            )
        }
    )
    def get(self, request, pk: int):
        return warc_download(get_object_or_404(selectors.snapshot_list(), pk=pk))


class SnapshotTextApi(_FileApi):
    @extend_schema(responses={(200, "text/plain"): OpenApiTypes.STR})
    def get(self, request, pk: int):
        snapshot = get_object_or_404(selectors.snapshot_texts(), pk=pk)
        if not snapshot.text:
            raise NotFound(_("No text was extracted from this snapshot."))
        return lock_down(HttpResponse(snapshot.text, content_type="text/plain; charset=utf-8"))
