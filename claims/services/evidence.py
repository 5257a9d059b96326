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
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

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


_REFRESHED = ["snapshot", "url", "excerpt", "stance", "confidence", "method", "reason",
              "explanation", "claim_quantity", "source_quantity"]  # fmt: skip


def _evidence_values(snapshot: Snapshot, passage: dict[str, Any]) -> dict[str, Any]:
    return {
        "snapshot": snapshot,
        "url": snapshot.final_url or snapshot.requested_url,
        "excerpt": passage["excerpt"],
        "stance": passage["stance"],
        "confidence": round(float(passage["confidence"]), 4),
        "method": passage["method"][:60],
        "reason": passage.get("reason", "")[:40],
        "explanation": passage.get("explanation", ""),
        "claim_quantity": passage.get("claim_quantity"),
        "source_quantity": passage.get("source_quantity"),
    }


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
    values = _evidence_values(
        snapshot,
        {
            "excerpt": excerpt,
            "stance": stance,
            "confidence": confidence,
            "method": method,
            "reason": reason,
            "explanation": explanation,
            "claim_quantity": claim_quantity,
            "source_quantity": source_quantity,
        },
    )
    try:
        with transaction.atomic():
            return Evidence.objects.update_or_create(**key, defaults=values)
    except IntegrityError:  # two runs raced on the same passage: the row exists now
        return Evidence.objects.update_or_create(**key, defaults=values)


def evidence_record_many(
    *, claim: Claim, snapshot: Snapshot, passages: list[dict[str, Any]]
) -> list[Evidence]:
    """`evidence_record` for every passage the engine kept from one snapshot, in one go.

    Same keys and the same history rows, in a handful of statements instead of five per row
    (the pipeline bench found the per-row savepoints and lookups to be a quarter of a job's
    time): one lookup of the rows a previous run wrote, one insert of the new ones and one of
    their history, one update of the old ones and one of theirs.
    """
    by_offsets = {(p["excerpt_start"], p["excerpt_end"]): p for p in passages}
    if not by_offsets:
        return []
    key = {"claim": claim, "source_id": snapshot.source_id, "content_sha256": snapshot.sha256}
    with transaction.atomic():
        existing = {
            (row.excerpt_start, row.excerpt_end): row
            for row in Evidence.objects.filter(
                **key, excerpt_start__in={start for start, _ in by_offsets}
            )
        }
        fresh, refreshed = [], []
        for (start, end), passage in by_offsets.items():
            values = _evidence_values(snapshot, passage)
            row = existing.get((start, end))
            if row is None:
                fresh.append(Evidence(**key, excerpt_start=start, excerpt_end=end, **values))
                continue
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = timezone.now()  # bulk_update leaves auto_now fields alone
            refreshed.append(row)
        try:
            with transaction.atomic():
                created = bulk_create_with_history(fresh, Evidence) if fresh else []
        except IntegrityError:
            # Another run wrote some of these passages since the lookup: take them one by one.
            return [evidence_record(claim=claim, snapshot=snapshot, **p)[0] for p in passages]
        if refreshed:
            bulk_update_with_history(refreshed, Evidence, fields=[*_REFRESHED, "updated_at"])
    return created + refreshed


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
        raise ValidationError({"stance": _("Unknown stance %(value)r.") % {"value": stance}})
    if not excerpt.strip():
        raise ValidationError({"excerpt": _("Evidence needs the passage it rests on.")})
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
            {"excerpt": _("This passage is already attached to the claim.")}
        ) from None
    return evidence
