"""Reads of articles."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Prefetch, Q, QuerySet

from claims.models import Article, ClaimAppearance, ClaimStatus
from claims.selectors.claims import claim_list


def article_list() -> QuerySet[Article]:
    # An aggregate drops Meta.ordering (Django 3.1+): unordered pages could repeat or skip rows.
    open_statuses = [ClaimStatus.UNVERIFIED, ClaimStatus.IN_REVIEW]
    decided = Count(
        "claims", filter=Q(claims__discarded=False) & ~Q(claims__status__in=open_statuses)
    )
    return Article.objects.annotate(claim_count=Count("claims"), decided_count=decided).order_by(
        "-created_at", "-id"
    )


def article_detail(*, pk: int) -> Article:
    return Article.objects.prefetch_related(
        Prefetch("claims", queryset=claim_list().order_by("quote_start", "id")), "links"
    ).get(pk=pk)


def article_appearances(*, article: Article, claim_ids: Iterable[int]) -> QuerySet[ClaimAppearance]:
    """Where the given claims are stated again in the article (beyond their own quote)."""
    return ClaimAppearance.objects.filter(article=article, claim_id__in=list(claim_ids))
