"""Evidence excerpts as HTML with the matched figures emphasized, from escaped pieces only."""

from __future__ import annotations

import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

# A figure as written: digits with thousands separators or decimals, and a trailing percent.
_DIGITS = re.compile(r"(?:\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?:\s?%)?")


def _needles(quantities: list[dict | None]) -> list[str]:
    return [q["text"] for q in quantities if isinstance(q, dict) and q.get("text")]


def figure_spans(text: str, quantities: list[dict | None]) -> list[tuple[int, int]]:
    """Where the matched figures stand in `text`: their recorded wording, else every number."""
    spans = []
    for needle in _needles(quantities):
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    if not spans:
        spans = [(m.start(), m.end()) for m in _DIGITS.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def emphasize_figures(text: str, quantities: list[dict | None]) -> SafeString:
    """`text` escaped, with each figure in <strong class="figure">."""
    parts, cursor = [], 0
    for start, end in figure_spans(text, quantities):
        parts.append(escape(text[cursor:start]))
        parts.append(format_html('<strong class="figure">{}</strong>', text[start:end]))
        cursor = end
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts))  # every piece went through escape or format_html
