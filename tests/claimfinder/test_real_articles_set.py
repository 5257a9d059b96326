"""The real-article set (data/extraction/real): exact labels on short, attributed excerpts."""

import json
from pathlib import Path
from urllib.parse import urlparse

import pytest

REAL = Path(__file__).resolve().parents[2] / "data" / "extraction" / "real"
KINDS = {"quantity", "prediction", "event", "attribution", "role", "quote", "other"}
FIELDS = {"language", "title", "text", "claims", "not_claims", "source_url", "source_name"}
MAX_WORDS = 400  # short excerpts only: the set is for evaluation, not a copy of the pages


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.find(quote)
    return start, start + len(quote)


def problems(article: dict) -> list[str]:
    """Everything wrong with one labelled article; empty when it is sound."""
    missing = FIELDS - article.keys()
    if missing:
        return [f"missing fields: {sorted(missing)}"]
    text, found = article["text"], []
    if article["language"] not in ("fr", "en"):
        found.append(f"language {article['language']!r}")
    if article.get("excerpt") is not True or not article["source_url"].startswith("http"):
        found.append("not marked as an attributed excerpt")
    if len(text.split()) > MAX_WORDS:
        found.append(f"excerpt of {len(text.split())} words")
    if article.get("dek") and article["dek"] not in text.splitlines():
        found.append("dek is not a line of its own")
    spans = []
    for claim in article["claims"]:
        quote = claim.get("quote", "")
        if not quote or quote not in text:
            found.append(f"quote not in text: {quote[:60]!r}")
            continue
        if claim.get("kind") not in KINDS:
            found.append(f"kind {claim.get('kind')!r}: {quote[:40]!r}")
        if not isinstance(claim.get("claimant"), str):
            found.append(f"claimant must be a string: {quote[:40]!r}")
        spans.append(_span(text, quote))
    for sentence in article["not_claims"]:
        if not sentence or sentence not in text:
            found.append(f"not_claim not in text: {sentence[:60]!r}")
            continue
        start, end = _span(text, sentence)
        if any(start < b and a < end for a, b in spans):
            found.append(f"not_claim overlaps a claim: {sentence[:60]!r}")
    return found


def _host(url: str) -> str:
    return urlparse(url).netloc.lower().removeprefix("www.")


def _articles(folder: Path) -> dict[str, dict]:
    files = sorted(folder.glob("*.json"))
    return {file.stem: json.loads(file.read_text(encoding="utf-8")) for file in files}


def test_every_real_article_parses_and_every_label_is_exact_text():
    articles = {
        **_articles(REAL),
        **_articles(REAL / "holdout"),
        **_articles(REAL / "holdout2"),
        **_articles(REAL / "holdout3"),
        **_articles(REAL / "holdout4"),
        **_articles(REAL / "holdout5"),
        **_articles(REAL / "holdout6"),
        **_articles(REAL / "holdout7"),
        **_articles(REAL / "holdout8"),
        **_articles(REAL / "holdout9"),
        **_articles(REAL / "holdout10"),
        **_articles(REAL / "holdout11"),
    }
    assert articles
    for name, article in articles.items():
        assert problems(article) == [], name
        assert article["claims"], name


def test_the_set_has_enough_french_and_english_articles_and_a_holdout():
    tuned, holdout = _articles(REAL), _articles(REAL / "holdout")
    assert not tuned.keys() & holdout.keys()
    languages = [a["language"] for a in [*tuned.values(), *holdout.values()]]
    assert languages.count("fr") >= 14 and languages.count("en") >= 4
    assert {a["language"] for a in holdout.values()} == {"fr", "en"}


def test_the_second_holdout_is_fresh_six_french_and_two_english_pages():
    earlier = [*_articles(REAL).values(), *_articles(REAL / "holdout").values()]
    holdout2 = _articles(REAL / "holdout2")
    languages = [a["language"] for a in holdout2.values()]
    assert languages.count("fr") == 6 and languages.count("en") == 2
    used = {a["source_url"] for a in earlier}
    assert not used & {a["source_url"] for a in holdout2.values()}
    assert sum("stargate" in a["text"].lower() for a in holdout2.values()) == 2


def _fresh_holdout(name: str, earlier: list[str], french: int, english: int) -> dict[str, dict]:
    """A later holdout: enough pages per language, all labelled, no earlier page or outlet."""
    before = [article for folder in earlier for article in _articles(REAL / folder).values()]
    holdout = _articles(REAL / name)
    languages = [a["language"] for a in holdout.values()]
    assert languages.count("fr") >= french and languages.count("en") >= english
    assert not {a["source_url"] for a in before} & {a["source_url"] for a in holdout.values()}
    assert not {a["source_name"] for a in before} & {a["source_name"] for a in holdout.values()}
    assert all(a["claims"] and a["not_claims"] for a in holdout.values())
    return holdout


def test_the_third_holdout_is_fresh_six_french_and_two_english_pages():
    _fresh_holdout("holdout3", [".", "holdout", "holdout2"], french=6, english=2)


def test_the_fourth_holdout_is_fresh_and_credits_its_claims_to_claimants():
    earlier = [".", "holdout", "holdout2", "holdout3"]
    holdout4 = _fresh_holdout("holdout4", earlier, french=7, english=3)
    # the set measures attribution too: every article credits at least one claim to someone
    assert all(any(c["claimant"] for c in a["claims"]) for a in holdout4.values())


