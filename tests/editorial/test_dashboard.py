"""The dashboard: counts by status, article, job and source, in a constant number of queries."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.models import Claim, FetchAttempt, Snapshot, VerificationJob
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db
WHEN = datetime(2025, 3, 1, tzinfo=UTC)


def _newsroom(scale: int, *, first: int = 0) -> None:
    """`scale` articles, each with claims in several states, jobs, and sick sources."""
    for n in range(first, first + scale):
        article = ArticleFactory()
        ClaimFactory(article=article, status="refuted")
        ClaimFactory(article=article, status="supported")
        ClaimFactory(article=article, status="unverified", suggested_verdict="supported")
        ClaimFactory(article=article, status="unverified")
        claim = ClaimFactory(article=article, status="in_review")
        VerificationJob.objects.create(claim=claim, status="failed", attempts=3, error_code="fetch")
        VerificationJob.objects.create(claim=claim, status="running", attempts=1)
        dead = SourceFactory(url=f"https://example.org/gone-{n}")
        FetchAttempt.objects.create(source=dead, url=dead.url, outcome="http_4xx", started_at=WHEN)
        drifting = SourceFactory(url=f"https://example.org/drift-{n}")
        for digest in ("a" * 64, "b" * 64):
            Snapshot.objects.create(
                source=drifting, requested_url=drifting.url, fetched_at=WHEN, sha256=digest
            )
        SourceFactory(url=f"https://example.org/fine-{n}")


def test_it_counts_claims_by_status_and_by_article(reader_client):
    _newsroom(2)
    ClaimFactory(status="refuted", discarded=True)  # discarded claims are not counted
    response = reader_client.get("/dashboard/")
    html = response.content.decode()
    assert response.context["counts"]["refuted"] == 2
    assert response.context["counts"]["total"] == 10
    assert '<text x="' in html and 'data-status-count="refuted">2</text>' in html
    rows = {a.pk: a for a in response.context["articles"]}
    assert all(a.n_total == 5 and a.n_refuted == 1 for a in rows.values())


def test_it_shows_where_verification_stands(reader_client):
    _newsroom(1)
    counts = reader_client.get("/dashboard/").context["counts"]
    assert (
        counts["stage_decided"],
        counts["stage_in_review"],
        counts["stage_suggested"],
        counts["stage_untouched"],
    ) == (2, 1, 1, 1)


def test_it_counts_jobs_running_failed_and_retried(reader_client):
    _newsroom(2)
    response = reader_client.get("/dashboard/")
    jobs = response.context["jobs"]
    assert (jobs["running"], jobs["failed"], jobs["retried"]) == (2, 2, 2)
    assert '<strong data-jobs="retried">2</strong>' in response.content.decode()


def test_it_lists_dead_and_drifting_sources_but_not_healthy_ones(reader_client):
    _newsroom(1)
    sources = [row["source"] for row in reader_client.get("/dashboard/").context["sources"]]
    by_url = {s.url.rsplit("/", 1)[-1]: s for s in sources}
    assert set(by_url) == {"gone-0", "drift-0"}
    assert by_url["gone-0"].failed_fetches == 1 and by_url["gone-0"].last_outcome == "http_4xx"
    assert by_url["drift-0"].versions == 2


def test_its_links_open_working_filtered_admin_lists(editor_client):
    _newsroom(1)
    html = editor_client.get("/dashboard/").content.decode()
    links = [
        "/admin/claims/claim/?status__exact=refuted",
        "/admin/claims/claim/?needs_review__exact=1",
        "/admin/claims/verificationjob/?status__exact=failed",
        "/admin/claims/verificationjob/?attempts__gt=1",
    ]
    source = SourceFactory._meta.model.objects.get(url__endswith="gone-0")
    links.append(f"/admin/claims/fetchattempt/?source__id__exact={source.pk}")
    for link in links:
        assert f'href="{link}"' in html
        page = editor_client.get(link)
        assert page.status_code == 200 and "?e=1" not in page.get("Location", ""), link


def test_it_costs_the_same_number_of_queries_whatever_the_data(reader_client):
    _newsroom(1)
    with CaptureQueriesContext(connection) as small:
        reader_client.get("/dashboard/")
    _newsroom(6, first=1)
    with CaptureQueriesContext(connection) as large:
        reader_client.get("/dashboard/")
    assert len(large) == len(small)


def test_it_reads_the_dashboard_in_a_fixed_number_of_queries(
    reader_client, django_assert_num_queries
):
    _newsroom(3)
    # session + user + permissions (2) + claims + articles + jobs + watched jobs + sources
    # + reviewers' load
    with django_assert_num_queries(10):
        reader_client.get("/dashboard/")


def test_it_splits_running_jobs_by_stage_so_a_missing_kind_of_worker_shows(reader_client):
    _newsroom(1)  # one running job, at its fetch stage
    waiting, analysing = Claim.objects.filter(jobs__isnull=True)[:2]
    VerificationJob.objects.create(claim=waiting, status="running", stage="analyse")
    VerificationJob.objects.create(
        claim=analysing, status="running", stage="analyse", stage_started_at=timezone.now()
    )
    response = reader_client.get("/dashboard/")
    jobs = response.context["jobs"]
    assert (jobs["fetching"], jobs["awaiting_analysis"], jobs["analysing"]) == (1, 1, 1)
    assert '<strong data-jobs="awaiting_analysis">1</strong>' in response.content.decode()


def test_it_counts_the_claims_without_a_source_and_links_to_them(reader_client, editor_client):
    from tests.factories import ClaimFactory, SourceFactory, cite

    cited = cite(ClaimFactory(text="Cited claim: 5 million euros."), SourceFactory())
    bare = [ClaimFactory(text=f"Bare claim {n}: 7 million euros.") for n in range(2)]
    ClaimFactory(discarded=True)
    page = reader_client.get("/dashboard/").content.decode()
    assert 'data-without-source="2"' in page
    assert "2 without a source" in page
    listed = editor_client.get("/admin/claims/claim/?quick=without_source&discarded__exact=0")
    assert listed.status_code == 200
    text = listed.content.decode()
    assert all(claim.text in text for claim in bare)
    assert cited.text not in text
