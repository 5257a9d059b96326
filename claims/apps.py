"""Django app config for the claims domain."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = _("Claims and verification")

    def ready(self) -> None:
        from claims import i18n  # noqa: F401  (connects the login hook for the saved language)
        from claims.roles import roles_ensure

        # After migrate (and after a test flush) permissions exist again: rebuild the groups.
        post_migrate.connect(roles_ensure, sender=self, dispatch_uid="claims.roles_ensure")
