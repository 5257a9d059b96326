"""Configuration: zero variables gives a working setup; a malformed one stops start-up loudly."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _start(env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_URL", "CELERY_", "VERIFIER_", "DJANGO_"))
    }
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['ENGINE'], settings.CELERY_BROKER_URL)",
        ],
        cwd=REPO,
        env={**clean, "DJANGO_SETTINGS_MODULE": "verifier.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_runs_on_zero_environment_variables_with_sqlite_and_a_serverless_broker(tmp_path):
    result = _start({"VERIFIER_VAR_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "filesystem://"]


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("DATABASE_URL", "mysql://db/x", "DATABASE_URL='mysql://db/x' is not a supported URL"),
        ("DATABASE_URL", "postgres://", "has no host"),
        (
            "CELERY_BROKER_URL",
            "kafka://broker",
            "CELERY_BROKER_URL='kafka://broker' is not a supported",
        ),
        ("VERIFIER_FETCH_ALLOW_PRIVATE", "maybe", "is not a boolean"),
        ("VERIFIER_FETCH_MAX_BYTES", "ten", "is not an integer"),
        # One late beat must not declare a live worker dead.
        ("VERIFIER_WORKER_HEARTBEAT_TTL", "9", "at least twice VERIFIER_WORKER_HEARTBEAT_EVERY"),
        # The fetch stage must hand over what it has before Celery's soft limit stops it.
        ("VERIFIER_JOB_FETCH_DEADLINE", "240", "must be below VERIFIER_TASK_SOFT_TIME_LIMIT"),
    ],
)
def test_it_stops_start_up_on_a_malformed_value(tmp_path, name, value, message):
    result = _start({"VERIFIER_VAR_DIR": str(tmp_path), name: value})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_it_switches_to_postgresql_and_redis_from_the_environment(tmp_path):
    result = _start(
        {
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/verifier",
            "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
            # DEBUG is on by default, which the settings refuse against PostgreSQL unless forced.
            "VERIFIER_FORCE_UNSAFE_START": "1",
        }
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.postgresql", "redis://127.0.0.1:6379/0"]


def test_private_addresses_are_refused_unless_the_switch_is_on(tmp_path):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.VERIFIER_FETCH_ALLOW_PRIVATE)"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VERIFIER_")}
    base = {
        **clean,
        "DJANGO_SETTINGS_MODULE": "verifier.settings",
        "VERIFIER_VAR_DIR": str(tmp_path),
        # DATABASE_URL may be PostgreSQL, where DEBUG (on by default) is refused unless forced.
        "VERIFIER_FORCE_UNSAFE_START": "1",
    }
    off = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=base, capture_output=True, text=True, timeout=60
    )
    on = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={**base, "VERIFIER_FETCH_ALLOW_PRIVATE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (off.stdout.strip(), on.stdout.strip()) == ("False", "True")
