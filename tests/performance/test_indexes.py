"""Every filter the API offers is backed by a PostgreSQL index that starts with its column."""

import pytest
from django.db import connection

from claims.api.filters import ClaimFilter, EvidenceFilter, JobFilter
from claims.models import Claim, Evidence, VerificationJob

pytestmark = pytest.mark.django_db

FILTERS = [
    (
        Claim,
        ClaimFilter,
        ["status", "suggested_verdict", "kind", "article", "needs_review", "origin", "assigned_to"],
    ),
    (Evidence, EvidenceFilter, ["claim", "source", "stance"]),
    (VerificationJob, JobFilter, ["claim", "status"]),
]


def _leading_columns(table: str) -> set[str]:
    """The first column of every index on `table` (unique constraints are indexes too)."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return {
        c["columns"][0]
        for c in constraints.values()
        if (c["index"] or c["unique"]) and c["columns"] and not c.get("check")
    }


@pytest.mark.parametrize(
    ("model", "filterset", "fields"), FILTERS, ids=lambda v: getattr(v, "__name__", "")
)
def test_the_filters_listed_here_are_the_ones_the_api_offers(model, filterset, fields):
    # A filter added to the API without being added here would escape the index check below.
    assert sorted(filterset.base_filters) == sorted(fields)


@pytest.mark.parametrize(
    ("model", "field"),
    [(model, field) for model, _filterset, fields in FILTERS for field in fields],
    ids=lambda v: getattr(v, "__name__", v),
)
def test_it_backs_every_api_filter_with_an_index(model, field):
    column = model._meta.get_field(field).column
    assert column in _leading_columns(model._meta.db_table), (
        f"{model.__name__}.{field} is filtered on by the API but no index starts with {column}"
    )
