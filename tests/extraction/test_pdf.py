"""PDF extraction: page text in order, document metadata, and a clear error for broken files."""

import pytest

from tests.extraction.pdfs import pdf_with_pages
from workers.extraction import ExtractionError, extract_document


def test_it_reads_the_text_of_every_page_in_order():
    body = pdf_with_pages(
        "Revenue rose to 12 million euros in 2025.", "The plant employs 340 people."
    )
    doc = extract_document(body, content_type="application/pdf")
    assert doc.text.splitlines() == [
        "Revenue rose to 12 million euros in 2025.",
        "The plant employs 340 people.",
    ]
    assert (doc.extractor, doc.content_type, doc.charset) == ("pypdf", "application/pdf", None)


def test_it_keeps_the_title_and_author_of_the_pdf():
    body = pdf_with_pages("Annual report.", title="Acme annual report 2025", author="Jane Roe")
    doc = extract_document(body, content_type="application/pdf")
    assert (doc.title, doc.author) == ("Acme annual report 2025", "Jane Roe")


def test_it_reads_a_pdf_served_under_a_wrong_label():
    body = pdf_with_pages("Exports fell by 4 percent.")
    doc = extract_document(body, content_type="application/octet-stream")
    assert doc.text == "Exports fell by 4 percent." and doc.extractor == "pypdf"


@pytest.mark.parametrize(
    "body",
    [
        b"%PDF-1.4\nthis is not a pdf at all",
        pdf_with_pages("Half a file is no file.")[:150],
        b"%PDF-1.7\n" + bytes(range(256)) * 8,
    ],
    ids=["garbage", "cut-short", "binary-noise"],
)
def test_it_says_a_broken_pdf_is_corrupt(body):
    with pytest.raises(ExtractionError) as error:
        extract_document(body, content_type="application/pdf")
    assert error.value.code == "corrupt"


def test_a_pdf_without_text_is_empty():
    with pytest.raises(ExtractionError) as error:
        extract_document(pdf_with_pages(""), content_type="application/pdf")
    assert error.value.code == "empty"


def test_it_stops_reading_pages_past_the_cap_and_says_so():
    body = pdf_with_pages(*(f"Page {n} says the budget is {n} euros." for n in range(1, 31)))
    doc = extract_document(body, content_type="application/pdf", max_chars=100)
    assert len(doc.text) == 100 and doc.truncated
    assert doc.text.startswith("Page 1 says")
