"""Reads of verification jobs."""

from __future__ import annotations

from django.db.models import QuerySet

from claims.models import VerificationJob


def job_list() -> QuerySet[VerificationJob]:
    return VerificationJob.objects.select_related("claim")
