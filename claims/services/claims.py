"""Claims: creation with validated quotes, and version-checked edits."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from claims.models import Article, Claim, ClaimKind, Origin
from claims.models.claim import CLAIM_EDITABLE_FIELDS
from claims.services.citations import citation_plan
from claims.services.errors import StaleVersion
from claims.services.sources import claim_sources_add

EDITABLE_FIELDS = frozenset(CLAIM_EDITABLE_FIELDS)


def _locate_quote(
    article: Article | None, quote: str, start: int | None, end: int | None
) -> tuple[int | None, int | None]:
    """Check (or find, when no offsets are given) where the quote stands in the article body."""
    if article is None:
        if start is not None or end is not None:
            raise ValidationError({"quote_start": _("Offsets need an article to point into.")})
        return None, None
    if not quote:
        if start is not None or end is not None:
            raise ValidationError({"quote": _("Offsets were given without the quote they mark.")})
        return None, None
    if start is None and end is None:
        first = article.body.find(quote)
        if first < 0:
            raise ValidationError({"quote": _("The quote does not occur in the article body.")})
        if article.body.find(quote, first + 1) >= 0:
            raise ValidationError(
                {
                    "quote_start": _(
                        "The quote occurs more than once; give quote_start and quote_end."
                    )
                }
            )
        return first, first + len(quote)
    if start is None or end is None:
        raise ValidationError({"quote_end": _("Give both quote_start and quote_end, or neither.")})
    if not 0 <= start <= end <= len(article.body):
        raise ValidationError(
            {"quote_start": _("Offsets must lie within 0..%(end)d.") % {"end": len(article.body)}}
        )
    if article.body[start:end] != quote:
        found = article.body[start:end]
        raise ValidationError(
            {
                "quote": _("body[%(start)d:%(end)d] is %(found)r, not the quote given.")
                % {"start": start, "end": end, "found": found[:80]}
            }
        )
    return start, end


def claim_create(
    *,
    text: str,
    article: Article | None = None,
    quote: str = "",
    quote_start: int | None = None,
    quote_end: int | None = None,
    language: str = "",
    kind: str = ClaimKind.OTHER,
    claimant: str = "",
    source_hint: str = "",
    sources: list[dict] | None = None,
    origin: str = Origin.HUMAN,
    checkworthiness: float | None = None,
    created_by: AbstractBaseUser | None = None,
) -> Claim:
    """File a claim, checking its quote against the article, and attach its cited sources.

    A quote inside an article also cites the article's links around it, takes its claimant
    from an attribution when none is given, and keeps a source hint when the article names an
    organisation but links to nothing (see services.citations).
    """
    if not text.strip():
        raise ValidationError({"text": _("A claim needs its statement.")})
    quote_start, quote_end = _locate_quote(article, quote, quote_start, quote_end)
    sources = list(sources or [])
    if article is not None and quote_start is not None:
        plan = citation_plan(article=article, start=quote_start, end=quote_end, claimant=claimant)
        claimant = plan.claimant[:300]
        sources += plan.sources()
        if not sources:
            source_hint = source_hint or plan.source_hint
    claim = Claim(
        article=article,
        text=text.strip(),
        quote=quote,
        quote_start=quote_start,
        quote_end=quote_end,
        language=language or (article.language if article else ""),
        kind=kind,
        claimant=claimant,
        source_hint=source_hint[:300],
        origin=origin,
        checkworthiness=checkworthiness,
        created_by=created_by,
    )
    claim.full_clean(exclude=["article", "assigned_to", "created_by"])
    try:
        with transaction.atomic():
            claim.save()
            claim_sources_add(claim=claim, sources=sources)
    except IntegrityError:
        raise ValidationError(
            {"quote_start": _("This article already has a claim on exactly this quote.")}
        ) from None
    return claim


def claim_lock_version(*, claim_id: int, expected_version: int | None) -> Claim:
    """Bump the claim's version if it still is `expected_version`; call inside a transaction.

    The conditional UPDATE is what makes concurrent edits safe: of two writers holding the same
    version, exactly one matches the row; the other gets StaleVersion instead of a lost update.
    """
    rows = Claim.objects.filter(pk=claim_id)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    if rows.update(version=F("version") + 1) == 0:
        current = Claim.objects.filter(pk=claim_id).values_list("version", flat=True).first()
        if current is None:
            raise Claim.DoesNotExist(_("Claim %(id)s does not exist.") % {"id": claim_id})
        raise StaleVersion(expected=expected_version or 0, current=current)
    return Claim.objects.select_related("article").get(pk=claim_id)


def claim_update(
    *,
    claim_id: int,
    expected_version: int | None,
    changes: dict[str, Any],
    user: AbstractBaseUser | None,
) -> Claim:
    """Edit a claim's wording, quote or assignment; refused if the claim changed meanwhile."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError({name: _("This field cannot be edited here.") for name in unknown})
    with transaction.atomic():
        claim = claim_lock_version(claim_id=claim_id, expected_version=expected_version)
        for name, value in changes.items():
            setattr(claim, name, value)
        if {"quote", "quote_start", "quote_end"} & set(changes):
            claim.quote_start, claim.quote_end = _locate_quote(
                claim.article,
                claim.quote,
                changes.get("quote_start", claim.quote_start if "quote" not in changes else None),
                changes.get("quote_end", claim.quote_end if "quote" not in changes else None),
            )
        claim.full_clean(exclude=["article", "assigned_to", "created_by"])
        claim._change_reason = "edit"
        claim._history_user = user  # simple-history reads this, not history_user
        claim.save()
    return claim


def claim_assign(
    *, claim_id: int, assignee: AbstractBaseUser | None, user: AbstractBaseUser | None
) -> Claim:
    """Put the claim in `assignee`'s queue (None: nobody's); whatever version it is at."""
    return claim_update(
        claim_id=claim_id, expected_version=None, changes={"assigned_to": assignee}, user=user
    )


def claim_discard(
    *,
    claim_id: int,
    user: AbstractBaseUser | None,
    discarded: bool = True,
    expected_version: int | None = None,
) -> Claim:
    """Hide a machine-proposed claim without deleting it, so a re-import does not bring it back."""
    with transaction.atomic():
        claim = claim_lock_version(claim_id=claim_id, expected_version=expected_version)
        claim.discarded = discarded
        claim._history_user = user  # simple-history reads this, not history_user
        claim.save()
    return claim
