"""Installs: one hash-checked lock for Python 3.11 to 3.13, the newest interpreter, quietly."""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LOCKS = ("requirements.txt", "requirements-dev.txt")


def _pins(lock: str) -> dict[str, list[str]]:
    """{"name==version ; marker": [hashes]} for every requirement of a lock."""
    pins: dict[str, list[str]] = {}
    current = None
    for line in (REPO / lock).read_text().splitlines():
        if line and not line.startswith((" ", "#")):
            current = line.rstrip(" \\")
            pins[current] = []
        elif current and line.strip().startswith("--hash=sha256:"):
            pins[current].append(line.strip().removeprefix("--hash=sha256:").rstrip(" \\"))
    return pins


@pytest.mark.parametrize("lock", LOCKS)
def test_every_package_of_a_lock_is_pinned_with_its_hashes(lock):
    pins = _pins(lock)
    assert len(pins) > 50  # the whole tree, not just the direct dependencies
    for requirement, hashes in pins.items():
        pinned = re.fullmatch(r"[a-z0-9.\-]+(\[[a-z0-9\-,]+\])?==\S+( ; .+)?", requirement)
        assert pinned, requirement
        assert hashes and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes), requirement


def test_the_runtime_lock_carries_what_trafilatura_imports():
    names = {requirement.split("==")[0] for requirement in _pins("requirements.txt")}
    assert {"trafilatura", "lxml", "lxml-html-clean"} <= names


def test_the_dev_lock_keeps_every_runtime_package_at_its_runtime_version():
    runtime, dev = _pins("requirements.txt"), _pins("requirements-dev.txt")
    assert [pin for pin in runtime if pin not in dev] == []
    assert all(runtime[pin] == dev[pin] for pin in runtime)


def test_the_locks_are_current_and_an_edited_source_is_caught(tmp_path):
    assert subprocess.run([REPO / "bin" / "lock", "--check"], capture_output=True).returncode == 0
    for name in ("bin/lock", "requirements.in", "requirements-dev.in", *LOCKS):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(REPO / name, tmp_path / name)
    with (tmp_path / "requirements.in").open("a") as source:
        source.write("requests==2.32.3\n")
    stale = subprocess.run([tmp_path / "bin" / "lock", "--check"], capture_output=True, text=True)
    assert stale.returncode == 1
    assert "out of date" in stale.stderr and "run bin/lock" in stale.stderr


def _fake_python(path: Path, version: str, *, runs: bool = True) -> Path:
    """An interpreter that answers bin/pythons' question as `version` would."""
    path.parent.mkdir(parents=True, exist_ok=True)
    supported = (3, 11) <= tuple(int(p) for p in version.split(".")[:2]) <= (3, 13)
    body = f"echo {version}; exit {0 if supported else 1}" if runs else "exit 127"
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


def test_it_finds_the_newest_supported_pythons_on_the_path_then_under_pyenv(tmp_path):
    bin_dir = tmp_path / "bin"
    for tool in ("bash", "ls", "sort"):  # nothing else from the machine, no real Python
        bin_dir.mkdir(exist_ok=True)
        (bin_dir / tool).symlink_to(shutil.which(tool))
    _fake_python(bin_dir / "python3.13", "3.13.2", runs=False)  # a pyenv shim of another version
    _fake_python(bin_dir / "python3.12", "3.12.4")
    _fake_python(bin_dir / "python3", "3.10.9")  # too old: never listed
    pyenv = tmp_path / "pyenv"
    newest = _fake_python(pyenv / "versions" / "3.13.1" / "bin" / "python3", "3.13.1")
    _fake_python(pyenv / "versions" / "3.13.0" / "bin" / "python3", "3.13.0")
    found = subprocess.run(
        [REPO / "bin" / "pythons"],
        env={"PATH": str(bin_dir), "PYENV_ROOT": str(pyenv), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert found.returncode == 0, found.stderr
    assert found.stdout.splitlines() == [f"3.13.1 {newest}", f"3.12.4 {bin_dir / 'python3.12'}"]


def test_setup_refuses_an_unsupported_python_saying_which(tmp_path):
    old = _fake_python(tmp_path / "python3.10", "3.10.9")
    refused = subprocess.run(
        [REPO / "bin" / "setup"],
        env={**os.environ, "PYTHON": str(old), "VENV": str(tmp_path / "venv")},
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 1
    assert f"PYTHON={old} is not CPython 3.11, 3.12 or 3.13" in refused.stderr
    assert not (tmp_path / "venv").exists()


def test_setup_of_a_ready_virtualenv_says_one_line_with_the_version():
    done = subprocess.run(
        [REPO / "bin" / "setup", "requirements-dev.txt"],
        env={**os.environ, "VENV": sys.prefix},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"setup: {sys.prefix} ready (Python {platform.python_version()}, requirements-dev.txt)"
    ]
    assert done.stderr == ""


def test_django_axes_is_silent_unless_debugging_is_asked_for(tmp_path):
    def check(**env: str) -> str:
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE", "DJANGO_"))}
        done = subprocess.run(
            [sys.executable, "manage.py", "check"],
            cwd=REPO,
            env={**clean, "VERIFIER_VAR_DIR": str(tmp_path), **env},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout + done.stderr

    assert "AXES: BEGIN" not in check()
    assert "AXES: BEGIN" in check(VERIFIER_LOG_LEVEL="DEBUG")
