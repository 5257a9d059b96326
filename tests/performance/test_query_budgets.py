"""Each list and detail costs a fixed number of SQL queries, however many rows it shows.

The budgets are exact: a new relation shown without select_related/prefetch_related adds a
query per row and fails here first. With a token, every API request spends 3 queries on who
is asking (the token with its user, then the user's and their groups' permissions).
"""

import pytest
from django.contrib import admin

from claims.models import Claim, ClaimAppearance
from tests.factories import ArticleFactory
from tests.performance.conftest import SOURCES_PER_CLAIM, newsroom_rows

pytestmark = pytest.mark.django_db

AUTH = 3  # token + user, user permissions, group permissions
# ClaimSerializer's prefetches (an article's claims): sources, evidence, further appearances.
RELATED = 3
# The claim list and detail (claims.api.claim_rows) read further appearances only when a claim
# shown has some: each row says whether it has.
CLAIM_RELATED = 2  # sources, evidence (with snapshots)
APPEARANCES = 1
CLAIM_LIST = AUTH + 2 + CLAIM_RELATED  # COUNT, the page
CLAIM_LIST_CURSOR = AUTH + 1 + CLAIM_RELATED  # no COUNT in cursor mode
ARTICLE_FILTER = 1  # django-filter reads the article named by ?article= to validate it
CLAIM_DETAIL = AUTH + 2  # the claim joined to its evidence (a row per passage), its sources
# the article, its claims, their cited sources with their origin, the article's links
ARTICLE_DETAIL = AUTH + 4 + RELATED
EVIDENCE_LIST = AUTH + 2  # COUNT, the page with snapshot, source and author joined
JOB_LIST = AUTH + 3  # COUNT, the page with its claim, the attempts
ADMIN_CHANGELIST = 7  # session, user, article filter, 2 COUNTs, the page, the reviewer menu


def _ok(response):
    assert response.status_code == 200, response.content[:500]
    return response.json()


@pytest.mark.parametrize("page_size", [5, 50])
def test_the_claim_list_costs_the_same_whatever_the_page_size(
    newsroom, token_api, django_assert_num_queries, page_size
):
    filters = {"status": "unverified", "suggested_verdict": "supported"}
    with django_assert_num_queries(CLAIM_LIST):
        body = _ok(token_api.get("/api/v1/claims/", {"page_size": page_size, **filters}))
    assert len(body["results"]) == page_size
    assert all(len(c["sources"]) == SOURCES_PER_CLAIM for c in body["results"])
    assert all(len(c["evidence"]) == SOURCES_PER_CLAIM for c in body["results"])


@pytest.mark.parametrize("page_size", [5, 50])
def test_a_cursor_page_of_claims_costs_the_same_whatever_its_size(
    newsroom, token_api, django_assert_num_queries, page_size
):
    params = {"paginate": "cursor", "page_size": page_size, "article": newsroom[0].article_id}
    with django_assert_num_queries(CLAIM_LIST_CURSOR + ARTICLE_FILTER):
        body = _ok(token_api.get("/api/v1/claims/", params))
    assert len(body["results"]) == page_size and body["next"]


def test_a_claim_costs_a_fixed_number_of_queries(newsroom, token_api, django_assert_num_queries):
    with django_assert_num_queries(CLAIM_DETAIL):
        body = _ok(token_api.get(f"/api/v1/claims/{newsroom[0].pk}/"))
    assert len(body["evidence"]) == SOURCES_PER_CLAIM


def _stated_twice(claims: list[Claim]) -> None:
    article = ArticleFactory(title="The same claims, quoted again")
    for n, claim in enumerate(claims):
        for start in (10 * n, 10 * n + 5):
            ClaimAppearance.objects.create(
                claim=claim, article=article, quote="again", quote_start=start, quote_end=start + 5
            )


@pytest.mark.parametrize("page_size", [5, 50])
def test_further_appearances_cost_one_query_whatever_the_page_size(
    newsroom, token_api, django_assert_num_queries, page_size
):
    _stated_twice(newsroom)
    with django_assert_num_queries(CLAIM_LIST + APPEARANCES):
        body = _ok(token_api.get("/api/v1/claims/", {"page_size": page_size}))
    assert len(body["results"]) == page_size
    assert all(len(c["appearances"]) == 2 for c in body["results"])
    with django_assert_num_queries(CLAIM_DETAIL + APPEARANCES):
        body = _ok(token_api.get(f"/api/v1/claims/{newsroom[0].pk}/"))
    assert len(body["appearances"]) == 2


@pytest.mark.parametrize("claims", [5, 50])
def test_an_article_costs_the_same_however_many_claims_it_has(
    db, editor, token_api, django_assert_num_queries, claims
):
    article_id = newsroom_rows(claims=claims, reviewer=editor)[0].article_id
    with django_assert_num_queries(ARTICLE_DETAIL):
        body = _ok(token_api.get(f"/api/v1/articles/{article_id}/"))
    assert len(body["claims"]) == claims
    assert all(len(c["evidence"]) == SOURCES_PER_CLAIM for c in body["claims"])


@pytest.mark.parametrize("page_size", [5, 50])
def test_the_evidence_list_costs_the_same_whatever_the_page_size(
    newsroom, token_api, django_assert_num_queries, page_size
):
    with django_assert_num_queries(EVIDENCE_LIST):
        body = _ok(
            token_api.get("/api/v1/evidence/", {"page_size": page_size, "stance": "supports"})
        )
    assert len(body["results"]) == page_size
    assert all(e["snapshot"]["sha256"] for e in body["results"])


@pytest.mark.parametrize("page_size", [5, 50])
def test_the_job_list_costs_the_same_whatever_the_page_size(
    newsroom, token_api, django_assert_num_queries, page_size
):
    with django_assert_num_queries(JOB_LIST):
        body = _ok(token_api.get("/api/v1/jobs/", {"page_size": page_size, "status": "succeeded"}))
    assert len(body["results"]) == page_size
    assert all(len(j["attempt_log"]) == 2 for j in body["results"])


@pytest.mark.parametrize("per_page", [5, 50])
def test_the_admin_claim_list_costs_the_same_whatever_the_page_size(
    newsroom, admin_client_logged_in, django_assert_num_queries, monkeypatch, per_page
):
    monkeypatch.setattr(admin.site._registry[Claim], "list_per_page", per_page)
    with django_assert_num_queries(ADMIN_CHANGELIST):
        page = admin_client_logged_in.get("/admin/claims/claim/", {"status__exact": "unverified"})
    assert page.status_code == 200
    assert page.content.decode().count('name="_selected_action"') == per_page
