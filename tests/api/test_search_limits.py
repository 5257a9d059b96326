"""`?search=` is bounded in length and terms, with a 400 that says so, on any database."""

import pytest

from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/sources/", "/api/v1/articles/"])
def test_a_thousand_term_search_is_a_400_not_a_503(editor_api, path, settings):
    settings.VERIFIER_SEARCH_MAX_LENGTH = 10_000  # the term limit alone must refuse it
    ClaimFactory(text="Acme Robotics emploie 340 personnes.")
    terms = " ".join(f"t{i}" for i in range(1000))
    response = editor_api.get(path, {"search": terms})
    assert response.status_code == 400, response.content[:300]
    assert "at most" in response.json()["search"][0]


def test_an_overlong_search_is_a_400(editor_api, settings):
    response = editor_api.get(
        "/api/v1/claims/", {"search": "a" * (settings.VERIFIER_SEARCH_MAX_LENGTH + 1)}
    )
    assert response.status_code == 400, response.content[:300]
    assert "characters" in response.json()["search"][0]


def test_a_search_within_the_limits_still_finds(editor_api, settings):
    ClaimFactory(text="Acme Robotics emploie 340 personnes à Lyon.")
    ClaimFactory(text="Le chômage a baissé.")
    SourceFactory(url="https://example.org/acme-report", name="Acme report")
    terms = " ".join(["Acme", "Lyon"] + ["personnes"] * (settings.VERIFIER_SEARCH_MAX_TERMS - 2))
    response = editor_api.get("/api/v1/claims/", {"search": terms})
    assert response.status_code == 200
    assert [c["text"] for c in response.json()["results"]] == [
        "Acme Robotics emploie 340 personnes à Lyon."
    ]
    assert editor_api.get("/api/v1/sources/", {"search": "acme"}).json()["count"] == 1
