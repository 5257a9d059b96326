"""Worker liveness and the scheduler's runs: rows the sweeper reads to tell dead from slow."""

from django.db import models


class WorkerBeat(models.Model):
    """A Celery worker process that renews `beat_at` every few seconds while it is alive.

    A job running on a worker names it (`VerificationJob.run_by`); once the worker's beat is
    older than VERIFIER_WORKER_HEARTBEAT_TTL the worker is gone and the sweeper re-queues its
    jobs at once. Times come from the database's clock, so hosts with skewed clocks agree.
    """

    # Unique per process start: a worker restarted under the same name is a new worker, and
    # must not make its dead predecessor's jobs look alive.
    name = models.CharField(max_length=120, unique=True)
    hostname = models.CharField(max_length=200, blank=True)
    pid = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField()
    beat_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-beat_at"]

    def __str__(self) -> str:
        return f"{self.name} (last beat {self.beat_at:%H:%M:%S})"


class PeriodicRun(models.Model):
    """When a periodic task last started: a second scheduler's copy finds it taken and skips."""

    name = models.CharField(max_length=100, unique=True)
    started_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} @ {self.started_at:%Y-%m-%d %H:%M:%S}"
