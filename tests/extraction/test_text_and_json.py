"""Plain text as it is, JSON through its string values, the article fields first."""

import json

import pytest

from workers.extraction import ExtractionError, extract_document


def test_it_reads_plain_text_and_normalizes_newlines_and_nuls():
    doc = extract_document(b"Line one.\r\nLine\x00 two.\rLine three.\n", content_type="text/plain")
    assert doc.text == "Line one.\nLine two.\nLine three."
    assert (doc.extractor, doc.charset, doc.title, doc.truncated) == ("text", "utf-8", None, False)


def test_it_reads_other_text_types_as_plain_text():
    doc = extract_document(b"year,jobs\n2025,340\n", content_type="text/csv; charset=utf-8")
    assert doc.text == "year,jobs\n2025,340" and doc.content_type == "text/csv"


def test_it_reads_the_strings_of_a_json_document_title_first():
    body = json.dumps(
        {"id": "a-7", "body": "Sales grew 19% in 2025.", "headline": "Acme grows", "views": 12}
    ).encode()
    doc = extract_document(body, content_type="application/json")
    assert doc.text.splitlines() == ["Acme grows", "Sales grew 19% in 2025."]
    assert doc.title == "Acme grows" and doc.extractor == "json"


def test_it_walks_nested_json_and_leaves_out_links_and_identifiers():
    body = {
        "url": "https://example.org/news/7",
        "@id": "urn:uuid:1234-5678",
        "data": {
            "content": "The mayor announced 300 new homes.",
            "title": "Housing plan",
            "tags": ["housing", "city council"],
        },
    }
    doc = extract_document(json.dumps(body).encode(), content_type="application/ld+json")
    assert doc.text.splitlines() == [
        "Housing plan",
        "The mayor announced 300 new homes.",
        "housing",
        "city council",
    ]


def test_it_reads_html_fragments_inside_json_as_text():
    body = {"content": {"rendered": "<p>Unemployment fell to 7.1%.</p><p>Wages rose.</p>"}}
    doc = extract_document(json.dumps(body).encode(), content_type="application/json")
    assert doc.text.splitlines() == ["Unemployment fell to 7.1%.", "Wages rose."]


@pytest.mark.parametrize("body", [b'{"unclosed": ', b"<html>not json</html>", b"[" * 100_000])
def test_it_rejects_unreadable_json_as_a_decode_error(body):
    with pytest.raises(ExtractionError) as error:
        extract_document(body, content_type="application/json")
    assert error.value.code == "decode"


def test_json_without_any_prose_is_empty():
    with pytest.raises(ExtractionError) as error:
        extract_document(b'{"id": 7, "ok": true, "items": []}', content_type="application/json")
    assert error.value.code == "empty"
