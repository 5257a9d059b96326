"""Discovery: ask the enabled providers about a claim and keep what they found as candidates."""

from __future__ import annotations

import logging
import time

from django.db import IntegrityError, transaction
from django.utils import timezone

from claims import dispatch
from claims.models import Claim, ProviderResult, ProviderRun
from claims.services.errors import NothingToDiscover
from workers.providers import Lead, Provider, ProviderError, enabled_providers

logger = logging.getLogger(__name__)


def provider_results_store(
    *, claim: Claim, provider: str, candidates: list[Lead]
) -> list[ProviderResult]:
    """Keep each candidate once per (claim, provider, URL); a later run refreshes it."""
    stored = []
    for candidate in candidates:
        values = {
            "title": candidate.title[:1000],
            "publisher": candidate.publisher[:300],
            "rating_text": candidate.rating_text[:300],
            "snippet": candidate.snippet,
            "published_at": candidate.published_at,
            "raw": candidate.raw,
        }
        key = {"claim": claim, "provider": provider, "url": candidate.url[:2000]}
        try:
            with transaction.atomic():
                row, _ = ProviderResult.objects.update_or_create(**key, defaults=values)
        except IntegrityError:  # a concurrent run stored it first
            row, _ = ProviderResult.objects.update_or_create(**key, defaults=values)
        stored.append(row)
    return stored


def _run(claim: Claim, provider: Provider) -> ProviderRun:
    started_at, start = timezone.now(), time.monotonic()
    outcome, error, found = "ok", "", 0
    try:
        found = len(
            provider_results_store(
                claim=claim, provider=provider.name, candidates=provider.discover(claim)
            )
        )
    except ProviderError as exc:
        outcome, error = exc.code, exc.message
    except Exception as exc:  # one provider's bug must not keep the others from answering
        logger.exception("provider %s crashed on claim %s", provider.name, claim.pk)
        outcome, error = "internal", f"{type(exc).__name__}: {exc}"
    return ProviderRun.objects.create(
        claim=claim,
        provider=provider.name,
        outcome=outcome[:40],
        error=error,
        results=found,
        started_at=started_at,
        elapsed_ms=int((time.monotonic() - start) * 1000),
    )


def claim_discover(*, claim_id: int) -> list[ProviderRun]:
    """Run every enabled provider for the claim; each run, failed or not, is on record.

    What they find is candidate evidence for a reviewer to read: it never sets a verdict.
    """
    claim = Claim.objects.get(pk=claim_id)
    return [_run(claim, provider) for provider in enabled_providers()]


def claim_discovery_request(*, claim_id: int) -> list[str]:
    """Queue a discovery run for the claim after commit; the names of the providers it will ask.

    Raises NothingToDiscover when no provider is enabled, and Claim.DoesNotExist for no claim.
    """
    claim = Claim.objects.only("pk").get(pk=claim_id)
    names = [provider.name for provider in enabled_providers()]
    if not names:
        raise NothingToDiscover(
            "No discovery provider is enabled (VERIFIER_PROVIDERS is empty).", field="providers"
        )
    transaction.on_commit(lambda: dispatch.claim_discovery_send(claim_id=claim.pk))
    return names
