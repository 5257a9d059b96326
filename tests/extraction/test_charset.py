"""Charsets: the text reads right whatever the server declared, the page said or forgot to say."""

import pytest

from workers.extraction import detect_charset, extract_document

FRENCH = "Le musée a accueilli 250 000 visiteurs cet été, déjà un record à Besançon."
QUOTED = "“Nous l’avons fait”, dit-elle — un succès à 12 €."


def _page(text: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article><p>{text}</p></article></body></html>"


def test_it_trusts_a_declared_charset_that_decodes_the_body():
    assert detect_charset("Ça coûte 12 €".encode("cp1252"), "windows-1252") == "cp1252"
    assert detect_charset("Ça coûte 12 €".encode(), "utf-8") == "utf-8"


def test_a_latin1_page_declared_as_utf8_still_reads_right():
    body = _page(FRENCH).encode("latin-1")
    doc = extract_document(body, content_type="text/html; charset=utf-8", charset="utf-8")
    assert FRENCH in doc.text and doc.charset == "cp1252"


def test_cp1252_smart_quotes_read_as_quotes_without_any_declaration():
    doc = extract_document(QUOTED.encode("cp1252"), content_type="text/plain")
    assert doc.text == QUOTED


def test_cp1252_smart_quotes_read_as_quotes_under_a_latin1_label():
    # Latin-1 would turn 0x93 and 0x94 into invisible C1 controls; browsers read cp1252.
    doc = extract_document(QUOTED.encode("cp1252"), content_type="text/plain", charset="iso-8859-1")
    assert doc.text == QUOTED


def test_a_utf8_bom_is_used_and_dropped():
    body = b"\xef\xbb\xbf" + _page(FRENCH).encode()
    doc = extract_document(body, content_type="text/html", charset="windows-1252")
    assert FRENCH in doc.text and "\ufeff" not in doc.text and "ï»¿" not in doc.text


def test_a_utf8_bom_in_plain_text_is_not_part_of_the_text():
    doc = extract_document(b"\xef\xbb\xbf" + FRENCH.encode(), content_type="text/plain")
    assert doc.text == FRENCH


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ],
)
def test_it_reads_the_meta_charset_when_the_server_declares_none(head):
    doc = extract_document(_page(QUOTED, head).encode("cp1252"), content_type="text/html")
    assert QUOTED in doc.text and doc.charset == "cp1252"


def test_it_reads_the_meta_charset_of_a_cyrillic_page():
    text = "Бюджет города вырос на 12 процентов в этом году по данным мэрии."
    body = _page(text, '<meta charset="koi8-r">').encode("koi8_r")
    doc = extract_document(body, content_type="text/html")
    assert text in doc.text and doc.charset == "koi8-r"


def test_a_utf8_page_behind_a_stale_latin1_label_reads_as_utf8():
    doc = extract_document(_page(FRENCH).encode(), content_type="text/html", charset="ISO-8859-1")
    assert FRENCH in doc.text and "Ã" not in doc.text and doc.charset == "utf-8"


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_it_guesses_a_cyrillic_charset_that_no_one_declared(codec):
    text = "Бюджет города вырос на 12 процентов в этом году, сообщили в мэрии во вторник."
    assert text.encode(codec).decode(detect_charset(text.encode(codec), None)) == text


def test_it_reads_undeclared_french_as_windows_1252_not_as_a_baltic_codepage():
    assert detect_charset(FRENCH.encode("cp1252"), None) == "cp1252"


def test_an_unknown_declared_charset_is_ignored():
    assert detect_charset(FRENCH.encode(), "x-no-such-charset") == "utf-8"


def test_undecodable_bytes_become_replacement_characters_not_an_exception():
    body = FRENCH.encode() + b" \x81\x8d\x8f\x90\x9d " + FRENCH.encode()
    doc = extract_document(body, content_type="text/plain", charset="utf-8")
    assert doc.text.count(FRENCH) == 2


def test_a_wrong_utf16_label_on_an_ascii_compatible_page_is_ignored():
    body = _page(FRENCH, '<meta charset="utf-16">').encode()
    body += b" " * (len(body) % 2)  # an even length, which UTF-16 would "decode" into noise
    doc = extract_document(body, content_type="text/html", charset="utf-16")
    assert FRENCH in doc.text and doc.charset == "utf-8"
