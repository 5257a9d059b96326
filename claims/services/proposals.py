"""Machine-proposed claims: find them in an article and merge repeats (links: services.links)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from claims.models import Article, Claim, ClaimAppearance, Origin
from claims.services.claims import claim_create
from claims.services.links import claim_links_find
from workers.claimfinder import (
    Candidate,
    UnsupportedLanguage,
    detect_language,
    find_claims,
    first_line_end,
    group_duplicates,
)

# An article proposing more than this is a dump, not an article: the most check-worthy are kept.
MAX_PROPOSALS = 300
# Further appearances recorded for one claim (a line repeated 40,000 times needs no 40,000 rows).
MAX_APPEARANCES = 50


@dataclass
class ProposalOutcome:
    created: list[Claim] = field(default_factory=list)
    appearances: int = 0
    already_known: int = 0
    links: int = 0
    language: str = ""
    message: str = ""

    @property
    def summary(self) -> str:
        text = (
            f"{len(self.created)} claim(s) proposed, {self.already_known} already known, "
            f"{self.appearances} repeat(s) merged, {self.links} link(s) found"
        )
        return f"{text}; {self.message}" if self.message else text

    def as_dict(self) -> dict:
        return {
            "claims_created": len(self.created),
            "appearances_added": self.appearances,
            "already_known": self.already_known,
            "links_found": self.links,
            "language": self.language,
            "message": self.message,
        }


def _taken(article: Article) -> list[tuple[int, int]]:
    """Spans already covered by a claim or an appearance, discarded claims included."""
    spans = list(
        Claim.objects.filter(article=article, quote_start__isnull=False).values_list(
            "quote_start", "quote_end"
        )
    )
    spans += list(article.appearances.values_list("quote_start", "quote_end"))
    return spans


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def _claim_text(candidate: Candidate, language: str) -> str:
    """The claim as a reviewer reads it: for a quotation, who said what (issue 19)."""
    if candidate.kind != "quote" or not candidate.statement or not candidate.claimant:
        return candidate.quote
    if language == "fr":
        return f"{candidate.claimant} : « {candidate.statement} »"
    return f'{candidate.claimant}: "{candidate.statement}"'


def article_claims_propose(
    *,
    article: Article,
    user: AbstractBaseUser | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> ProposalOutcome:
    """Store the article's check-worthy claims as machine-proposed, unverified claims.

    Idempotent: a span already covered (by a claim, an appearance, or a discarded claim) is not
    proposed again, so re-running it — or editors discarding a proposal — sticks. `progress`
    (percent, message) is called between the steps, outside any transaction of this function.
    """
    progress = progress or (lambda _percent, _message: None)
    progress(5, "finding check-worthy statements")
    outcome = ProposalOutcome(language=article.language or detect_language(article.body) or "")
    try:
        candidates = find_claims(article.body, language=outcome.language or None)
    except UnsupportedLanguage as exc:
        outcome.message = str(exc)
        return outcome
    if outcome.language and not article.language:
        article.language = outcome.language
        article.save(update_fields=["language", "updated_at"])
    taken = _taken(article)
    groups = group_duplicates(candidates, first_line=first_line_end(article.body))
    if len(groups) > MAX_PROPOSALS:
        kept = sorted(groups, key=lambda g: -g[0].score)[:MAX_PROPOSALS]
        groups = sorted(kept, key=lambda g: g[0].start)
        outcome.message = (
            f"{len(candidates)} candidate statements: only the {MAX_PROPOSALS} most check-worthy "
            "were proposed."
        )
    progress(40, f"storing {len(groups)} proposal(s) and linking them to other articles")
    with transaction.atomic():
        for group in groups:
            primary, repeats = group[0], group[1:]
            if _overlaps(primary.start, primary.end, taken):
                outcome.already_known += 1
                continue
            try:
                with transaction.atomic():
                    claim = claim_create(
                        article=article,
                        text=_claim_text(primary, outcome.language),
                        quote=primary.quote,
                        quote_start=primary.start,
                        quote_end=primary.end,
                        kind=primary.kind,
                        claimant=primary.claimant,
                        origin=Origin.MACHINE,
                        checkworthiness=round(primary.score, 4),
                        created_by=user,
                    )
            except ValidationError:  # a span that fails validation is skipped, never half-stored
                outcome.already_known += 1
                continue
            taken.append((primary.start, primary.end))
            outcome.created.append(claim)
            for repeat in repeats[:MAX_APPEARANCES]:
                if _overlaps(repeat.start, repeat.end, taken):
                    continue
                ClaimAppearance.objects.create(
                    claim=claim,
                    article=article,
                    quote=repeat.quote,
                    quote_start=repeat.start,
                    quote_end=repeat.end,
                )
                taken.append((repeat.start, repeat.end))
                outcome.appearances += 1
        for claim in outcome.created:
            outcome.links += len(claim_links_find(claim=claim))
    return outcome
