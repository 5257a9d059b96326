"""The claims as `.values()` rows, for the API's fast list and detail (claims.api.claim_rows).

The columns follow the claim's API shape (CLAIM_API_FIELDS); claims.api.claim_rows turns the
rows into exactly what ClaimSerializer writes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from django.db.models import Exists, OuterRef, QuerySet

from claims.models import Claim, ClaimAppearance, ClaimSource, Evidence
from claims.models.claim import CLAIM_API_FIELDS
from claims.selectors.claims import claim_plain_list

NESTED = frozenset({"appearances", "sources", "evidence"})
COLUMN_OF = {"article": "article_id", "assigned_to": "assigned_to__username"}
CLAIM_COLUMNS = tuple(COLUMN_OF.get(f, f) for f in CLAIM_API_FIELDS if f not in NESTED)
SOURCE_COLUMNS = (
    "claim_id", "source_id", "source__url", "source__name", "source__publisher", "source__kind",
    "origin",
)  # fmt: skip
APPEARANCE_COLUMNS = ("claim_id", "quote", "quote_start", "quote_end")
EVIDENCE_COLUMNS = (
    "id", "claim_id", "source_id", "url", "stance", "confidence", "excerpt", "excerpt_start",
    "excerpt_end", "method", "reason", "explanation", "claim_quantity", "source_quantity", "note",
    "created_by__username", "created_at", "snapshot_id", "snapshot__sha256",
    "snapshot__fetched_at", "snapshot__http_status", "snapshot__content_type",
    "snapshot__final_url", "snapshot__size", "snapshot__warc_sha256", "snapshot__error_code",
)  # fmt: skip
JOINED = "evidence__"  # the evidence columns of claim_row_with_evidence()


# Each read starts from a queryset built once per process and cloned by filter(): resolving
# ~25 column names through their joins cost about as much as running the query (measured:
# docs/benchmarks.md, "Figures behind the code").
@functools.cache
def _claims(include_discarded: bool) -> QuerySet[Claim]:
    # Few claims are stated twice: with this flag, a page on which none is costs no query for
    # appearances (an index probe per row shown; COUNT(*) leaves the unused flag out).
    elsewhere = Exists(ClaimAppearance.objects.filter(claim=OuterRef("pk")))
    claims = claim_plain_list(include_discarded=include_discarded)
    return claims.values(*CLAIM_COLUMNS, appears_elsewhere=elsewhere)


@functools.cache
def _source_rows() -> QuerySet[ClaimSource]:
    # Through the link table, in the order ClaimSerializer's prefetch gives: by source id.
    return ClaimSource.objects.order_by("source_id").values_list(*SOURCE_COLUMNS)


@functools.cache
def _appearance_rows() -> QuerySet[ClaimAppearance]:
    return ClaimAppearance.objects.order_by("quote_start", "id").values_list(*APPEARANCE_COLUMNS)


@functools.cache
def _evidence_rows() -> QuerySet[Evidence]:
    return Evidence.objects.order_by("-confidence", "id").values(*EVIDENCE_COLUMNS)


def claim_rows(*, include_discarded: bool = False) -> QuerySet[Claim]:
    """Claims as rows for claims_data(): filter, order and paginate them as any queryset."""
    return _claims(include_discarded).all()


def claim_source_rows(*, claim_ids: Iterable[int]) -> QuerySet[ClaimSource]:
    """(claim id, *SOURCE_COLUMNS[1:]) tuples of the claims' cited sources, by source id."""
    return _source_rows().filter(claim_id__in=claim_ids)


def claim_appearance_rows(*, claim_ids: Iterable[int]) -> QuerySet[ClaimAppearance]:
    return _appearance_rows().filter(claim_id__in=claim_ids)


def claim_evidence_rows(*, claim_ids: Iterable[int]) -> QuerySet[Evidence]:
    return _evidence_rows().filter(claim_id__in=claim_ids)


@functools.cache
def _claim_with_evidence() -> QuerySet[Claim]:
    # One row per passage, or one of NULLs if there is none: a query fewer than a list's.
    joined = [JOINED + column for column in EVIDENCE_COLUMNS]
    claims = _claims(True).values(*CLAIM_COLUMNS, "appears_elsewhere", *joined)
    return claims.order_by(f"-{JOINED}confidence", f"{JOINED}id")


def claim_row_with_evidence(*, pk: int) -> list[dict]:
    """The claim `pk` (discarded or not) as one row per evidence passage, JOINED-prefixed."""
    return list(_claim_with_evidence().filter(pk=pk))
