"""`/api/schema/` and `/api/docs/` are for signed-in users unless a setting makes them public."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/schema/", "/api/docs/"])
def test_anonymous_users_get_401_by_default(anon_api, path):
    response = anon_api.get(path)
    assert response.status_code == 401
    assert b"/api/v1/claims/" not in response.content


@pytest.mark.parametrize("path", ["/api/schema/", "/api/docs/"])
def test_any_signed_in_role_may_read_them(reader_api, path):
    assert reader_api.get(path).status_code == 200


def test_the_setting_makes_them_public(settings, anon_api):
    settings.VERIFIER_API_DOCS_PUBLIC = True
    schema = anon_api.get("/api/schema/")
    assert schema.status_code == 200 and b"/api/v1/claims/{id}/verify/" in schema.content
    assert anon_api.get("/api/docs/").status_code == 200
