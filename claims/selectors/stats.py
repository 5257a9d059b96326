"""The dashboard's reads: each is one aggregate query, whatever the number of rows."""

from __future__ import annotations

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce

from claims.models import (
    Article,
    Claim,
    ClaimSource,
    ClaimStatus,
    FetchAttempt,
    JobStage,
    JobStatus,
    Snapshot,
    Source,
    VerificationJob,
)

DECIDED = (
    ClaimStatus.SUPPORTED,
    ClaimStatus.REFUTED,
    ClaimStatus.CONFLICTING,
    ClaimStatus.NOT_ENOUGH_EVIDENCE,
)


def without_source() -> Q:
    """Claims citing no source: nothing to verify them against until someone adds one."""
    return ~Q(Exists(ClaimSource.objects.filter(claim=OuterRef("pk"))))


def claim_counts() -> dict[str, int]:
    """Claims per status, plus where verification stands (the four stages add up to `total`)."""
    live = Q(discarded=False)
    unverified = live & Q(status=ClaimStatus.UNVERIFIED)
    counts = {s: Count("pk", filter=live & Q(status=s)) for s in ClaimStatus.values}
    return Claim.objects.aggregate(
        total=Count("pk", filter=live),
        stage_decided=Count("pk", filter=live & Q(status__in=DECIDED)),
        stage_in_review=Count("pk", filter=live & Q(status=ClaimStatus.IN_REVIEW)),
        stage_suggested=Count("pk", filter=unverified & Q(suggested_verdict__isnull=False)),
        stage_untouched=Count("pk", filter=unverified & Q(suggested_verdict__isnull=True)),
        needs_review=Count("pk", filter=live & Q(needs_review=True)),
        without_source=Count("pk", filter=live & without_source()),
        **counts,
    )


def articles_with_counts(*, limit: int = 20) -> QuerySet[Article]:
    """The latest articles, each with its number of claims per status."""
    live = Q(claims__discarded=False)
    per_status = {
        f"n_{s}": Count("claims", filter=live & Q(claims__status=s)) for s in ClaimStatus.values
    }
    return Article.objects.annotate(n_total=Count("claims", filter=live), **per_status).order_by(
        "-created_at", "-id"
    )[:limit]


def job_counts() -> dict[str, int]:
    """Jobs by status, and the running ones by where they are: each stage has its own queue
    and workers, so a pile-up in one stage says which kind of worker is missing or short."""
    counts = {s: Count("pk", filter=Q(status=s)) for s in JobStatus.values}
    running = Q(status=JobStatus.RUNNING)
    analysis = running & Q(stage=JobStage.ANALYSE)
    return VerificationJob.objects.aggregate(
        total=Count("pk"),
        retried=Count("pk", filter=Q(attempts__gt=1)),
        fetching=Count("pk", filter=running & Q(stage=JobStage.FETCH)),
        awaiting_analysis=Count("pk", filter=analysis & Q(stage_started_at__isnull=True)),
        analysing=Count("pk", filter=analysis & Q(stage_started_at__isnull=False)),
        **counts,
    )


def jobs_to_watch(*, limit: int = 10) -> QuerySet[VerificationJob]:
    """Jobs running or waiting, failed, or that needed more than one attempt, latest first."""
    return (
        VerificationJob.objects.filter(
            Q(status__in=[JobStatus.PENDING, JobStatus.RUNNING, JobStatus.FAILED])
            | Q(attempts__gt=1)
        )
        .select_related("claim")
        .order_by("-updated_at", "-id")[:limit]
    )


def _count(queryset: QuerySet, expression) -> Subquery:
    return Coalesce(
        Subquery(
            queryset.values("source").annotate(n=expression).values("n")[:1],
            output_field=IntegerField(),
        ),
        Value(0),
    )


def troubled_sources(*, limit: int = 20) -> QuerySet[Source]:
    """Sources whose last fetch failed (dead links), that failed before, or whose content drifted.

    Drift is more than one distinct content hash among the source's successful snapshots: the
    page changed since it was first read, so old evidence may no longer be on it.
    """
    attempts = FetchAttempt.objects.filter(source=OuterRef("pk"))
    good_snapshots = Snapshot.objects.filter(source=OuterRef("pk"), error_code="").exclude(
        sha256=""
    )
    return (
        Source.objects.annotate(
            failed_fetches=_count(attempts.exclude(outcome="ok"), Count("pk")),
            versions=_count(good_snapshots, Count("sha256", distinct=True)),
            last_outcome=Subquery(attempts.order_by("-started_at", "-id").values("outcome")[:1]),
        )
        .filter(Q(failed_fetches__gt=0) | Q(versions__gt=1))
        .order_by("-failed_fetches", "-versions", "id")[:limit]
    )


def reviewer_load(*, limit: int = 20) -> list[dict]:
    """Each reviewer's open claims (assigned, not decided yet), heaviest first: one query."""
    open_claims = Q(discarded=False, status__in=[ClaimStatus.UNVERIFIED, ClaimStatus.IN_REVIEW])
    rows = (
        Claim.objects.filter(open_claims, assigned_to__isnull=False)
        .values("assigned_to", "assigned_to__username")
        .annotate(
            open=Count("pk"),
            in_review=Count("pk", filter=Q(status=ClaimStatus.IN_REVIEW)),
        )
        .order_by("-open", "assigned_to__username")[:limit]
    )
    return [
        {
            "user_id": row["assigned_to"],
            "username": row["assigned_to__username"],
            "open": row["open"],
            "in_review": row["in_review"],
        }
        for row in rows
    ]
