"""Words, not codes: reasons and fetch outcomes as labels and sentences, details folded."""

from __future__ import annotations

import pytest
from django.utils import timezone

from claims.editorial.words import OUTCOMES, REASONS, outcome_words, reason_words
from claims.models import Evidence, Snapshot, VerificationJob
from tests.factories import ClaimFactory, SourceFactory, cite

PANEL = {"HTTP_X_PANEL": "1"}
TEXTS = ["alpha passage", "beta passage", "gamma passage"]


def test_every_fetch_outcome_of_the_fetcher_has_words():
    from workers.fetching.errors import FetchErrorCode

    assert {code.value for code in FetchErrorCode} <= set(OUTCOMES)


def test_every_reason_code_of_the_engine_has_words():
    from workers.verification.explain import REASON_CODES

    assert REASON_CODES - set(REASONS) == set()


def test_an_unknown_code_is_said_to_be_one_rather_than_hidden():
    words = reason_words("brand_new_reason")
    assert (words.label, words.sentence) == ("Other reason", "Machine code: brand_new_reason")
    assert outcome_words("") is None


def test_each_reason_reads_as_a_short_label_and_a_sentence():
    for code in REASONS:
        words = reason_words(code)
        assert words.label and words.sentence.endswith(".") and "_" not in words.label


@pytest.mark.django_db
def test_the_panel_groups_evidence_by_snapshot_and_folds_neutral_passages(reviewer_client):
    source = SourceFactory(url="https://example.org/report")
    claim = cite(ClaimFactory(), source)
    snapshot = Snapshot.objects.create(
        source=source, requested_url=source.url, sha256="f" * 64, fetched_at=timezone.now()
    )
    for n, (stance, reason) in enumerate(
        [("supports", "exact"), ("supports", "within_rounding"), ("neutral", "context_mismatch")]
    ):
        Evidence.objects.create(
            claim=claim, source=source, snapshot=snapshot, url=source.url, stance=stance,
            confidence=0.8, excerpt=TEXTS[n], excerpt_start=n, excerpt_end=n + 1,
            content_sha256="e" * 64, method="bm25+quantities+entities", reason=reason,
        )  # fmt: skip
    VerificationJob.objects.create(
        claim=claim, status="failed", error_code="dns",
        error="[Errno -2] Name or service not known",
    )  # fmt: skip
    html = reviewer_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert html.count("f" * 64) == 1  # the snapshot's hash once, not under every excerpt
    assert "Evidence (2)" in html and "1 other passage read" in html
    folded = html.split('<details class="other-passages">', 1)[1]
    assert "gamma passage" in folded and "alpha passage" not in folded
    assert "Same figure" in html and "Not the same context" in html
    assert "Address not found" in html
    # The raw error and codes are there for whoever opens "details", never in the open.
    before_details = html.split("<details", 1)[0]
    assert "Errno" not in before_details and "dns" not in before_details
    assert "within_rounding" not in html.replace("<code>within_rounding</code>", "")
