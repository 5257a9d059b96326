"""Benchmark: real Celery workers verifying claims whose sources answer after 50 ms.

    python bench/bench_pipeline.py          # 1,000 claims: split 32/2, threads 32, prefork 2
    python bench/bench_pipeline.py --claims 200 --runs split:32/2
    python bench/bench_pipeline.py --claims 300 --runs split:32/2 --profile

Layouts: `split:F/A` is the production one (bin/worker): a fetch worker on F threads and an
analysis worker on A processes, each on the queue of its kind; `threads:N` and `prefork:N` are a
single worker consuming every queue, for comparison.

Each claim cites its own source on a local server (a separate process) that answers after
--delay-ms. Workers consume a queue of their own on Redis and write to the database
verifier_bench_pipeline (dropped and recreated). The time from sending the messages to the last
job finished is set against the ideal that latency and concurrency allow,
claims × delay / concurrency (target at concurrency 32: at least 70 % of it).
With --profile, py-spy samples the worker during the run and the busiest functions are printed.
"""

from __future__ import annotations

import argparse
import os
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
    cpu_seconds,
    django_setup,
    record,
    start_page_server,
    stop_process,
    table,
)
from bench.profiling import Profile
from verifier.routing import ANALYSE, FETCH, KINDS, queues_for

DATABASE = "verifier_bench_pipeline"
BROKER = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/4")
QUEUE = f"bench-{uuid.uuid4().hex[:8]}"
PAGE = (
    "<!doctype html><html lang='en'><head><title>Unit {n} results</title></head><body>"
    "<nav>Home | Results | Contact</nav><article><h1>Unit {n} annual results</h1>"
    "<p>Acme unit {n} reported revenue of {n} million euros for 2025, up from the year before.</p>"
    "<p>The unit opened a new site and now employs {m} people across three regions.</p>"
    "<p>Its director said the order book had never been fuller.</p></article>"
    "<footer>© Acme</footer></body></html>"
)


# --- the slow sources ---------------------------------------------------------------------------
def start_sources(delay: float) -> tuple[Process, int]:
    return start_page_server(lambda n: PAGE.format(n=n, m=n * 3 + 40).encode(), lambda: delay)


# --- the workers --------------------------------------------------------------------------------
def start_worker(
    *, pool: str, concurrency: int, database_url: str, log: Path, kinds: tuple[str, ...] = KINDS
) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": BROKER,
        "VERIFIER_REDIS_URL": BROKER,
        "VERIFIER_QUEUE": QUEUE,
        "VERIFIER_FETCH_ALLOW_PRIVATE": "1",
        # Every source is on 127.0.0.1: politeness would otherwise cap the run at 4 fetches.
        "VERIFIER_FETCH_HOST_CONCURRENCY": str(max(concurrency, 4) * 2),
        "VERIFIER_MEDIA_ROOT": str(RESULTS / "pipeline-media"),
        "VERIFIER_LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    command = [
        sys.executable, "-m", "celery", "-A", "verifier",
        "worker", "-Q", ",".join(queues_for(QUEUE, kinds)),
        "-n", f"bench-{pool}-{'-'.join(kinds)}@%h", "-P", pool, "-c", str(concurrency),
        "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "INFO",
    ]  # fmt: skip
    handle = log.open("wb")
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"worker exited at start:\n{log.read_text()[-3000:]}")
        if b"ready." in log.read_bytes():
            return process
        time.sleep(0.2)
    raise RuntimeError(f"worker not ready after 90 s:\n{log.read_text()[-3000:]}")


# --- one run ---------------------------------------------------------------------------------
def archive(claims: int, port: int) -> list[int]:
    from claims.models import Claim, ClaimSource, Source

    made = Claim.objects.bulk_create(
        Claim(text=f"Acme unit {n} reported revenue of {n} million euros in 2025.", language="en",
              kind="quantity")
        for n in range(claims)
    )  # fmt: skip
    sources = Source.objects.bulk_create(
        Source(url=f"http://127.0.0.1:{port}/unit/{n}", name=f"Unit {n}") for n in range(claims)
    )
    ClaimSource.objects.bulk_create(
        ClaimSource(claim=c, source=s) for c, s in zip(made, sources, strict=True)
    )
    return [c.pk for c in made]


def reset() -> None:
    from claims.models import Claim, Evidence, FetchAttempt, Snapshot, VerificationJob

    Evidence.objects.all().delete()
    Snapshot.objects.all().delete()
    FetchAttempt.objects.all().delete()
    VerificationJob.objects.all().delete()
    Claim.objects.update(suggested_verdict=None, confidence=None)


def layout(spec: str) -> tuple[str, int, list[tuple[str, int, tuple[str, ...]]]]:
    """(name, fetch concurrency, workers as (pool, concurrency, kinds)) from `split:32/2` etc."""
    pool, _, size = spec.partition(":")
    if pool == "split":
        fetchers, analysts = (int(n) for n in size.split("/"))
        workers = [("threads", fetchers, (FETCH,)), ("prefork", analysts, (ANALYSE,))]
        return f"split threads{fetchers}/prefork{analysts}", fetchers, workers
    return f"{pool}{size}", int(size), [(pool, int(size), KINDS)]


