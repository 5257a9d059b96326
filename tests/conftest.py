"""Shared fixtures: real PostgreSQL, users in each role, API clients, a real Celery worker."""

from __future__ import annotations

import os
import uuid

import pytest
from celery.signals import after_task_publish
from django.conf import settings
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from claims.roles import EDITORS, READ_ONLY, REVIEWERS

# The suite's assertions are in English: the processes it starts (workers, servers) speak it too.
os.environ["VERIFIER_LANGUAGE"] = "en"
from tests.factories import UserFactory
from tests.support.clients import browser

pytest_plugins = ["tests.support.fixtures", "tests.support.celery_worker"]


@pytest.fixture(scope="session")
def _postgresql_required() -> None:
    """The suite is written against PostgreSQL (constraints, locking, concurrency). Running its
    database tests on anything else would pass or fail for the wrong reasons, so refuse loudly
    instead of skipping. Only a test that needs the database asks: the engine's and the claim
    finder's unit tests run on a bare machine (`pytest tests/verification tests/claimfinder`)."""
    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine and not os.environ.get("VERIFIER_TEST_ALLOW_SQLITE"):
        pytest.exit(
            "The database tests need PostgreSQL: set "
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/verifier (bin/test does this), "
            "or VERIFIER_TEST_ALLOW_SQLITE=1 for a partial local run.",
            returncode=2,
        )


@pytest.fixture(scope="session")
def django_db_setup(_postgresql_required, django_db_setup):
    """pytest-django's database set-up, after the check above (every database test needs it)."""
    return django_db_setup


@pytest.fixture(scope="session", autouse=True)
def _celery_to_the_tests_queue(celery_app_for_tests):
    """Every message a test sends goes to this session's own queue on the test Redis."""
    return celery_app_for_tests


@pytest.fixture
def sent_tasks():
    """(task name, task id) of every message published to the broker during the test.

    Celery's own publish signal, not a mock: the message really goes to the test Redis.
    """
    sent: list[tuple[str, str]] = []

    def record(sender=None, headers=None, **kwargs) -> None:
        sent.append((sender, (headers or {}).get("id")))

    after_task_publish.connect(record, weak=False)
    yield sent
    after_task_publish.disconnect(record)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # The product speaks French by default; the suite's assertions are written in English and
    # a request without Accept-Language falls back to this. tests/i18n checks the French side.
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def own_cache(settings):
    """A cache namespace of this test's own (throttle counts outlive a test's rollback).

    The test cache is one Redis database shared by every xdist process: flushing it to start
    clean would wipe the counts of a throttle test running in the other process, so each test
    gets a fresh key prefix instead and nothing is flushed.
    """
    settings.CACHES = {
        name: {**conf, "KEY_PREFIX": f"test-{uuid.uuid4().hex}"}
        for name, conf in settings.CACHES.items()
    }


@pytest.fixture
def allow_private(settings):
    """Let the fetcher reach the tests' own servers on 127.0.0.1 (the one switch for it)."""
    settings.VERIFIER_FETCH_ALLOW_PRIVATE = True


def _user(username: str, group: str | None = None, *, superuser: bool = False):
    user = UserFactory(username=username, is_superuser=superuser)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    return _user("editor", EDITORS)


@pytest.fixture
def reviewer(db):
    return _user("reviewer", REVIEWERS)


@pytest.fixture
def reader(db):
    return _user("reader", READ_ONLY)


@pytest.fixture
def admin_user(db):
    return _user("admin", superuser=True)


def _client(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def editor_client(editor):
    return browser(editor)


@pytest.fixture
def reviewer_client(reviewer):
    return browser(reviewer)


@pytest.fixture
def reader_client(reader):
    return browser(reader)


@pytest.fixture
def anon_api():
    return _client()


@pytest.fixture
def editor_api(editor):
    return _client(editor)


@pytest.fixture
def reviewer_api(reviewer):
    return _client(reviewer)


@pytest.fixture
def reader_api(reader):
    return _client(reader)
