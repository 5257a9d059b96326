"""MediaWiki search (Wikipedia in the claim's language): background pages to read."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

from workers.fetching.settings import setting
from workers.providers.base import (
    Lead,
    Provider,
    ProviderError,
    get_json,
    search_text,
    text_of,
)

if TYPE_CHECKING:  # a claim is read, never imported: claims imports providers, not back
    from claims.models import Claim

# The language goes into a host name: only a plain language code may, never arbitrary text.
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z]{2,8})?$")
_TAG = re.compile(r"<[^>]*>")


class MediaWikiProvider(Provider):
    name = "mediawiki"

    def __init__(self) -> None:
        self.base = setting("VERIFIER_MEDIAWIKI_BASE", "https://{lang}.wikipedia.org")
        self.default_language = setting("VERIFIER_MEDIAWIKI_DEFAULT_LANGUAGE", "en")
        self.limit = int(setting("VERIFIER_PROVIDER_MAX_RESULTS", 10))

    def language_of(self, claim: Claim) -> str:
        language = (claim.language or "").strip().lower()
        return language if _LANGUAGE.match(language) else self.default_language

    def discover(self, claim: Claim) -> list[Lead]:
        language = self.language_of(claim)
        base = self.base.replace("{lang}", language).rstrip("/")
        query = {
            "action": "query",
            "list": "search",
            "srsearch": search_text(claim)[:300],
            "srlimit": self.limit,
            "format": "json",
            "formatversion": 2,
        }
        data = get_json(f"{base}/w/api.php?{urlencode(query)}")
        results = data.get("query", {}).get("search") if isinstance(data, dict) else None
        if not isinstance(results, list):
            raise ProviderError("bad_shape", "The search did not answer {query: {search: [...]}}.")
        candidates = []
        for item in results[: self.limit]:
            title = text_of(item.get("title"), 1000) if isinstance(item, dict) else ""
            if not title:
                continue
            snippet = html.unescape(_TAG.sub("", text_of(item.get("snippet"), 5000)))
            candidates.append(
                Lead(
                    url=f"{base}/wiki/{quote(title.replace(' ', '_'))}",
                    title=title,
                    publisher=f"Wikipedia ({language})",
                    snippet=snippet,
                    raw=item,
                )
            )
        return candidates
