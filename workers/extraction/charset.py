"""Charset detection: the declared charset if it decodes cleanly, then the page's, then a guess."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# As browsers do (WHATWG Encoding): pages labelled latin-1 or ascii are really windows-1252,
# whose 0x80-0x9F bytes are the curly quotes, dashes and € that latin-1 turns into controls.
_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
GUESS_SAMPLE = 200_000
MAX_ACCENTED_SHARE = 0.3
# Classic Mac OS codepages are next to extinct on the web, yet charset-normalizer picks them for
# short samples (mac_cyrillic for a cp1251 page), garbling letters the real codec reads right.
_MAC_CODECS = ["mac_cyrillic", "mac_greek", "mac_iceland", "mac_latin2", "mac_roman", "mac_turkish"]


def _valid(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return _ALIASES.get(codec, codec)


def _decodes(body: bytes, name: str) -> bool:
    try:
        body.decode(name)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detect_charset(body: bytes, declared: str | None) -> str:
    """Name of the codec to read `body` with (a Python codec name, such as 'utf-8' or 'cp1252').

    Order: a byte-order mark; the declared (header) charset, then the page's <meta charset>,
    each only if the whole body decodes with it; UTF-8; windows-1252; charset-normalizer;
    and finally 'utf-8', which the caller decodes with errors='replace'.
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    is_utf8 = _decodes(body, "utf-8")
    for candidate in (_valid(declared), _valid(_meta_charset(body))):
        if not candidate or not _decodes(body, candidate):
            continue
        if candidate.startswith(("utf-16", "utf-32")) and b"\x00" not in body[:4096]:
            # A readable <meta charset="utf-16"> proves the bytes are ASCII-compatible; an even
            # number of them "decodes" as UTF-16 all the same, into CJK noise.
            continue
        # A single-byte charset decodes any bytes, so "it decodes" proves nothing for it, while
        # non-ASCII bytes that happen to form valid UTF-8 are vanishingly rare in real latin-1
        # text: such a body is UTF-8 behind a stale label (Tomcat's default ISO-8859-1, say).
        if is_utf8 and not body.isascii() and not candidate.startswith("utf"):
            return "utf-8"
        return candidate
    if is_utf8:
        return "utf-8"
    # Our sources are mostly French and English: a non-UTF-8 page is windows-1252 (or its
    # subset latin-1) far more often than not, and statistical guessers misread short French
    # samples as cp1257 or cp1250 (à becomes ŕ). So windows-1252 goes first, if it reads as a
    # Latin-script language does: accented letters a minority among plain ones.
    if _reads_as_latin_text(body):
        return "cp1252"
    best = from_bytes(body[:GUESS_SAMPLE], cp_exclusion=_MAC_CODECS).best()
    return _valid(best.encoding if best else None) or "utf-8"


def _reads_as_latin_text(body: bytes) -> bool:
    try:
        sample = body[:GUESS_SAMPLE].decode("cp1252")
    except UnicodeDecodeError:
        return False
    letters = [ch for ch in sample if ch.isalpha()]
    accented = sum(1 for ch in letters if not ch.isascii())
    # French runs ~4% accented letters, German ~2%; Cyrillic or Greek bytes read as cp1252
    # come out as whole words of accented letters (Áþäæåò).
    return accented <= MAX_ACCENTED_SHARE * len(letters)


def _meta_charset(body: bytes) -> str | None:
    # The HTML spec has parsers look for the meta charset in the first 1024 bytes; pages with
    # long inline scripts in <head> push it further, so look a little wider.
    match = _META.search(body[:8192])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def decode(body: bytes, declared: str | None) -> tuple[str, str]:
    """(text, charset); undecodable bytes become U+FFFD rather than an exception."""
    charset = detect_charset(body, declared)
    return body.decode(charset, errors="replace"), charset
