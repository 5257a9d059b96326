"""Only http(s) URLs become links, wherever a URL is shown; providers store no other kind."""

from datetime import UTC, datetime

import pytest
from django.utils.html import escape

from claims.models import Evidence, FetchAttempt, ProviderResult, Source
from claims.services.discovery import provider_results_store
from tests.factories import ArticleFactory, ClaimFactory, cite
from workers.providers import Lead

pytestmark = pytest.mark.django_db

HOSTILE = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:x()"]


def test_providers_results_keep_only_http_and_https_urls():
    claim = ClaimFactory()
    stored = provider_results_store(
        claim=claim,
        provider="factcheck",
        candidates=[Lead(url=url, title="bad") for url in HOSTILE]
        + [Lead(url="https://example.org/check", title="good"),
           Lead(url="http://example.org/other", title="plain")],
    )  # fmt: skip
    assert sorted(r.url for r in stored) == [
        "http://example.org/other",
        "https://example.org/check",
    ]
    assert ProviderResult.objects.count() == 2


@pytest.fixture(params=HOSTILE)
def hostile_rows(request):
    """Rows written before the checks (or by a bug): every screen must still refuse the link."""
    url = request.param
    article = ArticleFactory(url=url)
    source = Source.objects.create(url=url, name="")
    claim = cite(ClaimFactory(article=article), source)
    Evidence.objects.create(
        claim=claim, source=source, url=url, excerpt="passage", stance="supports",
        method="manual", excerpt_start=0, excerpt_end=7,
    )  # fmt: skip
    ProviderResult.objects.create(claim=claim, provider="factcheck", url=url)
    when = datetime(2025, 1, 1, tzinfo=UTC)
    FetchAttempt.objects.create(source=source, url=url, outcome="http_4xx", started_at=when)
    return url, article, claim, source


def _pages(article, claim, source) -> list[str]:
    return [
        f"/admin/claims/claim/{claim.pk}/change/",
        "/admin/claims/source/",
        "/admin/claims/evidence/",
        f"/claims/{claim.pk}/",
        f"/articles/{article.pk}/",
        "/dashboard/",
    ]


def test_no_screen_renders_a_non_http_url_as_a_link(admin_client, hostile_rows):
    url, article, claim, source = hostile_rows
    for page in _pages(article, claim, source):
        response = admin_client.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        assert 'href="javascript:' not in html.lower() and 'href="data:' not in html, page
    # Shown as text instead, escaped.
    assert escape(url) in admin_client.get("/admin/claims/source/").content.decode()


def test_http_urls_are_still_links(admin_client):
    source = Source.objects.create(url="https://example.org/report", name="Report")
    claim = cite(ClaimFactory(article=ArticleFactory(url="https://example.org/a")), source)
    html = admin_client.get(f"/claims/{claim.pk}/").content.decode()
    assert 'href="https://example.org/report"' in html
    html = admin_client.get(f"/articles/{claim.article_id}/").content.decode()
    assert 'href="https://example.org/a"' in html
