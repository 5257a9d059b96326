"""The database connection drops under a worker mid-job: the job is retried, not lost or failed.

The worker reaches PostgreSQL through a proxy the test cuts while the job waits on a slow page;
the worker's next statement fails with OperationalError, the task reconnects, puts the job back
in the queue (error code "database") and the next attempt succeeds.
"""

from __future__ import annotations

import pytest

from claims.models import Evidence, JobStatus, VerificationJob
from claims.services.jobs import verification_request
from tests.faults.scenarios import claim_citing, duplicate_evidence, finished, outcomes, page
from tests.support.celery_worker import database_url, wait_for
from tests.support.httpserver import Response

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def test_a_dropped_database_connection_mid_job_is_retried(
    local_server, db_link, fault_workers, sender_app, report_fault
):
    fault_workers.env["DATABASE_URL"] = database_url(host="127.0.0.1", port=db_link.port)
    fault_workers.start(name="blip", concurrency=1)
    # The first fetch takes 2 s: long enough to drop the worker's connection while it waits.
    slow = local_server.sequence(
        "/slow", Response(body=page("slow"), delay=2), Response(body=page("slow"))
    )
    claim = claim_citing(slow)
    job, _ = verification_request(claim_id=claim.pk)
    wait_for(lambda: local_server.hits("/slow") >= 1, what="the worker to be fetching")
    dropped = db_link.connections
    db_link.cut()  # every live connection to PostgreSQL is closed under the worker...
    db_link.restore()  # ...and the database is reachable again for the next one

    job = wait_for(lambda: finished(job.pk), timeout=90, what="the job to complete")
    assert job.status == JobStatus.SUCCEEDED, job.error
    assert outcomes(job) == ["retry", "succeeded"]
    first = job.job_attempts.get(number=1)
    assert first.error_code == "database" and "database unavailable" in first.error
    assert db_link.connections > dropped  # the worker reconnected through the proxy
    assert Evidence.objects.filter(claim=claim).exists()
    assert duplicate_evidence([claim.pk]) == 0
    assert VerificationJob.objects.filter(claim=claim).count() == 1
    report_fault(
        "database connection dropped under a worker mid-job: 1 job, retried once "
        f"(error code database), 0 lost, {duplicate_evidence([claim.pk])} duplicate evidence rows"
    )
