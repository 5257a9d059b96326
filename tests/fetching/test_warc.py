"""build_warc: a valid gzip WARC/1.1 with the request and the response we kept."""

import gzip
import io

from warcio.archiveiterator import ArchiveIterator

from workers.fetching import build_warc, fetch, read_warc_payload

PAGE = "<html><body><p>Les chiffres publiés le 21 janvier.</p></body></html>".encode()


def _records(data: bytes):
    return [
        (r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read())
        for r in ArchiveIterator(io.BytesIO(data))
    ]


def test_it_round_trips_a_fetch_through_a_warc_file(local_server, allow_private):
    url = local_server.route(
        "/page?id=7", body=gzip.compress(PAGE), headers={"Content-Encoding": "gzip"}
    )
    result = fetch(url)

    data = build_warc(result)

    assert data[:2] == b"\x1f\x8b"  # gzip
    records = _records(data)
    # warcio writes the response first and points the request at it (WARC-Concurrent-To).
    assert [kind for kind, *_ in records] == ["response", "request"]
    (_, resp_warc, resp_http, payload), (_, req_warc, req_http, _) = records
    assert payload == PAGE == result.body
    assert read_warc_payload(data) == PAGE
    for warc_headers in (req_warc, resp_warc):
        assert warc_headers.protocol == "WARC/1.1"
        assert warc_headers.get_header("WARC-Target-URI") == url
        assert warc_headers.get_header("WARC-IP-Address") == "127.0.0.1"
        assert warc_headers.get_header("WARC-Date").startswith(
            result.fetched_at.strftime("%Y-%m-%dT%H:%M:%S")
        )
    assert f"{req_http.protocol} {req_http.statusline}" == "GET /page?id=7 HTTP/1.1"
    assert resp_http.get_statuscode() == "200"
    # The payload is stored decoded, so the record must not claim it is still gzip.
    assert resp_http.get_header("Content-Encoding") is None
    assert resp_http.get_header("Content-Length") == str(len(PAGE))
    assert req_warc.get_header("WARC-Concurrent-To") == resp_warc.get_header("WARC-Record-ID")
