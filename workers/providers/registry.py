"""The providers the settings enable (VERIFIER_PROVIDERS, dotted class paths; none by default)."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from workers.fetching.settings import setting
from workers.providers.base import Provider


def enabled_providers() -> list[Provider]:
    providers = []
    for path in setting("VERIFIER_PROVIDERS", []):
        try:
            cls = import_string(path)
        except ImportError as exc:
            raise ImproperlyConfigured(
                f"VERIFIER_PROVIDERS: cannot import {path!r}: {exc}"
            ) from None
        if not (isinstance(cls, type) and issubclass(cls, Provider)):
            raise ImproperlyConfigured(f"VERIFIER_PROVIDERS: {path!r} is not a Provider class.")
        providers.append(cls())
    return providers


def enabled_provider(name: str) -> Provider | None:
    """The enabled provider called `name` (e.g. "wayback"), or None when it is not enabled."""
    return next((p for p in enabled_providers() if p.name == name), None)
