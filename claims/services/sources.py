"""Sources: deduplicated by normalized URL, attached to claims."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Claim, ClaimSource, Source, SourceKind
from workers.fetching import InvalidURL, normalize_url


def source_get_or_create(
    *, url: str, name: str = "", publisher: str = "", kind: str = SourceKind.OTHER
) -> Source:
    """Return the source for `url`, creating it; a URL seen before (once normalized) is reused."""
    try:
        normalized = normalize_url(url)
    except InvalidURL as exc:
        raise ValidationError({"url": str(exc)}) from None
    if kind not in SourceKind.values:
        raise ValidationError({"kind": f"Unknown source kind {kind!r}."})
    defaults = {"name": name, "publisher": publisher, "kind": kind}
    try:
        with transaction.atomic():
            source, created = Source.objects.get_or_create(url=normalized, defaults=defaults)
    except IntegrityError:  # a concurrent request created it between our read and write
        source, created = Source.objects.get(url=normalized), False
    if not created:
        # Fill in what an earlier citation left blank, never overwrite what someone typed.
        changed = [f for f, v in defaults.items() if v and not getattr(source, f)]
        for field in changed:
            setattr(source, field, defaults[field])
        if changed:
            source.save(update_fields=[*changed, "updated_at"])
    return source


def sources_cap_message(cap: int) -> str:
    return f"A claim cites at most {cap} sources (VERIFIER_MAX_SOURCES_PER_CLAIM)."


def claim_sources_add(*, claim: Claim, sources: list[dict]) -> list[Source]:
    """Attach the cited documents (dicts with url and optional name/publisher/kind) to a claim.

    Refused whole, before any write, when the claim would cite more than the cap.
    """
    cap = settings.VERIFIER_MAX_SOURCES_PER_CLAIM
    if len(sources) > cap:  # checked first: no URL of an oversized list is even parsed
        raise ValidationError({"sources": sources_cap_message(cap)})
    _check_cap(claim, [item.get("url", "") for item in sources], cap)
    attached = []
    for index, item in enumerate(sources):
        try:
            source = source_get_or_create(
                url=item.get("url", ""),
                name=item.get("name", ""),
                publisher=item.get("publisher", ""),
                kind=item.get("kind", SourceKind.OTHER),
            )
        except ValidationError as exc:
            raise ValidationError({f"sources[{index}]": exc.messages}) from None
        ClaimSource.objects.get_or_create(claim=claim, source=source)
        attached.append(source)
    return attached


def _check_cap(claim: Claim, urls: list[str], cap: int) -> None:
    cited = set(claim.claim_sources.values_list("source__url", flat=True)) if claim.pk else set()
    new = set()
    for url in urls:
        try:
            new.add(normalize_url(url))
        except InvalidURL:
            continue  # refused with its own message by source_get_or_create
    if len(cited | new) > cap:
        raise ValidationError({"sources": sources_cap_message(cap)})
