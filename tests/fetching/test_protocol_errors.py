"""Malformed HTTP answers fail their own source with outcome `protocol`, never the job."""

import pytest

from claims.models import FetchAttempt
from claims.services.jobs import job_fetch_start, verification_request
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.support.raw_server import MALFORMED, RawServer
from workers.fetching import FetchError, FetchErrorCode, fetch
from workers.pipeline import fetch_sources


@pytest.fixture(params=sorted(MALFORMED))
def malformed_server(request):
    server = RawServer(MALFORMED[request.param]).start()
    yield server
    server.stop()


@pytest.mark.usefixtures("allow_private")
def test_it_reports_a_malformed_answer_as_a_protocol_error(malformed_server):
    with pytest.raises(FetchError) as caught:
        fetch(malformed_server.url, deadline=5)

    assert caught.value.code is FetchErrorCode.PROTOCOL
    assert not caught.value.retryable
    assert caught.value.attempt.outcome == "protocol"


@pytest.mark.django_db
@pytest.mark.usefixtures("allow_private")
def test_a_malformed_source_fails_alone_and_the_job_keeps_the_good_one(
    malformed_server, local_server, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    good = local_server.route("/good", body=b"<p>Acme Robotics employs 340 people.</p>")
    claim = cite(
        cite(ClaimFactory(), SourceFactory(url=malformed_server.url)), SourceFactory(url=good)
    )
    job, _ = verification_request(claim_id=claim.pk)
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")

    fetched = fetch_sources(running)

    assert len(fetched.snapshots) == 1
    assert [f.split(": ")[1].split(" ")[0] for f in fetched.permanent] == ["protocol"]
    outcomes = dict(FetchAttempt.objects.filter(job=job).values_list("url", "outcome"))
    assert outcomes == {malformed_server.url: "protocol", good: "ok"}
