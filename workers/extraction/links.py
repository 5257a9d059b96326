"""An article page's main text with the links inside it, each as a character span of that text.

trafilatura already finds the main text and drops navigation, footers and most share bars; we
ask it to keep the links (`include_links`) and write the text ourselves from its result tree, so
every link's span points into exactly the text that is stored. Two things trafilatura keeps
that are not the article: "lire aussi" / "read more" boxes inside the story, and asides whose
class says what they are; both are removed here (before and after trafilatura) and their links
with them. Written by hand because no library maps anchors onto extracted text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin

import lxml.etree
import lxml.html
from trafilatura.xml import xmltotxt

# Markers around each link's text: printable and not whitespace, so trafilatura's clean-up
# (which drops unprintable characters and folds spaces) keeps them where they are and the
# link's span can be read off the finished text. A page that uses them gets another pair.
_MARKER_PAIRS = (("\u27e6", "\u27e7"), ("\u2983", "\u2984"), ("\u2e28", "\u2e29"))
# Boxes that point elsewhere, by their class or id ("lire-aussi", "read-more", "share-bar").
_BOX_NAME = re.compile(
    r"(?:^|[\s_-])(?:read-?more|read-?also|lire-?aussi|a-?lire|voir-?aussi|see-?also|also-?read|"
    r"related|share|sharing|social|newsletter|breadcrumbs?|outbrain|taboola|promo|recirc\w*)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
# A paragraph that only announces other articles ("Lire aussi : …", "Read more: …").
_BOX_CUE = re.compile(
    r"^\W*(?:(?:à|a)\s+)?(?:lire|relire|voir)\s+(?:aussi|également|egalement)\b|^\W*à\s+lire\b|"
    r"^\W*sur\s+le\s+même\s+sujet\b|^\W*pour\s+aller\s+plus\s+loin\b|"
    r"^\W*(?:read|see)\s+(?:more|also)\b|^\W*also\s+read\b|^\W*related\b|^\W*more\s+on\s+this\b",
    re.IGNORECASE,
)
_BLOCKS = ("p", "list", "item", "quote", "head", "div")
_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class Link:
    """An <a href> of the main text: its absolute URL, anchor text and span in the text."""

    url: str
    text: str
    start: int
    end: int


def _drop(element: lxml.etree._Element) -> None:
    """Remove an element but keep the text that follows it (its tail belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def without_link_boxes(html: str, *, url: str | None = None) -> lxml.etree._Element | None:
    """The page as a tree without the boxes named as related links, share bars or newsletters.

    Relative links are resolved here against `url` (or the page's <base href>), as a browser
    would: trafilatura resolves them against the site's root, which is wrong for "rapport.pdf"
    on /tech/article.html. Links to a place in the page itself ("#note") lose their target.
    """
    try:
        tree = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html))
    except (lxml.etree.ParserError, ValueError):
        return None
    doomed = [
        element
        for element in tree.iter(lxml.etree.Element)
        if element.tag not in ("html", "body", "article", "main")
        and _BOX_NAME.search(f"{element.get('class', '')} {element.get('id', '')}")
    ]
    for element in doomed:
        _drop(element)
    base = next(iter(tree.xpath("//base/@href")), None) or url
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#"):
            anchor.attrib.pop("href", None)
        elif base:
            try:
                anchor.set("href", urljoin(urljoin(url or "", base), href))
            except ValueError:  # a malformed address (bad IPv6 literal, port): not a link
                anchor.attrib.pop("href", None)
    return tree


def _drop_cue_blocks(body: lxml.etree._Element) -> None:
    for block in list(body.iter(*_BLOCKS)):
        if block.getparent() is None:
            continue
        text = " ".join(block.itertext()).strip()
        if _BOX_CUE.search(text):
            following = block.getnext()
            _drop(block)
            # "Read more:" as its own block, the link right after it: that link goes too.
            while following is not None and following.tag == "ref":
                after = following.getnext()
                _drop(following)
                following = after


def _mark(ref: lxml.etree._Element, index: int, pair: tuple[str, str]) -> None:
    """Wrap the anchor's content in markers and make it plain inline text (no markdown)."""
    opening, closing = pair
    ref.text = f"{opening}{index}{closing}{ref.text or ''}"
    last = ref[-1] if len(ref) else None
    if last is not None:
        last.tail = f"{last.tail or ''}{opening}{closing}"
    else:
        ref.text += f"{opening}{closing}"
    ref.tag = "hi"  # rendered inline without a space, as trafilatura renders a link's text
    ref.attrib.clear()


