"""Benchmark: fetch throughput against a 50 ms server, and the cost of preserving each page.

    python bench/bench_fetch.py [--rounds 10] [--latency 0.05] [--concurrency 1 8 32]

Threads call workers.fetching.fetch() against a local server that answers every request after
`latency` seconds (a 30 KB HTML page), at each concurrency: pages per second against the ideal
(concurrency / latency). The per-host politeness cap is raised for the run, since every request
goes to one host; one extra row shows the default cap (VERIFIER_FETCH_HOST_CONCURRENCY=4).
Then, per page, the preservation steps measured on their own: build_warc, the two SHA-256
digests (body and WARC), and writing body and WARC through Django's default storage (a temp
folder). No database is needed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import record, table

PARAGRAPH = (
    "<p>The regional council approved a budget of 18 million euros for the tram line, after a "
    "debate in which two members asked for an independent review of the costs.</p>\n"
)


def _page(size: int) -> bytes:
    head = b"<!doctype html><html><head><title>Bench page</title></head><body><article>\n"
    body = PARAGRAPH.encode() * (size // len(PARAGRAPH) + 1)
    return head + body[:size] + b"</article></body></html>"


def _setup(host_concurrency: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verifier.settings")
    os.environ["VERIFIER_FETCH_ALLOW_PRIVATE"] = "1"
    os.environ["VERIFIER_REDIS_URL"] = ""  # per-process politeness: no Redis round trips
    os.environ["VERIFIER_MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-fetch-media-")
    import django

    django.setup()
    _set_host_cap(host_concurrency)


def _set_host_cap(cap: int) -> None:
    from django.conf import settings

    settings.VERIFIER_FETCH_HOST_CONCURRENCY = cap


def _throughput(url: str, concurrency: int, pages: int) -> dict[str, float]:
    from workers.fetching import fetch

    latencies: list[float] = []

    def one(_: int) -> None:
        start = time.perf_counter()
        fetch(url)
        latencies.append(time.perf_counter() - start)

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(concurrency)))  # warm-up: connections, imports, DNS cache
        latencies.clear()
        start = time.perf_counter()
        list(pool.map(one, range(pages)))
        elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "seconds": elapsed,
        "pps": pages / elapsed,
        "p50": latencies[len(latencies) // 2] * 1000,
        "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000,
    }


def _median_us(step, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        samples.append((time.perf_counter() - start) * 1e6)
    return statistics.median(samples)


def _preservation(url: str, repeat: int) -> dict[str, float]:
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from workers.fetching import build_warc, fetch

    result = fetch(url)
    warc = build_warc(result)
    counter = iter(range(10**9))

    def write() -> None:
        n = next(counter)
        default_storage.save(f"bench/{n}.bin", ContentFile(result.body))
        default_storage.save(f"bench/{n}.warc.gz", ContentFile(warc))

    return {
        "body_kb": len(result.body) / 1024,
        "warc_kb": len(warc) / 1024,
        "build_warc": _median_us(lambda: build_warc(result), repeat),
        "sha256": _median_us(
            lambda: (hashlib.sha256(result.body).digest(), hashlib.sha256(warc).digest()), repeat
        ),
        "storage": _median_us(write, repeat),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="pages per worker at each level")
    parser.add_argument("--latency", type=float, default=0.05, help="server delay, seconds")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--repeat", type=int, default=100, help="runs per preservation step")
    args = parser.parse_args()

    top = max(args.concurrency)
    _setup(host_concurrency=top)
    from tests.support.httpserver import LocalHTTPServer

    class Server(LocalHTTPServer):
        # socketserver's default backlog of 5 would make 32 simultaneous connects wait for
        # SYN retries (a second each): the server's limit, not the fetcher's.
        request_queue_size = 256

    small, large = _page(30 * 1024), _page(1024 * 1024)
    rows = []
    with Server() as server:
        url = server.route("/page", body=small, delay=args.latency)
        levels = [(c, top) for c in args.concurrency] + [(top, 4)]
        for concurrency, cap in levels:
            _set_host_cap(cap)
            pages = concurrency * args.rounds
            got = _throughput(url, concurrency, pages)
            ideal = concurrency / args.latency
            rows.append([
                concurrency, cap, pages, f"{got['seconds']:.2f}", f"{got['pps']:.1f}",
                f"{ideal:.0f}", f"{100 * got['pps'] / ideal:.0f}%",
                f"{got['p50']:.0f}", f"{got['p95']:.0f}",
            ])  # fmt: skip
        _set_host_cap(top)
        costs = []
        for label, body in (("30 KB page", small), ("1 MB page", large)):
            per = _preservation(server.route(f"/{len(body)}", body=body), args.repeat)
            costs.append([
                label, f"{per['warc_kb']:.0f}", f"{per['build_warc']:.0f}",
                f"{per['sha256']:.0f}", f"{per['storage']:.0f}",
                f"{per['build_warc'] + per['sha256'] + per['storage']:.0f}",
            ])  # fmt: skip

    headers = [
        "threads", "host cap", "pages", "seconds", "pages/s", "ideal", "of ideal",
        "p50 ms", "p95 ms",
    ]  # fmt: skip
    print(f"Fetch throughput, server latency {args.latency * 1000:.0f} ms\n")
    print(table(headers, rows))
    cost_headers = ["page", "WARC KB", "build_warc µs", "sha256 ×2 µs", "storage µs", "total µs"]
    print("\nPreservation cost per page (median)\n")
    print(table(cost_headers, costs))
    path = record(
        "bench_fetch",
        settings={"rounds": args.rounds, "latency": args.latency, "repeat": args.repeat},
        headers=headers,
        rows=rows + [["preservation", *row] for row in costs],
    )
    print(f"\nrecorded in {path}")
    shutil.rmtree(os.environ["VERIFIER_MEDIA_ROOT"], ignore_errors=True)


if __name__ == "__main__":
    main()
