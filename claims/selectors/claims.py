"""Reads of claims and their evidence, shaped so each list costs a constant number of queries."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from claims.models import (
    Claim,
    ClaimAppearance,
    ClaimLink,
    ClaimSource,
    ClaimStatus,
    Comment,
    Evidence,
    ProviderResult,
    Source,
    StatusChange,
)
from claims.roles import EDITORS, REVIEWERS


def evidence_list() -> QuerySet[Evidence]:
    # A snapshot's text and headers can weigh megabytes and no list shows them; they load on
    # access if a caller does need them.
    return Evidence.objects.select_related("snapshot", "source", "created_by").defer(
        "snapshot__text", "snapshot__headers"
    )


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


def claim_plain_list(*, include_discarded: bool = False) -> QuerySet[Claim]:
    """Claims with no relation loaded, for reads by `.values()` (claims.api.claim_rows)."""
    claims = Claim.objects.all()
    return claims if include_discarded else claims.filter(discarded=False)


def claim_list(*, include_discarded: bool = False) -> QuerySet[Claim]:
    # The article is joined for its title and publisher (exports); its body is not needed.
    claims = claim_plain_list(include_discarded=include_discarded)
    claims = claims.select_related("article", "assigned_to").defer("article__body")
    return claims.prefetch_related(
        Prefetch("sources", queryset=Source.objects.order_by("id")),
        Prefetch(
            "claim_sources",
            queryset=ClaimSource.objects.select_related("source").order_by("source_id"),
        ),
        Prefetch("evidence", queryset=evidence_list().order_by("-confidence", "id")),
        # id breaks ties: one claim can appear at the same offset of two articles.
        Prefetch("appearances", queryset=ClaimAppearance.objects.order_by("quote_start", "id")),
    )


def claim_history(*, claim: Claim) -> QuerySet[StatusChange]:
    return claim.status_changes.select_related("changed_by").order_by("-created_at", "-id")


def claim_links(*, claim: Claim) -> QuerySet[ClaimLink]:
    """Near-duplicates of the claim in other articles, either side of the pair."""
    return (
        ClaimLink.objects.filter(Q(claim=claim) | Q(twin=claim))
        .select_related("claim", "twin", "decided_by")
        .order_by("-similarity", "id")
    )


def claim_brief(*, pk: int) -> Claim | None:
    """The claim's id and article only (where to send the reader back), or None."""
    return Claim.objects.filter(pk=pk).only("pk", "article_id").first()


def claim_candidates(*, claim: Claim) -> QuerySet[ProviderResult]:
    """What the discovery providers found for the claim, by provider, newest first."""
    return ProviderResult.objects.filter(claim=claim).order_by("provider", "-published_at", "id")


def claims_with_decisions(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """`claims` with their status decisions prefetched (exports date a review by them)."""
    decisions = StatusChange.objects.filter(field=StatusChange.Field.STATUS)
    return claims.prefetch_related(Prefetch("status_changes", queryset=decisions))


def _mentioning(user) -> Exists:
    return Exists(Comment.mentions.through.objects.filter(comment__claim=OuterRef("pk"), user=user))


def claim_queue_filter(*, user) -> Q:
    """What waits for `user`: open claims assigned to them or naming them (@username), and
    unassigned claims whose machine suggestion waits for a person."""
    mine = Q(assigned_to=user) | Q(_mentioning(user))
    waiting = Q(
        assigned_to__isnull=True,
        status=ClaimStatus.UNVERIFIED,
        suggested_verdict__isnull=False,
    )
    return Q(status__in=[ClaimStatus.UNVERIFIED, ClaimStatus.IN_REVIEW]) & (mine | waiting)


def claim_comments(*, claim: Claim) -> QuerySet[Comment]:
    return claim.comments.select_related("author").prefetch_related("mentions")


def claim_queue(*, user) -> QuerySet[Claim]:
    """The queue of `user`, oldest change first, the id as tie-breaker (a stable order)."""
    return (
        claim_plain_list()
        .filter(claim_queue_filter(user=user))
        .annotate(mentions_me=_mentioning(user))
        .select_related("article", "assigned_to")
        .defer("article__body")
        .order_by("updated_at", "id")
    )


def reviewer_list() -> QuerySet:
    """Active users who may set a status: the people a claim can be assigned to."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=[EDITORS, REVIEWERS]) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )
