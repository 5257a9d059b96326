"""Who may do what: every API view names the model permissions each method needs."""

from __future__ import annotations

from rest_framework.permissions import SAFE_METHODS, BasePermission

READ = ("claims.view_claim",)


class NewsroomPermission(BasePermission):
    """Authenticated users holding the view's `required_perms[method]` (reads need view_claim).

    Permissions come from the groups editors, reviewers and read-only (claims/roles.py), so the
    API and the admin answer to the same rules.
    """

    def has_permission(self, request, view) -> bool:
        user = request.user
        if not (user and user.is_authenticated):
            return False
        required = getattr(view, "required_perms", {})
        perms = required.get(request.method)
        if perms is None:
            perms = READ if request.method in SAFE_METHODS else ("claims.change_claim",)
        return user.has_perms(perms)
