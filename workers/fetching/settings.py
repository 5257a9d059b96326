"""The fetcher's settings, read at call time so tests can override them."""

from __future__ import annotations

from typing import Any

from django.conf import settings

DEFAULT_USER_AGENT = "verifier/0.1 (newsroom claim verification)"


def setting(name: str, default: Any) -> Any:
    """settings.<name>, or `default` when the project does not define it (or sets it to None)."""
    value = getattr(settings, name, None)
    return default if value is None else value
