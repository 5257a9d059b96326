"""Reads of the claims domain, by area; `from claims import selectors` reaches every one."""

from claims.selectors.articles import article_appearances, article_detail, article_list
from claims.selectors.claims import (
    claim_brief,
    claim_candidates,
    claim_comments,
    claim_history,
    claim_links,
    claim_list,
    claim_plain_list,
    claim_queue,
    claim_queue_filter,
    claims_with_decisions,
    evidence_count,
    evidence_list,
    reviewer_list,
)
from claims.selectors.history import claim_timeline
from claims.selectors.jobs import job_list
from claims.selectors.snapshots import snapshot_list, snapshot_texts
from claims.selectors.sources import claims_due_for_recheck, source_list, sources_due_for_recheck

__all__ = [
    "article_appearances",
    "article_detail",
    "article_list",
    "claim_brief",
    "claim_candidates",
    "claim_comments",
    "claim_history",
    "claim_links",
    "claim_list",
    "claim_plain_list",
    "claim_queue",
    "claim_queue_filter",
    "claim_timeline",
    "claims_due_for_recheck",
    "claims_with_decisions",
    "evidence_count",
    "evidence_list",
    "job_list",
    "reviewer_list",
    "snapshot_list",
    "snapshot_texts",
    "source_list",
    "sources_due_for_recheck",
]
