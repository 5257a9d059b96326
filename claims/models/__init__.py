"""The claims domain: articles, claims, sources, snapshots, evidence and verification jobs."""

from claims.models.article import Article, ArticleLink
from claims.models.choices import (
    ACTIVE_JOB_STATUSES,
    ClaimKind,
    ClaimStatus,
    JobKind,
    JobStage,
    JobStatus,
    Origin,
    SourceKind,
    SourceOrigin,
    Stance,
    Verdict,
)
from claims.models.claim import Claim, ClaimSource, StatusChange
from claims.models.comment import Comment
from claims.models.evidence import Evidence
from claims.models.job import FetchAttempt, JobAttempt, VerificationJob
from claims.models.links import ClaimAppearance, ClaimLink
from claims.models.profile import Profile
from claims.models.provider import ProviderResult, ProviderRun
from claims.models.source import Snapshot, Source
from claims.models.worker import PeriodicRun, WorkerBeat

__all__ = [
    "ACTIVE_JOB_STATUSES",
    "Article",
    "ArticleLink",
    "Claim",
    "ClaimAppearance",
    "ClaimKind",
    "ClaimLink",
    "ClaimSource",
    "ClaimStatus",
    "Comment",
    "Evidence",
    "FetchAttempt",
    "JobAttempt",
    "JobKind",
    "JobStage",
    "JobStatus",
    "Origin",
    "PeriodicRun",
    "Profile",
    "ProviderResult",
    "ProviderRun",
    "Snapshot",
    "Source",
    "SourceKind",
    "SourceOrigin",
    "Stance",
    "StatusChange",
    "Verdict",
    "VerificationJob",
    "WorkerBeat",
]
