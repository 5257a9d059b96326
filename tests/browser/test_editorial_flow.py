"""An editor's session in a real browser: log in, read the lit-up article, verify, decide, export.

Runs against the live test server, a real Celery worker on Redis, and a source page served on
127.0.0.1 by the test itself.
"""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.auth.models import Group

from claims.models import Claim, ClaimStatus, StatusChange
from claims.roles import REVIEWERS, roles_ensure
from claims.services.seed import seed_load
from claims.services.status import claim_status_set
from tests.browser.conftest import log_in, screenshot
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.django_db(transaction=True)]

PASSWORD = "browser-test-password-7"
# Our own page, standing in for the announcement the claim rests on.
SOURCE_PAGE = """<!doctype html><html lang="en"><head><title>Stargate test page</title></head>
<body><nav>Home | Press</nav><article><h1>A test page about the Stargate Project</h1>
<p>The Stargate Project is a new company which intends to invest $500 billion over the next four
years building new AI infrastructure for OpenAI in the United States.</p>
<p>The buildout starts with a first campus in Texas, and more sites are being evaluated.</p>
<p>This page was written for the browser tests of the verifier project.</p>
</article></body></html>"""


@pytest.fixture
def reviewer_login(db) -> str:
    roles_ensure()  # the groups survive a transactional test's flush only through post_migrate
    user = UserFactory(username="rita")
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user.username


@pytest.fixture
def seeded(local_server):
    local_server.route("/stargate.html", body=SOURCE_PAGE.encode())
    result = seed_load(local_sources=local_server.url("/"))
    claim = Claim.objects.get(article=result.article, text__contains="500 milliards")
    return result.article, claim


def test_a_reviewer_verifies_and_decides_a_claim_from_the_article(
    browser_page, celery_worker, seeded, reviewer_login
):
    page = browser_page
    article, claim = seeded
    for other in article.claims.exclude(pk=claim.pk).order_by("quote_start")[1:3]:
        claim_status_set(
            claim_id=other.pk, status=ClaimStatus.IN_REVIEW, user=None, expected_version=None
        )
    log_in(page, username=reviewer_login, password=PASSWORD, next_url=f"/articles/{article.pk}/")

    # Every curated claim is lit up, coloured by its (still unverified) status.
    marks = page.locator("mark.hl")
    assert marks.count() >= article.claims.count()
    quote = page.locator(f"#claim-{claim.pk}")
    assert "hl-unverified" in quote.get_attribute("class")
    assert page.locator("mark.hl-in_review").count() >= 2
    screenshot(page, "article-before")

    # Open the claim: the side panel shows it, its sources, and no evidence yet.
    quote.click()
    panel = page.locator(f'.panel[data-claim-id="{claim.pk}"]')
    panel.wait_for()
    assert "No evidence yet." in panel.inner_text()

    # Queue its verification and watch the job run and the evidence arrive without reloading.
    panel.locator("[data-verify]").click()
    page.locator("[data-panel-message]", has_text="Verification queued").wait_for()
    figure = page.locator(".evidence .figure", has_text="$500 billion")
    figure.first.wait_for(timeout=60_000)
    assert page.locator("[data-job-state]").inner_text() == "Succeeded"
    # The snapshot's hash is given once for its group, folded under "details".
    snapshot_line = page.locator(".snapshot-group .snapshot").first
    assert re.search(r"\b[0-9a-f]{64}\b", snapshot_line.text_content())
    assert "Supported" in page.locator("[data-suggestion]").inner_text()
    screenshot(page, "panel")

    # The preserved capture downloads as a WARC file.
    with page.expect_download() as download:
        page.locator(".snapshot-group a", has_text="WARC archive").first.click()
    assert download.value.suggested_filename.endswith(".warc.gz")

    # Decide: the status is saved with its note and the highlight takes the new colour.
    page.select_option("#id_status", ClaimStatus.SUPPORTED)
    page.fill("#id_note", "Matches the announcement.")
    page.locator(".set-status button[type=submit]").click()
    page.locator("[data-panel-message]", has_text="Status set to Supported.").wait_for()
    page.wait_for_function(
        "id => document.getElementById(id).classList.contains('hl-supported')",
        arg=f"claim-{claim.pk}",
    )
    change = StatusChange.objects.get(claim=claim, field="status")
    assert (change.to_value, change.note) == ("supported", "Matches the announcement.")

    # Reloaded, the article opens on the decided claim, now green, with its evidence.
    page.goto(f"/articles/{article.pk}/?claim={claim.pk}")
    assert "hl-supported" in page.locator(f"#claim-{claim.pk}").get_attribute("class")
    screenshot(page, "article", for_readme=True)

    # Export the decision as ClaimReview, with the same session.
    response = page.request.get(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response.ok and response.headers["content-type"].startswith("application/ld+json")
    review = json.loads(response.text())
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "True"
    assert review["claimReviewed"] == claim.text

    # The dashboard counts the decision, the finished job, and the unreachable real URL.
    page.goto("/dashboard/")
    assert page.locator('[data-status-count="supported"]').text_content() == "1"
    assert page.locator('[data-jobs="succeeded"]').inner_text() == "1"
    assert page.locator('tr[data-source] a[href*="openai.com"]').count() >= 1
    screenshot(page, "dashboard", for_readme=True)
    assert page.script_errors == []


def test_the_panel_slides_over_the_text_on_a_tablet(browser_page, seeded, reviewer_login):
    page = browser_page
    article, claim = seeded
    page.set_viewport_size({"width": 820, "height": 1180})
    log_in(page, username=reviewer_login, password=PASSWORD, next_url=f"/articles/{article.pk}/")
    host = page.locator("#panel")
    assert not host.is_visible() or host.bounding_box()["x"] >= 820  # off-screen until needed
    page.locator(f"#claim-{claim.pk}").click()
    page.locator(f'.panel[data-claim-id="{claim.pk}"]').wait_for()
    page.wait_for_function(
        "() => document.getElementById('panel').getBoundingClientRect().right <= 820"
    )
    box = host.bounding_box()
    assert box["x"] > 0 and box["width"] <= 820
    screenshot(page, "panel-tablet")
    page.locator("[data-close-panel]").click()
    page.wait_for_function(
        "() => document.getElementById('panel').getBoundingClientRect().x >= 820"
    )
    assert page.script_errors == []
