"""py-spy sampling a running process (and its children) into a summary that names the bottleneck."""

from __future__ import annotations

import collections
import re
import signal
import subprocess
import sys
import sysconfig
from pathlib import Path

from bench.common import REPO, RESULTS

# "function (path/to/file.py:123)" as py-spy writes each frame of a collapsed stack.
FRAME = re.compile(r"^(?P<function>.+?) \((?P<path>[^()]+?)(?::\d+)?\)$")
# py-spy names files relative to their sys.path entry, or absolutely; either way, cut the root.
ROOTS = (f"{REPO}/", "site-packages/", sysconfig.get_paths()["stdlib"] + "/")
DEEP = ("django", "rest_framework", "claims", "workers")  # big packages: name the subpackage
OURS = ("claims", "workers", "bench")


def _package(path: str) -> str:
    """The library or project package a file belongs to (lxml, django/db, claims/api, json…)."""
    for root in ROOTS:
        if root in path:
            path = path.split(root, 1)[1]
    parts = path.removesuffix(".py").split("/")
    return "/".join(parts[: 2 if parts[0] in DEEP else 1])


class Profile:
    """`py-spy record` on `pid` and its subprocesses until stop(), as collapsed stacks."""

    def __init__(self, pid: int, name: str, *, rate: int = 50) -> None:
        RESULTS.mkdir(parents=True, exist_ok=True)
        self.folded = RESULTS / f"{name}.folded"
        py_spy = Path(sys.executable).with_name("py-spy")
        command = [str(py_spy), "record", "--pid", str(pid), "--subprocesses", "--nonblocking",
                   "--rate", str(rate), "--format", "raw", "-o", str(self.folded)]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        _, error = self.process.communicate(timeout=60)
        if not self.folded.exists():
            raise RuntimeError(f"py-spy wrote no profile: {error.decode()[-500:]}")

    def _stacks(self):
        for line in self.folded.read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            frames = [FRAME.match(f) for f in stack.split(";")]
            yield [m for m in frames if m], int(count)

    def by_package(self, top: int = 10) -> list[list[str]]:
        """Where the samples were when taken (the innermost frame), by package."""
        counts: collections.Counter[str] = collections.Counter()
        for frames, count in self._stacks():
            if frames:
                counts[_package(frames[-1]["path"])] += count
        total = sum(counts.values()) or 1
        return [[name, f"{n / total:.0%}"] for name, n in counts.most_common(top)]

    def by_function(self, top: int = 10) -> list[list[str]]:
        """The innermost functions the samples were taken in (self time)."""
        counts: collections.Counter[str] = collections.Counter()
        for frames, count in self._stacks():
            if frames:
                counts[f"{frames[-1]['function']} ({_package(frames[-1]['path'])})"] += count
        total = sum(counts.values()) or 1
        return [[name, f"{n / total:.0%}"] for name, n in counts.most_common(top)]

    def ours(self, top: int = 10) -> list[list[str]]:
        """Our own functions by share of samples with them anywhere on the stack."""
        counts: collections.Counter[str] = collections.Counter()
        total = 0
        for frames, count in self._stacks():
            total += count
            for name in {
                f"{m['function']} ({_package(m['path'])})"
                for m in frames
                if _package(m["path"]).startswith(OURS)
            }:
                counts[name] += count
        total = total or 1
        return [[name, f"{n / total:.0%}"] for name, n in counts.most_common(top)]
