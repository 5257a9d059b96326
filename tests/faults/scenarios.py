"""Pages, claims and counts shared by the fault tests."""

from __future__ import annotations

from django.db.models import Count

from claims.models import Claim, Evidence, JobStatus, VerificationJob
from tests.factories import ClaimFactory, SourceFactory, cite

CLAIM_TEXT = "Acme Robotics employs 340 people."


def page(n: int | str = "") -> bytes:
    """A small report page whose figures support CLAIM_TEXT; `n` makes each one distinct."""
    return f"""<!doctype html><html lang="en"><head><title>Acme report {n}</title></head><body>
<article><h1>Acme Robotics in figures {n}</h1>
<p>Acme Robotics now employs 340 people after opening a second factory in Lyon.</p>
<p>The company reported revenue of 12 million euros, according to its annual report {n}.</p>
</article></body></html>""".encode()


def ledger_page(paragraphs: int) -> bytes:
    """A long page (about 120 bytes a paragraph) that takes seconds to extract and match; its
    last paragraph supports CLAIM_TEXT."""
    rows = "".join(
        f"<p>Entry {i}: the depot in region {i % 97} shipped {i * 7 % 1000} crates of parts "
        f"in {1990 + i % 35}, the ledger says.</p>\n"
        for i in range(paragraphs)
    )
    return f"""<!doctype html><html lang="en"><head><title>Acme ledger</title></head><body>
<article><h1>Acme Robotics ledger</h1>{rows}
<p>Acme Robotics now employs 340 people across its sites.</p></article></body></html>""".encode()


def claim_citing(*urls: str, text: str = CLAIM_TEXT) -> Claim:
    claim = ClaimFactory(text=text, language="en")
    for url in urls:
        cite(claim, SourceFactory(url=url))
    return claim


def finished(job_id: int) -> VerificationJob | None:
    job = VerificationJob.objects.get(pk=job_id)
    return job if job.status in (JobStatus.SUCCEEDED, JobStatus.FAILED) else None


def all_finished(job_ids: list[int]) -> bool:
    done = VerificationJob.objects.filter(
        pk__in=job_ids, status__in=[JobStatus.SUCCEEDED, JobStatus.FAILED]
    )
    return done.count() == len(job_ids)


def duplicate_evidence(claim_ids: list[int] | None = None) -> int:
    """Evidence rows beyond the first for the same claim, source and passage."""
    rows = Evidence.objects.all()
    if claim_ids is not None:
        rows = rows.filter(claim_id__in=claim_ids)
    groups = rows.values("claim", "source", "excerpt_start", "excerpt_end", "excerpt").annotate(
        n=Count("id")
    )
    return sum(group["n"] - 1 for group in groups)


def outcomes(job: VerificationJob) -> list[str]:
    return list(job.job_attempts.order_by("number").values_list("outcome", flat=True))
