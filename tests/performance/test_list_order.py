"""Every paginated list has a definite order, so no row is repeated or skipped between pages."""

import warnings

import pytest
from django.core.paginator import UnorderedObjectListWarning

from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db

LISTS = ["/api/v1/articles/", "/api/v1/claims/", "/api/v1/sources/", "/api/v1/evidence/",
         "/api/v1/jobs/"]  # fmt: skip


@pytest.mark.parametrize("url", LISTS)
def test_every_list_is_paginated_in_a_definite_order(reader_api, url):
    ArticleFactory()
    cite(ClaimFactory(), SourceFactory())
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)
        response = reader_api.get(url, {"page_size": 1})
    assert response.status_code == 200
