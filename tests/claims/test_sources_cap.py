"""A claim cites at most VERIFIER_MAX_SOURCES_PER_CLAIM sources: API, admin, seed import."""

import json

import pytest
from django.core.exceptions import ValidationError

from claims.models import Claim, ClaimSource, Source
from claims.services.seed import seed_load
from claims.services.sources import claim_sources_add
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


def _sources(count: int, start: int = 0) -> list[dict]:
    return [{"url": f"https://example.org/report-{i}"} for i in range(start, start + count)]


def test_the_api_refuses_a_claim_citing_more_than_the_cap(editor_api, settings):
    cap = settings.VERIFIER_MAX_SOURCES_PER_CLAIM
    assert cap == 50  # the documented default
    response = editor_api.post(
        "/api/v1/claims/", {"text": "Acme a levé 12 millions.", "sources": _sources(1000)},
        format="json",
    )  # fmt: skip
    assert response.status_code == 400, response.content[:300]
    assert "50" in str(response.json()["sources"])
    assert not Claim.objects.exists() and not Source.objects.exists()


def test_the_api_accepts_a_claim_citing_exactly_the_cap(editor_api, settings):
    response = editor_api.post(
        "/api/v1/claims/",
        {"text": "Acme a levé 12 millions.", "sources": _sources(50)},
        format="json",
    )
    assert response.status_code == 201, response.content[:300]
    assert ClaimSource.objects.count() == 50


def test_the_service_counts_the_sources_already_cited(settings):
    settings.VERIFIER_MAX_SOURCES_PER_CLAIM = 3
    claim = ClaimFactory()
    claim_sources_add(claim=claim, sources=_sources(2))
    # Citing one already cited again adds nothing, so it fits.
    claim_sources_add(claim=claim, sources=_sources(3))
    with pytest.raises(ValidationError) as caught:
        claim_sources_add(claim=claim, sources=_sources(1, start=3))
    assert "at most 3" in str(caught.value)
    assert claim.claim_sources.count() == 3


def test_the_admin_refuses_more_cited_sources_than_the_cap(admin_client, settings):
    settings.VERIFIER_MAX_SOURCES_PER_CLAIM = 2
    claim = ClaimFactory(text="original")
    sources = [SourceFactory() for _ in range(3)]
    form = {
        "text": "original", "quote": "", "language": "fr", "kind": "quantity", "claimant": "",
        "status": "unverified", "version": 1,
        "claim_sources-TOTAL_FORMS": 3, "claim_sources-INITIAL_FORMS": 0,
        "evidence-TOTAL_FORMS": 0, "evidence-INITIAL_FORMS": 0,
        "status_changes-TOTAL_FORMS": 0, "status_changes-INITIAL_FORMS": 0,
        "provider_results-TOTAL_FORMS": 0, "provider_results-INITIAL_FORMS": 0,
        "comments-TOTAL_FORMS": 0, "comments-INITIAL_FORMS": 0,
    }  # fmt: skip
    for index, source in enumerate(sources):
        form[f"claim_sources-{index}-source"] = source.pk
        form[f"claim_sources-{index}-claim"] = claim.pk
    response = admin_client.post(f"/admin/claims/claim/{claim.pk}/change/", form)
    assert response.status_code == 200  # the form again, with its error
    assert "at most 2" in response.content.decode()
    assert not ClaimSource.objects.exists()
    form["claim_sources-TOTAL_FORMS"] = 2  # within the cap, the same form saves
    response = admin_client.post(f"/admin/claims/claim/{claim.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[-1500:]
    assert ClaimSource.objects.filter(claim=claim).count() == 2


def test_a_seed_file_citing_too_many_sources_is_refused_whole(tmp_path, settings):
    settings.VERIFIER_MAX_SOURCES_PER_CLAIM = 2
    (tmp_path / "body.txt").write_text("Avant. Acme a levé 12 millions. Après.", encoding="utf-8")
    spec = {
        "article": {"title": "Acme", "body_file": "body.txt", "language": "fr"},
        "claims": [
            {"text": "Acme a levé 12 millions.", "quote": "Acme a levé 12 millions",
             "kind": "quantity", "sources": _sources(3)},
        ],
    }  # fmt: skip
    (tmp_path / "seed.json").write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(ValidationError):
        seed_load(path=tmp_path / "seed.json")
    assert not Claim.objects.exists() and not Source.objects.exists()
