"""robots.txt, fetched through the guarded client and cached per origin (RFC 9309)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.robotparser import RobotFileParser

from workers.fetching.errors import FetchError, FetchErrorCode
from workers.fetching.settings import setting
from workers.fetching.urls import Target

# RFC 9309 asks crawlers not to use a cached robots.txt for more than 24 hours; an hour by
# default (VERIFIER_FETCH_ROBOTS_CACHE_SECONDS, 0 for none), the age checked when an entry is
# read, so a shorter setting applies at once to what is already cached.
CACHE_SECONDS = 3600.0
_cache: dict[str, tuple[float, RobotFileParser | None]] = {}  # origin: (read at, rules)
_lock = threading.Lock()


def _rules(origin: str, fetch_robots: Callable[[str], Any]) -> RobotFileParser | None:
    """The parsed robots.txt of `origin`, or None when the site has none (everything allowed)."""
    max_age = min(float(setting("VERIFIER_FETCH_ROBOTS_CACHE_SECONDS", CACHE_SECONDS)), 86400.0)
    with _lock:
        cached = _cache.get(origin)
    if cached and time.monotonic() - cached[0] < max_age:
        return cached[1]
    parser: RobotFileParser | None
    try:
        result = fetch_robots(f"{origin}/robots.txt")
    except FetchError as error:
        if error.retryable:
            # The RFC says "unreachable" means disallow all; failing retryably lets the job
            # come back later instead of marking the source as forbidden for good.
            error.message = f"robots.txt: {error.message}"
            raise
        # A missing (4xx), oversized or odd robots.txt sets no rules.
        parser = None
    else:
        try:
            text = result.body.decode(result.charset or "utf-8", "replace")
        except LookupError:  # a charset Python does not know
            text = result.body.decode("utf-8", "replace")
        parser = RobotFileParser()
        parser.parse(text.splitlines())
    if max_age > 0:  # 0 turns the cache off
        with _lock:
            _cache[origin] = (time.monotonic(), parser)
    return parser


def check(target: Target, *, user_agent: str, fetch_robots: Callable[[str], Any]) -> None:
    """Raise FetchError(ROBOTS) when the origin's robots.txt disallows `target` for our agent."""
    if target.path.startswith("/robots.txt"):
        return
    parser = _rules(target.origin, fetch_robots)
    agent = user_agent.split("/", 1)[0].strip() or "*"
    if parser is not None and not parser.can_fetch(agent, target.url):
        raise FetchError(
            FetchErrorCode.ROBOTS, f"robots.txt of {target.origin} disallows {target.url}."
        )
