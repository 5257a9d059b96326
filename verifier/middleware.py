"""An unreachable database answers 503 (try again), not 500 (a bug), on every page."""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy

logger = logging.getLogger(__name__)

MESSAGE = gettext_lazy("The database is unavailable; nothing was saved. Try again shortly.")


class DatabaseUnavailableMiddleware:
    """Turn a lost database connection raised by a view into a 503 with Retry-After.

    The API's exception handler already does this for DRF views; this covers the admin and every
    other Django view. The request's transaction was rolled back by the failure itself.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("database unavailable on %s: %s", request.path, exception)
        if request.path.startswith("/api/"):
            response = JsonResponse({"detail": MESSAGE}, status=503)
        else:
            response = HttpResponse(
                f"<!doctype html><title>Service unavailable</title><h1>Service unavailable</h1>"
                f"<p>{MESSAGE}</p>",
                status=503,
            )
        response["Retry-After"] = "5"
        return response
