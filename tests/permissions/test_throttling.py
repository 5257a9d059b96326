"""DRF throttling: anonymous and signed-in traffic each have a rate; past it, 429."""

import pytest
from rest_framework.throttling import SimpleRateThrottle

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_rates(settings, monkeypatch):
    rates = {"anon": "3/minute", "user": "4/minute"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    # DRF copies the rates onto the throttle class when it is first imported; point it at ours.
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", rates)
    return rates


def test_anonymous_traffic_is_throttled(low_rates, anon_api, settings):
    # With the schema made public it is the one API document anonymous users may read, so the
    # only one they can flood.
    settings.VERIFIER_API_DOCS_PUBLIC = True
    codes = [anon_api.get("/api/schema/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_each_signed_in_user_is_throttled_on_their_own(low_rates, api_as):
    reader, reviewer = api_as("read-only"), api_as("reviewer")
    codes = [reader.get("/api/v1/claims/").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 200, 429]
    refused = reader.get("/api/v1/claims/")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert reviewer.get("/api/v1/claims/").status_code == 200  # someone else's quota is untouched


def test_an_anonymous_request_to_a_private_endpoint_is_refused_before_any_throttle(
    low_rates, anon_api
):
    # Permission is checked before throttling: anonymous callers get 401, cheaply, every time.
    assert {anon_api.get("/api/v1/claims/").status_code for _ in range(5)} == {401}
