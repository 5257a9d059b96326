"""Bad input: bodies are capped, every validation error names its field, fetched text is escaped."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import timezone

from claims.models import Article, Claim, Evidence, Snapshot
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db

BODY = "Avant. Acme Robotics emploie 340 personnes à Lyon. Après."


@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/articles/"])
def test_an_oversized_body_is_refused_with_a_4xx(settings, editor_api, path):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    text = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = editor_api.post(
        path, json.dumps({"text": text, "body": text}), content_type="application/json"
    )
    assert response.status_code == 413, response.content[:200]
    assert "exceeds" in response.json()["detail"]
    assert not Claim.objects.exists() and not Article.objects.exists()


def test_a_body_under_the_cap_is_accepted(settings, editor_api):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    response = editor_api.post(
        "/api/v1/claims/", {"text": "Acme Robotics emploie 340 personnes."}, format="json"
    )
    assert response.status_code == 201


@pytest.mark.parametrize("opener,closer", [("[", "]"), ('{"a":', "}")])
def test_deeply_nested_json_is_refused_with_a_400_that_says_why(editor_api, opener, closer):
    # Depth 1000 used to reach Python's recursion limit inside the JSON decoder: a 500.
    body = '{"text": ' + opener * 1000 + "1" + closer * 1000 + "}"
    response = editor_api.post("/api/v1/claims/", body, content_type="application/json")
    assert response.status_code == 400, response.content[:200]
    assert "nested" in response.json()["detail"]
    assert not Claim.objects.exists()


def test_an_unclosed_deep_body_is_refused_with_a_400_too(editor_api):
    response = editor_api.post("/api/v1/claims/", "[" * 5000, content_type="application/json")
    assert response.status_code == 400, response.content[:200]


def test_brackets_inside_strings_do_not_count_as_nesting(editor_api):
    text = "Acme Robotics emploie 340 personnes " + "[{" * 200
    response = editor_api.post("/api/v1/claims/", {"text": text}, format="json")
    assert response.status_code == 201, response.content[:200]


@pytest.fixture
def claim():
    article = ArticleFactory(body=BODY)
    return cite(ClaimFactory(article=article), SourceFactory())


# (method, path, body, the field the error must name)
BAD = [
    ("post", "/api/v1/claims/", {}, "text"),
    ("post", "/api/v1/claims/", {"text": "x", "kind": "rumour"}, "kind"),
    ("post", "/api/v1/claims/", {"text": "x", "sources": [{"url": "ftp://example.org/a"}]},
     "sources[0]"),
    ("post", "/api/v1/claims/", {"text": "x", "sources": "not a list"}, "sources"),
    ("post", "/api/v1/claims/", {"text": "x", "article": "{article}", "quote": "absent",
                                 "quote_start": 0, "quote_end": 6}, "quote"),
    ("post", "/api/v1/claims/", {"text": "x", "quote_start": -1}, "quote_start"),
    ("post", "/api/v1/claims/", {"text": "x", "article": 999999}, "article"),
    ("post", "/api/v1/articles/", {"title": "t"}, "body"),
    ("post", "/api/v1/articles/", {"body": "b", "url": "not a url"}, "url"),
    ("post", "/api/v1/articles/", {"body": "b", "published_at": "yesterday"}, "published_at"),
    ("patch", "/api/v1/claims/{claim}/", {"kind": "rumour", "version": 1}, "kind"),
    ("patch", "/api/v1/claims/{claim}/", {"text": "x", "version": "one"}, "version"),
    ("post", "/api/v1/claims/{claim}/status/", {"status": "true-ish", "version": 1}, "status"),
    ("post", "/api/v1/evidence/", {"claim": "{claim}", "source_url": "https://example.org/e",
                                   "excerpt": "e", "stance": "agrees"}, "stance"),
    ("post", "/api/v1/evidence/", {"claim": "{claim}", "excerpt": "e", "stance": "supports"},
     "source_url"),
]  # fmt: skip


@pytest.mark.parametrize(("method", "path", "body", "field"), BAD, ids=lambda v: str(v)[:40])
def test_every_validation_error_names_its_field(editor_api, claim, method, path, body, field):
    ids = {"claim": claim.pk, "article": claim.article_id}
    raw = json.dumps(body).replace('"{claim}"', str(ids["claim"]))
    raw = raw.replace('"{article}"', str(ids["article"]))
    response = getattr(editor_api, method)(path.format(**ids), raw, content_type="application/json")
    assert response.status_code == 400, response.content[:300]
    errors = response.json()
    assert field in errors, errors
    assert errors[field] and all(isinstance(m, str) and m for m in _messages(errors[field]))


def _messages(value):
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [m for item in value for m in _messages(item)]
    if isinstance(value, dict):
        return [m for item in value.values() for m in _messages(item)]
    return [str(value)]


SCRIPT = '<script>alert("fetched")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def hostile_evidence(claim):
    snapshot = Snapshot.objects.create(
        source=claim.sources.get(),
        requested_url="https://example.org/hostile",
        final_url="https://example.org/hostile",
        http_status=200,
        sha256="0" * 64,
        fetched_at=timezone.now(),
        text=f"Le rapport dit : {SCRIPT}",
        title=SCRIPT,
    )
    return Evidence.objects.create(
        claim=claim,
        source=snapshot.source,
        snapshot=snapshot,
        url='https://example.org/hostile?"><script>alert(2)</script>',
        excerpt=SCRIPT,
        explanation=SCRIPT,
        stance="supports",
        confidence=0.5,
    )


@pytest.mark.parametrize(
    "page",
    [
        "/admin/claims/claim/{claim}/change/",
        "/admin/claims/evidence/{evidence}/change/",
        "/admin/claims/snapshot/{snapshot}/change/",
        "/claims/{claim}/",  # the editorial claim panel
    ],
)
def test_text_from_a_fetched_page_is_rendered_escaped(editor, hostile_evidence, page):
    browser = Client()
    browser.force_login(editor)
    path = page.format(
        claim=hostile_evidence.claim_id,
        evidence=hostile_evidence.pk,
        snapshot=hostile_evidence.snapshot_id,
    )
    response = browser.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "alert(" in html  # the text is shown...
    assert "<script>alert(" not in html and "<img src=x" not in html  # ...but never as markup
    assert "&lt;script&gt;alert(" in html or "&lt;script&gt;" in html
