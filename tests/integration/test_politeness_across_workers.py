"""Per-host politeness counted in Redis holds across worker processes, not just threads.

Two fetch workers of eight threads each share VERIFIER_REDIS_URL and a limit of two requests
at a time per host; twelve jobs whose sources all live on one host never have more than two
requests in flight there, whichever worker sends them.
"""

from collections import Counter

import pytest
import redis

from claims.models import JobAttempt, JobStatus, VerificationJob
from claims.services.jobs import verification_request
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.support.celery_worker import wait_for
from verifier.routing import ANALYSE, FETCH

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

POLITENESS_REDIS = "redis://127.0.0.1:6379/13"  # this test's own: no stale leases from others
LIMIT = 2
JOBS = 12
PAGE = """<!doctype html><html lang="en"><head><title>Site {n}</title></head><body><article>
<h1>Site {n}</h1><p>Site {n} of Acme Logistics employs {people} people.</p></article>
</body></html>"""


@pytest.fixture
def polite_workers(worker_pool, settings, monkeypatch):
    settings.MEDIA_ROOT = worker_pool.media_root
    redis.Redis.from_url(POLITENESS_REDIS).flushdb()
    monkeypatch.setitem(worker_pool.env, "VERIFIER_REDIS_URL", POLITENESS_REDIS)
    monkeypatch.setitem(worker_pool.env, "VERIFIER_FETCH_HOST_CONCURRENCY", str(LIMIT))
    worker_pool.stop_all()
    for name in ("north", "south"):
        worker_pool.start(name=name, pool="threads", concurrency=8, kinds=(FETCH,))
    worker_pool.start(name="analyst", concurrency=2, kinds=(ANALYSE,))
    yield [f"{name}-{worker_pool.queue}@" for name in ("north", "south")]
    worker_pool.stop_all()  # the next test starts workers without these settings


def test_two_fetch_workers_share_one_host_s_request_slots(polite_workers, local_server):
    jobs = []
    for n in range(JOBS):
        page = PAGE.format(n=n, people=20 + n).encode()
        url = local_server.route(f"/site/{n}", body=page, delay=0.4)
        claim = cite(
            ClaimFactory(
                text=f"Site {n} of Acme Logistics employs {20 + n} people.", language="en"
            ),
            SourceFactory(url=url),
        )
        jobs.append(verification_request(claim_id=claim.pk)[0].pk)

    done = VerificationJob.objects.filter(pk__in=jobs, status=JobStatus.SUCCEEDED)
    wait_for(lambda: done.count() == JOBS, timeout=120, what="every job to succeed")

    assert local_server.peak_in_flight == LIMIT  # the limit was reached, never passed
    fetched_by = Counter(
        next(prefix for prefix in polite_workers if worker.startswith(prefix))
        for worker in JobAttempt.objects.filter(job__in=jobs).values_list("worker", flat=True)
    )
    assert set(fetched_by) == set(polite_workers), fetched_by  # both processes were fetching
