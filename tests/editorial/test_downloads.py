"""WARC downloads: always an attachment with a binary type, never the captured page inline."""

import pytest

from tests.editorial.helpers import article_with_claims, snapshot_for

pytestmark = pytest.mark.django_db
WARC = b"WARC/1.1\r\nWARC-Type: response\r\n\r\n<html><script>alert(1)</script></html>"


def test_it_streams_the_warc_as_an_attachment(reader_client):
    _, claim, _ = article_with_claims()
    snapshot = snapshot_for(claim, warc=WARC)
    response = reader_client.get(f"/snapshots/{snapshot.pk}/warc/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == WARC
    assert response["Content-Type"] == "application/gzip"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


def test_a_snapshot_without_warc_is_a_404(reader_client):
    _, claim, _ = article_with_claims()
    snapshot = snapshot_for(claim)
    assert reader_client.get(f"/snapshots/{snapshot.pk}/warc/").status_code == 404


def test_a_user_without_the_snapshot_permission_is_refused(outsider_client, client):
    _, claim, _ = article_with_claims()
    snapshot = snapshot_for(claim, warc=WARC)
    assert outsider_client.get(f"/snapshots/{snapshot.pk}/warc/").status_code == 403
    assert client.get(f"/snapshots/{snapshot.pk}/warc/").status_code == 302
