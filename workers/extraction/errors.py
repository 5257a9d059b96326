"""What extraction returns, and how it says it could not read a body."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from workers.extraction.links import Link


class ExtractionError(Exception):
    """A body that yields no text; `code` is one of decode, empty, unsupported, corrupt."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True, kw_only=True)
class Document:
    """Main text (paragraphs separated by "\n") and what the document says about itself."""

    text: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None  # primary subtag from <html lang> / Content-Language, or None
    content_type: str  # the MIME type the body was read as, without parameters
    charset: str | None = None  # the codec used; None for PDF
    truncated: bool = False
    extractor: str  # trafilatura, pypdf, text or json
    # The main text's <a href> (asked for with include_links; HTML only), in text order.
    links: list[Link] = field(default_factory=list)