def _unmark(marked: str, targets: list[str], pair: tuple[str, str]) -> tuple[str, list[Link]]:
    opening, closing = (re.escape(c) for c in pair)
    pattern = re.compile(f"{opening}(\\d*){closing}")
    out: list[str] = []
    length, position = 0, 0
    open_links: list[tuple[int, int]] = []
    links: list[Link] = []
    for match in pattern.finditer(marked):
        piece = marked[position : match.start()]
        out.append(piece)
        length += len(piece)
        position = match.end()
        if match.group(1):
            open_links.append((int(match.group(1)), length))
        elif open_links:
            index, start = open_links.pop()
            links.append(Link(url=targets[index], text="", start=start, end=length))
    out.append(marked[position:])
    text = "".join(out)
    return text, [
        Link(url=link.url, text=text[link.start : link.end], start=link.start, end=link.end)
        for link in sorted(links, key=lambda link: link.start)
    ]


def _without_repeat(text: str, links: list[Link]) -> tuple[str, list[Link]]:
    """trafilatura 2.0 returns a short <article> twice over (its fallback's copy appended to its
    own); the stored body must say it once, or every claim in it would be a duplicate."""
    lines = text.split("\n")
    half = len(lines) // 2
    if len(lines) % 2 or not half or lines[:half] != lines[half:]:
        return text, links
    first = "\n".join(lines[:half])
    return first, [link for link in links if link.end <= len(first)]


def _usable(url: str, page_url: str | None) -> bool:
    """http(s) only; a fragment of the page itself ("#note-3") is not a cited document."""
    if not url.lower().startswith(_SCHEMES):
        return False
    return not page_url or urldefrag(url)[0] != urldefrag(page_url)[0]


def text_and_links(
    body: lxml.etree._Element | None, *, page_url: str | None
) -> tuple[str, list[Link]]:
    """Text of trafilatura's result tree (as its txt output) and the spans of its links.

    Links with an empty anchor, other schemes (javascript:, mailto:) or pointing back into the
    page are left out; their text stays in the body. Whitespace-only anchors are left out too.
    """
    if body is None:
        return "", []
    body = lxml.etree.fromstring(lxml.etree.tostring(body))  # the caller's tree stays as it was
    _drop_cue_blocks(body)
    content = "".join(body.itertext())
    pair = next((p for p in _MARKER_PAIRS if p[0] not in content and p[1] not in content), None)
    if pair is None:  # all three pairs in the text itself: keep the text, give up on spans
        return xmltotxt(body, include_formatting=False).strip(), []
    targets: list[str] = []
    for ref in list(body.iter("ref")):
        target = (ref.get("target") or "").strip()
        if _usable(target, page_url) and "".join(ref.itertext()).strip():
            _mark(ref, len(targets), pair)
            targets.append(target)
        else:
            ref.tag = "hi"
            ref.attrib.clear()
    marked = unicodedata.normalize("NFC", xmltotxt(body, include_formatting=False))
    marked = marked.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    # Strip outside the markers' reach: a text starting with a link keeps its opening marker.
    stripped = marked.strip()
    text, links = _unmark(stripped, targets, pair)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    text, links = _without_repeat(text, links)
    spans = []
    for link in links:
        inner = link.text.strip()
        if not inner:
            continue
        start = link.start - lead + (len(link.text) - len(link.text.lstrip()))
        spans.append(Link(url=link.url, text=inner, start=start, end=start + len(inner)))
    return text, spans


_OUTSIDE_STORY = ("nav", "header", "footer", "aside", "form", "menu")


def links_by_anchor_text(
    text: str, page: lxml.etree._Element | None, *, page_url: str | None
) -> list[Link]:
    """The page's links found in `text` by their anchor text, in document order.

    The fallback for short pages: below its minimum size trafilatura reads them with a baseline
    extractor that drops every link. Anchors of navigation, headers, footers and asides are not
    the story's; each anchor is looked for after the previous one, so a repeated word maps to
    its own occurrence rather than the first.
    """
    if page is None:
        return []
    links, cursor = [], 0
    for anchor in page.iter("a"):
        href = (anchor.get("href") or "").strip()
        words = " ".join("".join(anchor.itertext()).split())
        if not words or not _usable(href, page_url):
            continue
        if any(parent.tag in _OUTSIDE_STORY for parent in anchor.iterancestors()):
            continue
        at = text.find(words, cursor)
        if at < 0:
            continue
        links.append(Link(url=href, text=words, start=at, end=at + len(words)))
        cursor = at + len(words)
    return links
