"""The newsroom's groups and what each may do; the API and the admin read the same permissions."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

EDITORS, REVIEWERS, READ_ONLY = "editors", "reviewers", "read-only"

_VIEW = [
    "view_article",
    "view_claim",
    "view_source",
    "view_snapshot",
    "view_evidence",
    "view_verificationjob",
    "view_statuschange",
    "view_jobattempt",
    "view_fetchattempt",
    "view_providerresult",
    "view_providerrun",
    "view_comment",
]
ROLE_PERMISSIONS: dict[str, list[str]] = {
    READ_ONLY: _VIEW,
    REVIEWERS: [*_VIEW, "set_claim_status", "verify_claim", "add_evidence", "add_comment"],
    EDITORS: [
        *_VIEW,
        "set_claim_status",
        "verify_claim",
        "add_article",
        "change_article",
        "delete_article",
        "add_claim",
        "change_claim",
        "delete_claim",
        "add_source",
        "change_source",
        "add_evidence",
        "change_evidence",
        "delete_evidence",
        "change_verificationjob",
        "add_comment",
    ],
}


def roles_ensure(**_kwargs) -> None:
    """Create or update the three groups with exactly their permissions (idempotent)."""
    for name, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
        group.permissions.set(perms)
