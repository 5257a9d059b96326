"""ClaimReview JSON-LD over the API, per claim and per article."""

import json

import pytest
from django.utils import timezone

from claims.services.articles import article_create
from claims.services.claims import claim_create
from claims.services.status import claim_status_set

pytestmark = pytest.mark.django_db
BODY = "Stargate investira 500 milliards. La phase initiale coûtera 100 milliards. Fin."


@pytest.fixture
def article():
    return article_create(
        title="Stargate",
        body=BODY,
        url="https://news.example/stargate",
        publisher="La Gazette",
        language="fr",
        published_at=timezone.now(),
    )


def _claim(article, quote: str, status: str | None = None):
    claim = claim_create(article=article, text=quote, quote=quote, claimant="OpenAI")
    if status:
        claim_status_set(claim_id=claim.pk, status=status, user=None, expected_version=None)
    return claim


def _assert_is_claim_review(review: dict) -> None:
    """The properties Google's ClaimReview guidelines require, with their types."""
    assert review["@type"] == "ClaimReview"
    for key in ("url", "claimReviewed", "datePublished"):
        assert isinstance(review[key], str) and review[key], key
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and isinstance(rating["alternateName"], str)
    if "ratingValue" in rating:
        for key in ("ratingValue", "bestRating", "worstRating"):
            assert isinstance(rating[key], int), key
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["@type"] in ("Organization", "Person")
    assert isinstance(item["datePublished"], str)
    assert all(work["@type"] == "CreativeWork" and work["url"] for work in item["appearance"])


def test_a_decided_claim_exports_as_claim_review_json_ld(reader_api, article, settings):
    settings.VERIFIER_NEWSROOM_NAME = "Le Vérificateur"
    claim = _claim(article, "Stargate investira 500 milliards", "supported")
    response = reader_api.get(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    document = json.loads(response.content)
    assert document["@context"] == "https://schema.org"
    _assert_is_claim_review(document)
    assert document["author"]["name"] == "Le Vérificateur"
    assert document["reviewRating"]["alternateName"] == "True"
    assert document["url"].endswith(f"/api/v1/claims/{claim.pk}/claimreview/")


def test_the_review_url_follows_the_newsroom_template(reader_api, article, settings):
    settings.VERIFIER_CLAIMREVIEW_URL_TEMPLATE = "https://verif.example/fact-checks/{claim_id}/"
    claim = _claim(article, "Stargate investira 500 milliards", "refuted")
    document = json.loads(reader_api.get(f"/api/v1/claims/{claim.pk}/claimreview/").content)
    assert document["url"] == f"https://verif.example/fact-checks/{claim.pk}/"


def test_an_undecided_claim_is_not_published(reader_api, article):
    claim = _claim(article, "Stargate investira 500 milliards", "in_review")
    response = reader_api.get(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response.status_code == 404
    assert "not published" in response.json()["detail"]


def test_an_article_exports_its_decided_claims_as_a_graph(reader_api, article):
    decided = _claim(article, "Stargate investira 500 milliards", "not_enough_evidence")
    pending = _claim(article, "La phase initiale coûtera 100 milliards")
    response = reader_api.get(f"/api/v1/articles/{article.pk}/claimreview/")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["@context"] == "https://schema.org"
    assert len(document["@graph"]) == 1
    review = document["@graph"][0]
    _assert_is_claim_review(review)
    assert review["claimReviewed"] == decided.text
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}
    assert response["X-ClaimReview-Excluded"] == f"{pending.pk}:unverified"


def test_exports_need_a_login(anon_api, article):
    claim = _claim(article, "Stargate investira 500 milliards", "supported")
    assert anon_api.get(f"/api/v1/claims/{claim.pk}/claimreview/").status_code == 401
    assert anon_api.get(f"/api/v1/articles/{article.pk}/claimreview/").status_code == 401
