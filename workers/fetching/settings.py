"""The fetcher's settings, looked up at call time through one hook the host installs.

The fetcher is a library: it imports no framework. The Django project installs a lookup on
settings (workers.apps), read on every call so a test's override applies at once; with no hook
installed every setting has its default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DEFAULT_USER_AGENT = "verifier/0.1 (newsroom claim verification)"

_lookup: Callable[[str], Any] = lambda name: None  # noqa: E731 - no host: defaults


def configure(lookup: Callable[[str], Any]) -> None:
    """Install the host's settings lookup: `lookup(name)` returns the value, or None if unset."""
    global _lookup
    _lookup = lookup


def setting(name: str, default: Any) -> Any:
    """The host's setting `name`, or `default` when it does not define it (or sets it to None)."""
    value = _lookup(name)
    return default if value is None else value
