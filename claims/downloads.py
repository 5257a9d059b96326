"""Preserved captures leave the application only as downloads, never rendered on our origin."""

from __future__ import annotations

from django.http import FileResponse, Http404

from claims.models import Snapshot

# A capture is somebody else's page, scripts included: served inline from our origin it would
# run with the reviewer's session. Nothing of it may run, or be sniffed into HTML.
LOCKED_DOWN = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def lock_down(response):
    for name, value in LOCKED_DOWN.items():
        response[name] = value
    return response


def warc_download(snapshot: Snapshot) -> FileResponse:
    """The snapshot's WARC as an attachment with a fixed binary type (Http404 when absent)."""
    if not snapshot.warc:
        raise Http404("This snapshot has no WARC record (the fetch failed).")
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
    if snapshot.warc_sha256:
        response["Digest"] = f"sha-256={snapshot.warc_sha256}"
    return lock_down(response)
