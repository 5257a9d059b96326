"""The claim list and detail, read from `.values()` rows, write exactly what ClaimSerializer does.

Each comparison renders both sides with DRF's JSONRenderer and compares the bytes, so a key out
of order, an int for a float or a differently written timestamp fails as surely as a wrong value.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from rest_framework.renderers import JSONRenderer

from claims import selectors
from claims.api import claim_rows
from claims.api.serializers import ClaimSerializer
from claims.models import Claim, ClaimAppearance, Evidence, Snapshot
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, UserFactory, cite

pytestmark = pytest.mark.django_db


def _json(data) -> str:
    return JSONRenderer().render(data).decode()


def _snapshot(source, **fields) -> Snapshot:
    return Snapshot.objects.create(
        source=source,
        requested_url=source.url,
        sha256=hashlib.sha256(source.url.encode()).hexdigest(),
        fetched_at=datetime(2025, 3, 4, 5, 6, 7, 891011, tzinfo=UTC),
        text="never shown by a list",
        **fields,
    )


def _evidence(claim, source, **fields) -> Evidence:
    defaults = {"url": source.url, "excerpt": f"passage of {source.name}", "confidence": 0.5}
    return Evidence.objects.create(claim=claim, source=source, **(defaults | fields))


@pytest.fixture
def archive(editor) -> list[Claim]:
    """Claims with every relation the shape shows, filled and empty, shared and not."""
    first, second, third = ArticleFactory(), ArticleFactory(), ArticleFactory()
    reviewer = UserFactory(username="rédactrice")
    rich = ClaimFactory(
        article=first,
        text="L'usine « Nord » emploie 1 200 personnes — selon Acme 🏭",
        quote="emploie 1 200 personnes",
        quote_start=3,
        quote_end=26,
        claimant="Acme",
        status="supported",
        suggested_verdict="refuted",
        confidence=0.35,
        suggestion_explanation="Two sources disagree.",
        needs_review=True,
        review_reason="conflicting_sources",
        origin="machine",
        checkworthiness=0.71,
        assigned_to=reviewer,
        kind="quantity",
        version=4,
    )
    official = SourceFactory(kind="official", publisher="INSEE", name="Emploi")
    news = SourceFactory(kind="news", publisher="Le Monde")
    blank = SourceFactory(name="")
    # Cited out of id order: the shape lists sources by id.
    for source in (blank, official, news):
        cite(rich, source)
    _evidence(
        rich,
        official,
        snapshot=_snapshot(
            official,
            http_status=200,
            content_type="text/html",
            final_url="https://example.org/final",
            size=20_480,
            warc_sha256="ab" * 32,
        ),
        stance="refutes",
        confidence=0.9,
        excerpt_start=10,
        excerpt_end=40,
        method="quantity",
        reason="number_mismatch",
        explanation="1 100, not 1 200",
        claim_quantity={"value": 1200, "unit": "people", "approx": False},
        source_quantity=[1100, "people"],
        note="checked by phone",
        created_by=editor,
    )
    # Same confidence twice: id breaks the tie, in both paths.
    _evidence(rich, news, stance="supports", confidence=0.6, content_sha256="a")
    _evidence(
        rich,
        news,
        stance="neutral",
        confidence=0.6,
        content_sha256="b",
        snapshot=_snapshot(news, error_code="timeout"),
        created_by=reviewer,
    )
    # Two further appearances at the same offset of two articles: id breaks the tie.
    for article, start in ((third, 40), (second, 10), (first, 10)):
        ClaimAppearance.objects.create(
            claim=rich, article=article, quote=f"1 200 in {article.title}", quote_start=start,
            quote_end=start + 5,
        )  # fmt: skip
    bare = ClaimFactory(article=None, suggested_verdict=None, confidence=None, kind="other")
    shared = ClaimFactory(article=second, status="refuted", confidence=0.2, assigned_to=editor)
    cite(shared, official)
    _evidence(shared, official, confidence=1.0, created_by=editor)
    discarded = ClaimFactory(article=first, discarded=True, confidence=0.8)
    cite(discarded, news)
    _evidence(discarded, news, snapshot=_snapshot(news, http_status=404))
    return [rich, bare, shared, discarded]


def _expected(claims) -> str:
    return _json(ClaimSerializer(claims, many=True).data)


def test_the_list_writes_what_claim_serializer_writes(archive, reader_api):
    response = reader_api.get("/api/v1/claims/", {"page_size": 200})
    assert response.status_code == 200
    body = response.json()
    expected = selectors.claim_list().order_by("-updated_at", "-id")
    assert body["count"] == 3
    assert _json(body["results"]) == _expected(expected)


def test_a_claim_writes_what_claim_serializer_writes_discarded_or_not(archive, reader_api):
    for claim in archive:
        response = reader_api.get(f"/api/v1/claims/{claim.pk}/")
        assert response.status_code == 200
        expected = selectors.claim_list(include_discarded=True).get(pk=claim.pk)
        assert response.content.decode() == _json(ClaimSerializer(expected).data)
        assert response["ETag"] == f'"claim-{claim.pk}-v{claim.version}"'


def test_a_missing_claim_is_a_404_as_before(reader_api):
    response = reader_api.get("/api/v1/claims/999999/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Claim matching query does not exist."}


@pytest.mark.parametrize(
    "params",
    [
        {"status": "supported"},
        {"search": "usine"},
        {"ordering": "confidence"},
        {"ordering": "-quote_start"},
        {"kind": "quantity", "ordering": "-confidence"},
    ],
)
def test_filters_search_and_ordering_pick_the_rows_the_serializer_would(
    archive, reader_api, params
):
    response = reader_api.get("/api/v1/claims/", params)
    assert response.status_code == 200
    results = response.json()["results"]
    assert results, "each case picks at least one claim"
    by_id = selectors.claim_list().in_bulk([c["id"] for c in results])
    assert _json(results) == _expected([by_id[c["id"]] for c in results])
    if "ordering" in params:
        field = params["ordering"].lstrip("-")
        values = [c[field] for c in results if c[field] is not None]
        assert values == sorted(values, reverse=params["ordering"].startswith("-"))


def test_a_cursor_walk_writes_what_the_serializer_writes(archive, reader_api):
    walked, url = [], "/api/v1/claims/?paginate=cursor&page_size=2"
    while url:
        body = reader_api.get(url).json()
        walked += body["results"]
        url = body["next"]
    assert _json(walked) == _expected(selectors.claim_list().order_by("-id"))


def test_the_rows_agree_with_the_serializer_outside_utc(archive, settings):
    settings.TIME_ZONE = "America/New_York"
    ours = claim_rows.claims_data(claim_rows.claim_rows(include_discarded=True).order_by("id"))
    assert ours[0]["created_at"].endswith(("-04:00", "-05:00"))
    expected = selectors.claim_list(include_discarded=True).order_by("id")
    assert _json(ours) == _expected(expected)
