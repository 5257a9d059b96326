"""What the claim panel shows: the claim, its history, evidence by snapshot, its latest job."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import selectors
from claims.editorial.figures import emphasize_figures
from claims.editorial.forms import ClaimStatusForm
from claims.editorial.words import outcome_words, progress_words, reason_words
from claims.models import ClaimStatus, StatusChange, Verdict
from claims.services.comments import EDIT_WINDOW
from claims.services.discovery import discovery_provider_names

_LABELS = {**dict(Verdict.choices), **dict(ClaimStatus.choices)}


def _figure(quantity: dict | None) -> str:
    return (quantity or {}).get("text") or ""


def _passage(item) -> dict[str, Any]:
    return {
        "item": item,
        "excerpt": emphasize_figures(item.excerpt, [item.source_quantity, item.claim_quantity]),
        "reason": reason_words(item.reason),
        "claim_figure": _figure(item.claim_quantity),
        "source_figure": _figure(item.source_quantity),
    }


def evidence_groups(evidence) -> list[dict[str, Any]]:
    """Evidence grouped by snapshot (hash, time and WARC once); neutral passages set apart.

    Passages added by hand have no snapshot: they form their own group per source.
    """
    groups: dict[tuple, dict[str, Any]] = {}
    for item in evidence:
        key = ("snapshot", item.snapshot_id) if item.snapshot_id else ("source", item.source_id)
        group = groups.setdefault(
            key,
            {"snapshot": item.snapshot, "source": item.source, "url": item.url, "bearing": [],
             "neutral": []},
        )  # fmt: skip
        bucket = "neutral" if item.stance == "neutral" else "bearing"
        group[bucket].append(_passage(item))
    return list(groups.values())


def _history_line(change: StatusChange) -> dict[str, Any]:
    """One change in words: who set what to what (labels, not stored codes)."""
    before = _LABELS.get(change.from_value, change.from_value)
    after = _LABELS.get(change.to_value, change.to_value)
    who = change.changed_by.get_username() if change.changed_by_id else None
    if change.field == StatusChange.Field.SUGGESTION:
        if not change.from_value:
            text = _("The machine suggested %(after)s.") % {"after": after}
        elif not change.to_value:
            text = _("The machine withdrew its suggestion (%(before)s).") % {"before": before}
        else:
            text = _("The machine's suggestion went from %(before)s to %(after)s.") % {
                "before": before,
                "after": after,
            }
    elif who:
        text = _("%(who)s set the status from %(before)s to %(after)s.") % {
            "who": who,
            "before": before or _("none"),
            "after": after,
        }
    else:
        text = _("The status went from %(before)s to %(after)s.") % {
            "before": before or _("none"),
            "after": after,
        }
    return {"change": change, "text": text}


def panel_context(
    request: HttpRequest, *, claim_id: int, form: ClaimStatusForm | None = None
) -> dict[str, Any]:
    claim = selectors.claim_list(include_discarded=True).get(pk=claim_id)
    evidence = list(claim.evidence.all())
    user = request.user
    now = timezone.now()
    job = selectors.job_list().filter(claim_id=claim.pk).order_by("-created_at", "-id").first()
    return {
        "claim": claim,
        "evidence_count": sum(1 for item in evidence if item.stance != "neutral"),
        "evidence_groups": evidence_groups(evidence),
        "history": [_history_line(c) for c in selectors.claim_history(claim=claim)[:50]],
        "job": job,
        "job_progress": progress_words(job.progress_message) if job else "",
        "job_error": outcome_words(job.error_code) if job else None,
        "cited": list(claim.claim_sources.all()),
        "candidates": list(selectors.claim_candidates(claim=claim)[:20]),
        "can_search": bool(discovery_provider_names()),
        "can_set_status": user.has_perm("claims.set_claim_status"),
        "can_verify": user.has_perm("claims.verify_claim"),
        "can_cite": user.has_perm("claims.add_source"),
        "can_comment": user.has_perm("claims.add_comment"),
        "comments": [
            {"comment": c, "editable": c.author_id == user.pk and now - c.created_at < EDIT_WINDOW}
            for c in selectors.claim_comments(claim=claim)
        ],
        "reviewers": list(selectors.reviewer_list())
        if user.has_perm("claims.set_claim_status")
        else [],
        "form": form or ClaimStatusForm(initial={"status": claim.status, "version": claim.version}),
    }
