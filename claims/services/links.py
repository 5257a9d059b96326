"""Near-duplicate claims across articles: found by the machine, decided by a person."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Q
from rapidfuzz import fuzz, process

from claims.models import Claim, ClaimLink, ClaimStatus
from claims.services.status import claim_status_set
from workers.claimfinder import AUTO_LINK, SUGGEST_LINK, claim_similarity

# How many recent claims of other articles a new claim is compared with for near-duplicates.
LINK_WINDOW = 5000


def claim_links_find(*, claim: Claim) -> list[ClaimLink]:
    """Link the claim to near-duplicates in other articles (suggested, or automatic when close)."""
    others = dict(
        Claim.objects.filter(discarded=False)
        .exclude(pk=claim.pk)
        .exclude(Q(article=claim.article) & Q(article__isnull=False))
        .order_by("-id")
        .values_list("pk", "text")[:LINK_WINDOW]
    )
    # Wording first (fast, in C), then the figure-aware score only for the few close ones.
    close = process.extract(
        claim.text,
        others,
        scorer=fuzz.token_set_ratio,
        processor=str.lower,
        score_cutoff=SUGGEST_LINK * 100,
        limit=20,
    )
    links = []
    for text, _, pk in close:
        score = claim_similarity(claim.text, text)
        if score < SUGGEST_LINK:
            continue
        low, high = sorted((claim.pk, pk))
        state = ClaimLink.State.AUTO if score >= AUTO_LINK else ClaimLink.State.SUGGESTED
        try:
            with transaction.atomic():
                link, _ = ClaimLink.objects.get_or_create(
                    claim_id=low,
                    twin_id=high,
                    defaults={"similarity": round(score, 4), "state": state},
                )
        except IntegrityError:
            continue
        links.append(link)
    return links


def claim_link_decide(
    *, link_id: int, confirm: bool, user: AbstractBaseUser | None, reuse_verdict: bool = False
) -> ClaimLink:
    """A person confirms or rejects a link; a confirmed twin's verdict can be reused."""
    with transaction.atomic():
        link = ClaimLink.objects.select_for_update().select_related("claim", "twin").get(pk=link_id)
        link.state = ClaimLink.State.CONFIRMED if confirm else ClaimLink.State.REJECTED
        link.decided_by = user
        link.save(update_fields=["state", "decided_by", "updated_at"])
        if confirm and reuse_verdict:
            decided, open_ = sorted(
                (link.claim, link.twin), key=lambda c: c.status == ClaimStatus.UNVERIFIED
            )
            if decided.status != ClaimStatus.UNVERIFIED and open_.status == ClaimStatus.UNVERIFIED:
                claim_status_set(
                    claim_id=open_.pk,
                    status=decided.status,
                    user=user,
                    expected_version=open_.version,
                    note=f"Verdict reused from confirmed twin claim {decided.pk}.",
                )
    return link
