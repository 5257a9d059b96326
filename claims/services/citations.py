"""Where a claim comes from, as its article says: the links and attributions around its quote."""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.models import Article, ArticleLink, SourceOrigin
from workers.claimfinder.attributions import (
    attribution_for,
    find_attributions,
    is_organisation,
    paragraph_span,
    same_party,
    sentence_span,
)
from workers.extraction import Link
from workers.fetching import InvalidURL, normalize_url

# How far (in characters) a link may sit from the name of an attribution and still be the
# document it cites: "selon un rapport (link) de Goldman Sachs", "Reuters (link) said".
NEAR_ATTRIBUTION = 40


def article_links_store(*, article: Article, links: list[Link]) -> list[ArticleLink]:
    """Keep the article's main-text links, normalized like sources; unusable URLs are skipped."""
    rows, seen = [], set()
    for link in links:
        try:
            url = normalize_url(link.url)
        except InvalidURL:
            continue
        key = (link.start, link.end, url)
        if key in seen or len(url) > 2000:
            continue
        seen.add(key)
        rows.append(
            ArticleLink(article=article, url=url, text=link.text, start=link.start, end=link.end)
        )
    return ArticleLink.objects.bulk_create(rows)


@dataclass
class CitationPlan:
    """What the article says about a quote's origin, before the claim is stored."""

    claimant: str = ""
    source_hint: str = ""
    links: list[ArticleLink] = field(default_factory=list)

    def sources(self) -> list[dict]:
        return [
            {"url": link.url, "name": link.text[:500], "origin": SourceOrigin.ARTICLE_LINK}
            for link in self.links
        ]


def _near(link: ArticleLink, start: int, end: int) -> bool:
    return link.start <= end + NEAR_ATTRIBUTION and link.end >= start - NEAR_ATTRIBUTION


def citation_plan(*, article: Article, start: int, end: int, claimant: str = "") -> CitationPlan:
    """The links, claimant and source hint the article gives for the quote body[start:end].

    A link inside the quote's sentence is cited. So is a link elsewhere in the paragraph that
    an attribution naming the claimant carries ("Selon le <a>Wall Street Journal</a>, …" then
    "Le journal ajoute que…" with the Journal as claimant). The sentence's attribution becomes
    the claimant when none is given; when it names an organisation and no link is cited, it is
    kept as a source hint (a name to search for).
    """
    body = article.body
    s_start, s_end = sentence_span(body, start, end)
    p_start, p_end = paragraph_span(body, s_start, s_end)
    links = list(article.links.filter(start__gte=p_start, end__lte=p_end))
    attribution = attribution_for(body, start, end)
    plan = CitationPlan(claimant=claimant or (attribution.name if attribution else ""))
    cited = [link for link in links if link.start >= s_start and link.end <= s_end]
    if plan.claimant:
        for link in links:
            if link in cited:
                continue
            # An attribution naming the claimant near the link, in the link's own sentence.
            l_start, l_end = sentence_span(body, link.start, link.end)
            if same_party(link.text, plan.claimant) or any(
                same_party(a.name, plan.claimant)
                and _near(link, l_start + a.start, l_start + a.end)
                for a in find_attributions(body[l_start:l_end])
            ):
                cited.append(link)
    plan.links = sorted(cited, key=lambda link: link.start)
    if not plan.links and attribution and is_organisation(attribution.name):
        plan.source_hint = attribution.name[:300]
    return plan
