"""Discovery: ask the enabled providers about a claim and keep what they found as candidates."""

from __future__ import annotations

import logging
import time

from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.models import Claim, ProviderResult, ProviderRun
from claims.weblinks import is_web_url
from workers.providers import Candidate, Provider, ProviderError, enabled_providers

logger = logging.getLogger(__name__)


def provider_results_store(
    *, claim: Claim, provider: str, candidates: list[Candidate]
) -> list[ProviderResult]:
    """Keep each candidate once per (claim, provider, URL); a later run refreshes it.

    A hostile or broken upstream may answer `javascript:` or `data:` URLs: only http(s) is kept.
    """
    stored = []
    for candidate in candidates:
        if not is_web_url(candidate.url) or len(candidate.url) > 2000:
            logger.warning("provider %s: dropped a non-web URL %.100r", provider, candidate.url)
            continue
        values = {
            "title": candidate.title[:1000],
            "publisher": candidate.publisher[:300],
            "rating_text": candidate.rating_text[:300],
            "snippet": candidate.snippet,
            "published_at": candidate.published_at,
            "raw": candidate.raw,
        }
        key = {"claim": claim, "provider": provider, "url": candidate.url}
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
