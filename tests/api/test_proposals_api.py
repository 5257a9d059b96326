"""Importing and reviewing machine proposals over the API."""

from pathlib import Path

import pytest

from claims.models import Claim

pytestmark = pytest.mark.django_db

BODY = (
    Path(__file__).resolve().parents[2] / "claims" / "seed" / "stargate-article-fr.txt"
).read_text(encoding="utf-8")


def _import_seed(api):
    """POST the seed article with claim extraction, as an editor's tool would."""
    return api.post(
        "/api/v1/articles/",
        {"title": "Stargate", "body": BODY, "extract_claims": True},
        format="json",
    )


def test_posting_an_article_with_extract_claims_proposes_its_claims(editor_api):
    response = _import_seed(editor_api)
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["extraction"]["claims_created"] == len(body["claims"]) >= 13
    assert body["extraction"]["language"] == "fr"
    assert all(c["origin"] == "machine" for c in body["claims"])
    again = editor_api.post(f"/api/v1/articles/{body['id']}/extract/")
    assert again.status_code == 200 and again.json()["claims_created"] == 0


def test_a_discarded_proposal_leaves_the_list_but_is_kept(editor_api):
    article = _import_seed(editor_api).json()
    claim = article["claims"][0]
    response = editor_api.post(
        f"/api/v1/claims/{claim['id']}/discard/",
        {"discarded": True, "version": claim["version"]},
        format="json",
    )
    assert response.status_code == 200 and response.json()["discarded"] is True
    listed = editor_api.get("/api/v1/claims/", {"page_size": 200}).json()["results"]
    assert claim["id"] not in [c["id"] for c in listed]
    assert Claim.objects.filter(pk=claim["id"], discarded=True).exists()
    stale = editor_api.post(
        f"/api/v1/claims/{claim['id']}/discard/",
        {"discarded": False, "version": claim["version"]},
        format="json",
    )
    assert stale.status_code == 412


def test_a_reviewer_cannot_discard_proposals(reviewer_api, editor_api):
    article = _import_seed(editor_api).json()
    claim = article["claims"][0]
    response = reviewer_api.post(
        f"/api/v1/claims/{claim['id']}/discard/", {"version": claim["version"]}, format="json"
    )
    assert response.status_code == 403
