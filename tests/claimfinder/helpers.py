"""Shared by the finder tests: candidates by quote, and the one candidate quoting some words."""

from workers.claimfinder import find_claims


def find_by_quote(text: str, language: str = "fr") -> dict[str, object]:
    return {c.quote: c for c in find_claims(text, language=language)}


def one_with(found: dict, words: str):
    matches = [c for quote, c in found.items() if words in quote]
    assert len(matches) == 1, (words, list(found))
    return matches[0]
