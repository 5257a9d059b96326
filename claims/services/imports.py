"""Import an article from a file, pasted text or a URL, then propose its claims."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from claims.models import Article, Snapshot, SourceKind, VerificationJob
from claims.services.articles import article_create
from claims.services.capture import snapshot_extract, source_fetch
from claims.services.proposal_jobs import extraction_in_background, extraction_request
from claims.services.proposals import ProposalOutcome, article_claims_propose
from claims.services.sources import source_get_or_create
from workers.extraction import Document, ExtractionError, Link, extract_document
from workers.fetching.content import parse_content_type

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


def _document_from_bytes(
    body: bytes, *, content_type: str, charset: str | None, url: str = ""
) -> Document:
    """The article's text, and for HTML its main-text links (the path fetched sources take)."""
    try:
        return extract_document(
            body, content_type=content_type, charset=charset, url=url or None, include_links=True
        )
    except ExtractionError as exc:
        raise ValidationError(
            {"body": _("Could not read the article: %(problem)s") % {"problem": exc.message}}
        ) from None


def _fetch_and_preserve(url: str) -> tuple[Document, str, Snapshot]:
    """Fetch the article's page through the guarded client and keep it as any source's page
    is kept: a Snapshot with its body, headers, hashes and WARC."""
    try:
        source = source_get_or_create(url=url, kind=SourceKind.NEWS)
    except ValidationError as exc:
        raise ValidationError({"url": exc.messages}) from None
    read = source_fetch(source=source)
    if not read.ok:
        message = _("Could not fetch the article: %(code)s: %(problem)s") % {
            "code": read.error_code,
            "problem": read.error_message,
        }
        raise ValidationError({"url": message})
    try:
        snapshot_extract(read.snapshot, body=read.body)
    except ExtractionError as exc:
        raise ValidationError(
            {"url": _("Could not read the article: %(problem)s") % {"problem": exc.message}}
        ) from None
    _mime, charset = parse_content_type(
        next((v for k, v in read.snapshot.headers if k.lower() == "content-type"), None)
    )
    final_url = read.snapshot.final_url or url
    document = _document_from_bytes(
        read.body, content_type=read.snapshot.content_type, charset=charset, url=final_url
    )
    return document, final_url, read.snapshot


def article_import(
    *,
    location: str,
    language: str = "",
    extract_claims: bool = True,
    user: AbstractBaseUser | None = None,
) -> ImportOutcome:
    """Import from a local path or an http(s) URL (fetched through the guarded client and
    preserved as a snapshot); the main text's links are kept with the article."""
    snapshot = None
    if location.startswith(("http://", "https://")):
        document, url, snapshot = _fetch_and_preserve(location)
    else:
        path = Path(location)
        if not path.is_file():
            raise ValidationError({"path": _("No such file: %(path)s") % {"path": location}})
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        content_type = "text/html" if _looks_like_html(text) else "text/plain"
        document = _document_from_bytes(raw, content_type=content_type, charset=None)
        url = ""
    return _store(
        title=document.title or "",
        body=document.text,
        links=document.links,
        snapshot=snapshot,
        url=url,
        language=language or document.language or "",
        author=document.author or "",
        extract_claims=extract_claims,
        user=user,
    )


def article_document(body: str, *, url: str = "") -> Document | None:
    """The extracted document of a pasted body if it is HTML, else None (plain text)."""
    if not _looks_like_html(body):
        return None
    return _document_from_bytes(
        body.encode("utf-8"), content_type="text/html", charset="utf-8", url=url
    )


@transaction.atomic
def article_import_text(
    *,
    title: str,
    body: str = "",
    html: str = "",
    url: str = "",
    language: str = "",
    author: str = "",
    publisher: str = "",
    published_at: datetime | None = None,
    extract_claims: bool = True,
    user: AbstractBaseUser | None = None,
) -> ImportOutcome:
    """Store pasted text or HTML and propose its claims (a long article's in the background).

    HTML (given as `html`, or a `body` that is a page) is reduced to its main text the way
    fetched pages are, and the links inside that text are kept with their spans; relative
    links are resolved against `url`.
    """
    if html and body:
        raise ValidationError({"html": _("Give the article's body or its HTML, not both.")})
    links: list[Link] = []
    document = article_document(html or body, url=url)
    if html and document is None:
        raise ValidationError({"html": _("This is not an HTML page or fragment.")})
    if document is not None:
        body, links = document.text, document.links
        title = title or document.title or ""
        author = author or document.author or ""
        language = language or document.language or ""
    return _store(
        title=title,
        body=body,
        links=links,
        url=url,
        language=language,
        author=author,
        publisher=publisher,
        published_at=published_at,
        extract_claims=extract_claims,
        user=user,
    )


@transaction.atomic
def _store(
    *,
    title: str,
    body: str,
    links: list[Link],
    extract_claims: bool,
    user: AbstractBaseUser | None,
    snapshot: Snapshot | None = None,
    **details,
) -> ImportOutcome:
    article = article_create(
        title=title, body=body, links=links, snapshot=snapshot, created_by=user, **details
    )
    if not extract_claims:
        return ImportOutcome(article=article, extraction=None)
    if extraction_in_background(article):
        job, _created = extraction_request(article_id=article.pk, user=user)
        return ImportOutcome(article=article, extraction=None, extraction_job=job)
    extraction = article_claims_propose(article=article, user=user)
    return ImportOutcome(article=article, extraction=extraction)
