"""An editor pastes an article's HTML in the admin; its links become the proposed claims'
sources, and a claim is verified from the panel without anyone typing a URL.

Runs against the live test server, a real Celery worker on Redis, and the demo's source pages
served on 127.0.0.1 by the test itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from claims.models import Article, Claim, ClaimSource, SourceOrigin
from claims.roles import EDITORS, roles_ensure
from tests.browser.conftest import log_in, screenshot
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.django_db(transaction=True)]

PASSWORD = "browser-test-password-13"
DEMO = Path(__file__).resolve().parents[2] / "demo" / "sources"


@pytest.fixture
def editor_login(db) -> str:
    roles_ensure()
    user = UserFactory(username="edith")
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name=EDITORS))
    return user.username


def test_pasted_html_gives_claims_with_sources_and_one_is_verified_without_a_url(
    browser_page, celery_worker, local_server, editor_login
):
    for name in ("stargate.html", "goldman.html", "microsoft.html", "softbank.html", "chip.html"):
        local_server.route(f"/{name}", body=(DEMO / name).read_bytes())
    page = browser_page
    log_in(page, username=editor_login, password=PASSWORD, next_url="/admin/claims/article/add/")

    # Paste the page's HTML as it is; its address resolves the relative links.
    page.fill("#id_url", local_server.url("/article-stargate.html"))
    page.fill("#id_language", "fr")
    page.fill("#id_body", (DEMO / "article-stargate.html").read_text(encoding="utf-8"))
    page.locator("input[name=_save]").click()
    page.locator(".messagelist .success", has_text="claim(s) proposed").first.wait_for()
    article = Article.objects.get()
    assert article.links.count() == 6
    assert "<a" not in article.body

    # The proposed claims carry the sources the article's links gave.
    claim = Claim.objects.get(article=article, quote__startswith="Goldman Sachs estime")
    assert list(claim.claim_sources.values_list("source__url", "origin")) == [
        (local_server.url("/goldman.html"), SourceOrigin.ARTICLE_LINK)
    ]
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    assert "Linked in the article" in page.locator("[data-source-origin]").first.inner_text()

    # In the annotated article, the claim's panel shows its source; verify it from there.
    page.goto(f"/articles/{article.pk}/")
    page.locator(f"#claim-{claim.pk}").click()
    panel = page.locator(f'.panel[data-claim-id="{claim.pk}"]')
    panel.wait_for()
    source = panel.locator('[data-source-origin="article_link"]')
    assert "Linked in the article" in source.inner_text()
    assert source.locator("a").get_attribute("href") == local_server.url("/goldman.html")
    screenshot(page, "panel-sources")
    panel.locator("[data-verify]").click()
    page.locator("[data-panel-message]", has_text="Verification queued").wait_for()
    page.locator(".evidence .figure", has_text="19%").first.wait_for(timeout=60_000)
    assert page.locator("[data-job-state]").inner_text() == "Succeeded"
    assert ClaimSource.objects.filter(claim=claim).count() == 1  # nobody typed a URL

    # The claim the article credits to the AFP without a link says what to do.
    afp = Claim.objects.get(article=article, quote__contains="selon l'AFP")
    page.locator(f"#claim-{afp.pk}").click()
    other = page.locator(f'.panel[data-claim-id="{afp.pk}"]')
    other.wait_for()
    assert "cannot be verified yet" in other.locator("[data-no-source]").inner_text()
    assert "AFP" in other.locator("[data-source-hint]").inner_text()
    assert page.script_errors == []
