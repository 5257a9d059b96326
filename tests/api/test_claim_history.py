"""One audit trail per claim: every field and source change, by a person or by the machine."""

import pytest

from claims.models import Claim, ProviderResult
from claims.services.jobs import verification_request
from claims.services.linkrot import claim_review_flag
from claims.services.status import claim_suggestion_set
from tests.factories import ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db


def _trail(api, claim_id: int) -> list[dict]:
    response = api.get(f"/api/v1/claims/{claim_id}/history/")
    assert response.status_code == 200, response.content[:300]
    return response.json()


def _patch(api, claim_id: int, changes: dict) -> None:
    version = Claim.objects.get(pk=claim_id).version
    response = api.patch(
        f"/api/v1/claims/{claim_id}/", {**changes, "version": version}, format="json"
    )
    assert response.status_code == 200, response.content[:300]


def test_the_trail_lists_every_change_with_who_when_from_and_to(
    editor_api, reviewer_api, editor, reviewer
):
    created = editor_api.post(
        "/api/v1/claims/",
        {"text": "Acme a 300 salariés.", "sources": [{"url": "https://example.org/a"}]},
        format="json",
    ).json()
    claim_id = created["id"]
    _patch(editor_api, claim_id, {"text": "Acme a 340 salariés.", "kind": "quantity"})
    _patch(editor_api, claim_id, {"claimant": "Le PDG", "assigned_to": reviewer.pk})
    reviewer_api.post(
        f"/api/v1/claims/{claim_id}/status/",
        {"status": "refuted", "note": "le rapport dit 280", "version": created["version"] + 2},
        format="json",
    )
    job, _ = verification_request(claim_id=claim_id)
    claim_suggestion_set(claim_id=claim_id, verdict="supported", confidence=0.7, job_id=job.pk)
    # A reviewer's lead, cited by an editor: a source change.
    reviewer_api.post(
        "/api/v1/evidence/",
        {"claim": claim_id, "source_url": "https://example.org/b", "excerpt": "340 salariés",
         "stance": "supports"},
        format="json",
    )  # fmt: skip
    editor_api.post(f"/api/v1/candidates/{ProviderResult.objects.get().pk}/cite/")

    trail = _trail(reviewer_api, claim_id)
    seen = {(e["field"], e["from_value"], e["to_value"], e["changed_by"]) for e in trail}
    assert ("text", "Acme a 300 salariés.", "Acme a 340 salariés.", "editor") in seen
    assert ("kind", "other", "quantity", "editor") in seen
    assert ("claimant", "", "Le PDG", "editor") in seen
    assert ("assigned_to", "", "reviewer", "editor") in seen
    assert ("status", "unverified", "refuted", "reviewer") in seen
    assert ("source", "", "https://example.org/a", "editor") in seen
    assert ("source", "", "https://example.org/b", "editor") in seen
    machine = [e for e in trail if e["field"] == "suggested_verdict"]
    assert [(m["to_value"], m["changed_by"], m["actor"], m["job"]) for m in machine] == [
        ("supported", None, "machine", job.pk)
    ]
    assert all(e["actor"] == "person" for e in trail if e["changed_by"])
    assert all(e["created_at"] for e in trail)
    # Newest first.
    assert [e["created_at"] for e in trail] == sorted(
        (e["created_at"] for e in trail), reverse=True
    )


def test_the_admin_history_does_not_credit_the_machine_with_the_reviewers_save(
    editor_api, editor, editor_client
):
    claim = cite(ClaimFactory(text="Acme a 300 salariés."), SourceFactory())
    job, _ = verification_request(claim_id=claim.pk)
    claim_suggestion_set(claim_id=claim.pk, verdict="refuted", confidence=0.9, job_id=job.pk)
    claim_review_flag(claim_id=claim.pk, reason="a source changed")
    _patch(editor_api, claim.pk, {"text": "Acme a 340 salariés."})

    records = list(claim.history.order_by("history_date", "history_id"))
    last, machine = records[-1], records[-3]
    assert last.history_user == editor
    # The editor's record changes the text only: the suggestion and the flag are the machine's.
    assert {c.field for c in last.diff_against(records[-2]).changes} == {"text", "version"}
    assert machine.history_user is None and f"job {job.pk}" in machine.history_change_reason
    assert records[-2].history_user is None and "a source changed" in (
        records[-2].history_change_reason
    )
    # The claim's page in the admin shows the same trail, the machine's change with its job.
    html = editor_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert f"machine (job {job.pk})" in html and "Acme a 340 salariés." in html
