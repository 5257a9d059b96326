"""Start-up checks of settings that only go wrong together: Celery's and the broker's limits.

Project-level (they read Celery's settings), registered by the workers app, the Celery bridge.
"""

from __future__ import annotations

from celery.signals import worker_init
from django.conf import settings
from django.core.checks import Error, register, run_checks

TAG = "verifier"


@register(TAG)
def check_time_limits(app_configs=None, **kwargs) -> list[Error]:
    """Soft time limit < hard time limit < the broker's visibility timeout.

    The soft limit lets a job record its failure before the hard limit kills it; a message not
    acknowledged within the visibility timeout is handed to another worker, so a job that may
    still be running when it expires would run twice at once (tasks acknowledge late).
    """
    soft = settings.CELERY_TASK_SOFT_TIME_LIMIT
    hard = settings.CELERY_TASK_TIME_LIMIT
    errors = []
    if soft >= hard:
        errors.append(
            Error(
                f"The soft time limit ({soft} s) must be below the hard one ({hard} s).",
                hint="Lower VERIFIER_TASK_SOFT_TIME_LIMIT or raise VERIFIER_TASK_TIME_LIMIT.",
                id="verifier.E001",
            )
        )
    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS.get("visibility_timeout")
    if visibility is not None and hard >= visibility:
        errors.append(
            Error(
                f"The hard time limit ({hard} s) must be below the broker's visibility timeout "
                f"({visibility} s), or a running job is delivered to a second worker.",
                hint="Raise VERIFIER_BROKER_VISIBILITY_TIMEOUT or lower VERIFIER_TASK_TIME_LIMIT.",
                id="verifier.E002",
            )
        )
    return errors


@worker_init.connect
def _refuse_to_start_a_worker_on_errors(**_kwargs) -> None:
    # Celery runs Django's checks when a worker starts but ignores what they find; these matter
    # most in the worker, so a failing one stops it. SystemExit, because Celery logs and swallows
    # any Exception a signal handler raises. Forcing an unsafe start lets a test run a worker with
    # a visibility timeout shorter than the hard limit on purpose.
    if settings.VERIFIER_FORCE_UNSAFE_START:
        return
    errors = [message for message in run_checks(tags=[TAG]) if message.is_serious()]
    if errors:
        raise SystemExit(
            "Refusing to start the worker: " + "; ".join(f"{e.id}: {e.msg}" for e in errors)
        )
