"""Read one source: fetch it, record the attempt, preserve the snapshot; extract its text.

Shared by the verification pipeline, the link-rot monitor and the archive fallback, so every
path that reads a source leaves the same record behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.models import Snapshot, Source, VerificationJob
from claims.services.evidence import Capture, fetch_attempt_record, snapshot_record
from workers.extraction import Document, ExtractionError, extract_document
from workers.fetching import FetchError, FetchErrorCode, FetchResult, build_warc, fetch
from workers.fetching.content import parse_content_type

# What "the page is gone" means for link rot and the archive fallback: the server says so
# for good (404 Not Found, 410 Gone) or the name no longer resolves.
DEAD_STATUSES = frozenset({404, 410})


@dataclass
class SourceRead:
    """The outcome of reading one source; `snapshot` is None only when nothing was attempted."""

    url: str
    snapshot: Snapshot | None = None
    document: Document | None = None
    error_code: str = ""
    error_message: str = ""
    http_status: int | None = None
    retryable: bool = False
    body: bytes = field(default=b"", repr=False)  # the fetched bytes, not kept past the run

    @property
    def ok(self) -> bool:
        return not self.error_code

    @property
    def dead(self) -> bool:
        """The link is gone (404, 410, DNS failure), as opposed to failing for now."""
        if self.error_code == FetchErrorCode.DNS.value:
            return True
        return self.error_code == FetchErrorCode.HTTP_4XX.value and (
            self.http_status in DEAD_STATUSES
        )

    @property
    def label(self) -> str:
        return f"{self.url}: {self.error_code} ({self.error_message})"


def capture_of(result: FetchResult) -> Capture:
    return Capture(
        requested_url=result.requested_url,
        final_url=result.final_url,
        fetched_at=result.fetched_at,
        http_status=result.status,
        content_type=result.content_type,
        headers=list(result.headers),
        remote_address=result.remote_address,
        elapsed_ms=result.elapsed_ms,
        body=result.body,
        warc=build_warc(result),
    )


def failed_capture(url: str, error: FetchError) -> Capture:
    attempt = error.attempt
    return Capture(
        requested_url=url,
        final_url=error.final_url or "",
        fetched_at=attempt.started_at if attempt else None,
        http_status=error.http_status,
        content_type=error.content_type or "",
        elapsed_ms=attempt.elapsed_ms if attempt else 0,
        error_code=str(error.code),
        error_message=error.message,
    )


def source_fetch(
    *,
    source: Source,
    job: VerificationJob | None = None,
    url: str | None = None,
    deadline: float | None = None,
) -> SourceRead:
    """Fetch `url` (the source's own by default, or e.g. an archived copy of it) and keep it.

    `deadline` (seconds) replaces VERIFIER_FETCH_DEADLINE, e.g. by the time a job's fetch
    stage has left.

    Only the network and the preservation (body, WARC, hashes): the text is extracted later,
    by `snapshot_extract`, on the CPU-bound side. A failure is preserved too (a snapshot with
    its error code), so the history of a source shows when it died.
    """
    url = url or source.url
    try:
        result = fetch(url, deadline=deadline)
    except FetchError as error:
        snapshot = None
        if error.attempt:
            fetch_attempt_record(source=source, job=job, attempt=error.attempt)
        capture = failed_capture(url, error)
        if capture.fetched_at is not None:
            snapshot = snapshot_record(source=source, capture=capture, job=job)
        return SourceRead(
            url=url,
            snapshot=snapshot,
            error_code=str(error.code),
            error_message=error.message,
            http_status=error.http_status,
            retryable=error.retryable,
        )
    fetch_attempt_record(source=source, job=job, attempt=result.attempt)
    snapshot = snapshot_record(source=source, capture=capture_of(result), job=job)
    return SourceRead(url=url, snapshot=snapshot, http_status=result.status, body=result.body)


def snapshot_extract(snapshot: Snapshot, *, body: bytes | None = None) -> Document:
    """The text of a preserved snapshot, stored on it; raises ExtractionError, recorded too.

    `body` saves a read of the file storage when the caller still holds the fetched bytes.
    Only the derived fields are written: the preserved body, WARC and hashes never change.
    """
    if body is None and not snapshot.body:
        body = b""  # an empty response keeps no file: extraction says "empty" for it
    if body is None:
        with snapshot.body.open("rb") as stored:
            body = stored.read()
    _mime, charset = parse_content_type(_header(snapshot.headers, "content-type"))
    try:
        document = extract_document(
            body,
            content_type=snapshot.content_type,
            charset=charset,
            url=snapshot.final_url or snapshot.requested_url,
        )
    except ExtractionError as error:
        snapshot.error_code, snapshot.error_message = error.code, error.message
        snapshot.save(update_fields=["error_code", "error_message"])
        raise
    snapshot.title = (document.title or "")[:1000]
    snapshot.text = document.text
    snapshot.text_truncated = document.truncated
    snapshot.extractor = document.extractor
    snapshot.save(update_fields=["title", "text", "text_truncated", "extractor"])
    return document


def _header(headers: list, name: str) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def source_read(
    *, source: Source, job: VerificationJob | None = None, url: str | None = None
) -> SourceRead:
    """Fetch, preserve and extract in one go (the link-rot monitor's re-check)."""
    read = source_fetch(source=source, job=job, url=url)
    if not read.ok:
        return read
    try:
        read.document = snapshot_extract(read.snapshot, body=read.body)
    except ExtractionError as error:
        read.error_code, read.error_message = error.code, error.message
    return read
