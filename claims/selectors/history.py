"""A claim's timeline: status changes, field edits and evidence events, newest first."""

from __future__ import annotations

from claims.models import Claim, Evidence
from claims.selectors.claims import claim_history

# Fields whose changes StatusChange already records, or that change on every save.
_NOT_EDITS = {"status", "suggested_verdict", "confidence", "version", "history_change_reason"}


def _entry(kind, field, before, after, user, note, when) -> dict:
    return {
        "kind": kind,
        "field": field,
        "from_value": "" if before is None else str(before),
        "to_value": "" if after is None else str(after),
        "changed_by": user.get_username() if user else None,
        "note": note or "",
        "created_at": when,
    }


def claim_timeline(*, claim: Claim) -> list[dict]:
    """Status changes, field edits (django-simple-history) and evidence events, newest first."""
    entries = [
        _entry("status", c.field, c.from_value, c.to_value, c.changed_by, c.note, c.created_at)
        | {"id": c.pk}
        for c in claim_history(claim=claim)
    ]
    records = list(claim.history.select_related("history_user").order_by("history_date"))
    for previous, record in zip([None, *records], records, strict=False):
        if previous is None:
            entries.append(
                _entry(
                    "edit",
                    "created",
                    None,
                    record.text,
                    record.history_user,
                    record.history_change_reason,
                    record.history_date,
                )
            )
            continue
        for change in record.diff_against(previous).changes:
            if change.field not in _NOT_EDITS:
                entries.append(
                    _entry(
                        "edit",
                        change.field,
                        change.old,
                        change.new,
                        record.history_user,
                        record.history_change_reason,
                        record.history_date,
                    )
                )
    seen: dict[int, str] = {}  # each evidence's last known "stance: url"
    evidence = Evidence.history.filter(claim_id=claim.pk).select_related("history_user")
    for record in evidence.order_by("history_date", "history_id"):
        label = f"{record.stance}: {record.url}"
        before = seen.get(record.id)
        after = None if record.history_type == "-" else label
        seen[record.id] = label
        if record.history_type == "~" and before == after:
            continue  # a refresh of the same passage by a re-run: nothing an auditor needs
        entries.append(
            _entry(
                "evidence",
                "evidence",
                before,
                after,
                record.history_user,
                record.history_change_reason,
                record.history_date,
            )
        )
    entries.sort(key=lambda e: e["created_at"], reverse=True)
    return entries
