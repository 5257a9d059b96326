"""API tokens: an admin creates and revokes them in the admin; a revoked token is refused."""

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

ADD = "/admin/authtoken/tokenproxy/add/"


def _api(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_an_admin_creates_a_token_that_opens_the_api_then_revokes_it(admin_user, reviewer):
    browser = Client()
    browser.force_login(admin_user)
    assert browser.get(ADD).status_code == 200
    created = browser.post(ADD, {"user": reviewer.pk})
    assert created.status_code == 302
    key = Token.objects.get(user=reviewer).key
    assert _api(key).get("/api/v1/claims/").status_code == 200

    revoked = browser.post(f"/admin/authtoken/tokenproxy/{reviewer.pk}/delete/", {"post": "yes"})
    assert revoked.status_code == 302
    assert not Token.objects.filter(user=reviewer).exists()
    refused = _api(key).get("/api/v1/claims/")
    assert refused.status_code == 401
    assert refused.json()["detail"] == "Invalid token."


@pytest.mark.parametrize("role", ["reader", "reviewer", "editor"])
def test_only_admins_may_issue_tokens(role, request, reviewer):
    user = request.getfixturevalue(role)
    browser = Client()
    browser.force_login(user)
    assert browser.get(ADD).status_code == 403
    assert browser.post(ADD, {"user": user.pk}).status_code == 403
    assert not Token.objects.exists()


def test_a_made_up_token_gets_401(db):
    assert _api("0" * 40).get("/api/v1/claims/").status_code == 401
