"""Long articles: capped everywhere, their claims found by a background job with progress."""

import pytest

from claims.models import Article, Claim, JobStatus, VerificationJob
from claims.services.jobs import JobTakenOver, job_fetch_start
from claims.services.proposal_jobs import extraction_request, extraction_run
from claims.services.proposals import article_claims_propose
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

SENTENCE = (
    "La région a voté mardi un budget de 2,4 milliards d'euros pour 2026, selon le conseil "
    "régional. "
)


def _admin_form(body: str) -> dict:
    return {"title": "Budget", "body": body, "language": "fr", "url": "", "publisher": "",
            "author": "", "claims-TOTAL_FORMS": 0, "claims-INITIAL_FORMS": 0}  # fmt: skip


def test_the_admin_paste_has_the_apis_size_cap(editor_client, settings):
    settings.VERIFIER_ARTICLE_MAX_CHARS = 1000
    response = editor_client.post("/admin/claims/article/add/", _admin_form("x" * 1001))
    assert response.status_code == 200  # the form again, with its error
    assert "at most 1000 characters" in response.content.decode()
    assert not Article.objects.exists()


def test_the_api_cap_is_the_same_setting(editor_api, settings):
    settings.VERIFIER_ARTICLE_MAX_CHARS = 1000
    response = editor_api.post(
        "/api/v1/articles/", {"title": "t", "body": "x" * 1001}, format="json"
    )
    assert response.status_code == 400, response.content[:300]
    assert "body" in response.json()
    assert not Article.objects.exists()


def test_a_long_article_pasted_in_the_admin_is_extracted_by_a_job(editor_client, settings):
    settings.VERIFIER_EXTRACT_INLINE_MAX_CHARS = 100
    response = editor_client.post(
        "/admin/claims/article/add/", _admin_form(SENTENCE * 3), follow=True
    )
    assert response.status_code == 200
    job = VerificationJob.objects.get()
    assert (job.kind, job.article.title, job.status) == ("extract", "Budget", JobStatus.PENDING)
    assert f"job {job.pk}" in response.content.decode()
    assert not Claim.objects.exists()  # nothing was extracted inside the request


def test_the_api_answers_202_with_the_job_above_the_size(editor_api, settings):
    settings.VERIFIER_EXTRACT_INLINE_MAX_CHARS = 100
    article = ArticleFactory(body=SENTENCE * 3, language="fr")
    response = editor_api.post(f"/api/v1/articles/{article.pk}/extract/")
    assert response.status_code == 202, response.content[:300]
    body = response.json()
    assert (body["kind"], body["article"], body["status"]) == ("extract", article.pk, "pending")
    assert response["Location"] == f"/api/v1/jobs/{body['id']}/"
    assert not Claim.objects.exists()
    # Asking again while it waits gives the same job back.
    assert editor_api.post(f"/api/v1/articles/{article.pk}/extract/").json()["id"] == body["id"]


def test_creating_a_long_article_with_extract_claims_answers_202(editor_api, settings):
    settings.VERIFIER_EXTRACT_INLINE_MAX_CHARS = 100
    response = editor_api.post(
        "/api/v1/articles/",
        {"title": "Budget", "body": SENTENCE * 3, "language": "fr", "extract_claims": True},
        format="json",
    )
    assert response.status_code == 202, response.content[:300]
    body = response.json()
    assert body["title"] == "Budget" and body["extraction_job"]["kind"] == "extract"
    assert response["Location"] == f"/api/v1/jobs/{body['extraction_job']['id']}/"


def test_a_short_article_is_still_extracted_in_the_request(editor_api):
    article = ArticleFactory(body=SENTENCE, language="fr")
    response = editor_api.post(f"/api/v1/articles/{article.pk}/extract/")
    assert response.status_code == 200
    assert response.json()["claims_created"] >= 1
    assert not VerificationJob.objects.exists()


def test_extraction_reports_its_steps_in_order():
    article = ArticleFactory(body=SENTENCE * 3, language="fr")
    steps: list[tuple[int, str]] = []
    article_claims_propose(article=article, progress=lambda p, m: steps.append((p, m)))
    assert [p for p, _ in steps] == sorted(p for p, _ in steps) and len(steps) >= 2
    assert "storing" in steps[-1][1]


def test_the_job_writes_its_progress_on_the_row_and_finds_the_claims(editor):
    article = ArticleFactory(body=SENTENCE * 3, language="fr")
    job, created = extraction_request(article_id=article.pk, user=editor)
    assert created
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
    outcome = extraction_run(running)
    job.refresh_from_db()
    assert 0 < job.progress < 100 and "storing" in job.progress_message
    assert len(outcome.created) >= 1 and "claim(s) proposed" in outcome.summary
    assert Claim.objects.filter(article=article, origin="machine", created_by=editor).exists()


def test_a_run_that_lost_its_job_stops_before_storing_anything(editor):
    article = ArticleFactory(body=SENTENCE * 3, language="fr")
    job, _ = extraction_request(article_id=article.pk, user=editor)
    running = job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w")
    VerificationJob.objects.filter(pk=job.pk).update(celery_task_id="someone-else")
    with pytest.raises(JobTakenOver):
        extraction_run(running)
    assert not Claim.objects.exists()
