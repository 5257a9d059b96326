"""Evidence a reviewer brings, and leads an editor turns into cited sources.

Reviewers may add evidence, not sources: a passage from a URL the claim does not cite is kept
as a candidate (a ProviderResult from the "reviewer" provider) until an editor cites it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.models import Claim, Evidence, ProviderResult, Source, SourceOrigin
from claims.services.claims import claim_lock_version
from claims.services.evidence import evidence_add
from claims.services.sources import claim_sources_add
from workers.fetching import InvalidURL, normalize_url

REVIEWER_PROVIDER = "reviewer"


@dataclass
class Submitted:
    """What became of a submitted passage: evidence on a cited source, or a candidate."""

    evidence: Evidence | None = None
    candidate: ProviderResult | None = None


def evidence_submit(
    *,
    claim: Claim,
    url: str,
    excerpt: str,
    stance: str,
    user: AbstractBaseUser | None,
    name: str = "",
    note: str = "",
    may_cite: bool,
) -> Submitted:
    """Attach a passage to the claim; a URL it does not cite is cited only when `may_cite`.

    Otherwise the passage waits, with who brought it, as a candidate for an editor to cite.
    """
    try:
        normalized = normalize_url(url)
    except InvalidURL as exc:
        raise ValidationError({"source_url": str(exc)}) from None
    with transaction.atomic():
        source = claim.sources.filter(url=normalized).first()
        if source is None and not may_cite:
            return Submitted(
                candidate=_propose(claim, normalized, name, excerpt, stance, note, user)
            )
        if source is None:
            (source,) = claim_sources_add(claim=claim, sources=[{"url": normalized, "name": name}])
        evidence = evidence_add(
            claim=claim, source=source, excerpt=excerpt, stance=stance, note=note, user=user
        )
    return Submitted(evidence=evidence)


def _propose(
    claim: Claim,
    url: str,
    name: str,
    excerpt: str,
    stance: str,
    note: str,
    user: AbstractBaseUser | None,
) -> ProviderResult:
    if not excerpt.strip():
        raise ValidationError({"excerpt": _("Evidence needs the passage it rests on.")})
    candidate, _created = ProviderResult.objects.update_or_create(
        claim=claim,
        provider=REVIEWER_PROVIDER,
        url=url,
        defaults={
            "title": name[:1000],
            "snippet": excerpt,
            "raw": {
                "proposed_by": getattr(user, "username", ""),
                "proposed_by_id": getattr(user, "pk", None),
                "excerpt": excerpt,
                "stance": stance,
                "note": note,
            },
        },
    )
    return candidate


def candidate_cite(
    *, candidate_id: int, user: AbstractBaseUser | None, claim_id: int | None = None
) -> Submitted:
    """An editor cites a candidate's URL for its claim; a reviewer's passage becomes evidence.

    A discovery provider's find is cited with origin `discovery`, a reviewer's lead with origin
    `editor` (a person brought it). `claim_id`, when given, must be the candidate's claim.
    Citing twice changes nothing: the source is cited once, the passage attached once.
    """
    with transaction.atomic():
        # No such candidate: ProviderResult.DoesNotExist (a 404); another claim's: refused.
        candidate = ProviderResult.objects.select_for_update().get(pk=candidate_id)
        if claim_id not in (None, candidate.claim_id):
            raise ValidationError({"candidate": _("No such candidate for this claim.")})
        claim = claim_lock_version(claim_id=candidate.claim_id, expected_version=None)
        source = claim.sources.filter(url=candidate.url).first()
        if source is None:
            origin = (
                SourceOrigin.EDITOR
                if candidate.provider == REVIEWER_PROVIDER
                else SourceOrigin.DISCOVERY
            )
            item = {
                "url": candidate.url,
                "name": candidate.title[:500],
                "publisher": candidate.publisher[:200],
                "origin": origin,
            }
            try:
                (source,) = claim_sources_add(claim=claim, sources=[item])
            except ValidationError as exc:
                raise ValidationError({"candidate": exc.messages}) from None
        evidence = _reviewer_evidence(candidate, source)
        if "cited_by" not in candidate.raw:
            candidate.raw = {**candidate.raw, "cited_by": getattr(user, "username", ""),
                             "cited_at": timezone.now().isoformat()}  # fmt: skip
            candidate.save(update_fields=["raw", "updated_at"])
    return Submitted(evidence=evidence, candidate=candidate)


def _reviewer_evidence(candidate: ProviderResult, source: Source) -> Evidence | None:
    raw = candidate.raw
    if candidate.provider != REVIEWER_PROVIDER or not raw.get("excerpt"):
        return None
    existing = Evidence.objects.filter(
        claim=candidate.claim, source=source, excerpt=raw["excerpt"], method="manual"
    ).first()
    if existing:
        return existing
    proposer = get_user_model().objects.filter(pk=raw.get("proposed_by_id")).first()
    return evidence_add(
        claim=candidate.claim,
        source=source,
        excerpt=raw["excerpt"],
        stance=raw.get("stance", ""),
        note=raw.get("note", ""),
        user=proposer,
    )
