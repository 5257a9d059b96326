"""Downloads of preserved captures: always as an attachment, never rendered by the browser."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from claims import selectors
from claims.downloads import warc_download
from claims.editorial.views.access import staff_view


@require_GET
@staff_view("claims.view_snapshot")
def snapshot_warc(request: HttpRequest, pk: int) -> FileResponse:
    """Stream the snapshot's WARC file (see claims.downloads for why only as a download)."""
    return warc_download(get_object_or_404(selectors.snapshot_list(), pk=pk))
