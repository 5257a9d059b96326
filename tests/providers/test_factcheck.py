"""Google Fact Check Tools: published fact-checks become candidates beside the claim."""

from datetime import UTC, datetime

import pytest

from claims.models import ProviderResult, ProviderRun
from claims.services.discovery import claim_discover
from tests.factories import ClaimFactory
from tests.providers.answers import FACTCHECK

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]

SEARCH = "/v1alpha1/claims:search"


@pytest.fixture
def factcheck(settings, local_server):
    settings.VERIFIER_PROVIDERS = ["workers.providers.factcheck.FactCheckProvider"]
    settings.VERIFIER_FACTCHECK_API_BASE = local_server.url("")
    settings.VERIFIER_FACTCHECK_API_KEY = "test-key-123"
    return local_server


def test_it_keeps_each_review_with_publisher_rating_url_and_date(factcheck):
    factcheck.route(SEARCH, body=FACTCHECK, content_type="application/json; charset=UTF-8")
    claim = ClaimFactory(text="The tram line costs 18 million euros.", language="en")

    (run,) = claim_discover(claim_id=claim.pk)

    assert run.outcome == "ok" and run.results == 2
    first = ProviderResult.objects.get(claim=claim, url="https://checkdesk.example/tram-cost")
    assert first.provider == "factcheck"
    assert first.publisher == "Check Desk" and first.rating_text == "Misleading"
    assert first.published_at == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    assert first.raw["claimant"] == "Mayor of Exampleville"
    assert first.raw["review"]["languageCode"] == "en"
    second = ProviderResult.objects.get(claim=claim, url="https://verif.example/tram")
    assert second.publisher == "verif.example"  # no name: the site stands in


def test_it_sends_the_claim_its_language_and_the_key(factcheck):
    factcheck.route(SEARCH, body=FACTCHECK, content_type="application/json")
    claim = ClaimFactory(text="Le tram coûte 18 millions.", language="fr")

    claim_discover(claim_id=claim.pk)

    (request,) = [r for r in factcheck.requests if r.path.startswith(SEARCH)]
    assert "languageCode=fr" in request.path and "key=test-key-123" in request.path
    assert "query=Le+tram+co%C3%BBte+18+millions." in request.path


def test_a_second_run_refreshes_instead_of_duplicating(factcheck):
    factcheck.route(SEARCH, body=FACTCHECK, content_type="application/json")
    claim = ClaimFactory()

    claim_discover(claim_id=claim.pk)
    claim_discover(claim_id=claim.pk)

    assert ProviderResult.objects.filter(claim=claim).count() == 2
    assert ProviderRun.objects.filter(claim=claim).count() == 2


def test_a_candidate_never_touches_the_verdict(factcheck):
    factcheck.route(SEARCH, body=FACTCHECK, content_type="application/json")
    claim = ClaimFactory()

    claim_discover(claim_id=claim.pk)

    claim.refresh_from_db()
    assert claim.status == "unverified" and claim.suggested_verdict is None
    assert claim.version == 1 and not claim.evidence.exists()


def test_a_server_error_is_recorded_without_the_key_and_does_not_crash(factcheck):
    factcheck.route(SEARCH, status=500, body=b"oops", content_type="text/plain")
    claim = ClaimFactory()

    (run,) = claim_discover(claim_id=claim.pk)

    assert run.outcome == "http_5xx" and run.results == 0
    assert "500" in run.error and "test-key-123" not in run.error
    assert not ProviderResult.objects.exists()


def test_an_answer_that_is_not_json_is_recorded(factcheck):
    factcheck.route(SEARCH, body=b"{'claims': [", content_type="application/json")

    (run,) = claim_discover(claim_id=ClaimFactory().pk)

    assert run.outcome == "bad_json"
