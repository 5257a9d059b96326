"""Providers are off unless the settings name them; one failing does not stop the others."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from claims.models import ProviderResult, ProviderRun
from claims.services.discovery import claim_discover
from tests.factories import ClaimFactory
from tests.providers.answers import MEDIAWIKI
from workers.providers import enabled_providers

pytestmark = pytest.mark.django_db


def test_no_provider_is_enabled_by_default():
    assert enabled_providers() == []
    assert claim_discover(claim_id=ClaimFactory().pk) == []
    assert not ProviderRun.objects.exists()


def test_a_path_that_is_not_a_provider_is_refused(settings):
    settings.VERIFIER_PROVIDERS = ["claims.models.Claim"]
    with pytest.raises(ImproperlyConfigured):
        enabled_providers()


@pytest.mark.usefixtures("allow_private")
def test_a_failing_provider_does_not_keep_the_next_one_from_answering(settings, local_server):
    settings.VERIFIER_PROVIDERS = [
        "workers.providers.factcheck.FactCheckProvider",
        "workers.providers.mediawiki.MediaWikiProvider",
    ]
    settings.VERIFIER_FACTCHECK_API_BASE = local_server.url("")
    settings.VERIFIER_FACTCHECK_API_KEY = "k"
    settings.VERIFIER_MEDIAWIKI_BASE = local_server.url("/{lang}")
    local_server.route("/v1alpha1/claims:search", status=500, body=b"", content_type="text/plain")
    local_server.route("/fr/w/api.php", body=MEDIAWIKI, content_type="application/json")

    runs = claim_discover(claim_id=ClaimFactory(language="fr").pk)

    assert [(r.provider, r.outcome) for r in runs] == [
        ("factcheck", "http_5xx"),
        ("mediawiki", "ok"),
    ]
    assert ProviderResult.objects.filter(provider="mediawiki").count() == 2
