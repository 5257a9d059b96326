"""The sweeper recovers discovery runs whose message was lost or whose worker died."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import ProviderRun
from claims.services.discovery import (
    REQUEUED_AFTER_LOSS,
    claim_discovery_request,
    discovery_sweep,
)
from tests.factories import ClaimFactory
from tests.providers.answers import MEDIAWIKI
from workers.tasks import discover_for_claim, sweep_jobs

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]

DISCOVER = "workers.tasks.discover_for_claim"


@pytest.fixture
def mediawiki(settings, local_server):
    settings.VERIFIER_PROVIDERS = ["workers.providers.mediawiki.MediaWikiProvider"]
    settings.VERIFIER_MEDIAWIKI_BASE = local_server.url("/{lang}")
    local_server.route("/fr/w/api.php", body=MEDIAWIKI, content_type="application/json")
    return local_server


def _later(seconds: int):
    return timezone.now() + timedelta(seconds=seconds)


def test_it_leaves_a_fresh_request_alone(mediawiki, django_capture_on_commit_callbacks, sent_tasks):
    claim_discovery_request(claim_id=ClaimFactory(language="fr").pk)
    sent_tasks.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert discovery_sweep() == {"resent": 0, "requeued": 0, "lost": 0}
    assert sent_tasks == []


def test_it_resends_a_queued_run_whose_message_was_lost_and_the_run_completes_once(
    mediawiki, settings, django_capture_on_commit_callbacks, sent_tasks
):
    claim = ClaimFactory(text="Le tramway coûte 18 millions d'euros.", language="fr")
    claim_discovery_request(claim_id=claim.pk)  # its message never reaches a worker
    later = _later(settings.VERIFIER_JOB_RESEND_AFTER + 1)

    with django_capture_on_commit_callbacks(execute=True):
        assert discovery_sweep(now=later)["resent"] == 1
    assert [name for name, _ in sent_tasks] == [DISCOVER]
    # Restamped: the next sweep, as soon after, waits its turn instead of sending again.
    assert discovery_sweep(now=later + timedelta(seconds=1))["resent"] == 0

    assert discover_for_claim(claim.pk) == {"mediawiki": "ok"}  # the resent message
    assert discover_for_claim(claim.pk) == {}  # the first one, arriving late, finds it done
    assert mediawiki.hits("/fr/w/api.php") == 1


def test_a_run_whose_worker_died_is_queued_again_once_then_recorded_as_lost(
    mediawiki, settings, django_capture_on_commit_callbacks, sent_tasks
):
    claim = ClaimFactory(language="fr")
    claim_discovery_request(claim_id=claim.pk)
    # A worker took the run, then died before the provider answered.
    ProviderRun.objects.filter(claim=claim).update(outcome="running", started_at=timezone.now())
    past_limit = settings.CELERY_TASK_TIME_LIMIT + 31

    # Not before the hard limit: a slow provider on a live worker is left alone.
    assert discovery_sweep(now=_later(past_limit - 5)) == {
        "resent": 0, "requeued": 0, "lost": 0,
    }  # fmt: skip
    sent_tasks.clear()
    first = _later(past_limit)
    with django_capture_on_commit_callbacks(execute=True):
        assert discovery_sweep(now=first)["requeued"] == 1
    run = ProviderRun.objects.get(claim=claim)
    assert (run.outcome, run.error) == ("queued", REQUEUED_AFTER_LOSS)
    assert [name for name, _ in sent_tasks] == [DISCOVER]

    # Taken again, and the worker dies again: the second loss ends it, with the reason on record.
    ProviderRun.objects.filter(pk=run.pk).update(outcome="running", started_at=first)
    assert discovery_sweep(now=first + timedelta(seconds=past_limit))["lost"] == 1
    run.refresh_from_db()
    assert run.outcome == "lost" and "ask again" in run.error


def test_a_requeued_run_that_completes_clears_the_note(mediawiki, settings):
    claim = ClaimFactory(text="Le tramway coûte 18 millions d'euros.", language="fr")
    claim_discovery_request(claim_id=claim.pk)
    ProviderRun.objects.filter(claim=claim).update(outcome="running", started_at=timezone.now())
    discovery_sweep(now=_later(settings.CELERY_TASK_TIME_LIMIT + 31))

    assert discover_for_claim(claim.pk) == {"mediawiki": "ok"}
    run = ProviderRun.objects.get(claim=claim)
    assert (run.outcome, run.error, run.results) == ("ok", "", 2)


def test_the_periodic_sweep_reports_discovery_beside_jobs(mediawiki):
    assert sweep_jobs() == {
        "resent": 0, "recovered": 0, "failed": 0,
        "discovery_resent": 0, "discovery_requeued": 0, "discovery_lost": 0,
    }  # fmt: skip
