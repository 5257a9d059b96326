"""Enumerations shared by the claim, evidence and job models."""

from django.db import models


class ClaimKind(models.TextChoices):
    QUANTITY = "quantity", "Quantity"
    # Who owns, funds, leads or partners with what; the finder says "role" (issue 19) and older
    # claims keep "attribution": both mean this.
    ATTRIBUTION = "attribution", "Attribution"
    ROLE = "role", "Role or ownership"
    EVENT = "event", "Event"
    PREDICTION = "prediction", "Prediction"
    # That a person said something: the claimant and the quoted statement.
    QUOTE = "quote", "Quoted statement"
    OTHER = "other", "Other"


class ClaimStatus(models.TextChoices):
    """The editorial verdict: only a person sets it."""

    UNVERIFIED = "unverified", "Unverified"
    IN_REVIEW = "in_review", "In review"
    SUPPORTED = "supported", "Supported"
    REFUTED = "refuted", "Refuted"
    CONFLICTING = "conflicting", "Conflicting"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence", "Not enough evidence"


class Verdict(models.TextChoices):
    """The machine's suggestion (AVeriTeC's labels): never an editorial status by itself."""

    SUPPORTED = "supported", "Supported"
    REFUTED = "refuted", "Refuted"
    CONFLICTING = "conflicting", "Conflicting"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence", "Not enough evidence"


class Origin(models.TextChoices):
    HUMAN = "human", "Entered by a person"
    MACHINE = "machine", "Proposed by the machine"


class SourceOrigin(models.TextChoices):
    """How a source came to be cited by a claim (the words are what the screens say)."""

    ARTICLE_LINK = "article_link", "Linked in the article"
    EDITOR = "editor", "Added by an editor"
    SEED = "seed", "Curated with the seed"
    DISCOVERY = "discovery", "Confirmed discovery candidate"


class SourceKind(models.TextChoices):
    PRESS_RELEASE = "press_release", "Press release"
    REPORT = "report", "Report"
    NEWS = "news", "News"
    STATISTICS = "statistics", "Statistics"
    OTHER = "other", "Other"


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    NEUTRAL = "neutral", "Neutral"


class JobStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"


ACTIVE_JOB_STATUSES = (JobStatus.PENDING, JobStatus.RUNNING)


class JobKind(models.TextChoices):
    """What a job does: verify a claim against its sources, or find an article's claims."""

    VERIFY = "verify", "Verify a claim"
    EXTRACT = "extract", "Find an article's claims"


class JobStage(models.TextChoices):
    """Which half of a job is under way: each runs on its own queue (see verifier/routing.py)."""

    FETCH = "fetch", "Fetching sources"
    ANALYSE = "analyse", "Analysing what was fetched"
