"""The reviewers' claim API: shapes, filters, conditional writes, verdicts, verification."""

import pytest

from claims.models import Claim, StatusChange, VerificationJob
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db

CLAIM_KEYS = {
    "id",
    "article",
    "text",
    "quote",
    "quote_start",
    "quote_end",
    "language",
    "kind",
    "claimant",
    "status",
    "suggested_verdict",
    "confidence",
    "version",
    "updated_at",
    "sources",
    "source_hint",
    "evidence",
}


def test_it_answers_401_to_anonymous_requests(anon_api):
    response = anon_api.get("/api/v1/claims/")
    assert response.status_code == 401


def test_it_lists_claims_with_their_sources_and_evidence(reader_api):
    cite(ClaimFactory(), SourceFactory(url="https://example.org/a", name="A"))
    response = reader_api.get("/api/v1/claims/")
    assert response.status_code == 200
    item = response.json()["results"][0]
    assert set(item) >= CLAIM_KEYS
    assert item["sources"] == [
        {
            "id": item["sources"][0]["id"],
            "url": "https://example.org/a",
            "name": "A",
            "publisher": "",
            "kind": "other",
            "origin": "editor",
        }
    ]


def test_it_filters_and_searches_claims(reader_api):
    ClaimFactory(text="Acme hired 300 people", status="refuted", kind="quantity")
    ClaimFactory(text="Acme moved to Lyon", status="supported", kind="event")
    by_status = reader_api.get("/api/v1/claims/", {"status": "refuted"}).json()["results"]
    by_search = reader_api.get("/api/v1/claims/", {"search": "Lyon"}).json()["results"]
    assert [c["text"] for c in by_status] == ["Acme hired 300 people"]
    assert [c["text"] for c in by_search] == ["Acme moved to Lyon"]


def test_it_creates_a_claim_with_validated_quote_and_sources(editor_api):
    article = ArticleFactory(body="Selon Acme, les ventes ont bondi de 19% en 2025.")
    response = editor_api.post(
        "/api/v1/claims/",
        {
            "article": article.pk,
            "text": "Les ventes d'Acme ont bondi de 19 % en 2025.",
            "quote": "les ventes ont bondi de 19% en 2025",
            "quote_start": 12,
            "quote_end": 47,
            "kind": "quantity",
            "claimant": "Acme",
            "sources": [{"url": "https://acme.example/rapport", "name": "Rapport annuel"}],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["quote_start"], body["quote_end"], body["version"]) == (12, 47, 1)
    assert response["ETag"] == f'"claim-{body["id"]}-v1"'
    assert body["sources"][0]["url"] == "https://acme.example/rapport"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"quote": "bondi", "quote_start": 0, "quote_end": 5}, "quote"),
        ({"kind": "rumour"}, "kind"),
        ({"sources": [{"url": "javascript:alert(1)"}]}, "sources[0]"),
        ({"sources": [{"url": "not a url"}]}, "sources[0]"),
        ({"text": ""}, "text"),
    ],
)
def test_it_names_the_field_at_fault(editor_api, payload, field):
    article = ArticleFactory(body="Selon Acme, les ventes ont bondi de 19% en 2025.")
    response = editor_api.post(
        "/api/v1/claims/", {"article": article.pk, "text": "t", **payload}, format="json"
    )
    assert response.status_code == 400
    assert field in response.json(), response.json()
    assert Claim.objects.count() == 0


def test_it_requires_the_version_read_to_edit_a_claim(editor_api):
    claim = ClaimFactory()
    response = editor_api.patch(f"/api/v1/claims/{claim.pk}/", {"text": "x"}, format="json")
    assert response.status_code == 428


