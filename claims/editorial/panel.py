"""What the claim panel shows: the claim, its history, evidence with figures, its latest job."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from claims import selectors
from claims.editorial.figures import emphasize_figures
from claims.editorial.forms import ClaimStatusForm
from claims.services.discovery import discovery_provider_names


def panel_context(
    request: HttpRequest, *, claim_id: int, form: ClaimStatusForm | None = None
) -> dict[str, Any]:
    claim = selectors.claim_list(include_discarded=True).get(pk=claim_id)
    evidence = [
        (item, emphasize_figures(item.excerpt, [item.source_quantity, item.claim_quantity]))
        for item in claim.evidence.all()
    ]
    user = request.user
    return {
        "claim": claim,
        "evidence": evidence,
        "history": list(selectors.claim_history(claim=claim)[:50]),
        "job": selectors.job_list()
        .filter(claim_id=claim.pk)
        .order_by("-created_at", "-id")
        .first(),
        "cited": list(claim.claim_sources.all()),
        "candidates": list(selectors.claim_candidates(claim=claim)[:20]),
        "can_search": bool(discovery_provider_names()),
        "can_set_status": user.has_perm("claims.set_claim_status"),
        "can_verify": user.has_perm("claims.verify_claim"),
        "can_cite": user.has_perm("claims.add_source"),
        "form": form or ClaimStatusForm(initial={"status": claim.status, "version": claim.version}),
    }
