"""The fetcher's limits: an overall deadline and a byte cap that compression cannot dodge."""

import pytest

from workers.fetching import FetchError, FetchErrorCode, fetch


def test_it_stops_a_slow_drip_body_at_the_deadline(local_server, allow_private):
    # One byte every 50 ms never trips the 5 s read timeout; only the deadline can stop it.
    url = local_server.slow_drip("/drip", interval=0.05)

    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=5, deadline=0.6)

    assert caught.value.code is FetchErrorCode.TIMEOUT
    assert caught.value.retryable
    assert caught.value.attempt.outcome == "timeout"


def test_it_stops_a_server_that_is_slow_to_answer_at_the_read_timeout(local_server, allow_private):
    url = local_server.route("/late", body=b"<p>late</p>", delay=1.5)

    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=0.3, deadline=10)

    assert caught.value.code is FetchErrorCode.TIMEOUT


def test_it_cuts_an_endless_body_at_the_byte_cap(local_server, allow_private):
    url = local_server.endless("/endless")

    with pytest.raises(FetchError) as caught:
        fetch(url, max_bytes=256 * 1024, deadline=10)

    assert caught.value.code is FetchErrorCode.TOO_LARGE
    assert caught.value.http_status == 200
    assert not caught.value.retryable


def test_it_refuses_a_body_whose_content_length_is_over_the_cap(local_server, allow_private):
    url = local_server.route("/big", body=b"a" * 5000)

    with pytest.raises(FetchError) as caught:
        fetch(url, max_bytes=4096)

    assert caught.value.code is FetchErrorCode.TOO_LARGE
    assert "5000" in caught.value.message  # refused on the header, before reading


def test_it_accepts_a_body_exactly_at_the_cap(local_server, allow_private):
    url = local_server.route("/exact", body=b"a" * 4096)

    assert len(fetch(url, max_bytes=4096).body) == 4096


def test_it_counts_decoded_bytes_so_a_gzip_bomb_is_too_large(local_server, allow_private):
    # About 20 KB on the wire, 20 MB once inflated: only the decoded size is over the 1 MB cap.
    url = local_server.gzip_bomb("/bomb", decoded_size=20 * 1024 * 1024)

    with pytest.raises(FetchError) as caught:
        fetch(url, max_bytes=1024 * 1024)

    assert caught.value.code is FetchErrorCode.TOO_LARGE


def test_it_reads_the_settings_at_call_time(local_server, allow_private, settings):
    settings.VERIFIER_FETCH_MAX_BYTES = 2048
    url = local_server.route("/setting", body=b"a" * 3000)

    with pytest.raises(FetchError) as caught:
        fetch(url)

    assert caught.value.code is FetchErrorCode.TOO_LARGE
