"""Small HTML helpers for the admin: everything from a claim or a fetched page is escaped."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

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


def audit_trail_table(entries: list[dict], *, limit: int = 200) -> str:
    """The claim's audit trail (selectors.claim_timeline) as a table, newest first."""
    if not entries:
        return "—"
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                e["created_at"].strftime("%Y-%m-%d %H:%M:%S"),
                e["changed_by"] or ("machine" + (f" (job {e['job']})" if e["job"] else "")),
                e["field"],
                Truncator(e["from_value"]).chars(120),
                Truncator(e["to_value"]).chars(120),
                Truncator(e["note"]).chars(120),
            )
            for e in entries[:limit]
        ),
    )
    return format_html(
        "<table><thead><tr><th>when</th><th>who</th><th>what</th><th>from</th><th>to</th>"
        "<th>note</th></tr></thead><tbody>{}</tbody></table>",
        rows,
    )
