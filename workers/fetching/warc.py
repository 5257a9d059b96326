"""A fetch preserved as a gzip WARC/1.1 file: the request we sent and the response we kept."""

from __future__ import annotations

import io
from http import HTTPStatus
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from workers.fetching.client import FetchResult

# FetchResult.body is already decoded from Content-Encoding and de-chunked, so the original
# framing headers would describe bytes the record does not hold: a replay tool would try to
# gunzip plain HTML or read chunk sizes out of text. They are kept under another name for the
# record, and Content-Length is set to the stored body.
_FRAMING = {"content-encoding", "transfer-encoding", "content-length"}


def _response_headers(result: FetchResult) -> list[tuple[str, str]]:
    headers = []
    for name, value in result.headers:
        if name.lower() in _FRAMING:
            headers.append((f"X-Verifier-Original-{name}", value))
        else:
            headers.append((name, value))
    headers.append(("Content-Length", str(len(result.body))))
    return headers


def build_warc(result: FetchResult) -> bytes:
    """The request and response records of `result`'s final hop, gzip-compressed per record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
    warc_headers = {
        "WARC-Date": datetime_to_iso_date(result.fetched_at, use_micros=True),
        "WARC-IP-Address": result.remote_address,
    }
    protocol = result.http_version if result.http_version.startswith("HTTP/1") else "HTTP/1.1"
    parts = urlsplit(result.final_url)
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    request = writer.create_warc_record(
        result.final_url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        http_headers=StatusAndHeaders(
            f"GET {path} {protocol}", list(result.request_headers), is_http_request=True
        ),
        warc_headers_dict=dict(warc_headers),
    )
    try:
        phrase = HTTPStatus(result.status).phrase
    except ValueError:
        phrase = "Unknown"
    response = writer.create_warc_record(
        result.final_url,
        "response",
        payload=io.BytesIO(result.body),
        length=len(result.body),
        http_headers=StatusAndHeaders(
            f"{result.status} {phrase}", _response_headers(result), protocol=protocol
        ),
        warc_headers_dict=dict(warc_headers),
    )
    # warcio's usual layout: response first, the request pointing at it by WARC-Concurrent-To.
    writer.write_request_response_pair(request, response)
    return buffer.getvalue()


def read_warc_payload(data: bytes) -> bytes:
    """The HTTP payload of the first response record in `data`."""
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type == "response":
            return record.content_stream().read()
    raise ValueError("The WARC data holds no response record.")
