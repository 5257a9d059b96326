"""The archive fallback: when a cited page is dead, read its Wayback copy instead."""

from __future__ import annotations

import logging

from claims.models import Snapshot, Source, VerificationJob
from claims.services.capture import SourceRead, source_fetch
from workers.providers.base import ProviderError
from workers.providers.registry import enabled_provider
from workers.providers.wayback import WaybackProvider

logger = logging.getLogger(__name__)


def archived_read(
    *, source: Source, job: VerificationJob | None, failed: SourceRead
) -> SourceRead | None:
    """Read the archived copy of a dead source; None when disabled, not dead or not archived.

    The copy is preserved like any fetch, under the same source; its snapshot's requested and
    final URLs are the archive's, so the evidence drawn from it says where it really came from.
    """
    if not failed.dead:
        return None
    wayback = enabled_provider("wayback")
    if not isinstance(wayback, WaybackProvider):
        return None
    # Closest to the last time the page was read alive: the version that was cited.
    last_good = (
        Snapshot.objects.filter(source=source, error_code="")
        .exclude(requested_url__contains="/web/")
        .order_by("-fetched_at")
        .values_list("fetched_at", flat=True)
        .first()
    )
    try:
        copy = wayback.lookup(source.url, at=last_good)
    except ProviderError as error:
        logger.warning("wayback lookup for %s failed: %s %s", source.url, error.code, error)
        return None
    if copy is None:
        return None
    read = source_fetch(source=source, job=job, url=copy.raw_url)
    return read if read.ok else None
