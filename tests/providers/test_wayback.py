"""Wayback: the closest archived copy of a page, a fresh capture on request, as candidates."""

from datetime import UTC, datetime

import pytest

from claims.models import ProviderResult
from claims.services.discovery import claim_discover
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.providers.answers import WAYBACK_NOTHING, wayback_available
from workers.providers.base import ProviderError
from workers.providers.wayback import WaybackProvider, raw_capture_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]

ARCHIVED = "https://web.archive.org/web/20250121093000/https://example.org/report"


@pytest.fixture
def wayback(settings, local_server):
    settings.VERIFIER_PROVIDERS = ["workers.providers.wayback.WaybackProvider"]
    settings.VERIFIER_WAYBACK_API_BASE = local_server.url("")
    settings.VERIFIER_WAYBACK_SAVE_BASE = local_server.url("")
    return local_server


def test_it_finds_the_closest_copy_near_the_time_asked(wayback):
    wayback.route(
        "/wayback/available", body=wayback_available(ARCHIVED), content_type="application/json"
    )

    copy = WaybackProvider().lookup(
        "https://example.org/report", at=datetime(2025, 1, 20, 8, 0, tzinfo=UTC)
    )

    assert copy.url == ARCHIVED
    assert (
        copy.raw_url == "https://web.archive.org/web/20250121093000id_/https://example.org/report"
    )
    assert copy.captured_at == datetime(2025, 1, 21, 9, 30, tzinfo=UTC)
    (request,) = wayback.requests
    assert "url=https%3A%2F%2Fexample.org%2Freport" in request.path
    assert "timestamp=20250120080000" in request.path


def test_no_capture_and_a_capture_of_an_error_page_are_no_copy(wayback):
    wayback.route("/wayback/available", body=WAYBACK_NOTHING, content_type="application/json")
    assert WaybackProvider().lookup("https://example.org/never") is None

    errored = wayback_available(ARCHIVED, status="404")
    wayback.route("/wayback/available", body=errored, content_type="application/json")
    assert WaybackProvider().lookup("https://example.org/report") is None


def test_an_unreachable_api_raises_a_provider_error(wayback):
    wayback.route("/wayback/available", status=502, body=b"", content_type="text/plain")
    with pytest.raises(ProviderError) as caught:
        WaybackProvider().lookup("https://example.org/report")
    assert caught.value.code == "http_5xx"


def test_the_raw_capture_url_leaves_other_urls_alone():
    assert raw_capture_url("https://example.org/web/page") == "https://example.org/web/page"


def test_discovery_lists_an_archived_copy_of_each_source(wayback):
    wayback.route(
        "/wayback/available", body=wayback_available(ARCHIVED), content_type="application/json"
    )
    claim = cite(ClaimFactory(), SourceFactory(url="https://example.org/report"))

    (run,) = claim_discover(claim_id=claim.pk)

    assert run.outcome == "ok"
    found = ProviderResult.objects.get(claim=claim, provider="wayback")
    assert found.url == ARCHIVED and found.publisher == "Internet Archive"
    assert found.raw["source"] == "https://example.org/report"


def test_save_page_now_is_asked_only_when_enabled(wayback, settings):
    capture = "/web/20250301120000/https://example.org/report"
    wayback.redirect("/save/https://example.org/report", capture)
    wayback.route(capture, body=b"<html><body><p>captured</p></body></html>")
    wayback.route("/wayback/available", body=WAYBACK_NOTHING, content_type="application/json")
    claim = cite(ClaimFactory(), SourceFactory(url="https://example.org/report"))

    claim_discover(claim_id=claim.pk)
    assert wayback.hits("/save/https://example.org/report") == 0

    settings.VERIFIER_WAYBACK_SAVE = True
    claim_discover(claim_id=claim.pk)
    assert wayback.hits("/save/https://example.org/report") == 1
    found = ProviderResult.objects.get(claim=claim, provider="wayback")
    assert found.url == wayback.url(capture)
