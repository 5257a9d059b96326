"""Who may read the OpenAPI schema and its Swagger UI: signed-in users, or anyone if so set."""

from __future__ import annotations

from django.conf import settings
from rest_framework.permissions import BasePermission


class ApiDocsPermission(BasePermission):
    """The schema lists every endpoint and field: a map an anonymous visitor does not need.

    The setting is read at each request (not when the view class is built) so it can be changed
    per deployment and per test.
    """

    def has_permission(self, request, view) -> bool:
        if settings.VERIFIER_API_DOCS_PUBLIC:
            return True
        return bool(request.user and request.user.is_authenticated)
