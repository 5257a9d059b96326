"""Machine changes in the claim's history, so no person is credited with them.

The machine writes its columns with a queryset update (a reviewer's concurrent save must not
be overwritten by a stale row), which django-simple-history does not see: the next person to
save then appeared to have made the machine's change too. Recording the row right after the
update gives each change its own author.
"""

from __future__ import annotations

from claims.models import Claim


def claim_machine_change_record(*, claim: Claim | int, reason: str) -> None:
    """Add the claim's current row to its history as changed by the machine (no user).

    Call inside the transaction of the update it records, with the claim as it now is (or its
    id, and it is read again).
    """
    if not isinstance(claim, Claim):
        claim = Claim.objects.get(pk=claim)
    claim._history_user = None  # not the request's user, even if one is around
    Claim.history.bulk_history_create([claim], update=True, default_change_reason=reason[:100])


def machine_reason(what: str, job_id: int | None) -> str:
    return f"machine: {what}" + (f" (job {job_id})" if job_id else "")
