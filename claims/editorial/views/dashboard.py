"""The dashboard: claims by status and by article, verification progress, jobs, sick sources."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from claims.admin.display import STATUS_COLORS
from claims.editorial.views.access import staff_view
from claims.editorial.words import outcome_words
from claims.models import ClaimStatus
from claims.selectors import stats

BAR_WIDTH = 270  # user units of the longest bar in the status chart (viewBox 480 wide)
STAGES = [
    ("stage_decided", _("decided by a reviewer"), "#15803d"),
    ("stage_in_review", _("in review"), "#2563eb"),
    ("stage_suggested", _("machine suggestion waiting"), "#d97706"),
    ("stage_untouched", _("not verified yet"), "#9ca3af"),
]


def _status_bars(counts: dict[str, int]) -> list[dict]:
    top = max([counts[s] for s in ClaimStatus.values] + [1])
    return [
        {
            "status": value,
            "label": label,
            "count": counts[value],
            "width": round(BAR_WIDTH * counts[value] / top),
            "y": index * 28,
            "color": STATUS_COLORS[value],
        }
        for index, (value, label) in enumerate(ClaimStatus.choices)
    ]


def _progress(counts: dict[str, int]) -> list[dict]:
    """The stages as consecutive slices of one 100 %-wide bar."""
    total, x, slices = max(counts["total"], 1), 0.0, []
    for key, label, color in STAGES:
        share = 100 * counts[key] / total
        slices.append(
            {"label": label, "count": counts[key], "x": x, "width": share, "color": color}
        )
        x += share
    return slices


@staff_view("claims.view_claim")
def dashboard(request: HttpRequest) -> HttpResponse:
    counts = stats.claim_counts()
    decided = counts["stage_decided"]
    context = {
        "counts": counts,
        "status_bars": _status_bars(counts),
        "chart_height": 28 * len(ClaimStatus.values),
        "progress": _progress(counts),
        "decided_pct": round(100 * decided / counts["total"]) if counts["total"] else 0,
        "articles": stats.articles_with_counts(),
        "statuses": ClaimStatus.choices,
        "jobs": stats.job_counts(),
        "watch": [
            {"job": job, "problem": outcome_words(job.error_code)} for job in stats.jobs_to_watch()
        ],
        "sources": [
            {"source": source, "outcome": outcome_words(source.last_outcome)}
            for source in stats.troubled_sources()
        ],
        "reviewers": stats.reviewer_load(),
    }
    return render(request, "editorial/dashboard.html", context)
