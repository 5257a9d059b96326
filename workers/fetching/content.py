"""Content types: parsing the header, the default allow-list, sniffing when it is missing."""

from __future__ import annotations

DEFAULT_ACCEPT = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "application/pdf", "application/json"}
)
SNIFF_BYTES = 1024


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """(mime type lowercased, charset) from a Content-Type header; (None, None) when absent."""
    if not value or not value.strip():
        return None, None
    mime, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'").lower() or None
    return mime.strip().lower() or None, charset


def is_allowed(mime: str, accept: frozenset[str]) -> bool:
    if "*/*" in accept or mime in accept:
        return True
    # JSON dialects (application/ld+json, problem+json...) come along with JSON itself.
    return (
        "application/json" in accept and mime.startswith("application/") and mime.endswith("+json")
    )


def accept_header(accept: frozenset[str]) -> str:
    return ", ".join(sorted(accept)) + ", */*;q=0.1" if "*/*" not in accept else "*/*"


def sniff(head: bytes) -> str | None:
    """A content type for a body served without one, only when its first bytes are unmistakable."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return None
