"""What every provider shares: its result shape, its one error, JSON through the guarded door."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from workers.fetching import FetchError, fetch

if TYPE_CHECKING:  # a claim is read, never imported: claims imports providers, not back
    from claims.models import Claim

JSON_TYPES = frozenset({"application/json", "text/javascript"})


@dataclass(frozen=True)
class Lead:
    """One item a provider found: a lead for a reviewer, with where it came from."""

    url: str
    title: str = ""
    publisher: str = ""
    rating_text: str = ""
    snippet: str = ""
    published_at: datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict)


def search_text(claim: Claim) -> str:
    """What to search for: the claim, led by the name the article credits it to (its source
    hint, e.g. "Goldman Sachs Research") when the article gave no link to the document."""
    hint = (getattr(claim, "source_hint", "") or "").strip()
    return f"{hint} {claim.text}" if hint else claim.text


class ProviderError(Exception):
    """A provider that could not answer: `code` is a fetch error code, bad_json or bad_shape."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Provider:
    """A source of candidate evidence for a claim; subclasses set `name` and `discover`."""

    name: ClassVar[str] = ""

    def discover(self, claim: Claim) -> list[Lead]:
        raise NotImplementedError


def get_json(url: str, *, secret: str = "") -> Any:
    """GET `url` through the guarded fetcher and parse its JSON; `secret` is kept out of errors."""
    try:
        result = fetch(url, accept=JSON_TYPES)
    except FetchError as error:
        raise ProviderError(str(error.code), _redact(error.message, secret)) from None
    try:
        return json.loads(result.body)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProviderError("bad_json", f"The answer is not JSON: {exc}.") from None


def _redact(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text


def parse_datetime(value: Any) -> datetime | None:
    """An ISO 8601 date or date-time as providers write it (a trailing Z included), or None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def text_of(value: Any, limit: int) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""
