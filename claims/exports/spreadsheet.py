"""Claims as CSV rows (pure functions): status, machine suggestion, sources and evidence URLs."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from claims.models import Claim

HEADER = [
    "id",
    "article_id",
    "article_title",
    "text",
    "quote",
    "claimant",
    "kind",
    "status",
    "suggested_verdict",
    "confidence",
    "needs_review",
    "assigned_to",
    "source_urls",
    "evidence_urls",
    "evidence_stances",
    "updated_at",
]
# Spreadsheets run a cell that starts with one of these as a formula: a claim quoting
# "=HYPERLINK(...)" or "-2+3" (text we copied from the web) would execute on the editor's machine
# when the file is opened. A leading apostrophe makes the cell plain text (OWASP "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SEPARATOR = " | "


def cell(value: object) -> str:
    """One CSV cell, defused if a spreadsheet could read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def claim_row(claim: Claim) -> list[str]:
    """Expects sources and evidence prefetched (claims.selectors.claim_list does)."""
    evidence = list(claim.evidence.all())
    values = [
        claim.pk,
        claim.article_id or "",
        claim.article.title if claim.article else "",
        claim.text,
        claim.quote,
        claim.claimant,
        claim.kind,
        claim.status,
        claim.suggested_verdict or "",
        "" if claim.confidence is None else f"{claim.confidence:.4f}",
        "yes" if claim.needs_review else "no",
        claim.assigned_to.get_username() if claim.assigned_to else "",
        SEPARATOR.join(s.url for s in claim.sources.all()),
        SEPARATOR.join(dict.fromkeys(e.url for e in evidence)),
        SEPARATOR.join(f"{e.stance}:{e.confidence:.2f}" for e in evidence),
        claim.updated_at.isoformat(),
    ]
    return [cell(v) for v in values]


def claims_csv_lines(claims: Iterable[Claim]) -> Iterator[str]:
    """The CSV text, one line at a time (for a streaming response)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values: list[str]) -> str:
        writer.writerow(values)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield line(HEADER)
    for claim in claims:
        yield line(claim_row(claim))


def claims_csv(claims: Iterable[Claim]) -> str:
    return "".join(claims_csv_lines(claims))
