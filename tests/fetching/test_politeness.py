"""Per-host politeness across threads and workers, coordinated in a real Redis."""

import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import redis

from workers.fetching import SlotTimeout, host_slot
from workers.fetching.politeness import _client, redis_acquire

REDIS_URL = "redis://127.0.0.1:6379/14"


@pytest.fixture
def shared_redis(settings):
    settings.VERIFIER_REDIS_URL = REDIS_URL
    try:
        _client(REDIS_URL).ping()
    except redis.ConnectionError:
        pytest.fail(f"These tests need Redis at {REDIS_URL}")
    return _client(REDIS_URL)


def _peak_concurrency(threads: int, hold: float) -> int:
    host = f"{uuid.uuid4().hex}.example"  # each test run gets hosts of its own
    lock, active, peak = threading.Lock(), [0], [0]

    def work():
        with host_slot(host, timeout=30):
            with lock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            time.sleep(hold)
            with lock:
                active[0] -= 1

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return peak[0]


def test_it_never_runs_more_than_the_limit_at_once_through_redis(shared_redis, settings):
    settings.VERIFIER_FETCH_HOST_CONCURRENCY = 2

    assert _peak_concurrency(threads=6, hold=0.1) == 2


def test_it_holds_the_same_limit_without_redis(settings):
    settings.VERIFIER_REDIS_URL = ""
    settings.VERIFIER_FETCH_HOST_CONCURRENCY = 2

    assert _peak_concurrency(threads=6, hold=0.1) == 2


def test_a_lease_left_by_a_killed_worker_expires(shared_redis, settings):
    settings.VERIFIER_FETCH_HOST_CONCURRENCY = 2
    host = f"{uuid.uuid4().hex}.example"
    # A worker that took a slot and died: acquired, never released.
    redis_acquire(shared_redis, host, limit=2, delay=0, lease=0.5, until=time.monotonic() + 1)

    with host_slot(host, timeout=1):  # a live worker holds the other slot meanwhile
        with pytest.raises(SlotTimeout), host_slot(host, timeout=0):
            pass
        with host_slot(host, timeout=10):
            pass  # reached only once the dead worker's lease ran out


def test_a_short_lease_does_not_cut_a_longer_one_short(shared_redis, settings):
    settings.VERIFIER_FETCH_HOST_CONCURRENCY = 2
    host = f"{uuid.uuid4().hex}.example"
    redis_acquire(shared_redis, host, limit=2, delay=0, lease=60, until=time.monotonic() + 1)
    redis_acquire(shared_redis, host, limit=2, delay=0, lease=0.2, until=time.monotonic() + 1)

    # The short lease runs out and frees its slot, while the 60 s one still holds the other.
    with host_slot(host, timeout=10), pytest.raises(SlotTimeout), host_slot(host, timeout=0):
        pass


def test_it_frees_the_slot_when_the_block_raises(shared_redis, settings):
    settings.VERIFIER_FETCH_HOST_CONCURRENCY = 1
    host = f"{uuid.uuid4().hex}.example"

    with pytest.raises(RuntimeError), host_slot(host, timeout=1):
        raise RuntimeError("fetch failed")
    with host_slot(host, timeout=0):
        pass


def test_it_spaces_request_starts_to_the_same_host(shared_redis, settings):
    settings.VERIFIER_FETCH_HOST_DELAY_MS = 10_000
    host = f"{uuid.uuid4().hex}.example"

    with host_slot(host, timeout=1):
        pass
    # The next start must wait 10 s: refused now, while another host is not held back.
    with pytest.raises(SlotTimeout), host_slot(host, timeout=0):
        pass
    with host_slot(f"other-{host}", timeout=0):
        pass


def _lease_left_ms(client: redis.Redis, host: str) -> float:
    """How long the only lease on `host` has left, by the Redis server's clock."""
    key = f"verifier:fetch:host:{host}:slots"
    ((_token, expires),) = client.zrange(key, 0, -1, withscores=True)
    seconds, micros = client.time()
    return expires - (seconds * 1000 + micros / 1000)


def test_a_slot_is_a_short_lease_by_default(shared_redis, settings):
    host = f"{uuid.uuid4().hex}.example"

    with host_slot(host, timeout=1):
        left = _lease_left_ms(shared_redis, host)
    # A dead worker's slot frees itself within VERIFIER_FETCH_SLOT_LEASE (15 s), however long
    # the fetch deadline.
    assert 0 < left <= settings.VERIFIER_FETCH_SLOT_LEASE * 1000 <= 15_000


def test_a_long_request_keeps_its_slot_past_its_lease(shared_redis, settings):
    settings.VERIFIER_FETCH_HOST_CONCURRENCY = 1
    host = f"{uuid.uuid4().hex}.example"

    with host_slot(host, timeout=1, lease=0.6):
        time.sleep(2)  # more than three leases: renewed meanwhile, never lost
        with pytest.raises(SlotTimeout), host_slot(host, timeout=0):
            pass
        assert _lease_left_ms(shared_redis, host) > 0
    with host_slot(host, timeout=0):  # released at the end of the block
        pass


# The fetcher reads its settings through the hook the Django app installs (workers.apps).
HOLDER = """
import sys, time
import django
django.setup()
from workers.fetching import host_slot
with host_slot(sys.argv[1], timeout=5, lease=float(sys.argv[2])):
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_killed_process_s_slot_frees_itself_within_its_lease(shared_redis, settings):
    settings.VERIFIER_FETCH_HOST_CONCURRENCY = 1
    host, lease = f"{uuid.uuid4().hex}.example", 1.5
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "verifier.settings",
        "VERIFIER_REDIS_URL": REDIS_URL,
        "VERIFIER_FETCH_HOST_CONCURRENCY": "1",
    }
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, host, str(lease)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == b"held"
        time.sleep(lease * 2)  # alive: its lease is renewed
        with pytest.raises(SlotTimeout), host_slot(host, timeout=0):
            pass
    finally:
        holder.kill()  # SIGKILL: nothing releases the slot
        holder.wait()
    with host_slot(host, timeout=lease + 2):
        pass  # the lease ran out, nobody renewed it
