"""Link rot and drift: a re-check flags the claims whose source died or lost the evidence."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, ClaimStatus, Snapshot, StatusChange
from claims.selectors import sources_due_for_recheck
from claims.services.capture import source_read
from claims.services.evidence import evidence_record
from claims.services.linkrot import claim_review_flag, source_recheck
from claims.services.status import claim_status_set
from tests.factories import ClaimFactory, SourceFactory, cite

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]

EXCERPT = "The port handled 4.2 million containers in 2024, a record for the harbour."
PAGE = f"""<!doctype html><html><head><title>Harbour statistics</title></head><body>
<article><h1>Harbour statistics 2024</h1><p>{EXCERPT}</p>
<p>Passenger traffic fell slightly as two ferry lines were closed in the spring.</p>
<p>The authority plans to dredge the northern basin before the end of next year.</p>
</article></body></html>"""
# The same sentence broken by a line break, in a page that changed elsewhere too.
REFLOWED = PAGE.replace("4.2 million containers", "4.2 million<br>containers").replace(
    "slightly", "a little"
)
REWRITTEN = PAGE.replace(EXCERPT, "The port figures for 2024 are being revised and are withdrawn.")


def _cited_with_evidence(server, path="/stats", status=ClaimStatus.UNVERIFIED) -> Claim:
    """A claim citing a page on `server`, with the excerpt attached from a first fetch of it."""
    server.route(path, body=PAGE.encode())
    source = SourceFactory(url=server.url(path))
    claim = cite(ClaimFactory(text="The port handled 4.2 million containers in 2024."), source)
    first = source_read(source=source)
    assert first.ok, first.label
    start = first.snapshot.text.index(EXCERPT)
    evidence_record(
        claim=claim,
        snapshot=first.snapshot,
        excerpt=EXCERPT,
        excerpt_start=start,
        excerpt_end=start + len(EXCERPT),
        stance="supports",
        confidence=0.9,
        method="test",
    )
    if status != ClaimStatus.UNVERIFIED:
        claim_status_set(claim_id=claim.pk, status=status, user=None, expected_version=None)
    return Claim.objects.get(pk=claim.pk)


def _recheck(claim: Claim, **options):
    """What the re-check task runs for the claim's one source."""
    return source_recheck(source_id=claim.sources.get().pk, **options)


@pytest.mark.parametrize("status", [404, 410])
def test_it_flags_a_claim_whose_source_is_gone(local_server, status):
    claim = _cited_with_evidence(local_server)
    local_server.route("/stats", status=status, body=b"gone", content_type="text/plain")

    counts = _recheck(claim)

    claim.refresh_from_db()
    assert claim.needs_review
    assert claim.review_reason == f"source {local_server.url('/stats')} returned {status}"
    assert counts["dead"] == 1 and counts["flagged"] == 1


def test_it_keeps_the_old_snapshot_beside_the_dead_one(local_server):
    claim = _cited_with_evidence(local_server)
    original = Snapshot.objects.get(source__claims=claim)
    local_server.route("/stats", status=404, body=b"gone", content_type="text/plain")

    _recheck(claim)

    snapshots = list(Snapshot.objects.filter(source__claims=claim).order_by("fetched_at"))
    assert len(snapshots) == 2 and snapshots[0].pk == original.pk
    kept = snapshots[0]
    assert kept.sha256 == original.sha256 and kept.warc and EXCERPT in kept.text
    assert snapshots[1].error_code == "http_4xx" and snapshots[1].http_status == 404


def test_it_flags_a_claim_whose_source_no_longer_resolves():
    claim = cite(ClaimFactory(), SourceFactory(url="http://verifier-test-gone.invalid/report"))

    _recheck(claim)

    claim.refresh_from_db()
    assert claim.needs_review and "no longer resolves" in claim.review_reason


