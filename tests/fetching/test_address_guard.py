"""Without the settings switch, no request leaves for loopback, private or link-local space."""

import pytest

from workers.fetching import FetchError, FetchErrorCode, fetch


def _blocked(url: str) -> FetchError:
    # Short limits: if the guard ever let these through, the test fails fast with another code.
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=1, deadline=3)
    return caught.value


def test_it_refuses_loopback_by_ip_without_sending_a_request(local_server, settings):
    settings.VERIFIER_FETCH_ALLOW_PRIVATE = False
    local_server.route("/", body=b"<p>hi</p>")

    error = _blocked(local_server.url("/"))

    assert error.code is FetchErrorCode.BLOCKED_ADDRESS
    assert not error.retryable
    assert error.attempt.outcome == "blocked_address"
    assert local_server.requests == []


def test_it_refuses_localhost_after_resolving_it(local_server, settings):
    settings.VERIFIER_FETCH_ALLOW_PRIVATE = False
    local_server.route("/", body=b"<p>hi</p>")

    error = _blocked(f"http://localhost:{local_server.port}/")

    assert error.code is FetchErrorCode.BLOCKED_ADDRESS
    assert local_server.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "https://192.168.0.1/",
        "http://2130706433/",  # 127.0.0.1 written as one integer
    ],
)
def test_it_refuses_non_public_addresses_before_connecting(url, settings):
    settings.VERIFIER_FETCH_ALLOW_PRIVATE = False

    error = _blocked(url)

    # Any attempt to connect would end as connect or timeout instead, never as blocked_address.
    assert error.code is FetchErrorCode.BLOCKED_ADDRESS


def test_it_keeps_link_local_closed_even_with_the_switch(settings):
    settings.VERIFIER_FETCH_ALLOW_PRIVATE = True

    assert _blocked("http://169.254.169.254/").code is FetchErrorCode.BLOCKED_ADDRESS


def test_the_argument_overrides_the_setting(local_server, settings):
    settings.VERIFIER_FETCH_ALLOW_PRIVATE = True
    local_server.route("/", body=b"<p>hi</p>")

    with pytest.raises(FetchError) as caught:
        fetch(local_server.url("/"), allow_private=False)

    assert caught.value.code is FetchErrorCode.BLOCKED_ADDRESS
    assert local_server.requests == []
