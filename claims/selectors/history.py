"""A claim's one audit trail: status and suggestion changes, field edits, sources cited or
dropped and evidence events, newest first."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model

from claims.models import Claim, ClaimSource, Evidence, Source
from claims.selectors.claims import claim_history

# Fields whose changes StatusChange records (with the job behind a suggestion), or that change on
# every save.
_NOT_EDITS = {
    "status",
    "suggested_verdict",
    "confidence",
    "suggestion_explanation",
    "version",
    "history_change_reason",
}
_JOB_IN_REASON = re.compile(r"\(job (\d+)\)")


def _entry(kind, field, before, after, user, note, when, *, job=None) -> dict:
    machine_note = (note or "").startswith("machine:")
    return {
        "kind": kind,
        "field": field,
        "from_value": "" if before is None else str(before),
        "to_value": "" if after is None else str(after),
        "changed_by": user.get_username() if user else None,
        # No user is the machine: a verification job, the link-rot monitor, the claim finder.
        "actor": "person" if user and not machine_note else "machine",
        "job": job if job is not None else _job_in(note),
        "note": note or "",
        "created_at": when,
    }


def _job_in(note: str | None) -> int | None:
    found = _JOB_IN_REASON.search(note or "")
    return int(found[1]) if found else None


def claim_timeline(*, claim: Claim) -> list[dict]:
    """The claim's one audit trail, newest first: status and suggestion changes, every field
    edit (django-simple-history), every source cited or dropped, every evidence event, and the
    discussion's comments."""
    entries = [
        _entry(
            "status", c.field, c.from_value, c.to_value, c.changed_by, c.note, c.created_at,
            job=c.job_id,
        )
        | {"id": c.pk}
        for c in claim_history(claim=claim)
    ]  # fmt: skip
    entries += _field_edits(claim)
    entries += _source_changes(claim)
    entries += _evidence_changes(claim)
    entries += [
        _entry("comment", "comment", None, c.text, c.author, "", c.created_at)
        for c in claim.comments.select_related("author")
    ]
    entries.sort(key=lambda e: e["created_at"], reverse=True)
    return entries


def _field_edits(claim: Claim) -> list[dict]:
    entries = []
    records = list(claim.history.select_related("history_user").order_by("history_date"))
    users = _usernames(records)
    for previous, record in zip([None, *records], records, strict=False):
        who, why, when = record.history_user, record.history_change_reason, record.history_date
        if previous is None:
            entries.append(_entry("edit", "created", None, record.text, who, why, when))
            continue
        for change in record.diff_against(previous).changes:
            if change.field in _NOT_EDITS:
                continue
            old, new = change.old, change.new
            if change.field == "assigned_to":
                old, new = users.get(old, old), users.get(new, new)
            entries.append(_entry("edit", change.field, old, new, who, why, when))
    return entries


def _usernames(records) -> dict[int, str]:
    ids = {r.assigned_to_id for r in records if r.assigned_to_id}
    return dict(get_user_model().objects.filter(pk__in=ids).values_list("pk", "username"))


def _source_changes(claim: Claim) -> list[dict]:
    records = list(
        ClaimSource.history.filter(claim_id=claim.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    urls = Source.objects.in_bulk({r.source_id for r in records})
    entries = []
    for record in records:
        if record.history_type == "~":
            continue
        source = urls.get(record.source_id)
        url = source.url if source else f"source {record.source_id}"
        before, after = ("", url) if record.history_type == "+" else (url, "")
        entries.append(
            _entry(
                "source", "source", before, after, record.history_user,
                record.history_change_reason, record.history_date,
            )
        )  # fmt: skip
    return entries


def _evidence_changes(claim: Claim) -> list[dict]:
    entries = []
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
    return entries
