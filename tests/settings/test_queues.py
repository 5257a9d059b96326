"""Queues by kind, as the settings declare and route them."""

from django.conf import settings

from verifier.routing import queue_for, queues_for, routes_for


def test_a_plain_worker_consumes_every_kind_of_work():
    # `celery -A verifier worker` without -Q (as in older deployments) must not leave the fetch
    # or analysis queue unread: the settings declare all three.
    default = settings.CELERY_TASK_DEFAULT_QUEUE
    declared = {q.name: (q.exchange.name, q.routing_key) for q in settings.CELERY_TASK_QUEUES}
    assert declared == {name: (name, name) for name in queues_for(default)}
    assert set(declared) == {default, f"{default}.fetch", f"{default}.analyse"}


def test_each_stage_is_routed_to_the_queue_of_its_kind():
    routes = settings.CELERY_TASK_ROUTES
    assert routes == routes_for(settings.CELERY_TASK_DEFAULT_QUEUE)
    default = settings.CELERY_TASK_DEFAULT_QUEUE
    assert routes["workers.tasks.verify_claim"] == {"queue": queue_for(default, "fetch")}
    assert routes["workers.tasks.analyse_job"] == {"queue": queue_for(default, "analyse")}
    assert "workers.tasks.sweep_jobs" not in routes  # the default queue, with the fetchers
    assert queues_for("newsroom", ("analyse",)) == ["newsroom.analyse"]
    assert queues_for("newsroom", ("fetch",)) == ["newsroom", "newsroom.fetch"]
