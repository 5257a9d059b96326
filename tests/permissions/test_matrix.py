"""Who may do what: every API endpoint and admin action, for every role, with exact status codes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, get_resolver
from django.utils import timezone

from claims.models import Claim, ClaimLink, Comment, ProviderResult, StatusChange, VerificationJob
from claims.services.evidence import Capture, snapshot_record
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, UserFactory, cite
from tests.permissions.conftest import ROLES

pytestmark = pytest.mark.django_db

BODY = "Avant. Acme Robotics emploie 340 personnes à Lyon. Après."
QUOTE = "Acme Robotics emploie 340 personnes à Lyon."


@pytest.fixture
def world(editor):
    article = ArticleFactory(body=BODY)
    claim = cite(
        ClaimFactory(
            article=article,
            quote=QUOTE,
            quote_start=BODY.index(QUOTE),
            quote_end=BODY.index(QUOTE) + len(QUOTE),
            status="refuted",  # decided, so its ClaimReview export exists
        ),
        SourceFactory(url="https://example.org/acme-report"),
    )
    job = VerificationJob.objects.create(claim=claim, status="succeeded")
    twin = ClaimFactory(text="Acme Robotics a 340 salariés à Lyon.")
    link = ClaimLink.objects.create(claim=claim, twin=twin, similarity=0.91)
    candidate = ProviderResult.objects.create(
        claim=claim, provider="mediawiki", url="https://example.org/wiki/Acme", title="Acme"
    )
    snapshot = snapshot_record(
        source=claim.sources.get(),
        capture=Capture(
            requested_url="https://example.org/acme-report",
            fetched_at=timezone.now(),
            http_status=200,
            content_type="text/html",
            body=b"<p>Acme employs 340.</p>",
            warc=b"WARC/1.1 stand-in bytes for the download permission check",
        ),
        text="Acme employs 340.",
    )
    return {
        "snapshot": snapshot.pk,
        "article": article.pk,
        "claim": claim.pk,
        "job": job.pk,
        "link": link.pk,
        "candidate": candidate.pk,
        "version": claim.version,
        # Written by someone outside the roles: nobody below may edit another's comment.
        "comment": Comment.objects.create(claim=claim, author=UserFactory(), text="Vu.").pk,
    }


@dataclass(frozen=True)
class Row:
    """One operation and the status each role gets: `allowed` for the roles that may, 403 else."""

    route: str  # the route as written in claims/api/urls.py
    method: str
    ok: int
    may: tuple[str, ...]  # roles allowed besides admin
    path: str
    body: Any = None
    refused: int = 403  # what a signed-in role without the permission gets

    def expected(self, role: str) -> int:
        if role == "anonymous":
            return 401
        return self.ok if role == "admin" or role in self.may else self.refused


EVERYONE = ("read-only", "reviewer", "editor")
REVIEWERS = ("reviewer", "editor")
EDITORS = ("editor",)

API = [
    Row("articles/", "GET", 200, EVERYONE, "/api/v1/articles/"),
    Row("articles/", "POST", 201, EDITORS, "/api/v1/articles/",
        {"title": "Nouvel article", "body": "Une usine ouvrira à Metz en 2027, selon la mairie."}),
    Row("articles/<int:pk>/", "GET", 200, EVERYONE, "/api/v1/articles/{article}/"),
    Row("articles/<int:pk>/extract/", "POST", 200, EDITORS,
        "/api/v1/articles/{article}/extract/"),
    Row("articles/<int:pk>/claimreview/", "GET", 200, EVERYONE,
        "/api/v1/articles/{article}/claimreview/"),
    Row("claims/", "GET", 200, EVERYONE, "/api/v1/claims/"),
    Row("claims/", "POST", 201, EDITORS, "/api/v1/claims/",
        {"text": "Acme Robotics a ouvert une usine à Lyon.",
         "sources": [{"url": "https://example.org/acme-lyon"}]}),
    Row("claims/export.csv", "GET", 200, EVERYONE, "/api/v1/claims/export.csv"),
    Row("claims/<int:pk>/claimreview/", "GET", 200, EVERYONE,
        "/api/v1/claims/{claim}/claimreview/"),
    Row("claims/<int:pk>/", "GET", 200, EVERYONE, "/api/v1/claims/{claim}/"),
    Row("claims/<int:pk>/", "PATCH", 200, EDITORS, "/api/v1/claims/{claim}/",
        {"claimant": "La mairie de Lyon", "version": "{version}"}),
    # No one deletes a claim through the API: the editors who may write get 405, the rest 403.
    Row("claims/<int:pk>/", "DELETE", 405, EDITORS, "/api/v1/claims/{claim}/"),
    Row("claims/<int:pk>/status/", "POST", 200, REVIEWERS, "/api/v1/claims/{claim}/status/",
        {"status": "supported", "note": "the report confirms it", "version": "{version}"}),
    Row("claims/<int:pk>/history/", "GET", 200, EVERYONE, "/api/v1/claims/{claim}/history/"),
    Row("claims/<int:pk>/comments/", "GET", 200, EVERYONE, "/api/v1/claims/{claim}/comments/"),
    Row("claims/<int:pk>/comments/", "POST", 201, REVIEWERS, "/api/v1/claims/{claim}/comments/",
        {"text": "Le rapport p. 4 le confirme."}),
    Row("comments/<int:pk>/", "GET", 200, EVERYONE, "/api/v1/comments/{comment}/"),
    # Only its author edits a comment: every role here, admin included, gets 403.
    Row("comments/<int:pk>/", "PATCH", 403, EVERYONE, "/api/v1/comments/{comment}/",
        {"text": "Corrigé."}),
    Row("claims/<int:pk>/verify/", "POST", 202, REVIEWERS, "/api/v1/claims/{claim}/verify/"),
    Row("claims/<int:pk>/discard/", "POST", 200, EDITORS, "/api/v1/claims/{claim}/discard/",
        {"discarded": True, "version": "{version}"}),
    Row("claims/<int:pk>/links/", "GET", 200, EVERYONE, "/api/v1/claims/{claim}/links/"),
    Row("claims/<int:pk>/candidates/", "GET", 200, EVERYONE, "/api/v1/claims/{claim}/candidates/"),
    # No provider is enabled in the tests' settings, so the roles allowed get a 409 saying so.
    Row("claims/<int:pk>/discover/", "POST", 409, REVIEWERS, "/api/v1/claims/{claim}/discover/"),
    Row("claims/<int:pk>/sources/", "POST", 201, EDITORS, "/api/v1/claims/{claim}/sources/",
        {"url": "https://example.org/acme-payroll"}),
    Row("snapshots/<int:pk>/", "GET", 200, EVERYONE, "/api/v1/snapshots/{snapshot}/"),
    Row("snapshots/<int:pk>/warc/", "GET", 200, EVERYONE, "/api/v1/snapshots/{snapshot}/warc/"),
    Row("snapshots/<int:pk>/text/", "GET", 200, EVERYONE, "/api/v1/snapshots/{snapshot}/text/"),
    Row("links/<int:pk>/decide/", "POST", 200, REVIEWERS, "/api/v1/links/{link}/decide/",
        {"confirm": True}),
    Row("jobs/", "GET", 200, EVERYONE, "/api/v1/jobs/"),
    Row("jobs/<int:pk>/", "GET", 200, EVERYONE, "/api/v1/jobs/{job}/"),
    Row("sources/", "GET", 200, EVERYONE, "/api/v1/sources/"),
    Row("evidence/", "GET", 200, EVERYONE, "/api/v1/evidence/?claim={claim}"),
    Row("evidence/", "POST", 201, REVIEWERS, "/api/v1/evidence/",
        {"claim": "{claim}", "source_url": "https://example.org/acme-report",
         "excerpt": "Acme Robotics compte 340 salariés.", "stance": "supports"}),
    Row("candidates/<int:pk>/cite/", "POST", 201, EDITORS, "/api/v1/candidates/{candidate}/cite/"),
]  # fmt: skip


def _fill(value, ids: dict[str, int]):
    if isinstance(value, str):
        filled = value.format(**ids)
        return int(filled) if value.startswith("{") and filled.isdigit() else filled
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    return value


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", API, ids=lambda r: f"{r.method} {r.route}")
def test_each_role_gets_exactly_its_status_code(row: Row, role: str, api_as, world):
    client = api_as(role)
    response = client.generic(
        row.method,
        _fill(row.path, world),
        data=None if row.body is None else _json(_fill(row.body, world)),
        content_type="application/json",
    )
    assert response.status_code == row.expected(role), response.content[:300]


def _json(data) -> str:
    return json.dumps(data)


def test_a_refused_write_changes_nothing(api_as, world):
    before = Claim.objects.values().get(pk=world["claim"])
    for role in ("anonymous", "read-only", "reviewer"):
        api_as(role).patch(
            f"/api/v1/claims/{world['claim']}/",
            {"claimant": "intrus", "version": world["version"]},
            format="json",
        )
    api_as("read-only").post(
        f"/api/v1/claims/{world['claim']}/status/",
        {"status": "supported", "version": world["version"]},
        format="json",
    )
    api_as("read-only").post(f"/api/v1/claims/{world['claim']}/verify/")
    assert Claim.objects.values().get(pk=world["claim"]) == before
    assert not StatusChange.objects.exists()
    assert VerificationJob.objects.count() == 1


def _api_operations() -> set[tuple[str, str]]:
    """Every (route, method) the API serves, read from the URLconf itself."""
    resolver = get_resolver()
    (api,) = [p for p in resolver.url_patterns if str(p.pattern) == "api/v1/"]
    operations = set()
    for pattern in api.url_patterns:
        assert isinstance(pattern, URLPattern)
        view = pattern.callback.view_class
        for method in ("get", "post", "put", "patch", "delete"):
            if hasattr(view, method):
                operations.add((str(pattern.pattern), method.upper()))
    return operations


def test_the_table_covers_every_endpoint_and_method_of_the_api():
    covered = {(row.route, row.method) for row in API}
    assert _api_operations() - covered == set(), "add the new endpoint to the permission table"


# --- The admin's claim actions ---------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    may: tuple[str, ...]  # roles that may run it besides admin
    fields: dict[str, str]
    ok: int  # status when run: 302 back to the list, or 200 for a page or a file
    done: Any  # (response, world) -> whether the action took effect


ACTIONS = {
    "queue_verification": Action(
        REVIEWERS, {}, 302, lambda r, w: VerificationJob.objects.count() == 2
    ),
    "set_status": Action(
        REVIEWERS,
        {"status": "conflicting", "note": "two reports disagree"},
        302,
        lambda r, w: StatusChange.objects.filter(to_value="conflicting").exists(),
    ),
    "assign_reviewer": Action(
        EDITORS,
        {"reviewer": "{reviewer}"},
        302,
        lambda r, w: Claim.objects.filter(pk=w["claim"], assigned_to=w["reviewer"]).exists(),
    ),
    "export_csv": Action(
        EVERYONE, {}, 200, lambda r, w: r.get("Content-Type", "").startswith("text/csv")
    ),
    # Django's own: the first POST only shows the confirmation page.
    "delete_selected": Action(
        EDITORS, {}, 200, lambda r, w: r.status_code == 200 and b"Delete multiple" in r.content
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", ACTIONS)
def test_each_role_can_run_exactly_its_admin_actions(name: str, role: str, users, world):
    action = ACTIONS[name]
    world = {**world, "reviewer": users["reviewer"].pk}
    allowed = role == "admin" or role in action.may
    browser = Client()
    if role != "anonymous":
        browser.force_login(users[role])
    response = browser.post(
        "/admin/claims/claim/",
        {"action": name, "_selected_action": [world["claim"]], **_fill(action.fields, world)},
    )
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    elif allowed:
        assert response.status_code == action.ok
    else:  # the action is not offered: Django says "No action selected" and goes back
        assert response.status_code == 302
        assert response["Location"] == "/admin/claims/claim/"
    assert action.done(response, world) is allowed
    assert Claim.objects.filter(pk=world["claim"]).exists()


@pytest.mark.parametrize("role", ROLES)
def test_each_role_is_offered_exactly_its_admin_actions(role: str, users, world):
    browser = Client()
    if role != "anonymous":
        browser.force_login(users[role])
    page = browser.get("/admin/claims/claim/")
    change_page = browser.get(f"/admin/claims/claim/{world['claim']}/change/")
    if role == "anonymous":
        assert (page.status_code, change_page.status_code) == (302, 302)
        return
    assert (page.status_code, change_page.status_code) == (200, 200)
    offered = {value for value, _ in page.context["action_form"].fields["action"].choices if value}
    # The admin is offered every action, so an action added without a row here fails this test.
    assert offered == {n for n, a in ACTIONS.items() if role == "admin" or role in a.may}


def test_a_reader_cannot_save_a_claim_in_the_admin(users, world):
    browser = Client()
    browser.force_login(users["read-only"])
    response = browser.post(f"/admin/claims/claim/{world['claim']}/change/", {"text": "intrus"})
    assert response.status_code == 403
    assert Claim.objects.get(pk=world["claim"]).text != "intrus"


def test_an_editor_cannot_delete_a_claim_whose_jobs_are_on_record(users, world):
    """Deleting a claim would cascade to its job of record; only an admin may drop that trail."""
    browser = Client()
    browser.force_login(users["editor"])
    response = browser.post(
        "/admin/claims/claim/",
        {"action": "delete_selected", "_selected_action": [world["claim"]], "post": "yes"},
    )
    assert response.status_code == 403
    assert Claim.objects.filter(pk=world["claim"]).exists()
    assert VerificationJob.objects.filter(pk=world["job"]).exists()
