"""Machine-proposed claims: stored once, repeats merged, discards kept, twins linked."""

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from claims.models import Article, Claim, ClaimAppearance, ClaimLink, Origin
from claims.services.articles import article_create
from claims.services.imports import article_import, article_import_text
from claims.services.jobs import job_fetch_start
from claims.services.links import claim_link_decide
from claims.services.proposal_jobs import extraction_run
from claims.services.proposals import article_claims_propose
from claims.services.status import claim_status_set

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[2] / "claims" / "seed" / "stargate-article-fr.txt"
BODY = SEED.read_text(encoding="utf-8")


def test_it_stores_proposals_as_unverified_machine_claims_with_exact_quotes():
    article = article_create(title="Stargate", body=BODY, language="fr")
    outcome = article_claims_propose(article=article)
    claims = list(Claim.objects.filter(article=article))
    assert len(claims) == len(outcome.created) >= 13
    for claim in claims:
        assert claim.origin == Origin.MACHINE and claim.status == "unverified"
        assert BODY[claim.quote_start : claim.quote_end] == claim.quote
        assert 0 <= claim.checkworthiness <= 1


def test_the_500_billion_stated_twice_is_one_claim_with_one_more_appearance():
    # The closing "Un pari à 500 milliards de dollars qui pourrait façonner …" is the article's
    # own commentary and is not proposed (issue 19).
    article = article_create(title="Stargate", body=BODY, language="fr")
    article_claims_propose(article=article)
    appearances = ClaimAppearance.objects.filter(article=article, quote__contains="500 milliards")
    assert appearances.count() == 1
    assert len({a.claim_id for a in appearances}) == 1
    assert "500 milliards" in appearances.first().claim.quote


def test_running_it_again_proposes_nothing_new_and_discarded_ones_stay_away():
    article = article_create(title="Stargate", body=BODY, language="fr")
    first = article_claims_propose(article=article)
    first.created[0].discarded = True
    first.created[0].save()
    again = article_claims_propose(article=article)
    assert again.created == [] and again.already_known == len(first.created)
    assert Claim.objects.filter(article=article).count() == len(first.created)


def test_an_article_in_another_language_gets_a_message_and_no_invented_claims():
    german = (
        "Die Regierung hat am Montag beschlossen, dass die Renten im nächsten Jahr um drei "
        "Prozent steigen, sagte der Minister in Berlin. Die Opposition ist nicht zufrieden "
        "und fordert mehr Geld für die Schulen."
    )
    outcome = article_import_text(title="Renten", body=german)
    assert outcome.extraction.created == []
    assert "French and English only" in outcome.extraction.message
    assert Claim.objects.count() == 0 and Article.objects.count() == 1


def test_html_pasted_as_an_article_is_read_as_text_and_scripts_never_become_claims():
    html = (
        "<html><body><script>var total = '900 milliards de dollars';</script><article>"
        "<p>La région a voté un budget de 2,4 milliards d'euros pour 2026, selon le conseil "
        "régional.</p><p>Le président de la région a déclaré que 300 emplois seraient créés "
        "d'ici 2027 dans la filière hydrogène.</p></article></body></html>"
    )
    outcome = article_import_text(title="Budget", body=html, language="fr")
    quotes = [c.quote for c in outcome.extraction.created]
    assert any("2,4 milliards d'euros" in q for q in quotes)
    assert not any("900 milliards" in q for q in quotes)
    assert "<p>" not in outcome.article.body


PARAGRAPH = (
    "La société Exemple a annoncé mardi un chiffre d'affaires de 12 millions "
    "d'euros en 2024, selon son rapport annuel. "
)


def test_an_article_at_the_cap_is_stored_and_read_to_the_end_by_a_job(settings):
    body = PARAGRAPH * (settings.VERIFIER_ARTICLE_MAX_CHARS // len(PARAGRAPH))
    outcome = article_import_text(title="Long", body=body, language="fr")
    assert len(outcome.article.body) >= settings.VERIFIER_ARTICLE_MAX_CHARS - len(PARAGRAPH)
    assert outcome.extraction is None and outcome.extraction_job is not None
    job = outcome.extraction_job
    found = extraction_run(job_fetch_start(job_id=job.pk, task_id=job.celery_task_id, worker="w"))
    assert found.created


def test_an_article_over_the_cap_is_refused_whole(settings):
    body = PARAGRAPH * (5_000_000 // len(PARAGRAPH))  # 5 MB once held the database for 20 s
    with pytest.raises(ValidationError, match="at most"):
        article_import_text(title="Long", body=body, language="fr")
    assert not Article.objects.exists()


def test_import_article_reads_a_file_and_refuses_the_same_text_twice(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(BODY, encoding="utf-8")
    call_command("import_article", str(path), "--language", "fr")
    assert Claim.objects.filter(origin=Origin.MACHINE).count() >= 13
    with pytest.raises(CommandError, match="already stored"):
        call_command("import_article", str(path))
    assert Article.objects.count() == 1


def test_import_article_fetches_a_url_through_the_guarded_client(local_server, allow_private):
    page = (
        "<html lang='en'><head><title>Harbour expansion</title></head><body><article>"
        "<p>The port authority said on Monday that the harbour expansion will cost $310 "
        "million and create 450 jobs by 2028.</p><p>Container traffic rose 7.5% last year, "
        "according to the authority's annual report.</p></article></body></html>"
    )
    local_server.route("/news", body=page.encode(), content_type="text/html; charset=utf-8")
    outcome = article_import(location=local_server.url("/news"))
    assert outcome.article.title == "Harbour expansion"
    assert outcome.article.url == local_server.url("/news")
    assert outcome.article.language == "en"
    assert any("$310" in c.quote for c in outcome.extraction.created)


def test_import_article_refuses_a_private_address_without_the_switch():
    with pytest.raises(Exception, match="blocked_address"):
        article_import(location="http://127.0.0.1:9/news")


def test_near_duplicate_claims_across_articles_are_linked_and_a_verdict_reused(reviewer):
    first = article_import_text(
        title="A",
        language="en",
        body="Acme Robotics said on Monday that it will hire 450 engineers in Lyon by 2027.",
    )
    second = article_import_text(
        title="B",
        language="en",
        body="By 2027 Acme Robotics will hire 450 engineers in Lyon, the company said on Monday.",
    )
    original, twin = first.extraction.created[0], second.extraction.created[0]
    link = ClaimLink.objects.get()
    assert {link.claim_id, link.twin_id} == {original.pk, twin.pk}
    claim_status_set(
        claim_id=original.pk, status="supported", user=reviewer, expected_version=original.version
    )
    claim_link_decide(link_id=link.pk, confirm=True, reuse_verdict=True, user=reviewer)
    twin.refresh_from_db()
    assert twin.status == "supported"
    assert f"claim {original.pk}" in twin.status_changes.get().note


def test_a_quotation_is_stored_as_a_quote_claim_with_its_speaker_and_statement():
    body = (
        "Le doute d'Elon Musk\n"
        "Elon Musk a réagi mardi sur son réseau X : « En fait, ils n'ont pas l'argent ».\n"
    )
    article = article_create(title="Stargate", body=body, language="fr")
    article_claims_propose(article=article)
    claim = Claim.objects.get(article=article, kind="quote")
    assert claim.claimant == "Elon Musk"
    assert claim.text == "Elon Musk : « En fait, ils n'ont pas l'argent »"
    assert body[claim.quote_start : claim.quote_end] == claim.quote
