"""A small newsroom for the query budgets: claims with several sources, evidence and jobs each."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import (
    Claim,
    ClaimSource,
    Evidence,
    JobAttempt,
    Snapshot,
    Source,
    StatusChange,
    VerificationJob,
)
from tests.factories import ArticleFactory

SOURCES_PER_CLAIM = 3
FETCHED = datetime(2025, 1, 22, 9, 30, tzinfo=UTC)


def newsroom_rows(*, claims: int, reviewer, start: int = 0) -> list[Claim]:
    """`claims` claims in one article, each citing its own sources, with evidence and a job.

    Every relation a list or detail view shows is filled, so a missing prefetch costs a query
    per row and shows up in the budgets.
    """
    article = ArticleFactory(title=f"Newsroom article {start}")
    made = []
    for n in range(start, start + claims):
        claim = Claim.objects.create(
            article=article,
            text=f"Claim {n}: the project will invest {n} billion dollars.",
            kind="quantity" if n % 2 else "event",
            status="unverified",
            suggested_verdict="supported",
            confidence=0.8,
            assigned_to=reviewer,
            created_by=reviewer,
        )
        for s in range(SOURCES_PER_CLAIM):
            source = Source.objects.create(url=f"https://example.org/{n}/{s}", name=f"S{n}.{s}")
            ClaimSource.objects.create(claim=claim, source=source)
            body = f"page {n}.{s}".encode()
            snapshot = Snapshot.objects.create(
                source=source,
                requested_url=source.url,
                http_status=200,
                sha256=hashlib.sha256(body).hexdigest(),
                fetched_at=FETCHED,
                text=f"The project will invest {n} billion dollars, the page {s} says.",
            )
            Evidence.objects.create(
                claim=claim,
                source=source,
                snapshot=snapshot,
                url=source.url,
                stance="supports",
                confidence=0.5 + s / 10,
                excerpt=f"invest {n} billion dollars",
                content_sha256=snapshot.sha256,
                excerpt_start=4,
                excerpt_end=30,
                created_by=reviewer if s == 0 else None,
            )
        job = VerificationJob.objects.create(claim=claim, status="succeeded", attempts=2)
        JobAttempt.objects.create(job=job, number=1, worker="w1@host", outcome="retry")
        JobAttempt.objects.create(job=job, number=2, worker="w2@host", outcome="succeeded")
        StatusChange.objects.create(
            claim=claim, field="suggested_verdict", to_value="supported", note="machine"
        )
        made.append(claim)
    return made


@pytest.fixture
def newsroom(db, editor):
    """60 claims: more than the largest page the budgets ask for (50)."""
    return newsroom_rows(claims=60, reviewer=editor)


@pytest.fixture
def token_api(editor) -> APIClient:
    """The API as a newsroom client calls it: a token, so authentication costs real queries."""
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=editor)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def admin_client_logged_in(admin_user) -> Client:
    client = Client()
    client.force_login(admin_user)
    return client
