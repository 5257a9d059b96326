"""Domain errors the API and the admin translate into responses and messages."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _


class DomainError(Exception):
    """A request the domain refuses; `field` names the input at fault when there is one."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class StaleVersion(DomainError):
    """Somebody saved the claim since this version was read: refuse rather than overwrite."""

    def __init__(self, *, expected: int, current: int) -> None:
        super().__init__(
            _(
                "This claim was changed by someone else (you had version %(expected)s, it is now "
                "at version %(current)s). Reload it and apply your change again."
            )
            % {"expected": expected, "current": current},
            field="version",
        )
        self.expected = expected
        self.current = current


class DuplicateArticle(DomainError):
    def __init__(self, existing: Any) -> None:
        super().__init__(
            _("This article is already stored as article %(id)s (%(title)s).")
            % {"id": existing.pk, "title": existing.title},
            field="body",
        )
        self.existing = existing


class NothingToVerify(DomainError):
    pass


class NothingToDiscover(NothingToVerify):
    """No discovery provider is enabled: nobody to ask (a conflict, like NothingToVerify)."""


class NotAllowed(DomainError):
    """The person may not do this to this object (not theirs, or too late): a 403."""
