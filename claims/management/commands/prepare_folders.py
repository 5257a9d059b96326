"""Create the folders the settings point at: SQLite's, the filesystem broker's, static and media."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand


def folders() -> list[Path]:
    """Every local folder the configured settings need and that nothing else creates."""
    needed = [Path(settings.STATIC_ROOT), Path(settings.MEDIA_ROOT)]
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        needed.append(Path(database["NAME"]).parent)
    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if options.get(key):
            needed.append(Path(options[key]))
    return needed


class Command(BaseCommand):
    help = (
        "Create the local folders of the configured settings (SQLite file, filesystem broker, "
        "static and media files). Importing the settings never writes to disk; bin/demo runs this."
    )

    def handle(self, *args, **options) -> None:
        for folder in folders():
            if not folder.is_dir():
                folder.mkdir(parents=True, exist_ok=True)
                if options["verbosity"] >= 1:
                    self.stdout.write(f"created {folder}")
