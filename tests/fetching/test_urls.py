"""normalize_url and the URLs fetch() refuses before any network traffic."""

import pytest

from workers.fetching import FetchError, FetchErrorCode, InvalidURL, fetch, normalize_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://Example.COM", "http://example.com/"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a#section-2", "https://example.com/a"),
        (
            "https://example.com/a?utm_source=nl&b=2&fbclid=XYZ&a=1&gclid=9&utm_medium=mail",
            "https://example.com/a?b=2&a=1",
        ),
        ("https://example.com/a?utm_source=nl", "https://example.com/a"),
        ("https://example.com/Path/Keeps/Case?Q=V", "https://example.com/Path/Keeps/Case?Q=V"),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("  https://example.com/padded  ", "https://example.com/padded"),
        ("http://[2001:DB8::1]:80/", "http://[2001:db8::1]/"),
    ],
)
def test_it_normalizes_urls_to_one_canonical_form(url, expected):
    assert normalize_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/file",
        "javascript:alert(1)",
        "not a url",
        "",
        "https://",
        "https://user:secret@example.com/",
        "https://example.com/with space",
        "file:///etc/passwd",
        "http://example.com:99999/",
    ],
)
def test_it_refuses_urls_that_are_not_plain_http(url):
    with pytest.raises(InvalidURL) as caught:
        normalize_url(url)
    assert str(caught.value)  # a message a person can read


@pytest.mark.parametrize("url", ["ftp://example.com/", "javascript:alert(1)", "not a url"])
def test_it_raises_invalid_url_from_fetch_with_an_attempt_record(url):
    with pytest.raises(InvalidURL) as caught:
        fetch(url)
    error = caught.value
    assert isinstance(error, ValueError) and isinstance(error, FetchError)
    assert error.code is FetchErrorCode.INVALID_URL
    assert not error.retryable
    assert error.attempt is not None and error.attempt.outcome == "invalid_url"
