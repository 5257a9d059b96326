"""Reads of the claims domain, shaped so each list costs a constant number of queries."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from claims.models import (
    Article,
    Claim,
    ClaimAppearance,
    ClaimLink,
    ClaimSource,
    Evidence,
    Source,
    StatusChange,
    VerificationJob,
)


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
        Prefetch("evidence", queryset=evidence_list().order_by("-confidence", "id")),
        # id breaks ties: one claim can appear at the same offset of two articles.
        Prefetch("appearances", queryset=ClaimAppearance.objects.order_by("quote_start", "id")),
    )


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


def claim_links(*, claim: Claim) -> QuerySet[ClaimLink]:
    """Near-duplicates of the claim in other articles, either side of the pair."""
    return (
        ClaimLink.objects.filter(Q(claim=claim) | Q(twin=claim))
        .select_related("claim", "twin", "decided_by")
        .order_by("-similarity", "id")
    )


# Fields whose changes StatusChange records (with the job behind a suggestion), or that change on
# every save.
_NOT_EDITS = {
    "status",
    "suggested_verdict",
    "confidence",
    "suggestion_explanation",
    "version",
    "history_change_reason",
}
_JOB_IN_REASON = re.compile(r"\(job (\d+)\)")


def _entry(kind, field, before, after, user, note, when, *, job=None) -> dict:
    machine_note = (note or "").startswith("machine:")
    return {
        "kind": kind,
        "field": field,
        "from_value": "" if before is None else str(before),
        "to_value": "" if after is None else str(after),
        "changed_by": user.get_username() if user else None,
        # No user is the machine: a verification job, the link-rot monitor, the claim finder.
        "actor": "person" if user and not machine_note else "machine",
        "job": job if job is not None else _job_in(note),
        "note": note or "",
        "created_at": when,
    }


def _job_in(note: str | None) -> int | None:
    found = _JOB_IN_REASON.search(note or "")
    return int(found[1]) if found else None


def claim_timeline(*, claim: Claim) -> list[dict]:
    """The claim's one audit trail, newest first: status and suggestion changes, every field
    edit (django-simple-history), every source cited or dropped, every evidence event."""
    entries = [
        _entry(
            "status", c.field, c.from_value, c.to_value, c.changed_by, c.note, c.created_at,
            job=c.job_id,
        )
        | {"id": c.pk}
        for c in claim_history(claim=claim)
    ]  # fmt: skip
    entries += _field_edits(claim)
    entries += _source_changes(claim)
    entries += _evidence_changes(claim)
    entries.sort(key=lambda e: e["created_at"], reverse=True)
    return entries


def _field_edits(claim: Claim) -> list[dict]:
    entries = []
    records = list(claim.history.select_related("history_user").order_by("history_date"))
    users = _usernames(records)
    for previous, record in zip([None, *records], records, strict=False):
        who, why, when = record.history_user, record.history_change_reason, record.history_date
        if previous is None:
            entries.append(_entry("edit", "created", None, record.text, who, why, when))
            continue
        for change in record.diff_against(previous).changes:
            if change.field in _NOT_EDITS:
                continue
            old, new = change.old, change.new
            if change.field == "assigned_to":
                old, new = users.get(old, old), users.get(new, new)
            entries.append(_entry("edit", change.field, old, new, who, why, when))
    return entries


def _usernames(records) -> dict[int, str]:
    ids = {r.assigned_to_id for r in records if r.assigned_to_id}
    return dict(get_user_model().objects.filter(pk__in=ids).values_list("pk", "username"))


def _source_changes(claim: Claim) -> list[dict]:
    records = list(
        ClaimSource.history.filter(claim_id=claim.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    urls = Source.objects.in_bulk({r.source_id for r in records})
    entries = []
    for record in records:
        if record.history_type == "~":
            continue
        source = urls.get(record.source_id)
        url = source.url if source else f"source {record.source_id}"
        before, after = ("", url) if record.history_type == "+" else (url, "")
        entries.append(
            _entry(
                "source", "source", before, after, record.history_user,
                record.history_change_reason, record.history_date,
            )
        )  # fmt: skip
    return entries


def _evidence_changes(claim: Claim) -> list[dict]:
    entries = []
    seen: dict[int, str] = {}  # each evidence's last known "stance: url"
    evidence = Evidence.history.filter(claim_id=claim.pk).select_related("history_user")
    for record in evidence.order_by("history_date", "history_id"):
        label = f"{record.stance}: {record.url}"
        before = seen.get(record.id)
        after = None if record.history_type == "-" else label
        seen[record.id] = label
        if record.history_type == "~" and before == after:
            continue  # a refresh of the same passage by a re-run: nothing an auditor needs
        entries.append(
            _entry(
                "evidence",
                "evidence",
                before,
                after,
                record.history_user,
                record.history_change_reason,
                record.history_date,
            )
        )
    return entries
