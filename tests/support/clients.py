"""Logged-in clients for tests."""

from django.test import Client


def browser(user) -> Client:
    """Django's test client, logged in through the session as the admin login would."""
    client = Client()
    client.force_login(user)
    return client