def run(claim_ids: list[int], *, spec: str, delay: float, database_url: str,
        profile: bool) -> dict:  # fmt: skip
    from django.conf import settings
    from django.db.models import Max, Q

    from claims.models import JobStatus, VerificationJob
    from workers.tasks import job_fetch

    reset()
    jobs = VerificationJob.objects.bulk_create(
        VerificationJob(claim_id=pk, celery_task_id=str(uuid.uuid4()),
                        max_attempts=settings.VERIFIER_JOB_MAX_ATTEMPTS)
        for pk in claim_ids
    )  # fmt: skip
    name, concurrency, layout_workers = layout(spec)
    workers, profilers, tags = [], [], []
    try:
        for pool, size, kinds in layout_workers:
            tag = f"{pool}{size}-{'-'.join(kinds)}"
            tags.append(tag)
            workers.append(start_worker(
                pool=pool, concurrency=size, database_url=database_url,
                log=RESULTS / f"pipeline-{tag}.log", kinds=kinds,
            ))  # fmt: skip
            if profile:
                profilers.append((tag, Profile(workers[-1].pid, f"pipeline-{tag}")))
        cpu_before = {tag: cpu_seconds(w.pid) for tag, w in zip(tags, workers, strict=True)}
        database_before = _database_cpu()
        started = time.time()
        for job in jobs:
            job_fetch.apply_async(args=[job.pk], task_id=job.celery_task_id)
        done = Q(status__in=[JobStatus.SUCCEEDED, JobStatus.FAILED])
        deadline = time.monotonic() + 120 + len(jobs) * delay * 4
        while VerificationJob.objects.filter(done).count() < len(jobs):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name}: jobs still unfinished at the deadline")
            time.sleep(0.1)
        # CPU spent on the run by each worker (with its pool) and by the database's backends.
        cpu = {
            tag: cpu_seconds(w.pid) - cpu_before[tag] for tag, w in zip(tags, workers, strict=True)
        }
        cpu["PostgreSQL"] = _database_cpu() - database_before
    finally:
        for _tag, profiler in profilers:
            profiler.stop()
        for worker in workers:
            stop_process(worker)
    last = VerificationJob.objects.aggregate(last=Max("finished_at"))["last"].timestamp()
    elapsed = last - started
    ideal = len(jobs) * delay / concurrency
    return {
        "name": name,
        "concurrency": concurrency,
        "succeeded": VerificationJob.objects.filter(status=JobStatus.SUCCEEDED).count(),
        "failed": VerificationJob.objects.filter(status=JobStatus.FAILED).count(),
        "elapsed": elapsed,
        "ideal": ideal,
        "rate": len(jobs) / elapsed,
        "profiles": profilers,
        "cpu": cpu,
    }


def _database_cpu() -> float:
    """CPU used so far by the PostgreSQL backends serving the bench database."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()"
        )
        return sum(cpu_seconds(pid) for (pid,) in cursor.fetchall())


def _verdict(result: dict) -> str:
    """The target is set for a fetch concurrency of 32; other runs are there to compare."""
    if result["concurrency"] != 32:
        return "-"
    return "met" if result["ideal"] / result["elapsed"] >= 0.7 else "missed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--delay-ms", type=int, default=50)
    parser.add_argument(
        "--runs",
        default="split:32/2,threads:32,prefork:2",
        help="layouts, comma-separated: split:F/A (F fetch threads, A analysis processes), "
        "threads:N, prefork:N",
    )
    parser.add_argument("--profile", action="store_true", help="sample the workers with py-spy")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    database_url = bench_database(DATABASE)
    django_setup(database_url, CELERY_BROKER_URL=BROKER, VERIFIER_QUEUE=QUEUE)
    from verifier.celery import app  # noqa: F401  (binds the tasks to the configured app)

    delay = args.delay_ms / 1000
    sources, port = start_sources(delay)
    try:
        claim_ids = archive(args.claims, port)
        results = []
        for spec in args.runs.split(","):
            print(f"running {args.claims} jobs on {spec} …", flush=True)
            results.append(run(claim_ids, spec=spec, delay=delay, database_url=database_url,
                               profile=args.profile))  # fmt: skip
    finally:
        sources.terminate()
    headers = ["workers", "claims", "succeeded", "failed", "time s", "ideal s",
               "jobs/s", "% of ideal", "target ≥ 70 % (at 32)"]  # fmt: skip
    rows = [
        [r["name"], args.claims, r["succeeded"], r["failed"], f"{r['elapsed']:.1f}",
         f"{r['ideal']:.2f}", f"{r['rate']:.0f}", f"{r['ideal'] / r['elapsed']:.0%}",
         _verdict(r)]
        for r in results
    ]  # fmt: skip
    print(f"\nsources answer after {args.delay_ms} ms; ideal = claims × delay / concurrency")
    print(table(headers, rows))
    cores = os.cpu_count() or 1
    cpu_headers = ["workers", "where the CPU went, ms per job", "total ms/job",
                   f"most jobs/s {cores} cores allow", "best % of ideal"]  # fmt: skip
    cpu_rows = []
    for r in results:
        per_job = {name: seconds * 1000 / args.claims for name, seconds in r["cpu"].items()}
        total = sum(per_job.values())
        most = cores * 1000 / total if total else float("inf")
        best = min(1.0, most * r["ideal"] / args.claims)
        cpu_rows.append([r["name"], ", ".join(f"{n} {ms:.1f}" for n, ms in per_job.items()),
                         f"{total:.1f}", f"{most:.0f}", f"{best:.0%}"])  # fmt: skip
    print("\nCPU per job (from /proc; the load generator and the source server not counted):")
    print(table(cpu_headers, cpu_rows))
    for r in results:
        for tag, profile in r["profiles"]:
            print(f"\npy-spy on the {tag} worker ({profile.folded.relative_to(REPO)}):")
            print(table(["innermost frame in", "samples"], profile.by_package()))
            print(table(["innermost function", "samples"], profile.by_function()))
            print(table(["our function, anywhere on the stack", "samples"], profile.ours()))
    path = record("pipeline", settings=vars(args), headers=headers, rows=rows)
    record("pipeline-cpu", settings=vars(args), headers=cpu_headers, rows=cpu_rows)
    print(f"\nrecorded in {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
