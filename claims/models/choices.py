"""Enumerations shared by the claim, evidence and job models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ClaimKind(models.TextChoices):
    QUANTITY = "quantity", _("Quantity")
    # Who owns, funds, leads or partners with what; the finder says "role" (issue 19) and older
    # claims keep "attribution": both mean this.
    ATTRIBUTION = "attribution", _("Attribution")
    ROLE = "role", _("Role or ownership")
    EVENT = "event", _("Event")
    PREDICTION = "prediction", _("Prediction")
    # That a person said something: the claimant and the quoted statement.
    QUOTE = "quote", _("Quoted statement")
    OTHER = "other", _("Other")


class ClaimStatus(models.TextChoices):
    """The editorial verdict: only a person sets it."""

    UNVERIFIED = "unverified", _("Unverified")
    IN_REVIEW = "in_review", _("In review")
    SUPPORTED = "supported", _("Supported")
    REFUTED = "refuted", _("Refuted")
    CONFLICTING = "conflicting", _("Conflicting")
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence", _("Not enough evidence")


class Verdict(models.TextChoices):
    """The machine's suggestion (AVeriTeC's labels): never an editorial status by itself."""

    SUPPORTED = "supported", _("Supported")
    REFUTED = "refuted", _("Refuted")
    CONFLICTING = "conflicting", _("Conflicting")
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence", _("Not enough evidence")


class Origin(models.TextChoices):
    HUMAN = "human", _("Entered by a person")
    MACHINE = "machine", _("Proposed by the machine")


class SourceOrigin(models.TextChoices):
    """How a source came to be cited by a claim (the words are what the screens say)."""

    ARTICLE_LINK = "article_link", _("Linked in the article")
    EDITOR = "editor", _("Added by an editor")
    SEED = "seed", _("Curated with the seed")
    DISCOVERY = "discovery", _("Confirmed discovery candidate")


class SourceKind(models.TextChoices):
    PRESS_RELEASE = "press_release", _("Press release")
    REPORT = "report", _("Report")
    NEWS = "news", _("News")
    STATISTICS = "statistics", _("Statistics")
    OTHER = "other", _("Other")


class Stance(models.TextChoices):
    SUPPORTS = "supports", _("Supports")
    REFUTES = "refutes", _("Refutes")
    NEUTRAL = "neutral", _("Neutral")


class JobStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    RUNNING = "running", _("Running")
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed")


ACTIVE_JOB_STATUSES = (JobStatus.PENDING, JobStatus.RUNNING)


class JobKind(models.TextChoices):
    """What a job does: verify a claim against its sources, or find an article's claims."""

    VERIFY = "verify", _("Verify a claim")
    EXTRACT = "extract", _("Find an article's claims")


class JobStage(models.TextChoices):
    """Which half of a job is under way: each runs on its own queue (see verifier/routing.py)."""

    FETCH = "fetch", _("Fetching sources")
    ANALYSE = "analyse", _("Analysing what was fetched")
