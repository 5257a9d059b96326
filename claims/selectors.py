"""Reads of the claims domain, shaped so each list costs a constant number of queries."""

from __future__ import annotations

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from claims.models import (
    Article,
    Claim,
    Evidence,
    Source,
    StatusChange,
    VerificationJob,
)


def evidence_list() -> QuerySet[Evidence]:
    return Evidence.objects.select_related("snapshot", "source", "created_by")


def evidence_count() -> Coalesce:
    """Each claim's evidence count, for `annotate()`, as a correlated subquery.

    Count("evidence") would join and GROUP BY the whole archive before a page could be taken
    (and again for each COUNT of the list); the subquery runs only for the rows returned.
    """
    per_claim = (
        Evidence.objects.filter(claim=OuterRef("pk"))
        .order_by()
        .values("claim")
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(per_claim), 0)


def claim_list(*, include_discarded: bool = False) -> QuerySet[Claim]:
    claims = Claim.objects.select_related("article", "assigned_to").prefetch_related(
        Prefetch("sources", queryset=Source.objects.order_by("id")),
        Prefetch("evidence", queryset=evidence_list().order_by("-confidence", "id")),
    )
    if not include_discarded:
        claims = claims.filter(discarded=False)
    return claims


def claim_history(*, claim: Claim) -> QuerySet[StatusChange]:
    return claim.status_changes.select_related("changed_by").order_by("-created_at", "-id")


def article_list() -> QuerySet[Article]:
    # An aggregate drops Meta.ordering (Django 3.1+): unordered pages could repeat or skip rows.
    return Article.objects.annotate(claim_count=Count("claims")).order_by("-created_at", "-id")


def article_detail(*, pk: int) -> Article:
    return Article.objects.prefetch_related(
        Prefetch("claims", queryset=claim_list().order_by("quote_start", "id"))
    ).get(pk=pk)


def job_list() -> QuerySet[VerificationJob]:
    return VerificationJob.objects.select_related("claim")


def source_list() -> QuerySet[Source]:
    return Source.objects.annotate(claim_count=Count("claims", distinct=True)).order_by("id")
