"""fetch() against a real local server: bodies, headers, statuses, content types, attempts."""

import gzip
import hashlib
from datetime import UTC

import pytest

from tests.support.httpserver import Response
from workers.fetching import FetchError, FetchErrorCode, fetch

PAGE = (
    "<!doctype html><html lang='fr'><head><title>Le chantier</title></head>"
    "<body><p>Le projet coûtera 500 milliards de dollars sur quatre ans.</p></body></html>"
).encode()


def test_it_fetches_an_html_page_with_its_headers_and_exact_bytes(local_server, allow_private):
    url = local_server.route("/article", body=PAGE, headers={"X-Edition": "42"})

    result = fetch(url)

    assert result.status == 200
    assert result.requested_url == url and result.final_url == url
    assert result.content_type == "text/html" and result.charset == "utf-8"
    assert hashlib.sha256(result.body).hexdigest() == hashlib.sha256(PAGE).hexdigest()
    assert ("X-Edition", "42") in result.headers
    assert result.remote_address == "127.0.0.1"
    assert result.http_version in ("HTTP/1.0", "HTTP/1.1")
    assert result.fetched_at.tzinfo is UTC
    assert result.redirects == []
    assert result.attempt.outcome == "ok" and result.attempt.http_status == 200
    assert result.attempt.content_type == "text/html"


def test_it_sends_a_clear_user_agent_and_the_original_host(local_server, allow_private, settings):
    settings.VERIFIER_FETCH_USER_AGENT = "verifier-test/1.0 (+https://example.org/bot)"
    url = local_server.route("/ua", body=PAGE)

    result = fetch(url)

    seen = local_server.requests[-1].headers
    assert seen["User-Agent"] == "verifier-test/1.0 (+https://example.org/bot)"
    assert seen["Host"] == local_server.host
    assert ("User-Agent", seen["User-Agent"]) in result.request_headers


def test_it_decodes_gzip_bodies(local_server, allow_private):
    url = local_server.route("/gz", body=gzip.compress(PAGE), headers={"Content-Encoding": "gzip"})

    assert fetch(url).body == PAGE


def test_it_refuses_a_content_type_it_does_not_read_and_records_it(local_server, allow_private):
    url = local_server.route("/logo", body=b"\x89PNG\r\n\x1a\n....", content_type="image/png")

    with pytest.raises(FetchError) as caught:
        fetch(url)

    assert caught.value.code is FetchErrorCode.BAD_CONTENT_TYPE
    assert caught.value.content_type == "image/png"
    assert caught.value.attempt.content_type == "image/png"
    assert not caught.value.retryable


def test_it_accepts_json_dialects(local_server, allow_private):
    url = local_server.route(
        "/ld", body=b'{"@type": "NewsArticle"}', content_type="application/ld+json"
    )

    assert fetch(url).content_type == "application/ld+json"


def test_it_sniffs_a_pdf_served_without_a_content_type(local_server, allow_private):
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
    url = local_server.route("/report", body=pdf, content_type=None)

    result = fetch(url)

    assert result.content_type == "application/pdf"
    assert result.body == pdf


def test_it_refuses_an_untyped_body_that_is_neither_html_nor_pdf(local_server, allow_private):
    url = local_server.route("/blob", body=b"\x00\x01binary junk", content_type=None)

    with pytest.raises(FetchError) as caught:
        fetch(url)

    assert caught.value.code is FetchErrorCode.BAD_CONTENT_TYPE


def test_it_fails_a_404_permanently(local_server, allow_private):
    url = local_server.route("/gone", status=404, body=b"no such page")

    with pytest.raises(FetchError) as caught:
        fetch(url)

    error = caught.value
    assert error.code is FetchErrorCode.HTTP_4XX and error.http_status == 404
    assert not error.retryable
    assert error.attempt.outcome == "http_4xx" and error.attempt.http_status == 404
    assert error.attempt.final_url == url


