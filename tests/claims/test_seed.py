"""The seed: the Stargate article and its curated claims, exact quotes, loaded once."""

import pytest
from django.core.management import call_command

from claims.models import Article, Claim, ClaimAppearance, ClaimSource, Source

pytestmark = pytest.mark.django_db

EXPECTED_QUOTES = {
    "500 milliards de dollars sur les quatre prochaines années",
    "100 milliards de dollars dans la phase initiale",
    "data center au Texas",
    '"centaines de milliers" de nouveaux postes',
    "SoftBank ayant la responsabilité financière et OpenAI la responsabilité opérationnelle",
    "Masayoshi Son sera le président de Stargate.",
    "Arm et Nvidia",
    "SoftBank avait déjà promis d'injecter 100 milliards de dollars",
    "Microsoft serait en passe de dépenser 80 milliards",
    "19% de la consommation électrique des centres de données d'ici 2028",
    "processeur maison dès 2026",
}


def test_it_loads_the_article_and_claims_with_exact_quotes():
    call_command("load_seed")
    article = Article.objects.get()
    assert article.language == "fr" and article.body.startswith("OpenAI s’associe")
    claims = list(Claim.objects.filter(article=article))
    for claim in claims:
        assert article.body[claim.quote_start : claim.quote_end] == claim.quote
        assert claim.kind and claim.text
    for expected in EXPECTED_QUOTES:
        assert any(expected in c.quote for c in claims), expected


def test_it_attributes_claims_and_cites_the_primary_sources():
    call_command("load_seed")
    goldman = Claim.objects.get(quote__contains="19%")
    assert goldman.claimant == "Goldman Sachs" and goldman.kind == "prediction"
    assert goldman.sources.get().publisher == "Goldman Sachs Research"
    urls = set(Source.objects.values_list("url", flat=True))
    assert "https://openai.com/index/announcing-the-stargate-project/" in urls
    assert any("blogs.microsoft.com" in url for url in urls)
    assert any("reuters.com" in url for url in urls)


def test_the_repeated_500_billion_is_one_claim_with_its_other_appearances():
    call_command("load_seed")
    claim = Claim.objects.get(quote__contains="500 milliards de dollars sur les quatre")
    repeats = list(claim.appearances.values_list("quote", flat=True))
    assert len(repeats) == 2 and all("500 milliards" in quote for quote in repeats)


def test_running_it_twice_creates_nothing_new():
    call_command("load_seed", local_sources="http://127.0.0.1:8001/")
    counts = (
        Article.objects.count(),
        Claim.objects.count(),
        Source.objects.count(),
        ClaimSource.objects.count(),
        ClaimAppearance.objects.count(),
    )
    call_command("load_seed", local_sources="http://127.0.0.1:8001/")
    assert (
        Article.objects.count(),
        Claim.objects.count(),
        Source.objects.count(),
        ClaimSource.objects.count(),
        ClaimAppearance.objects.count(),
    ) == counts
    assert Claim.objects.count() >= 10


def test_the_demo_also_loads_the_story_as_a_web_page_whose_links_are_the_sources():
    call_command("load_seed", local_sources="http://127.0.0.1:8001/")
    web = Article.objects.get(url="http://127.0.0.1:8001/article-stargate.html")
    assert web.links.count() == 6
    cited = ClaimSource.objects.filter(claim__article=web)
    urls = set(cited.values_list("source__url", flat=True))
    assert {"http://127.0.0.1:8001/stargate.html", "http://127.0.0.1:8001/goldman.html"} <= urls
    assert set(cited.values_list("origin", flat=True)) == {"article_link"}
    goldman = Claim.objects.get(article=web, quote__startswith="Goldman Sachs estime")
    assert list(goldman.sources.values_list("url", flat=True)) == [
        "http://127.0.0.1:8001/goldman.html"
    ]
    afp = Claim.objects.get(article=web, quote__contains="selon l'AFP")
    assert afp.source_hint == "AFP" and not afp.sources.exists()
    # The "à lire aussi" box is not part of the article.
    assert "Nvidia" not in web.body
