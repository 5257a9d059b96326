"""A long article's claims found by a real worker: the job ends with its summary."""

import pytest

from claims.models import Claim, JobStatus, VerificationJob
from tests.factories import ArticleFactory
from tests.support.celery_worker import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

BODY = (
    "La région a voté mardi un budget de 2,4 milliards d'euros pour 2026, selon le conseil "
    "régional. Le président de la région a déclaré que 300 emplois seraient créés d'ici 2027 "
    "dans la filière hydrogène. "
) * 5


def _finished(job_id: int):
    job = VerificationJob.objects.get(pk=job_id)
    return job if job.status in (JobStatus.SUCCEEDED, JobStatus.FAILED) else None


def test_a_worker_extracts_a_long_article_and_reports_it(celery_worker, editor_api, settings):
    settings.VERIFIER_EXTRACT_INLINE_MAX_CHARS = 100
    article = ArticleFactory(body=BODY, language="fr")
    response = editor_api.post(f"/api/v1/articles/{article.pk}/extract/")
    assert response.status_code == 202, response.content[:300]

    job = wait_for(lambda: _finished(response.json()["id"]), what="the extraction job")

    assert job.status == JobStatus.SUCCEEDED, job.error
    assert job.progress == 100 and "claim(s) proposed" in job.progress_message
    assert Claim.objects.filter(article=article, origin="machine").count() >= 2
