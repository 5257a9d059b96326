"""What the benchmarks share: a throwaway database, Django set-up, the machine, tables, records."""

from __future__ import annotations

import json
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing import Process, Queue
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "var" / "bench"
SERVER_URL = os.environ.get("BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432/postgres")

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def bench_database(name: str) -> str:
    """Drop and recreate database `name` on the bench server; its URL.

    Each run starts empty, and the development and test databases are never touched.
    """
    import psycopg

    if not name.startswith("verifier_bench"):
        raise ValueError(f"refusing to drop {name!r}: bench databases are named verifier_bench*")
    with psycopg.connect(SERVER_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(SERVER_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


def django_setup(database_url: str, **env: str) -> None:
    """Point this process at `database_url`, set up Django and migrate."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verifier.settings")
    os.environ.update(env)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, skip_checks=True)


def machine() -> dict[str, str]:
    """The machine the figures come from: CPU model and count, RAM, Python, date."""
    cpu = "unknown"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as info:
        kib = int(next(line for line in info if line.startswith("MemTotal")).split()[1])
    load = os.getloadavg()[0]
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "ram": f"{kib / 1024 / 1024:.1f} GiB",
        "python": platform.python_version(),
        "load_1min": f"{load:.2f}",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A plain-text table with aligned columns."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def record(name: str, *, settings: dict, headers: list[str], rows: list[list[object]]) -> Path:
    """Write a run's figures to var/bench/<name>.json, for bench/report.py to gather."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    document = {"machine": machine(), "settings": settings, "headers": headers, "rows": rows}
    path.write_text(json.dumps(document, indent=2, default=str))
    return path


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by process `pid` and every live descendant.

    Read from /proc (Linux): what the processes themselves spent, whatever else the machine
    was doing, so it says where a run's CPU went even when wall times are noisy.
    """
    tick = os.sysconf("SC_CLK_TCK")
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (FileNotFoundError, ProcessLookupError):
            continue  # it ended meanwhile
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        pending += [int(child) for child in children]
    return total


def _serve(page: Callable[[int], bytes], delay: Callable[[], float], ready: Queue) -> None:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = page(int(self.path.rstrip("/").rsplit("/", 1)[-1]))
            time.sleep(delay())
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 512  # the default backlog of 5 would drop bursts of connections

    server = Server(("127.0.0.1", 0), Handler)
    ready.put(server.server_address[1])
    server.serve_forever()


def start_page_server(
    page: Callable[[int], bytes], delay: Callable[[], float]
) -> tuple[Process, int]:
    """A local server in a process of its own: `GET /…/<n>` answers page(n) after delay() s.

    The sources of the benches, on 127.0.0.1 (workers need VERIFIER_FETCH_ALLOW_PRIVATE).
    Returns the process (terminate it at the end) and the port.
    """
    ready: Queue = Queue()
    process = Process(target=_serve, args=(page, delay, ready), daemon=True)
    process.start()
    return process, ready.get(timeout=60)


def stop_process(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    """Signal a process started in a session of its own, with its children; SIGKILL if stuck."""
    try:
        os.killpg(process.pid, sig)
        process.wait(timeout=30)
    except ProcessLookupError:
        pass  # gone already
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
