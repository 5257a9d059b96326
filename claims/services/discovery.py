"""Discovery: ask the enabled providers about a claim and keep what they found as candidates."""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import dispatch
from claims.models import Claim, ProviderResult, ProviderRun
from claims.services.errors import NothingToDiscover
from claims.weblinks import is_web_url
from workers.providers import Lead, Provider, ProviderError, enabled_providers

logger = logging.getLogger(__name__)


def provider_results_store(
    *, claim: Claim, provider: str, candidates: list[Lead]
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


# A run's outcome before it ends: requested (its row is the request's record), then taken by
# one task. Any other outcome is the provider's answer: "ok" or an error code.
QUEUED, RUNNING = "queued", "running"


def _run(claim: Claim, provider: Provider, run: ProviderRun | None = None) -> ProviderRun:
    """Ask one provider and keep what it found; the outcome goes on `run`, or on a new row."""
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
    run = run or ProviderRun(claim=claim, provider=provider.name)
    run.outcome, run.error, run.results = outcome[:40], error, found
    run.started_at, run.elapsed_ms = started_at, int((time.monotonic() - start) * 1000)
    run.save()
    return run


def claim_discover(*, claim_id: int) -> list[ProviderRun]:
    """Run every enabled provider for the claim now; each run, failed or not, is on record.

    What they find is candidate evidence for a reviewer to read: it never sets a verdict.
    """
    claim = Claim.objects.get(pk=claim_id)
    return [_run(claim, provider) for provider in enabled_providers()]


def claim_discovery_request(*, claim_id: int) -> list[str]:
    """Queue a discovery for the claim: one queued run per enabled provider, the message after
    commit. Returns the providers' names.

    Raises NothingToDiscover when no provider is enabled, and Claim.DoesNotExist for no claim.
    """
    claim = Claim.objects.only("pk").get(pk=claim_id)
    names = [provider.name for provider in enabled_providers()]
    if not names:
        raise NothingToDiscover(
            _("No discovery provider is enabled (VERIFIER_PROVIDERS is empty)."), field="providers"
        )
    now = timezone.now()
    with transaction.atomic():
        ProviderRun.objects.bulk_create(
            ProviderRun(claim=claim, provider=name, outcome=QUEUED, started_at=now)
            for name in names
        )
        transaction.on_commit(lambda: dispatch.claim_discovery_send(claim_id=claim.pk))
    return names


def claim_discovery_run(*, claim_id: int) -> list[ProviderRun]:
    """Run the claim's queued provider runs (what the discovery task does).

    Each queued row is taken by a conditional UPDATE, so a duplicate or re-delivered message
    runs nothing twice, and finds nothing left to do. A provider disabled since the request is
    recorded as such.
    """
    claim = Claim.objects.get(pk=claim_id)
    providers = {provider.name: provider for provider in enabled_providers()}
    runs = []
    for run in ProviderRun.objects.filter(claim=claim, outcome=QUEUED).order_by("id"):
        taken = ProviderRun.objects.filter(pk=run.pk, outcome=QUEUED)
        # The time it was taken, so the sweeper can tell a run whose worker died.
        if not taken.update(outcome=RUNNING, started_at=timezone.now()):
            continue  # another task took it
        provider = providers.get(run.provider)
        if provider is None:
            run.outcome, run.error = "disabled", "The provider was disabled after the request."
            run.save(update_fields=["outcome", "error"])
        else:
            _run(claim, provider, run)
        runs.append(run)
    return runs


# Said of a run the sweeper queued again after its worker stopped; a second loss ends it, so a
# provider whose answer kills the worker cannot loop.
REQUEUED_AFTER_LOSS = "Queued again: the worker stopped before the provider answered."


def discovery_sweep(*, now: datetime | None = None) -> dict[str, int]:
    """Recover the discovery runs a lost message or a dead worker left behind.

    - queued for VERIFIER_JOB_RESEND_AFTER: the claim's message is sent again (the task takes
      each queued row by a conditional UPDATE, so the first message, if it ever arrives, runs
      nothing twice);
    - running past the hard time limit: its worker died. The run is queued again once, and
      recorded as ``lost`` the second time, so the editor sees why and can ask again.
    `now` (tests) stands for the clock.
    """
    now = now or timezone.now()
    resend_before = now - timedelta(seconds=settings.VERIFIER_JOB_RESEND_AFTER)
    hard_limit = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 30)
    counts = {"resent": 0, "requeued": 0, "lost": 0}
    with transaction.atomic():
        stale = ProviderRun.objects.filter(outcome=RUNNING, started_at__lte=hard_limit)
        counts["lost"] = stale.filter(error=REQUEUED_AFTER_LOSS).update(
            outcome="lost",
            error="The worker stopped twice before the provider answered; ask again.",
        )
        claim_ids = set(stale.values_list("claim_id", flat=True))
        # Stamped with the sweep's clock, so the resend below does not count them twice.
        counts["requeued"] = stale.update(outcome=QUEUED, error=REQUEUED_AFTER_LOSS, started_at=now)
        waiting = ProviderRun.objects.filter(outcome=QUEUED, started_at__lte=resend_before)
        claim_ids |= set(waiting.values_list("claim_id", flat=True))
        # Restamped, so the next sweep waits its turn again instead of resending every period.
        counts["resent"] = waiting.update(started_at=now)
        for claim_id in sorted(claim_ids):  # one message per claim runs all its queued rows
            transaction.on_commit(
                lambda claim_id=claim_id: dispatch.claim_discovery_send(claim_id=claim_id)
            )
    return counts


def discovery_provider_names() -> list[str]:
    """The enabled providers' names: the screens offer a search only when there is one."""
    return [provider.name for provider in enabled_providers()]
