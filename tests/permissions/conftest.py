"""Users of every role with real API tokens, and a clean throttle count for each test."""

from __future__ import annotations

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

ROLES = ("anonymous", "read-only", "reviewer", "editor", "admin")


@pytest.fixture(autouse=True)
def _fresh_throttle_counts(own_cache):
    """Every test starts with throttle counts of its own (see `own_cache`)."""


@pytest.fixture
def users(reader, reviewer, editor, admin_user):
    return {"read-only": reader, "reviewer": reviewer, "editor": editor, "admin": admin_user}


@pytest.fixture
def api_as(users):
    """An API client for a role, authenticated the way scripts are: a token in a header."""

    def make(role: str) -> APIClient:
        client = APIClient()
        if role != "anonymous":
            token, _ = Token.objects.get_or_create(user=users[role])
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return make
