"""HTML pages: main text and metadata through trafilatura, with a plain-text fallback."""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import date

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import set_date_params

from workers.extraction.links import links_by_anchor_text, text_and_links, without_link_boxes

# trafilatura logs a warning for every page it judges too short; that is our fallback's job.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

# Below this, trafilatura's result is checked against the page's whole visible text: on a tiny
# page (a press notice, an error page with one sentence) it often keeps nothing at all.
MIN_MAIN_TEXT = 40
# htmldate's extensive search runs date regexes over the whole page (its cost per MB:
# docs/benchmarks.md, "Figures behind the code"); above this size only the structured markup
# (meta tags, <time>, JSON-LD) is read for the date.
EXTENSIVE_DATE_SEARCH_MAX = 1_000_000

_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)
_META_LANG = re.compile(
    r"""<meta\b[^>]*?http-equiv\s*=\s*["']?content-language["']?[^>]*?"""
    r"""content\s*=\s*["']?\s*([A-Za-z]{2,3})\b""",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# Elements whose content is never visible text.
_INVISIBLE = ("script", "style", "noscript", "template", "head", lxml.etree.Comment, lxml.etree.PI)


def _language(html: str) -> str | None:
    """Primary subtag of <html lang> or of the Content-Language meta: 'fr' for 'fr-FR'."""
    head = html[:20_000]
    match = _HTML_LANG.search(head) or _META_LANG.search(head)
    return match.group(1).lower() if match else None


def visible_text(html: str) -> str:
    """Visible text of an HTML page or fragment, one block a line, without scripts or styles."""
    try:
        # lxml refuses a str that still carries an encoding declaration (XHTML pages).
        tree = lxml.html.fromstring(_XML_DECLARATION.sub("", html))
    except (lxml.etree.ParserError, ValueError):
        return ""
    if tree.tag in _INVISIBLE:  # a bare <script> fragment: strip_elements spares the root
        return ""
    lxml.etree.strip_elements(tree, *_INVISIBLE, with_tail=False)
    for block in tree.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "td", "th"):
        # Without this, adjacent blocks run together ("Titlefirst sentence").
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_html(html: str, *, url: str | None, include_links: bool = False) -> dict:
    """{text, title, author, published, language, links} of an HTML page.

    With `include_links` (an article being stored), related-links boxes are removed first and
    the text is written from the same trafilatura result with each link's span in it.
    """
    page = without_link_boxes(html, url=url) if include_links else None
    # One bare_extraction parses the page once for both text and metadata; extract() followed
    # by extract_metadata() would parse and search it twice.
    result = trafilatura.bare_extraction(
        page if page is not None else html,
        url=url,
        include_links=include_links,
        output_format="python",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        date_extraction_params=set_date_params(len(html) <= EXTENSIVE_DATE_SEARCH_MAX),
    )
    links = []
    if include_links and result is not None:
        text, links = text_and_links(result.body, page_url=url)
        if not links:
            links = links_by_anchor_text(text, page, page_url=url)
    else:
        text = unicodedata.normalize("NFC", (result.text if result else None) or "")
    if len(text) < MIN_MAIN_TEXT:
        fallback = visible_text(html)
        if len(fallback) > len(text):
            text, links = fallback, []  # the whole visible text: its links are not the story's
    metadata = result or trafilatura.extract_metadata(html, default_url=url)
    return {
        "text": text,
        "title": (metadata.title if metadata else None) or None,
        "author": (metadata.author if metadata else None) or None,
        "published": _published(metadata.date if metadata else None),
        "language": _language(html),
        "links": links,
    }
