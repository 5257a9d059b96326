"""Articles: stored once per distinct body text; the body is fixed once claims point into it."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from claims.models import Article, Claim, ClaimAppearance, Snapshot
from claims.services.citations import article_links_store
from claims.services.errors import DuplicateArticle
from workers.extraction import Link


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def article_size_check(body: str) -> None:
    """The one size cap on an article's text, whatever brings it (API, admin, import, edit)."""
    cap = settings.VERIFIER_ARTICLE_MAX_CHARS
    if len(body) > cap:
        raise ValidationError(
            {
                "body": _("An article is at most %(cap)d characters; this one has %(size)d.")
                % {"cap": cap, "size": len(body)}
            }
        )


def article_title(title: str, body: str) -> str:
    """The title given, or else the body's first line (an article is listed by its title)."""
    return title.strip() or body.strip().splitlines()[0][:200]


def article_create(
    *,
    title: str,
    body: str,
    url: str = "",
    language: str = "",
    publisher: str = "",
    author: str = "",
    published_at: datetime | None = None,
    created_by: AbstractBaseUser | None = None,
    links: list[Link] | None = None,
    snapshot: Snapshot | None = None,
) -> Article:
    """Store an article; the same body submitted twice raises DuplicateArticle naming the first.

    `links` are the main text's links (spans into `body`); `snapshot` the preserved page.
    """
    if not body.strip():
        raise ValidationError({"body": _("The article body is empty.")})
    article_size_check(body)
    digest = body_hash(body)
    existing = Article.objects.filter(body_sha256=digest).first()
    if existing:
        raise DuplicateArticle(existing)
    article = Article(
        title=article_title(title, body),
        body=body,
        body_sha256=digest,
        url=url,
        language=language,
        publisher=publisher,
        author=author,
        published_at=published_at,
        created_by=created_by,
        snapshot=snapshot,
    )
    article.full_clean(exclude=["body_sha256", "snapshot"])
    try:
        with transaction.atomic():
            article.save()
            article_links_store(article=article, links=links or [])
    except IntegrityError:  # the same body arrived twice at once: the other request won
        raise DuplicateArticle(Article.objects.get(body_sha256=digest)) from None
    return article


# What an edit may change; the body only while no claim points into it (article_body_check).
ARTICLE_EDITABLE_FIELDS = frozenset(
    {"title", "body", "url", "language", "publisher", "author", "published_at"}
)


def article_body_check(*, article: Article | None, body: str) -> None:
    """Raise ValidationError (a message for the body) if `body` may not become this article's.

    A claim's quote is stored as offsets into the body: changing the body under existing claims
    would silently move every highlight, so once claims (or their repeats) exist it is fixed.
    The same text stored twice is refused too, naming the article that has it, and so is a
    text over the size cap (article_size_check).
    """
    if not body.strip():
        raise ValidationError(_("The article body is empty."))
    article_size_check(body)
    if article is not None and article.pk and body != article.body:
        pointing = Claim.objects.filter(article=article).count()
        pointing += ClaimAppearance.objects.filter(article=article).count()
        if pointing:
            raise ValidationError(
                _(
                    "%(n)d claim quote(s) point into this text by offset; it can no longer be "
                    "changed. Store the new version as another article."
                )
                % {"n": pointing}
            )
    twin = Article.objects.filter(body_sha256=body_hash(body))
    if article is not None and article.pk:
        twin = twin.exclude(pk=article.pk)
    existing = twin.values_list("pk", flat=True).first()
    if existing is not None:
        raise ValidationError(
            _("This text is already stored as article %(id)s.") % {"id": existing}
        )


def article_update(*, article_id: int, changes: dict[str, Any]) -> Article:
    """Edit an article's details; its body only while no claim points into it."""
    unknown = set(changes) - ARTICLE_EDITABLE_FIELDS
    if unknown:
        raise ValidationError({name: _("This field cannot be edited here.") for name in unknown})
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if "body" in changes:
            try:
                article_body_check(article=article, body=changes["body"])
            except ValidationError as exc:
                raise ValidationError({"body": exc.messages}) from None
            article.body_sha256 = body_hash(changes["body"])
            if changes["body"] != article.body:  # their spans pointed into the old text
                article.links.all().delete()
        for name, value in changes.items():
            setattr(article, name, value)
        article.title = article_title(article.title, article.body)
        article.full_clean(exclude=["body_sha256"])
        try:
            with transaction.atomic():
                article.save()
        except IntegrityError:  # the same body was stored meanwhile by another request
            message = _("This text was just stored as another article.")
            raise ValidationError({"body": message}) from None
    return article
