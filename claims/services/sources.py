"""Sources: deduplicated by normalized URL, attached to claims."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from claims.models import Claim, ClaimSource, Source, SourceKind, SourceOrigin
from workers.fetching import InvalidURL, normalize_url


def source_url_normalized(url: str) -> str:
    """The one spelling a source's URL is stored under: http(s) only (ValidationError else)."""
    try:
        return normalize_url(url)
    except InvalidURL as exc:
        raise ValidationError({"url": str(exc)}) from None


def source_get_or_create(
    *, url: str, name: str = "", publisher: str = "", kind: str = SourceKind.OTHER
) -> Source:
    """Return the source for `url`, creating it; a URL seen before (once normalized) is reused."""
    normalized = source_url_normalized(url)
    if kind not in SourceKind.values:
        raise ValidationError({"kind": _("Unknown source kind %(value)r.") % {"value": kind}})
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
    return _("A claim cites at most %(cap)d sources (VERIFIER_MAX_SOURCES_PER_CLAIM).") % {
        "cap": cap
    }


# What an edit may change: a source is its URL (sources are deduplicated by it), so a new
# URL is a new source, never an edit of this one.
SOURCE_EDITABLE_FIELDS = frozenset({"name", "publisher", "kind"})


def source_update(*, source_id: int, changes: dict[str, str]) -> Source:
    """Edit a source's name, publisher or kind."""
    unknown = set(changes) - SOURCE_EDITABLE_FIELDS
    if unknown:
        raise ValidationError({name: _("This field cannot be edited here.") for name in unknown})
    if changes.get("kind", SourceKind.OTHER) not in SourceKind.values:
        raise ValidationError(
            {"kind": _("Unknown source kind %(kind)r.") % {"kind": changes["kind"]}}
        )
    with transaction.atomic():
        source = Source.objects.select_for_update().get(pk=source_id)
        for name, value in changes.items():
            setattr(source, name, value)
        source.full_clean()
        source.save(update_fields=[*changes, "updated_at"])
    return source


def claim_sources_add(*, claim: Claim, sources: list[dict]) -> list[Source]:
    """Attach the cited documents (dicts with url and optional name/publisher/kind/origin).

    Refused whole, before any write, when the claim would cite more than the cap. A source the
    claim already cites keeps the origin it was first cited with.
    """
    cap = settings.VERIFIER_MAX_SOURCES_PER_CLAIM
    if len(sources) > cap:  # checked first: no URL of an oversized list is even parsed
        raise ValidationError({"sources": sources_cap_message(cap)})
    _check_cap(claim, [item.get("url", "") for item in sources], cap)
    attached = []
    for index, item in enumerate(sources):
        origin = item.get("origin") or SourceOrigin.EDITOR
        if origin not in SourceOrigin.values:
            raise ValidationError(
                {f"sources[{index}]": [_("Unknown source origin %(origin)r.") % {"origin": origin}]}
            )
        try:
            source = source_get_or_create(
                url=item.get("url", ""),
                name=item.get("name", ""),
                publisher=item.get("publisher", ""),
                kind=item.get("kind", SourceKind.OTHER),
            )
        except ValidationError as exc:
            raise ValidationError({f"sources[{index}]": exc.messages}) from None
        ClaimSource.objects.get_or_create(claim=claim, source=source, defaults={"origin": origin})
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


def claim_sources_set(
    *, claim_id: int, link: list[tuple[int | None, int]], unlink: list[int]
) -> None:
    """The admin's inline of cited sources, saved at once: `link` holds (existing link id or
    None, source id) pairs, a changed row replacing its link; `unlink` the link ids removed.
    Refused whole when the claim would then cite more than VERIFIER_MAX_SOURCES_PER_CLAIM."""
    cap = settings.VERIFIER_MAX_SOURCES_PER_CLAIM
    with transaction.atomic():
        replaced = [link_id for link_id, _ in link if link_id is not None]
        ClaimSource.objects.filter(claim_id=claim_id, pk__in=[*replaced, *unlink]).delete()
        for _, source_id in link:
            ClaimSource.objects.get_or_create(claim_id=claim_id, source_id=source_id)
        if ClaimSource.objects.filter(claim_id=claim_id).count() > cap:
            raise ValidationError({"sources": sources_cap_message(cap)})
