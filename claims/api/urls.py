"""Routes of the reviewers' API."""

from django.urls import path

from claims.api.views import (
    articles,
    candidates,
    claims,
    comments,
    exports,
    jobs,
    proposals,
    snapshots,
    sources,
)

urlpatterns = [
    path("articles/", articles.ArticleListCreateApi.as_view(), name="article-list"),
    path("articles/<int:pk>/", articles.ArticleDetailApi.as_view(), name="article-detail"),
    path(
        "articles/<int:pk>/extract/", articles.ArticleExtractApi.as_view(), name="article-extract"
    ),
    path(
        "articles/<int:pk>/claimreview/",
        exports.ArticleClaimReviewApi.as_view(),
        name="article-claimreview",
    ),
    path("claims/", claims.ClaimListCreateApi.as_view(), name="claim-list"),
    path("claims/export.csv", exports.ClaimCsvExportApi.as_view(), name="claim-export-csv"),
    path(
        "claims/<int:pk>/claimreview/", exports.ClaimReviewApi.as_view(), name="claim-claimreview"
    ),
    path("claims/<int:pk>/", claims.ClaimDetailApi.as_view(), name="claim-detail"),
    path("claims/<int:pk>/status/", claims.ClaimStatusSetApi.as_view(), name="claim-status"),
    path("claims/<int:pk>/history/", claims.ClaimHistoryApi.as_view(), name="claim-history"),
    path(
        "claims/<int:pk>/comments/",
        comments.ClaimCommentListCreateApi.as_view(),
        name="claim-comments",
    ),
    path("comments/<int:pk>/", comments.CommentDetailApi.as_view(), name="comment-detail"),
    path("claims/<int:pk>/verify/", jobs.ClaimVerifyApi.as_view(), name="claim-verify"),
    path("claims/<int:pk>/discard/", proposals.ClaimDiscardApi.as_view(), name="claim-discard"),
    path("claims/<int:pk>/links/", proposals.ClaimLinkListApi.as_view(), name="claim-links"),
    path("links/<int:pk>/decide/", proposals.ClaimLinkDecideApi.as_view(), name="link-decide"),
    path("jobs/", jobs.JobListApi.as_view(), name="job-list"),
    path("jobs/<int:pk>/", jobs.JobDetailApi.as_view(), name="job-detail"),
    path("sources/", sources.SourceListApi.as_view(), name="source-list"),
    path("evidence/", sources.EvidenceListCreateApi.as_view(), name="evidence-list"),
    path(
        "claims/<int:pk>/candidates/",
        candidates.ClaimCandidateListApi.as_view(),
        name="claim-candidates",
    ),
    path("claims/<int:pk>/sources/", candidates.ClaimSourceAddApi.as_view(), name="claim-sources"),
    path("claims/<int:pk>/discover/", candidates.ClaimDiscoverApi.as_view(), name="claim-discover"),
    path("candidates/<int:pk>/cite/", candidates.CandidateCiteApi.as_view(), name="candidate-cite"),
    path("snapshots/<int:pk>/", snapshots.SnapshotDetailApi.as_view(), name="snapshot-detail"),
    path("snapshots/<int:pk>/warc/", snapshots.SnapshotWarcApi.as_view(), name="snapshot-warc"),
    path("snapshots/<int:pk>/text/", snapshots.SnapshotTextApi.as_view(), name="snapshot-text"),
]
