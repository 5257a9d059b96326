"""The language of the screens: chosen in the switcher, remembered for the person, French first."""

from __future__ import annotations

import pytest
from django.test import Client

from claims.models import Profile
from tests.support.clients import browser

pytestmark = pytest.mark.django_db


def test_it_speaks_french_to_a_browser_that_asks_for_it(reader_client):
    page = reader_client.get("/articles/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert page["Content-Language"] == "fr"
    assert '<html lang="fr">' in page.content.decode()
    assert "Tableau de bord" in page.content.decode()


def test_it_starts_in_french_when_the_browser_says_nothing(settings, reader_client):
    settings.LANGUAGE_CODE = "fr"  # the product's default (the suite pins English)
    assert "Ma file" in reader_client.get("/articles/").content.decode()


def test_the_choice_is_remembered_for_the_person_on_another_browser(reader, reader_client):
    chosen = reader_client.post("/i18n/language/", {"language": "en", "next": "/dashboard/"})
    assert chosen.status_code == 302 and chosen["Location"] == "/dashboard/"
    assert Profile.objects.get(user=reader).language == "en"
    # A new browser (no cookie) that asks for French: the saved choice wins once signed in.
    tablet = browser(reader)
    page = tablet.get("/articles/", HTTP_ACCEPT_LANGUAGE="fr")
    assert page["Content-Language"] == "en" and "My queue" in page.content.decode()


def test_an_unknown_language_changes_nothing(reader, reader_client):
    reader_client.post("/i18n/language/", {"language": "xx", "next": "/articles/"})
    assert not Profile.objects.filter(user=reader).exists()


def test_the_switcher_works_before_login_with_the_cookie_only():
    visitor = Client()
    visitor.post("/i18n/language/", {"language": "fr", "next": "/admin/login/"})
    page = visitor.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert page["Content-Language"] == "fr" and "Nom d’utilisateur" in page.content.decode()
    assert not Profile.objects.exists()


def test_the_admin_carries_the_switcher_and_the_newsroom_screens(admin_client):
    page = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert 'action="/i18n/language/"' in page
    assert 'href="/articles/"' in page and 'href="/dashboard/"' in page
    assert 'href="/queue/"' in page
    # "View site" leads to the article list, not back to the admin.
    assert '<a href="/articles/">Voir le site</a>' in page


def test_numbers_and_percentages_follow_the_language():
    from django.utils import translation

    from claims.templatetags.newsroom import number, percent

    with translation.override("fr"):
        assert (percent(0.76), number(12345)) == ("76\u00a0%", "12\u00a0345")
    with translation.override("en"):
        assert (percent(0.76), number(12345)) == ("76%", "12,345")
