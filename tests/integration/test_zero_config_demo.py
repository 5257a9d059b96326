"""The zero-configuration stack the demo runs on: SQLite and kombu's filesystem broker.

Everything runs in subprocesses with no DATABASE_URL or CELERY_BROKER_URL, as `bin/demo` does:
migrate, load the seed citing locally served pages, the two workers of `bin/demo` (fetching
on threads, analysis on processes), and several
verifications at once (two writers on one SQLite file must wait for the lock, not fail).
"""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.celery_worker import wait_for

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
DEMO_PAGES = REPO / "demo" / "sources"


def _env(var_dir: Path) -> dict[str, str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_URL", "CELERY_", "VERIFIER_", "DJANGO_"))
    }
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "verifier.settings",
        "VERIFIER_VAR_DIR": str(var_dir),
        "VERIFIER_FETCH_ALLOW_PRIVATE": "1",
    }


def _manage(env: dict[str, str], *args: str) -> str:
    """Run a management command; a run that loses the SQLite write lock is tried again."""
    for _attempt in range(3):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode == 0 or "database is locked" not in result.stderr:
            break
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_the_demo_stack_verifies_claims_on_sqlite_and_the_filesystem_broker(tmp_path, local_server):
    for page in DEMO_PAGES.glob("*.html"):
        local_server.route(f"/{page.name}", body=page.read_bytes())
    env = _env(tmp_path)
    _manage(env, "prepare_folders", "-v", "0")  # as bin/demo does: the settings create none
    _manage(env, "migrate", "--noinput", "-v", "0")
    _manage(env, "load_seed", "--local-sources", local_server.url("/"))
    # The demo's layout (bin/demo): fetching on a thread pool, analysis on two processes.
    workers = [
        subprocess.Popen(
            [REPO / "bin" / "worker", kind, "-c", concurrency, "-l", "INFO"],
            cwd=REPO,
            env={**env, "PYTHON": sys.executable},
            stdout=(tmp_path / f"worker-{kind}.log").open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        for kind, concurrency in (("fetch", "8"), ("analyse", "2"))
    ]
    try:
        queue = (
            "from claims.models import Claim; from claims.services.jobs import "
            "verification_request as v; from django.db import transaction\n"
            "for c in Claim.objects.filter(claim_sources__isnull=False).distinct()[:6]:\n"
            "    with transaction.atomic(): v(claim_id=c.pk)\n"
        )
        _manage(env, "shell", "-c", queue)
        report = (
            "import json; from claims.models import VerificationJob as J; "
            "print(json.dumps(list(J.objects.values('status', 'error'))))"
        )

        def finished():
            # A poll that loses the SQLite lock to the worker simply tries again next second.
            result = subprocess.run(
                [sys.executable, "manage.py", "shell", "-c", report],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            if result.returncode != 0:
                return None
            jobs = json.loads(result.stdout.strip().splitlines()[-1])
            done = [j for j in jobs if j["status"] in ("succeeded", "failed")]
            return jobs if len(jobs) == 6 and len(done) == 6 else None

        jobs = wait_for(finished, timeout=240, interval=1.0, what="six demo verifications")
    finally:
        # A warm shutdown on the filesystem broker can linger; the jobs are done by now.
        for worker in workers:
            os.killpg(worker.pid, signal.SIGTERM)
        for worker in workers:
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait(timeout=30)
    logs = "".join((tmp_path / f"worker-{kind}.log").read_text() for kind in ("fetch", "analyse"))
    errors = [j["error"] for j in jobs if j["status"] != "succeeded"]
    assert errors == [], logs[-3000:]
    # Each kind of work ran on the worker of its kind.
    assert "Task workers.tasks.verify_claim[" in (tmp_path / "worker-fetch.log").read_text()
    assert "Task workers.tasks.analyse_job[" in (tmp_path / "worker-analyse.log").read_text()
    evidence = _manage(
        env, "shell", "-c", "from claims.models import Evidence; print(Evidence.objects.count())"
    )
    assert int(evidence.strip().splitlines()[-1]) >= 6
