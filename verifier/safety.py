"""Refuse to start with settings that are only safe on a developer's machine (verifier.settings)."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

# The names a developer's own machine answers to; anything else is reachable by others.
LOCAL_HOSTS = frozenset({"localhost", ".localhost", "127.0.0.1", "[::1]", "::1", "testserver"})


def refuse_unsafe_start(*, debug: bool, engine: str, allowed_hosts: list[str]) -> None:
    """Raise ImproperlyConfigured when the settings look like a production started unsafely.

    DEBUG on against PostgreSQL or with public host names is a production started without
    DJANGO_DEBUG=0: debug pages would show code and settings to visitors. A `*` host lets any
    Host header through, and absolute links (exports, password resets) are built from it.
    """
    reasons = []
    if "*" in allowed_hosts:
        reasons.append("DJANGO_ALLOWED_HOSTS accepts any host (*)")
    if debug:
        if "postgresql" in engine:
            reasons.append("DJANGO_DEBUG is on against PostgreSQL")
        public = sorted(set(allowed_hosts) - LOCAL_HOSTS - {"*"})
        if public:
            reasons.append(f"DJANGO_DEBUG is on with public host names ({', '.join(public)})")
    if reasons:
        raise ImproperlyConfigured(
            f"Refusing to start: {'; '.join(reasons)}. In production set DJANGO_DEBUG=0 (with "
            "DJANGO_SECRET_KEY) and list the site's names in DJANGO_ALLOWED_HOSTS; to start "
            "anyway (tests, local experiments) set VERIFIER_FORCE_UNSAFE_START=1."
        )
