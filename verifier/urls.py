"""Top-level URL routes: admin, REST API and its OpenAPI documentation, the editorial screens."""

from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from claims.i18n import language_choose

# The admin's "View site" leads to the newsroom's screens, not back to the admin.
admin.site.site_url = "/articles/"
admin.site.site_header = _("verifier administration")
admin.site.site_title = _("verifier")
admin.site.index_title = _("Newsroom administration")

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
    path("admin/", admin.site.urls),
    path("api/v1/", include("claims.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # Both documentation pages load Swagger UI / Redoc from our static files (the sidecar).
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("i18n/language/", language_choose, name="language-choose"),
    # The editorial screens: /articles/, /articles/<id>/, /claims/<id>/, /dashboard/.
    path("", include("claims.editorial.urls")),
]
