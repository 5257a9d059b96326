"""Django app config for the verification workers (Celery tasks and the pipeline)."""

from django.apps import AppConfig


class WorkersConfig(AppConfig):
    name = "workers"
    verbose_name = "Verification workers"

    def ready(self) -> None:
        from django.conf import settings

        from verifier import checks  # noqa: F401  (registers the start-up checks)
        from workers.fetching import settings as fetch_settings

        # The fetcher imports no framework: it reads Django's settings through this hook, at
        # call time, so an override in a test applies at once.
        fetch_settings.configure(lambda name: getattr(settings, name, None))
