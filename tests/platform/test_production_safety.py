"""Production safety: unsafe settings stop start-up, limits are checked, imports write nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
POSTGRES = "postgres://postgres@127.0.0.1:5432/verifier"
SETTING = (
    "import django; django.setup(); from django.conf import settings; print(repr(settings.{name}))"
)


def _run(args: list[str], env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess:
    # Only what the test says: none of bin/test's variables (the force switch among them).
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_URL", "CELERY_", "VERIFIER_", "DJANGO_"))
    }
    return subprocess.run(
        args,
        cwd=REPO,
        env={**clean, "DJANGO_SETTINGS_MODULE": "verifier.settings", **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _setting(name: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return _run([sys.executable, "-c", SETTING.format(name=name)], env)


@pytest.mark.parametrize(
    ("env", "reason"),
    [
        ({"DATABASE_URL": POSTGRES}, "DJANGO_DEBUG is on against PostgreSQL"),
        (
            {"DJANGO_ALLOWED_HOSTS": "localhost,verifier.example.org"},
            "DJANGO_DEBUG is on with public host names (verifier.example.org)",
        ),
        (
            {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "x" * 50, "DJANGO_ALLOWED_HOSTS": "*"},
            "DJANGO_ALLOWED_HOSTS accepts any host (*)",
        ),
    ],
)
def test_it_refuses_to_start_unsafely_unless_forced(tmp_path, env, reason):
    env = {**env, "VERIFIER_VAR_DIR": str(tmp_path)}
    refused = _setting("DEBUG", env)
    assert refused.returncode != 0
    assert "ImproperlyConfigured: Refusing to start" in refused.stderr
    assert reason in refused.stderr and "VERIFIER_FORCE_UNSAFE_START=1" in refused.stderr
    forced = _setting("DEBUG", {**env, "VERIFIER_FORCE_UNSAFE_START": "1"})
    assert forced.returncode == 0, forced.stderr


def test_a_developer_machine_starts_with_debug_on(tmp_path):
    started = _setting("DEBUG", {"VERIFIER_VAR_DIR": str(tmp_path)})
    assert (started.returncode, started.stdout.strip()) == (0, "True"), started.stderr


def test_postgresql_connections_are_checked_before_reuse(tmp_path):
    production = {
        "DATABASE_URL": POSTGRES,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "x" * 50,
        "VERIFIER_VAR_DIR": str(tmp_path),
    }
    done = _setting("DATABASES['default']['CONN_HEALTH_CHECKS']", production)
    assert (done.returncode, done.stdout.strip()) == (0, "True"), done.stderr


@pytest.mark.parametrize(
    ("limits", "error"),
    [
        ({"VERIFIER_TASK_SOFT_TIME_LIMIT": "300", "VERIFIER_TASK_TIME_LIMIT": "300"}, "E001"),
        ({"VERIFIER_TASK_TIME_LIMIT": "900", "VERIFIER_BROKER_VISIBILITY_TIMEOUT": "900"}, "E002"),
    ],
)
def test_the_checks_refuse_time_limits_in_the_wrong_order(tmp_path, limits, error):
    env = {"VERIFIER_VAR_DIR": str(tmp_path), "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0"}
    assert _run([sys.executable, "manage.py", "check"], env).returncode == 0
    refused = _run([sys.executable, "manage.py", "check"], {**env, **limits})
    assert refused.returncode != 0
    assert f"verifier.{error}" in refused.stderr


def test_a_worker_refuses_to_start_with_time_limits_in_the_wrong_order(tmp_path):
    env = {
        "VERIFIER_VAR_DIR": str(tmp_path),
        "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
        "VERIFIER_TASK_SOFT_TIME_LIMIT": "600",
        "VERIFIER_TASK_TIME_LIMIT": "300",
    }
    worker = [sys.executable, "-m", "celery", "-A", "verifier", "worker", "-P", "solo"]
    refused = _run([*worker, "-Q", "verifier.never-used"], env, timeout=300)
    assert refused.returncode != 0
    assert "verifier.E001" in refused.stderr


def test_importing_the_settings_creates_no_folder_and_the_command_does(tmp_path):
    var = tmp_path / "var"
    env = {"VERIFIER_VAR_DIR": str(var)}
    assert _setting("STATIC_ROOT", env).returncode == 0
    assert not var.exists()
    done = _run([sys.executable, "manage.py", "prepare_folders"], env)
    assert done.returncode == 0, done.stderr
    created = sorted(str(p.relative_to(var)) for p in var.rglob("*") if p.is_dir())
    assert created == [
        "broker",
        "broker/control",
        "broker/processed",
        "broker/queue",
        "media",
        "static",
    ]
    assert _run([sys.executable, "manage.py", "prepare_folders"], env).stdout == ""
