"""Articles: stored once per distinct body text."""

from __future__ import annotations

import hashlib
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Article
from claims.services.errors import DuplicateArticle


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def article_body_check(body: str) -> None:
    """The one size cap on an article's text, whatever brings it (API, admin, import)."""
    cap = settings.VERIFIER_ARTICLE_MAX_CHARS
    if len(body) > cap:
        raise ValidationError(
            {"body": f"An article is at most {cap} characters; this one has {len(body)}."}
        )


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
) -> Article:
    """Store an article; the same body submitted twice raises DuplicateArticle naming the first."""
    if not body.strip():
        raise ValidationError({"body": "The article body is empty."})
    article_body_check(body)
    digest = body_hash(body)
    existing = Article.objects.filter(body_sha256=digest).first()
    if existing:
        raise DuplicateArticle(existing)
    article = Article(
        title=title.strip() or body.strip().splitlines()[0][:200],
        body=body,
        body_sha256=digest,
        url=url,
        language=language,
        publisher=publisher,
        author=author,
        published_at=published_at,
        created_by=created_by,
    )
    article.full_clean(exclude=["body_sha256"])
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:  # the same body arrived twice at once: the other request won
        raise DuplicateArticle(Article.objects.get(body_sha256=digest)) from None
    return article