def test_it_flags_a_page_that_changed_and_lost_the_excerpt(local_server):
    claim = _cited_with_evidence(local_server)
    local_server.route("/stats", body=REWRITTEN.encode())

    counts = _recheck(claim)

    claim.refresh_from_db()
    assert claim.needs_review
    assert claim.review_reason == (
        f"source {local_server.url('/stats')} changed: the evidence excerpt is gone"
    )
    assert counts["changed"] == 1 and counts["drifted"] == 1


def test_it_does_not_flag_a_page_that_changed_but_still_holds_the_excerpt(local_server):
    claim = _cited_with_evidence(local_server)
    local_server.route("/stats", body=REFLOWED.encode())

    counts = _recheck(claim)

    claim.refresh_from_db()
    assert counts["changed"] == 1  # a new hash: the page did change
    assert not claim.needs_review and claim.review_reason == ""


def test_it_does_not_flag_an_unchanged_page(local_server):
    claim = _cited_with_evidence(local_server)
    version = claim.version

    counts = _recheck(claim)

    claim.refresh_from_db()
    assert counts["unchanged"] == 1 and counts["flagged"] == 0
    assert not claim.needs_review and claim.version == version
    assert Snapshot.objects.filter(source__claims=claim).count() == 2  # still re-fetched


def test_it_does_not_flag_a_transient_server_error(local_server):
    claim = _cited_with_evidence(local_server)
    local_server.route("/stats", status=503, body=b"busy", content_type="text/plain")

    counts = _recheck(claim)

    claim.refresh_from_db()
    assert counts["failed"] == 1 and not claim.needs_review


def test_it_flags_a_death_once_not_on_every_run(local_server):
    claim = _cited_with_evidence(local_server)
    local_server.route("/stats", status=404, body=b"gone", content_type="text/plain")
    _recheck(claim)
    # A reviewer looks, keeps the verdict: the flag is cleared.
    claim_status_set(claim_id=claim.pk, status="supported", user=None, expected_version=None)

    counts = _recheck(claim, closed_after_days=0)

    claim.refresh_from_db()
    assert counts["dead"] == 1 and counts["flagged"] == 0
    assert not claim.needs_review


def test_it_skips_recently_closed_claims_and_rechecks_old_ones(local_server):
    claim = _cited_with_evidence(local_server, status=ClaimStatus.SUPPORTED)
    local_server.route("/stats", status=410, body=b"gone", content_type="text/plain")

    assert not sources_due_for_recheck(now=timezone.now(), closed_after_days=30).exists()

    StatusChange.objects.filter(claim=claim).update(created_at=timezone.now() - timedelta(days=31))
    due = sources_due_for_recheck(now=timezone.now(), closed_after_days=30)
    assert list(due.values_list("pk", flat=True)) == [claim.sources.get().pk]
    assert _recheck(claim, closed_after_days=30)["flagged"] == 1
    claim.refresh_from_db()
    assert claim.needs_review and claim.status == ClaimStatus.SUPPORTED


def test_flagging_bumps_the_version_and_adds_to_an_existing_reason():
    claim = ClaimFactory(needs_review=True, review_reason="quote differs from the article")

    assert claim_review_flag(claim_id=claim.pk, reason="source x returned 404")
    assert not claim_review_flag(claim_id=claim.pk, reason="source x returned 404")

    claim.refresh_from_db()
    assert claim.review_reason == "quote differs from the article; source x returned 404"
    assert claim.version == 2 and claim.status == ClaimStatus.UNVERIFIED


def test_the_admin_quick_filter_lists_only_flagged_claims(client, admin_user):
    flagged = ClaimFactory(text="Flagged claim about harbour traffic.")
    ClaimFactory(text="Quiet claim about ferry lines.")
    claim_review_flag(claim_id=flagged.pk, reason="source x returned 410")
    client.force_login(admin_user)

    page = client.get("/admin/claims/claim/", {"quick": "needs_review"}).content.decode()

    assert "Flagged claim about harbour traffic." in page
    assert "Quiet claim about ferry lines." not in page
