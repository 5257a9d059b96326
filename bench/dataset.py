"""A newsroom archive in bulk: articles, claims, their sources, snapshots and evidence."""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, datetime, timedelta

from django.db import transaction

from claims.models import (
    Article,
    Claim,
    ClaimKind,
    ClaimSource,
    ClaimStatus,
    Evidence,
    Snapshot,
    Source,
    Stance,
    Verdict,
    VerificationJob,
)

CLAIMS_PER_ARTICLE = 100
BATCH = 2000
# Realistic sizes: a news article's body and a source page's extracted text and headers.
ARTICLE_CHARS, SNAPSHOT_CHARS = 6_000, 15_000
PROSE = "The group said it would invest billions in new data centres over four years. "
HEADERS = [
    ["Content-Type", "text/html; charset=utf-8"],
    ["Server", "nginx"],
    ["Cache-Control", "max-age=600"],
    ["Date", "Wed, 22 Jan 2025 09:30:00 GMT"],
] * 3


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _bulk(model, rows):
    return model.objects.bulk_create(rows, batch_size=BATCH)


@transaction.atomic
def archive_create(*, claims: int, sources_per_claim: int = 2) -> list[int]:
    """`claims` claims over articles, each with its own sources, one evidence each and a job.

    bulk_create skips save() and history: this is an archive's shape, not its life story.
    Returns the claim ids.
    """
    start = datetime(2024, 1, 1, tzinfo=UTC)
    kinds, statuses = list(ClaimKind.values), list(ClaimStatus.values)
    verdicts, stances = [*Verdict.values, None], list(Stance.values)
    articles = _bulk(
        Article,
        [
            Article(title=f"Archive article {a}", language="fr",
                    body=f"Body {a}. " + PROSE * (ARTICLE_CHARS // len(PROSE)),
                    body_sha256=_sha(f"archive {a}"), publisher="Bench Daily")
            for a in range(-(-claims // CLAIMS_PER_ARTICLE))
        ],
    )  # fmt: skip
    made = _bulk(
        Claim,
        [
            Claim(
                article=articles[n // CLAIMS_PER_ARTICLE],
                text=f"Claim {n}: the group will invest {n % 900 + 1} billion dollars by 2029.",
                quote=f"investir {n % 900 + 1} milliards",
                language="fr",
                kind=kinds[n % len(kinds)],
                status=statuses[n % len(statuses)],
                suggested_verdict=verdicts[n % len(verdicts)],
                confidence=(n % 100) / 100,
                claimant="Bench Corp",
            )
            for n in range(claims)
        ],
    )
    # auto_now stamps every row with the same instant; spread them so ordering is realistic.
    for n, claim in enumerate(made):
        claim.updated_at = start + timedelta(minutes=n)
    Claim.objects.bulk_update(made, ["updated_at"], batch_size=BATCH)
    sources = _bulk(
        Source,
        [
            Source(url=f"https://source{n}.example.org/page/{s}", name=f"Source {n}.{s}",
                   publisher="Example", kind="news")
            for n in range(claims) for s in range(sources_per_claim)
        ],
    )  # fmt: skip
    pairs = list(zip(itertools.chain.from_iterable([c] * sources_per_claim for c in made), sources,
                     strict=True))  # fmt: skip
    _bulk(ClaimSource, [ClaimSource(claim=c, source=s) for c, s in pairs])
    snapshots = _bulk(
        Snapshot,
        [
            Snapshot(source=s, requested_url=s.url, final_url=s.url, http_status=200,
                     content_type="text/html; charset=utf-8", size=2048, sha256=_sha(s.url),
                     fetched_at=start, headers=HEADERS,
                     text=f"{s.name}: " + PROSE * (SNAPSHOT_CHARS // len(PROSE)))
            for s in sources
        ],
    )  # fmt: skip
    _bulk(
        Evidence,
        [
            Evidence(claim=c, source=s, snapshot=snap, url=s.url, stance=stances[i % 3],
                     confidence=0.4 + (i % 6) / 10, excerpt=snap.text[:200], excerpt_start=0,
                     excerpt_end=200, content_sha256=snap.sha256, method="bench")
            for i, ((c, s), snap) in enumerate(zip(pairs, snapshots, strict=True))
        ],
    )  # fmt: skip
    # One finished job per claim, so the job filters are planned against a realistic table.
    _bulk(VerificationJob, [VerificationJob(claim=c, status="succeeded", attempts=1) for c in made])
    return [c.pk for c in made]
