"""robots.txt is honoured when the setting asks for it, and ignored otherwise."""

import pytest

from workers.fetching import FetchError, FetchErrorCode, fetch

ROBOTS = b"User-agent: verifier\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n"


@pytest.fixture(autouse=True)
def _no_robots_cache(settings):
    """Each test's server may reuse a port an earlier test's had: trust no cached robots.txt."""
    settings.VERIFIER_FETCH_ROBOTS_CACHE_SECONDS = 0


def test_it_refuses_a_path_robots_txt_disallows(local_server, allow_private, settings):
    settings.VERIFIER_FETCH_OBEY_ROBOTS = True
    settings.VERIFIER_FETCH_ROBOTS_CACHE_SECONDS = 3600
    settings.VERIFIER_FETCH_USER_AGENT = "verifier/0.1 (+https://example.org/bot)"
    local_server.route("/robots.txt", body=ROBOTS, content_type="text/plain")
    local_server.route("/private/memo", body=b"<p>memo</p>")
    local_server.route("/public", body=b"<p>public</p>")

    with pytest.raises(FetchError) as caught:
        fetch(local_server.url("/private/memo"))
    assert caught.value.code is FetchErrorCode.ROBOTS
    assert local_server.hits("/private/memo") == 0

    assert fetch(local_server.url("/public")).body == b"<p>public</p>"
    assert local_server.hits("/robots.txt") == 1  # cached per origin


def test_it_ignores_robots_txt_unless_asked(local_server, allow_private, settings):
    settings.VERIFIER_FETCH_OBEY_ROBOTS = False
    local_server.route("/robots.txt", body=ROBOTS, content_type="text/plain")
    local_server.route("/private/memo", body=b"<p>memo</p>")

    assert fetch(local_server.url("/private/memo")).body == b"<p>memo</p>"
    assert local_server.hits("/robots.txt") == 0


def test_a_missing_robots_txt_allows_everything(local_server, allow_private, settings):
    settings.VERIFIER_FETCH_OBEY_ROBOTS = True
    local_server.route("/page", body=b"<p>page</p>")

    assert fetch(local_server.url("/page")).body == b"<p>page</p>"
    assert local_server.hits("/robots.txt") == 1
