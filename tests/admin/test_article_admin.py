"""Articles in the admin are stored and edited through the services, like any other write."""

import pytest
from django.core.exceptions import ValidationError

from claims.models import Article
from claims.services.articles import article_update, body_hash
from tests.admin.forms import ARTICLE_FORM
from tests.factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db


def _change_form(article: Article, **values) -> dict:
    return {
        **ARTICLE_FORM,
        "title": article.title,
        "body": article.body,
        "language": article.language,
        **values,
    }


def test_pasted_html_is_stored_as_its_text_with_the_first_line_as_title(editor_client):
    html = (
        "<html><body><h1>Le budget de la région</h1>"
        "<p>La région a voté un budget de 2,4 milliards d'euros pour 2026.</p></body></html>"
    )
    response = editor_client.post("/admin/claims/article/add/", {**ARTICLE_FORM, "body": html})
    assert response.status_code == 302, response.content.decode()[-2000:]
    article = Article.objects.get()
    assert "<p>" not in article.body and "2,4 milliards d'euros" in article.body
    assert article.title == article.body.strip().splitlines()[0][:200]
    assert article.created_by is not None and len(article.body_sha256) == 64


def test_the_body_of_an_article_with_claims_is_read_only_in_the_admin(editor_client):
    article = ArticleFactory()
    ClaimFactory(article=article, quote="Exemple", quote_start=article.body.index("Exemple"),
                 quote_end=article.body.index("Exemple") + 7)  # fmt: skip
    page = editor_client.get(f"/admin/claims/article/{article.pk}/change/").content.decode()
    assert 'name="body"' not in page
    response = editor_client.post(
        f"/admin/claims/article/{article.pk}/change/",
        _change_form(article, title="Renamed", body="Another text entirely."),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Renamed" and article.body.startswith("Article ")


def test_the_body_of_an_article_without_claims_can_be_edited(editor_client):
    article = ArticleFactory()
    response = editor_client.post(
        f"/admin/claims/article/{article.pk}/change/",
        _change_form(article, body="Un autre texte, corrigé avant toute analyse."),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == "Un autre texte, corrigé avant toute analyse."
    assert article.body_sha256 == body_hash(article.body)


def test_it_refuses_to_move_the_text_under_existing_quotes():
    article = ArticleFactory()
    start = article.body.index("12 millions")
    claim = ClaimFactory(
        article=article, quote="12 millions", quote_start=start, quote_end=start + 11
    )
    with pytest.raises(ValidationError) as refused:
        article_update(article_id=article.pk, changes={"body": "Nouveau. " + article.body})
    assert "point into this text" in str(refused.value.message_dict["body"])
    claim.refresh_from_db()
    article.refresh_from_db()
    assert article.body[claim.quote_start : claim.quote_end] == "12 millions"


def test_it_refuses_a_body_another_article_already_has():
    first, second = ArticleFactory(), ArticleFactory()
    with pytest.raises(ValidationError) as refused:
        article_update(article_id=second.pk, changes={"body": first.body})
    assert f"already stored as article {first.pk}" in str(refused.value.message_dict["body"])


def test_it_refuses_fields_that_are_not_the_articles_to_edit():
    article = ArticleFactory()
    with pytest.raises(ValidationError) as refused:
        article_update(article_id=article.pk, changes={"body_sha256": "0" * 64})
    assert "body_sha256" in refused.value.message_dict


def test_an_address_typed_without_a_scheme_is_stored_as_https(editor_client):
    body = "Le budget de la région\n\nLa région a voté un budget de 2,4 milliards d'euros."
    response = editor_client.post(
        "/admin/claims/article/add/",
        {**ARTICLE_FORM, "body": body, "url": "example.org/budget-region"},
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert Article.objects.get().url == "https://example.org/budget-region"
