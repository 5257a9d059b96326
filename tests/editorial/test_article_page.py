"""The annotated article: highlights by status, escaped text, and who may open it."""

import pytest

from claims.services.status import claim_status_set, claim_suggestion_set
from tests.editorial.helpers import article_with_claims

pytestmark = pytest.mark.django_db


def test_it_highlights_every_claim_coloured_by_its_status(reader_client):
    article, first, second = article_with_claims()
    claim_status_set(claim_id=first.pk, status="refuted", user=None, expected_version=None)
    html = reader_client.get(f"/articles/{article.pk}/").content.decode()
    assert f'<mark class="hl hl-refuted" id="claim-{first.pk}" data-claim="{first.pk}"' in html
    assert f'<mark class="hl hl-unverified" id="claim-{second.pk}"' in html
    assert ">500 milliards de dollars sur quatre ans</mark>" in html


def test_script_in_an_article_body_shows_as_text(reader_client):
    article, _, _ = article_with_claims()
    html = reader_client.get(f"/articles/{article.pk}/").content.decode()
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(&#x27;piège&#x27;)&lt;/script&gt;" in html


def test_it_marks_the_machine_suggestion_of_an_undecided_claim(reader_client):
    article, first, _ = article_with_claims()
    claim_suggestion_set(claim_id=first.pk, verdict="supported", confidence=0.8)
    html = reader_client.get(f"/articles/{article.pk}/").content.decode()
    assert "hl-suggest-supported" in html
    assert 'class="machine machine-supported"' in html


def test_it_opens_the_claim_panel_named_in_the_address(reader_client):
    article, first, _ = article_with_claims()
    html = reader_client.get(f"/articles/{article.pk}/?claim={first.pk}").content.decode()
    assert f'data-claim-id="{first.pk}"' in html
    assert "Announcement" in html


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    article, _, _ = article_with_claims()
    response = client.get(f"/articles/{article.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/articles/")


def test_a_user_without_the_view_permission_is_refused(outsider_client):
    article, _, _ = article_with_claims()
    assert outsider_client.get(f"/articles/{article.pk}/").status_code == 403
    assert outsider_client.get("/dashboard/").status_code == 403


def test_an_unknown_article_is_a_404(reader_client):
    assert reader_client.get("/articles/999999/").status_code == 404


def test_the_article_list_links_to_each_annotated_article(reader_client):
    article, _, _ = article_with_claims()
    html = reader_client.get("/articles/").content.decode()
    assert f'href="/articles/{article.pk}/"' in html
