"""Writes of the discussion on a claim: add a comment, let its author correct it for a while."""

from __future__ import annotations

import re
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.models import Claim, Comment
from claims.services.errors import NotAllowed

EDIT_WINDOW = timedelta(minutes=15)
MAX_LENGTH = 5000
# Django's username characters (letters, digits and @.+-_), after an @ that does not follow a
# word character (so an e-mail address is not a mention).
MENTION = re.compile(r"(?<![\w@])@([\w.+-]+[\w+-]|[\w+-])")


def mentioned_usernames(text: str) -> list[str]:
    return list(dict.fromkeys(MENTION.findall(text)))


def _clean(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("A comment needs some text.")})
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            {"text": _("A comment has at most %(n)d characters.") % {"n": MAX_LENGTH}}
        )
    return text


def _mention(comment: Comment) -> None:
    names = mentioned_usernames(comment.text)
    users = get_user_model().objects.filter(is_active=True, username__in=names) if names else []
    comment.mentions.set(users)


@transaction.atomic
def comment_add(*, claim_id: int, author, text: str) -> Comment:
    """Add a comment; each @username of an active user puts the claim in that person's queue."""
    text = _clean(text)
    claim = Claim.objects.get(pk=claim_id)
    comment = Comment.objects.create(claim=claim, author=author, text=text)
    _mention(comment)
    return comment


@transaction.atomic
def comment_edit(*, comment_id: int, user, text: str) -> Comment:
    """Its author may correct a comment for EDIT_WINDOW after writing it; nobody else may."""
    comment = Comment.objects.select_for_update().get(pk=comment_id)
    if comment.author_id != user.pk:
        raise NotAllowed(_("Only its author may edit a comment."), field="text")
    if timezone.now() - comment.created_at > EDIT_WINDOW:
        raise NotAllowed(
            _("A comment can be edited for %(n)d minutes after it is written.")
            % {"n": int(EDIT_WINDOW.total_seconds() // 60)},
            field="text",
        )
    comment.text = _clean(text)
    comment.edited_at = timezone.now()
    comment.save(update_fields=["text", "edited_at"])
    _mention(comment)
    return comment
