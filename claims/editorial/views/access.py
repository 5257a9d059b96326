"""Who may open the editorial screens: logged-in users holding a model permission."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.decorators import login_required, permission_required


def staff_view(perm: str) -> Callable:
    """Anonymous visitors go to the login page; a logged-in user without `perm` gets 403.

    permission_required alone would send a logged-in user lacking the permission back to the
    login page, which then sends them here again: a loop instead of a clear refusal.
    """

    def decorate(view: Callable) -> Callable:
        return login_required(permission_required(perm, raise_exception=True)(view))

    return decorate
