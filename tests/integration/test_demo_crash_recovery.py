"""The demo's stack (SQLite, the filesystem broker, no Redis) recovers from a killed worker too.

As `bin/demo` runs it: `bin/worker fetch`, `bin/worker analyse` and `bin/beat`, each a process
of its own, at default settings. The fetch worker is killed with `kill -9` while a job waits on
a slow source; a new one is started; the job is back through the heartbeat (kept in the
database, since there is no Redis here), not through the hard time limit.
"""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.scenarios import page
from tests.integration.test_zero_config_demo import REPO, _env, _manage
from tests.support.celery_worker import wait_for
from tests.support.httpserver import Response

pytestmark = pytest.mark.integration


def _start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        command, cwd=REPO, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip


def _stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    try:
        os.killpg(process.pid, sig)
        process.wait(timeout=20)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def _rows(database: Path, sql: str) -> list[tuple]:
    """Read the demo's SQLite file directly; a read that meets a writer's lock tries again."""
    try:
        with sqlite3.connect(database, timeout=5) as db:
            return db.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []


def test_the_demo_stack_resumes_a_killed_worker_s_job_through_its_heartbeat(tmp_path, local_server):
    fast = local_server.route("/fast", body=page("fast"))
    # The first fetch hangs long enough for the kill; the retry answers at once.
    slow = local_server.sequence(
        "/slow", Response(body=page("slow"), delay=20), Response(body=page("slow"))
    )
    env = {**_env(tmp_path), "PYTHON": sys.executable}
    _manage(env, "prepare_folders", "-v", "0")  # as bin/demo does: the settings create none
    _manage(env, "migrate", "--noinput", "-v", "0")
    queue = (
        "from claims.models import Claim, Source, ClaimSource\n"
        "from claims.services.jobs import verification_request\n"
        "from django.db import transaction\n"
        "c = Claim.objects.create(text='Acme Robotics employs 340 people.', language='en')\n"
        f"for url in ({fast!r}, {slow!r}):\n"
        "    ClaimSource.objects.create(claim=c, source=Source.objects.create(url=url))\n"
        "with transaction.atomic(): verification_request(claim_id=c.pk)\n"
    )
    database = tmp_path / "verifier.sqlite3"
    processes = {
        "beat": _start([str(REPO / "bin" / "beat"), "-s", str(tmp_path / "schedule")], env,
                       tmp_path / "beat.log"),
        "analyse": _start([str(REPO / "bin" / "worker"), "analyse", "-c", "1"], env,
                          tmp_path / "worker-analyse.log"),
        "fetch": _start([str(REPO / "bin" / "worker"), "fetch", "-c", "4"], env,
                        tmp_path / "worker-fetch.log"),
    }  # fmt: skip
    try:
        _manage(env, "shell", "-c", queue)
        wait_for(
            lambda: local_server.hits("/slow") >= 1, timeout=120, what="the slow fetch to start"
        )
        _stop(processes["fetch"], signal.SIGKILL)
        processes["fetch"] = _start(
            [str(REPO / "bin" / "worker"), "fetch", "-c", "4"], env, tmp_path / "worker-fetch.log"
        )
        job = wait_for(
            lambda: _rows(
                database,
                "select status, attempts from claims_verificationjob"
                " where status in ('succeeded', 'failed')",
            ),
            timeout=180,
            interval=1.0,
            what="the job to finish after the kill",
        )
    finally:
        for process in processes.values():
            _stop(process)
    logs = (tmp_path / "worker-fetch.log").read_text(errors="replace")[-3000:]
    assert job == [("succeeded", 2)], logs
    ((error,),) = _rows(database, "select error from claims_jobattempt where number = 1")
    assert "no heartbeat for 15 s" in error  # liveness, not the 300 s hard limit
    assert local_server.hits("/fast") == 1  # the new attempt resumed after the kept source


def test_a_worker_refuses_to_embed_the_scheduler():
    result = subprocess.run(
        [str(REPO / "bin" / "worker"), "fetch", "-B", "-l", "INFO"],
        cwd=REPO,
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "bin/beat" in result.stderr
