"""Preserved captures through the API and the admin: a WARC to download, text to read."""

import hashlib
import io

import pytest
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient
from warcio.archiveiterator import ArchiveIterator

from claims.services.capture import source_read
from tests.factories import SourceFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("allow_private")]

# A capture that carries markup: it must never reach a browser as HTML from our origin.
PAGE = b"""<!doctype html><html><head><title>Council minutes</title>
<script>document.title = "pwned"</script></head><body><article>
<h1>Council minutes, 3 March</h1>
<p>The council approved a budget of 18 million euros for the new tram line.</p>
<p>Two members voted against; the opposition asked for an independent cost review.</p>
</article></body></html>"""
TEXT_WITH_MARKUP = b"Quoted as sent: <script>alert('x')</script> and <b>bold</b> claims.\n"


@pytest.fixture
def snapshot(local_server):
    source = SourceFactory(url=local_server.route("/minutes", body=PAGE))
    read = source_read(source=source)
    assert read.ok, read.label
    return read.snapshot


def test_it_serves_the_snapshot_record_with_its_hashes_and_headers(reader_api, snapshot):
    data = reader_api.get(f"/api/v1/snapshots/{snapshot.pk}/").json()

    assert data["sha256"] == hashlib.sha256(PAGE).hexdigest()
    assert data["warc_sha256"] == snapshot.warc_sha256 and len(data["warc_sha256"]) == 64
    assert ["Content-Type", "text/html; charset=utf-8"] in data["headers"]
    assert data["fetched_at"] and data["http_status"] == 200
    assert data["warc_url"].endswith(f"/api/v1/snapshots/{snapshot.pk}/warc/")
    assert "text" not in data and "body" not in data


def test_the_downloaded_warc_round_trips_with_its_hashes(reader_api, snapshot):
    response = reader_api.get(f"/api/v1/snapshots/{snapshot.pk}/warc/")
    data = b"".join(response.streaming_content)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/gzip"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert hashlib.sha256(data).hexdigest() == snapshot.warc_sha256
    # Records stream: each is read while the iterator stands on it.
    records = {
        r.rec_type: (r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
        for r in ArchiveIterator(io.BytesIO(data))
    }
    assert set(records) == {"request", "response"}
    target, payload = records["response"]
    # The payload read back from the WARC is the body the snapshot hashed.
    assert hashlib.sha256(payload).hexdigest() == snapshot.sha256
    assert target == snapshot.final_url


def test_it_gives_the_warc_to_a_client_that_asks_for_a_warc(reader_api, snapshot):
    url = f"/api/v1/snapshots/{snapshot.pk}/warc/"
    response = reader_api.get(url, HTTP_ACCEPT="application/warc")
    assert response.status_code == 200


def test_it_serves_the_extracted_text_as_plain_text_only(reader_api, local_server):
    source = SourceFactory(
        url=local_server.route("/quote.txt", body=TEXT_WITH_MARKUP, content_type="text/plain")
    )
    snapshot = source_read(source=source).snapshot

    response = reader_api.get(f"/api/v1/snapshots/{snapshot.pk}/text/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response.content.decode() == snapshot.text
    assert "<script>alert('x')</script>" in snapshot.text  # served, but as characters


def test_no_snapshot_endpoint_answers_with_html(reader_api, snapshot):
    for suffix in ("", "warc/", "text/"):
        response = reader_api.get(f"/api/v1/snapshots/{snapshot.pk}/{suffix}")
        assert response.status_code == 200
        assert "html" not in response["Content-Type"]


def test_a_failed_fetch_has_a_record_but_no_warc(reader_api, local_server):
    source = SourceFactory(url=local_server.route("/gone", status=404, body=b"no"))
    snapshot = source_read(source=source).snapshot

    assert reader_api.get(f"/api/v1/snapshots/{snapshot.pk}/").json()["error_code"] == "http_4xx"
    assert reader_api.get(f"/api/v1/snapshots/{snapshot.pk}/warc/").status_code == 404
    assert reader_api.get(f"/api/v1/snapshots/{snapshot.pk}/text/").status_code == 404


def test_it_needs_the_view_snapshot_permission(anon_api, snapshot):
    only_claims = UserFactory(username="claims-only")
    only_claims.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client = APIClient()
    client.force_authenticate(only_claims)

    for suffix in ("", "warc/", "text/"):
        assert client.get(f"/api/v1/snapshots/{snapshot.pk}/{suffix}").status_code == 403
        assert anon_api.get(f"/api/v1/snapshots/{snapshot.pk}/{suffix}").status_code == 401


def test_the_admin_offers_the_warc_and_shows_the_text_escaped(client, admin_user, local_server):
    source = SourceFactory(
        url=local_server.route("/quote.txt", body=TEXT_WITH_MARKUP, content_type="text/plain")
    )
    snapshot = source_read(source=source).snapshot
    client.force_login(admin_user)

    page = client.get(f"/admin/claims/snapshot/{snapshot.pk}/change/").content.decode()

    assert f'href="/api/v1/snapshots/{snapshot.pk}/warc/"' in page
    assert f'href="/api/v1/snapshots/{snapshot.pk}/text/"' in page
    assert "&lt;script&gt;alert(" in page and "<script>alert(" not in page
    assert "/media/" not in page  # the stored files are never linked raw
