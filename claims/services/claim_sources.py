"""Sources added to a claim after it was filed: a URL typed by an editor, a confirmed candidate."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from claims.models import ProviderResult, Source, SourceOrigin
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


def claim_candidate_confirm(
    *, claim_id: int, result_id: int, user: AbstractBaseUser | None = None
) -> Source:
    """A discovery candidate the reviewer read and accepts becomes a cited source of the claim."""
    with transaction.atomic():
        result = ProviderResult.objects.filter(pk=result_id, claim_id=claim_id).first()
        if result is None:
            raise ValidationError({"candidate": "No such candidate for this claim."})
        claim = claim_lock_version(claim_id=claim_id, expected_version=None)
        item = {
            "url": result.url,
            "name": result.title[:500],
            "publisher": result.publisher[:200],
            "origin": SourceOrigin.DISCOVERY,
        }
        try:
            (source,) = claim_sources_add(claim=claim, sources=[item])
        except ValidationError as exc:
            raise ValidationError({"candidate": exc.messages}) from None
    return source
