"""A French-speaking newsroom in a real browser, at laptop and tablet sizes, with no network.

The whole flow in French (verify, decide, discuss with a mention, find it in the queue), the API
documentation rendered from the app's own files, readable admin lists, and not one request that
leaves the app's origin.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from claims.models import Claim, Comment
from claims.roles import EDITORS, REVIEWERS, roles_ensure
from claims.services.seed import seed_load
from claims.services.status import claim_status_set
from tests.browser.conftest import CHROMIUM, log_in, screenshot
from tests.browser.test_editorial_flow import PASSWORD, SOURCE_PAGE
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.django_db(transaction=True)]

SIZES = {"laptop": {"width": 1400, "height": 900}, "tablet": {"width": 820, "height": 1180}}


@pytest.fixture
def people(db) -> dict:
    roles_ensure()
    made = {}
    for name, group in (("rita", REVIEWERS), ("marc", REVIEWERS), ("edith", EDITORS)):
        user = UserFactory(username=name)
        user.set_password(PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name=group))
        made[name] = user
    return made


@pytest.fixture
def seeded(local_server):
    local_server.route("/stargate.html", body=SOURCE_PAGE.encode())
    result = seed_load(local_sources=local_server.url("/"))
    claim = Claim.objects.get(article=result.article, text__contains="500 milliards")
    return result.article, claim


def _french_page(chromium, live_server, size: str):
    """A browser that asks for French, on a screen of the given size, recording every request."""
    context = chromium.new_context(
        base_url=live_server.url, viewport=SIZES[size], locale="fr-FR", accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.requests_seen = []
    page.requests_blocked = []  # refused by the page's Content-Security-Policy: never sent
    page.script_errors = []
    page.on("request", lambda request: page.requests_seen.append(request.url))
    # Chromium reports such a request as failed with the reason "csp".
    page.on(
        "requestfailed",
        lambda request: "csp" in (request.failure or "").lower()
        and page.requests_blocked.append(request.url),
    )
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    return context, page


def _foreign(page, live_server) -> list[str]:
    """Requests the browser sent to another origin (one the page's policy refused was not sent)."""
    return [
        url
        for url in page.requests_seen
        if not url.startswith(live_server.url)
        and not url.startswith(("data:", "blob:"))
        and url not in page.requests_blocked
    ]


@pytest.mark.parametrize("size", SIZES)
def test_a_french_newsroom_verifies_decides_and_discusses_a_claim(
    chromium, live_server, celery_worker, seeded, people, size
):
    assert CHROMIUM
    article, claim = seeded
    context, page = _french_page(chromium, live_server, size)
    log_in(page, username="rita", password=PASSWORD, next_url=f"/articles/{article.pk}/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator(".topbar").get_by_text("Ma file").is_visible()

    page.locator(f"#claim-{claim.pk}").click()
    panel = page.locator(f'.panel[data-claim-id="{claim.pk}"]')
    panel.wait_for()
    assert "Aucune preuve pour l'instant." in panel.inner_text()
    panel.locator("[data-verify]").click()
    page.locator("[data-panel-message]", has_text="Vérification lancée").wait_for()
    page.locator(".evidence .figure", has_text="$500 billion").first.wait_for(timeout=60_000)
    assert page.locator("[data-job-state]").inner_text() == "Réussie"
    assert "Confirmée" in page.locator("[data-suggestion]").inner_text()
    # The unreachable real URL is told in words, its raw error folded away.
    assert "Errno" not in panel.inner_text()

    # Take the claim, then decide it.
    page.select_option("[data-assignee]", str(people["rita"].pk))
    page.locator("form.assign button").click()
    page.locator("[data-panel-message]", has_text="Confiée à rita.").wait_for()
    page.select_option("#id_status", "supported")
    page.fill("#id_note", "Conforme à l'annonce.")
    page.locator(".set-status button[type=submit]").click()
    page.locator("[data-panel-message]", has_text="Statut changé en « Confirmée ».").wait_for()

    page.goto(f"/articles/{article.pk}/?claim={claim.pk}")
    page.locator(".evidence .figure", has_text="$500 billion").first.wait_for()
    screenshot(page, f"article-fr-{size}", for_readme=size == "laptop")

    # Ask a colleague with a mention: the claim enters his queue.
    other = article.claims.exclude(pk=claim.pk).order_by("quote_start").first()
    page.goto(f"/articles/{article.pk}/?claim={other.pk}")
    page.fill("[data-comment-text]", "@marc peux-tu relire le chiffre ?")
    page.locator(".comment-form button").click()
    page.locator("[data-panel-message]", has_text="Commentaire ajouté.").wait_for()
    assert page.locator(".comment .mention", has_text="@marc").count() == 1
    assert Comment.objects.get(claim=other).mentions.get() == people["marc"]
    screenshot(page, f"discussion-fr-{size}")

    page.goto("/dashboard/")
    assert page.locator('[data-status-count="supported"]').text_content() == "1"
    assert page.locator('tr[data-reviewer="rita"]').count() == 0  # rita's claim is decided
    screenshot(page, f"dashboard-fr-{size}", for_readme=size == "laptop")

    page.locator(".topbar form.logout button").click()
    page.wait_for_url("**/admin/logout/")
    log_in(page, username="marc", password=PASSWORD, next_url="/queue/")
    mine = page.locator('[data-queue="mine"] tr[data-claim]')
    assert mine.count() == 1 and mine.get_attribute("data-claim") == str(other.pk)
    screenshot(page, f"queue-fr-{size}", for_readme=size == "laptop")

    assert _foreign(page, live_server) == []
    assert page.script_errors == []
    context.close()


@pytest.mark.parametrize("size", SIZES)
def test_the_admin_lists_fit_the_screen_and_the_api_docs_render_offline(
    chromium, live_server, seeded, people, size
):
    context, page = _french_page(chromium, live_server, size)
    log_in(page, username="edith", password=PASSWORD, next_url="/admin/claims/claim/")
    width = SIZES[size]["width"]
    screenshot(page, f"admin-claims-fr-{size}")
    for column in ("short_text", "status_badge", "suggestion", "confidence_pct"):
        cell = page.locator(f"#result_list td.field-{column}, #result_list th.field-{column}").first
        box = cell.bounding_box()
        assert box is not None and box["x"] + box["width"] <= width, (column, box)
    text_cell = page.locator("#result_list td.field-short_text .clip").first
    assert text_cell.get_attribute("title")  # the whole statement on hover
    assert text_cell.bounding_box()["width"] >= 150
    ids = page.locator("#result_list th.field-id a").all_inner_texts()
    assert ids == sorted(ids, key=int, reverse=True)  # a stable order, newest first

    _article, claim = seeded
    claim_status_set(
        claim_id=claim.pk, status="in_review", note="À relire " * 40, user=people["edith"],
        expected_version=None,
    )  # fmt: skip
    page.goto("/admin/claims/statuschange/")
    for column in ("claim_text", "change", "note_short"):
        box = page.locator(f"#result_list td.field-{column}").first.bounding_box()
        assert box is not None and box["x"] + box["width"] <= width, (column, box)
    screenshot(page, f"admin-status-changes-fr-{size}")

    page.goto("/api/docs/")
    page.locator(".swagger-ui .info .title").wait_for()
    page.goto("/api/redoc/", timeout=60_000)  # a 1 MB script, read on a busy machine
    page.locator("redoc, #redoc-container h1").first.wait_for()
    # Redoc mounts its "by Redocly" logo (an image on its CDN) after the first render: wait for
    # it, and for the network to settle, so a request to another origin cannot slip past.
    page.locator('a[href="https://redocly.com/redoc/"]').wait_for(state="attached")
    page.wait_for_load_state("networkidle")
    assert _foreign(page, live_server) == []
    context.close()
