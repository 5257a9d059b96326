"""PDF documents: the text of every page, through pypdf."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from workers.extraction.errors import ExtractionError

# pypdf warns on every recoverable flaw (a missing %%EOF, a bad xref offset); noise in worker logs.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _info(reader: PdfReader, field: str) -> str | None:
    try:
        value = getattr(reader.metadata, field, None) if reader.metadata else None
    except Exception:  # a broken /Info dictionary must not cost us the text
        return None
    return (value.strip() or None) if isinstance(value, str) else None


def extract_pdf(body: bytes, *, max_chars: int) -> dict:
    """{text, title, author}: page texts joined by "\\n", reading stops past `max_chars`."""
    pages: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("password required")
        if not reader.pages:
            raise ExtractionError("corrupt", "the PDF has no pages")
        size = 0
        for page in reader.pages:
            text = (page.extract_text() or "").strip()
            if text:
                pages.append(text)
                size += len(text) + 1
            if size > max_chars + 1:  # so the joined text is longer and gets flagged
                break
    except ExtractionError:
        raise
    except (FileNotDecryptedError, DependencyError):
        # DependencyError: AES-encrypted, which needs the optional cryptography package.
        raise ExtractionError("unsupported", "the PDF is encrypted") from None
    except Exception as exc:
        # pypdf meets malformed files with a zoo of exceptions (PdfReadError, but also KeyError,
        # struct.error, zlib.error, RecursionError...): all of them mean the same thing here.
        raise ExtractionError("corrupt", f"the PDF could not be read ({exc})") from None
    return {
        "text": "\n".join(pages),
        "title": _info(reader, "title"),
        "author": _info(reader, "author"),
    }
