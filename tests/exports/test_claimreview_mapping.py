"""The status → reviewRating mapping and the shape of one ClaimReview (pure functions)."""

from datetime import UTC, datetime

import pytest

from claims.exports.claimreview import Newsroom, claim_review, review_rating
from claims.models import Article, Claim, StatusChange

NEWSROOM = Newsroom(name="Le Vérificateur", url="https://verif.example/")


@pytest.mark.parametrize(
    ("status", "name", "value"),
    [("supported", "True", 5), ("conflicting", "Mixed", 3), ("refuted", "False", 1)],
)
def test_each_decided_status_has_its_rating_on_a_one_to_five_scale(status, name, value):
    rating = review_rating(status)
    assert rating == {
        "@type": "Rating",
        "alternateName": name,
        "ratingValue": value,
        "bestRating": 5,
        "worstRating": 1,
    }


def test_not_enough_evidence_is_unproven_without_a_number():
    assert review_rating("not_enough_evidence") == {"@type": "Rating", "alternateName": "Unproven"}


def _claim(status: str, **extra) -> Claim:
    article = Article(
        title="Stargate",
        url="https://news.example/stargate",
        publisher="La Gazette",
        published_at=datetime(2025, 1, 22, 8, 0, tzinfo=UTC),
    )
    values = {
        "pk": 11,
        "article": article,
        "text": "Stargate investira 500 milliards de dollars.",
        "claimant": "OpenAI",
        "language": "fr",
        "status": status,
        "updated_at": datetime(2025, 2, 9, tzinfo=UTC),
    }
    return Claim(**(values | extra))


@pytest.mark.parametrize("status", ["unverified", "in_review"])
def test_an_undecided_claim_has_no_review(status):
    with pytest.raises(ValueError, match="not published"):
        claim_review(_claim(status), newsroom=NEWSROOM, url="https://x.example/r/11")


def test_a_review_names_the_claim_its_claimant_appearance_and_newsroom():
    decided = StatusChange(
        field="status", to_value="refuted", created_at=datetime(2025, 2, 5, 17, 0, tzinfo=UTC)
    )
    older = StatusChange(
        field="status", to_value="supported", created_at=datetime(2025, 2, 7, tzinfo=UTC)
    )
    review = claim_review(
        _claim("refuted"),
        newsroom=NEWSROOM,
        url="https://x.example/r/11",
        changes=[decided, older],
    )
    assert review["@type"] == "ClaimReview"
    assert review["url"] == "https://x.example/r/11"
    assert review["claimReviewed"] == "Stargate investira 500 milliards de dollars."
    assert review["datePublished"] == "2025-02-05"  # the day the current status was set
    assert review["author"] == {
        "@type": "Organization",
        "name": "Le Vérificateur",
        "url": "https://verif.example/",
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "OpenAI"}
    assert item["datePublished"] == "2025-01-22"
    assert item["appearance"][0]["@type"] == "CreativeWork"
    assert item["appearance"][0]["url"] == "https://news.example/stargate"


def test_without_a_claimant_the_article_author_is_the_claims_author():
    claim = _claim("supported", claimant="")
    claim.article.author = "Jeanne Martin"
    review = claim_review(claim, newsroom=NEWSROOM, url="https://x.example/r/11")
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Jeanne Martin"}
    assert review["datePublished"] == "2025-02-09"  # no recorded change: the last edit
