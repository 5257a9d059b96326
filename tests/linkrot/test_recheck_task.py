"""The periodic re-check through a real Celery worker: it fans out and flags a dead source."""

import pytest

from claims.models import Claim
from tests.factories import ClaimFactory, SourceFactory, cite
from tests.support.celery_worker import wait_for
from workers.tasks import recheck_sources

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_the_beat_task_rechecks_sources_and_flags_a_dead_one(celery_worker, local_server):
    url = local_server.route("/minutes", status=410, body=b"gone", content_type="text/plain")
    claim = cite(ClaimFactory(), SourceFactory(url=url))

    recheck_sources.delay()

    flagged = wait_for(
        lambda: Claim.objects.filter(pk=claim.pk, needs_review=True).first(),
        what="the claim to be flagged",
    )
    assert flagged.review_reason == f"source {url} returned 410"
