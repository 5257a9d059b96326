"""Top-level URL routes: admin, REST API and its OpenAPI documentation, the editorial screens."""

from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from claims.i18n import language_choose

# The documentation pages run third-party bundles (Swagger UI, Redoc) from our static files; a
# policy keeps them on this origin too: Redoc's bundle mounts a "by Redocly" logo from its CDN
# after the first render, which the browser must not fetch (offline, and nothing leaves the
# origin). Inline scripts and styles are the pages' own configuration and the bundles' styling;
# Redoc runs its search in a blob: worker.
DOCS_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline' blob:; worker-src 'self' blob:; connect-src 'self'; "
    "font-src 'self' data:; frame-ancestors 'self'; base-uri 'self'"
)


def _docs_page(view):
    """The view, answering with DOCS_POLICY as its Content-Security-Policy."""

    def page(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Content-Security-Policy"] = DOCS_POLICY
        return response

    return page


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
    path(
        "api/docs/",
        _docs_page(SpectacularSwaggerView.as_view(url_name="schema")),
        name="swagger-ui",
    ),
    path("api/redoc/", _docs_page(SpectacularRedocView.as_view(url_name="schema")), name="redoc"),
    path("i18n/language/", language_choose, name="language-choose"),
    # The editorial screens: /articles/, /articles/<id>/, /claims/<id>/, /dashboard/.
    path("", include("claims.editorial.urls")),
]
