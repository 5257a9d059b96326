"""Link rot and drift: re-read cited sources and flag the claims whose evidence went away."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims.models import Claim, Evidence, Snapshot, Source
from claims.selectors.sources import claims_due_for_recheck
from claims.services.capture import DEAD_STATUSES, SourceRead, source_read
from claims.services.history import claim_machine_change_record, machine_reason


def claim_review_flag(*, claim_id: int, reason: str) -> bool:
    """Flag a claim for review with `reason` (added to any reason already there); True if new.

    Only the review columns are written, by a queryset update that bumps `version`: a reviewer
    editing the claim at the same moment keeps their edit, and their next save with the old
    version is refused instead of silently undoing the flag.
    """
    with transaction.atomic():
        claim = (
            Claim.objects.select_for_update().only("needs_review", "review_reason").get(pk=claim_id)
        )
        if claim.needs_review and reason in claim.review_reason:
            return False
        if claim.needs_review and claim.review_reason:
            reason = f"{claim.review_reason}; {reason}"
        Claim.objects.filter(pk=claim_id).update(
            needs_review=True,
            review_reason=reason[:300],
            version=F("version") + 1,
            updated_at=timezone.now(),
        )
        claim_machine_change_record(
            claim=claim_id, reason=machine_reason(f"flagged for review: {reason}", None)
        )
    return True


def _normalized(text: str) -> str:
    # Re-extraction reflows whitespace and may change case or compose characters differently;
    # none of that is the page saying something else.
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _is_dead(snapshot: Snapshot | None) -> bool:
    if snapshot is None:
        return False
    return snapshot.error_code == "dns" or (
        snapshot.error_code == "http_4xx" and snapshot.http_status in DEAD_STATUSES
    )


def _death_reason(source: Source, read: SourceRead) -> str:
    if read.error_code == "dns":
        return f"source {source.url} no longer resolves (DNS failure)"
    return f"source {source.url} returned {read.http_status}"


def _excerpt_gone(claim_id: int, source: Source, snapshot: Snapshot) -> bool:
    text = _normalized(snapshot.text)
    for excerpt, content_sha256 in Evidence.objects.filter(
        claim_id=claim_id, source=source
    ).values_list("excerpt", "content_sha256"):
        if content_sha256 == snapshot.sha256 or not excerpt.strip():
            continue  # found in exactly this content, or nothing to look for
        if _normalized(excerpt) not in text:
            return True
    return False


def source_recheck(
    *, source_id: int, now: datetime | None = None, closed_after_days: int | None = None
) -> Counter:
    """Fetch one source again, keep the new snapshot, flag its due claims if it died or drifted.

    A claim is flagged on the change, not on every run: a page that was already dead, or
    content already seen, flags nothing new, so a reviewer who cleared the flag is not nagged.
    """
    now = now or timezone.now()
    if closed_after_days is None:
        closed_after_days = settings.VERIFIER_RECHECK_CLOSED_AFTER_DAYS
    source = Source.objects.get(pk=source_id)
    before = Snapshot.objects.filter(source=source).order_by("-fetched_at", "-id")
    previous = before.first()
    previous_ok = before.filter(error_code="").first()
    read = source_read(source=source)
    claim_ids = list(
        claims_due_for_recheck(now=now, closed_after_days=closed_after_days)
        .filter(claim_sources__source=source)
        .values_list("pk", flat=True)
    )
    counts = Counter(sources=1)
    if read.dead:
        counts["dead"] += 1
        if not _is_dead(previous):
            reason = _death_reason(source, read)
            for claim_id in claim_ids:
                counts["flagged"] += claim_review_flag(claim_id=claim_id, reason=reason)
        return counts
    if not read.ok:
        counts["failed"] += 1  # a timeout or a 5xx says nothing yet about the page itself
        return counts
    if previous_ok is not None and previous_ok.sha256 == read.snapshot.sha256:
        counts["unchanged"] += 1
        return counts
    counts["changed"] += 1
    reason = f"source {source.url} changed: the evidence excerpt is gone"
    for claim_id in claim_ids:
        if _excerpt_gone(claim_id, source, read.snapshot):
            counts["drifted"] += 1
            counts["flagged"] += claim_review_flag(claim_id=claim_id, reason=reason)
    return counts
