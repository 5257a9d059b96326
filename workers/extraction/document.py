"""extract_document: any fetched body (HTML, PDF, plain text, JSON) to text with metadata."""

from __future__ import annotations

import codecs

from workers.extraction.charset import decode
from workers.extraction.errors import Document, ExtractionError
from workers.extraction.html import extract_html
from workers.extraction.links import Link
from workers.extraction.pdf import extract_pdf
from workers.extraction.structured import extract_json

# HTML beyond this is cut before parsing. trafilatura's time and memory grow with the tree
# (its cost per MB: docs/benchmarks.md, "Figures behind the code"), and a news page's
# article sits in its first few hundred kilobytes: past 5 MB a page is an archive, a feed or
# an endless comment thread, and parsing all of it would hold a worker for tens of seconds.
MAX_HTML_BYTES = 5_000_000
# Text formats hold next to no control characters; a body whose decoded sample is more than
# this share controls or U+FFFD is binary (an image, a gzip stream) whatever its label says.
MAX_JUNK_RATIO = 0.05
JUNK_SAMPLE = 20_000

HTML_TYPES = {"text/html", "application/xhtml+xml"}
JSON_TYPES = {"application/json", "text/json"}
XML_TYPES = {"text/xml", "application/xml"}
# Labels that say nothing about the format: the body is sniffed instead.
UNLABELLED = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}


def _junk_ratio(text: str) -> float:
    sample = text[:JUNK_SAMPLE]
    if not sample:
        return 0.0
    junk = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0
    )
    return junk / len(sample)


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


def _cut_html(body: bytes) -> bytes:
    """The first MAX_HTML_BYTES, ending before a tag so no multi-byte character is split."""
    head = body[:MAX_HTML_BYTES]
    cut = head.rfind(b"<")
    return head[:cut] if cut > 0 else head


def _is_json_type(mime: str) -> bool:
    return mime in JSON_TYPES or mime.endswith("+json")


def _is_text_type(mime: str) -> bool:
    if mime in XML_TYPES:
        return False
    return mime in HTML_TYPES or _is_json_type(mime) or mime.startswith("text/")


def _sniff(mime: str, text: str) -> str:
    """The effective type of a body whose label says nothing (or nothing we can read)."""
    start = text.lstrip(" \t\r\n").lower()
    looks_html = start.startswith(("<!doctype html", "<html")) or "<html" in start
    if mime in XML_TYPES:
        # XHTML served as generic XML is a page; feeds and other XML are not articles.
        return "application/xhtml+xml" if looks_html else mime
    if mime not in UNLABELLED:
        return mime
    if looks_html or "<body" in start:
        return "text/html"
    if start.startswith(("{", "[")):
        return "application/json"
    return "text/plain"


def extract_document(
    body: bytes,
    *,
    content_type: str,
    charset: str | None = None,
    url: str | None = None,
    max_chars: int = 2_000_000,
    include_links: bool = False,
) -> Document:
    """Main text and metadata of `body`, read as `content_type` says.

    Raises ExtractionError: 'empty' (no body, or no text in it), 'decode' (binary data under a
    text label, invalid JSON), 'corrupt' (an unreadable PDF), 'unsupported' (images, archives).
    `truncated` is set when the text was cut to `max_chars` or the HTML to MAX_HTML_BYTES.
    `include_links` also returns an HTML page's main-text links with their spans in the text.
    """
    mime = (content_type or "").split(";")[0].strip().lower()
    if not body or not body.strip():
        raise ExtractionError("empty", "the response body is empty")
    if mime == "application/pdf" or body.lstrip()[:5] == b"%PDF-":
        # Sniffed too: servers label PDFs application/octet-stream, even text/html.
        return _finish(
            extract_pdf(body, max_chars=max_chars),
            mime="application/pdf",
            extractor="pypdf",
            charset=None,
            max_chars=max_chars,
        )

    kind = _sniff(mime, body[:1024].removeprefix(codecs.BOM_UTF8).decode("latin-1"))
    if not _is_text_type(kind):
        raise ExtractionError("unsupported", f"no text extractor for {mime} bodies")
    input_truncated = kind in HTML_TYPES and len(body) > MAX_HTML_BYTES
    text, used_charset = decode(_cut_html(body) if input_truncated else body, charset)
    if _junk_ratio(text) > MAX_JUNK_RATIO:
        # Raised rather than returning an empty Document: the caller records one clear reason,
        # and no claim is ever checked against mojibake.
        raise ExtractionError("decode", f"the body labelled {mime or 'untyped'} is binary data")
    if kind in HTML_TYPES:
        meta = extract_html(text, url=url or None, include_links=include_links)
        extractor = "trafilatura"
    elif _is_json_type(kind):
        meta, extractor = extract_json(text), "json"
    else:
        meta, extractor = {"text": text}, "text"
    meta["input_truncated"] = input_truncated
    return _finish(meta, mime=kind, extractor=extractor, charset=used_charset, max_chars=max_chars)


def _finish(
    meta: dict, *, mime: str, extractor: str, charset: str | None, max_chars: int
) -> Document:
    raw = meta.get("text") or ""
    text = _clean(raw)
    if not text:
        raise ExtractionError("empty", "no readable text in the document")
    # _clean strips the ends (and a link's text is already clean of \r and \x00): shift spans.
    lead = len(raw) - len(raw.lstrip()) if text == raw.strip() else None
    links = [
        Link(url=link.url, text=link.text, start=link.start - lead, end=link.end - lead)
        for link in meta.get("links") or []
        if lead is not None and link.end - lead <= max_chars
    ]
    return Document(
        text=text[:max_chars],
        title=meta.get("title"),
        author=meta.get("author"),
        published=meta.get("published"),
        language=meta.get("language"),
        content_type=mime,
        charset=charset,
        truncated=len(text) > max_chars or bool(meta.get("input_truncated")),
        extractor=extractor,
        links=links,
    )
