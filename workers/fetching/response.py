"""Judging a response: its status, its content type, and its body under the cap and the clock."""

from __future__ import annotations

from http import HTTPStatus

import urllib3

from workers.fetching.content import SNIFF_BYTES, is_allowed, parse_content_type, sniff
from workers.fetching.decoding import BodyDecoder
from workers.fetching.errors import FetchError, FetchErrorCode
from workers.fetching.transport import Options, Watchdog

_CHUNK = 64 * 1024


def deadline_error() -> FetchError:
    return FetchError(FetchErrorCode.TIMEOUT, "The overall fetch deadline was reached.")


def retry_after(response: urllib3.BaseHTTPResponse) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.strip().isdigit() else None


def check_status(response: urllib3.BaseHTTPResponse) -> None:
    status = response.status
    if 200 <= status < 300:
        return
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
    mime, _ = parse_content_type(response.headers.get("Content-Type"))
    kwargs = {"http_status": status, "content_type": mime, "retry_after": retry_after(response)}
    if status >= 500:
        raise FetchError(
            FetchErrorCode.HTTP_5XX, f"The server answered {status} {phrase}.", **kwargs
        )
    if status >= 400:
        raise FetchError(
            FetchErrorCode.HTTP_4XX, f"The server answered {status} {phrase}.", **kwargs
        )
    # 1xx/3xx that are not usable redirects: permanent, like a client error.
    raise FetchError(
        FetchErrorCode.HTTP_4XX,
        f"Unexpected status {status} {phrase} (no usable redirect).",
        **kwargs,
    )


def read_body(
    response: urllib3.BaseHTTPResponse, mime: str | None, options: Options, watchdog: Watchdog
) -> tuple[bytes, str]:
    """The decoded body, refused as soon as it is too big, of a refused type, or too slow."""
    status, cap = response.status, options.max_bytes
    if mime is not None and not is_allowed(mime, options.accept):
        raise FetchError(
            FetchErrorCode.BAD_CONTENT_TYPE,
            f"Content type {mime} is not accepted.",
            http_status=status,
            content_type=mime,
        )
    length = response.headers.get("Content-Length", "")
    if length.strip().isdigit() and int(length) > cap:
        raise FetchError(
            FetchErrorCode.TOO_LARGE,
            f"The body is {int(length)} bytes, over the {cap}-byte cap.",
            http_status=status,
            content_type=mime,
        )
    decoder = BodyDecoder(response.headers.get("Content-Encoding"))
    parts: list[bytes] = []
    size = 0
    while True:
        if options.remaining() <= 0 or watchdog.fired:
            raise deadline_error()
        # read1 returns what has arrived instead of waiting to fill the chunk: the deadline is
        # checked between two reads, however slowly the server drips.
        raw = response.read1(_CHUNK, decode_content=False)
        if not raw:
            break
        for piece in decoder.feed(raw):
            size += len(piece)
            if size > cap:
                raise FetchError(
                    FetchErrorCode.TOO_LARGE,
                    f"The body is over the {cap}-byte cap.",
                    http_status=status,
                    content_type=mime,
                )
            parts.append(piece)
        if mime is None and size >= SNIFF_BYTES:
            mime = sniffed(b"".join(parts), status)
    if watchdog.fired:
        # The socket was shut under the reader: what arrived is truncated, not the body.
        raise deadline_error()
    decoder.finish()
    body = b"".join(parts)
    return body, mime or sniffed(body, status)


def sniffed(head: bytes, status: int) -> str:
    mime = sniff(head[:SNIFF_BYTES])
    if mime is None:
        raise FetchError(
            FetchErrorCode.BAD_CONTENT_TYPE,
            "No Content-Type, and the body does not look like HTML or PDF.",
            http_status=status,
            content_type="",
        )
    return mime
