"""fetch(): the one door to the web, guarded against SSRF, slow servers and oversized bodies."""

from __future__ import annotations

import dataclasses
import http.client
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    ProtocolError,
    ReadTimeoutError,
)
from urllib3.exceptions import SSLError as Urllib3SSLError

from workers.fetching import robots
from workers.fetching.addresses import IPAddress, blocked_reason, resolve
from workers.fetching.content import (
    DEFAULT_ACCEPT,
    accept_header,
    parse_content_type,
)
from workers.fetching.decoding import ACCEPT_ENCODING
from workers.fetching.errors import FetchAttemptRecord, FetchError, FetchErrorCode, InvalidURL
from workers.fetching.politeness import SlotTimeout, host_slot
from workers.fetching.response import check_status, deadline_error, read_body
from workers.fetching.settings import DEFAULT_USER_AGENT, setting
from workers.fetching.transport import Options, Watchdog, connect
from workers.fetching.urls import Target, parse_url

MAX_REDIRECTS = 5
_REDIRECT_STATUSES = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class FetchResult:
    """A successful fetch: the decoded body and everything needed to preserve and cite it."""

    requested_url: str
    final_url: str
    status: int
    headers: list[tuple[str, str]]
    request_headers: list[tuple[str, str]]
    content_type: str
    charset: str | None
    body: bytes
    fetched_at: datetime
    elapsed_ms: int
    redirects: list[str] = field(default_factory=list)
    remote_address: str = ""
    http_version: str = "HTTP/1.1"
    attempt: FetchAttemptRecord | None = None


def fetch(
    url: str,
    *,
    allow_private: bool | None = None,
    max_bytes: int | None = None,
    timeout: float | None = None,
    deadline: float | None = None,
    accept: frozenset[str] | None = None,
    user_agent: str | None = None,
    _allow_hosts: frozenset[str] = frozenset(),
) -> FetchResult:
    """GET `url` and return its body, or raise FetchError (InvalidURL for an unusable URL).

    `_allow_hosts` is for tests only: exact "host:port" entries (as in the URL) whose address is
    not checked. It lets a test's first hop reach its own server on 127.0.0.1 while every other
    hop, such as a redirect to a loopback or metadata address, meets the real policy; the
    settings switch VERIFIER_FETCH_ALLOW_PRIVATE would open all of loopback at once.
    """
    started_at = datetime.now(UTC)
    start = time.monotonic()
    options = Options(
        allow_private=bool(
            setting("VERIFIER_FETCH_ALLOW_PRIVATE", False)
            if allow_private is None
            else allow_private
        ),
        max_bytes=int(max_bytes or setting("VERIFIER_FETCH_MAX_BYTES", 10 * 1024 * 1024)),
        timeout=float(timeout or setting("VERIFIER_FETCH_TIMEOUT", 10)),
        deadline_at=start + float(deadline or setting("VERIFIER_FETCH_DEADLINE", 30)),
        accept=accept or DEFAULT_ACCEPT,
        user_agent=user_agent or setting("VERIFIER_FETCH_USER_AGENT", DEFAULT_USER_AGENT),
        obey_robots=bool(setting("VERIFIER_FETCH_OBEY_ROBOTS", False)),
        allow_hosts=frozenset(h.lower() for h in _allow_hosts),
    )
    try:
        result = _follow(url, options)
    except FetchError as error:
        error.attempt = FetchAttemptRecord(
            url=url,
            final_url=error.final_url,
            outcome=error.code.value,
            http_status=error.http_status,
            content_type=error.content_type,
            elapsed_ms=_ms_since(start),
            error=error.message,
            started_at=started_at,
        )
        raise
    elapsed_ms = _ms_since(start)
    attempt = FetchAttemptRecord(
        url=url,
        final_url=result.final_url,
        outcome="ok",
        http_status=result.status,
        content_type=result.content_type,
        elapsed_ms=elapsed_ms,
        error="",
        started_at=started_at,
    )
    return dataclasses.replace(result, elapsed_ms=elapsed_ms, attempt=attempt)


def _ms_since(start: float) -> int:
    return int((time.monotonic() - start) * 1000)


