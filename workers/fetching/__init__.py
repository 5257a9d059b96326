"""The one door to the web: every outbound request of the service goes through fetch()."""

from workers.fetching.client import MAX_REDIRECTS, FetchResult, fetch
from workers.fetching.errors import FetchAttemptRecord, FetchError, FetchErrorCode, InvalidURL
from workers.fetching.politeness import SlotTimeout, host_slot
from workers.fetching.retry import backoff_delay
from workers.fetching.urls import normalize_url
from workers.fetching.warc import build_warc, read_warc_payload

__all__ = [
    "MAX_REDIRECTS",
    "FetchAttemptRecord",
    "FetchError",
    "FetchErrorCode",
    "FetchResult",
    "InvalidURL",
    "SlotTimeout",
    "backoff_delay",
    "build_warc",
    "fetch",
    "host_slot",
    "normalize_url",
    "read_warc_payload",
]
