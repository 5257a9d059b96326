"""MediaWiki search on the wiki in the claim's language: background pages as candidates."""

import pytest

from claims.models import ProviderResult
from claims.services.discovery import claim_discover
from tests.factories import ClaimFactory
from tests.providers.answers import MEDIAWIKI

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]


@pytest.fixture
def wiki(settings, local_server):
    settings.VERIFIER_PROVIDERS = ["workers.providers.mediawiki.MediaWikiProvider"]
    # The language goes in the path here as it goes in the host name for Wikipedia.
    settings.VERIFIER_MEDIAWIKI_BASE = local_server.url("/{lang}")
    return local_server


def test_it_searches_the_wiki_of_the_claims_language(wiki):
    wiki.route("/fr/w/api.php", body=MEDIAWIKI, content_type="application/json; charset=utf-8")
    claim = ClaimFactory(text="Le tramway coûte 18 millions d'euros.", language="fr")

    (run,) = claim_discover(claim_id=claim.pk)

    assert run.outcome == "ok" and run.results == 2
    (request,) = wiki.requests
    assert "action=query" in request.path and "list=search" in request.path
    assert "srsearch=Le+tramway" in request.path and "format=json" in request.path
    page = ProviderResult.objects.get(claim=claim, title="Tramway d'Exampleville")
    assert page.url == wiki.url("/fr/wiki/Tramway_d%27Exampleville")
    assert page.snippet == "Le tramway & son coût"  # markup stripped, entities decoded
    assert page.publisher == "Wikipedia (fr)" and page.raw["pageid"] == 4242


def test_a_claim_without_a_usable_language_uses_the_default_wiki(wiki, settings):
    settings.VERIFIER_MEDIAWIKI_DEFAULT_LANGUAGE = "en"
    wiki.route("/en/w/api.php", body=MEDIAWIKI, content_type="application/json")
    claim = ClaimFactory(language="x.e/ #")  # no language code, and not a host fragment

    (run,) = claim_discover(claim_id=claim.pk)

    assert run.outcome == "ok" and wiki.hits("/en/w/api.php") == 1


def test_an_answer_of_the_wrong_shape_is_recorded(wiki):
    wiki.route("/fr/w/api.php", body=b'{"error": {"code": "x"}}', content_type="application/json")

    (run,) = claim_discover(claim_id=ClaimFactory(language="fr").pk)

    assert run.outcome == "bad_shape" and not ProviderResult.objects.exists()
