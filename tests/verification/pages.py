"""Reads the demo stand-in pages as plain text, the way the extractor would hand them over."""

from html.parser import HTMLParser
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "demo" / "sources"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(data.strip())


def page_text(name: str) -> str:
    parser = _Text()
    parser.feed((SOURCES / name).read_text(encoding="utf-8"))
    return "\n".join(parser.parts)
