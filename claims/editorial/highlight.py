"""Article bodies as HTML with every claim's quote marked, built only from escaped pieces."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from claims.models import Verdict


@dataclass(frozen=True)
class Span:
    """One quote of a claim in the body: where it stands and how it should look."""

    claim_id: int
    start: int
    end: int
    status: str
    suggestion: str | None = None
    label: str = ""
    primary: bool = True  # False for a further appearance of the same claim


def _valid(spans: list[Span], length: int) -> list[Span]:
    return [s for s in spans if 0 <= s.start < s.end <= length]


def highlight(body: str, spans: list[Span]) -> SafeString:
    """The body with each span wrapped in <mark>; overlapping spans never nest.

    The body is cut at every span boundary, so each piece is covered by a fixed set of spans and
    becomes one flat <mark> (or plain escaped text): overlaps cannot produce crossing tags. A
    piece covered by several claims belongs to the innermost (shortest) one, so every claim keeps
    something clickable; all of them are listed in data-claims.
    """
    spans = _valid(spans, len(body))
    cuts = sorted({0, len(body)} | {s.start for s in spans} | {s.end for s in spans})
    first_piece: dict[
        int, bool
    ] = {}  # the claim's anchor goes on the first piece of its primary span
    ends_at: dict[int, list[Span]] = {}
    for span in spans:
        ends_at.setdefault(span.end, []).append(span)
    parts: list[str] = []
    for left, right in pairwise(cuts):
        covering = [s for s in spans if s.start <= left and right <= s.end]
        text = body[left:right]
        if not covering:
            parts.append(escape(text))
        else:
            parts.append(_mark(text, covering, first_piece))
        parts.extend(_suggestion_marks(ends_at.get(right, [])))
    return mark_safe("".join(parts))  # every piece above went through escape or format_html


def _mark(text: str, covering: list[Span], first_piece: dict[int, bool]) -> str:
    owner = min(covering, key=lambda s: (s.end - s.start, s.claim_id))
    classes = ["hl", f"hl-{owner.status}"]
    if len({s.claim_id for s in covering}) > 1:
        classes.append("hl-overlap")
    if owner.suggestion and owner.status == "unverified":
        classes.append(f"hl-suggest-{owner.suggestion}")
    if not owner.primary:
        classes.append("hl-repeat")
    anchor = ""
    if owner.primary and owner.claim_id not in first_piece:
        first_piece[owner.claim_id] = True
        anchor = format_html(' id="claim-{}"', owner.claim_id)
    ids = " ".join(str(i) for i in sorted({s.claim_id for s in covering}))
    return format_html(
        '<mark class="{}"{} data-claim="{}" data-claims="{}" tabindex="0" role="button" '
        'title="{}">{}</mark>',
        " ".join(classes),
        anchor,
        owner.claim_id,
        ids,
        owner.label,
        text,
    )


def _suggestion_marks(ending: list[Span]) -> list[str]:
    """A small sign after a quote the machine has judged while no person has decided yet."""
    return [
        format_html(
            '<sup class="machine machine-{}" title="{}">◆</sup>',
            span.suggestion,
            _("machine suggests %(verdict)s")
            % {"verdict": dict(Verdict.choices).get(span.suggestion, span.suggestion)},
        )
        for span in ending
        if span.primary and span.suggestion and span.status == "unverified"
    ]
