"""Benchmark: `kill -9` of a worker with jobs in flight; the time until every job is done.

    BENCH_REDIS_URL=redis://127.0.0.1:6379/9 python bench/bench_recovery.py
    python bench/bench_recovery.py --jobs 20 --kill fetch

The production layout at default settings (heartbeat every 5 s, dead after 15 s, sweeper every
15 s, hard limit 300 s, politeness slots leased for 15 s and 4 per host): `bin/worker fetch`,
`bin/worker analyse` and `bin/beat`, each a process of its own, on PostgreSQL (the database
verifier_bench_recovery, dropped and recreated) and Redis. Each claim cites one page of a local
server that answers in 2–3 s (all on one host, so the politeness cap of 4 applies).

- `--kill fetch`: the jobs are queued, the fetch worker is killed once it has them all in hand
  (fetching or waiting for a slot), and a new one is started at once, as an operator would;
- `--kill analyse`: each page is a long ledger that takes seconds to analyse; the analysis
  worker is killed once an analysis is under way, and a new one started at once.
Printed: the time from the kill to the last of the killed worker's own jobs done, to the last
of the others done (queued, or on another worker: with more than 32 jobs some wait in the
queue, and must not be held back by the dead worker's politeness leases), to the last job done
(which includes the backlog the analysis would have had anyway), and how the lost attempts came
back (the sweeper's record on each). Target (issue 17): the killed worker's jobs
succeed within 60 s of the kill, nothing lost.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from multiprocessing import Process
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    REPO,
    RESULTS,
    bench_database,
    django_setup,
    record,
    start_page_server,
    stop_process,
    table,
)

DATABASE = "verifier_bench_recovery"
BROKER = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/4")
QUEUE = f"bench-recovery-{uuid.uuid4().hex[:8]}"
CLAIM = "Acme unit {n} employs {m} people."
SHORT = "<p>Acme unit {n} now employs {m} people after opening a second site.</p>"
# About 90 bytes a paragraph: --ledger 3000 takes a few seconds to extract and match here.
LEDGER_ROW = "<p>Entry {i}: the depot in region {r} shipped {c} crates of parts, it says.</p>"


def start_sources(ledger_rows: int) -> tuple[Process, int]:
    ledger = "".join(LEDGER_ROW.format(i=i, r=i % 97, c=i * 7 % 1000) for i in range(ledger_rows))

    def page(n: int) -> bytes:
        text = SHORT.format(n=n, m=n * 3 + 40)
        return f"<html lang='en'><body><article>{ledger}{text}</article></body></html>".encode()

    # The sources: 2–3 s to answer.
    return start_page_server(page, lambda: random.uniform(2.0, 3.0))


def _env(database_url: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("VERIFIER_", "CELERY_"))},
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": BROKER,
        "VERIFIER_REDIS_URL": BROKER,
        "VERIFIER_QUEUE": QUEUE,
        "VERIFIER_FETCH_ALLOW_PRIVATE": "1",
        "VERIFIER_MEDIA_ROOT": str(RESULTS / "recovery-media"),
        "PYTHON": sys.executable,
        "PYTHONUNBUFFERED": "1",
    }


def start(
    command: list[str], env: dict[str, str], log: Path, ready: bytes | None
) -> subprocess.Popen:
    """Start a process of the deployment (bin/worker, bin/beat); wait for `ready` in its log."""
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 90
    while ready and time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{command[0]} exited at start:\n{log.read_text()[-3000:]}")
        if ready in log.read_bytes():
            return process
        time.sleep(0.2)
    if ready:
        raise RuntimeError(f"{command} not ready after 90 s:\n{log.read_text()[-3000:]}")
    return process


def worker(kind: str, env: dict[str, str], tag: str) -> subprocess.Popen:
    log = RESULTS / f"recovery-{kind}-{tag}.log"
    return start([str(REPO / "bin" / "worker"), kind, "-l", "INFO"], env, log, b"ready.")


def queue_jobs(count: int, port: int) -> list[int]:
    from django.db import transaction

    from claims.models import Claim, ClaimSource, Source
    from claims.services.jobs import verification_request

    ids = []
    for n in range(count):
        claim = Claim.objects.create(text=CLAIM.format(n=n, m=n * 3 + 40), language="en")
        source = Source.objects.create(url=f"http://127.0.0.1:{port}/unit/{n}", name=f"Unit {n}")
        ClaimSource.objects.create(claim=claim, source=source)
        with transaction.atomic():
            ids.append(verification_request(claim_id=claim.pk)[0].pk)
    return ids


def wait(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.1)


def run(kill: str, jobs: int, ledger: int, database_url: str) -> list[object]:
    from django.db.models import Max

    from claims.models import JobAttempt, JobStage, JobStatus, VerificationJob

    sources, port = start_sources(ledger if kill == "analyse" else 0)
    env = _env(database_url)
    processes = {
        "beat": start([str(REPO / "bin" / "beat"), "-l", "INFO", "-s",
                       str(RESULTS / f"recovery-beat-{QUEUE}")], env,
                      RESULTS / f"recovery-beat-{kill}.log", None),
        "fetch": worker("fetch", env, f"{kill}-first"),
        "analyse": worker("analyse", env, f"{kill}-first"),
    }  # fmt: skip
    try:
        job_ids = queue_jobs(jobs, port)
        jobs_of = VerificationJob.objects.filter(pk__in=job_ids)
        if kill == "fetch":
            # The fetch worker (32 threads) holds up to 32 jobs: fetching, or waiting for a slot.
            held = min(jobs, 32)
            wait(lambda: jobs_of.filter(status=JobStatus.RUNNING).count() >= held, 60, "jobs")
            time.sleep(1.0)
        else:
            wait(lambda: jobs_of.filter(stage=JobStage.ANALYSE, stage_started_at__isnull=False)
                 .exists(), 120, "an analysis under way")  # fmt: skip
        # The killed worker's own jobs: running on it (bin/worker names it `<kind>@host`).
        in_flight = list(
            jobs_of.filter(status=JobStatus.RUNNING, run_by__startswith=f"{kill}@").values_list(
                "pk", flat=True
            )
        )
        stop_process(processes[kill], signal.SIGKILL)  # the worker and its pool, nothing cleans up
        killed_at = time.time()
        processes[kill] = worker(kill, env, f"{kill}-restarted")
        done = [JobStatus.SUCCEEDED, JobStatus.FAILED]
        wait(lambda: jobs_of.filter(status__in=done).count() == jobs, 600, "all jobs done")
    finally:
        for process in processes.values():
            stop_process(process)
        sources.terminate()
    last = jobs_of.aggregate(last=Max("finished_at"))["last"].timestamp() - killed_at
    flown = jobs_of.filter(pk__in=in_flight)
    flown_last = flown.aggregate(last=Max("finished_at"))["last"].timestamp() - killed_at
    lost = JobAttempt.objects.filter(job__in=jobs_of, outcome=JobAttempt.Outcome.LOST)
    through_liveness = lost.filter(error__contains="no heartbeat").count()
    failed = jobs_of.filter(status=JobStatus.FAILED).count()
    flown_ok = flown.filter(status=JobStatus.SUCCEEDED).count()
    others = jobs_of.exclude(pk__in=in_flight).aggregate(last=Max("finished_at"))["last"]
    return [
        f"{kill} worker", jobs, len(in_flight), f"{flown_ok} / {len(in_flight)}",
        f"{flown_last:.1f}", f"{others.timestamp() - killed_at:.1f}" if others else "-",
        jobs_of.filter(status=JobStatus.SUCCEEDED).count(), failed,
        f"{through_liveness} / {lost.count()}", f"{last:.1f}",
        "met" if flown_last <= 60 and flown_ok == len(in_flight) and not failed else "missed",
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=15)
    parser.add_argument("--kill", default="fetch,analyse", help="fetch, analyse or both")
    parser.add_argument("--ledger", type=int, default=3000, help="paragraphs of the analysed pages")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    database_url = bench_database(DATABASE)
    django_setup(database_url, CELERY_BROKER_URL=BROKER, VERIFIER_QUEUE=QUEUE)
    from django.conf import settings

    from verifier.celery import app  # noqa: F401  (binds the tasks to the configured app)

    rows = []
    for kill in args.kill.split(","):
        print(f"{args.jobs} jobs, kill -9 of the {kill} worker …", flush=True)
        rows.append(run(kill, args.jobs, args.ledger, database_url))
    headers = ["killed", "jobs", "on the killed worker", "of those succeeded",
               "kill → those done s", "kill → the others done s", "all succeeded", "all failed",
               "lost attempts back through liveness", "kill → all done s",
               "target: those ≤ 60 s"]  # fmt: skip
    print(
        f"\ndefault settings: heartbeat every {settings.VERIFIER_WORKER_HEARTBEAT_EVERY} s, "
        f"TTL {settings.VERIFIER_WORKER_HEARTBEAT_TTL} s, sweep every "
        f"{settings.VERIFIER_SWEEP_EVERY} s, hard limit {settings.CELERY_TASK_TIME_LIMIT} s, "
        f"slot lease {settings.VERIFIER_FETCH_SLOT_LEASE} s; sources answer in 2–3 s"
    )
    print(table(headers, rows))
    name = "recovery" if args.jobs == 15 else f"recovery-{args.jobs}-jobs"
    path = record(name, settings=vars(args), headers=headers, rows=rows)
    print(f"\nrecorded in {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
