"""Articles over the API: stored once, read back with their claims."""

import pytest

from claims.models import Article
from tests.factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db


def test_it_stores_an_article_and_refuses_the_same_body_twice(editor_api):
    payload = {"title": "Acme", "body": "Acme a levé 12 millions d'euros.", "language": "fr"}
    first = editor_api.post("/api/v1/articles/", payload, format="json")
    second = editor_api.post("/api/v1/articles/", payload, format="json")
    assert first.status_code == 201
    assert second.status_code == 409
    assert second.json()["existing_id"] == first.json()["id"]
    assert Article.objects.count() == 1


def test_it_stores_the_publication_date_with_the_article(editor_api):
    payload = {"body": "Acme a levé 12 millions.", "published_at": "2025-01-21T09:30:00Z"}
    response = editor_api.post("/api/v1/articles/", payload, format="json")
    assert response.status_code == 201
    assert response.json()["published_at"] == "2025-01-21T09:30:00Z"
    article = Article.objects.get()
    assert article.published_at.isoformat() == "2025-01-21T09:30:00+00:00"
    assert article.title == "Acme a levé 12 millions."  # no title given: the first line


def test_it_refuses_an_empty_article(editor_api):
    response = editor_api.post("/api/v1/articles/", {"title": "t", "body": "   "}, format="json")
    assert response.status_code == 400 and "body" in response.json()


def test_it_shows_an_article_with_its_claims(reader_api):
    article = ArticleFactory()
    ClaimFactory(article=article, text="one")
    body = reader_api.get(f"/api/v1/articles/{article.pk}/").json()
    assert body["body"] == article.body
    assert [c["text"] for c in body["claims"]] == ["one"]


def test_the_openapi_schema_and_docs_are_served(reader_api):
    schema = reader_api.get("/api/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/claims/{id}/verify/" in schema.content
    assert reader_api.get("/api/docs/").status_code == 200
