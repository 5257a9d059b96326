"""Redirects: followed up to a limit, recorded, and never a way around the address policy."""

import pytest

from workers.fetching import MAX_REDIRECTS, FetchError, FetchErrorCode, fetch

PAGE = b"<html><body><p>Arrived.</p></body></html>"


def test_it_follows_a_chain_of_three_redirects_and_records_each_hop(local_server, allow_private):
    local_server.route("/final", body=PAGE)
    local_server.redirect("/c", "/final", status=307)
    local_server.redirect("/b", local_server.url("/c"), status=302)
    start = local_server.redirect("/a", "/b", status=301)

    result = fetch(start)

    assert result.body == PAGE
    assert result.requested_url == start
    assert result.final_url == local_server.url("/final")
    assert result.redirects == [local_server.url(p) for p in ("/b", "/c", "/final")]
    assert result.attempt.final_url == local_server.url("/final")


def test_it_follows_exactly_the_redirect_limit(local_server, allow_private):
    local_server.route("/hop5", body=PAGE)
    for n in range(MAX_REDIRECTS):
        local_server.redirect(f"/hop{n}", f"/hop{n + 1}")

    assert len(fetch(local_server.url("/hop0")).redirects) == MAX_REDIRECTS


def test_it_gives_up_after_one_redirect_too_many(local_server, allow_private):
    local_server.route("/hop6", body=PAGE)
    for n in range(MAX_REDIRECTS + 1):
        local_server.redirect(f"/hop{n}", f"/hop{n + 1}")

    with pytest.raises(FetchError) as caught:
        fetch(local_server.url("/hop0"))

    assert caught.value.code is FetchErrorCode.TOO_MANY_REDIRECTS
    assert local_server.hits("/hop6") == 0


def test_it_stops_a_redirect_loop(local_server, allow_private):
    local_server.redirect("/ping", "/pong")
    start = local_server.redirect("/pong", "/ping")

    with pytest.raises(FetchError) as caught:
        fetch(start)

    assert caught.value.code is FetchErrorCode.TOO_MANY_REDIRECTS
    assert local_server.hits("/ping") + local_server.hits("/pong") <= 2
    assert not caught.value.retryable


def test_it_refuses_a_redirect_to_another_scheme(local_server, allow_private):
    start = local_server.redirect("/ftp", "ftp://files.example.org/a.pdf")

    with pytest.raises(FetchError) as caught:
        fetch(start)

    assert caught.value.code is FetchErrorCode.INVALID_URL
    assert caught.value.final_url == "ftp://files.example.org/a.pdf"


# The first hop has to reach the test's own server on 127.0.0.1, yet the redirect target must meet
# the production policy. VERIFIER_FETCH_ALLOW_PRIVATE would open all of loopback at once, so these
# tests trust only the exact host:port of the first server through fetch(_allow_hosts=...).


def test_it_refuses_a_redirect_to_loopback(local_server, other_local_server):
    other_local_server.route("/admin", body=b"<p>internal</p>")
    start = local_server.redirect("/out", other_local_server.url("/admin"))

    with pytest.raises(FetchError) as caught:
        fetch(start, _allow_hosts=frozenset({local_server.host}))

    assert caught.value.code is FetchErrorCode.BLOCKED_ADDRESS
    assert caught.value.final_url == other_local_server.url("/admin")
    assert local_server.hits("/out") == 1
    assert other_local_server.requests == []


def test_it_refuses_a_redirect_to_localhost_on_the_same_port(local_server):
    local_server.route("/secret", body=b"<p>internal</p>")
    start = local_server.redirect("/out", f"http://localhost:{local_server.port}/secret")

    with pytest.raises(FetchError) as caught:
        fetch(start, _allow_hosts=frozenset({local_server.host}))

    assert caught.value.code is FetchErrorCode.BLOCKED_ADDRESS
    assert local_server.hits("/secret") == 0


def test_it_refuses_a_redirect_to_the_cloud_metadata_address(local_server):
    start = local_server.redirect("/meta", "http://169.254.169.254/latest/meta-data/")

    with pytest.raises(FetchError) as caught:
        # A short timeout so a broken guard fails fast with "timeout" instead of hanging.
        fetch(start, timeout=1, deadline=3, _allow_hosts=frozenset({local_server.host}))

    assert caught.value.code is FetchErrorCode.BLOCKED_ADDRESS
    assert caught.value.final_url == "http://169.254.169.254/latest/meta-data/"
