"""Property-based fuzzing of every operation in the OpenAPI schema: no request may produce a 500."""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error

from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, cite

SEEN: Counter = Counter()


@pytest.fixture
def api_schema(db, settings):
    settings.VERIFIER_API_DOCS_PUBLIC = True  # read anonymously, as the fuzzer has no token yet
    # The real WSGI app closes the database connection after each request; the test's
    # transaction must survive it (Django's test client makes the same exception).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    # Loaded through the WSGI app itself, as a client would read /api/schema/.
    yield schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def editor_token(editor, own_cache) -> str:
    # Each operation starts with a fresh throttle count (the fuzzer stays under the user rate).
    body = "Avant. Acme Robotics emploie 340 personnes à Lyon. Après."
    article = ArticleFactory(body=body)
    cite(ClaimFactory(article=article, status="refuted"), SourceFactory())
    return Token.objects.create(user=editor).key


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_request_produces_a_server_error(case, editor_token):
    response = case.call(headers={"Authorization": f"Token {editor_token}"})
    SEEN["requests"] += 1
    SEEN["5xx"] += response.status_code >= 500
    case.validate_response(response, checks=[not_a_server_error])
