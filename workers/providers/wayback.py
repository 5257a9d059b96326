"""Internet Archive: the closest archived copy of a page, and (optionally) a fresh capture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode, urljoin

from workers.fetching import FetchError, fetch
from workers.fetching.settings import setting
from workers.providers.base import Lead, Provider, ProviderError, get_json

if TYPE_CHECKING:  # a claim is read, never imported: claims imports providers, not back
    from claims.models import Claim

_TIMESTAMP = re.compile(r"^\d{14}$")
_ARCHIVE_PATH = re.compile(r"/web/(\d{1,14})/")


@dataclass(frozen=True)
class ArchivedCopy:
    url: str  # the archive's page, as the availability API names it
    raw_url: str  # the same capture without the archive's banner and rewritten links
    timestamp: str
    captured_at: datetime | None


def raw_capture_url(url: str) -> str:
    """The "id_" form of a Wayback URL: the page as it was captured, not as replayed.

    Replay adds a toolbar and rewrites every link; evidence must be the original bytes.
    """
    return _ARCHIVE_PATH.sub(lambda m: f"/web/{m.group(1)}id_/", url, count=1)


def _timestamp_datetime(value: str) -> datetime | None:
    if not _TIMESTAMP.match(value or ""):
        return None
    try:
        return datetime.strptime(value, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


class WaybackProvider(Provider):
    name = "wayback"

    def __init__(self) -> None:
        self.api_base = setting("VERIFIER_WAYBACK_API_BASE", "https://archive.org").rstrip("/")
        self.save_base = setting("VERIFIER_WAYBACK_SAVE_BASE", "https://web.archive.org")
        self.save_enabled = bool(setting("VERIFIER_WAYBACK_SAVE", False))

    def lookup(self, url: str, *, at: datetime | None = None) -> ArchivedCopy | None:
        """The capture of `url` closest to `at` (any capture when None), or None if there is none.

        Raises ProviderError when the API cannot be reached or answers nonsense.
        """
        query = {"url": url}
        if at is not None:
            query["timestamp"] = at.astimezone(UTC).strftime("%Y%m%d%H%M%S")
        data = get_json(f"{self.api_base}/wayback/available?{urlencode(query)}")
        if not isinstance(data, dict):
            raise ProviderError("bad_shape", "The availability answer is not a JSON object.")
        snapshots = data.get("archived_snapshots") or {}
        closest = snapshots.get("closest") if isinstance(snapshots, dict) else None
        if not isinstance(closest, dict) or not closest.get("available"):
            return None
        archived, status = closest.get("url"), str(closest.get("status", ""))
        # A capture of an error page is no copy of the page.
        if not isinstance(archived, str) or not status.startswith("2"):
            return None
        timestamp = str(closest.get("timestamp", ""))
        return ArchivedCopy(
            url=archived,
            raw_url=raw_capture_url(archived),
            timestamp=timestamp,
            captured_at=_timestamp_datetime(timestamp),
        )

    def save(self, url: str) -> str | None:
        """Ask Save Page Now for a new capture; the capture's address when the answer gives it."""
        endpoint = f"{self.save_base.rstrip('/')}/save/{quote(url, safe=':/?&=%#')}"
        try:
            result = fetch(endpoint)
        except FetchError as error:
            raise ProviderError(str(error.code), f"Save Page Now: {error.message}") from None
        if "/web/" in result.final_url:
            return result.final_url
        location = dict((k.lower(), v) for k, v in result.headers).get("content-location")
        return urljoin(self.save_base, location) if location else None

    def discover(self, claim: Claim) -> list[Lead]:
        """An archived copy of each source the claim cites (a fresh one first, if enabled)."""
        candidates = []
        for source in claim.sources.order_by("id"):
            saved = self.save(source.url) if self.save_enabled else None
            if saved:
                candidates.append(
                    Lead(
                        url=saved,
                        title=f"New capture of {source.url}",
                        publisher="Internet Archive",
                        raw={"save_page_now": saved, "source": source.url},
                    )
                )
                continue
            copy = self.lookup(source.url)
            if copy is not None:
                candidates.append(
                    Lead(
                        url=copy.url,
                        title=f"Archived copy of {source.url}",
                        publisher="Internet Archive",
                        published_at=copy.captured_at,
                        raw={
                            "closest": copy.url,
                            "timestamp": copy.timestamp,
                            "source": source.url,
                        },
                    )
                )
        return candidates
