"""Finding a long article's claims in the background, as a job like a verification.

Extraction is CPU work that grows with the article (5 MB took 29 s and held other writers for
20 s inside a request). Above VERIFIER_EXTRACT_INLINE_MAX_CHARS the API and the admin queue it
instead: the same job row, attempts, retries, sweeper and progress as a verification.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from claims.models import Article, JobKind, VerificationJob
from claims.services.jobs import JobTakenOver, job_progress, job_queue
from claims.services.proposals import ProposalOutcome, article_claims_propose


def extraction_in_background(article: Article) -> bool:
    """Whether finding this article's claims is too long a job for a request."""
    return len(article.body) > settings.VERIFIER_EXTRACT_INLINE_MAX_CHARS


@transaction.atomic
def extraction_request(
    *, article_id: int, user: AbstractBaseUser | None = None
) -> tuple[VerificationJob, bool]:
    """Queue the extraction of the article's claims, or return the one already pending or running.

    Returns (job, created); the message is sent after commit, as for a verification.
    """
    article = Article.objects.get(pk=article_id)
    return job_queue(owner={"article": article}, kind=JobKind.EXTRACT, requested_by=user)


def extraction_run(job: VerificationJob) -> ProposalOutcome:
    """Run an extraction job (its worker holds it), reporting progress on the row."""

    def report(percent: int, message: str) -> None:
        if not job_progress(job=job, percent=percent, message=message):
            raise JobTakenOver(f"job {job.pk} is no longer run by task {job.celery_task_id}")

    return article_claims_propose(article=job.article, user=job.requested_by, progress=report)
