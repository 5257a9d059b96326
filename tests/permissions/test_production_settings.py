"""Production settings: `check --deploy` is clean with DEBUG off; no secret key, no start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**base, "DJANGO_SETTINGS_MODULE": "verifier.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deploy_checks_pass_under_the_production_environment(tmp_path):
    done = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="k3y-" + "a1B2c3D4e5" * 6,
        DJANGO_ALLOWED_HOSTS="verifier.example.org",
        VERIFIER_VAR_DIR=str(tmp_path),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_debug_off_without_a_secret_key_refuses_to_start(tmp_path):
    done = _manage("check", DJANGO_DEBUG="0", VERIFIER_VAR_DIR=str(tmp_path))
    assert done.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in done.stderr


def test_the_development_defaults_fail_the_deploy_checks(tmp_path):
    # The same command catches a production started with the development defaults.
    done = _manage("check", "--deploy", "--fail-level", "WARNING", VERIFIER_VAR_DIR=str(tmp_path))
    assert done.returncode != 0
    assert "DEBUG" in done.stderr + done.stdout
