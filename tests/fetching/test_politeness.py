"""Per-host politeness across threads and workers, coordinated in a real Redis."""

import threading
import time
import uuid

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
