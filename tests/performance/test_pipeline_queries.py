"""A verification costs a fixed number of SQL statements per source, however much it finds.

Measured stage by stage, as the two workers run them. The pipeline bench found per-statement
round trips to be most of a job's time (docs/benchmarks.md): an ORM call added per evidence
row, or per source without need, fails here first.
"""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Evidence, VerificationJob
from claims.services.jobs import (
    job_analysis_start,
    job_complete,
    job_fetch_start,
    job_handoff,
)
from tests.factories import ClaimFactory, SourceFactory, cite
from workers.pipeline import analyse_fetched, fetch_sources

# Not transactional: no commit, so no on-commit message reaches a worker another test left
# running on this session's queues (BEGIN/COMMIT are counted as SAVEPOINT/RELEASE instead).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]

CLAIM = "Acme Robotics reported revenue of 12 million euros in 2025."
FACT = "<p>Acme Robotics reported revenue of 12 million euros in 2025, its annual report says.</p>"
FILLER = "<p>The {n}th depot of the group shipped {m} crates of parts in 2019.</p>"


def _page(facts: int) -> bytes:
    """A report with `facts` passages that bear on CLAIM among unrelated ones."""
    rows = [FACT.replace("report", f"report (part {n})") for n in range(facts)]
    rows += [FILLER.format(n=n + 4, m=n * 31) for n in range(6)]
    return (
        f"<!doctype html><html lang='en'><head><title>Acme</title></head><body><article>"
        f"<h1>Acme Robotics results</h1>{''.join(rows)}</article></body></html>"
    ).encode()


def _statements(local_server, settings, tmp_path, *, sources: int, facts: int) -> dict:
    settings.MEDIA_ROOT = tmp_path
    claim = ClaimFactory(text=CLAIM, language="en")
    for n in range(sources):
        cite(
            claim,
            SourceFactory(url=local_server.route(f"/s{sources}-{facts}-{n}", body=_page(facts))),
        )
    job = VerificationJob.objects.create(claim=claim, celery_task_id=str(uuid.uuid4()))
    counts = {}
    with CaptureQueriesContext(connection) as queries:
        running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
        counts["start"] = len(queries)
        fetched = fetch_sources(running)
        counts["fetch"] = len(queries) - sum(counts.values())
        job_handoff(job=running, fetched=fetched.handoff(), message="fetched")
        analysing = job_analysis_start(job_id=job.pk, task_id=running.celery_task_id)
        counts["handoff"] = len(queries) - sum(counts.values())
        outcome = analyse_fetched(analysing)
        counts["analyse"] = len(queries) - sum(counts.values())
        job_complete(job=analysing, suggestion=outcome.suggestion, message=outcome.summary)
        counts["finish"] = len(queries) - sum(counts.values())
    counts["evidence"] = Evidence.objects.filter(claim=claim).count()
    return counts


def test_a_job_costs_the_same_statements_however_many_passages_it_keeps(
    local_server, settings, tmp_path
):
    few = _statements(local_server, settings, tmp_path, sources=1, facts=1)
    many = _statements(local_server, settings, tmp_path, sources=1, facts=4)
    assert many["evidence"] > few["evidence"]  # more passages kept...
    assert {k: v for k, v in many.items() if k != "evidence"} == {
        k: v for k, v in few.items() if k != "evidence"
    }  # ...for the same statements
    # The whole one-source job, its transactions' boundaries included (37: one more since the
    # machine's suggestion has its own row in the claim's history).
    assert sum(v for k, v in few.items() if k != "evidence") <= 37, few


def test_each_further_source_adds_a_fixed_number_of_statements(local_server, settings, tmp_path):
    one = _statements(local_server, settings, tmp_path, sources=1, facts=2)
    three = _statements(local_server, settings, tmp_path, sources=3, facts=2)
    per_source = {stage: (three[stage] - one[stage]) / 2 for stage in ("fetch", "analyse")}
    # Fetch: progress, fetch attempt, snapshot. Analysis: progress, the text, and the evidence
    # (its transaction: begin, lookup, savepoint, insert, their history, release, commit).
    assert per_source == {"fetch": 3, "analyse": 9}, (one, three)
    assert (three["start"], three["handoff"], three["finish"]) == (
        one["start"],
        one["handoff"],
        one["finish"],
    )
