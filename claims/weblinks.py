"""The one check every URL passes before it is stored from a provider or shown as a link.

Escaping stops markup, not a `javascript:` or `data:` URL in an href: those run on click. Only
http(s) with a host is a link; anything else is shown as text.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.utils.html import format_html
from django.utils.safestring import SafeString

_WEB_SCHEMES = frozenset({"http", "https"})


def is_web_url(url: str | None) -> bool:
    """True for an absolute http(s) URL with a host; browsers ignore leading blanks, so do we."""
    if not url:
        return False
    # Browsers drop tabs and newlines anywhere in a URL ("java\tscript:"): look at it as they do.
    cleaned = "".join(ch for ch in url if ch not in "\t\n\r").strip()
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return False
    return parts.scheme.lower() in _WEB_SCHEMES and bool(parts.netloc)


def external_link(url: str | None, text: str | None = None) -> SafeString:
    """An <a> that opens outside the app for a web URL; the escaped text for anything else."""
    label = text or url or ""
    if not is_web_url(url):
        return format_html("{}", label)
    return format_html(
        '<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>', url.strip(), label
    )
