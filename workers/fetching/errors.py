"""The fetcher's failure taxonomy: one exception, a machine-readable code, a retry hint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class FetchErrorCode(str, Enum):
    DNS = "dns"
    CONNECT = "connect"
    TIMEOUT = "timeout"
    TLS = "tls"
    TOO_LARGE = "too_large"
    BAD_CONTENT_TYPE = "bad_content_type"
    HTTP_4XX = "http_4xx"
    HTTP_5XX = "http_5xx"
    BLOCKED_ADDRESS = "blocked_address"
    ROBOTS = "robots"
    DECODE = "decode"
    INVALID_URL = "invalid_url"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    # The server answered with something that is not HTTP: a broken status line, more headers
    # than a client accepts, an endless header line. Permanent: the same server will say it again.
    PROTOCOL = "protocol"

    def __str__(self) -> str:
        # Callers store str(code); the plain value is what belongs in the database.
        return self.value


# Only what can heal by waiting: the network, an overloaded server, a rate limit (429, added
# per status in FetchError.retryable).
_RETRYABLE = {FetchErrorCode.TIMEOUT, FetchErrorCode.CONNECT, FetchErrorCode.HTTP_5XX}


@dataclass(frozen=True)
class FetchAttemptRecord:
    """What one call to fetch() did, in the shape the job layer stores (claims.FetchAttempt)."""

    url: str
    final_url: str | None
    outcome: str  # "ok" or a FetchErrorCode value
    http_status: int | None
    content_type: str | None
    elapsed_ms: int
    error: str
    started_at: datetime


class FetchError(Exception):
    """A fetch that failed; `code` says why and `retryable` whether trying later can help."""

    def __init__(
        self,
        code: FetchErrorCode,
        message: str,
        *,
        http_status: int | None = None,
        content_type: str | None = None,
        final_url: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.code = FetchErrorCode(code)
        self.message = message
        self.http_status = http_status
        self.content_type = content_type
        self.final_url = final_url
        self.retry_after = retry_after
        self.attempt: FetchAttemptRecord | None = None

    @property
    def retryable(self) -> bool:
        return self.code in _RETRYABLE or self.http_status == 429

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"FetchError({self.code.value!r}, {self.message!r})"


class InvalidURL(FetchError, ValueError):
    """A URL the fetcher will not even try: malformed, not http(s), no host, or with credentials.

    Also a FetchError, so a bad redirect target fails a fetch like any other permanent error.
    """

    def __init__(self, message: str, *, final_url: str | None = None) -> None:
        super().__init__(FetchErrorCode.INVALID_URL, message, final_url=final_url)
