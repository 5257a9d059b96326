"""Pages, claims, counts and half-done jobs shared by the fault tests."""

from __future__ import annotations

from django.db.models import Count

from claims.models import Claim, Evidence, JobStage, JobStatus, Snapshot, VerificationJob
from claims.services.jobs import verification_request
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.support.celery_worker import wait_for
from tests.support.httpserver import Response

CLAIM_TEXT = "Acme Robotics employs 340 people."


def page(n: int | str = "") -> bytes:
    """A small report page whose figures support CLAIM_TEXT; `n` makes each one distinct."""
    return f"""<!doctype html><html lang="en"><head><title>Acme report {n}</title></head><body>
<article><h1>Acme Robotics in figures {n}</h1>
<p>Acme Robotics now employs 340 people after opening a second factory in Lyon.</p>
<p>The company reported revenue of 12 million euros, according to its annual report {n}.</p>
</article></body></html>""".encode()


def ledger_page(paragraphs: int) -> bytes:
    """A long page (about 120 bytes a paragraph) that takes seconds to extract and match; its
    last paragraph supports CLAIM_TEXT."""
    rows = "".join(
        f"<p>Entry {i}: the depot in region {i % 97} shipped {i * 7 % 1000} crates of parts "
        f"in {1990 + i % 35}, the ledger says.</p>\n"
        for i in range(paragraphs)
    )
    return f"""<!doctype html><html lang="en"><head><title>Acme ledger</title></head><body>
<article><h1>Acme Robotics ledger</h1>{rows}
<p>Acme Robotics now employs 340 people across its sites.</p></article></body></html>""".encode()


def claim_citing(*urls: str, text: str = CLAIM_TEXT) -> Claim:
    claim = ClaimFactory(text=text, language="en")
    for url in urls:
        cite(claim, SourceFactory(url=url))
    return claim


def finished(job_id: int) -> VerificationJob | None:
    job = VerificationJob.objects.get(pk=job_id)
    return job if job.status in (JobStatus.SUCCEEDED, JobStatus.FAILED) else None


def all_finished(job_ids: list[int]) -> bool:
    done = VerificationJob.objects.filter(
        pk__in=job_ids, status__in=[JobStatus.SUCCEEDED, JobStatus.FAILED]
    )
    return done.count() == len(job_ids)


def duplicate_evidence(claim_ids: list[int] | None = None) -> int:
    """Evidence rows beyond the first for the same claim, source and passage."""
    rows = Evidence.objects.all()
    if claim_ids is not None:
        rows = rows.filter(claim_id__in=claim_ids)
    groups = rows.values("claim", "source", "excerpt_start", "excerpt_end", "excerpt").annotate(
        n=Count("id")
    )
    return sum(group["n"] - 1 for group in groups)


def outcomes(job: VerificationJob) -> list[str]:
    return list(job.job_attempts.order_by("number").values_list("outcome", flat=True))


def start_mid_fetch(local_server):
    """Queue a two-source job and return once it has kept source 1 and hangs on source 2."""
    fast = local_server.route("/fast", body=page("fast"))
    # The first fetch of /slow hangs 3 s: the worker is killed while it waits.
    slow = local_server.sequence(
        "/slow", Response(body=page("slow"), delay=3), Response(body=page("slow"))
    )
    claim = claim_citing(fast, slow)
    job, _ = verification_request(claim_id=claim.pk)
    wait_for(
        lambda: local_server.hits("/slow") >= 1
        and Snapshot.objects.filter(source__url=fast, job=job).exists(),
        timeout=60,
        what="the fetch to be half-way: source 1 preserved, source 2 being fetched",
    )
    return claim, job


def start_mid_analysis(local_server):
    """Queue a two-source job and return once source 1's evidence is written and the analysis
    of source 2, a long ledger page that takes seconds to extract and match, is under way."""
    fast = local_server.route("/fast", body=page("fast"))
    big = local_server.route("/big", body=ledger_page(12_000))
    claim = claim_citing(fast, big)
    job, _ = verification_request(claim_id=claim.pk)
    wait_for(
        lambda: Evidence.objects.filter(claim=claim).exists(),
        timeout=60,
        interval=0.1,
        what="the analysis to be half-way: source 1 judged, source 2 being analysed",
    )
    running = VerificationJob.objects.get(pk=job.pk)
    assert (running.status, running.stage) == (JobStatus.RUNNING, JobStage.ANALYSE)
    return claim, job


def start_mid_job(stage: str, local_server):
    """Return (claim, job, evidence rows of source 1 written before the kill)."""
    start = start_mid_fetch if stage == "fetch" else start_mid_analysis
    claim, job = start(local_server)
    return claim, job, Evidence.objects.filter(claim=claim, source__url__endswith="/fast").count()


def assert_completed_once(claim, job_id: int, first_pass: int, attempts: int) -> VerificationJob:
    job = wait_for(lambda: finished(job_id), timeout=90, what="the job to complete")
    assert job.status == JobStatus.SUCCEEDED, job.error
    assert job.attempts == attempts
    assert outcomes(job) == (["lost", "succeeded"] if attempts == 2 else ["succeeded"])
    assert duplicate_evidence([claim.pk]) == 0
    fast_rows = Evidence.objects.filter(claim=claim, source__url__endswith="/fast").count()
    assert fast_rows >= 1
    if first_pass:
        # Source 1 was judged twice: its evidence rows were updated in place, not added again.
        assert fast_rows == first_pass
    assert Evidence.objects.filter(claim=claim).exclude(source__url__endswith="/fast").exists()
    return job
