"""Text extraction: fetched bodies (HTML, PDF, text, JSON) to clean text with metadata."""

from workers.extraction.charset import detect_charset
from workers.extraction.document import extract_document
from workers.extraction.errors import Document, ExtractionError
from workers.extraction.links import Link

__all__ = ["Document", "ExtractionError", "Link", "detect_charset", "extract_document"]
