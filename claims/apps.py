"""Django app config for the claims domain."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verification"

    def ready(self) -> None:
        from claims import checks  # noqa: F401  (registers the start-up checks)
        from claims.roles import roles_ensure

        # After migrate (and after a test flush) permissions exist again: rebuild the groups.
        post_migrate.connect(roles_ensure, sender=self, dispatch_uid="claims.roles_ensure")
