"""The claim panel: evidence and history shown, status set and verification queued by role."""

import pytest

from claims.models import Claim, StatusChange, VerificationJob
from claims.services.status import claim_status_set
from tests.editorial.helpers import article_with_claims, machine_evidence, snapshot_for

pytestmark = pytest.mark.django_db
PANEL = {"HTTP_X_PANEL": "1"}


def test_the_panel_shows_evidence_with_its_figure_and_snapshot(reader_client):
    _, claim, _ = article_with_claims()
    snapshot = snapshot_for(claim, warc=b"WARC/1.1 fake record")
    machine_evidence(claim, snapshot)
    html = reader_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert '<strong class="figure">$500 billion</strong>' in html
    assert snapshot.sha256 in html
    assert "2025-02-03T10:30:00" in html
    assert f'href="/snapshots/{snapshot.pk}/warc/"' in html
    assert 'href="https://example.org/stargate" rel="noopener noreferrer"' in html
    assert "<html" not in html  # a fragment for the page's script, not a whole page


def test_the_panel_offers_no_warc_link_when_none_was_stored(reader_client):
    _, claim, _ = article_with_claims()
    machine_evidence(claim, snapshot_for(claim))
    html = reader_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert "/warc/" not in html


def test_the_panel_lists_the_status_history_with_notes(reader_client, reviewer):
    _, claim, _ = article_with_claims()
    claim_status_set(
        claim_id=claim.pk, status="in_review", note="calling OpenAI", user=reviewer,
        expected_version=None,
    )  # fmt: skip
    html = reader_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert "reviewer set the status from Unverified to In review." in html
    assert "calling OpenAI" in html


def test_a_reader_sees_no_forms_and_cannot_post(reader_client):
    _, claim, _ = article_with_claims()
    html = reader_client.get(f"/claims/{claim.pk}/", **PANEL).content.decode()
    assert "Save status" not in html and "Queue verification" not in html
    post = {"status": "supported", "note": "", "version": claim.version}
    assert reader_client.post(f"/claims/{claim.pk}/status/", post, **PANEL).status_code == 403
    assert reader_client.post(f"/claims/{claim.pk}/verify/", **PANEL).status_code == 403
    assert not StatusChange.objects.filter(claim=claim).exists()
    assert not VerificationJob.objects.exists()


def test_a_reviewer_sets_the_status_with_a_note(reviewer_client, reviewer):
    _, claim, _ = article_with_claims()
    response = reviewer_client.post(
        f"/claims/{claim.pk}/status/",
        {"status": "supported", "note": "matches the release", "version": claim.version},
        **PANEL,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Status set to Supported." in html and 'data-claim-status="supported"' in html
    change = StatusChange.objects.get(claim=claim, field="status")
    assert (change.to_value, change.note, change.changed_by) == (
        "supported",
        "matches the release",
        reviewer,
    )


def test_a_stale_version_is_refused_with_a_clear_message(reviewer_client):
    _, claim, _ = article_with_claims()
    read_version = claim.version
    claim_status_set(claim_id=claim.pk, status="refuted", user=None, expected_version=None)
    response = reviewer_client.post(
        f"/claims/{claim.pk}/status/",
        {"status": "supported", "note": "", "version": read_version},
        **PANEL,
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "changed by someone else" in html
    assert 'data-claim-status="refuted"' in html  # the panel shows the other person's change
    assert Claim.objects.get(pk=claim.pk).status == "refuted"


def test_a_form_post_without_script_redirects_to_the_article_with_a_message(reviewer_client):
    article, claim, _ = article_with_claims()
    response = reviewer_client.post(
        f"/claims/{claim.pk}/status/",
        {"status": "conflicting", "note": "", "version": claim.version},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == (
        f"/articles/{article.pk}/?claim={claim.pk}#claim-{claim.pk}"
    )
    assert "Status set to Conflicting." in response.content.decode()


def test_an_unknown_status_is_refused(reviewer_client):
    _, claim, _ = article_with_claims()
    response = reviewer_client.post(
        f"/claims/{claim.pk}/status/", {"status": "true-ish", "version": claim.version}, **PANEL
    )
    assert response.status_code == 400
    assert Claim.objects.get(pk=claim.pk).status == "unverified"


def test_a_reviewer_queues_a_verification_once(reviewer_client, django_capture_on_commit_callbacks):
    _, claim, _ = article_with_claims()
    with django_capture_on_commit_callbacks(execute=False):
        first = reviewer_client.post(f"/claims/{claim.pk}/verify/", **PANEL)
        second = reviewer_client.post(f"/claims/{claim.pk}/verify/", **PANEL)
    job = VerificationJob.objects.get(claim=claim)
    assert first.status_code == 202 and f"Verification queued (job {job.pk})." in first.text
    assert f"already under way (job {job.pk})" in second.text
    assert f'data-job-id="{job.pk}" data-job-status="pending"' in second.text
    assert f'data-job-url="/api/v1/jobs/{job.pk}/"' in second.text


def test_verifying_a_claim_without_source_says_why(reviewer_client):
    _, _, unsourced = article_with_claims()
    response = reviewer_client.post(f"/claims/{unsourced.pk}/verify/", **PANEL)
    assert response.status_code == 409
    assert "cites no source" in response.text
    assert not VerificationJob.objects.exists()


def test_the_panel_page_works_as_a_standalone_page(reader_client):
    _, claim, _ = article_with_claims()
    html = reader_client.get(f"/claims/{claim.pk}/").content.decode()
    assert "<html" in html and f'data-claim-id="{claim.pk}"' in html