def test_it_marks_a_503_as_retryable(local_server, allow_private):
    url = local_server.route("/busy", status=503, headers={"Retry-After": "30"})

    with pytest.raises(FetchError) as caught:
        fetch(url)

    assert caught.value.code is FetchErrorCode.HTTP_5XX
    assert caught.value.retryable
    assert caught.value.retry_after == 30.0


def test_it_marks_a_429_as_retryable(local_server, allow_private):
    url = local_server.route("/slow-down", status=429)

    with pytest.raises(FetchError) as caught:
        fetch(url)

    assert caught.value.code is FetchErrorCode.HTTP_4XX
    assert caught.value.http_status == 429
    assert caught.value.retryable


def test_it_succeeds_once_a_404_turns_into_a_page(local_server, allow_private):
    url = local_server.sequence("/soon", Response(404, b"not yet"), Response(200, PAGE))

    with pytest.raises(FetchError):
        fetch(url)
    assert fetch(url).body == PAGE


def test_it_sees_a_page_change_between_two_fetches(local_server, allow_private):
    url = local_server.sequence(
        "/live", Response(200, b"<p>version 1</p>"), Response(200, b"<p>v2</p>")
    )

    first, second = fetch(url), fetch(url)

    assert first.body == b"<p>version 1</p>" and second.body == b"<p>v2</p>"


def test_it_reports_a_name_that_does_not_resolve_as_dns():
    with pytest.raises(FetchError) as caught:
        fetch("https://no-such-host.invalid/page")

    assert caught.value.code is FetchErrorCode.DNS
    assert caught.value.attempt.outcome == "dns"


def test_it_reports_a_refused_connection_as_retryable(allow_private, local_server):
    port = local_server.port
    local_server.stop()

    with pytest.raises(FetchError) as caught:
        fetch(f"http://127.0.0.1:{port}/", timeout=2)

    assert caught.value.code is FetchErrorCode.CONNECT
    assert caught.value.retryable


def test_it_refuses_a_certificate_no_trust_store_vouches_for(local_tls_server, allow_private):
    url = local_tls_server.route("/secure", body=PAGE)

    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=2)

    assert caught.value.code is FetchErrorCode.TLS
    assert not caught.value.retryable
    assert local_tls_server.hits("/secure") == 0


def test_it_connects_to_the_checked_ip_but_verifies_the_certificate_for_the_name(
    local_tls_server, self_signed_cert, allow_private, monkeypatch
):
    # Trust the test certificate (OpenSSL reads SSL_CERT_FILE when the context is made); it
    # names "localhost", so the handshake passes only if the name, not the IP, is verified.
    monkeypatch.setenv("SSL_CERT_FILE", self_signed_cert[0])
    local_tls_server.route("/secure", body=PAGE)

    result = fetch(f"https://localhost:{local_tls_server.port}/secure", timeout=2)

    assert result.body == PAGE
    assert result.remote_address == "127.0.0.1"
    assert local_tls_server.requests[-1].headers["Host"] == f"localhost:{local_tls_server.port}"


def test_it_reads_chunked_and_gzipped_bodies(local_server, allow_private):
    packed = gzip.compress(PAGE)

    def chunked(handler):
        for start in range(0, len(packed), 16):
            part = packed[start : start + 16]
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
        handler.wfile.write(b"0\r\n\r\n")

    headers = {"Transfer-Encoding": "chunked", "Content-Encoding": "gzip"}
    url = local_server.sequence("/chunked", Response(headers=headers, stream=chunked))

    assert fetch(url).body == PAGE


def test_it_does_not_mistake_a_cut_off_body_for_the_whole_page(local_server, allow_private):
    url = local_server.route("/cut", body=PAGE[:40], headers={"Content-Length": str(len(PAGE))})

    with pytest.raises(FetchError) as caught:
        fetch(url)

    assert caught.value.code is FetchErrorCode.CONNECT
    assert caught.value.retryable
