"""A small newsroom whose own data is made of neutral tokens, and the words a page shows.

Every name, title and text below is a token (qx…), so whatever English survives in a French
page can only come from the code: the tests compare each page's words in both languages.
"""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone
from lxml import html

from claims.models import (
    Article,
    Claim,
    ClaimSource,
    Comment,
    Evidence,
    FetchAttempt,
    JobAttempt,
    Snapshot,
    Source,
    StatusChange,
    VerificationJob,
)
from claims.roles import EDITORS, REVIEWERS
from tests.factories import UserFactory

BODY = "Qxa qxb 12 qxc 2024. Qxd qxe qxf 500 qxg. Qxh."


def newsroom() -> dict:
    boss = UserFactory(username="qxboss", is_superuser=True)
    boss.groups.add(Group.objects.get(name=EDITORS))
    peer = UserFactory(username="qxpeer")
    peer.groups.add(Group.objects.get(name=REVIEWERS))
    article = Article.objects.create(
        title="Qxtitle",
        language="fr",
        publisher="Qxpub",
        body=BODY,
        body_sha256=hashlib.sha256(BODY.encode()).hexdigest(),
        url="http://testserver/qx",
    )
    claim = Claim.objects.create(
        article=article,
        text="Qxclaim 12",
        quote="Qxa qxb 12",
        quote_start=0,
        quote_end=10,
        claimant="Qxwho",
        suggested_verdict="supported",
        confidence=0.76,
        suggestion_explanation="qxmachine",
        assigned_to=peer,
        needs_review=True,
        review_reason="qxreason",
    )
    second = Claim.objects.create(
        article=article, text="Qxsecond 500", quote="Qxd qxe qxf 500", quote_start=20,
        quote_end=35, status="refuted",
    )  # fmt: skip
    source = Source.objects.create(url="http://testserver/qxsource", name="Qxsource")
    ClaimSource.objects.create(claim=claim, source=source)
    job = VerificationJob.objects.create(
        claim=claim, status="failed", error_code="dns", error="qxerrno", attempts=2, progress=50,
        progress_message="qxprogress",
    )  # fmt: skip
    JobAttempt.objects.create(job=job, number=1, outcome="failed", error_code="dns")
    now = timezone.now()
    snapshot = Snapshot.objects.create(
        source=source, job=job, requested_url=source.url, http_status=200, sha256="ab" * 32,
        fetched_at=now, content_type="text/html", text="qxtext",
    )  # fmt: skip
    FetchAttempt.objects.create(source=source, job=job, url=source.url, outcome="dns",
                                started_at=now)  # fmt: skip
    for stance, reason, start in (
        ("supports", "within_qualifier", 0),
        ("neutral", "context_mismatch", 5),
    ):
        Evidence.objects.create(
            claim=claim, source=source, snapshot=snapshot, url=source.url, stance=stance,
            confidence=0.7, excerpt=f"Qxexcerpt {stance[:2]}", excerpt_start=start,
            excerpt_end=start + 4, content_sha256="cd" * 32, method="qxmethod", reason=reason,
            explanation="qxexplained", claim_quantity={"text": "qx12"},
            source_quantity={"text": "qx12b"},
        )  # fmt: skip
    StatusChange.objects.create(
        claim=second, field="status", from_value="unverified", to_value="refuted",
        changed_by=boss, note="qxnote", created_at=now - timedelta(minutes=3),
    )  # fmt: skip
    StatusChange.objects.create(
        claim=claim, field="suggested_verdict", from_value="", to_value="supported",
    )  # fmt: skip
    comment = Comment.objects.create(claim=claim, author=boss, text="Qxsay @qxpeer")
    comment.mentions.add(peer)
    return {"boss": boss, "peer": peer, "article": article, "claim": claim, "second": second,
            "source": source, "job": job, "snapshot": snapshot, "comment": comment}  # fmt: skip


_WORD = re.compile(r"[^\W\d_]{3,}")
# Not read as words: code, and technical detail folded under "details" (machine text by design).
_SKIP = {"script", "style", "noscript", "template", "code", "details"}
_HEX = re.compile(r"\b[0-9a-f]{16,}\b")
_ATTRS = ("title", "placeholder", "aria-label", "alt")


def visible_words(page: str) -> set[str]:
    """The words a person reads: text, labels, tooltips, button values (not scripts or code)."""
    tree = html.fromstring(page)
    chunks: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tail and element.getparent() is not None:
            chunks.append(element.tail)  # the tail belongs to the parent: read even after <code>
        if _skipped(element) or any(_skipped(a) for a in element.iterancestors()):
            continue
        chunks.extend(element.get(attr) or "" for attr in _ATTRS)
        if element.tag == "input" and element.get("type") in ("submit", "button"):
            chunks.append(element.get("value") or "")
        if element.text:
            chunks.append(element.text)
    words = (_WORD.findall(_HEX.sub(" ", chunk)) for chunk in chunks)
    return {w for found in words for w in found if not w.lower().startswith("qx")}


def _skipped(element) -> bool:
    return element.tag in _SKIP or "collapse" in (element.get("class") or "").split()
