"""Queues by kind of work: fetching waits on the network, analysis keeps a core busy.

A verification runs in two tasks. The fetch stage (`job_fetch`) preserves every cited source: it
spends its time waiting on remote servers, so it belongs on a thread pool at high concurrency.
The analysis stage (`job_analyse`) extracts the text and matches the claim against it: pure
CPU under the GIL, so it belongs on a prefork pool with about one process per core. Each kind
gets its own queue, named after the default queue, so one VERIFIER_QUEUE setting moves a whole
deployment (or a test session) to its own set of queues.
"""

from __future__ import annotations

FETCH = "fetch"
ANALYSE = "analyse"
KINDS = (FETCH, ANALYSE)

# The registered task names, what a queued message carries: they never change, so messages
# already in a queue still find their task after a rename of the function (workers.tasks).
JOB_FETCH_TASK = "workers.tasks.verify_claim"
JOB_ANALYSE_TASK = "workers.tasks.analyse_job"
SWEEP_JOBS_TASK = "workers.tasks.sweep_jobs"
RECHECK_SOURCES_TASK = "workers.tasks.recheck_sources"
RECHECK_SOURCE_TASK = "workers.tasks.recheck_source"
DISCOVER_TASK = "workers.tasks.discover_for_claim"
EXTRACT_ARTICLE_TASK = "workers.tasks.extract_article"

# Tasks not listed go to the default queue (the periodic sweeps, provider discovery).
TASK_KINDS = {
    JOB_FETCH_TASK: FETCH,
    # A re-check extracts the page's text too, but re-checks are a daily trickle of single
    # pages whose time goes to the network: they stay with the fetchers.
    RECHECK_SOURCE_TASK: FETCH,
    JOB_ANALYSE_TASK: ANALYSE,
    EXTRACT_ARTICLE_TASK: ANALYSE,  # finding an article's claims: CPU, like analysis
}


def queue_for(default_queue: str, kind: str) -> str:
    """The queue of one kind of work: `verifier.fetch`, `verifier.analyse`."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of work {kind!r}; expected one of {KINDS}")
    return f"{default_queue}.{kind}"


def routes_for(default_queue: str) -> dict[str, dict[str, str]]:
    """Celery's `task_routes` for a deployment whose default queue is `default_queue`."""
    return {task: {"queue": queue_for(default_queue, kind)} for task, kind in TASK_KINDS.items()}


def queues_for(default_queue: str, kinds: tuple[str, ...] = KINDS) -> list[str]:
    """What a worker doing `kinds` consumes; the default queue goes with the fetchers."""
    queues = [queue_for(default_queue, kind) for kind in kinds]
    return [default_queue, *queues] if FETCH in kinds else queues
