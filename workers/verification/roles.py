"""Who holds which role: "OpenAI porte la responsabilité financière et SoftBank la
responsabilité opérationnelle" against "SoftBank takes financial responsibility, OpenAI
operational responsibility" is a role swap, a refutation, though every party is named."""

from __future__ import annotations

import re

from workers.verification.entities import KINDS, actors, find_entities
from workers.verification.lexicon import fold, lemma

# Role words, in the shared lemma space; each is given to the party named just before it.
ROLE_WORDS = frozenset({"financial", "operational", "chair", "ceo", "cto", "founder"})
_CUT = re.compile(r"[;.]|\b(?:while|whereas|tandis que|alors que)\b", re.I)


# Titles of several words, on folded text: "directeur technique", "chief executive officer".
_TITLES = (
    (re.compile(r"\b(?:directeur|directrice) technique\b|\bchief technology officer\b"), "cto"),
    (
        re.compile(r"\b(?:directeur|directrice) general(?:e)?\b|\bchief executive(?: officer)?\b"),
        "ceo",
    ),
)
# A title right before a person's name is that person's ("Oracle CTO Larry Ellison"), and so
# is one in apposition right after it ("Masayoshi Son, directeur technique d'Oracle").
_TIGHT = re.compile(r"^[\s,]*$")


def _roles(folded: str) -> list[tuple[int, int, str]]:
    found = [
        (m.start(), m.end(), role) for pattern, role in _TITLES for m in pattern.finditer(folded)
    ]
    for match in re.finditer(r"[a-z]+", folded):
        role = lemma(match.group())
        inside = any(a <= match.start() < b for a, b, _r in found)
        if role in ROLE_WORDS and not inside:
            found.append((match.start(), match.end(), role))
    return sorted(found)


def role_pairs(text: str) -> set[tuple[str, str]]:
    """(party, role) pairs: a title goes to the person named right after or right before it,
    else to the nearest party before it in its clause, or, when none precedes ("chaired by
    X", "présidé par X"), to the first one after it."""
    entities = [e for e in find_entities(text) if e.id in actors({e.id})]
    if not entities:
        return set()
    pairs = set()
    folded = fold(text)
    for start, end, role in _roles(folded):
        people = [e for e in entities if KINDS.get(e.id) == "person"]
        next_to = [e for e in people if e.start >= end and _TIGHT.match(text[end : e.start])]
        next_to += [e for e in people if e.end <= start and _TIGHT.match(text[e.end : start])]
        if next_to:
            pairs.add((next_to[0].id, role))
            continue
        before = [e for e in entities if e.end <= start and not _cut(text, e.end, start)]
        after = [e for e in entities if e.start >= end and not _cut(text, end, e.start)]
        # A title is held by a person: "Larry Ellison is Oracle's CTO" is Ellison's.
        held = [e for e in before if KINDS.get(e.id) == "person"]
        owner = (held or before)[-1] if before else (after[0] if after else None)
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
        # A person's title is set against persons', an organisation's role against theirs.
        kind = KINDS.get(party) == "person"
        holders = {p for p, r in found if r == role and (KINDS.get(p) == "person") == kind}
        if holders and party not in holders:
            theirs = sorted(r for p, r in found if p == party and r != role)
            return party, theirs[0] if theirs else f"not {role}"
    return None
