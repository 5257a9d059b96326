"""Downloads of preserved captures: always as an attachment, never rendered by the browser."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from claims.editorial.views.access import staff_view
from claims.models import Snapshot


@require_GET
@staff_view("claims.view_snapshot")
def snapshot_warc(request: HttpRequest, pk: int) -> FileResponse:
    """Stream the snapshot's WARC file.

    A capture is somebody else's page, scripts included: served inline from our origin it would
    run with the editor's session. So it only ever leaves as a download, with a fixed binary
    content type that the browser is told not to second-guess.
    """
    snapshot = get_object_or_404(Snapshot, pk=pk)
    if not snapshot.warc:
        raise Http404("This snapshot has no WARC record.")
    try:
        handle = snapshot.warc.open("rb")
    except FileNotFoundError:
        raise Http404("The WARC file is missing from storage.") from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"snapshot-{snapshot.pk}-{snapshot.warc_sha256[:12] or 'warc'}.warc.gz",
        content_type="application/gzip",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if snapshot.warc_sha256:
        response["Digest"] = f"sha-256={snapshot.warc_sha256}"
    return response
