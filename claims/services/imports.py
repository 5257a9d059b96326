"""Import an article from a file, pasted text or a URL, then propose its claims."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from claims.models import Article, VerificationJob
from claims.services.articles import article_create
from claims.services.proposal_jobs import extraction_in_background, extraction_request
from claims.services.proposals import ProposalOutcome, article_claims_propose
from workers.extraction import ExtractionError, extract_document
from workers.fetching import FetchError, fetch

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class ImportOutcome:
    article: Article
    extraction: ProposalOutcome | None
    # Set instead of `extraction` when the article is long enough to be extracted in the background.
    extraction_job: VerificationJob | None = None


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def _document_from_bytes(body: bytes, *, content_type: str, charset: str | None, url: str = ""):
    try:
        return extract_document(body, content_type=content_type, charset=charset, url=url or None)
    except ExtractionError as exc:
        raise ValidationError({"body": f"Could not read the article: {exc.message}"}) from None


def article_import(
    *,
    location: str,
    language: str = "",
    extract_claims: bool = True,
    user: AbstractBaseUser | None = None,
) -> ImportOutcome:
    """Import from a local path or an http(s) URL (fetched through the guarded client)."""
    if location.startswith(("http://", "https://")):
        try:
            result = fetch(location)
        except FetchError as exc:
            message = f"Could not fetch the article: {exc.code}: {exc.message}"
            raise ValidationError({"url": message}) from None
        document = _document_from_bytes(
            result.body,
            content_type=result.content_type,
            charset=result.charset,
            url=result.final_url,
        )
        url = result.final_url
    else:
        path = Path(location)
        if not path.is_file():
            raise ValidationError({"path": f"No such file: {location}"})
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        content_type = "text/html" if _looks_like_html(text) else "text/plain"
        document = _document_from_bytes(raw, content_type=content_type, charset=None)
        url = ""
    return article_import_text(
        title=document.title or "",
        body=document.text,
        url=url,
        language=language or document.language or "",
        author=document.author or "",
        extract_claims=extract_claims,
        user=user,
    )


def article_text(body: str) -> str:
    """The text of a pasted body: HTML is reduced to its text, anything else kept as it is."""
    if _looks_like_html(body):
        return _document_from_bytes(
            body.encode("utf-8"), content_type="text/html", charset="utf-8"
        ).text
    return body


@transaction.atomic
def article_import_text(
    *,
    title: str,
    body: str,
    url: str = "",
    language: str = "",
    author: str = "",
    publisher: str = "",
    published_at: datetime | None = None,
    extract_claims: bool = True,
    user: AbstractBaseUser | None = None,
) -> ImportOutcome:
    """Store pasted text (HTML is reduced to its text first) and propose its claims.

    A long article's claims are found by a background job (`extraction_job`), not here.
    """
    body = article_text(body)
    article = article_create(
        title=title,
        body=body,
        url=url,
        language=language,
        author=author,
        publisher=publisher,
        published_at=published_at,
        created_by=user,
    )
    if not extract_claims:
        return ImportOutcome(article=article, extraction=None)
    if extraction_in_background(article):
        job, _created = extraction_request(article_id=article.pk, user=user)
        return ImportOutcome(article=article, extraction=None, extraction_job=job)
    extraction = article_claims_propose(article=article, user=user)
    return ImportOutcome(article=article, extraction=extraction)
