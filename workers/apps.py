"""Django app config for the verification workers (Celery tasks and the pipeline)."""

from django.apps import AppConfig


class WorkersConfig(AppConfig):
    name = "workers"
    verbose_name = "Verification workers"
