"""Worker liveness: each worker process announces itself and renews a heartbeat row.

Why a table and not Redis keys or Celery's own heartbeats: the demo runs on SQLite and kombu's
filesystem broker with no Redis, and Celery's heartbeats are broker events that need a
listener running all the time and name workers by hostname, which a restarted worker reuses.
The database is there in every deployment, the job of record lives in it, and the sweeper
finds orphaned jobs in one query that joins both.

A thread in the worker's main process writes the beat every VERIFIER_WORKER_HEARTBEAT_EVERY
seconds; tasks (in the same process with the thread pool, in forked children with prefork)
record the worker's identity on the job they run (`VerificationJob.run_by`). Only the main
process beats: when it dies its pool dies with it, and a pool child killed alone is re-queued
by the main process itself (reject_on_worker_lost).
"""

from __future__ import annotations

import logging
import os
import threading
import uuid

from django.conf import settings
from django.db import DatabaseError, connection

logger = logging.getLogger(__name__)

_identity = ""
_hostname = ""
_stop = threading.Event()
# Held while a beat talks to the database, and taken before every fork: a pool child forked in
# the middle of a beat would inherit the beat's open connection and, when it is garbage
# collected, close the parent's session. Each beat closes its connection when done.
_beating = threading.Lock()
os.register_at_fork(
    before=_beating.acquire, after_in_parent=_beating.release, after_in_child=_beating.release
)


def identity() -> str:
    """This worker's name for its jobs; empty outside a worker (tests, the web process)."""
    return _identity


def announce(hostname: str) -> str:
    """Name this worker process once, before its pool starts, so forked children inherit it."""
    global _identity, _hostname
    _hostname = hostname
    _stop.clear()
    # Unique per start: a restarted `fetch@host` must not vouch for its dead predecessor's jobs.
    _identity = f"{hostname}/{os.getpid()}/{uuid.uuid4().hex[:8]}"
    return _identity


def beat_once() -> bool:
    """Renew this worker's heartbeat; False (and a warning) when the database is unreachable."""
    from claims.services.workers import worker_beat

    with _beating:
        if _stop.is_set():  # the worker has left (stop()): a late beat must not announce it again
            return False
        try:
            worker_beat(name=_identity, hostname=_hostname, pid=os.getpid())
            return True
        except DatabaseError as exc:
            # Not fatal: if the database stays away past the TTL the sweeper (once it can read
            # the database again) re-queues this worker's jobs, whose runs then stop cleanly.
            logger.warning("worker heartbeat not written: %s", exc)
            return False
        finally:
            connection.close()


def _run(every: float) -> None:
    while not _stop.wait(every):
        beat_once()


def start() -> threading.Thread | None:
    """Announce the worker now and keep beating on a daemon thread until `stop()`."""
    if not _identity:
        return None
    _stop.clear()
    beat_once()
    thread = threading.Thread(
        target=_run,
        args=(float(settings.VERIFIER_WORKER_HEARTBEAT_EVERY),),
        name="verifier-heartbeat",
        daemon=True,
    )
    thread.start()
    return thread


def stop() -> None:
    """A clean shutdown: stop beating and leave, so nothing waits on this worker's TTL."""
    from claims.services.workers import worker_leave

    _stop.set()
    if not _identity:
        return
    with _beating:
        try:
            worker_leave(name=_identity)
        except DatabaseError as exc:
            logger.warning("worker heartbeat not removed (it will expire): %s", exc)
        finally:
            connection.close()
