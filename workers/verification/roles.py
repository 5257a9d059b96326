"""Who holds which role: "OpenAI porte la responsabilité financière et SoftBank la
responsabilité opérationnelle" against "SoftBank takes financial responsibility, OpenAI
operational responsibility" is a role swap, a refutation, though every party is named."""

from __future__ import annotations

import re

from workers.verification.entities import actors, find_entities
from workers.verification.lexicon import fold, lemma

# Role words, in the shared lemma space; each is given to the party named just before it.
ROLE_WORDS = frozenset({"financial", "operational", "chair", "ceo", "cto", "founder"})
_CUT = re.compile(r"[;.]|\b(?:while|whereas|tandis que|alors que)\b", re.I)


def role_pairs(text: str) -> set[tuple[str, str]]:
    """(party, role) pairs: a role word goes to the nearest party before it in its clause,
    or, when none precedes ("chaired by X", "présidé par X"), to the first one after it."""
    entities = [e for e in find_entities(text) if e.id in actors({e.id})]
    if not entities:
        return set()
    pairs = set()
    folded = fold(text)
    for match in re.finditer(r"[a-z]+", folded):
        role = lemma(match.group())
        if role not in ROLE_WORDS:
            continue
        before = [
            e for e in entities if e.end <= match.start() and not _cut(text, e.end, match.start())
        ]
        after = [
            e for e in entities if e.start >= match.end() and not _cut(text, match.end(), e.start)
        ]
        owner = before[-1] if before else (after[0] if after else None)
        if owner is not None:
            pairs.add((owner.id, role))
    return pairs


def _cut(text: str, start: int, end: int) -> bool:
    return _CUT.search(text, start, end) is not None


def role_swap(claim_text: str, passage_text: str) -> tuple[str, str] | None:
    """(party, role the passage gives it) when the passage gives one of the claim's parties
    another role of the same kind and the claim's role to someone else."""
    said, found = role_pairs(claim_text), role_pairs(passage_text)
    for party, role in sorted(said):
        holders = {p for p, r in found if r == role}
        if holders and party not in holders:
            theirs = sorted(r for p, r in found if p == party and r != role)
            return party, theirs[0] if theirs else f"not {role}"
    return None
