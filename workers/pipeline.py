"""What the two stages of a verification do (the protocol around them: docs/jobs.md).

1. `fetch_sources` (I/O): fetch every cited source and preserve it (body, WARC, hashes).
2. `analyse_fetched` (CPU): extract each preserved body's text, find the passages that bear on
   the claim, attach them as evidence and return the suggested verdict; stage 2 reads only the
   snapshots stage 1 kept on the job row, never the network.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings

from claims.models import Snapshot, Source, VerificationJob
from claims.services.capture import snapshot_extract, source_fetch
from claims.services.evidence import evidence_record_many, fetch_attempt_record
from claims.services.jobs import JobTakenOver, job_progress
from workers.archive import archived_read
from workers.extraction import ExtractionError
from workers.fetching import FetchAttemptRecord, FetchErrorCode
from workers.verification import Judgement, Suggestion, judge_source, suggest_verdict

logger = logging.getLogger(__name__)


@dataclass
class FetchOutcome:
    """What stage 1 read: the snapshots to analyse and the sources that could not be read."""

    snapshots: list[int] = field(default_factory=list)
    retryable: list[str] = field(default_factory=list)
    permanent: list[str] = field(default_factory=list)
    # Sources the stage did not reach before the job's fetch deadline (recorded as `timeout`).
    unreached: list[str] = field(default_factory=list)
    # Sources an earlier attempt of the job had already preserved: not fetched again.
    resumed: int = 0
    deadline_hit: bool = False

    @property
    def summary(self) -> str:
        parts = [f"{len(self.snapshots)} source(s) fetched"]
        if self.resumed:
            parts.append(f"{self.resumed} kept from an earlier attempt")
        failures = self.retryable + self.permanent + self.unreached
        if failures:
            parts.append("failed: " + "; ".join(failures))
        return ", ".join(parts)

    def handoff(self) -> dict[str, list]:
        """What the job row keeps for stage 2."""
        failures = self.retryable + self.permanent + self.unreached
        return {"snapshots": self.snapshots, "failures": failures}


@dataclass
class RunOutcome:
    """What stage 2 achieved; the task decides from it whether the job succeeded."""

    judged_sources: int = 0
    evidence: int = 0
    failures: list[str] = field(default_factory=list)
    # Written by job_complete with the job's success, under the run's ownership of the job.
    suggestion: Suggestion | None = None

    @property
    def verdict(self) -> str | None:
        return self.suggestion.verdict if self.suggestion else None

    @property
    def summary(self) -> str:
        parts = [f"{self.judged_sources} source(s) read", f"{self.evidence} evidence passage(s)"]
        if self.verdict:
            parts.append(f"suggested: {self.verdict}")
        if self.failures:
            parts.append("failed: " + "; ".join(self.failures))
        return ", ".join(parts)


def _progress(job: VerificationJob, percent: int, message: str) -> None:
    """Report progress before each source; stop the run if the job is no longer its own."""
    if not job_progress(job=job, percent=percent, message=message):
        raise JobTakenOver(f"job {job.pk} is no longer run by task {job.celery_task_id}")


def _preserved(job: VerificationJob) -> dict[int, int]:
    """{source id: snapshot id} of the sources an earlier attempt of this job read and kept.

    A snapshot whose fetch failed carries a fetch error code; one that failed only later, at
    extraction, was still fetched and preserved, and is not fetched again either.
    """
    kept = (
        Snapshot.objects.filter(job=job)
        .exclude(error_code__in=[code.value for code in FetchErrorCode])
        .order_by("fetched_at", "id")
        .values_list("source_id", "id")
    )
    return dict(kept)  # the latest per source wins


def _record_unreached(job: VerificationJob, source: Source, seconds: int) -> str:
    """Record a source the stage had no time left for, as a fetch attempt that timed out."""
    message = f"not reached within the job's fetch deadline of {seconds} s"
    fetch_attempt_record(
        source=source,
        job=job,
        attempt=FetchAttemptRecord(
            url=source.url,
            final_url=None,
            outcome=FetchErrorCode.TIMEOUT.value,
            http_status=None,
            content_type=None,
            elapsed_ms=0,
            error=message,
            started_at=datetime.now(UTC),
        ),
    )
    return f"{source.url}: {FetchErrorCode.TIMEOUT.value} ({message})"


def fetch_sources(job: VerificationJob) -> FetchOutcome:
    """Stage 1: fetch and preserve every source the job's claim cites, in citation order.

    The stage enforces its own deadline (VERIFIER_JOB_FETCH_DEADLINE): Celery's time limits do
    not reach thread-pool workers. Each request gets at most the time left; the sources not
    reached by then are recorded as `timeout` and the job goes on with what it has. A retry of
    the job resumes after the sources its earlier attempts preserved.
    """
    seconds = int(settings.VERIFIER_JOB_FETCH_DEADLINE)
    deadline = time.monotonic() + seconds
    sources = list(job.claim.sources.order_by("id"))
    # A first attempt has nothing preserved yet: the statement is spent on retries only.
    preserved = _preserved(job) if job.attempts > 1 else {}
    outcome = FetchOutcome()
    for index, source in enumerate(sources, start=1):
        _progress(
            job,
            # Fetching is the first half of the job's progress bar, analysis the second.
            int(50 * (index - 1) / len(sources)),
            f"fetching source {index} of {len(sources)}: {source.url}",
        )
        if source.pk in preserved:
            outcome.snapshots.append(preserved[source.pk])
            outcome.resumed += 1
            continue
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            outcome.deadline_hit = True
            outcome.unreached.append(_record_unreached(job, source, seconds))
            continue
        per_request = min(remaining, float(settings.VERIFIER_FETCH_DEADLINE))
        read = source_fetch(source=source, job=job, deadline=per_request)
        if read.dead and time.monotonic() < deadline:
            # A dead link may live on in a web archive (when the Wayback provider is enabled).
            read = archived_read(source=source, job=job, failed=read) or read
        if read.ok:
            outcome.snapshots.append(read.snapshot.pk)
        else:
            (outcome.retryable if read.retryable else outcome.permanent).append(read.label)
    outcome.deadline_hit = outcome.deadline_hit or time.monotonic() >= deadline
    return outcome


def _passage(judgement: Judgement) -> dict:
    return {
        "excerpt": judgement.excerpt,
        "excerpt_start": judgement.start,
        "excerpt_end": judgement.end,
        "stance": judgement.stance,
        "confidence": judgement.confidence,
        "method": judgement.method,
        "reason": judgement.reason,
        "explanation": judgement.explanation,
        "claim_quantity": judgement.claim_quantity,
        "source_quantity": judgement.source_quantity,
    }


def analyse_fetched(job: VerificationJob) -> RunOutcome:
    """Stage 2: judge the claim against each snapshot stage 1 kept, attaching evidence.

    The suggested verdict is returned, not written: the task hands it to job_complete.
    """
    claim = job.claim
    snapshot_ids = job.fetched.get("snapshots", [])
    snapshots = Snapshot.objects.in_bulk(snapshot_ids)
    outcome = RunOutcome(failures=list(job.fetched.get("failures", [])))
    all_judgements: list[Judgement] = []
    for index, snapshot_id in enumerate(snapshot_ids, start=1):
        snapshot = snapshots.get(snapshot_id)
        if snapshot is None:  # deleted with its source since it was fetched
            continue
        _progress(
            job,
            50 + int(50 * (index - 1) / len(snapshot_ids)),
            f"analysing source {index} of {len(snapshot_ids)}: {snapshot.requested_url}",
        )
        try:
            document = snapshot_extract(snapshot)
        except ExtractionError as error:
            outcome.failures.append(f"{snapshot.requested_url}: {error.code} ({error.message})")
            continue
        judgements = judge_source(
            claim_text=claim.text,
            claim_language=claim.language or None,
            source_text=document.text,
            source_language=document.language,
        )
        outcome.judged_sources += 1
        # Each source's evidence is committed as soon as it is judged: a run cut short keeps
        # what it found, and a re-run refreshes those rows instead of adding to them.
        outcome.evidence += len(
            evidence_record_many(
                claim=claim, snapshot=snapshot, passages=[_passage(j) for j in judgements]
            )
        )
        all_judgements.extend(judgements)
    if outcome.judged_sources:
        outcome.suggestion = suggest_verdict(all_judgements)
    return outcome
