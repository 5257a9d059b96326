"""Repeated failed logins to the admin lock the account out for that address (django-axes)."""

import pytest
from axes.models import AccessAttempt
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "a-long-right-password-42"


@pytest.fixture
def editor_with_password(editor):
    editor.set_password(PASSWORD)
    editor.save()
    return editor


def _login(browser: Client, username: str, password: str):
    return browser.post(LOGIN, {"username": username, "password": password})


def test_the_limit_of_failures_locks_the_login_even_for_the_right_password(
    settings, editor_with_password
):
    browser = Client()
    limit = settings.AXES_FAILURE_LIMIT
    assert limit == 5
    for _ in range(limit - 1):
        assert _login(browser, "editor", "wrong").status_code == 200  # the form, with an error
    locked = _login(browser, "editor", "wrong")
    assert locked.status_code == 429
    again = _login(browser, "editor", PASSWORD)
    assert again.status_code == 429
    assert "_auth_user_id" not in browser.session
    assert AccessAttempt.objects.get(username="editor").failures_since_start >= limit


def test_a_right_password_before_the_limit_logs_in_and_resets_the_count(editor_with_password):
    browser = Client()
    for _ in range(3):
        _login(browser, "editor", "wrong")
    assert _login(browser, "editor", PASSWORD).status_code == 302
    assert browser.session["_auth_user_id"] == str(editor_with_password.pk)
    assert not AccessAttempt.objects.filter(username="editor").exists()
