"""Benchmark: the claims API under gunicorn, loaded by wrk, beside a ceiling view of the stack.

    python bench/bench_api.py                          # 10,000 claims, 10 s per endpoint
    python bench/bench_api.py --claims 500 --duration 5

Creates (dropping it first) the database verifier_bench_api, fills it, starts gunicorn on
127.0.0.1 with bench/wsgi_bench.py, and loads each endpoint with wrk (apt-get install wrk).
Prints requests/s and p50/p99 latency, and each endpoint's share of its ceiling: the same rows
served by a plain Django view with `.values()` (target: at least half).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import REPO, bench_database, django_setup, record, table
from bench.profiling import Profile

DATABASE = "verifier_bench_api"
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--sources-per-claim", type=int, default=2)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per endpoint")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--filter", default="kind=quantity", help="the list's filter")
    parser.add_argument("--profile", action="store_true", help="py-spy on gunicorn, list load")
    return parser.parse_args()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _user_token() -> str:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from rest_framework.authtoken.models import Token

    from claims.roles import EDITORS

    user = get_user_model().objects.create_user("bench-editor", password="bench-only")
    user.groups.add(Group.objects.get(name=EDITORS))
    return Token.objects.create(user=user).key


def _plans(filter_value: dict[str, str]) -> list[list[str]]:
    """The plan PostgreSQL picks for each API filter on this archive (top node, then indexes)."""
    from claims.models import Claim, Evidence, VerificationJob

    first = Claim.objects.order_by("id").first()
    probes = {
        "claims ?status": Claim.objects.filter(status="refuted"),
        "claims ?suggested_verdict": Claim.objects.filter(suggested_verdict="refuted"),
        "claims ?kind": Claim.objects.filter(**filter_value),
        "claims ?article": Claim.objects.filter(article_id=first.article_id),
        "claims ?needs_review": Claim.objects.filter(needs_review=True),
        "claims ?origin": Claim.objects.filter(origin="machine"),
        "evidence ?claim": Evidence.objects.filter(claim_id=first.pk),
        "evidence ?source": Evidence.objects.filter(source_id=first.sources.first().pk),
        "evidence ?stance": Evidence.objects.filter(stance="refutes"),
        "jobs ?claim": VerificationJob.objects.filter(claim_id=first.pk),
        "jobs ?status": VerificationJob.objects.filter(status="running"),
    }
    rows = []
    for name, queryset in probes.items():
        plan = queryset.order_by().explain()
        indexes = sorted(
            set(re.findall(r"(?:Index|Bitmap Index) (?:Only )?Scan (?:using|on) (\w+)", plan))
        )
        rows.append([name, plan.splitlines()[0].split("  (")[0].strip(), ", ".join(indexes) or "-"])
    return rows


def _start_gunicorn(port: int, workers: int, database_url: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "VERIFIER_THROTTLE_USER": "1000000/minute",
        "VERIFIER_LOG_LEVEL": "WARNING",
    }
    command = [
        sys.executable, "-m", "gunicorn", "bench.wsgi_bench:application",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--worker-class", "sync",
        "--log-level", "warning", "--chdir", str(REPO),
    ]  # fmt: skip
    process = subprocess.Popen(command, env=env, cwd=REPO, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited at start")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/ceiling/claims/?page_size=1")
            return process
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer within 60 s")


def _get(url: str, token: str | None) -> bytes:
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Token {token}")
    with urllib.request.urlopen(request) as response:
        return response.read()


def _wrk(url: str, *, script: str, seconds: int, connections: int, threads: int) -> dict:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency",
               "-s", script, url]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx or 3xx responses" in output:
        raise RuntimeError(f"wrk saw error responses from {url}:\n{output}")

    def latency(percent: str) -> float:
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M).groups()
        return float(value) * UNITS[unit]

    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
    }


def main() -> None:
    args = _arguments()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")
    database_url = bench_database(DATABASE)
    django_setup(database_url)
    from django.db import connection

    from bench.dataset import archive_create

    started = time.monotonic()
    claim_ids = archive_create(claims=args.claims, sources_per_claim=args.sources_per_claim)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"archive: {args.claims} claims in {time.monotonic() - started:.1f} s")
    token = _user_token()
    filter_name, filter_value = args.filter.split("=", 1)
    print("\nPlans for the API's filters (on this archive):")
    print(table(["filter", "plan", "indexes used"], _plans({filter_name: filter_value})))

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    detail_id = claim_ids[len(claim_ids) // 2]
    query = f"page_size=50&{args.filter}"
    targets = [
        ("claim list (page 50, filtered)", f"/api/v1/claims/?{query}",
         f"/bench/ceiling/claims/?{query}"),
        ("claim detail", f"/api/v1/claims/{detail_id}/", f"/bench/ceiling/claims/{detail_id}/"),
    ]  # fmt: skip
    gunicorn = _start_gunicorn(port, args.workers, database_url)
    try:
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            lua.write(f'wrk.headers["Authorization"] = "Token {token}"\n')
        # The API and its ceiling must answer the same rows, or the comparison means nothing.
        for _name, api, ceiling in targets:
            mine, theirs = (
                json.loads(_get(base + api, token)),
                json.loads(_get(base + ceiling, None)),
            )
            if "results" in mine:
                mine, theirs = mine["results"], theirs["results"]
                assert [c["id"] for c in mine] == [c["id"] for c in theirs], "rows differ"
            else:
                assert mine["id"] == theirs["id"], "rows differ"
        rows = []
        for name, api, ceiling in targets:
            figures = {}
            for label, path in (("api", api), ("ceiling", ceiling)):
                load = {
                    "script": lua.name,
                    "connections": args.connections,
                    "threads": args.threads,
                }
                _wrk(base + path, seconds=1, **load)  # warm the workers' connections and caches
                figures[label] = _wrk(base + path, seconds=args.duration, **load)
            api_f, ceiling_f = figures["api"], figures["ceiling"]
            if args.profile and api == targets[0][1]:
                profile = Profile(gunicorn.pid, "api-list")
                _wrk(base + api, seconds=args.duration, **load)
                profile.stop()
            share = api_f["rps"] / ceiling_f["rps"]
            rows.append([name, f"{api_f['rps']:.0f}", f"{api_f['p50']:.1f}", f"{api_f['p99']:.1f}",
                         f"{ceiling_f['rps']:.0f}", f"{ceiling_f['p50']:.1f}",
                         f"{ceiling_f['p99']:.1f}", f"{share:.0%}",
                         "met" if share >= 0.5 else "missed"])  # fmt: skip
    finally:
        os.killpg(gunicorn.pid, signal.SIGTERM)
        gunicorn.wait(timeout=30)
        os.unlink(lua.name)
    headers = ["endpoint", "API req/s", "p50 ms", "p99 ms", "ceiling req/s", "p50 ms", "p99 ms",
               "API/ceiling", "target ≥ 50%"]  # fmt: skip
    print(f"\ngunicorn {args.workers} sync workers; wrk -t{args.threads} -c{args.connections} "
          f"-d{args.duration}s on 127.0.0.1; {args.claims} claims:")  # fmt: skip
    print(table(headers, rows))
    if args.profile:
        print(f"\npy-spy on the gunicorn workers, claim list ({profile.folded.relative_to(REPO)}):")
        print(table(["innermost frame in", "samples"], profile.by_package()))
        print(table(["innermost function", "samples"], profile.by_function()))
        print(table(["our function, anywhere on the stack", "samples"], profile.ours()))
    path = record("api", settings=vars(args), headers=headers, rows=rows)
    print(f"\nrecorded in {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
