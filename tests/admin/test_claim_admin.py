"""The editorial admin: claims list, the quote in context, actions through the services."""

import pytest
from django.test import Client

from claims.models import Article, Claim, StatusChange, VerificationJob
from tests.admin.forms import ARTICLE_FORM
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, cite

pytestmark = pytest.mark.django_db


def test_the_claims_list_shows_verdicts_and_evidence_counts(editor_client):
    ClaimFactory(text="Acme hired 300 people", status="refuted", suggested_verdict="supported")
    page = editor_client.get("/admin/claims/claim/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Acme hired 300 people" in html and "refuted" in html and "supported" in html


def test_the_claim_page_shows_the_quote_in_its_article(editor_client):
    article = ArticleFactory(body="Avant. Acme a levé <b>12</b> millions. Après.")
    claim = ClaimFactory(
        article=article, quote="Acme a levé <b>12</b> millions", quote_start=7, quote_end=37
    )
    html = editor_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert "<mark>Acme a levé &lt;b&gt;12&lt;/b&gt; millions</mark>" in html


def test_the_queue_verification_action_creates_a_job(editor_client):
    claim = cite(ClaimFactory(), SourceFactory())
    response = editor_client.post(
        "/admin/claims/claim/",
        {
            "action": "queue_verification",
            "_selected_action": [claim.pk],
        },
        follow=True,
    )
    assert response.status_code == 200
    assert VerificationJob.objects.filter(claim=claim).count() == 1
    assert "1 verification queued" in response.content.decode()


def test_the_set_status_action_records_the_note(editor_client, editor):
    claim = ClaimFactory()
    editor_client.post(
        "/admin/claims/claim/",
        {
            "action": "set_status",
            "_selected_action": [claim.pk],
            "status": "conflicting",
            "note": "two reports disagree",
        },
    )
    change = StatusChange.objects.get(claim=claim)
    assert (change.to_value, change.note, change.changed_by) == (
        "conflicting",
        "two reports disagree",
        editor,
    )


def test_a_stale_save_is_refused_with_a_message(editor_client):
    claim = ClaimFactory(text="original")
    form = {
        "text": "mine",
        "quote": "",
        "language": "fr",
        "kind": "quantity",
        "claimant": "",
        "status": "unverified",
        "version": 1,
        "claim_sources-TOTAL_FORMS": 0,
        "claim_sources-INITIAL_FORMS": 0,
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
        "status_changes-TOTAL_FORMS": 0,
        "status_changes-INITIAL_FORMS": 0,
    }
    claim.text = "theirs"
    claim.version = 2
    claim.save()
    response = editor_client.post(f"/admin/claims/claim/{claim.pk}/change/", form)
    assert response.status_code == 200  # the form comes back with the error
    assert "Someone else saved this claim" in response.content.decode()
    claim.refresh_from_db()
    assert claim.text == "theirs"


def test_a_reader_cannot_run_actions(reader):
    client = Client()
    client.force_login(reader)
    claim = cite(ClaimFactory(), SourceFactory())
    client.post(
        "/admin/claims/claim/", {"action": "queue_verification", "_selected_action": [claim.pk]}
    )
    assert not VerificationJob.objects.exists()


def test_an_article_pasted_in_the_admin_gets_its_claims_proposed(editor_client):
    body = (
        "La région a voté mardi un budget de 2,4 milliards d'euros pour 2026, selon le conseil "
        "régional. Le président de la région a déclaré que 300 emplois seraient créés d'ici "
        "2027 dans la filière hydrogène."
    )
    response = editor_client.post(
        "/admin/claims/article/add/",
        {**ARTICLE_FORM, "title": "Budget régional", "body": body},
        follow=True,
    )
    assert response.status_code == 200
    proposed = Claim.objects.filter(article__title="Budget régional", origin="machine")
    assert any("2,4 milliards d'euros" in claim.quote for claim in proposed)
    assert "claim(s) proposed" in response.content.decode()


def test_the_same_text_pasted_twice_in_the_admin_is_refused_with_a_message(editor_client):
    form = {
        **ARTICLE_FORM,
        "title": "Once",
        "body": "Acme a levé 12 millions d'euros en 2024, selon Acme.",
    }
    editor_client.post("/admin/claims/article/add/", form)
    again = editor_client.post("/admin/claims/article/add/", {**form, "title": "Twice"})
    assert again.status_code == 200 and "already stored as article" in again.content.decode()
    assert not Article.objects.filter(title="Twice").exists()


def _claim_form(claim, **sources) -> dict:
    """The claim's change form as the admin posts it, with `sources` for the cited-source rows."""
    return {
        "text": claim.text,
        "quote": "",
        "language": claim.language,
        "kind": claim.kind,
        "claimant": "",
        "status": claim.status,
        "version": claim.version,
        "claim_sources-INITIAL_FORMS": 0,
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
        "provider_results-TOTAL_FORMS": 0,
        "provider_results-INITIAL_FORMS": 0,
        "status_changes-TOTAL_FORMS": 0,
        "status_changes-INITIAL_FORMS": 0,
        "comments-TOTAL_FORMS": 0,
        "comments-INITIAL_FORMS": 0,
        **sources,
    }


def test_cited_sources_are_attached_and_removed_from_the_claim_page(admin_client):
    claim, kept, dropped = ClaimFactory(), SourceFactory(), SourceFactory()
    cite(claim, dropped)
    link = claim.claim_sources.get()
    # Only a superuser may edit the link rows inline (editors have no claimsource permission).
    response = admin_client.post(
        f"/admin/claims/claim/{claim.pk}/change/",
        _claim_form(
            claim,
            **{
                "claim_sources-TOTAL_FORMS": 2,
                "claim_sources-INITIAL_FORMS": 1,
                "claim_sources-0-id": link.pk,
                "claim_sources-0-claim": claim.pk,
                "claim_sources-0-source": dropped.pk,
                "claim_sources-0-DELETE": "on",
                "claim_sources-1-claim": claim.pk,
                "claim_sources-1-source": kept.pk,
            },
        ),
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert list(claim.sources.values_list("pk", flat=True)) == [kept.pk]
