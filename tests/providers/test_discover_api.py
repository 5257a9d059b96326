"""POST /api/v1/claims/{id}/discover/: queue the enabled providers for a claim."""

import pytest

from claims.models import ProviderResult, ProviderRun
from tests.factories import ClaimFactory
from tests.providers.answers import MEDIAWIKI
from workers.tasks import discover_for_claim

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]


def test_it_says_so_when_no_provider_is_enabled(reviewer_api, settings):
    settings.VERIFIER_PROVIDERS = []
    response = reviewer_api.post(f"/api/v1/claims/{ClaimFactory().pk}/discover/")
    assert response.status_code == 409 and "VERIFIER_PROVIDERS" in response.json()["detail"]


def test_it_queues_discovery_after_commit_and_the_task_stores_candidates(
    reviewer_api, settings, local_server, django_capture_on_commit_callbacks, sent_tasks
):
    settings.VERIFIER_PROVIDERS = ["workers.providers.mediawiki.MediaWikiProvider"]
    settings.VERIFIER_MEDIAWIKI_BASE = local_server.url("/{lang}")
    local_server.route("/fr/w/api.php", body=MEDIAWIKI, content_type="application/json")
    claim = ClaimFactory(text="Le tramway coûte 18 millions d'euros.", language="fr")

    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_api.post(f"/api/v1/claims/{claim.pk}/discover/")
        assert sent_tasks == []  # nothing leaves before commit

    assert response.status_code == 202
    assert response.json() == {"claim": claim.pk, "providers": ["mediawiki"]}
    assert [name for name, _ in sent_tasks] == ["workers.tasks.discover_for_claim"]
    assert not ProviderResult.objects.exists()  # nothing runs in the request itself
    # The request is on record before any worker sees it: one queued run per provider.
    assert list(ProviderRun.objects.values_list("provider", "outcome")) == [("mediawiki", "queued")]
    assert discover_for_claim(claim.pk) == {"mediawiki": "ok"}  # what the worker runs
    assert ProviderResult.objects.filter(claim=claim, provider="mediawiki").count() == 2
    assert list(ProviderRun.objects.values_list("outcome", "results")) == [("ok", 2)]


def test_a_duplicate_message_runs_nothing_twice(reviewer_api, settings, local_server):
    settings.VERIFIER_PROVIDERS = ["workers.providers.mediawiki.MediaWikiProvider"]
    settings.VERIFIER_MEDIAWIKI_BASE = local_server.url("/{lang}")
    local_server.route("/fr/w/api.php", body=MEDIAWIKI, content_type="application/json")
    claim = ClaimFactory(text="Le tramway coûte 18 millions d'euros.", language="fr")
    reviewer_api.post(f"/api/v1/claims/{claim.pk}/discover/")

    assert discover_for_claim(claim.pk) == {"mediawiki": "ok"}
    assert discover_for_claim(claim.pk) == {}  # the same message again: its run is done

    assert ProviderRun.objects.filter(claim=claim).count() == 1
    assert local_server.hits("/fr/w/api.php") == 1


def test_a_provider_disabled_after_the_request_is_recorded_not_run(reviewer_api, settings):
    settings.VERIFIER_PROVIDERS = ["workers.providers.mediawiki.MediaWikiProvider"]
    claim = ClaimFactory(language="fr")
    reviewer_api.post(f"/api/v1/claims/{claim.pk}/discover/")
    settings.VERIFIER_PROVIDERS = []

    assert discover_for_claim(claim.pk) == {"mediawiki": "disabled"}
    assert ProviderRun.objects.get(claim=claim).error.startswith("The provider was disabled")
