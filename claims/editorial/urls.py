"""Routes of the editorial screens (mounted at the site root)."""

from django.urls import path

from claims.editorial.views import articles, comments, dashboard, downloads, panel, queue, sources

app_name = "editorial"

urlpatterns = [
    path("articles/", articles.article_list, name="articles"),
    path("articles/<int:pk>/", articles.article_detail, name="article"),
    path("claims/<int:pk>/", panel.claim_panel, name="claim"),
    path("claims/<int:pk>/status/", panel.claim_status, name="claim-status"),
    path("claims/<int:pk>/verify/", panel.claim_verify, name="claim-verify"),
    path("claims/<int:pk>/sources/", sources.claim_source_add, name="claim-source-add"),
    path(
        "claims/<int:pk>/candidates/<int:candidate>/cite/",
        sources.claim_candidate_cite,
        name="claim-candidate-cite",
    ),
    path("claims/<int:pk>/search/", sources.claim_search, name="claim-search"),
    path("snapshots/<int:pk>/warc/", downloads.snapshot_warc, name="snapshot-warc"),
    path("claims/<int:pk>/assign/", queue.claim_assign_view, name="claim-assign"),
    path("claims/<int:pk>/comments/", comments.claim_comment, name="claim-comment"),
    path("comments/<int:pk>/", comments.comment_update, name="comment-edit"),
    path("queue/", queue.queue, name="queue"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
]
