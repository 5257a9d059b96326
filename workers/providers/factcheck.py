"""Google Fact Check Tools (claims:search): published fact-checks of similar claims."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlencode

from django.core.exceptions import ImproperlyConfigured

from workers.fetching.settings import setting
from workers.providers.base import (
    Lead,
    Provider,
    ProviderError,
    get_json,
    parse_datetime,
    search_text,
    text_of,
)

if TYPE_CHECKING:  # a claim is read, never imported: claims imports providers, not back
    from claims.models import Claim


class FactCheckProvider(Provider):
    name = "factcheck"

    def __init__(self) -> None:
        self.base = setting(
            "VERIFIER_FACTCHECK_API_BASE", "https://factchecktools.googleapis.com"
        ).rstrip("/")
        self.key = setting("VERIFIER_FACTCHECK_API_KEY", "")
        self.limit = int(setting("VERIFIER_PROVIDER_MAX_RESULTS", 10))
        if not self.key:
            raise ImproperlyConfigured(
                "The fact-check provider needs an API key: set VERIFIER_FACTCHECK_API_KEY."
            )

    def discover(self, claim: Claim) -> list[Lead]:
        query = {"query": search_text(claim)[:500], "pageSize": self.limit, "key": self.key}
        if claim.language:
            query["languageCode"] = claim.language
        data = get_json(f"{self.base}/v1alpha1/claims:search?{urlencode(query)}", secret=self.key)
        if not isinstance(data, dict) or not isinstance(data.get("claims", []), list):
            raise ProviderError("bad_shape", "claims:search did not answer {claims: [...]}.")
        candidates = []
        # An empty search answers {} (no "claims" key at all).
        for item in data.get("claims", []):
            if not isinstance(item, dict):
                continue
            reviews = item.get("claimReview")
            for review in reviews if isinstance(reviews, list) else []:
                candidate = _lead(item, review)
                if candidate is not None:
                    candidates.append(candidate)
        return candidates[: self.limit]


def _lead(item: dict, review: object) -> Lead | None:
    if not isinstance(review, dict) or not text_of(review.get("url"), 2000):
        return None
    publisher = review.get("publisher") if isinstance(review.get("publisher"), dict) else {}
    claimant, said = text_of(item.get("claimant"), 300), text_of(item.get("text"), 2000)
    return Lead(
        url=text_of(review["url"], 2000),
        title=text_of(review.get("title"), 1000) or said[:1000],
        publisher=text_of(publisher.get("name"), 300) or text_of(publisher.get("site"), 300),
        rating_text=text_of(review.get("textualRating"), 300),
        snippet=f"{claimant}: {said}" if claimant else said,
        published_at=parse_datetime(review.get("reviewDate")),
        # The claim as the API described it, with the one review this candidate is.
        raw={k: v for k, v in item.items() if k != "claimReview"} | {"review": review},
    )
