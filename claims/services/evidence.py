"""Snapshots and evidence: what was fetched, and which passage of it bears on which claim."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

from claims.models import Claim, Evidence, FetchAttempt, Snapshot, Source, Stance, VerificationJob


@dataclass
class Capture:
    """What the fetcher brought back, in the shape the snapshot stores."""

    requested_url: str
    fetched_at: datetime
    final_url: str = ""
    http_status: int | None = None
    content_type: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    remote_address: str = ""
    elapsed_ms: int = 0
    body: bytes = b""
    warc: bytes = b""
    error_code: str = ""
    error_message: str = ""


def snapshot_record(
    *,
    source: Source,
    capture: Capture,
    job: VerificationJob | None = None,
    title: str = "",
    text: str = "",
    text_truncated: bool = False,
    extractor: str = "",
) -> Snapshot:
    """Preserve one fetch: body and WARC go to file storage under their hashes, never rewritten."""
    digest = hashlib.sha256(capture.body).hexdigest() if capture.body else ""
    snapshot = Snapshot(
        source=source,
        job=job,
        requested_url=capture.requested_url,
        final_url=capture.final_url,
        http_status=capture.http_status,
        content_type=capture.content_type[:200],
        headers=[list(pair) for pair in capture.headers],
        remote_address=capture.remote_address,
        size=len(capture.body),
        sha256=digest,
        fetched_at=capture.fetched_at,
        elapsed_ms=capture.elapsed_ms,
        title=title[:1000],
        text=text,
        text_truncated=text_truncated,
        extractor=extractor,
        error_code=capture.error_code,
        error_message=capture.error_message,
    )
    if capture.body:
        snapshot.body.save(f"{digest}.bin", ContentFile(capture.body), save=False)
    if capture.warc:
        snapshot.warc_sha256 = hashlib.sha256(capture.warc).hexdigest()
        snapshot.warc.save(f"{snapshot.warc_sha256}.warc.gz", ContentFile(capture.warc), save=False)
    snapshot.save()
    return snapshot


def fetch_attempt_record(
    *, source: Source, job: VerificationJob | None, attempt: Any
) -> FetchAttempt:
    """Store the fetcher's record of one request (workers.fetching.FetchAttemptRecord)."""
    return FetchAttempt.objects.create(
        source=source,
        job=job,
        url=attempt.url,
        final_url=attempt.final_url or "",
        outcome=attempt.outcome,
        http_status=attempt.http_status,
        content_type=(attempt.content_type or "")[:200],
        elapsed_ms=attempt.elapsed_ms,
        error=attempt.error or "",
        started_at=attempt.started_at,
    )


def evidence_record(
    *,
    claim: Claim,
    snapshot: Snapshot,
    excerpt: str,
    excerpt_start: int,
    excerpt_end: int,
    stance: str,
    confidence: float,
    method: str,
    reason: str = "",
    explanation: str = "",
    claim_quantity: dict | None = None,
    source_quantity: dict | None = None,
) -> tuple[Evidence, bool]:
    """Attach (or refresh) the machine's evidence; the same passage of the same content is one row.

    Keyed on (claim, source, content hash, offsets), so re-running a job after a crash or a retry
    updates the row it wrote before instead of duplicating it.
    """
    key = {
        "claim": claim,
        "source_id": snapshot.source_id,
        "content_sha256": snapshot.sha256,
        "excerpt_start": excerpt_start,
        "excerpt_end": excerpt_end,
    }
    values = {
        "snapshot": snapshot,
        "url": snapshot.final_url or snapshot.requested_url,
        "excerpt": excerpt,
        "stance": stance,
        "confidence": round(float(confidence), 4),
        "method": method[:60],
        "reason": reason[:40],
        "explanation": explanation,
        "claim_quantity": claim_quantity,
        "source_quantity": source_quantity,
    }
    try:
        with transaction.atomic():
            return Evidence.objects.update_or_create(**key, defaults=values)
    except IntegrityError:  # two runs raced on the same passage: the row exists now
        return Evidence.objects.update_or_create(**key, defaults=values)


def evidence_add(
    *,
    claim: Claim,
    source: Source,
    excerpt: str,
    stance: str,
    user: AbstractBaseUser | None,
    url: str = "",
    note: str = "",
    confidence: float = 1.0,
) -> Evidence:
    """A reviewer attaches a passage by hand (no snapshot needed)."""
    if stance not in Stance.values:
        raise ValidationError({"stance": f"Unknown stance {stance!r}."})
    if not excerpt.strip():
        raise ValidationError({"excerpt": "Evidence needs the passage it rests on."})
    evidence = Evidence(
        claim=claim,
        source=source,
        url=url or source.url,
        excerpt=excerpt,
        stance=stance,
        confidence=confidence,
        note=note,
        method="manual",
        created_by=user,
        # Offsets into the excerpt itself keep the unique constraint meaningful (NULLs never clash).
        excerpt_start=0,
        excerpt_end=len(excerpt),
        content_sha256=hashlib.sha256(excerpt.encode()).hexdigest(),
    )
    evidence.full_clean(exclude=["claim", "source", "snapshot", "created_by"])
    try:
        with transaction.atomic():
            evidence.save()
    except IntegrityError:
        raise ValidationError(
            {"excerpt": "This passage is already attached to the claim."}
        ) from None
    return evidence