def _follow(url: str, options: Options) -> FetchResult:
    """Request `url`, following redirects; every hop is parsed and address-checked anew."""
    current, redirects, seen = url, [], set()
    for _hop in range(MAX_REDIRECTS + 1):
        try:
            target = parse_url(current)
        except InvalidURL as error:
            error.final_url = current
            raise
        seen.add(target.url)
        try:
            location = None
            if options.obey_robots:
                robots.check(
                    target, user_agent=options.user_agent, fetch_robots=_robots_fetcher(options)
                )
            addresses = _allowed_addresses(target, options)
            with host_slot(target.host, timeout=max(options.remaining(), 0.0)):
                result = _exchange(target, addresses, options)
            if isinstance(result, FetchResult):
                return dataclasses.replace(result, requested_url=url, redirects=redirects)
            location = result
        except SlotTimeout:
            raise FetchError(
                FetchErrorCode.TIMEOUT,
                f"No free request slot for {target.host} before the deadline.",
            ) from None
        except FetchError as error:
            error.final_url = error.final_url or target.url
            raise
        current = urljoin(target.url, location)
        redirects.append(current)
        if parse_url_or_none(current) in seen:
            raise FetchError(
                FetchErrorCode.TOO_MANY_REDIRECTS,
                f"Redirect loop back to {current}.",
                final_url=current,
            )
    raise FetchError(
        FetchErrorCode.TOO_MANY_REDIRECTS,
        f"More than {MAX_REDIRECTS} redirects.",
        final_url=current,
    )


def parse_url_or_none(url: str) -> str | None:
    try:
        return parse_url(url).url
    except InvalidURL:
        return None


def _robots_fetcher(options: Options):
    # robots.txt goes through the same guarded path, under the page's own deadline.
    robots_options = dataclasses.replace(
        options,
        obey_robots=False,
        max_bytes=min(options.max_bytes, 512 * 1024),
        accept=frozenset({"*/*"}),
    )
    return lambda robots_url: _follow(robots_url, robots_options)


def _allowed_addresses(target: Target, options: Options) -> list[IPAddress]:
    """The host's addresses, all checked: one bad address refuses the host (DNS may rotate)."""
    addresses = resolve(target.host, target.port, timeout=min(options.timeout, options.remaining()))
    if target.netloc in options.allow_hosts:
        return addresses
    for ip in addresses:
        reason = blocked_reason(ip, allow_private=options.allow_private)
        if reason:
            raise FetchError(
                FetchErrorCode.BLOCKED_ADDRESS,
                f"{target.host} resolves to {ip}, a {reason} address; refusing to connect.",
            )
    return addresses


def _exchange(target: Target, addresses: list[IPAddress], options: Options) -> FetchResult | str:
    """One request: the FetchResult, or the Location to follow when it is a redirect."""
    conn = connect(target, addresses, options)
    remote = conn.sock.getpeername()[0] if conn.sock else str(addresses[0])
    conn.sock.settimeout(min(options.timeout, max(options.remaining(), 0.001)))
    watchdog = Watchdog(conn.sock, options.remaining())
    headers = {
        "Host": target.host_header,
        "User-Agent": options.user_agent,
        "Accept": accept_header(options.accept),
        "Accept-Encoding": ACCEPT_ENCODING,
        "Connection": "close",
    }
    fetched_at = datetime.now(UTC)
    response = None
    try:
        conn.request(
            "GET", target.path, headers=headers, preload_content=False, decode_content=False
        )
        response = conn.getresponse()
        status = response.status
        if status in _REDIRECT_STATUSES and response.headers.get("Location"):
            return response.headers["Location"]
        check_status(response)
        mime, charset = parse_content_type(response.headers.get("Content-Type"))
        body, mime = read_body(response, mime, options, watchdog)
    except FetchError as error:
        error.http_status = error.http_status or getattr(response, "status", None)
        raise
    except (TimeoutError, ReadTimeoutError, ConnectTimeoutError):
        raise FetchError(FetchErrorCode.TIMEOUT, f"{target.host} stopped answering.") from None
    except (ssl.SSLError, Urllib3SSLError) as exc:
        if watchdog.fired:
            raise deadline_error() from None
        raise FetchError(FetchErrorCode.TLS, f"TLS error with {target.host}: {exc}.") from None
    except (HTTPError, ProtocolError, OSError) as exc:
        if watchdog.fired:
            raise deadline_error() from None
        raise FetchError(
            FetchErrorCode.CONNECT, f"Connection to {target.host} failed: {exc}."
        ) from None
    except http.client.HTTPException as exc:
        # BadStatusLine, LineTooLong, "got more than 100 headers": http.client refusing a
        # malformed answer. Not OSErrors, so they used to escape as an internal job failure.
        # After OSError, so RemoteDisconnected (a closed connection) stays a retryable `connect`.
        if watchdog.fired:
            raise deadline_error() from None
        raise FetchError(
            FetchErrorCode.PROTOCOL,
            f"{target.host} sent a malformed HTTP response: {type(exc).__name__}: {exc}"[:500],
            http_status=getattr(response, "status", None),
        ) from None
    finally:
        watchdog.cancel()
        conn.close()
    return FetchResult(
        requested_url=target.url,
        final_url=target.url,
        status=status,
        headers=list(response.headers.items()),
        request_headers=list(headers.items()),
        content_type=mime,
        charset=charset,
        body=body,
        fetched_at=fetched_at,
        elapsed_ms=0,
        remote_address=remote,
        http_version=getattr(response, "version_string", "HTTP/1.1"),
    )
