"""Sources in the admin are stored and edited through the services: one source per URL."""

import pytest

from claims.models import Source
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

FORM = {"name": "Rapport", "publisher": "", "kind": "other", "snapshots-TOTAL_FORMS": 0,
        "snapshots-INITIAL_FORMS": 0}  # fmt: skip


def test_a_source_added_in_the_admin_is_stored_under_its_normalized_url(editor_client):
    response = editor_client.post(
        "/admin/claims/source/add/",
        {**FORM, "url": "HTTPS://Example.ORG:443/rapport?utm_source=x#page-2"},
    )
    assert response.status_code == 302, response.content.decode()[-1500:]
    assert list(Source.objects.values_list("url", "name")) == [
        ("https://example.org/rapport", "Rapport")
    ]


def test_a_sources_url_is_read_only_and_its_details_editable(editor_client):
    source = SourceFactory(url="https://example.org/a", name="A")
    page = editor_client.get(f"/admin/claims/source/{source.pk}/change/").content.decode()
    assert 'name="url"' not in page
    response = editor_client.post(
        f"/admin/claims/source/{source.pk}/change/",
        {**FORM, "url": "https://example.org/elsewhere", "name": "Annual report"},
    )
    assert response.status_code == 302
    source.refresh_from_db()
    assert (source.url, source.name) == ("https://example.org/a", "Annual report")
