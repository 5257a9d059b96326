"""One verification run: fetch each cited source, preserve it, extract its text, judge it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from claims.models import Claim, Snapshot, Source, VerificationJob
from claims.services.evidence import (
    Capture,
    evidence_record,
    fetch_attempt_record,
    snapshot_record,
)
from claims.services.jobs import job_progress
from claims.services.status import claim_suggestion_set
from workers.extraction import ExtractionError, extract_document
from workers.fetching import FetchError, FetchResult, build_warc, fetch
from workers.verification import Judgement, judge_source, suggest_verdict

logger = logging.getLogger(__name__)


@dataclass
class RunOutcome:
    """What a run achieved; the task decides from it whether to retry, succeed or fail."""

    judged_sources: int = 0
    evidence: int = 0
    retryable: list[str] = field(default_factory=list)
    permanent: list[str] = field(default_factory=list)
    verdict: str | None = None

    @property
    def summary(self) -> str:
        parts = [f"{self.judged_sources} source(s) read", f"{self.evidence} evidence passage(s)"]
        if self.verdict:
            parts.append(f"suggested: {self.verdict}")
        failures = self.retryable + self.permanent
        if failures:
            parts.append("failed: " + "; ".join(failures))
        return ", ".join(parts)


def _capture(result: FetchResult) -> Capture:
    return Capture(
        requested_url=result.requested_url,
        final_url=result.final_url,
        fetched_at=result.fetched_at,
        http_status=result.status,
        content_type=result.content_type,
        headers=list(result.headers),
        remote_address=result.remote_address,
        elapsed_ms=result.elapsed_ms,
        body=result.body,
        warc=build_warc(result),
    )


def _failed_capture(url: str, error: FetchError) -> Capture:
    attempt = error.attempt
    return Capture(
        requested_url=url,
        final_url=error.final_url or "",
        fetched_at=attempt.started_at if attempt else None,
        http_status=error.http_status,
        content_type=error.content_type or "",
        elapsed_ms=attempt.elapsed_ms if attempt else 0,
        error_code=str(error.code),
        error_message=error.message,
    )


def _read_source(
    claim: Claim, source: Source, job: VerificationJob, outcome: RunOutcome
) -> tuple[Snapshot, list[Judgement]] | None:
    """Fetch, preserve and judge one source; record the failure and return None when it fails."""
    try:
        result = fetch(source.url)
    except FetchError as error:
        if error.attempt:
            fetch_attempt_record(source=source, job=job, attempt=error.attempt)
        capture = _failed_capture(source.url, error)
        if capture.fetched_at is not None:
            snapshot_record(source=source, capture=capture, job=job)
        label = f"{source.url}: {error.code} ({error.message})"
        (outcome.retryable if error.retryable else outcome.permanent).append(label)
        return None
    fetch_attempt_record(source=source, job=job, attempt=result.attempt)
    capture = _capture(result)
    try:
        document = extract_document(
            result.body,
            content_type=result.content_type,
            charset=result.charset,
            url=result.final_url,
        )
    except ExtractionError as error:
        capture.error_code, capture.error_message = error.code, error.message
        snapshot_record(source=source, capture=capture, job=job)
        outcome.permanent.append(f"{source.url}: {error.code} ({error.message})")
        return None
    snapshot = snapshot_record(
        source=source,
        capture=capture,
        job=job,
        title=document.title or "",
        text=document.text,
        text_truncated=document.truncated,
        extractor=document.extractor,
    )
    judgements = judge_source(
        claim_text=claim.text,
        claim_language=claim.language or None,
        source_text=snapshot.text,
        source_language=document.language,
    )
    return snapshot, judgements


def run_verification(job: VerificationJob) -> RunOutcome:
    """Verify the job's claim against every source it cites, attaching evidence as it goes."""
    claim = job.claim
    sources = list(claim.sources.order_by("id"))
    outcome = RunOutcome()
    all_judgements: list[Judgement] = []
    for index, source in enumerate(sources, start=1):
        job_progress(
            job=job,
            percent=int(100 * (index - 1) / len(sources)),
            message=f"reading source {index} of {len(sources)}: {source.url}",
        )
        read = _read_source(claim, source, job, outcome)
        if read is None:
            continue
        snapshot, judgements = read
        outcome.judged_sources += 1
        for judgement in judgements:
            evidence_record(
                claim=claim,
                snapshot=snapshot,
                excerpt=judgement.excerpt,
                excerpt_start=judgement.start,
                excerpt_end=judgement.end,
                stance=judgement.stance,
                confidence=judgement.confidence,
                method=judgement.method,
                reason=judgement.reason,
                explanation=judgement.explanation,
                claim_quantity=judgement.claim_quantity,
                source_quantity=judgement.source_quantity,
            )
            outcome.evidence += 1
        all_judgements.extend(judgements)
    if outcome.judged_sources:
        suggestion = suggest_verdict(all_judgements)
        claim_suggestion_set(
            claim_id=claim.pk,
            verdict=suggestion.verdict,
            confidence=suggestion.confidence,
            explanation=suggestion.explanation,
        )
        outcome.verdict = suggestion.verdict
    return outcome
