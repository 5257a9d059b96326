"""A French-speaking editor meets no English word: every editorial and admin page, compared.

Each page is rendered twice, in English and in French; a word that appears in both renderings
and is not one of the few words French and English share is an untranslated string.
"""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from tests.i18n.pages import newsroom, visible_words

# Words written alike in both languages (or names), checked one by one: nothing else may match.
SHARED = {
    "verifier", "Article", "Articles", "article", "articles", "Source", "Sources", "source",
    "sources", "Note", "note", "Version", "version", "Discussion", "discussion", "Verdict",
    "Attribution", "Type", "URL", "HTTP", "WARC", "SHA", "CSV", "JSON", "ClaimReview", "API",
    "Action", "Actions", "Date", "date", "Total", "total", "Description", "Options", "Celery",
    "ETag", "Match", "Statistiques", "ok", "Django", "FR", "EN", "Mentions", "mentions",
    "Position", "position", "Extracteur", "Permissions", "permissions", "Superuser", "Staff",
    "Email", "Suggestions", "Suggestion", "suggestion", "machine", "passage", "comparable",
    "site", "application", "navigation", "page", "action", "actions", "code", "ISO", "verdict",
    "verdicts", "Axes", "original",
    # Data of the newsroom itself: URLs and a content type.
    "http", "https", "testserver", "text", "html",
    # Provider names (proper nouns).
    "wayback", "factcheck", "mediawiki",
    # Django's own alt texts, which it does not translate (admin icons).
    "True", "False", "Search",
}  # fmt: skip


def _pages(data: dict) -> list[str]:
    claim, article = data["claim"], data["article"]
    pages = [
        reverse("editorial:articles"),
        f"{reverse('editorial:article', args=[article.pk])}?claim={claim.pk}",
        reverse("editorial:claim", args=[claim.pk]),
        reverse("editorial:dashboard"),
        reverse("editorial:queue"),
        reverse("admin:index"),
        reverse("admin:app_list", args=["claims"]),
    ]
    objects = {
        "claim": claim, "article": article, "source": data["source"],
        "verificationjob": data["job"], "snapshot": data["snapshot"],
        "evidence": claim.evidence.first(), "statuschange": claim.status_changes.first(),
        "fetchattempt": data["source"].fetch_attempts.first(),
    }  # fmt: skip
    for model in admin.site._registry:
        if model._meta.app_label != "claims":
            continue
        name = model._meta.model_name
        pages.append(reverse(f"admin:claims_{name}_changelist"))
        if name in objects and objects[name] is not None:
            pages.append(reverse(f"admin:claims_{name}_change", args=[objects[name].pk]))
    pages.append(reverse("admin:claims_claim_add"))
    pages.append(reverse("admin:claims_article_add"))
    return pages


def _get(client: Client, url: str, language: str) -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    assert response["Content-Language"] == language
    return response.content.decode()


@pytest.mark.django_db
def test_it_shows_no_english_word_on_any_editorial_or_admin_page_in_french():
    data = newsroom()
    client = Client()
    client.force_login(data["boss"])
    leftovers = {}
    for url in _pages(data):
        english = visible_words(_get(client, url, "en"))
        french = visible_words(_get(client, url, "fr"))
        untranslated = sorted((english & french) - SHARED)
        if untranslated:
            leftovers[url] = untranslated
    assert leftovers == {}, "\n".join(f"{url}: {words}" for url, words in leftovers.items())


@pytest.mark.django_db
def test_it_answers_api_errors_in_french(anon_api, editor_api):
    french = {"HTTP_ACCEPT_LANGUAGE": "fr"}
    anonymous = anon_api.get("/api/v1/claims/", **french)
    assert anonymous.status_code == 401
    assert "authentification" in anonymous.json()["detail"]
    empty = editor_api.post("/api/v1/claims/", {"text": ""}, format="json", **french)
    assert empty.status_code == 400
    assert "Ce champ ne peut être vide." in str(empty.json())
    data = newsroom()
    orphan = data["second"]
    nothing = editor_api.post(f"/api/v1/claims/{orphan.pk}/verify/", **french)
    assert nothing.status_code == 409
    assert nothing.json()["detail"].startswith("Cette affirmation ne cite aucune source")
    stale = editor_api.post(
        f"/api/v1/claims/{orphan.pk}/status/", {"status": "supported", "version": 99},
        format="json", **french,
    )  # fmt: skip
    assert stale.status_code == 412
    assert "Quelqu'un d'autre a modifié cette affirmation" in stale.json()["detail"]
