"""Verdicts: the editorial status set by people, and the machine's suggestion beside it."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.models import Claim, ClaimStatus, StatusChange, Verdict
from claims.services.claims import claim_lock_version, claim_update
from claims.services.history import claim_machine_change_record, machine_reason


def claim_status_set(
    *,
    claim_id: int,
    status: str,
    note: str = "",
    user: AbstractBaseUser | None,
    expected_version: int | None,
) -> Claim:
    """Record a reviewer's verdict with who, when and why; the machine never calls this."""
    if status not in ClaimStatus.values:
        raise ValidationError({"status": _("Unknown status %(value)r.") % {"value": status}})
    with transaction.atomic():
        claim = claim_lock_version(claim_id=claim_id, expected_version=expected_version)
        previous = claim.status
        claim.status = status
        if status != ClaimStatus.UNVERIFIED:
            # A person looked at it: whatever flagged it for review has been seen to.
            claim.needs_review = False
            claim.review_reason = ""
        claim._history_user = user  # simple-history reads this, not history_user
        claim._change_reason = note[:100]
        claim.save()
        StatusChange.objects.create(
            claim=claim,
            field=StatusChange.Field.STATUS,
            from_value=previous,
            to_value=status,
            changed_by=user,
            note=note,
        )
    return claim


def claim_suggestion_set(
    *,
    claim_id: int,
    verdict: str | None,
    confidence: float | None,
    explanation: str = "",
    job_id: int | None = None,
) -> Claim:
    """Store the machine's suggested verdict; the editorial status is left exactly as it is.

    `job_id` is the verification job that reached it, kept in the audit trail.
    """
    if verdict is not None and verdict not in Verdict.values:
        raise ValueError(f"Unknown verdict {verdict!r}")
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim_id)
        previous = claim.suggested_verdict
        # A queryset update touches only the machine's columns, so a reviewer's concurrent
        # status change can never be overwritten by a stale copy of the row.
        Claim.objects.filter(pk=claim_id).update(
            suggested_verdict=verdict,
            confidence=confidence,
            suggestion_explanation=explanation,
            version=F("version") + 1,
            updated_at=timezone.now(),
        )
        claim.refresh_from_db()
        claim_machine_change_record(
            claim=claim, reason=machine_reason(f"suggested {verdict or 'nothing'}", job_id)
        )
        if previous != verdict:
            StatusChange.objects.create(
                claim_id=claim_id,
                field=StatusChange.Field.SUGGESTION,
                from_value=previous or "",
                to_value=verdict or "",
                changed_by=None,
                job_id=job_id,
                note=explanation[:2000],
            )
    return claim


def claim_edit(
    *,
    claim_id: int,
    expected_version: int | None,
    changes: dict[str, Any],
    status: str | None = None,
    note: str = "",
    user: AbstractBaseUser | None,
) -> Claim:
    """An editor's save of the whole claim form: its edits and its status, all or nothing.

    One version check covers both; the status change is checked against the version the edit
    produced, so the form's save never trips over itself.
    """
    with transaction.atomic():
        claim = None
        if changes:
            claim = claim_update(
                claim_id=claim_id, expected_version=expected_version, changes=changes, user=user
            )
            expected_version = claim.version
        if status is not None:
            claim = claim_status_set(
                claim_id=claim_id,
                status=status,
                note=note,
                user=user,
                expected_version=expected_version,
            )
    return claim if claim is not None else Claim.objects.get(pk=claim_id)
