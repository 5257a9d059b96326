"""Fault tests: real workers, a private Redis one can stop, a database link one can cut."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest
from celery import Celery
from django.db import connection

from tests.support.celery_worker import REPO, Worker, database_url
from tests.support.redis_server import RedisServer
from tests.support.tcp_proxy import TcpProxy
from verifier.routing import routes_for

# One line per fault test (what was broken, jobs lost, duplicate evidence rows), for the README.
FIGURES: list[str] = []


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "faults: kills workers, stops Redis, cuts the database (real processes)"
    )


def pytest_terminal_summary(terminalreporter) -> None:
    if FIGURES:
        terminalreporter.section("fault figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture
def report_fault():
    """Record the figures of a fault test; they are printed at the end of the run."""

    def report(line: str) -> None:
        FIGURES.append(line)
        print(line)

    return report


@pytest.fixture
def private_redis(tmp_path) -> Iterator[RedisServer]:
    """A Redis of this test's own: stopping it disturbs no other test or session."""
    server = RedisServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def db_link() -> Iterator[TcpProxy]:
    """A road to PostgreSQL that the test can cut and restore (for a web server or a worker)."""
    db = connection.settings_dict
    with TcpProxy((db.get("HOST") or "127.0.0.1", int(db.get("PORT") or 5432))) as proxy:
        yield proxy


@pytest.fixture
def fault_queue() -> str:
    return f"faults-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def sender_app(private_redis, fault_queue) -> Iterator[Celery]:
    """A Celery app of the test's own that sends to the private Redis, made current meanwhile.

    A second app instead of re-pointing the session's: the session app's connection and producer
    pools are cached against the shared Redis, and re-pointing them in place would leak into the
    tests that run after this one. `workers.tasks.verify_claim` is a shared task, resolved through
    the current app at each call, so the services' own `_send` uses this app unchanged.
    """
    from celery import _state

    previous = _state.get_current_app()
    app = Celery("verifier-faults", set_as_current=False)
    # Configured by hand, not from Django settings: Celery reads CELERY_BROKER_URL from the
    # environment ahead of any conf value, and the namespaced settings shadow plain conf keys.
    app.conf.update(
        broker_url=private_redis.url(),
        broker_write_url=private_redis.url(),
        task_default_queue=fault_queue,
        task_routes=routes_for(fault_queue),
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        # Fail fast while the broker is down: the row stays pending and the sweeper re-sends it.
        broker_transport_options={"visibility_timeout": 3600, "max_retries": 1},
        task_publish_retry_policy={"max_retries": 1, "interval_start": 0},
    )
    app.set_current()
    yield app
    previous.set_current()
    app.close()


@pytest.fixture
def fault_workers(
    django_db_setup, private_redis, fault_queue, tmp_path_factory, settings
) -> Iterator[Worker]:
    """Worker processes on the private Redis and the test database, all stopped at the end."""
    media = tmp_path_factory.mktemp("fault-media")
    settings.MEDIA_ROOT = media
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": private_redis.url(),
        "VERIFIER_QUEUE": fault_queue,
        "VERIFIER_FETCH_ALLOW_PRIVATE": "1",
        "VERIFIER_MEDIA_ROOT": str(media),
        "VERIFIER_RETRY_BACKOFF_BASE": "0",
        "DJANGO_SETTINGS_MODULE": "verifier.settings",
        "PYTHONUNBUFFERED": "1",
    }
    pool = Worker(queue=fault_queue, env=env, log_dir=tmp_path_factory.mktemp("fault-logs"))
    yield pool
    pool.stop_all()


@pytest.fixture
def scheduler(fault_workers, tmp_path_factory) -> Iterator:
    """`start()` runs `celery beat` as its own process, as deployed, with the workers' settings.

    Started after the test has set the workers' environment, so both agree on the sweep
    interval and the heartbeat TTL; stopped at the end.
    """
    processes: list[subprocess.Popen] = []
    folder = tmp_path_factory.mktemp("beat")

    def start() -> subprocess.Popen:
        log = folder / f"beat-{len(processes)}.log"
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "verifier", "beat", "-l", "INFO",
             "-s", str(folder / "schedule"), "--pidfile", ""],
            cwd=REPO,
            env=fault_workers.env,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        process.log_path = log  # type: ignore[attr-defined]
        processes.append(process)
        return process

    yield start
    for process in processes:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
