"""Logged-in browsers (Django's test client) for each newsroom role."""

import pytest
from django.test import Client

from tests.factories import UserFactory


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(editor):
    return _client(editor)


@pytest.fixture
def reviewer_client(reviewer):
    return _client(reviewer)


@pytest.fixture
def reader_client(reader):
    return _client(reader)


@pytest.fixture
def outsider_client(db):
    """Staff, logged in, but in no newsroom group: holds no permission at all."""
    return _client(UserFactory(username="outsider"))
