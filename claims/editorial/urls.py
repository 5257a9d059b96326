"""Routes of the editorial screens (mounted at the site root)."""

from django.urls import path

from claims.editorial.views import articles, dashboard, downloads, panel

app_name = "editorial"

urlpatterns = [
    path("articles/", articles.article_list, name="articles"),
    path("articles/<int:pk>/", articles.article_detail, name="article"),
    path("claims/<int:pk>/", panel.claim_panel, name="claim"),
    path("claims/<int:pk>/status/", panel.claim_status, name="claim-status"),
    path("claims/<int:pk>/verify/", panel.claim_verify, name="claim-verify"),
    path("snapshots/<int:pk>/warc/", downloads.snapshot_warc, name="snapshot-warc"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
]
