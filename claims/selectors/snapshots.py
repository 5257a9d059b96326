"""Reads of preserved snapshots."""

from __future__ import annotations

from django.db.models import QuerySet

from claims.models import Snapshot


def snapshot_list() -> QuerySet[Snapshot]:
    # The extracted text can weigh megabytes and only the text download needs it.
    return Snapshot.objects.defer("text")


def snapshot_texts() -> QuerySet[Snapshot]:
    return Snapshot.objects.only("text")
