"""A real Celery worker process on Redis, pointed at the test database, for integration tests."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from verifier.routing import KINDS, queues_for, routes_for

REPO = Path(__file__).resolve().parents[2]
# The broker the test process sends to (bin/test exports it); workers must listen there too.
REDIS_URL = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")


class Worker:
    """Start, kill and restart `celery worker` subprocesses consuming the tests' own queue."""

    def __init__(self, *, queue: str, env: dict[str, str], log_dir: Path) -> None:
        self.queue = queue
        self.env = env
        self.log_dir = log_dir
        self.processes: list[subprocess.Popen] = []

    def start(
        self,
        *,
        name: str = "w1",
        concurrency: int = 2,
        pool: str = "prefork",
        kinds: tuple[str, ...] = KINDS,
    ) -> subprocess.Popen:
        """A worker consuming the queues of `kinds` of work (by default fetching and analysis)."""
        log = self.log_dir / f"{name}-{len(self.processes)}.log"
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "verifier",
            "worker",
            "-Q",
            ",".join(queues_for(self.queue, kinds)),
            "-n",
            f"{name}-{self.queue}@%h",
            "-c",
            str(concurrency),
            "-P",
            pool,
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-l",
            "INFO",
        ]
        handle = log.open("wb")
        process = subprocess.Popen(
            command,
            cwd=REPO,
            env=self.env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        process.log_path = log  # type: ignore[attr-defined]
        self.processes.append(process)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"celery worker exited at start:\n{log.read_text()[-3000:]}")
            if b"ready." in log.read_bytes():
                return process
            time.sleep(0.2)
        raise RuntimeError(f"celery worker not ready after 60 s:\n{log.read_text()[-3000:]}")

    def kill(self, process: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
        """Kill the worker and its pool children at once, as a crash would."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        process.wait(timeout=30)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                self.kill(process, signal.SIGTERM)
        self.processes.clear()


def database_url(*, host: str | None = None, port: int | None = None) -> str:
    """The test database's URL for a child process, optionally through another host or port."""
    db = connection.settings_dict
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = host or db.get("HOST") or "127.0.0.1"
    port = port or db.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


@pytest.fixture(scope="session")
def celery_queue() -> str:
    """A queue of this test session's own, so parallel sessions never take each other's tasks."""
    return f"test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def broker_url() -> str:
    """The test process's own broker: the workers must listen where the tests send."""
    url = settings.CELERY_BROKER_URL
    if url != REDIS_URL or not url.startswith("redis://"):
        pytest.exit(f"Integration tests need CELERY_BROKER_URL=redis://…, not {url!r}.", 2)
    return url


@pytest.fixture(scope="session")
def celery_app_for_tests(celery_queue):
    """Route every message the tests send to this session's queues (one per kind of work).

    With the CELERY namespace, Celery looks up the prefixed key first, so the override must use
    it (a plain `task_default_queue` would be shadowed by the Django setting).
    """
    from verifier.celery import app

    app.conf.update(
        CELERY_TASK_DEFAULT_QUEUE=celery_queue, CELERY_TASK_ROUTES=routes_for(celery_queue)
    )
    return app


@pytest.fixture(scope="session")
def worker_pool(
    django_db_setup,
    django_db_blocker,
    celery_app_for_tests,
    celery_queue,
    broker_url,
    tmp_path_factory,
):
    """Workers on Redis reading the test database; stopped before the database is dropped."""
    media = tmp_path_factory.mktemp("worker-media")
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": broker_url,
        "VERIFIER_QUEUE": celery_queue,
        "VERIFIER_FETCH_ALLOW_PRIVATE": "1",
        "VERIFIER_MEDIA_ROOT": str(media),
        "VERIFIER_RETRY_BACKOFF_BASE": "0",
        "DJANGO_SETTINGS_MODULE": "verifier.settings",
        "PYTHONUNBUFFERED": "1",
    }
    pool = Worker(queue=celery_queue, env=env, log_dir=tmp_path_factory.mktemp("worker-logs"))
    pool.media_root = media  # type: ignore[attr-defined]
    yield pool
    pool.stop_all()


@pytest.fixture
def celery_worker(worker_pool, settings) -> Iterator[Worker]:
    """One running worker for the test; the test's file storage is the worker's."""
    settings.MEDIA_ROOT = worker_pool.media_root
    if not any(p.poll() is None for p in worker_pool.processes):
        worker_pool.start()
    yield worker_pool


def wait_for(predicate, *, timeout: float = 60.0, interval: float = 0.2, what: str = "condition"):
    """Poll until predicate() is truthy; fail with `what` when it never becomes so."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
