"""Read one source: fetch it, record the attempt, preserve the snapshot, extract its text.

Shared by the verification pipeline, the link-rot monitor and the archive fallback, so every
path that reads a source leaves the same record behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Snapshot, Source, VerificationJob
from claims.services.evidence import Capture, fetch_attempt_record, snapshot_record
from workers.extraction import Document, ExtractionError, extract_document
from workers.fetching import FetchError, FetchErrorCode, FetchResult, build_warc, fetch

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


def source_read(
    *, source: Source, job: VerificationJob | None = None, url: str | None = None
) -> SourceRead:
    """Fetch `url` (the source's own by default, or e.g. an archived copy of it) and keep it.

    A failure is preserved too (a snapshot with its error code), so the history of a source
    shows when it died.
    """
    url = url or source.url
    try:
        result = fetch(url)
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
    capture = capture_of(result)
    try:
        document = extract_document(
            result.body,
            content_type=result.content_type,
            charset=result.charset,
            url=result.final_url,
        )
    except ExtractionError as error:
        capture.error_code, capture.error_message = error.code, error.message
        snapshot = snapshot_record(source=source, capture=capture, job=job)
        return SourceRead(
            url=url,
            snapshot=snapshot,
            error_code=error.code,
            error_message=error.message,
            http_status=result.status,
        )
    snapshot = snapshot_record(
        source=source,
        capture=capture,
        job=job,
        title=document.title or "",
        text=document.text,
        text_truncated=document.truncated,
        extractor=document.extractor,
    )
    return SourceRead(url=url, snapshot=snapshot, document=document, http_status=result.status)
