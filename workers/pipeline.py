"""One verification run: fetch each cited source, preserve it, extract its text, judge it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from claims.models import Claim, Snapshot, Source, VerificationJob
from claims.services.evidence import evidence_record
from claims.services.jobs import job_progress
from claims.services.status import claim_suggestion_set
from workers.capture import source_read
from workers.providers.archive import archived_read
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


def _read_source(
    claim: Claim, source: Source, job: VerificationJob, outcome: RunOutcome
) -> tuple[Snapshot, list[Judgement]] | None:
    """Fetch, preserve and judge one source; record the failure and return None when it fails."""
    read = source_read(source=source, job=job)
    if read.dead:
        # A dead link may live on in a web archive (when the Wayback provider is enabled).
        read = archived_read(source=source, job=job, failed=read) or read
    if not read.ok:
        (outcome.retryable if read.retryable else outcome.permanent).append(read.label)
        return None
    judgements = judge_source(
        claim_text=claim.text,
        claim_language=claim.language or None,
        source_text=read.snapshot.text,
        source_language=read.document.language,
    )
    return read.snapshot, judgements


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
