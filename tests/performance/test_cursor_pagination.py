"""Large lists page by cursor on request; numbered pages stay the default, as before."""

from itertools import chain
from urllib.parse import parse_qs, urlsplit

import pytest

from claims.models import Claim
from tests.factories import ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims(db):
    return [
        ClaimFactory(text=f"Claim {n}", kind="quantity" if n % 3 else "event") for n in range(12)
    ]


def _walk(client, url, params):
    """Follow `next` links from the first cursor page; every page's ids, in order."""
    pages, body = [], client.get(url, params).json()
    while True:
        pages.append([item["id"] for item in body["results"]])
        if not body["next"]:
            return pages
        body = client.get(body["next"]).json()


def _ids(pages) -> list[int]:
    return list(chain.from_iterable(pages))


def test_numbered_pages_stay_the_default(reader_api, claims):
    body = reader_api.get("/api/v1/claims/", {"page_size": 5, "page": 2}).json()
    assert body["count"] == 12 and len(body["results"]) == 5
    assert parse_qs(urlsplit(body["next"]).query)["page"] == ["3"]


def test_a_cursor_walk_returns_every_claim_once_newest_first(reader_api, claims):
    pages = _walk(reader_api, "/api/v1/claims/", {"paginate": "cursor", "page_size": 5})
    assert [len(p) for p in pages] == [5, 5, 2]
    assert _ids(pages) == sorted((c.pk for c in claims), reverse=True)


def test_a_cursor_page_has_no_count_and_its_links_keep_the_filters(reader_api, claims):
    body = reader_api.get(
        "/api/v1/claims/", {"paginate": "cursor", "page_size": 2, "kind": "quantity"}
    ).json()
    assert "count" not in body
    query = parse_qs(urlsplit(body["next"]).query)
    assert query["kind"] == ["quantity"] and query["cursor"] and query["page_size"] == ["2"]
    walked = _ids(_walk(reader_api, body["next"], {}))
    assert len(body["results"]) + len(walked) == 8


def test_a_claim_edited_during_a_walk_is_neither_skipped_nor_repeated(reader_api, claims):
    first = reader_api.get("/api/v1/claims/", {"paginate": "cursor", "page_size": 5}).json()
    # Editing moves a claim to the top of the default (updated_at) order, not of the cursor's.
    Claim.objects.filter(pk=claims[0].pk).update(text="edited")
    Claim.objects.get(pk=claims[0].pk).save()
    rest = _ids(_walk(reader_api, first["next"], {}))
    seen = [c["id"] for c in first["results"]] + rest
    assert sorted(seen) == sorted(c.pk for c in claims)


def test_an_unknown_cursor_is_refused(reader_api, claims):
    assert reader_api.get("/api/v1/claims/", {"cursor": "not-a-cursor"}).status_code == 404


@pytest.mark.parametrize("url", ["/api/v1/evidence/", "/api/v1/jobs/"])
def test_the_evidence_and_job_lists_page_by_cursor_too(reader_api, url):
    from claims.services.evidence import evidence_add
    from claims.services.jobs import verification_request

    for n in range(3):
        claim = cite(ClaimFactory(), source := SourceFactory())
        evidence_add(
            claim=claim, source=source, excerpt=f"passage {n}", stance="supports", user=None
        )
        verification_request(claim_id=claim.pk)
    pages = _walk(reader_api, url, {"paginate": "cursor", "page_size": 2})
    assert [len(p) for p in pages] == [2, 1]
    assert _ids(pages) == sorted(_ids(pages), reverse=True)
