"""Bench-only WSGI app: verifier's routes plus a ceiling view, so product code stays untouched.

The ceiling answers the same rows as GET /api/v1/claims/ (and a claim's detail) with plain
`.values()` queries and JsonResponse: no DRF, no serializers, no authentication. It is the most
the stack underneath (gunicorn, Django, psycopg, PostgreSQL) can serve on this machine.
"""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verifier.settings")
application = get_wsgi_application()

from django.conf import settings  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.urls import include, path  # noqa: E402

from claims.models import Claim, ClaimSource, Evidence  # noqa: E402
from claims.selectors.claim_rows import CLAIM_COLUMNS, EVIDENCE_COLUMNS  # noqa: E402

# The same columns the API's fast path reads (claims.selectors.claim_rows).
CLAIM_FIELDS, EVIDENCE_FIELDS = CLAIM_COLUMNS, EVIDENCE_COLUMNS
FILTERS = ("status", "suggested_verdict", "kind", "article", "needs_review", "origin")


def _with_relations(claims: list[dict]) -> list[dict]:
    ids = [c["id"] for c in claims]
    sources: dict[int, list] = {i: [] for i in ids}
    for row in (
        ClaimSource.objects.filter(claim_id__in=ids)
        .order_by("source_id")
        .values("claim_id", "source__id", "source__url", "source__name", "source__publisher",
                "source__kind")
    ):  # fmt: skip
        sources[row.pop("claim_id")].append(row)
    evidence: dict[int, list] = {i: [] for i in ids}
    for row in (
        Evidence.objects.filter(claim_id__in=ids)
        .order_by("-confidence", "id")
        .values(*EVIDENCE_FIELDS)
    ):
        evidence[row["claim_id"]].append(row)
    for claim in claims:
        claim["sources"], claim["evidence"] = sources[claim["id"]], evidence[claim["id"]]
    return claims


def ceiling_list(request: HttpRequest) -> JsonResponse:
    claims = Claim.objects.filter(discarded=False).order_by("-updated_at", "-id")
    wanted = {k: v for k, v in request.GET.items() if k in FILTERS}
    size = min(int(request.GET.get("page_size", 50)), 200)
    rows = list(claims.filter(**wanted).values(*CLAIM_FIELDS)[:size])
    # The API's page-number pagination counts the matches too; so does its ceiling.
    count = claims.filter(**wanted).count()
    return JsonResponse({"count": count, "results": _with_relations(rows)})


def ceiling_detail(request: HttpRequest, pk: int) -> JsonResponse:
    rows = list(Claim.objects.filter(pk=pk).values(*CLAIM_FIELDS))
    return JsonResponse(_with_relations(rows)[0])


urlpatterns = [
    path("bench/ceiling/claims/", ceiling_list),
    path("bench/ceiling/claims/<int:pk>/", ceiling_detail),
    path("", include(os.environ.get("VERIFIER_BENCH_URLS", "verifier.urls"))),
]
# Settings have no switch for the URLconf; the bench sets it here, after set-up, before any request.
settings.ROOT_URLCONF = __name__
