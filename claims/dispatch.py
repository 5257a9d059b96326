"""The one door from the domain to the task queue: services send tasks here, by registered name.

Sending by name keeps the package line one way: `workers.tasks` imports the services, and the
services never import the tasks back (import-linter holds that, see docs/architecture.md).
Routing to the fetch or analysis queue still applies: Celery routes a message by its name.
The app is Celery's current one (the project's, `verifier.celery`, unless a caller made another
current, as the fault tests do to send through a broker they can stop).
"""

from __future__ import annotations

from celery import current_app

from verifier import routing


def job_stage_send(
    *, job_id: int, task_id: str, analyse: bool, countdown: float | None, extract: bool = False
) -> None:
    """Send the message that runs one stage of job `job_id`, under the task id its row names;
    an extraction job (an article's claims found in the background) has one stage."""
    name = routing.JOB_ANALYSE_TASK if analyse else routing.JOB_FETCH_TASK
    if extract:
        name = routing.EXTRACT_ARTICLE_TASK
    current_app.send_task(name, args=[job_id], task_id=task_id, countdown=countdown)


def claim_discovery_send(*, claim_id: int) -> None:
    """Send the message that asks the enabled providers about claim `claim_id`."""
    current_app.send_task(routing.DISCOVER_TASK, args=[claim_id])
