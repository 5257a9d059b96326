"""Reads of cited sources, and which of them the link-rot re-check visits."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from claims.models import Claim, ClaimStatus, Source, StatusChange

# Claims in these statuses are re-checked on every run; closed ones after some days.
OPEN_STATUSES = (ClaimStatus.UNVERIFIED, ClaimStatus.IN_REVIEW)


def source_list() -> QuerySet[Source]:
    return Source.objects.annotate(claim_count=Count("claims", distinct=True)).order_by("id")


def claims_due_for_recheck(*, now: datetime, closed_after_days: int) -> QuerySet[Claim]:
    """Open claims, and closed ones whose status was last set more than N days before `now`.

    A claim closed recently was just checked by a person; one closed long ago is where a
    quietly edited or deleted source does harm unnoticed.
    """
    closed_at = Subquery(
        StatusChange.objects.filter(claim=OuterRef("pk"), field=StatusChange.Field.STATUS)
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    return (
        Claim.objects.filter(discarded=False)
        .annotate(closed_at=Coalesce(closed_at, F("created_at")))
        .filter(
            Q(status__in=OPEN_STATUSES) | Q(closed_at__lte=now - timedelta(days=closed_after_days))
        )
    )


def sources_due_for_recheck(*, now: datetime, closed_after_days: int) -> QuerySet[Source]:
    due = claims_due_for_recheck(now=now, closed_after_days=closed_after_days)
    return Source.objects.filter(source_claims__claim__in=due.values("pk")).distinct()
