"""Sources added to a claim after it was filed: a URL typed by an editor.

A candidate is cited by `claims.services.candidates.candidate_cite`.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from claims.models import Source, SourceOrigin
from claims.services.claims import claim_lock_version
from claims.services.sources import claim_sources_add


def claim_source_attach(
    *, claim_id: int, url: str, name: str = "", user: AbstractBaseUser | None = None
) -> Source:
    """An editor cites a URL for the claim (validated and normalized as in the API)."""
    with transaction.atomic():
        claim = claim_lock_version(claim_id=claim_id, expected_version=None)
        try:
            (source,) = claim_sources_add(
                claim=claim, sources=[{"url": url, "name": name, "origin": SourceOrigin.EDITOR}]
            )
        except ValidationError as exc:
            raise ValidationError({"url": exc.messages}) from None
    return source
