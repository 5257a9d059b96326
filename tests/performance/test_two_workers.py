"""Two worker processes on one Redis queue and one database share the work and never repeat it."""

from collections import Counter

import pytest

from claims.models import FetchAttempt, JobAttempt, JobStatus, Snapshot, VerificationJob
from claims.services.jobs import verification_request
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.support.celery_worker import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

CLAIMS = 40
PAGE = """<!doctype html><html lang="en"><head><title>Unit {n}</title></head><body>
<article><h1>Unit {n} results</h1>
<p>Acme unit {n} reported revenue of {n} million euros for 2025, up from the year before.</p>
<p>The unit employs {people} people in three regions.</p></article></body></html>"""


@pytest.fixture
def two_workers(worker_pool, settings):
    """Exactly two workers on the session's queue: any worker left by an earlier test is stopped."""
    settings.MEDIA_ROOT = worker_pool.media_root
    worker_pool.stop_all()
    worker_pool.start(name="alpha")
    worker_pool.start(name="beta")
    yield [f"{name}-{worker_pool.queue}@" for name in ("alpha", "beta")]
    worker_pool.stop_all()


def test_two_workers_split_the_jobs_and_run_each_once(two_workers, local_server):
    jobs = []
    for n in range(CLAIMS):
        # A slow page keeps each job busy long enough for both workers to be asked for work.
        url = local_server.route(
            f"/unit/{n}", body=PAGE.format(n=n, people=40 + n).encode(), delay=0.2
        )
        claim = cite(
            ClaimFactory(text=f"Acme unit {n} reported revenue of {n} million euros in 2025."),
            SourceFactory(url=url),
        )
        jobs.append(verification_request(claim_id=claim.pk)[0].pk)

    finished = VerificationJob.objects.filter(
        pk__in=jobs, status__in=[JobStatus.SUCCEEDED, JobStatus.FAILED]
    )
    wait_for(lambda: finished.count() == CLAIMS, timeout=120, what="all jobs to finish")

    assert set(VerificationJob.objects.filter(pk__in=jobs).values_list("status", flat=True)) == {
        JobStatus.SUCCEEDED
    }
    attempts = JobAttempt.objects.filter(job__in=jobs)
    # Nothing done twice: one attempt per job, one fetch and one snapshot per source.
    assert sorted(attempts.values_list("job_id", flat=True)) == sorted(jobs)
    assert set(VerificationJob.objects.filter(pk__in=jobs).values_list("attempts", flat=True)) == {
        1
    }
    assert FetchAttempt.objects.filter(job__in=jobs).count() == CLAIMS
    assert Snapshot.objects.filter(job__in=jobs).count() == CLAIMS
    assert all(local_server.hits(f"/unit/{n}") == 1 for n in range(CLAIMS))
    # The work is split: each worker ran a fair share of the jobs.
    by_worker = Counter(
        next(prefix for prefix in two_workers if worker.startswith(prefix))
        for worker in attempts.values_list("worker", flat=True)
    )
    assert set(by_worker) == set(two_workers), by_worker
    assert min(by_worker.values()) >= CLAIMS // 8, by_worker
