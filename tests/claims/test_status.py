"""Verdicts: people set the status, the machine only suggests, and every change is on record."""

import pytest
from django.core.exceptions import ValidationError

from claims.models import ClaimStatus, StatusChange
from claims.services.status import claim_status_set, claim_suggestion_set
from tests.factories import ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_it_records_who_changed_the_status_when_and_why():
    claim, user = ClaimFactory(), UserFactory()
    claim_status_set(
        claim_id=claim.pk, status="refuted", note="wrong year", user=user, expected_version=1
    )
    change = StatusChange.objects.get(claim=claim)
    assert (change.field, change.from_value, change.to_value) == ("status", "unverified", "refuted")
    assert (change.changed_by, change.note) == (user, "wrong year")
    assert change.created_at is not None


def test_it_keeps_the_human_verdict_over_the_machine_one():
    claim, user = ClaimFactory(), UserFactory()
    claim_status_set(claim_id=claim.pk, status="supported", user=user, expected_version=1)
    claim_suggestion_set(claim_id=claim.pk, verdict="refuted", confidence=0.9, explanation="x")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.SUPPORTED
    assert (claim.suggested_verdict, claim.confidence) == ("refuted", 0.9)


def test_it_records_the_machine_suggestion_in_history_without_a_user():
    claim = ClaimFactory()
    claim_suggestion_set(claim_id=claim.pk, verdict="supported", confidence=0.8, explanation="ok")
    change = StatusChange.objects.get(claim=claim, field="suggested_verdict")
    assert change.changed_by is None and change.to_value == "supported"


def test_it_refuses_an_unknown_status():
    claim = ClaimFactory()
    with pytest.raises(ValidationError):
        claim_status_set(claim_id=claim.pk, status="true-ish", user=None, expected_version=1)


def test_it_clears_the_review_flag_when_a_person_decides():
    claim = ClaimFactory(needs_review=True, review_reason="source drifted")
    claim_status_set(claim_id=claim.pk, status="in_review", user=None, expected_version=1)
    claim.refresh_from_db()
    assert not claim.needs_review and claim.review_reason == ""
