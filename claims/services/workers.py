"""Worker heartbeats and periodic-run claims: the rows that make crash recovery fast."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import DateTimeField, Expression, ExpressionWrapper, QuerySet, Value
from django.db.models.functions import Now

from claims.models import PeriodicRun, WorkerBeat


def _clock(now: datetime | None) -> Expression:
    """The database's own time, or `now` for a test: all hosts read one clock."""
    return Now() if now is None else Value(now, output_field=DateTimeField())


def clock_minus(seconds: float, *, now: datetime | None = None) -> Expression:
    """`seconds` before the (database) clock, usable in a filter."""
    return ExpressionWrapper(
        _clock(now) - Value(timedelta(seconds=seconds)), output_field=DateTimeField()
    )


def worker_beat(*, name: str, hostname: str = "", pid: int = 0) -> None:
    """Record that worker `name` is alive now; the first beat announces it."""
    if WorkerBeat.objects.filter(name=name).update(beat_at=Now()):
        return
    try:
        with transaction.atomic():
            WorkerBeat.objects.create(
                name=name, hostname=hostname[:200], pid=pid, started_at=Now(), beat_at=Now()
            )
    except IntegrityError:  # announced by a beat that raced this one: renew it instead
        WorkerBeat.objects.filter(name=name).update(beat_at=Now())


def worker_leave(*, name: str) -> None:
    """A worker that shuts down cleanly leaves: its jobs (if any) are orphaned at once."""
    WorkerBeat.objects.filter(name=name).delete()


def live_workers(*, now: datetime | None = None) -> QuerySet[WorkerBeat]:
    """Workers whose last beat is younger than VERIFIER_WORKER_HEARTBEAT_TTL."""
    ttl = settings.VERIFIER_WORKER_HEARTBEAT_TTL
    return WorkerBeat.objects.filter(beat_at__gte=clock_minus(ttl, now=now))


def workers_forget(*, older_than: timedelta, now: datetime | None = None) -> int:
    """Delete the rows of workers silent for `older_than`: nothing names them any more."""
    deleted, _ = WorkerBeat.objects.filter(
        beat_at__lt=clock_minus(older_than.total_seconds(), now=now)
    ).delete()
    return deleted


def periodic_claim(*, name: str, every: float, now: datetime | None = None) -> bool:
    """Claim this period's run of periodic task `name`; False when it already ran.

    Two schedulers (a second `celery beat` started by mistake, or one that outlived its
    replacement) each send every periodic task: the first copy of a period claims it with a
    conditional UPDATE, the other finds it taken. Half a period of slack lets a late run count.
    """
    recent = clock_minus(every / 2, now=now)
    if PeriodicRun.objects.filter(name=name, started_at__lt=recent).update(started_at=_clock(now)):
        return True
    try:
        with transaction.atomic():
            PeriodicRun.objects.create(name=name, started_at=_clock(now))
    except IntegrityError:  # it exists and ran within the period
        return False
    return True
