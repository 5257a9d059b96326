"""`GET /healthz` for load balancers: can this process reach its database, broker and storage?

200 with `{"status": "ok", "checks": {...}}` when all three answer, 503 with the failing ones
otherwise. No authentication and no secrets: a failure is named by its exception class only,
since messages can carry host names and credentials.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.http import HttpRequest, JsonResponse

PATH = "/healthz"
# Seconds a probe of the broker may take; a load balancer gives up after a few seconds anyway.
BROKER_TIMEOUT = 3


def _database() -> None:
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")


def _broker() -> None:
    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
    if "data_folder_in" in options:  # kombu's filesystem transport: its folders are the broker
        for key in ("data_folder_in", "processed_folder", "control_folder"):
            _writable_folder(Path(options[key]), must_exist=True)
        return
    from verifier.celery import app

    # The URL is read from the settings at each probe (the app copied it when it was configured).
    url = settings.CELERY_BROKER_URL
    with app.connection_for_write(url, connect_timeout=BROKER_TIMEOUT) as connection:
        connection.ensure_connection(max_retries=1, interval_start=0, timeout=BROKER_TIMEOUT)


def _storage() -> None:
    storage = storages["default"]
    if isinstance(storage, FileSystemStorage):
        # The storage creates its folders on the first save: the nearest existing one must take it.
        _writable_folder(Path(storage.location), must_exist=False)
    else:
        storage.exists("healthz")  # one round trip proves the endpoint and the credentials


def _writable_folder(folder: Path, *, must_exist: bool) -> None:
    if not must_exist:
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
    if not folder.is_dir():
        raise FileNotFoundError(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(folder)


PROBES: dict[str, Callable[[], None]] = {
    "database": _database,
    "broker": _broker,
    "storage": _storage,
}


def health() -> tuple[bool, dict[str, str]]:
    """Run every probe; each gives "ok" or "error: <exception class>"."""
    checks = {}
    for name, probe in PROBES.items():
        try:
            probe()
        except Exception as exc:  # any failure of a dependency is an answer, not a 500
            checks[name] = f"error: {type(exc).__name__}"
        else:
            checks[name] = "ok"
    return all(value == "ok" for value in checks.values()), checks


def healthz(request: HttpRequest) -> JsonResponse:
    healthy, checks = health()
    response = JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answer `GET /healthz` before any other middleware.

    A load balancer probes over plain HTTP with an address as the Host header: ahead of the
    security middleware it is neither redirected to HTTPS nor refused as a disallowed host.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.path in (PATH, PATH + "/") and request.method in ("GET", "HEAD"):
            return healthz(request)
        return self.get_response(request)
