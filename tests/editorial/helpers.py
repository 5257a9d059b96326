"""Rows the editorial tests share: an article with claims, a snapshot, machine evidence."""

from __future__ import annotations

from datetime import UTC, datetime

from claims.models import Article, Claim, Evidence, Snapshot
from claims.services.articles import article_create
from claims.services.claims import claim_create
from claims.services.evidence import Capture, evidence_record, snapshot_record

BODY = (
    "Le projet prévoit 500 milliards de dollars sur quatre ans. "
    "La première phase coûtera 100 milliards. "
    "Un passage <script>alert('piège')</script> qui doit rester du texte."
)
SOURCE_TEXT = "The Stargate Project will invest $500 billion over the next four years."


def article_with_claims() -> tuple[Article, Claim, Claim]:
    article = article_create(title="Stargate", body=BODY, language="fr")
    first = claim_create(
        article=article,
        text="Stargate investira 500 milliards de dollars sur quatre ans.",
        quote="500 milliards de dollars sur quatre ans",
        kind="quantity",
        claimant="OpenAI",
        sources=[{"url": "https://example.org/stargate", "name": "Announcement"}],
    )
    second = claim_create(
        article=article,
        text="La première phase coûtera 100 milliards.",
        quote="La première phase coûtera 100 milliards",
        kind="quantity",
    )
    return article, first, second


def snapshot_for(claim: Claim, *, warc: bytes = b"") -> Snapshot:
    source = claim.sources.get()
    return snapshot_record(
        source=source,
        capture=Capture(
            requested_url=source.url,
            final_url=source.url,
            fetched_at=datetime(2025, 2, 3, 10, 30, tzinfo=UTC),
            http_status=200,
            content_type="text/html",
            body=b"<p>" + SOURCE_TEXT.encode() + b"</p>",
            warc=warc,
        ),
        text=SOURCE_TEXT,
    )


def machine_evidence(claim: Claim, snapshot: Snapshot) -> Evidence:
    start = SOURCE_TEXT.index("$500 billion")
    evidence, _ = evidence_record(
        claim=claim,
        snapshot=snapshot,
        excerpt=SOURCE_TEXT,
        excerpt_start=0,
        excerpt_end=len(SOURCE_TEXT),
        stance="supports",
        confidence=0.87,
        method="quantity",
        explanation="Same amount and period.",
        source_quantity={"text": "$500 billion", "start": start, "end": start + 12},
    )
    return evidence
