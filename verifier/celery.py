"""The Celery application: configured from Django settings under the CELERY_ namespace."""

import os

from celery import Celery
from celery.signals import worker_init, worker_ready, worker_shutdown

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verifier.settings")

app = Celery("verifier")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_ready.connect
def _wake_the_consumer_often(sender=None, **_kwargs) -> None:
    """Work around celery/celery#6941 for thread-pool workers (the I/O-bound fetchers).

    With `-P threads`, late acks and a prefetch multiplier of 1, the consumer only learns that a
    thread is free at its next network event or timer tick (about every 5 s), so the pool idles
    between batches; a no-op timer every 50 ms wakes its loop. Measured with
    bench/bench_pipeline.py when it was added: about ten times the throughput. Harmless for prefork.
    """
    sender.timer.call_repeatedly(0.05, lambda: None)


@worker_init.connect
def _name_the_worker(sender=None, **_kwargs) -> None:
    """Before the pool forks: prefork children inherit the name they record on their jobs."""
    from workers import liveness

    liveness.announce(getattr(sender, "hostname", "") or "worker")


@worker_ready.connect
def _start_the_heartbeat(**_kwargs) -> None:
    from workers import liveness

    liveness.start()


@worker_shutdown.connect
def _leave(**_kwargs) -> None:
    from workers import liveness

    liveness.stop()
