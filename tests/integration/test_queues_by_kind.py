"""Queues by kind: fetching on a thread-pool worker, analysis on a prefork worker.

The layout `bin/demo` runs and the README documents for production: each kind of work waits on
its own queue and only the workers started for that kind take it.
"""

import re

import pytest

from claims.models import Evidence, JobAttempt, JobStage, JobStatus, Snapshot, VerificationJob
from claims.services.jobs import verification_request
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.support.celery_worker import wait_for
from verifier.routing import ANALYSE, FETCH

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

JOBS = 6
PAGE = """<!doctype html><html lang="en"><head><title>Depot {n}</title></head><body>
<article><h1>Depot {n}</h1><p>Depot {n} of Acme Logistics employs {people} people.</p>
<p>It opened in 2019 beside the river port.</p></article></body></html>"""


@pytest.fixture
def fetch_worker(worker_pool, settings):
    """Only a fetcher at first: any worker left by an earlier test is stopped."""
    settings.MEDIA_ROOT = worker_pool.media_root
    worker_pool.stop_all()
    worker_pool.start(name="fetcher", pool="threads", concurrency=8, kinds=(FETCH,))
    yield worker_pool
    worker_pool.stop_all()


def _results(process, task: str) -> list[str]:
    """What each run of `task` on this worker returned, leaving out "skipped": a message left
    in the session's queue by an earlier test, whose job was rolled back, is skipped by design."""
    text = process.log_path.read_text(errors="replace")
    found = re.findall(rf"{task}\[[^\]]+\] succeeded in [^:]+: '(\w+)'", text)
    return [result for result in found if result != "skipped"]


def test_fetching_and_analysis_run_on_the_workers_of_their_kind(fetch_worker, local_server):
    jobs = []
    for n in range(JOBS):
        url = local_server.route(f"/depot/{n}", body=PAGE.format(n=n, people=30 + n).encode())
        claim = cite(
            ClaimFactory(
                text=f"Depot {n} of Acme Logistics employs {30 + n} people.", language="en"
            ),
            SourceFactory(url=url),
        )
        jobs.append(verification_request(claim_id=claim.pk)[0].pk)

    # The fetcher fetches and preserves every source, then the jobs wait for an analyst.
    fetched = VerificationJob.objects.filter(
        pk__in=jobs, status=JobStatus.RUNNING, stage=JobStage.ANALYSE
    )
    wait_for(lambda: fetched.count() == JOBS, what="every job fetched and handed over")
    assert Snapshot.objects.filter(job__in=jobs, error_code="").count() == JOBS
    assert not Snapshot.objects.filter(job__in=jobs).exclude(text="").exists()  # not extracted
    assert not Evidence.objects.filter(claim__jobs__in=jobs).exists()
    (fetcher,) = fetch_worker.processes
    # The worker logs a task's result after the task returns, so after its commit: wait for it.
    wait_for(lambda: len(_results(fetcher, "verify_claim")) >= JOBS, what="every fetch logged")
    assert _results(fetcher, "verify_claim") == ["fetched"] * JOBS

    analyst = fetch_worker.start(name="analyst", pool="prefork", concurrency=1, kinds=(ANALYSE,))
    done = VerificationJob.objects.filter(pk__in=jobs, status=JobStatus.SUCCEEDED)
    wait_for(lambda: done.count() == JOBS, what="every job analysed")
    wait_for(lambda: len(_results(analyst, "analyse_job")) >= JOBS, what="every analysis logged")

    assert _results(analyst, "analyse_job") == ["succeeded"] * JOBS
    assert "Task workers.tasks.verify_claim[" not in analyst.log_path.read_text(errors="replace")
    assert "Task workers.tasks.analyse_job[" not in fetcher.log_path.read_text(errors="replace")
    assert all(local_server.hits(f"/depot/{n}") == 1 for n in range(JOBS))
    assert JobAttempt.objects.filter(job__in=jobs, outcome="succeeded").count() == JOBS
    for claim_id in VerificationJob.objects.filter(pk__in=jobs).values_list("claim", flat=True):
        best = Evidence.objects.filter(claim_id=claim_id).order_by("-confidence").first()
        assert best.stance == "supports" and "employs" in best.excerpt
        assert best.snapshot.text[best.excerpt_start : best.excerpt_end] == best.excerpt
