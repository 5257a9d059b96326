"""`GET /healthz`: database, broker and storage for load balancers; no auth, no secrets."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.support.redis_server import free_port

pytestmark = pytest.mark.django_db


def _probe(**extra):
    # A load balancer probes by address over plain HTTP, without a session or a token.
    return Client().get("/healthz", HTTP_HOST="10.1.2.3", **extra)


def test_it_answers_200_when_the_database_broker_and_storage_answer(settings):
    settings.SECURE_SSL_REDIRECT = True  # production: every other page redirects to HTTPS
    response = _probe()
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "broker": "ok", "storage": "ok"},
    }
    assert response["Cache-Control"] == "no-store"


def test_it_answers_503_naming_an_unreachable_broker_without_its_address(settings):
    settings.CELERY_BROKER_URL = f"redis://:s3cret-password@127.0.0.1:{free_port()}/0"
    response = _probe()
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == "ok" and body["checks"]["storage"] == "ok"
    assert body["checks"]["broker"].startswith("error: ")
    assert b"s3cret" not in response.content and b"127.0.0.1" not in response.content


def test_it_answers_503_when_the_media_folder_cannot_be_written(settings, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    settings.MEDIA_ROOT = blocker / "media"
    settings.STORAGES = {**settings.STORAGES}  # drops the storages built with the old root
    response = _probe()
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "error: FileNotFoundError"


def test_the_filesystem_broker_is_healthy_once_its_folders_are_prepared(settings, tmp_path):
    from django.core.management import call_command

    broker = tmp_path / "broker"
    settings.CELERY_BROKER_URL = "filesystem://"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(broker / "queue"),
        "data_folder_out": str(broker / "queue"),
        "processed_folder": str(broker / "processed"),
        "control_folder": str(broker / "control"),
    }
    assert _probe().json()["checks"]["broker"] == "error: FileNotFoundError"
    call_command("prepare_folders", verbosity=0)
    assert _probe().json()["checks"]["broker"] == "ok"


def test_only_get_and_head_are_answered(settings):
    assert Client().head("/healthz", HTTP_HOST="10.1.2.3").status_code == 200
    # Anything else goes through the normal stack, where the unknown host is refused.
    assert Client().post("/healthz", HTTP_HOST="10.1.2.3").status_code == 400
