"""PostgreSQL unreachable during a request: a clean 503 that says so, and nothing half-written."""

from __future__ import annotations

import os
import threading

import psycopg
import pytest
from django.conf import settings
from django.test import Client
from rest_framework.authtoken.models import Token

from claims.models import Claim, Source
from tests.support.celery_worker import REDIS_URL, database_url, wait_for
from tests.support.web_server import WebServer

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def web(db_link, tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": database_url(host="127.0.0.1", port=db_link.port),
        "CELERY_BROKER_URL": REDIS_URL,
        "DJANGO_DEBUG": "0",
        # The test's own key: the admin session it logs in with is signed with it.
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "VERIFIER_MEDIA_ROOT": str(tmp_path / "media"),
        "DJANGO_SETTINGS_MODULE": "verifier.settings",
    }
    server = WebServer(env=env, log=tmp_path / "gunicorn.log").start()
    yield server
    server.stop()


@pytest.fixture
def credentials(editor):
    token = Token.objects.create(user=editor)
    browser = Client()
    browser.force_login(editor)
    return {
        "api": {"Authorization": f"Token {token.key}"},
        "admin": {"Cookie": f"sessionid={browser.cookies['sessionid'].value}"},
    }


CLAIM = {
    "text": "Acme Robotics employs 340 people in Lyon.",
    "sources": [{"url": "https://example.org/outage-report", "name": "Outage report"}],
}


def _assert_clean_503(answer) -> None:
    assert answer.status == 503, answer.body[:500]
    assert answer.headers.get("Retry-After")
    assert b"Traceback" not in answer.body


def test_it_answers_503_while_the_database_is_unreachable_and_recovers(
    web, db_link, credentials, report_fault
):
    assert web.request("GET", "/api/v1/claims/", headers=credentials["api"]).status == 200
    assert web.request("GET", "/admin/claims/claim/", headers=credentials["admin"]).status == 200

    db_link.cut()
    posted = web.request("POST", "/api/v1/claims/", body=CLAIM, headers=credentials["api"])
    listed = web.request("GET", "/api/v1/claims/", headers=credentials["api"])
    admin_page = web.request("GET", "/admin/claims/claim/", headers=credentials["admin"])

    for answer in (posted, listed):
        _assert_clean_503(answer)
        assert answer.headers["Content-Type"].startswith("application/json")
        assert "database is unavailable" in answer.json()["detail"]
    _assert_clean_503(admin_page)  # not Django's bare 500 page
    assert b"database" in admin_page.body

    db_link.restore()
    assert web.request("GET", "/api/v1/claims/", headers=credentials["api"]).status == 200
    assert not Claim.objects.filter(text=CLAIM["text"]).exists()
    assert not Source.objects.filter(url__contains="outage-report").exists()
    report_fault(
        "database unreachable: 3 requests answered 503 (API write, API read, admin), 0 rows written"
    )


def _backends_waiting_on(table: str, lock_conn) -> list[int]:
    rows = lock_conn.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock' AND query ILIKE %s",
        (f"%{table}%",),
    ).fetchall()
    return [pid for (pid,) in rows]


def test_a_write_cut_off_mid_transaction_leaves_nothing_behind(
    web, db_link, credentials, report_fault
):
    """The claim row is inserted, the link dies before its source is: neither is kept."""
    lock_conn = psycopg.connect(database_url(), autocommit=False)
    answers = []
    try:
        # Hold the sources table so the request stops between its two writes.
        lock_conn.execute("LOCK TABLE claims_source IN ACCESS EXCLUSIVE MODE")
        watcher = psycopg.connect(database_url(), autocommit=True)
        request = threading.Thread(
            target=lambda: answers.append(
                web.request("POST", "/api/v1/claims/", body=CLAIM, headers=credentials["api"])
            )
        )
        request.start()
        stuck = wait_for(
            lambda: _backends_waiting_on("claims_source", watcher),
            timeout=20,
            what="the request to be half-way through its transaction",
        )
        # It has already inserted the claim: it holds a write lock on the claims table.
        assert watcher.execute(
            "SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE l.pid = ANY(%s) AND c.relname = 'claims_claim' AND l.mode = 'RowExclusiveLock'",
            (stuck,),
        ).fetchone()
        db_link.cut()
        request.join(timeout=30)
    finally:
        lock_conn.rollback()
        lock_conn.close()
    # The orphaned backend finds its client gone and rolls back; wait until it is gone.
    wait_for(
        lambda: not watcher.execute(
            "SELECT 1 FROM pg_stat_activity WHERE pid = ANY(%s)", (stuck,)
        ).fetchone(),
        timeout=20,
        what="the cut-off backend to end",
    )
    watcher.close()
    db_link.restore()

    assert answers and answers[0].status == 503, answers
    assert "database is unavailable" in answers[0].json()["detail"]
    assert not Claim.objects.filter(text=CLAIM["text"]).exists()
    assert not Claim.history.filter(text=CLAIM["text"]).exists()
    assert not Source.objects.filter(url__contains="outage-report").exists()
    assert web.request("GET", "/api/v1/claims/", headers=credentials["api"]).status == 200
    report_fault("database cut mid-transaction: 503, 0 claim / history / source rows kept")
