"""Per-host politeness shared by every worker: a concurrency cap and a gap between starts."""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import redis

from workers.fetching.settings import setting

logger = logging.getLogger(__name__)

# Atomic in Redis, so two workers can never both take the last slot. Time comes from the Redis
# server, so workers with skewed clocks agree on when a lease runs out. Returns 0 when the slot
# is taken, otherwise a hint in ms of how long to wait (-1: all slots busy).
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, lease, delay = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= limit then
  return -1
end
if delay > 0 then
  local gap = redis.call('PTTL', KEYS[2])
  if gap > 0 then
    return gap
  end
  redis.call('SET', KEYS[2], '1', 'PX', delay)
end
redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
-- The key lives as long as its longest lease, so an idle host leaves nothing behind.
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], math.ceil(tonumber(last[2])))
return 0
"""


# Extends a lease this process still holds, by `lease` ms from the Redis server's clock. A lease
# that ran out meanwhile is not revived (its slot may be someone else's now): returns 0.
_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not score or tonumber(score) <= now then
  return 0
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], math.ceil(tonumber(last[2])))
return 1
"""


class SlotTimeout(TimeoutError):
    """No slot for the host became free before the caller's deadline."""


class _LocalLimiter:
    """The same rules inside one process, for development without Redis."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._active: dict[str, int] = {}
        self._last_start: dict[str, float] = {}

    def acquire(self, host: str, *, limit: int, delay: float, until: float) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                gap = self._last_start.get(host, float("-inf")) + delay - now
                if self._active.get(host, 0) < limit and gap <= 0:
                    self._active[host] = self._active.get(host, 0) + 1
                    self._last_start[host] = now
                    return
                if now >= until:
                    raise SlotTimeout(f"no free fetch slot for {host}")
                self._cond.wait(min(until - now, gap if gap > 0 else 1.0))

    def release(self, host: str) -> None:
        with self._cond:
            self._active[host] = max(self._active.get(host, 1) - 1, 0)
            self._cond.notify_all()


_local = _LocalLimiter()
_clients: dict[str, redis.Redis] = {}


def _client(url: str) -> redis.Redis:
    if url not in _clients:
        _clients[url] = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
    return _clients[url]


def _keys(host: str) -> list[str]:
    return [f"verifier:fetch:host:{host}:slots", f"verifier:fetch:host:{host}:gap"]


def redis_acquire(
    client: redis.Redis, host: str, *, limit: int, delay: float, lease: float, until: float
) -> str:
    """Take a lease on one of `host`'s slots in Redis, waiting until `until` (monotonic)."""
    token = uuid.uuid4().hex
    args = [token, limit, max(int(lease * 1000), 1), int(delay * 1000)]
    while True:
        wait_ms = int(client.eval(_ACQUIRE, 2, *_keys(host), *args))
        if wait_ms == 0:
            return token
        remaining = until - time.monotonic()
        if remaining <= 0:
            raise SlotTimeout(f"no free fetch slot for {host}")
        # A busy host is polled; a freed slot is noticed within 50 ms, good enough for politeness.
        time.sleep(min(remaining, wait_ms / 1000 if wait_ms > 0 else 0.05))


def redis_release(client: redis.Redis, host: str, token: str) -> None:
    client.zrem(_keys(host)[0], token)


def redis_renew(client: redis.Redis, host: str, token: str, lease: float) -> bool:
    """Extend a held lease by `lease` seconds; False when it had already run out."""
    return bool(client.eval(_RENEW, 1, _keys(host)[0], token, max(int(lease * 1000), 1)))


class _Renewer:
    """Keeps this process's leases alive while their requests run: one thread per process.

    Leases are short so that a killed worker's slots free themselves soon; a request that
    outlasts its lease (a long download) has it renewed every third of the lease. The thread
    does not survive a fork: a child process starts its own.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: dict[str, tuple[redis.Redis, str, float, float]] = {}
        self._pid = 0
        self._wake = threading.Event()

    def hold(self, client: redis.Redis, host: str, token: str, lease: float) -> None:
        with self._lock:
            self._held[token] = (client, host, lease, time.monotonic() + lease / 3)
            if self._pid != os.getpid():
                self._pid = os.getpid()
                threading.Thread(target=self._run, name="fetch-leases", daemon=True).start()
        self._wake.set()

    def drop(self, token: str) -> None:
        with self._lock:
            self._held.pop(token, None)

    def _due(self) -> tuple[list[tuple[str, redis.Redis, str, float]], float]:
        now, due, wait = time.monotonic(), [], 1.0
        with self._lock:
            for token, (client, host, lease, at) in self._held.items():
                if at <= now:
                    due.append((token, client, host, lease))
                    self._held[token] = (client, host, lease, now + lease / 3)
                    at = now + lease / 3
                wait = min(wait, at - now)
        return due, max(wait, 0.01)

    def _run(self) -> None:
        while True:
            due, wait = self._due()
            for token, client, host, lease in due:
                try:
                    if not redis_renew(client, host, token, lease):
                        logger.warning("fetch politeness: the lease on %s ran out early", host)
                        self.drop(token)
                except redis.RedisError as exc:
                    logger.warning("fetch politeness: could not renew %s's lease: %s", host, exc)
            self._wake.wait(wait)
            self._wake.clear()


_renewer = _Renewer()


@contextmanager
def host_slot(
    host: str, *, timeout: float | None = None, lease: float | None = None
) -> Iterator[None]:
    """Hold one of `host`'s request slots for the duration of the block.

    At most VERIFIER_FETCH_HOST_CONCURRENCY requests run against a host at once, across every
    worker sharing VERIFIER_REDIS_URL, and request starts are VERIFIER_FETCH_HOST_DELAY_MS apart.
    A Redis lease lasts `lease` seconds (VERIFIER_FETCH_SLOT_LEASE) and is renewed while the
    block runs: a killed worker's slot frees itself within a lease, a long download keeps it.
    Raises SlotTimeout when no slot frees up within `timeout` seconds.
    """
    limit = max(int(setting("VERIFIER_FETCH_HOST_CONCURRENCY", 4)), 1)
    delay = max(float(setting("VERIFIER_FETCH_HOST_DELAY_MS", 0)), 0.0) / 1000
    if lease is None:
        lease = float(setting("VERIFIER_FETCH_SLOT_LEASE", 15))
    if timeout is None:
        timeout = float(setting("VERIFIER_FETCH_DEADLINE", 30))
    until = time.monotonic() + timeout
    url = setting("VERIFIER_REDIS_URL", "")
    client = _client(url) if url else None
    token = None
    if client is not None:
        try:
            token = redis_acquire(client, host, limit=limit, delay=delay, lease=lease, until=until)
        except redis.RedisError as exc:
            # Politeness is a courtesy, not a safety check: losing Redis should slow nothing
            # down to a halt, so fall back to this process's own limits.
            logger.warning("fetch politeness: Redis unavailable (%s), using local limits", exc)
            client = None
    if client is None:
        _local.acquire(host, limit=limit, delay=delay, until=until)
    else:
        _renewer.hold(client, host, token, lease)
    try:
        yield
    finally:
        if client is not None and token is not None:
            _renewer.drop(token)
            try:
                redis_release(client, host, token)
            except redis.RedisError:
                logger.warning(
                    "fetch politeness: could not release %s; its lease will expire", host
                )
        else:
            _local.release(host)
