"""The machine's evidence from one snapshot, written in bulk: one row per passage, with history."""

from datetime import UTC, datetime

import pytest

from claims.models import Evidence
from claims.services.evidence import Capture, evidence_record_many, snapshot_record
from tests.factories import ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db

TEXT = "Acme employs 340 people. Revenue was 12 million euros. The plant opened in 2019."


def _snapshot(source, *, fetched_at: datetime):
    return snapshot_record(
        source=source,
        capture=Capture(
            requested_url=source.url,
            final_url=source.url,
            fetched_at=fetched_at,
            http_status=200,
            content_type="text/plain",
            body=TEXT.encode(),
        ),
        text=TEXT,
    )


def _passage(excerpt: str, stance: str = "supports", confidence: float = 0.8) -> dict:
    start = TEXT.index(excerpt)
    return {
        "excerpt": excerpt,
        "excerpt_start": start,
        "excerpt_end": start + len(excerpt),
        "stance": stance,
        "confidence": confidence,
        "method": "quantity",
        "reason": "same_value",
        "explanation": f"{excerpt} matches",
    }


@pytest.fixture
def claim_and_source(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    source = SourceFactory()
    return cite(ClaimFactory(), source), source


def test_it_writes_one_row_and_one_history_entry_per_passage(claim_and_source):
    claim, source = claim_and_source
    snapshot = _snapshot(source, fetched_at=datetime(2025, 1, 1, tzinfo=UTC))
    passages = [_passage("Acme employs 340 people."), _passage("Revenue was 12 million euros.")]

    rows = evidence_record_many(claim=claim, snapshot=snapshot, passages=passages)

    assert len(rows) == 2 and all(row.pk for row in rows)
    stored = Evidence.objects.filter(claim=claim).order_by("excerpt_start")
    assert [e.excerpt for e in stored] == [p["excerpt"] for p in passages]
    assert all(TEXT[e.excerpt_start : e.excerpt_end] == e.excerpt for e in stored)
    assert {e.snapshot_id for e in stored} == {snapshot.pk} and stored[0].url == source.url
    assert [h.history_type for h in Evidence.history.filter(claim=claim)] == ["+", "+"]


def test_a_rerun_on_the_same_content_refreshes_the_rows_it_wrote(claim_and_source):
    claim, source = claim_and_source
    first = _snapshot(source, fetched_at=datetime(2025, 1, 1, tzinfo=UTC))
    evidence_record_many(
        claim=claim, snapshot=first, passages=[_passage("Acme employs 340 people.")]
    )
    before = Evidence.objects.get(claim=claim)

    again = _snapshot(source, fetched_at=datetime(2025, 2, 1, tzinfo=UTC))  # same bytes, later
    passages = [
        _passage("Acme employs 340 people.", confidence=0.9),
        _passage("The plant opened in 2019.", stance="neutral", confidence=0.2),
    ]
    evidence_record_many(claim=claim, snapshot=again, passages=passages)

    rows = Evidence.objects.filter(claim=claim).order_by("excerpt_start")
    assert rows.count() == 2
    refreshed = rows[0]
    assert refreshed.pk == before.pk  # the same row, not a duplicate
    assert (refreshed.snapshot_id, refreshed.confidence) == (again.pk, 0.9)
    assert refreshed.updated_at > before.updated_at
    kinds = sorted(Evidence.history.filter(claim=claim).values_list("history_type", flat=True))
    assert kinds == ["+", "+", "~"]


def test_the_same_passage_twice_in_one_call_is_one_row(claim_and_source):
    claim, source = claim_and_source
    snapshot = _snapshot(source, fetched_at=datetime(2025, 1, 1, tzinfo=UTC))
    passage = _passage("Acme employs 340 people.")
    evidence_record_many(claim=claim, snapshot=snapshot, passages=[passage, dict(passage)])
    assert Evidence.objects.filter(claim=claim).count() == 1


def test_nothing_to_record_writes_nothing(claim_and_source, django_assert_num_queries):
    claim, source = claim_and_source
    snapshot = _snapshot(source, fetched_at=datetime(2025, 1, 1, tzinfo=UTC))
    with django_assert_num_queries(0):
        assert evidence_record_many(claim=claim, snapshot=snapshot, passages=[]) == []
