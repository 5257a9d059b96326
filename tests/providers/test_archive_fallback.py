"""The pipeline reads the Wayback copy of a dead source, and says that is where it came from."""

import pytest

from claims.models import Evidence, FetchAttempt, Snapshot, VerificationJob
from claims.services.jobs import job_fetch_start, verification_request
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.providers.answers import WAYBACK_NOTHING, wayback_available
from workers.pipeline import analyse_fetched, fetch_sources

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]

ARCHIVED_PAGE = b"""<!doctype html><html lang="en"><head><title>Budget 2024</title></head><body>
<article><h1>City budget 2024</h1>
<p>The city spent 18 million euros on the new tram line in 2024.</p>
<p>Road maintenance took a further 6 million euros, the same as the year before.</p>
</article></body></html>"""


def running_job(claim) -> VerificationJob:
    """A job as a worker holds it once it has claimed it."""
    job, _ = verification_request(claim_id=claim.pk)
    return job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="test")


def verify(job: VerificationJob):
    """Both stages of the job in this process, as the two queues' workers run them."""
    fetched = fetch_sources(job)
    job.fetched = fetched.handoff()
    return fetched, analyse_fetched(job)


@pytest.fixture
def dead_source_claim(settings, local_server):
    """A claim citing a page that now answers 404, served with the Wayback API by one server."""
    settings.VERIFIER_WAYBACK_API_BASE = local_server.url("")
    dead = local_server.route("/budget", status=404, body=b"gone", content_type="text/plain")
    archived = local_server.url(f"/web/20250121093000/{dead}")
    local_server.route(
        "/wayback/available", body=wayback_available(archived), content_type="application/json"
    )
    local_server.route(f"/web/20250121093000id_/{dead}", body=ARCHIVED_PAGE)
    claim = cite(
        ClaimFactory(
            text="The city spent 18 million euros on the tram line in 2024.", language="en"
        ),
        SourceFactory(url=dead),
    )
    return claim, archived


def test_a_dead_source_is_read_from_its_archived_copy(settings, dead_source_claim, local_server):
    settings.VERIFIER_PROVIDERS = ["workers.providers.wayback.WaybackProvider"]
    claim, archived = dead_source_claim
    job = running_job(claim)

    fetched, outcome = verify(job)

    assert outcome.judged_sources == 1 and not fetched.permanent and not outcome.failures
    copy = Snapshot.objects.get(job=job, error_code="")
    raw = archived.replace("/web/20250121093000/", "/web/20250121093000id_/")
    assert copy.requested_url == raw and copy.final_url == raw
    assert "18 million euros" in copy.text and copy.warc_sha256
    assert Snapshot.objects.get(job=job, error_code="http_4xx").http_status == 404
    assert set(FetchAttempt.objects.filter(job=job).values_list("outcome", flat=True)) == {
        "http_4xx",
        "ok",
    }
    evidence = Evidence.objects.filter(claim=claim)
    assert evidence.exists() and all(e.url == raw for e in evidence)


def test_without_the_wayback_provider_a_dead_source_just_fails(dead_source_claim, local_server):
    claim, _ = dead_source_claim
    job = running_job(claim)

    fetched, outcome = verify(job)

    assert outcome.judged_sources == 0 and "http_4xx" in fetched.permanent[0]
    assert local_server.hits("/wayback/available") == 0


def test_a_page_never_archived_fails_as_it_would_have(settings, dead_source_claim, local_server):
    settings.VERIFIER_PROVIDERS = ["workers.providers.wayback.WaybackProvider"]
    local_server.route("/wayback/available", body=WAYBACK_NOTHING, content_type="application/json")
    claim, _ = dead_source_claim
    job = running_job(claim)

    fetched, outcome = verify(job)

    assert outcome.judged_sources == 0 and "404" in fetched.permanent[0]
    assert local_server.hits("/wayback/available") == 1


def test_a_server_error_is_not_a_dead_link(settings, local_server):
    settings.VERIFIER_PROVIDERS = ["workers.providers.wayback.WaybackProvider"]
    settings.VERIFIER_WAYBACK_API_BASE = local_server.url("")
    url = local_server.route("/busy", status=503, body=b"busy", content_type="text/plain")
    job = running_job(cite(ClaimFactory(), SourceFactory(url=url)))

    fetched = fetch_sources(job)

    assert (
        fetched.retryable and not fetched.snapshots and local_server.hits("/wayback/available") == 0
    )
