"""schema.org ClaimReview for decided claims, as JSON-LD-ready dicts (pure functions).

Mapping from the editorial status to `reviewRating` (a schema.org Rating on a 1-5 scale, where
5 is "true"; `alternateName` is the textual verdict that Google and other readers display):

| status                | alternateName | ratingValue | bestRating | worstRating |
| --------------------- | ------------- | ----------- | ---------- | ----------- |
| supported             | True          | 5           | 5          | 1           |
| conflicting           | Mixed         | 3           | 5          | 1           |
| refuted               | False         | 1           | 5          | 1           |
| not_enough_evidence   | Unproven      | (none)      | (none)     | (none)      |
| unverified, in_review | not published: no ClaimReview is produced                      |

"Unproven" carries no number on purpose: any value on the 1-5 scale would place "we could not
tell" somewhere between true and false, and readers that average ratings would count it as a
half-truth. The textual rating alone is valid ClaimReview.

Claims nobody has decided (unverified, in review) are never published: the per-claim export
answers 404 saying so, and the per-article export leaves them out and says which and why.

Other properties: `claimReviewed` is the claim as the reviewer phrased it; `itemReviewed` is a
Claim whose `author` is the claimant (an Organization: the model does not say whether a claimant
is a person) or, without one, the article's author (Person) or publisher (Organization);
`appearance` is the article (a CreativeWork with its URL, when it has one); `datePublished` the
article's publication date. The review's `author` is the newsroom (settings
VERIFIER_NEWSROOM_NAME and VERIFIER_NEWSROOM_URL), its `datePublished` the day the current status
was set, and its `url` the address the caller gives for the review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from claims.models import Article, Claim, ClaimStatus, StatusChange

CONTEXT = "https://schema.org"
BEST, WORST = 5, 1


@dataclass(frozen=True)
class Rating:
    alternate_name: str
    value: int | None


RATINGS: dict[str, Rating] = {
    ClaimStatus.SUPPORTED: Rating("True", 5),
    ClaimStatus.CONFLICTING: Rating("Mixed", 3),
    ClaimStatus.REFUTED: Rating("False", 1),
    ClaimStatus.NOT_ENOUGH_EVIDENCE: Rating("Unproven", None),
}
UNPUBLISHED_REASON = "not published: no reviewer has decided this claim yet (status {status})"


@dataclass(frozen=True)
class Newsroom:
    name: str
    url: str


def is_published(claim: Claim) -> bool:
    return claim.status in RATINGS


def review_rating(status: str) -> dict[str, Any]:
    rating = RATINGS[status]
    result: dict[str, Any] = {"@type": "Rating", "alternateName": rating.alternate_name}
    if rating.value is not None:
        result |= {"ratingValue": rating.value, "bestRating": BEST, "worstRating": WORST}
    return result


def _day(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def decided_at(claim: Claim, changes: Iterable[StatusChange]) -> datetime:
    """When the claim got its current status: the latest matching change, else its last edit."""
    matching = [
        c.created_at
        for c in changes
        if c.field == StatusChange.Field.STATUS and c.to_value == claim.status
    ]
    return max(matching) if matching else claim.updated_at


def _claim_author(claim: Claim, article: Article | None) -> dict[str, str] | None:
    if claim.claimant:
        return {"@type": "Organization", "name": claim.claimant}
    if article is not None and article.author:
        return {"@type": "Person", "name": article.author}
    if article is not None and article.publisher:
        return {"@type": "Organization", "name": article.publisher}
    return None


def _item_reviewed(claim: Claim) -> dict[str, Any]:
    article = claim.article
    item: dict[str, Any] = {"@type": "Claim"}
    author = _claim_author(claim, article)
    if author:
        item["author"] = author
    if article is not None:
        if article.published_at:
            item["datePublished"] = _day(article.published_at)
        if article.url:
            work: dict[str, Any] = {"@type": "CreativeWork", "url": article.url}
            if article.title:
                work["headline"] = article.title
            if article.publisher:
                work["publisher"] = {"@type": "Organization", "name": article.publisher}
            item["appearance"] = [work]
            item["firstAppearance"] = work
    if claim.language:
        item["inLanguage"] = claim.language
    return item


def claim_review(
    claim: Claim, *, newsroom: Newsroom, url: str, changes: Iterable[StatusChange] = ()
) -> dict[str, Any]:
    """The ClaimReview of a decided claim (without @context); ValueError if it is undecided."""
    if not is_published(claim):
        raise ValueError(UNPUBLISHED_REASON.format(status=claim.status))
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.text,
        "datePublished": _day(decided_at(claim, changes)),
        "author": {"@type": "Organization", "name": newsroom.name, "url": newsroom.url},
        "reviewRating": review_rating(claim.status),
        "itemReviewed": _item_reviewed(claim),
    }
    if claim.language:
        review["inLanguage"] = claim.language
    return review


def claim_review_document(review: dict[str, Any]) -> dict[str, Any]:
    return {"@context": CONTEXT, **review}


def article_review_document(reviews: list[dict[str, Any]]) -> dict[str, Any]:
    """Several reviews as one JSON-LD document: a shared @context and an @graph."""
    return {"@context": CONTEXT, "@graph": reviews}
