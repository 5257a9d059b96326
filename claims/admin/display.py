"""Small HTML helpers for the admin: everything from a claim or a fetched page is escaped."""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from claims.editorial.words import outcome_words, reason_words
from claims.models import ClaimStatus, Verdict

STATUS_COLORS = {
    "unverified": "#6b7280",
    "in_review": "#2563eb",
    "supported": "#15803d",
    "refuted": "#b91c1c",
    "conflicting": "#c2410c",
    "not_enough_evidence": "#7c3aed",
    "supports": "#15803d",
    "refutes": "#b91c1c",
    "neutral": "#6b7280",
}


def badge(value: str | None, label: str | None = None) -> str:
    if not value:
        return "—"
    color = STATUS_COLORS.get(value, "#374151")
    return format_html(
        '<span style="background:{};color:#fff;padding:2px 6px;border-radius:8px;'
        'white-space:nowrap">{}</span>',
        color,
        label or value.replace("_", " "),
    )


def quote_in_context(body: str, start: int | None, end: int | None, margin: int = 300) -> str:
    """The quote highlighted inside the text around it (both escaped by format_html)."""
    if start is None or end is None:
        return "—"
    before = body[max(0, start - margin) : start]
    after = body[end : end + margin]
    return format_html(
        '<div style="max-width:60em;white-space:pre-wrap;line-height:1.5">'
        "…{}<mark>{}</mark>{}…</div>",
        before,
        body[start:end],
        after,
    )


def _machine(job: int | None) -> str:
    return _("machine (job %(job)s)") % {"job": job} if job else _("machine")


def audit_trail_table(entries: list[dict], *, limit: int = 200) -> str:
    """The claim's audit trail (selectors.claim_timeline) as a table, newest first."""
    if not entries:
        return "—"
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                date_format(timezone.localtime(e["created_at"]), "DATETIME_FORMAT"),
                e["changed_by"] or _machine(e["job"]),
                e["field"],
                Truncator(e["from_value"]).chars(120),
                Truncator(e["to_value"]).chars(120),
                Truncator(e["note"]).chars(120),
            )
            for e in entries[:limit]
        ),
    )
    return format_html(
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
        "<th>{}</th></tr></thead><tbody>{}</tbody></table>",
        _("when"),
        _("who"),
        _("what"),
        _("from"),
        _("to"),
        _("note"),
        rows,
    )


def outcome_html(code: str | None) -> str:
    """A fetch outcome or job error as words, the code and its sentence on hover."""
    words = outcome_words(code)
    if words is None:
        return "—"
    return format_html('<span title="{}">{}</span>', words.sentence, words.label)


def reason_html(code: str | None) -> str:
    """The engine's reason code as words, the code and its sentence on hover."""
    words = reason_words(code)
    if words is None:
        return "—"
    return format_html('<span title="{}">{}</span>', words.sentence, words.label)


def change_words(change) -> str:
    """A status change as labels: « Unverified → Supported », never the stored codes."""
    labels = {**dict(Verdict.choices), **dict(ClaimStatus.choices)}
    before = labels.get(change.from_value, change.from_value) or "—"
    after = labels.get(change.to_value, change.to_value) or "—"
    return format_html("{} → <strong>{}</strong>", before, after)
