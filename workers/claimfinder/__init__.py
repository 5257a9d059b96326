"""Claim finder: check-worthy claims of a French or English article, and their duplicates."""

from workers.claimfinder.duplicates import (
    AUTO_LINK,
    SUGGEST_LINK,
    claim_similarity,
    find_proposals,
    first_line_end,
    group_duplicates,
)
from workers.claimfinder.finder import Candidate, UnsupportedLanguage, find_claims
from workers.claimfinder.language import detect_language

__all__ = [
    "AUTO_LINK",
    "SUGGEST_LINK",
    "Candidate",
    "UnsupportedLanguage",
    "claim_similarity",
    "detect_language",
    "find_claims",
    "find_proposals",
    "first_line_end",
    "group_duplicates",
]
