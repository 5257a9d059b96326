"""Bodies that must not become text: empty, binary or unsupported; and caps on huge ones."""

import random
import struct
import zlib

import pytest

from workers.extraction import ExtractionError, extract_document
from workers.extraction.document import MAX_HTML_BYTES


def _png(width: int = 64, height: int = 64) -> bytes:
    """A real PNG image of random pixels."""
    rng = random.Random(7)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (_png(), "text/html"),
        (_png(), "text/plain; charset=utf-8"),
        (random.Random(1).randbytes(50_000), "text/html"),
        (zlib.compress(b"<html><body><p>gzip served raw</p></body></html>" * 500), "text/html"),
        (bytes(range(256)) * 40, "application/json"),
    ],
    ids=["png-as-html", "png-as-text", "random-as-html", "deflate-as-html", "bytes-as-json"],
)
def test_binary_data_under_a_text_label_is_a_decode_error(body, content_type):
    with pytest.raises(ExtractionError) as error:
        extract_document(body, content_type=content_type)
    assert error.value.code == "decode"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (_png(), "image/png"),
        (b'<?xml version="1.0"?><rss><channel><title>Feed</title></channel></rss>', "text/xml"),
    ],
)
def test_a_format_without_an_extractor_is_unsupported(body, content_type):
    with pytest.raises(ExtractionError) as error:
        extract_document(body, content_type=content_type)
    assert error.value.code == "unsupported"


@pytest.mark.parametrize("body", [b"", b"   \n\t ", b"\r\n"])
def test_an_empty_body_is_an_empty_error(body):
    with pytest.raises(ExtractionError) as error:
        extract_document(body, content_type="text/html")
    assert error.value.code == "empty"


def test_an_error_carries_its_code_and_a_message():
    with pytest.raises(ExtractionError) as error:
        extract_document(b"", content_type="text/plain")
    assert error.value.code == "empty" and error.value.message
    assert str(error.value).startswith("empty: ")


def test_it_caps_huge_text_and_says_so():
    body = ("Acme sold 12 units. " * 200_000).encode()  # 4 MB of text
    doc = extract_document(body, content_type="text/plain", max_chars=100_000)
    assert len(doc.text) == 100_000 and doc.truncated
    assert doc.text.startswith("Acme sold 12 units.")


def test_text_under_the_cap_is_not_truncated():
    doc = extract_document(b"Acme sold 12 units.", content_type="text/plain", max_chars=19)
    assert doc.text == "Acme sold 12 units." and not doc.truncated


def test_a_20_mb_page_is_cut_before_parsing_and_flagged():
    # Long paragraphs keep the tree small, so the test stays fast; the cut is what is tested.
    paragraph = "<p>" + "Le musée a reçu 250 000 visiteurs cet été, un record. " * 180 + "</p>\n"
    count = 20_000_000 // len(paragraph.encode())
    page = (
        "<html lang='fr'><head><title>Bilan</title></head><body><article>"
        + paragraph * count
        + "<p>LAST PARAGRAPH beyond the cut.</p></article></body></html>"
    ).encode()
    # Pad the head so the byte limit falls in the middle of an "é" (0xC3 0xA9).
    shift = MAX_HTML_BYTES - 1 - page.find("é".encode(), MAX_HTML_BYTES - 200)
    page = page.replace(b"<head>", b"<head>" + b" " * shift, 1)
    assert page[MAX_HTML_BYTES - 1 : MAX_HTML_BYTES + 1] == "é".encode()
    assert len(page) > 3 * MAX_HTML_BYTES
    doc = extract_document(page, content_type="text/html", max_chars=50_000_000)
    assert doc.truncated and "LAST PARAGRAPH" not in doc.text
    # The cut lands before a tag, never inside a multi-byte character: no mojibake, no U+FFFD.
    assert doc.charset == "utf-8" and "\ufffd" not in doc.text
    assert doc.text.startswith("Le musée a reçu 250 000 visiteurs")
    assert len(doc.text) > 1_000_000


def test_a_20_mb_page_is_capped_to_max_chars():
    paragraph = "<p>" + "Turnout reached 61 percent in the north. " * 200 + "</p>\n"
    page = "<html><body><article>" + paragraph * (20_000_000 // len(paragraph)) + "</article>"
    doc = extract_document(page.encode(), content_type="text/html")
    assert len(doc.text) == 2_000_000 and doc.truncated
