"""URL parsing for the fetcher and the canonical form used to deduplicate sources."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

from workers.fetching.errors import InvalidURL

DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING_PARAMS = {"fbclid", "gclid"}
# Whitespace or control characters inside a URL are how request smuggling and log forging start;
# browsers strip some of them, we refuse them all.
_FORBIDDEN = re.compile(r"[\x00-\x20\x7f]")


@dataclass(frozen=True)
class Target:
    """The parts of an http(s) URL the client needs to open a connection."""

    scheme: str
    host: str  # lowercase ASCII (IDNA) name, or an IP literal without brackets
    port: int
    path: str  # path and query, as sent in the request line
    url: str

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"

    @property
    def netloc(self) -> str:
        """host:port with the port always written, e.g. for exact-match allow-lists."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host_header}"


def _idna(host: str) -> str:
    host = host.rstrip(".").lower()
    if host.isascii():
        return host
    try:
        # The standard library's codec is IDNA 2003; enough to turn a typed name into the ASCII
        # form DNS needs, and no extra dependency.
        return host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise InvalidURL(f"The host name {host!r} is not a valid international name.") from exc


def parse_url(url: str) -> Target:
    """Split an http(s) URL into a Target; raise InvalidURL with a human message otherwise."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidURL("The URL is empty.")
    url = url.strip()
    if _FORBIDDEN.search(url):
        raise InvalidURL("The URL contains spaces or control characters.")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"The URL is malformed: {exc}.") from exc
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        shown = f"{scheme}:" if scheme else "no scheme"
        raise InvalidURL(f"Only http and https URLs can be fetched (got {shown}).")
    if parts.username is not None or parts.password is not None:
        raise InvalidURL("URLs with a user name or password are not accepted.")
    if not parts.hostname:
        raise InvalidURL("The URL has no host.")
    if port == 0:
        raise InvalidURL("The URL has port 0.")
    host = _idna(parts.hostname)
    if not host or host.startswith(".") or ".." in host:
        raise InvalidURL("The URL has no valid host.")
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return Target(
        scheme=scheme,
        host=host,
        port=port or DEFAULT_PORTS[scheme],
        path=path,
        url=urlunsplit((scheme, parts.netloc, parts.path or "/", parts.query, "")),
    )


def _is_tracking(param: str) -> bool:
    key = unquote(param.split("=", 1)[0]).lower()
    return key.startswith("utm_") or key in _TRACKING_PARAMS


def normalize_url(url: str) -> str:
    """The canonical form of a URL, so the same document cited twice is one source.

    Lowercases scheme and host, writes the host in IDNA, drops the default port, the fragment
    and tracking parameters (utm_*, fbclid, gclid). The rest of the query keeps its order and
    spelling: parameter order and encoding can matter to the server.
    """
    target = parse_url(url)
    query = urlsplit(url.strip()).query
    kept = [p for p in query.split("&") if p and not _is_tracking(p)] if query else []
    path = urlsplit(url.strip()).path or "/"
    return urlunsplit((target.scheme, target.host_header, path, "&".join(kept), ""))