def test_the_fifth_holdout_is_fresh_and_half_of_it_credits_claims_to_claimants():
    earlier = [".", "holdout", "holdout2", "holdout3", "holdout4"]
    holdout5 = _fresh_holdout("holdout5", earlier, french=7, english=3)
    # half ordinary news, half attributed text: at least half the pages credit a claim to someone
    crediting = [a for a in holdout5.values() if any(c["claimant"] for c in a["claims"])]
    assert 2 * len(crediting) >= len(holdout5)


def test_the_sixth_holdout_is_fresh_and_a_third_of_it_credits_claims_to_claimants():
    earlier = [".", "holdout", "holdout2", "holdout3", "holdout4", "holdout5"]
    holdout6 = _fresh_holdout("holdout6", earlier, french=7, english=3)
    # two thirds ordinary news, one third attributed text: a third of the pages credit someone
    crediting = [a for a in holdout6.values() if any(c["claimant"] for c in a["claims"])]
    assert 3 * len(crediting) >= len(holdout6)


def test_the_seventh_holdout_is_fresh_and_most_of_it_credits_claims_to_claimants():
    earlier = [".", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6"]
    holdout7 = _fresh_holdout("holdout7", earlier, french=7, english=3)
    # attributed text first: at least two thirds of the pages credit a claim to someone
    crediting = [a for a in holdout7.values() if any(c["claimant"] for c in a["claims"])]
    assert 3 * len(crediting) >= 2 * len(holdout7)


def test_the_eighth_holdout_is_fresh_and_most_of_it_credits_claims_to_claimants():
    earlier = [".", "holdout", *(f"holdout{n}" for n in range(2, 8))]
    holdout8 = _fresh_holdout("holdout8", earlier, french=7, english=3)
    # attributed text first: at least two thirds of the pages credit a claim to someone
    crediting = [a for a in holdout8.values() if any(c["claimant"] for c in a["claims"])]
    assert 3 * len(crediting) >= 2 * len(holdout8)


def test_the_ninth_holdout_is_fresh_and_most_of_it_credits_claims_to_claimants():
    earlier = [".", "holdout", *(f"holdout{n}" for n in range(2, 9))]
    holdout9 = _fresh_holdout("holdout9", earlier, french=7, english=3)
    # attributed text first: at least two thirds of the pages credit a claim to someone
    crediting = [a for a in holdout9.values() if any(c["claimant"] for c in a["claims"])]
    assert 3 * len(crediting) >= 2 * len(holdout9)


def test_the_tenth_holdout_is_fresh_nine_french_and_three_english_pages():
    earlier = [".", "holdout", *(f"holdout{n}" for n in range(2, 10))]
    holdout10 = _fresh_holdout("holdout10", earlier, french=9, english=3)
    # ordinary news this time, not attributed text first: what it must hold is the mix itself
    assert len(holdout10) == 12
    kinds = {c["kind"] for a in holdout10.values() for c in a["claims"]}
    assert {"quantity", "event", "role", "prediction", "quote"} <= kinds


def test_the_eleventh_holdout_is_fresh_nine_french_and_three_english_pages():
    earlier = [".", "holdout", *(f"holdout{n}" for n in range(2, 11))]
    holdout11 = _fresh_holdout("holdout11", earlier, french=9, english=3)
    # ordinary news again, on new ground (courts, weather, votes, transport, schools, diplomacy)
    assert len(holdout11) == 12
    kinds = {c["kind"] for a in holdout11.values() for c in a["claims"]}
    assert {"quantity", "event", "role", "prediction", "quote", "other"} <= kinds
    # no host of an earlier part either: the outlet test above compares names, which vary
    hosts = {_host(a["source_url"]) for f in earlier for a in _articles(REAL / f).values()}
    assert not hosts & {_host(a["source_url"]) for a in holdout11.values()}


GOOD = {
    "language": "fr",
    "title": "Budget",
    "text": "Le conseil a voté 12 millions d'euros. Quelle audace !\n",
    "claims": [
        {"quote": "Le conseil a voté 12 millions d'euros.", "kind": "quantity", "claimant": ""}
    ],
    "not_claims": ["Quelle audace !"],
    "source_url": "https://example.org/budget",
    "source_name": "Exemple",
    "published": None,
    "excerpt": True,
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"claims": [{"quote": "absent", "kind": "quantity", "claimant": ""}]},
            "quote not in text",
        ),
        (
            {"claims": [{"quote": "Quelle audace !", "kind": "opinion", "claimant": ""}]},
            "kind 'opinion'",
        ),
        (
            {"claims": [{"quote": "Quelle audace !", "kind": "other", "claimant": None}]},
            "claimant must be a string",
        ),
        ({"not_claims": ["Le conseil a voté"]}, "not_claim overlaps a claim"),
        ({"not_claims": ["ailleurs"]}, "not_claim not in text"),
        ({"dek": "Le conseil a voté"}, "dek is not a line"),
        ({"excerpt": False}, "not marked as an attributed excerpt"),
        ({"text": "mot " * (MAX_WORDS + 1) + GOOD["text"]}, "excerpt of"),
        ({"language": "de"}, "language 'de'"),
    ],
)
def test_the_checks_catch_a_broken_article(change, message):
    assert problems(GOOD) == []
    assert any(message in problem for problem in problems({**GOOD, **change}))


def test_an_article_without_its_source_is_refused():
    article = {key: value for key, value in GOOD.items() if key != "source_url"}
    assert problems(article) == ["missing fields: ['source_url']"]
