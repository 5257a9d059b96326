"""Logged-in browsers for the editorial screens (the role clients live in tests/conftest.py)."""

import pytest

from tests.factories import UserFactory
from tests.support.clients import browser


@pytest.fixture
def outsider_client(db):
    """Staff, logged in, but in no newsroom group: holds no permission at all."""
    return browser(UserFactory(username="outsider"))