def test_it_answers_412_to_an_edit_on_a_stale_etag(editor_api):
    claim = ClaimFactory()
    etag = editor_api.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    first = editor_api.patch(
        f"/api/v1/claims/{claim.pk}/", {"text": "first"}, format="json", HTTP_IF_MATCH=etag
    )
    second = editor_api.patch(
        f"/api/v1/claims/{claim.pk}/", {"text": "second"}, format="json", HTTP_IF_MATCH=etag
    )
    assert first.status_code == 200 and first["ETag"] != etag
    assert second.status_code == 412
    claim.refresh_from_db()
    assert claim.text == "first"


def test_it_sets_the_status_with_a_note_and_keeps_the_history(reviewer_api, reviewer):
    claim = ClaimFactory()
    response = reviewer_api.post(
        f"/api/v1/claims/{claim.pk}/status/",
        {"status": "refuted", "note": "the report says 2029", "version": 1},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["status"] == "refuted"
    history = reviewer_api.get(f"/api/v1/claims/{claim.pk}/history/").json()
    assert history[0]["to_value"] == "refuted"
    assert history[0]["changed_by"] == reviewer.username
    assert history[0]["note"] == "the report says 2029"


def test_it_refuses_an_unknown_status(reviewer_api):
    claim = ClaimFactory()
    response = reviewer_api.post(
        f"/api/v1/claims/{claim.pk}/status/", {"status": "mostly_true", "version": 1}, format="json"
    )
    assert response.status_code == 400 and "status" in response.json()
    assert not StatusChange.objects.exists()


def test_it_queues_a_verification_and_returns_the_live_job_twice(reviewer_api):
    claim = cite(ClaimFactory(), SourceFactory())
    first = reviewer_api.post(f"/api/v1/claims/{claim.pk}/verify/")
    second = reviewer_api.post(f"/api/v1/claims/{claim.pk}/verify/")
    assert first.status_code == second.status_code == 202
    assert first.json()["id"] == second.json()["id"]
    assert first.json()["status"] == "pending"
    assert reviewer_api.get(f"/api/v1/jobs/{first.json()['id']}/").json()["claim"] == claim.pk
    assert VerificationJob.objects.count() == 1


def test_it_explains_why_a_claim_without_source_cannot_be_verified(reviewer_api):
    claim = ClaimFactory()
    response = reviewer_api.post(f"/api/v1/claims/{claim.pk}/verify/")
    assert response.status_code == 409
    assert "source" in response.json()["detail"]


def test_a_reader_can_read_but_not_write(reader_api):
    claim = cite(ClaimFactory(), SourceFactory())
    assert reader_api.get(f"/api/v1/claims/{claim.pk}/").status_code == 200
    assert reader_api.post(f"/api/v1/claims/{claim.pk}/verify/").status_code == 403
    assert (
        reader_api.post(
            f"/api/v1/claims/{claim.pk}/status/",
            {"status": "supported", "version": 1},
            format="json",
        ).status_code
        == 403
    )
    assert reader_api.post("/api/v1/claims/", {"text": "x"}, format="json").status_code == 403


def test_a_reviewer_cannot_edit_or_file_claims(reviewer_api):
    claim = ClaimFactory()
    assert (
        reviewer_api.patch(
            f"/api/v1/claims/{claim.pk}/", {"text": "x", "version": 1}, format="json"
        ).status_code
        == 403
    )
    assert reviewer_api.post("/api/v1/claims/", {"text": "x"}, format="json").status_code == 403


def test_it_lists_evidence_of_one_claim(reviewer_api):
    claim = cite(ClaimFactory(), SourceFactory(url="https://example.org/doc"))
    other = ClaimFactory()
    response = reviewer_api.post(
        "/api/v1/evidence/",
        {
            "claim": claim.pk,
            "source_url": "https://example.org/doc",
            "excerpt": "It grew 19%.",
            "stance": "supports",
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    listed = reviewer_api.get("/api/v1/evidence/", {"claim": claim.pk}).json()["results"]
    assert [e["excerpt"] for e in listed] == ["It grew 19%."]
    assert reviewer_api.get("/api/v1/evidence/", {"claim": other.pk}).json()["results"] == []
