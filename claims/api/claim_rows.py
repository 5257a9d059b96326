"""The claim list and detail as ClaimSerializer would write them, built from `.values()` rows.

ClaimSerializer stays the documented schema and the reference: tests/api/test_claim_rows.py
checks that these dicts equal its output. This path exists for speed: prefetch_related clones
a query per prefetched instance and DRF resolves each of the ~90 fields of a claim with its
evidence through get_attribute, which together took most of the list's time under load
(docs/benchmarks.md, "Figures behind the code"). Here each row becomes a dict directly; a page
costs a query for its sources and one for its evidence, whatever its size (a third only if a
claim on it appears elsewhere), and a claim's detail reads its evidence in the claim's own query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from claims.models import Claim
from claims.models.claim import CLAIM_API_FIELDS
from claims.selectors import claim_rows as reads
from claims.selectors.claim_rows import COLUMN_OF, EVIDENCE_COLUMNS, JOINED, NESTED

Row = dict[str, Any]

# A claim's keys and their order are ClaimSerializer's (CLAIM_API_FIELDS); each is read from
# a column of the row, except the nested lists, and the timestamps are written as DRF does.
# (key, column, how to write it), computed once: the per-row loop is the list's hot path.
_TIMESTAMPS = frozenset({"created_at", "updated_at"})
_CLAIM_SHAPE = tuple(
    (f, COLUMN_OF.get(f, f), "nested" if f in NESTED else "time" if f in _TIMESTAMPS else "")
    for f in CLAIM_API_FIELDS
)


def _datetime_writer() -> Callable[[datetime], str]:
    """DRF's DateTimeField.to_representation, without its per-call settings lookups."""
    if api_settings.DATETIME_FORMAT != ISO_8601 or not settings.USE_TZ:
        return serializers.DateTimeField().to_representation
    zone = timezone.get_current_timezone()

    def write(value: datetime) -> str:
        text = value.astimezone(zone).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return write


def claim_rows(*, include_discarded: bool = False) -> QuerySet[Claim]:
    """Claims as rows for claims_data(): filter, order and paginate them as any queryset."""
    return reads.claim_rows(include_discarded=include_discarded)


def _sources(claim_ids: list[int]) -> dict[int, list[Row]]:
    grouped: dict[int, list[Row]] = {pk: [] for pk in claim_ids}
    for claim_id, pk, url, name, publisher, kind, origin in reads.claim_source_rows(
        claim_ids=claim_ids
    ):
        grouped[claim_id].append(
            {
                "id": pk,
                "url": url,
                "name": name,
                "publisher": publisher,
                "kind": kind,
                "origin": origin,
            }
        )
    return grouped


def _appearances(claim_ids: list[int]) -> dict[int, list[Row]]:
    grouped: dict[int, list[Row]] = {pk: [] for pk in claim_ids}
    for claim_id, quote, start, end in reads.claim_appearance_rows(claim_ids=claim_ids):
        grouped[claim_id].append({"quote": quote, "quote_start": start, "quote_end": end})
    return grouped


def _evidence_item(e: Row, write: Callable[[datetime], str]) -> Row:
    snapshot = None
    if e["snapshot_id"] is not None:
        snapshot = {
            "id": e["snapshot_id"],
            "sha256": e["snapshot__sha256"],
            "fetched_at": write(e["snapshot__fetched_at"]),
            "http_status": e["snapshot__http_status"],
            "content_type": e["snapshot__content_type"],
            "final_url": e["snapshot__final_url"],
            "size": e["snapshot__size"],
            "warc_sha256": e["snapshot__warc_sha256"],
            "error_code": e["snapshot__error_code"],
        }
    author = e["created_by__username"]
    return {
        "id": e["id"],
        "claim": e["claim_id"],
        "source": e["source_id"],
        "url": e["url"],
        "stance": e["stance"],
        "confidence": e["confidence"],
        "excerpt": e["excerpt"],
        "excerpt_start": e["excerpt_start"],
        "excerpt_end": e["excerpt_end"],
        "method": e["method"],
        "reason": e["reason"],
        "explanation": e["explanation"],
        "claim_quantity": e["claim_quantity"],
        "source_quantity": e["source_quantity"],
        "note": e["note"],
        # Evidence.by_machine: no author (a user's username is never null).
        "by_machine": author is None,
        "created_by": author,
        "created_at": write(e["created_at"]),
        "snapshot": snapshot,
    }


def _evidence(claim_ids: list[int], write: Callable[[datetime], str]) -> dict[int, list[Row]]:
    grouped: dict[int, list[Row]] = {pk: [] for pk in claim_ids}
    for e in reads.claim_evidence_rows(claim_ids=claim_ids):
        grouped[e["claim_id"]].append(_evidence_item(e, write))
    return grouped


def _claim_item(
    c: Row,
    write: Callable[[datetime], str],
    *,
    appearances: list[Row],
    sources: list[Row],
    evidence: list[Row],
) -> Row:
    nested = {"appearances": appearances, "sources": sources, "evidence": evidence}
    item: Row = {}
    for key, column, how in _CLAIM_SHAPE:
        if how == "nested":
            item[key] = nested[key]
        elif how == "time":
            item[key] = write(c[column])
        else:
            item[key] = c[column]
    return item


def claims_data(rows: Iterable[Row]) -> list[Row]:
    """ClaimSerializer(many=True).data for rows of claim_rows(), in their order.

    2 queries (sources, evidence), and a third if a claim of `rows` appears elsewhere.
    """
    rows = list(rows)
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    write = _datetime_writer()
    sources, evidence = _sources(ids), _evidence(ids, write)
    stated_again = [row["id"] for row in rows if row["appears_elsewhere"]]
    appearances = _appearances(stated_again) if stated_again else {}
    return [
        _claim_item(
            c,
            write,
            appearances=appearances.get(c["id"], []),
            sources=sources[c["id"]],
            evidence=evidence[c["id"]],
        )
        for c in rows
    ]


def claim_data(*, pk: int) -> Row:
    """ClaimSerializer(claim).data for the claim `pk`, discarded or not (2 or 3 queries).

    Raises Claim.DoesNotExist (a 404 in the API) as `Claim.objects.get(pk=pk)` would.
    """
    found = reads.claim_row_with_evidence(pk=pk)
    if not found:
        raise Claim.DoesNotExist(f"{Claim._meta.object_name} matching query does not exist.")
    write = _datetime_writer()
    evidence = [
        _evidence_item({column: row[JOINED + column] for column in EVIDENCE_COLUMNS}, write)
        for row in found
        if row[JOINED + "id"] is not None
    ]
    claim = found[0]
    appearances = _appearances([pk]).get(pk, []) if claim["appears_elsewhere"] else []
    return _claim_item(
        claim, write, appearances=appearances, sources=_sources([pk])[pk], evidence=evidence
    )
