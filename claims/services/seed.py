"""Load the seed article and its curated claims; loading twice creates nothing new."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from claims.models import Article, Claim, ClaimAppearance, Origin, SourceOrigin
from claims.services.articles import article_create, body_hash
from claims.services.claims import claim_create
from claims.services.errors import DuplicateArticle
from claims.services.imports import article_import_text
from claims.services.sources import claim_sources_add

SEED_DIR = Path(__file__).resolve().parent.parent / "seed"


@dataclass
class SeedResult:
    article: Article
    created_claims: int
    existing_claims: int


def seed_load(*, path: Path = SEED_DIR / "stargate.json", local_sources: str = "") -> SeedResult:
    """Create the article and claims from a seed file.

    `local_sources`, a base URL such as http://127.0.0.1:8001/, also files each claim's offline
    demo page (claims/../demo/sources) as an extra source so the demo can verify without internet.
    """
    spec = json.loads(path.read_text(encoding="utf-8"))
    meta = spec["article"]
    body = (path.parent / meta["body_file"]).read_text(encoding="utf-8")
    created = existing = 0
    with transaction.atomic():
        article = Article.objects.filter(body_sha256=body_hash(body)).first()
        if article is None:
            article = article_create(
                title=meta["title"],
                body=body,
                url=meta.get("url", ""),
                language=meta.get("language", ""),
                publisher=meta.get("publisher", ""),
            )
        for item in spec["claims"]:
            start = body.index(item["quote"])
            claim = Claim.objects.filter(article=article, quote_start=start).first()
            if claim is None:
                claim = claim_create(
                    article=article,
                    text=item["text"],
                    quote=item["quote"],
                    quote_start=start,
                    quote_end=start + len(item["quote"]),
                    kind=item["kind"],
                    claimant=item.get("claimant", ""),
                    sources=[
                        {**source, "origin": SourceOrigin.SEED}
                        for source in item.get("sources", [])
                    ],
                    origin=Origin.HUMAN,
                )
                created += 1
            else:
                existing += 1
            for repeat in item.get("also_appears", []):
                at = body.index(repeat)
                ClaimAppearance.objects.get_or_create(
                    article=article,
                    quote_start=at,
                    quote_end=at + len(repeat),
                    defaults={"claim": claim, "quote": repeat},
                )
            if local_sources and item.get("demo_source"):
                original = (item.get("sources") or [{}])[0]
                claim_sources_add(
                    claim=claim,
                    sources=[
                        {
                            "url": local_sources.rstrip("/") + "/" + item["demo_source"],
                            "name": f"Local demo copy: {original.get('name', item['demo_source'])}",
                            "publisher": original.get("publisher", ""),
                            "kind": original.get("kind", "other"),
                            "origin": SourceOrigin.SEED,
                        }
                    ],
                )
    return SeedResult(article=article, created_claims=created, existing_claims=existing)


DEMO_ARTICLE = SEED_DIR.parent.parent / "demo" / "sources" / "article-stargate.html"


def seed_web_load(*, local_sources: str, path: Path = DEMO_ARTICLE) -> Article:
    """The seed's story as a web page whose links point at the local demo sources.

    Imported as a pasted page would be (its address is the demo server's, so its relative
    links resolve there): the claims are the finder's proposals, and their sources come from
    the article's links. Loading it twice stores nothing new.
    """
    url = local_sources.rstrip("/") + "/" + path.name
    try:
        return article_import_text(title="", html=path.read_text(encoding="utf-8"), url=url).article
    except DuplicateArticle as exc:
        return exc.existing
