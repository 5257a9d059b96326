"""Claim services: quotes must match the article, edits must name the version they read."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from claims.models import Claim
from claims.services.claims import claim_create, claim_update
from claims.services.errors import StaleVersion
from tests.factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db


def test_it_finds_the_offsets_of_a_quote_that_occurs_once():
    article = ArticleFactory(body="Intro. Acme a levé 12 millions d'euros. Fin.")
    claim = claim_create(
        article=article, text="Acme a levé 12 M€", quote="Acme a levé 12 millions d'euros"
    )
    assert article.body[claim.quote_start : claim.quote_end] == claim.quote
    assert (claim.quote_start, claim.quote_end) == (7, 38)


def test_it_refuses_offsets_that_do_not_match_the_body():
    article = ArticleFactory(body="Intro. Acme a levé 12 millions d'euros. Fin.")
    with pytest.raises(ValidationError) as error:
        claim_create(article=article, text="x", quote="Acme", quote_start=0, quote_end=4)
    assert "quote" in error.value.message_dict


def test_it_asks_for_offsets_when_the_quote_is_ambiguous():
    article = ArticleFactory(body="Acme grows. Acme grows.")
    with pytest.raises(ValidationError) as error:
        claim_create(article=article, text="x", quote="Acme grows.")
    assert "quote_start" in error.value.message_dict


def test_it_refuses_a_second_claim_on_the_same_quote():
    article = ArticleFactory(body="Acme a levé 12 millions d'euros.")
    claim_create(article=article, text="one", quote="Acme a levé")
    with pytest.raises(ValidationError) as error:
        claim_create(article=article, text="two", quote="Acme a levé")
    assert "quote_start" in error.value.message_dict
    assert Claim.objects.count() == 1


def test_it_attaches_sources_once_per_normalized_url():
    claim = claim_create(
        text="A claim on its own",
        sources=[
            {"url": "HTTPS://Example.ORG/report?utm_source=x#top"},
            {"url": "https://example.org/report"},
        ],
    )
    assert [s.url for s in claim.sources.all()] == ["https://example.org/report"]


def test_it_refuses_a_source_url_that_is_not_http():
    with pytest.raises(ValidationError) as error:
        claim_create(text="x", sources=[{"url": "ftp://example.org/file"}])
    assert "sources[0]" in error.value.message_dict
    assert Claim.objects.count() == 0


def test_it_bumps_the_version_on_every_edit():
    claim = ClaimFactory()
    updated = claim_update(
        claim_id=claim.pk, expected_version=1, changes={"text": "new"}, user=None
    )
    assert (updated.version, updated.text) == (2, "new")


def test_it_refuses_an_edit_made_on_a_stale_version():
    claim = ClaimFactory()
    claim_update(claim_id=claim.pk, expected_version=1, changes={"text": "first"}, user=None)
    with pytest.raises(StaleVersion):
        claim_update(claim_id=claim.pk, expected_version=1, changes={"text": "second"}, user=None)
    claim.refresh_from_db()
    assert claim.text == "first"


@pytest.mark.django_db(transaction=True)
def test_it_lets_exactly_one_of_two_concurrent_editors_win():
    claim = ClaimFactory()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def edit(text: str) -> None:
        barrier.wait()
        try:
            claim_update(claim_id=claim.pk, expected_version=1, changes={"text": text}, user=None)
            outcomes.append("saved")
        except StaleVersion:
            outcomes.append("stale")
        finally:
            connection.close()

    threads = [threading.Thread(target=edit, args=(t,)) for t in ("alpha", "beta")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["saved", "stale"]
    claim.refresh_from_db()
    assert claim.version == 2
