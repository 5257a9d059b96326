"""The language of the screens: the person's saved choice, else the cookie, else the browser.

Why a profile field and not only Django's language cookie: the cookie lives in one browser,
while an editor moves between the newsroom's desktop and a tablet. The saved choice is read
once at login into the session, so a page costs no extra query for it.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from claims.models.profile import Profile
from claims.services.profiles import profile_language_set

SESSION_KEY = "verifier_language"


class UserLanguageMiddleware:
    """After LocaleMiddleware and authentication: a saved choice overrides the browser's."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # No session cookie (token API calls, first visits): nothing to read, no query.
        session = getattr(request, "session", None)
        if session is not None and settings.SESSION_COOKIE_NAME in request.COOKIES:
            try:
                language = session.get(SESSION_KEY)
            except (OperationalError, InterfaceError):
                # The database is down: the view will say so (503, verifier.middleware); the
                # language falls back to the cookie and the browser's.
                language = None
            if language in dict(settings.LANGUAGES):
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)


@receiver(user_logged_in, dispatch_uid="claims.i18n.language_at_login")
def language_at_login(sender, request, user, **kwargs) -> None:
    if request is None or not hasattr(request, "session"):
        return
    language = Profile.objects.filter(user=user).values_list("language", flat=True).first()
    if language:
        request.session[SESSION_KEY] = language


@require_POST
def language_choose(request: HttpRequest) -> HttpResponse:
    """Django's set_language (cookie, safe redirect to `next`), remembered for the person too."""
    response = set_language(request)
    language = request.POST.get("language", "")
    if language in dict(settings.LANGUAGES):
        if request.user.is_authenticated:
            profile_language_set(user=request.user, language=language)
        if hasattr(request, "session"):
            request.session[SESSION_KEY] = language
    return response
