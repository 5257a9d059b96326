"""Verification engine: figures, passages and stances for one claim against one source text."""

from workers.verification.judge import (
    MAX_PASSAGES,
    MAX_SOURCE_CHARS,
    Judgement,
    judge_source,
)
from workers.verification.quantities import Quantity, extract_quantities
from workers.verification.sentences import split_passages
from workers.verification.verdict import Suggestion, suggest_verdict

__all__ = [
    "MAX_PASSAGES",
    "MAX_SOURCE_CHARS",
    "Judgement",
    "Quantity",
    "Suggestion",
    "extract_quantities",
    "judge_source",
    "split_passages",
    "suggest_verdict",
]
