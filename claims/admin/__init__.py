"""The editorial web admin."""

from claims.admin import articles, claims, jobs, sources  # noqa: F401  (registers the admins)
